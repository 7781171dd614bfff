# title: OCI ".wh." files mean nothing to overlayfs
# description: An image layer's whiteout is an empty file .wh.<name> and
#   an opaque marker is .wh..wh..opq. overlayfs does not interpret them:
#   mounted as they are, they show up as ordinary empty files and hide
#   nothing. Docker converts them to 0/0 devices and the opaque xattr when
#   it unpacks a layer.
mkdir base layer upper work merged
mkdir base/dir layer/dir
echo "base a" > base/a.txt
echo "base b" > base/dir/b.txt
touch layer/.wh.a.txt
touch layer/dir/.wh..wh..opq
mount -t overlay overlay -o lowerdir=./layer:./base,upperdir=./upper,workdir=./work ./merged
ls -a merged merged/dir
cat merged/a.txt
umount merged
mknod layer/a.txt c 0 0
setfattr -n trusted.overlay.opaque -v y layer/dir
mount -t overlay overlay -o lowerdir=./layer:./base,upperdir=./upper,workdir=./work ./merged
ls -a merged merged/dir
umount merged
