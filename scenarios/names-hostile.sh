# title: Names with spaces, quotes, backslashes, tabs and other scripts
# description: Overlay rules do not care what a name is made of, but the
#   tools that show names do. A space, quotes, a backslash, a tab, a
#   leading dash, glob characters and UTF-8 names go through copy-up,
#   whiteouts, rename and an opaque directory like any other; ls prints
#   them as they are, tree (C locale) escapes spaces, backslashes and
#   controls and writes non-ASCII bytes in octal.
# title.zh: 含空格、引号、反斜杠、制表符和其他文字的名字
# description.zh: overlay 的规则不关心名字由什么组成，但显示名字的工具关心。空格、引号、反斜杠、制表符、开头的短横线、通配符和 UTF-8 名字都会像其他名字一样经历 copy-up、白化、重命名和不透明目录；ls 原样打印它们，tree（C locale）会转义空格、反斜杠和控制字符，并把非 ASCII 字节写成八进制。
mkdir lower upper work merged
mkdir -p "lower/dir with space" lower/ünï "lower/sp root"
echo "q" > "lower/dir with space/it's \"quoted\".txt"
echo "u" > lower/ünï/文件.txt
touch 'lower/back\slash' 'lower/tab	x' "lower/sp root/x" lower/-dash 'lower/star*'
ln -s "dir with space/ü" lower/link
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
echo more >> "merged/dir with space/it's \"quoted\".txt"
mv merged/ünï/文件.txt "merged/dir with space/新 名"
rm -- merged/-dash 'merged/star*' 'merged/tab	x'
rm -rf "merged/sp root"
mkdir "merged/sp root"
cat "merged/dir with space/新 名" "merged/dir with space/it's \"quoted\".txt"
tree merged
tree "merged/sp root"
umount merged
