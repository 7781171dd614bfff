# title: xattr whiteouts for a nested overlay, written through the inner one
# description: Through an overlay, trusted.overlay.* names are escaped: setting
#   trusted.overlay.whiteout on an empty file and trusted.overlay.opaque=x on
#   its directory through ma/ stores trusted.overlay.overlay.* in ua/, and
#   ma/ reads them back unescaped but does not act on them (x stays
#   listed). An overlay stacked on ma/ sees the unescaped names, so for it
#   they are xattr whiteouts: its listing hides them and lookups fail; rmdir
#   still finds the directory not empty. ua/ used directly as a lower layer
#   shows the escaped names, which mean nothing: x is a plain empty file.
# title.zh: 为嵌套 overlay 通过内层写入的扩展属性白化
# description.zh: 通过 overlay 设置的 trusted.overlay.* 名字会被转义：经由 ma/ 给空文件设置 trusted.overlay.whiteout、给其目录设置 trusted.overlay.opaque=x，在 ua/ 中存为 trusted.overlay.overlay.*，ma/ 读回时去掉转义，但自己并不据此行事（x、y 仍被列出）。叠在 ma/ 之上的 overlay 看到的是去掉转义的名字，因此对它来说它们是扩展属性白化：列目录时隐藏，查找失败；rmdir 仍认为目录非空。直接把 ua/ 当作下层时看到的是转义后的名字，没有特殊含义：x 只是一个普通的空文件。
mkdir la ua wa ma lb ub wb mb
mkdir la/d lb/d lb/e
echo inner > la/d/keep
echo base > lb/d/x
echo base > lb/d/y
echo base > lb/e/z
echo base > lb/top
mount -t overlay overlay -o lowerdir=./la,upperdir=./ua,workdir=./wa ./ma
touch ma/d/x ma/d/y ma/top
mkdir ma/e
touch ma/e/z
setfattr -n trusted.overlay.whiteout -v y ma/d/x
setfattr -n trusted.overlay.whiteout -v y ma/top
setfattr -n trusted.overlay.whiteout -v y ma/e/z
setfattr -n trusted.overlay.opaque -v x ma/d
setfattr -n trusted.overlay.opaque -v x ma/e
getfattr -d -m - ma/d ma/d/x
ls ma ma/d
mount -t overlay overlay -o lowerdir=./ma:./lb,upperdir=./ub,workdir=./wb ./mb
ls mb mb/d mb/e
cat mb/d/x mb/d/y mb/top mb/e/z 2>&1
rmdir mb/e 2>&1
umount mb
umount ma
mount -t overlay overlay -o lowerdir=./ua:./lb,upperdir=./ub,workdir=./wb ./mb
ls mb mb/d
cat mb/d/x 2>&1
umount mb
