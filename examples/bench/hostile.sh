#!/usr/bin/env bash
# The hostile-input table of issue 15: every case of HostileInputs in its own JVM with -Xmx256m, one Markdown row
# each (case, size, outcome, ms, peak heap MB). Usage: examples/bench/hostile.sh [CASE...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"
cases=("$@")
if [ "${#cases[@]}" -eq 0 ]; then
  cases=(problem-flood-1MB problem-flood-2MB wrong-type-100000-elements nested-100000-arrays number-1000000-digits
    string-1000000-chars huge-cost-lines lone-surrogate bad-bytes-00-00-7B-00 jsonl-5000000-bad-lines-10MB
    jsonl-1000000-truncated-lines jsonl-bad-byte-then-9-good de-minimis-20000-measures-and-participants
    de-minimis-20000-with-register)
fi
echo "| Case | Size | Outcome | ms | Peak heap MB |"
echo "|---|---|---|---|---|"
for c in "${cases[@]}"; do
  java -Xmx256m -cp "$classpath" fi.hanke.examples.bench.HostileInputs "$c" 2>/dev/null \
    || echo "| $c | | JVM exited $? | | |"
done
