#!/usr/bin/env bash
# Builds Hanke and runs its JMH benchmarks (examples/src/main/java/fi/hanke/examples/bench).
#
#   examples/bench/run.sh                              all benchmarks: -f 1 -wi 3 -i 5 -prof gc
#   examples/bench/run.sh ValidationBenchmark -prof gc one benchmark class, JMH's own arguments
#   examples/bench/run.sh -h                           JMH's help
#
# Needs a JDK (17 or newer) and Maven; nothing is installed into ~/.m2 beyond what Maven downloads.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

# One reactor build: package core, validation and examples, and write each module's class path to
# target/classpath.txt (relative to the module), so that the examples' class path names the fresh jars.
mvn -B -q -pl examples -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime

jar="$(ls examples/target/hanke-examples-*.jar | grep -v -e '-sources' -e '-tests' | head -n 1)"
classpath="$jar:$(cat examples/target/classpath.txt)"

if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -i 5 -prof gc
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
