# title: Values of trusted.overlay.opaque other than "y"
# description: Only "y" makes a directory opaque. "x" marks a directory
#   whose lower layers may hold xattr whiteouts (it is not opaque and
#   merges normally); any other value ("n", "yes") is ignored.
# title.zh: trusted.overlay.opaque 取 "y" 以外的值
# description.zh: 只有 "y" 会让目录变为不透明目录。"x" 标记一个其下层可能含有扩展属性白化（xwhiteout）的目录（它不是不透明的，正常合并）；其他任何值（"n"、"yes"）都被忽略。
mkdir lower upper work merged
mkdir upper/x upper/n upper/yes lower/x lower/n lower/yes
echo "l" > lower/x/l.txt
echo "l" > lower/n/l.txt
echo "l" > lower/yes/l.txt
setfattr -n trusted.overlay.opaque -v x upper/x
setfattr -n trusted.overlay.opaque -v n upper/n
setfattr -n trusted.overlay.opaque -v yes upper/yes
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/x merged/n merged/yes
umount merged
