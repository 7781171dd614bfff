# title: userxattr: a copied-up symlink records no origin
# description: user.* extended attributes exist only on regular files and
#   directories, so under -o userxattr a symlink copied up (here by a
#   rename) gets no user.overlay.origin, while a file beside it does. The
#   overlay still knows where the symlink came from while it is mounted:
#   the directory it moves into is marked user.overlay.impure.
# title.zh: userxattr：copy-up 的符号链接不记录 origin
# description.zh: user.* 扩展属性只存在于普通文件和目录上，所以在 -o userxattr 下，被 copy-up 的符号链接（这里由重命名触发）不会得到 user.overlay.origin，而旁边的文件会得到。挂载期间 overlay 仍然知道符号链接来自哪里：它移入的目录会被标记为 user.overlay.impure。
mkdir lower upper work merged
mkdir lower/d lower/e
ln -s target lower/d/link
echo f > lower/d/file
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,userxattr ./merged
mv merged/d/link merged/e/link
mv merged/d/file merged/e/file
readlink merged/e/link
ls merged/d merged/e
umount merged
