#!/usr/bin/env bash
# Parse benchmark on Debian's linux-source-6.1: cold java -jar wall time for the rule's three
# files and for all of mm/, and warm per-file parse times in one JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-6.1}
tarball=/usr/src/linux-source-$version.tar.xz
[ -f "$tarball" ] || { echo "skipped: $tarball is absent (apt-get install linux-source-$version)"; exit 0; }
[ -f target/gupcheck.jar ] || mvn -B -q package -DskipTests
work=target/bench-src
if [ ! -d "$work/linux-source-$version/mm" ]; then
  mkdir -p "$work" && tar -xJf "$tarball" -C "$work" "linux-source-$version/mm"
fi
mm=$work/linux-source-$version/mm
three=("$mm/gup.c" "$mm/huge_memory.c" "$mm/hugetlb.c")

wall() {  # best of 5 wall-clock runs, in ms
  local best=999999
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    java -jar target/gupcheck.jar parse "$@" >/dev/null || true
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}

echo "linux-source-$version, $(nproc) cores"
echo "cold java -jar, 3 files ($(cat "${three[@]}" | wc -l) lines): $(wall "${three[@]}") ms (best of 5)"
echo "cold java -jar, all of mm/ ($(ls "$mm"/*.c | wc -l) files, $(cat "$mm"/*.c | wc -l) lines): $(wall "$mm"/*.c) ms (best of 5)"
java -cp target/gupcheck.jar bench/ParseBench.java --rounds 30 "${three[@]}"
java -cp target/gupcheck.jar bench/GraphBench.java "${three[@]}"
