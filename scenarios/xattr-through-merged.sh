# title: Extended attributes seen and set through merged/
# description: trusted.overlay.* xattrs are hidden from merged/: getfattr
#   -d -m - lists nothing, and reading or setting one by name fails (exit
#   1). user.* xattrs pass through (setting one copies up). getfattr -d
#   prints "# file:" then name="value" and a blank line.
# title.zh: 通过 merged/ 查看和设置扩展属性
# description.zh: trusted.overlay.* 扩展属性对 merged/ 隐藏：getfattr -d -m - 什么也不列出，按名字读取或设置也会失败（退出状态 1）。user.* 扩展属性可以透传（设置时会 copy-up）。getfattr -d 先打印 "# file:"，然后是 name="value" 和一个空行。
mkdir lower upper work merged
mkdir lower/dir
echo "l" > lower/dir/a.txt
setfattr -n user.note -v lower-note lower/dir/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
getfattr -d merged/dir/a.txt
getfattr -n user.note merged/dir/a.txt
rm merged/dir/a.txt
getfattr -d -m - merged/dir
getfattr -n trusted.overlay.opaque merged/dir
setfattr -n trusted.overlay.opaque -v y merged/dir
setfattr -n trusted.other -v z merged/dir
getfattr -n trusted.other merged/dir
setfattr -n user.tag -v t merged/dir
getfattr -d merged/dir
setfattr -x user.tag merged/dir
getfattr -n user.missing merged/dir
umount merged
