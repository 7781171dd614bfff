#!/usr/bin/env python3
"""Derives the image fixtures the tools cannot write offline here, from the
OCI layout skopeo wrote (called by make-image-fixtures.sh):

- Docker 24 and older `docker save`: manifest.json, <v1 id>/{VERSION,json,layer.tar},
  <config>.json, repositories (moby image/tarexport, save.go).
- Docker 25+ `docker save`: an OCI layout with uncompressed layer blobs, plus
  manifest.json and repositories naming the same blobs.
- Docker's containerd image store and `ctr images export`: index.json points to an
  image index (several platforms and a buildkit attestation manifest), gzip layers,
  plus manifest.json.
- single layers (.tar, .tar.gz, .tar.zst), a layer with a whiteout in a directory
  no other layer has, and the broken inputs under bad/.

Timestamps are fixed so that the files come out the same each time.
"""
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

OUT, WORK = sys.argv[1], sys.argv[2]
MTIME = 1700000000


def sha(b):
    return hashlib.sha256(b).hexdigest()


def read_tar(path):
    with tarfile.open(path) as t:
        return {m.name: (t.extractfile(m).read() if m.isfile() else None) for m in t.getmembers()}


def trimmed(data, end):
    """A tar without Python's padding to 10 kB: its entries, then the two zero blocks that end it."""
    return data[:end] + b'\0' * 1024


def write_tar(path, members):
    """members: list of (name, bytes | None for a directory)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as t:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.mtime = MTIME
            info.uid = info.gid = 0
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                t.addfile(info)
            else:
                info.size = len(data)
                info.mode = 0o644
                t.addfile(info, io.BytesIO(data))
        end = t.offset
    with open(path, 'wb') as f:
        f.write(trimmed(buf.getvalue(), end))


def gz(data):
    return gzip.compress(data, compresslevel=6, mtime=0)


def zstd(data):
    return subprocess.run(['zstd', '-q', '-19', '-c'], input=data, stdout=subprocess.PIPE, check=True).stdout


def jbytes(o):
    return json.dumps(o, separators=(',', ':')).encode()


plain = read_tar(os.path.join(OUT, 'ks-oci-plain.tar'))
gzipped = read_tar(os.path.join(OUT, 'ks-oci-gzip.tar'))


def image_of(files):
    index = json.loads(files['index.json'])
    manifest_bytes = files['blobs/sha256/' + index['manifests'][0]['digest'][7:]]
    manifest = json.loads(manifest_bytes)
    config = files['blobs/sha256/' + manifest['config']['digest'][7:]]
    layers = [files['blobs/sha256/' + l['digest'][7:]] for l in manifest['layers']]
    return manifest, config, layers


_, config, layers = image_of(plain)
gz_manifest, _, gz_layers = image_of(gzipped)
config_hex = sha(config)
diff_ids = json.loads(config)['rootfs']['diff_ids']

# Docker 24: v1 ids chained from the diff ids (as moby's v1.CreateID does, in spirit).
v1 = []
parent = ''
for d in diff_ids:
    parent = sha((parent + ' ' + d).encode())
    v1.append(parent)
members = []
for i, (lid, data) in enumerate(zip(v1, layers)):
    members += [(lid, None), (f'{lid}/VERSION', b'1.0'), (f'{lid}/json', jbytes({'id': lid, **({'parent': v1[i - 1]} if i else {}), 'created': '2023-11-14T22:13:20Z'})), (f'{lid}/layer.tar', data)]
members += [(f'{config_hex}.json', config), ('manifest.json', jbytes([{'Config': f'{config_hex}.json', 'RepoTags': ['ks:latest'], 'Layers': [f'{l}/layer.tar' for l in v1]}])), ('repositories', jbytes({'ks': {'latest': v1[-1]}}))]
write_tar(os.path.join(OUT, 'ks-docker24-save.tar'), sorted(members, key=lambda m: m[0]))

# Docker 25+: OCI layout, uncompressed layers, and manifest.json beside it.
layer_descs = [{'mediaType': 'application/vnd.oci.image.layer.v1.tar', 'digest': 'sha256:' + sha(l), 'size': len(l)} for l in layers]
manifest = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:' + config_hex, 'size': len(config)}, 'layers': layer_descs})
index = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json', 'manifests': [{'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(manifest), 'size': len(manifest), 'annotations': {'io.containerd.image.name': 'docker.io/library/ks:latest', 'org.opencontainers.image.ref.name': 'latest'}}]})
blobs = {sha(b): b for b in [config, manifest, *layers]}
members = [('blobs', None), ('blobs/sha256', None)] + [(f'blobs/sha256/{h}', b) for h, b in sorted(blobs.items())]
members += [('index.json', index), ('manifest.json', jbytes([{'Config': f'blobs/sha256/{config_hex}', 'RepoTags': ['ks:latest'], 'Layers': [f'blobs/sha256/{d["digest"][7:]}' for d in layer_descs]}])), ('oci-layout', jbytes({'imageLayoutVersion': '1.0.0'})), ('repositories', jbytes({'ks': {'latest': config_hex}}))]
write_tar(os.path.join(OUT, 'ks-docker25-save.tar'), members)

# containerd store / ctr export: index.json -> image index -> per-platform manifests + an attestation.
cfg = json.loads(config)
arm_config = jbytes({**cfg, 'architecture': 'arm64', 'variant': 'v8'})
arm_manifest = jbytes({**json.loads(jbytes(gz_manifest)), 'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:' + sha(arm_config), 'size': len(arm_config)}})
amd_manifest = jbytes(gz_manifest)
statement = jbytes({'_type': 'https://in-toto.io/Statement/v0.1', 'predicateType': 'https://spdx.dev/Document', 'subject': []})
att_config = jbytes({'architecture': 'unknown', 'os': 'unknown', 'config': {}, 'rootfs': {'type': 'layers', 'diff_ids': ['sha256:' + sha(statement)]}})
att_manifest = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:' + sha(att_config), 'size': len(att_config)}, 'layers': [{'mediaType': 'application/vnd.in-toto+json', 'digest': 'sha256:' + sha(statement), 'size': len(statement), 'annotations': {'in-toto.io/predicate-type': 'https://spdx.dev/Document'}}]})
img_index = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json', 'manifests': [
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(arm_manifest), 'size': len(arm_manifest), 'platform': {'architecture': 'arm64', 'os': 'linux', 'variant': 'v8'}},
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(amd_manifest), 'size': len(amd_manifest), 'platform': {'architecture': 'amd64', 'os': 'linux'}},
    {'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(att_manifest), 'size': len(att_manifest), 'platform': {'architecture': 'unknown', 'os': 'unknown'}, 'annotations': {'vnd.docker.reference.digest': 'sha256:' + sha(amd_manifest), 'vnd.docker.reference.type': 'attestation-manifest'}},
]})
top = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json', 'manifests': [{'mediaType': 'application/vnd.oci.image.index.v1+json', 'digest': 'sha256:' + sha(img_index), 'size': len(img_index), 'annotations': {'io.containerd.image.name': 'docker.io/library/ks:latest', 'org.opencontainers.image.ref.name': 'latest'}}]})
gz_config = gzipped['blobs/sha256/' + gz_manifest['config']['digest'][7:]]
blobs = {sha(b): b for b in [gz_config, arm_config, amd_manifest, arm_manifest, statement, att_config, att_manifest, img_index, *gz_layers]}
members = [('blobs', None), ('blobs/sha256', None)] + [(f'blobs/sha256/{h}', b) for h, b in sorted(blobs.items())]
members += [('index.json', top), ('manifest.json', jbytes([{'Config': 'blobs/sha256/' + sha(gz_config), 'RepoTags': ['docker.io/library/ks:latest'], 'Layers': ['blobs/sha256/' + sha(l) for l in gz_layers]}])), ('oci-layout', jbytes({'imageLayoutVersion': '1.0.0'}))]
write_tar(os.path.join(OUT, 'ks-containerd-export.tar'), members)

# Single layers: layer 2 (whiteouts, an opaque directory) in each compression.
with open(os.path.join(OUT, 'layer2.tar'), 'wb') as f:
    f.write(layers[1])
with open(os.path.join(OUT, 'layer2.tar.gz'), 'wb') as f:
    f.write(gz(layers[1]))
with open(os.path.join(OUT, 'layer2.tar.zst'), 'wb') as f:
    f.write(zstd(layers[1]))


def layer(entries, fmt=tarfile.PAX_FORMAT):
    """entries: (name, kind, data or linkname, mode)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as t:
        for name, kind, data, mode in entries:
            info = tarfile.TarInfo(name)
            info.mtime = MTIME
            info.mode = mode
            if kind == 'dir':
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            elif kind == 'symlink':
                info.type = tarfile.SYMTYPE
                info.linkname = data
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
        end = t.offset
    return trimmed(buf.getvalue(), end)


# A whiteout in a directory that only this layer has: the kernel lists it (readdir) but cannot find it (lstat).
with open(os.path.join(OUT, 'stray-whiteout.tar'), 'wb') as f:
    f.write(layer([('newdir', 'dir', None, 0o755), ('newdir/.wh.ghost', 'file', b'', 0o644), ('newdir/kept', 'file', b'kept\n', 0o644)]))

BAD = os.path.join(OUT, 'bad')
os.makedirs(BAD, exist_ok=True)


def put(name, data):
    with open(os.path.join(BAD, name), 'wb') as f:
        f.write(data)


# The broken archives start from a tiny image of their own, to stay small.
tiny_layer = layer([('etc', 'dir', None, 0o755), ('etc/motd', 'file', b'hello from layer 1\n', 0o644)])
tiny_config = jbytes({'architecture': 'amd64', 'os': 'linux', 'rootfs': {'type': 'layers', 'diff_ids': ['sha256:' + sha(tiny_layer)]}, 'history': [{'created_by': 'COPY motd /etc/'}]})
tiny_manifest = jbytes({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'config': {'mediaType': 'application/vnd.oci.image.config.v1+json', 'digest': 'sha256:' + sha(tiny_config), 'size': len(tiny_config)}, 'layers': [{'mediaType': 'application/vnd.oci.image.layer.v1.tar', 'digest': 'sha256:' + sha(tiny_layer), 'size': len(tiny_layer)}]})
tiny_index = jbytes({'schemaVersion': 2, 'manifests': [{'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'digest': 'sha256:' + sha(tiny_manifest), 'size': len(tiny_manifest)}]})


def tiny_oci(layer_blob, with_layer=True):
    blobs = {sha(tiny_config): tiny_config, sha(tiny_manifest): tiny_manifest}
    if with_layer:
        blobs[sha(tiny_layer)] = layer_blob
    return [('oci-layout', jbytes({'imageLayoutVersion': '1.0.0'})), ('index.json', tiny_index)] + [(f'blobs/sha256/{h}', b) for h, b in sorted(blobs.items())]


put('not-an-archive.bin', b'this is not a tar archive, nor gzip, nor zstd\n' * 20)
write_tar(os.path.join(BAD, 'tiny-ok.tar'), tiny_oci(tiny_layer))
whole = open(os.path.join(BAD, 'tiny-ok.tar'), 'rb').read()
os.remove(os.path.join(BAD, 'tiny-ok.tar'))
put('truncated-archive.tar', whole[: len(whole) - 2048 - 700])
g = gz(layers[0])
put('truncated-layer.tar.gz', g[: len(g) // 2])
put('corrupt-gzip.tar.gz', g[:200] + bytes(b ^ 0x55 for b in g[200:260]) + g[260:])
z = zstd(layers[0])
put('corrupt-zstd.tar.zst', z[:120] + bytes(b ^ 0x55 for b in z[120:180]) + z[180:])
# An OCI archive missing its layer blob, and one whose layer blob was changed after it was named.
write_tar(os.path.join(BAD, 'missing-blob.tar'), tiny_oci(tiny_layer, with_layer=False))
changed = bytearray(tiny_layer)
pos = changed.find(b'hello from layer 1')
changed[pos] = ord('j')
write_tar(os.path.join(BAD, 'digest-mismatch.tar'), tiny_oci(bytes(changed)))
put('dotdot.tar', layer([('a', 'dir', None, 0o755), ('a/../../evil', 'file', b'x', 0o644)]))
put('absolute.tar', layer([('/etc/evil', 'file', b'x', 0o644)], fmt=tarfile.GNU_FORMAT))
put('symlink-escape.tar', layer([('link', 'symlink', '/etc', 0o777), ('link/passwd', 'file', b'x', 0o644)]))
put('bad-whiteout.tar', layer([('dir', 'dir', None, 0o755), ('dir/.wh..', 'file', b'', 0o644)]))
# A header that claims a terabyte.
huge = tarfile.TarInfo('huge')
huge.size = 1 << 40
huge.mtime = MTIME
put('absurd-size.tar', huge.tobuf(tarfile.PAX_FORMAT) + b'\0' * 4096)
# A decompression bomb: a tar of 1 GiB of zeros, zstd-compressed to a few kB.
bomb = tarfile.TarInfo('zeros')
bomb.size = 1 << 30
bomb.mtime = MTIME
proc = subprocess.Popen(['zstd', '-q', '-19', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out = []
import threading
reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))
reader.start()
proc.stdin.write(bomb.tobuf(tarfile.PAX_FORMAT))
chunk = b'\0' * (1 << 20)
for _ in range(1024):
    proc.stdin.write(chunk)
proc.stdin.write(b'\0' * 1024)
proc.stdin.close()
reader.join()
proc.wait()
put('bomb.tar.zst', out[0])
# Two images in one docker-archive: which one is meant must be said.
tiny_hex = sha(tiny_config)
write_tar(os.path.join(BAD, 'two-images.tar'), [
    ('aaaa/layer.tar', tiny_layer),
    (f'{tiny_hex}.json', tiny_config),
    ('manifest.json', jbytes([{'Config': f'{tiny_hex}.json', 'RepoTags': ['tiny:one'], 'Layers': ['aaaa/layer.tar']}, {'Config': f'{tiny_hex}.json', 'RepoTags': ['tiny:two'], 'Layers': ['aaaa/layer.tar']}])),
])
