# title: Which xattr whiteouts a listing hides, and why rmdir still sees them
# description: A lookup that meets a lower directory marked
#   trusted.overlay.opaque=x flags that directory, and the layer it is in
#   (ovl_layer_set_xwhiteouts). Listing a merged directory checks a file for
#   trusted.overlay.whiteout only in flagged layers of a flagged directory:
#   never in the upper, never in the lowest layer, not in a directory found
#   in one layer only; elsewhere the xattr whiteout is listed and cannot be
#   looked up. The root is flagged at mount from its lower roots (the lowest
#   again not read). The check is made while listing (ovl_iterate),
#   after the list is built, so the emptiness check of rmdir and rm -r counts
#   an xattr whiteout as a name: ENOTEMPTY for a directory `ls` shows empty.
# title.zh: 列目录会隐藏哪些扩展属性白化，以及 rmdir 为何仍看得到它们
# description.zh: 查找时若遇到带 trusted.overlay.opaque=x 标记的下层目录，会同时标记该目录和它所在的层（ovl_layer_set_xwhiteouts）。列出合并目录时，只有在被标记的目录、且在被标记的层中，才检查文件是否带 trusted.overlay.whiteout：上层从不检查，最底层从不检查，只存在于一层的目录也不检查；其他情况下扩展属性白化会被列出但无法查找。根目录在挂载时依据各下层的根目录被标记（同样不读最底层）。该检查在列目录时（ovl_iterate）、列表建好之后才做，因此 rmdir 和 rm -r 的判空把扩展属性白化算作一个名字：`ls` 显示为空的目录也会得到 ENOTEMPTY。
mkdir top mid base upper work merged
mkdir top/d mid/d base/d top/e base/e top/solo upper/u top/m base/m upper/m
mkdir top/c mid/c mid/a top/b2 base/b2
echo base > base/d/a
echo base > base/d/b
echo base > base/e/x
echo base > base/rw
echo base > base/m/t
touch top/d/a top/d/new mid/d/b top/e/x top/solo/w upper/u/w top/rw mid/c/w mid/a/w base/b2/w upper/m/w top/m/t
echo notempty > top/d/c
setfattr -n trusted.overlay.whiteout -v y top/d/a
setfattr -n trusted.overlay.whiteout -v y top/d/c
setfattr -n trusted.overlay.whiteout -v y top/d/new
setfattr -n trusted.overlay.whiteout -v y mid/d/b
setfattr -n trusted.overlay.whiteout -v y top/e/x
setfattr -n trusted.overlay.whiteout -v y top/solo/w
setfattr -n trusted.overlay.whiteout -v y upper/u/w
setfattr -n trusted.overlay.whiteout -v y top/rw
setfattr -n trusted.overlay.whiteout -v y mid/c/w
setfattr -n trusted.overlay.whiteout -v y mid/a/w
setfattr -n trusted.overlay.whiteout -v y base/b2/w
setfattr -n trusted.overlay.whiteout -v y upper/m/w
setfattr -n trusted.overlay.whiteout -v y top/m/t
setfattr -n trusted.overlay.opaque -v x top
setfattr -n trusted.overlay.opaque -v x top/d
setfattr -n trusted.overlay.opaque -v x top/e
setfattr -n trusted.overlay.opaque -v x top/solo
setfattr -n trusted.overlay.opaque -v x upper/u
setfattr -n trusted.overlay.opaque -v x top/c
setfattr -n trusted.overlay.opaque -v x mid/a
setfattr -n trusted.overlay.opaque -v x base/b2
setfattr -n trusted.overlay.opaque -v x upper/m
setfattr -n trusted.overlay.opaque -v x top/m
mount -t overlay overlay -o lowerdir=./top:./mid:./base,upperdir=./upper,workdir=./work ./merged
ls -a merged merged/a merged/b2 merged/c merged/d merged/e merged/m merged/solo merged/u
cat merged/rw merged/d/a merged/d/b merged/d/c merged/c/w merged/m/w merged/m/t 2>&1
rmdir merged/e 2>&1
rm -r merged/d 2>&1
ls merged/d merged/e
umount merged
setfattr -x trusted.overlay.opaque mid/a
mount -t overlay overlay -o lowerdir=./top:./mid:./base,upperdir=./upper,workdir=./work ./merged
ls merged/c
umount merged
