# title: xattr whiteouts (xwhiteouts) in a lower layer
# description: A lower layer can mark a name deleted with an empty
#   regular file carrying trusted.overlay.whiteout. Lookup always treats
#   such a file as a whiteout. readdir hides it only if its parent
#   directory carries trusted.overlay.opaque=x; elsewhere it is listed
#   but cannot be looked up (unresolvable).
# title.zh: 下层中的扩展属性白化（xwhiteout）
# description.zh: 下层可以用一个带 trusted.overlay.whiteout 的空普通文件把某个名字标记为已删除。查找总是把这种文件当作白化文件。只有当其父目录带有 trusted.overlay.opaque=x 时，readdir 才会隐藏它；在其他地方它会被列出，但无法查找（unresolvable）。
mkdir top base upper work merged
mkdir top/d top/plain base/d base/plain
echo "base" > base/d/gone.txt
echo "base" > base/plain/kept.txt
echo "base" > base/d/stays.txt
touch top/d/gone.txt top/plain/kept.txt
setfattr -n trusted.overlay.whiteout -v y top/d/gone.txt
setfattr -n trusted.overlay.whiteout -v y top/plain/kept.txt
setfattr -n trusted.overlay.opaque -v x top/d
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
ls merged/d merged/plain
cat merged/d/gone.txt
cat merged/plain/kept.txt
umount merged
