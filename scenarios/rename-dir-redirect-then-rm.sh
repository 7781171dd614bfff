# title: redirect_dir=on: removing a renamed directory
# description: rm -r of a directory renamed with a redirect removes its
#   upper copy without leaving a whiteout at the new name (no lower
#   entry has that name); the whiteout at the old name keeps hiding the
#   lower directory.
# title.zh: redirect_dir=on：删除重命名过的目录
# description.zh: rm -r 一个带 redirect 重命名过的目录会删除其上层副本，新名字处不留白化文件（没有下层条目叫这个名字）；旧名字处的白化文件继续遮住下层目录。
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
rm -r merged/renamed
ls merged
umount merged
