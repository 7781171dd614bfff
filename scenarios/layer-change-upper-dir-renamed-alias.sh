# title: An upper directory renamed behind the overlay: its dentry follows the new name
# description: A directory has one dentry. When upper/b is renamed to
#   upper/a behind the overlay and merged/a is then looked up, the overlay
#   finds the directory it already knows as b, and d_splice_alias moves
#   that dentry to the name a. The name b is then looked up afresh: a file
#   put at upper/b shows, where a cached b would still show the directory.
# title.zh: 上层目录在 overlay 背后被改名：它的 dentry 跟随新名字
# description.zh: 一个目录只有一个 dentry。upper/b 在 overlay 背后被改名为 upper/a，之后查找 merged/a 时，overlay 发现这正是它已知名为 b 的目录，d_splice_alias 把那个 dentry 移到名字 a 上。于是名字 b 会被重新查找：放在 upper/b 的文件会显示出来，而若 b 仍被缓存，显示的还会是那个目录。
mkdir lower upper work merged
mkdir lower/x upper/b
echo in > upper/b/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/b
mv upper/b upper/a
cat merged/a/f
echo file > upper/b
cat merged/b
ls merged
umount merged
