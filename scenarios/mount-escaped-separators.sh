# title: Escaping ':' and ',' in layer paths
# description: In lowerdir a backslash escapes ':' (a layer separator) and
#   ',' (an option separator). Unescaped, the name is split and the mount
#   fails (exit 32).
# title.zh: 在层路径中转义 ':' 和 ','
# description.zh: 在 lowerdir 中，反斜杠可以转义 ':'（层分隔符）和 ','（选项分隔符）。不转义时名字会被拆开，挂载失败（退出状态 32）。
mkdir a:b c,d merged
echo "in a:b" > a:b/x.txt
echo "in c,d" > c,d/y.txt
mount -t overlay overlay -o 'lowerdir=./a\:b:./c\,d' ./merged
ls merged
umount merged
mount -t overlay overlay -o 'lowerdir=./a:b:./c\,d' ./merged
mount -t overlay overlay -o 'lowerdir=./a\:b:./c,d' ./merged
