# title: OCI ".wh." files mean nothing to overlayfs
# description: An image layer's whiteout is an empty file .wh.<name> and
#   an opaque marker is .wh..wh..opq. overlayfs does not interpret them:
#   mounted as they are, they show up as ordinary empty files and hide
#   nothing. Docker converts them to 0/0 devices and the opaque xattr when
#   it unpacks a layer.
# title.zh: OCI 的 ".wh." 文件对 overlayfs 毫无意义
# description.zh: 镜像层中的白化是一个空文件 .wh.<name>，不透明标记是 .wh..wh..opq。overlayfs 不解释它们：原样挂载时，它们显示为普通的空文件，什么也不遮住。Docker 在解包层时把它们转换为 0/0 设备和 opaque 扩展属性。
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
