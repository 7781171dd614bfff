# title: A Docker overlay2-style mount through short-name symlinks
# description: overlay2 keeps each layer's files in <id>/diff and a short
#   symlink l/<ID> to it; the container's lowerdir lists those symlinks.
#   Layer paths are resolved through symlinks, so the mount works the same
#   as with the real paths, and the writes land in the container's diff.
mkdir -p overlay2/l overlay2/base/diff overlay2/app/diff overlay2/ctr/diff overlay2/ctr/work overlay2/ctr/merged
echo "os file" > overlay2/base/diff/os-release
echo "app binary" > overlay2/app/diff/app
ln -s ../base/diff overlay2/l/BASE
ln -s ../app/diff overlay2/l/APP
cd overlay2
mount -t overlay overlay -o lowerdir=l/APP:l/BASE,upperdir=ctr/diff,workdir=ctr/work ctr/merged
ls ctr/merged
echo "edited in container" > ctr/merged/os-release
rm ctr/merged/app
umount ctr/merged
