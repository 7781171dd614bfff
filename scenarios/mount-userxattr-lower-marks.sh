# title: userxattr: which opaque mark a lower layer's directory is read by
# description: A lower directory marked user.overlay.opaque=y is opaque only
#   to an overlay mounted with -o userxattr; one marked
#   trusted.overlay.opaque=y only to an overlay mounted without it. The
#   same two read-only stacks are mounted both ways: each mount merges the
#   directory the other one stops at, and shows the other namespace's
#   mark as an ordinary attribute while hiding its own.
# title.zh: userxattr：下层目录的哪种 opaque 标记会被读取
# description.zh: 带 user.overlay.opaque=y 的下层目录只对以 -o userxattr 挂载的 overlay 是不透明的；带 trusted.overlay.opaque=y 的只对不带该选项挂载的 overlay 是不透明的。同样两层只读栈分别以两种方式挂载：每次挂载都会合并另一种挂载止步的那个目录，并把另一命名空间的标记当作普通扩展属性显示，同时隐藏自己的。
mkdir top base merged
mkdir top/u top/t base/u base/t
echo below > base/u/below
echo below > base/t/below
echo top > top/u/top
echo top > top/t/top
setfattr -n user.overlay.opaque -v y top/u
setfattr -n trusted.overlay.opaque -v y top/t
mount -t overlay overlay -o lowerdir=./top:./base,userxattr ./merged
ls merged/u merged/t
getfattr -d -m - merged/u merged/t
umount merged
mount -t overlay overlay -o lowerdir=./top:./base ./merged
ls merged/u merged/t
getfattr -d -m - merged/u merged/t
umount merged
