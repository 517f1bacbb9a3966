#!/usr/bin/env bash
# Judging one patch against a base already in the cache, versus one cold scan of the same tree.
# Every run is a fresh `java -jar`; the diff runs start from a cache holding the base (filled by
# one `branches --ref BASE`) and nothing of the patched tree. Prints the median and the best of
# RUNS runs (default 9) for each, on the demo tree and on Debian's linux-source-6.1.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/gupcheck.jar ] || mvn -B -q package -DskipTests
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gup() { java -jar target/gupcheck.jar "$@"; }

# wall and CPU (user + system) milliseconds of one run, as "WALL CPU"; CPU is 0 without GNU time
ms() {
  local s e cpu=0
  s=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null 2>&1 || true
    cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time")
  else
    "$@" > /dev/null 2>&1 || true
  fi
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $cpu"
}
# median and best wall time, and median CPU time, of the "WALL CPU" lines on stdin
summary() {
  local lines walls cpus
  lines=$(cat)
  walls=$(cut -d' ' -f1 <<< "$lines" | sort -n)
  cpus=$(cut -d' ' -f2 <<< "$lines" | sort -n)
  local n; n=$(wc -l <<< "$walls")
  printf "wall median %5d ms, best %5d ms; CPU median %5d ms (%d runs)" \
    "$(sed -n "$(( (n + 1) / 2 ))p" <<< "$walls")" "$(head -1 <<< "$walls")" "$(sed -n "$(( (n + 1) / 2 ))p" <<< "$cpus")" "$n"
}

# compare NAME TREE REPO BASE PATCH
compare() {
  local name=$1 tree=$2 repo=$3 base=$4 patch=$5
  rm -rf "$work/cache.base"
  gup branches --repo "$repo" --ref "$base" --cache "$work/cache.base" > /dev/null 2>&1 || true
  local scans=() diffs=()
  for _ in $(seq "$runs"); do
    scans+=("$(ms java -jar target/gupcheck.jar scan "$tree")")
    rm -rf "$work/cache" && cp -r "$work/cache.base" "$work/cache"
    diffs+=("$(ms java -jar target/gupcheck.jar diff --repo "$repo" --base "$base" --patch "$patch" --cache "$work/cache")")
  done
  echo "$name"
  echo "  cold scan of the tree:                    $(printf '%s\n' "${scans[@]}" | summary)"
  echo "  diff of the patch, base in the cache:     $(printf '%s\n' "${diffs[@]}" | summary)"
}

gup demo --keep "$work/demo" > /dev/null
mkdir -p "$work/tree" && git -C "$work/demo" archive v5.4.41 | tar -x -C "$work/tree"
compare "demo tree (v5.4.41, the 5.4.42 backport patch as a mail)" "$work/tree" "$work/demo" v5.4.41 \
  examples/demo/patches/03-v5.4.42.patch

# The same on real-size files: Debian's linux-source-6.1, with a patch that removes a guard.
tarball=/usr/src/linux-source-6.1.tar.xz
if [ ! -f "$tarball" ]; then
  echo "skipped the 6.1 measurement: $tarball is absent (apt-get install linux-source-6.1)"
  exit 0
fi
src=target/bench-src/linux-source-6.1
[ -d "$src/mm" ] || { mkdir -p target/bench-src && tar -xJf "$tarball" -C target/bench-src linux-source-6.1/mm; }
repo="$work/k61"
mkdir -p "$repo/mm"
cp "$src"/mm/{gup.c,huge_memory.c,hugetlb.c,khugepaged.c} "$repo/mm/"
git -C "$repo" init -q && git -C "$repo" add -A && git -C "$repo" -c user.name=b -c user.email=b@b commit -qm base && git -C "$repo" tag base
# check_vma_flags() loses its "if (!is_cow_mapping(vm_flags)) return -EFAULT;" (two lines)
line=$(grep -n 'if (!is_cow_mapping(vm_flags))' "$repo/mm/gup.c" | head -1 | cut -d: -f1)
sed -i "${line},$((line + 1))d" "$repo/mm/gup.c"
git -C "$repo" diff > "$work/k61.patch" && git -C "$repo" checkout -q -- .
compare "linux-source-6.1 (gup.c, huge_memory.c, hugetlb.c, khugepaged.c; a two-line gup.c patch)" "$repo" "$repo" base \
  "$work/k61.patch"
