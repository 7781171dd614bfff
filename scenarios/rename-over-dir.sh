# title: Renaming a directory over an empty and a non-empty directory
# description: mv -T over a merged directory that still shows entries
#   fails (exit 1, ENOTEMPTY). Over a directory that is empty in the
#   merged view (all whited out) it succeeds: the target is replaced and
#   the lower one stays hidden by making the moved directory opaque.
# title.zh: 把目录重命名到空目录和非空目录上
# description.zh: mv -T 到一个仍显示条目的合并目录上会失败（退出状态 1，ENOTEMPTY）。到一个在合并视图中为空（全部被白化）的目录上则成功：目标被替换，通过把移来的目录设为不透明目录，下层目录仍然被遮住。
mkdir lower upper work merged
mkdir lower/full lower/emptied
echo "f" > lower/full/f.txt
echo "e" > lower/emptied/e.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/src
echo "s" > merged/src/s.txt
mv -T merged/src merged/full
rm merged/emptied/e.txt
mv -T merged/src merged/emptied
ls merged merged/emptied
umount merged
