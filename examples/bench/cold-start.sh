#!/usr/bin/env bash
# Cold start: times fresh JVMs that validate seed 002 and exit (fi.hanke.examples.bench.ColdStart), as whole
# processes, wall clock from fork to exit. Prints each run and the median, first with the JDK's default
# class-data sharing only, then with an application class-data sharing (AppCDS) archive of Hanke's classes,
# made once with -XX:ArchiveClassesAtExit and used with -XX:SharedArchiveFile.
#
#   examples/bench/cold-start.sh [runs]     (default 11 runs each)
#
# Extra JVM options can be given in JAVA_OPTS, e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1".
set -euo pipefail
runs="${1:-11}"
. "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"
archive="$root/examples/bench/target/hanke-cold-start.jsa"
read -r -a opts <<< "${JAVA_OPTS:-}"

# time_runs LABEL JVM-OPTION...: runs ColdStart $runs times, prints each time in ms and the median
time_runs() {
  local label="$1"; shift
  local times=() out start end
  for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    out="$(java "$@" ${opts[@]+"${opts[@]}"} -cp "$classpath" fi.hanke.examples.bench.ColdStart)"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    printf '%-12s run %2d: %5d ms   %s\n' "$label" "$i" "${times[-1]}" "$out"
  done
  median "$label" "${times[@]}"
}

# median LABEL MS...: prints the median (the mean of the two middle values for an even count)
median() {
  local label="$1"; shift
  local sorted n
  sorted=($(printf '%s\n' "$@" | sort -n))
  n=${#sorted[@]}
  if (( n % 2 == 1 )); then
    m=${sorted[n / 2]}
  else
    m=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
  fi
  printf '%-12s median of %d runs: %d ms\n' "$label" "$n" "$m"
  medians+=("$label: $m ms")
}

medians=()
time_runs "default CDS"
rm -f "$archive"
java -XX:ArchiveClassesAtExit="$archive" ${opts[@]+"${opts[@]}"} -cp "$classpath" fi.hanke.examples.bench.ColdStart \
  > /dev/null 2>&1
time_runs "AppCDS" -XX:SharedArchiveFile="$archive"
echo
echo "Cold start, median wall clock per process (validate seed 002, print the counts), $runs runs each:"
printf '  %s\n' "${medians[@]}"
