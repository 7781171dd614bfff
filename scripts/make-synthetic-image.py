#!/usr/bin/env python3
"""A synthetic stand-in for the benchmark image, for machines where
mmdebstrap cannot reach a Debian mirror: an OCI archive with three gzip
layers shaped like a Debian minbase root filesystem (about 8,700 entries,
170 MB of files in the same size classes: 4,300 up to 4 KiB, 1,100 up to
16 KiB, 1,100 up to 64 KiB, 430 larger, up to 2 MB; directories,
symlinks, a few devices), contents about a third random bytes and the rest text-like so that
gzip shrinks it about as much (to roughly 60 MB). Layer 2 deletes a
directory tree (whiteouts), layer 3 replaces a large file (hidden bytes).

    python3 scripts/make-synthetic-image.py OUT.tar
"""
import gzip
import hashlib
import io
import json
import random
import sys
import tarfile

OUT = sys.argv[1]
rng = random.Random(1700000000)
WORDS = [w.encode() for w in 'the of and to in is for on with that this by from are be as at or an it file data config lib usr share doc'.split()]


def content(n):
    out = bytearray()
    while len(out) < n:
        if rng.random() < 0.3:
            out += rng.randbytes(min(4096, n - len(out)))
        else:
            line = b' '.join(rng.choice(WORDS) for _ in range(12)) + b'\n'
            out += line * 40
    return bytes(out[:n])


def size():
    r = rng.random()
    if r < 0.62:
        return rng.randint(0, 4096)
    if r < 0.78:
        return rng.randint(4097, 16384)
    if r < 0.94:
        return rng.randint(16385, 65536)
    return min(int(rng.paretovariate(1.1) * 65536), 2 << 20)


def layer(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as t:
        for name, kind, data in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000
            if kind == 'dir':
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                t.addfile(info)
            elif kind == 'symlink':
                info.type, info.mode, info.linkname = tarfile.SYMTYPE, 0o777, data
                t.addfile(info)
            else:
                info.size, info.mode = len(data), 0o644
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


dirs = ['usr', 'usr/bin', 'usr/lib', 'usr/share', 'usr/share/doc', 'etc', 'var', 'var/lib']
for i in range(1100):
    dirs.append(f'{rng.choice(dirs)}/d{i}')
base = [(d, 'dir', None) for d in dirs]
for i in range(6950):
    base.append((f'{rng.choice(dirs)}/f{i}', 'file', content(size())))
for i in range(660):
    base.append((f'{rng.choice(dirs)}/l{i}', 'symlink', f'f{rng.randint(0, 6949)}'))
big = next(n for n, k, d in base if k == 'file' and len(d) > 500000)
l1 = layer(base)
doc = [n for n, k, _ in base if n.startswith('usr/share/doc/') and n.count('/') == 3][:100]
l2 = layer([('usr', 'dir', None), ('usr/share', 'dir', None), ('usr/share/doc', 'dir', None)] + [(f'usr/share/doc/.wh.{n.split("/")[-1]}', 'file', b'') for n in doc])
parts = big.split('/')
l3 = layer([('/'.join(parts[:i]), 'dir', None) for i in range(1, len(parts))] + [(big, 'file', content(600000))])
layers = [l1, l2, l3]
blobs = [gzip.compress(l, 6, mtime=0) for l in layers]
sha = lambda b: hashlib.sha256(b).hexdigest()
config = json.dumps({'architecture': 'amd64', 'os': 'linux', 'rootfs': {'type': 'layers', 'diff_ids': ['sha256:' + sha(l) for l in layers]}, 'history': [{'created_by': 'synthetic base'}, {'created_by': 'RUN rm -rf /usr/share/doc/*'}, {'created_by': 'RUN replace a large file'}]}).encode()
manifest = json.dumps({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:' + sha(config), 'size': len(config)}, 'layers': [{'mediaType': 'application/vnd.oci.image.layer.v1.tar+gzip', 'digest': 'sha256:' + sha(b), 'size': len(b)} for b in blobs]}).encode()
index = json.dumps({'schemaVersion': 2, 'manifests': [{'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(manifest), 'size': len(manifest)}]}).encode()
with tarfile.open(OUT, 'w') as t:
    for name, data in [('oci-layout', b'{"imageLayoutVersion":"1.0.0"}'), ('index.json', index)] + [(f'blobs/sha256/{sha(b)}', b) for b in [config, manifest, *blobs]]:
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 1700000000
        t.addfile(info, io.BytesIO(data))
