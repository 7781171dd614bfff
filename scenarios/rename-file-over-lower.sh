# title: Renaming a file over an existing lower file
# description: mv a.txt b.txt where both are lower files: a.txt is copied
#   up and renamed over b.txt; upper/b.txt is the copy of a.txt (origin of
#   a.txt) and upper/a.txt a whiteout. The lower b.txt is hidden, not
#   changed.
# title.zh: 把文件重命名到已存在的下层文件上
# description.zh: mv a.txt b.txt，两者都是下层文件：a.txt 被 copy-up 并重命名覆盖 b.txt；upper/b.txt 是 a.txt 的副本（带 a.txt 的 origin），upper/a.txt 是白化文件。下层的 b.txt 被遮住，没有被修改。
mkdir lower upper work merged
echo "a" > lower/a.txt
echo "b" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/a.txt merged/b.txt
cat merged/b.txt
ls merged
umount merged
