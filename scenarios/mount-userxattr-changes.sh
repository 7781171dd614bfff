# title: userxattr: whiteouts, opaque directories, copy-up and rename
# description: Everyday changes through a -o userxattr overlay. Removing
#   lower names leaves 0/0 whiteouts as usual; a directory made over a
#   whiteout is marked user.overlay.opaque; copy-up records
#   user.overlay.origin and marks the parent user.overlay.impure. userxattr
#   turns redirect_dir off, so renaming a lower directory fails with EXDEV
#   and mv copies it. An attribute named user.overlay.X set through merged/
#   is kept escaped as user.overlay.overlay.X; trusted.overlay.X is stored
#   as it is and shown like any other attribute.
# title.zh: userxattr：whiteout、不透明目录、copy-up 与重命名
# description.zh: 通过 -o userxattr 挂载的 overlay 做日常修改。删除下层的名字照常留下 0/0 whiteout；在 whiteout 上新建的目录被标记为 user.overlay.opaque；copy-up 记录 user.overlay.origin，并把父目录标记为 user.overlay.impure。userxattr 会关闭 redirect_dir，所以重命名下层目录会以 EXDEV 失败，mv 改为复制。通过 merged/ 设置的 user.overlay.X 会被转义保存为 user.overlay.overlay.X；trusted.overlay.X 原样保存，并像其他扩展属性一样显示。
mkdir lower upper work merged
mkdir lower/d lower/gone lower/moved
echo a > lower/d/a
echo b > lower/gone/b
echo c > lower/moved/c
echo f > lower/f
echo g > lower/g
setfattr -n trusted.overlay.keep -v t lower/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,userxattr ./merged
rm merged/g
rm -r merged/gone
mkdir merged/gone
ls merged/gone
echo more >> merged/d/a
mv merged/f merged/f2
mv merged/moved merged/renamed
setfattr -n user.overlay.mine -v 1 merged/f2
setfattr -n trusted.overlay.theirs -v 2 merged/f2
getfattr -d -m - merged/f2 merged/gone
ls merged
umount merged
