# title: Names with spaces, quotes, backslashes, tabs and other scripts
# description: Overlay rules do not care what a name is made of, but the
#   tools that show names do. A space, quotes, a backslash, a tab, a
#   leading dash, glob characters and UTF-8 names go through copy-up,
#   whiteouts, rename and an opaque directory like any other; ls prints
#   them as they are, tree (C locale) escapes spaces, backslashes and
#   controls and writes non-ASCII bytes in octal.
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
