# title: An xattr whiteout in the upper layer
# description: Lookup treats any empty regular file carrying
#   trusted.overlay.whiteout as a whiteout, in the upper too: it hides the
#   lower file. The upper root is not marked opaque=x, so readdir still
#   lists the name, which cannot be looked up (unresolvable).
# title.zh: 上层中的扩展属性白化
# description.zh: 查找会把任何带 trusted.overlay.whiteout 的空普通文件当作白化文件，在上层也一样：它遮住下层文件。上层根目录没有标记为 opaque=x，所以 readdir 仍会列出这个名字，但它无法被查找（unresolvable）。
mkdir lower upper work merged
echo "base" > lower/f.txt
touch upper/f.txt upper/g.txt
setfattr -n trusted.overlay.whiteout -v y upper/f.txt
setfattr -n trusted.overlay.whiteout -v y upper/g.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/f.txt
umount merged
