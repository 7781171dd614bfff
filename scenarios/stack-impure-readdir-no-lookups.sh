# title: Stacked overlays: an impure directory's listing looks nothing up
# description: readdir of an impure upper directory looks each upper name
#   up for its inode number only when the layers share one st_dev
#   (ovl_same_dev). With another overlay as a lower layer and no xino,
#   they do not, so a name the outer overlay cannot look up (one cached as
#   absent that then appeared in upper/, or an xattr whiteout) stays
#   listed, where on a plain stack it is dropped.
# title.zh: 叠加的 overlay：impure 目录的列举不做查找
# description.zh: 只有当各层共用同一个 st_dev（ovl_same_dev）时，readdir 才会为 impure 上层目录中的每个上层名字查找其 inode 号。当另一个 overlay 作为下层且没有 xino 时，它们并不共用，所以外层 overlay 无法查找的名字（先被缓存为不存在、之后才出现在 upper/ 中的名字，或扩展属性 whiteout）仍会被列出；而在普通的层栈上，它会被丢掉。
mkdir ilower iupper iwork inner base upper work merged
mkdir ilower/b base/b base/c upper/b upper/c
touch upper/x
setfattr -n trusted.overlay.whiteout -v y upper/x
mount -t overlay overlay -o lowerdir=./ilower,upperdir=./iupper,workdir=./iwork ./inner
mount -t overlay overlay -o lowerdir=./inner:./base,upperdir=./upper,workdir=./work ./merged
getfattr -n trusted.overlay.impure upper
cat merged/d 2>&1
echo other > upper/d
ls merged
umount merged
mount -t overlay overlay -o lowerdir=./base,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/e 2>&1
echo late > upper/e
ls merged
umount merged
umount inner
