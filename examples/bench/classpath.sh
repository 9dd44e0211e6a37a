# Sourced by run.sh and cold-start.sh: builds core, validation, the seeds and the benchmarks in one reactor run
# and sets $classpath to the benchmarks' jar and its runtime dependencies (the fresh core, validation and seeds
# jars included).
# Needs a JDK (17 or newer) and Maven; nothing is installed into ~/.m2 beyond what Maven downloads.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# Each module writes its class path to its own target/classpath.txt (the path is relative to the module).
mvn -B -q -pl examples/bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
jar="$(ls examples/bench/target/hanke-bench-*.jar | grep -v -e '-sources' -e '-tests' | head -n 1)"
classpath="$root/$jar:$(cat examples/bench/target/classpath.txt)"
