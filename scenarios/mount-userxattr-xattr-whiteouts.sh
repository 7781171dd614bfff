# title: userxattr: xattr whiteouts in a middle layer
# description: In a lower layer, an empty file marked
#   user.overlay.whiteout inside a directory marked user.overlay.opaque=x
#   is a whiteout to a -o userxattr overlay: it hides the name below and is
#   not listed. The same file marked trusted.overlay.whiteout is an
#   ordinary empty file there. Mounted without userxattr, neither user.*
#   mark counts.
# title.zh: userxattr：中间层的扩展属性 whiteout
# description.zh: 在下层中，位于标记了 user.overlay.opaque=x 的目录里、带 user.overlay.whiteout 的空文件，对以 -o userxattr 挂载的 overlay 是 whiteout：它遮住下面的同名文件，自己也不被列出。带 trusted.overlay.whiteout 的同样的文件在那里只是普通空文件。不带 userxattr 挂载时，user.* 标记都不起作用。
mkdir top mid base merged
mkdir top/d mid/d base/d
echo base > base/d/hidden
echo base > base/d/shown
echo top > top/d/t
touch mid/d/hidden mid/d/shown
setfattr -n user.overlay.whiteout -v y mid/d/hidden
setfattr -n trusted.overlay.whiteout -v y mid/d/shown
setfattr -n user.overlay.opaque -v x mid/d
mount -t overlay overlay -o lowerdir=./top:./mid:./base,userxattr ./merged
ls -a merged/d
cat merged/d/hidden
cat merged/d/shown
umount merged
mount -t overlay overlay -o lowerdir=./top:./mid:./base ./merged
ls -a merged/d
cat merged/d/hidden
umount merged
