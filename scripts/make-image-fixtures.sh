#!/usr/bin/env bash
# Makes the image fixtures in fixtures/images/ with real container tools
# (Debian's buildah, skopeo and podman; offline, as root), then derives the
# formats those tools cannot write here (Docker 24 and Docker 25+ `docker
# save`, Docker's containerd store / `ctr images export`), the single-layer
# files and the broken inputs with scripts/image-fixtures.py, from the
# same layers and following the formats' specs. Every archive it writes is
# read back with skopeo (skopeo inspect), which must accept it.
#
#   sudo bash scripts/make-image-fixtures.sh      (needs buildah, skopeo, podman, zstd, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=fixtures/images
for tool in buildah skopeo podman zstd python3; do
  command -v "$tool" >/dev/null || { echo "make-image-fixtures: needs $tool (apt-get install buildah skopeo podman zstd python3)" >&2; exit 3; }
done
export BUILDAH_ISOLATION=chroot
WORK=$(mktemp -d)
trap 'buildah rm --all >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
TS=1700000000

# Layer 1, the base: every kind of object and metadata a layer can hold.
c=$(buildah from scratch)
m=$(buildah mount "$c")
mkdir -p "$m"/{etc,usr/bin,usr/lib,var/log,home/user,tmp,opt/thing,dev,srv/data,srv/shared}
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n' > "$m/etc/passwd"
echo 'hello from layer 1' > "$m/etc/motd"
echo 'thing' > "$m/opt/thing/config"
chmod 1777 "$m/tmp"
chown 1000:1000 "$m/home/user" && chmod 0750 "$m/home/user"
echo 'notes' > "$m/home/user/notes.txt" && chown 1000:1000 "$m/home/user/notes.txt"
printf '#!/bin/sh\necho tool\n' > "$m/usr/bin/tool" && chmod 4755 "$m/usr/bin/tool"
echo 'sg' > "$m/usr/bin/sgid" && chown 0:42 "$m/usr/bin/sgid" && chmod 2711 "$m/usr/bin/sgid"
chmod 2775 "$m/srv/shared"
echo 'secret' > "$m/etc/shadow" && chmod 0000 "$m/etc/shadow"
echo 'nobody' > "$m/srv/nobody" && chown 65534:65534 "$m/srv/nobody"
echo 'big ids' > "$m/srv/bigid" && chown 3000000:3000001 "$m/srv/bigid"
ln -s ../bin/tool "$m/usr/lib/rel-link"
ln -s /etc/motd "$m/etc/abs-link"
ln -s /nowhere/at/all "$m/etc/dangling"
echo 'shared data' > "$m/usr/lib/libdata.so.1" && ln "$m/usr/lib/libdata.so.1" "$m/usr/lib/libdata-hard"
mknod "$m/dev/null" c 1 3 && chmod 0666 "$m/dev/null"
mknod "$m/dev/sda" b 8 0 && chmod 0660 "$m/dev/sda"
mknod "$m/dev/fifo" p
long="$m/opt/$(printf 'long-directory-name-%02d/' $(seq 1 6))"
mkdir -p "$long" && echo 'deep' > "$long/$(printf 'f%.0s' $(seq 1 200))"
echo 'umlaut' > "$m/srv/data/ü.txt"
echo 'chinese' > "$m/srv/data/中文.txt"
echo 'emoji' > "$m/srv/data/party 🎉.txt"
echo 'tab' > "$m/srv/data/$(printf 'tab\there')"
echo 'not utf-8' > "$m/srv/data/$(printf 'bad\377name')"
(yes 'a line of a file too large to keep in memory inline' || true) | head -c 3000 > "$m/usr/lib/big.bin"
buildah config --created-by 'COPY rootfs / # layer 1: every kind of object' "$c"
buildah commit --quiet --timestamp "$TS" "$c" ks-1 >/dev/null
buildah rm "$c" >/dev/null

# Layer 2: deletions (whiteouts), a directory replaced by a file, a changed
# file, a copy-up by chmod, an opaque directory, one hard-linked name removed.
c=$(buildah from ks-1)
m=$(buildah mount "$c")
rm "$m/etc/motd"
rm -rf "$m/opt/thing" && echo 'now a file' > "$m/opt/thing"
echo 'user2:x:1001:1001::/home/user2:/bin/sh' >> "$m/etc/passwd"
chmod 0600 "$m/usr/lib/big.bin"
rm -rf "$m/var/log" && mkdir "$m/var/log" && echo 'fresh log' > "$m/var/log/new.log"
rm "$m/usr/lib/libdata-hard"
buildah config --created-by 'RUN rm /etc/motd && rm -rf /opt/thing /var/log && ...' "$c"
buildah commit --quiet --timestamp "$TS" "$c" ks-2 >/dev/null
buildah rm "$c" >/dev/null

# Layer 3: the file becomes a directory again (opaque: made over a whiteout).
c=$(buildah from ks-2)
m=$(buildah mount "$c")
rm "$m/opt/thing" && mkdir "$m/opt/thing" && echo 'back to a directory' > "$m/opt/thing/inside"
echo 'added in layer 3' > "$m/srv/data/new-in-3"
buildah config --created-by 'RUN rm /opt/thing && mkdir /opt/thing && ...' "$c"
buildah commit --quiet --timestamp "$TS" "$c" ks-3 >/dev/null
buildah rm "$c" >/dev/null

# Layer 4: nothing changes (an empty layer), and an ENV step with no layer.
c=$(buildah from ks-3)
buildah config --env GREETING=hello --created-by 'ENV GREETING=hello' "$c"
buildah commit --quiet --timestamp "$TS" "$c" ks >/dev/null
buildah rm "$c" >/dev/null

# The formats the tools write.
rm -f "$OUT"/*.tar "$OUT"/*.tar.gz "$OUT"/*.tar.zst
skopeo copy -q containers-storage:localhost/ks docker-archive:"$OUT/ks-skopeo-docker-archive.tar":ks:latest
podman save -q -o "$OUT/ks-podman-docker-archive.tar" localhost/ks
skopeo copy -q containers-storage:localhost/ks oci-archive:"$OUT/ks-oci-gzip.tar":ks:latest
skopeo copy -q --dest-compress-format zstd containers-storage:localhost/ks oci-archive:"$OUT/ks-oci-zstd.tar":ks:latest
skopeo copy -q --dest-oci-accept-uncompressed-layers containers-storage:localhost/ks oci:"$WORK/oci-plain":ks:latest
tar -C "$WORK/oci-plain" -cf "$OUT/ks-oci-plain.tar" oci-layout index.json blobs

# The formats derived from them, and the broken ones.
python3 scripts/image-fixtures.py "$OUT" "$WORK"

# Every archive must be one that skopeo accepts (the broken ones excepted).
for f in "$OUT"/ks-*.tar; do
  case "$f" in
    *oci*|*docker25*|*containerd*) t=oci-archive ;;
    *) t=docker-archive ;;
  esac
  skopeo inspect --raw "$t:$f" >/dev/null || { echo "make-image-fixtures: skopeo rejects $f" >&2; exit 1; }
done
buildah rmi ks ks-1 ks-2 ks-3 >/dev/null 2>&1 || true


# The kernel's merged tree of each good fixture, recorded by the image
# oracle, for tests on machines without the kernel (same trees, one file each).
mkdir -p "$OUT/expected"
rm -f "$OUT/expected"/*
echo '{' > "$OUT/expected/index.json.tmp"
for f in "$OUT"/*.tar "$OUT"/*.tar.gz "$OUT"/*.tar.zst; do
  b=$(basename "$f")
  case "$b" in ks-*) tree=ks.tree ;; layer2*) tree=layer2.tree ;; *) tree="${b%%.*}.tree" ;; esac
  npx tsx tools/kernel/image-oracle.ts "$f" > "$WORK/tree"
  if [ -e "$OUT/expected/$tree" ]; then cmp -s "$WORK/tree" "$OUT/expected/$tree" || { echo "make-image-fixtures: $b's kernel tree differs from $tree's" >&2; exit 1; }
  else cp "$WORK/tree" "$OUT/expected/$tree"; fi
  printf '  "%s": "%s",\n' "$b" "$tree" >> "$OUT/expected/index.json.tmp"
done
sed -i '$ s/,$//' "$OUT/expected/index.json.tmp" && echo '}' >> "$OUT/expected/index.json.tmp"
mv "$OUT/expected/index.json.tmp" "$OUT/expected/index.json"
