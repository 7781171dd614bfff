# title: Escaping ':' and ',' in layer paths
# description: In lowerdir a backslash escapes ':' (a layer separator) and
#   ',' (an option separator). Unescaped, the name is split and the mount
#   fails (exit 32).
mkdir a:b c,d merged
echo "in a:b" > a:b/x.txt
echo "in c,d" > c,d/y.txt
mount -t overlay overlay -o 'lowerdir=./a\:b:./c\,d' ./merged
ls merged
umount merged
mount -t overlay overlay -o 'lowerdir=./a:b:./c\,d' ./merged
mount -t overlay overlay -o 'lowerdir=./a\:b:./c,d' ./merged
