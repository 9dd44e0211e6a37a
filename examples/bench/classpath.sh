# Sourced by run.sh and cold-start.sh: builds core, validation and examples in one reactor run and sets
# $classpath to the examples jar and its runtime dependencies (the fresh core and validation jars included).
# Needs a JDK (17 or newer) and Maven; nothing is installed into ~/.m2 beyond what Maven downloads.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# Each module writes its class path to its own target/classpath.txt (the path is relative to the module).
mvn -B -q -pl examples -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
jar="$(ls examples/target/hanke-examples-*.jar | grep -v -e '-sources' -e '-tests' | head -n 1)"
classpath="$root/$jar:$(cat examples/target/classpath.txt)"
