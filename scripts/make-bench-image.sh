#!/usr/bin/env bash
# The benchmark image: a Debian bookworm minbase root filesystem (mmdebstrap,
# about 170 MB and 8,700 entries) as layer 1, then two small layers made
# with buildah (documentation deleted: whiteouts; a config file changed; a
# library copied up by chmod), written as a gzip OCI archive (about 60 MB).
# Not committed: it is made where it is needed, into bench-results/.
#   bash scripts/make-bench-image.sh [OUT.tar]     (root; mmdebstrap, buildah, skopeo)
# Without mmdebstrap or a Debian mirror, tools/bench-image.ts makes a
# synthetic image of the same shape instead (scripts/make-synthetic-image.py).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bench-results/debian-minbase.tar}
for tool in mmdebstrap buildah skopeo; do command -v "$tool" >/dev/null || { echo "make-bench-image: needs $tool" >&2; exit 3; }; done
mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d)
# Only what this script made is removed: buildah's store is the machine's, shared with whoever else uses it.
MADE=()
trap 'for c in "${MADE[@]}"; do buildah rm "$c" >/dev/null 2>&1 || true; done; rm -rf "$WORK"' EXIT
mmdebstrap --quiet --variant=minbase --mode=root bookworm "$WORK/rootfs.tar"
c=$(buildah from scratch)
MADE+=("$c")
buildah add --quiet "$c" "$WORK/rootfs.tar" /
buildah config --created-by 'ADD rootfs.tar / # mmdebstrap --variant=minbase bookworm' "$c"
buildah commit --quiet --timestamp 1700000000 "$c" bench-1 >/dev/null
buildah rm "$c" >/dev/null
c=$(buildah from bench-1)
MADE+=("$c")
m=$(buildah mount "$c")
rm -rf "$m"/usr/share/doc/*
echo 'Acquire::Languages "none";' > "$m/etc/apt/apt.conf.d/99-no-translations"
buildah config --created-by 'RUN rm -rf /usr/share/doc/* && echo ... > /etc/apt/apt.conf.d/99-no-translations' "$c"
buildah commit --quiet --timestamp 1700000000 "$c" bench-2 >/dev/null
buildah rm "$c" >/dev/null
c=$(buildah from bench-2)
MADE+=("$c")
m=$(buildah mount "$c")
chmod 0644 "$m"/usr/lib/x86_64-linux-gnu/libc.so.6
echo 'bench' > "$m/etc/hostname"
buildah config --created-by 'RUN chmod 0644 /usr/lib/x86_64-linux-gnu/libc.so.6 && echo bench > /etc/hostname' "$c"
buildah commit --quiet --timestamp 1700000000 "$c" bench >/dev/null
buildah rm "$c" >/dev/null
rm -f "$OUT"
skopeo copy -q containers-storage:localhost/bench oci-archive:"$OUT":debian-minbase:bench
buildah rmi bench bench-2 bench-1 >/dev/null 2>&1 || true
ls -l "$OUT"
