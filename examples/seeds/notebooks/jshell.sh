#!/usr/bin/env bash
# Opens jshell with Hanke on the class path and a notebook loaded.
# Usage (from the repository root): examples/notebooks/jshell.sh [examples/notebooks/tour.jsh]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -B -q -DskipTests install
cp_file="$root/examples/target/jshell.classpath"
mvn -B -q -pl examples dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
classpath="$root/examples/target/classes:$(cat "$cp_file")"
exec jshell --class-path "$classpath" "${@:-$root/examples/notebooks/tour.jsh}"
