#!/usr/bin/env bash
# Held-out images: made by producers other than the buildah pipeline behind
# fixtures/images/ (scripts/make-image-fixtures.sh), to check `image tree`
# and `image inspect` on layers written by someone else's code.
#
#   umoci      writes its own layers (Go, from a diff of the unpacked rootfs
#              against its mtree manifest): deletions, a directory deleted
#              and made anew, a directory replaced by a file and a file by a
#              directory, hard links, a FIFO, setuid, a non-ASCII name; its
#              OCI layout is tarred as an OCI archive
#   skopeo     the same image copied to a docker-archive (layers decompressed
#              and renamed by skopeo, config rewritten)
#   podman     `podman import` of a small tree, then `podman build` COPY layers
#              (no RUN: the tree has no shell), saved with `podman save` as a
#              docker-archive and as an OCI archive
#
# Each one's tree is recorded from the kernel (tools/kernel/image-oracle.ts)
# into heldout/expected/, which tools/image-kernel.test.ts and
# src/image/image.test.ts compare the engine with. Every store used is a
# private one under a temporary directory: nothing is added to the
# machine's container storage.
#
#   bash scripts/make-heldout-images.sh [OUT_DIR]      (root; umoci, skopeo, podman)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-fixtures/images/heldout}
for tool in umoci skopeo podman; do command -v "$tool" >/dev/null || { echo "make-heldout-images: needs $tool (apt-get install umoci skopeo podman)" >&2; exit 3; }; done
WORK=$(mktemp -d)
STORE=(--root "$WORK/store" --runroot "$WORK/run" --storage-driver vfs)
trap 'podman "${STORE[@]}" rmi --all --force >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
mkdir -p "$OUT/expected"
export SOURCE_DATE_EPOCH=1700000000

# --- umoci: three layers it writes itself.
L="$WORK/layout"
umoci init --layout "$L"
umoci new --image "$L:ho"
umoci unpack --image "$L:ho" "$WORK/b" >/dev/null
r="$WORK/b/rootfs"
mkdir -p "$r"/etc "$r"/usr/share/doc/pkg "$r"/opt/app/sub "$r"/var/cache/emptydir "$r"/var/lib/state
echo 'root:x:0:0:root:/root:/bin/sh' > "$r/etc/passwd"
echo 'hello' > "$r/etc/motd"
ln "$r/etc/motd" "$r/etc/motd.hard"
echo 'doc' > "$r/usr/share/doc/pkg/README"
echo 'a' > "$r/opt/app/a" && chmod 4755 "$r/opt/app/a"
echo 's' > "$r/opt/app/sub/s"
echo 'ü' > "$r/opt/app/naïve-名前.txt"
ln -s ../etc/motd "$r/opt/link"
mkfifo "$r/opt/fifo"
echo 'state' > "$r/var/lib/state/file"
umoci repack --image "$L:ho" --history.created_by 'umoci: a small tree' "$WORK/b"
rm -rf "$WORK/b"
umoci unpack --image "$L:ho" "$WORK/b" >/dev/null
rm -rf "$r/usr/share/doc"                         # a whiteout for a directory
rm "$r/etc/motd"                                  # one name of a hard link
rm -rf "$r/opt/app/sub" && mkdir "$r/opt/app/sub" && echo 'n' > "$r/opt/app/sub/n"   # a directory anew
rmdir "$r/var/cache/emptydir" && echo 'now a file' > "$r/var/cache/emptydir"          # a directory becomes a file
chmod 0600 "$r/etc/passwd"                        # metadata only: the whole file again
umoci repack --image "$L:ho" --history.created_by 'umoci: deletions, a directory anew, a directory now a file' "$WORK/b"
rm -rf "$WORK/b"
umoci unpack --image "$L:ho" "$WORK/b" >/dev/null
rm "$r/var/cache/emptydir" && mkdir "$r/var/cache/emptydir" && echo 'back' > "$r/var/cache/emptydir/again"   # and a directory again
rm "$r/etc/motd.hard"
echo 'user:x:1000:1000::/home/user:/bin/sh' >> "$r/etc/passwd"
head -c 6000 /dev/zero | tr '\0' 'z' > "$r/opt/app/big"
umoci repack --image "$L:ho" --history.created_by 'umoci: a directory again, the last link gone' "$WORK/b"
rm -rf "$WORK/b"
umoci gc --layout "$L"
rm -f "$OUT"/*.tar
tar -C "$L" --owner=0 --group=0 --numeric-owner --sort=name --mtime=@1700000000 -cf "$OUT/ho-umoci-oci.tar" .
skopeo copy -q "oci:$L:ho" "docker-archive:$OUT/ho-umoci-skopeo-docker-archive.tar:ho:latest"
# A fourth layer, kept apart: a directory with a file in it replaced by a
# file. umoci 0.4.7 writes the file, then a whiteout for the old child
# under it (var/lib/state/.wh.file, its parent now a file). Docker's and
# containerd's appliers fail on that entry (mknod/mkparent: not a
# directory), so does GNU tar in the image oracle; containers/storage's
# overlay driver skips it. The engine refuses it (parent-not-dir).
umoci unpack --image "$L:ho" "$WORK/b" >/dev/null
rm -rf "$r/var/lib/state" && echo 'a file where a directory was' > "$r/var/lib/state"
umoci repack --image "$L:ho" --history.created_by 'umoci: a directory with a file in it, now a file' "$WORK/b"
rm -rf "$WORK/b"
umoci gc --layout "$L"
mkdir -p "$OUT/quirks"
tar -C "$L" --owner=0 --group=0 --numeric-owner --sort=name --mtime=@1700000000 -cf "$OUT/quirks/umoci-whiteout-under-file.tar" .

# --- podman: an imported tree, then COPY layers.
P="$WORK/podman"
mkdir -p "$P/root/etc" "$P/root/srv/www" "$P/root/srv/gone"
echo 'base' > "$P/root/etc/issue"
echo '<p>hi</p>' > "$P/root/srv/www/index.html"
echo 'x' > "$P/root/srv/gone/x"
tar -C "$P/root" --owner=0 --group=0 --numeric-owner --sort=name --mtime=@1700000000 -cf "$P/base.tar" .
podman "${STORE[@]}" import -q "$P/base.tar" localhost/ho-base:1 >/dev/null
mkdir -p "$P/ctx/www"
echo 'motd from podman build' > "$P/ctx/motd"
echo '<p>new</p>' > "$P/ctx/www/index.html"
echo 'more' > "$P/ctx/www/more.html"
printf 'FROM localhost/ho-base:1\nCOPY motd /etc/motd\nCOPY www/ /srv/www/\nCOPY --chmod=0600 motd /etc/secret\n' > "$P/ctx/Containerfile"
podman "${STORE[@]}" build -q --isolation chroot --timestamp 1700000000 -t localhost/ho-podman:1 "$P/ctx" >/dev/null
podman "${STORE[@]}" save -q --format docker-archive -o "$OUT/ho-podman-docker-archive.tar" localhost/ho-podman:1
podman "${STORE[@]}" save -q --format oci-archive -o "$OUT/ho-podman-oci.tar" localhost/ho-podman:1

# Each must be one skopeo reads; then the kernel's tree of each, recorded.
for f in "$OUT"/*.tar; do
  case "$f" in *-oci.tar) t=oci-archive ;; *) t=docker-archive ;; esac
  skopeo inspect --raw "$t:$f" >/dev/null || { echo "make-heldout-images: skopeo rejects $f" >&2; exit 1; }
  npx tsx tools/kernel/image-oracle.ts "$f" > "$OUT/expected/$(basename "$f" .tar).tree"
done
ls -l "$OUT"
