# title: Renaming files: lower-only, upper-only, in both, across dirs
# description: A lower file is copied up, renamed in the upper and its old
#   name whited out. An upper-only file is just renamed (no whiteout). A
#   file present in both layers leaves a whiteout. Moving into another
#   directory copies up the destination directory first. Without
#   metacopy no redirect xattr is set on files.
# title.zh: 重命名文件：只在下层、只在上层、两层都有、跨目录
# description.zh: 下层文件先 copy-up，在上层重命名，旧名字被白化。只在上层的文件直接重命名（没有白化）。两层都有的文件会留下白化文件。移到另一个目录时会先 copy-up 目标目录。没有 metacopy 时，文件上不设置 redirect 扩展属性。
mkdir lower upper work merged
mkdir lower/dir
echo "lower only" > lower/lo.txt
echo "upper only" > upper/up.txt
echo "both, lower" > lower/both.txt
echo "both, upper" > upper/both.txt
echo "to move" > lower/move.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/lo.txt merged/lo2.txt
mv merged/up.txt merged/up2.txt
mv merged/both.txt merged/both2.txt
mv merged/move.txt merged/dir/
ls merged merged/dir
umount merged
