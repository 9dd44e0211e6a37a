#!/usr/bin/env bash
# Builds Hanke and runs its JMH benchmarks (examples/bench/src/main/java/fi/hanke/examples/bench).
#
#   examples/bench/run.sh                              all benchmarks: -f 1 -wi 3 -i 5 -prof gc
#   examples/bench/run.sh ValidationBenchmark -prof gc one benchmark class, JMH's own arguments
#   examples/bench/run.sh -h                           JMH's help
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"

if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -i 5 -prof gc
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
