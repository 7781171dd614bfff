# title: A file over a directory, and a directory over a file
# description: Lookup stops at a non-directory: a file in the top lower
#   hides a directory of the same name below. A directory above a file is
#   the answer and does not merge with anything below it.
# title.zh: 文件压在目录上，目录压在文件上
# description.zh: 查找在非目录处停止：最上面的下层中的文件会遮住下面同名的目录。文件之上的目录就是查找结果，不与它下面的任何东西合并。
mkdir top base upper work merged
echo "file on top" > top/thing
mkdir base/thing
echo "hidden" > base/thing/inner.txt
mkdir upper/other
echo "upper child" > upper/other/u.txt
echo "file below" > base/other
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work ./merged
cat merged/thing
ls merged merged/other
umount merged
