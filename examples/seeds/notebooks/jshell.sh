#!/usr/bin/env bash
# Opens jshell with Hanke on the class path and a notebook loaded.
# Usage (from anywhere): examples/seeds/notebooks/jshell.sh [examples/seeds/notebooks/tour.jsh]
#
# It builds the modules with `mvn package` and puts their jars from the target directories on the class path
# (core/target, validation/target, examples/seeds/target), with the jars they use from your local Maven
# repository (~/.m2/repository, where Maven keeps downloads anyway). It installs nothing into ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
notebook="${1:-$root/examples/seeds/notebooks/tour.jsh}"
notebook="$(cd "$(dirname "$notebook")" && pwd)/$(basename "$notebook")"
shift || true
cd "$root"
cp_file="$root/examples/seeds/target/jshell.classpath"
# one reactor run: the sibling modules resolve to the jars this run builds, not to anything in ~/.m2
mvn -B -q -DskipTests -pl examples/seeds -am package dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$cp_file" >&2
classpath="$root/examples/seeds/target/classes:$(cat "$cp_file")"
exec jshell --class-path "$classpath" "$notebook" "$@"
