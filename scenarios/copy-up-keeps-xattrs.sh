# title: Copy-up copies xattrs, except the overlay's own
# description: A lower file's user.* and other trusted.* xattrs are copied
#   to the upper copy; trusted.overlay.* xattrs of the lower file (here a
#   meaningless opaque on a file) are not copied.
# title.zh: copy-up 复制扩展属性，overlay 自己的除外
# description.zh: 下层文件的 user.* 及其他 trusted.* 扩展属性会复制到上层副本；下层文件上的 trusted.overlay.* 扩展属性（这里是文件上一个无意义的 opaque）不会被复制。
mkdir lower upper work merged
echo "a" > lower/a.txt
setfattr -n user.note -v hi lower/a.txt
setfattr -n trusted.foo -v bar lower/a.txt
setfattr -n trusted.overlay.opaque -v y lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 600 merged/a.txt
umount merged
