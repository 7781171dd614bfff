# title: Opaque directories set by hand in upper and in a lower
# description: trusted.overlay.opaque=y on an upper directory hides all
#   lower contents of that name. On a middle lower it hides the layers
#   below it but merges with the layers above.
# title.zh: 在上层和下层中手工设置的不透明目录
# description.zh: 上层目录上的 trusted.overlay.opaque=y 会遮住该名字在所有下层中的内容。设置在中间下层时，它遮住其下的层，但与其上的层合并。
mkdir top middle base upper work merged
mkdir upper/u base/u top/m middle/m base/m
echo "hidden" > base/u/hidden.txt
echo "shown" > upper/u/shown.txt
echo "top" > top/m/t.txt
echo "middle" > middle/m/m.txt
echo "base" > base/m/b.txt
setfattr -n trusted.overlay.opaque -v y upper/u
setfattr -n trusted.overlay.opaque -v y middle/m
mount -t overlay overlay -o lowerdir=./top:./middle:./base,upperdir=./upper,workdir=./work ./merged
ls merged/u merged/m
getfattr -d -m - merged/u
umount merged
