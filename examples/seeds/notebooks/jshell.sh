#!/usr/bin/env bash
# Opens jshell with Hanke on the class path and a notebook loaded.
# Usage (from the repository root): examples/seeds/notebooks/jshell.sh [examples/seeds/notebooks/tour.jsh]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -q -DskipTests install
cp_file="$root/examples/seeds/target/jshell.classpath"
mvn -B -q -pl examples/seeds dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
classpath="$root/examples/seeds/target/classes:$(cat "$cp_file")"
exec jshell --class-path "$classpath" "${@:-$root/examples/seeds/notebooks/tour.jsh}"
