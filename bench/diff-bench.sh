#!/usr/bin/env bash
# Judging one patch against a base already in the cache, versus one cold scan of the same tree.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/gupcheck.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gup() { java -jar target/gupcheck.jar "$@"; }
gup demo --keep "$work/demo" > /dev/null
git -C "$work/demo" worktree add -q "$work/tree" v5.4.41 2>/dev/null || git -C "$work/demo" archive v5.4.41 | tar -x -C "$(mkdir -p "$work/tree" && echo "$work/tree")"

ms() { local s e; s=$(date +%s%N); "$@" > /dev/null || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
best() { local b=999999 t; for _ in 1 2 3 4 5; do t=$(ms "$@"); (( t < b )) && b=$t; done; echo "$b"; }

cold_scan=$(best gup scan "$work/tree")
runs=()
cold_refs=()
for i in 1 2 3 4 5; do
  rm -rf "$work/cache"
  cold_refs+=("$(ms gup branches --repo "$work/demo" --ref v5.4.41 --cache "$work/cache")")   # caches the base
  runs+=("$(ms gup diff --repo "$work/demo" --base v5.4.41 --patch examples/demo/patches/03-v5.4.42.patch --cache "$work/cache")")
done
warm_diff=$(printf '%s\n' "${runs[@]}" | sort -n | head -1)
cold_ref=$(printf '%s\n' "${cold_refs[@]}" | sort -n | head -1)
echo "cold scan of the v5.4.41 tree, checked out:       $cold_scan ms (best of 5)"
echo "cold scan of the same tree from git (--ref):      $cold_ref ms (best of 5)"
echo "diff of the backport patch, base in the cache:    $warm_diff ms (best of 5)"

# The same on real-size files: Debian's linux-source-6.1, with a one-line patch to mm/gup.c.
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
sed -i '0,/^static long __get_user_pages(/s//\/* reviewed *\/\nstatic long __get_user_pages(/' "$repo/mm/gup.c"
git -C "$repo" diff > "$work/k61.patch" && git -C "$repo" checkout -q -- .
cold_scan=$(best gup scan "$repo")
runs=()
cold_refs=()
for i in 1 2 3 4 5; do
  rm -rf "$work/cache"
  cold_refs+=("$(ms gup branches --repo "$repo" --ref base --cache "$work/cache")")   # caches the base
  runs+=("$(ms gup diff --repo "$repo" --base base --patch "$work/k61.patch" --cache "$work/cache")")
done
warm_diff=$(printf '%s\n' "${runs[@]}" | sort -n | head -1)
cold_ref=$(printf '%s\n' "${cold_refs[@]}" | sort -n | head -1)
echo "cold scan of 6.1's four files, checked out:       $cold_scan ms (best of 5)"
echo "cold scan of the same tree from git (--ref base): $cold_ref ms (best of 5)"
echo "diff of a gup.c patch on 6.1, base in the cache:  $warm_diff ms (best of 5)"
