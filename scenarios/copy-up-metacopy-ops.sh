# title: metacopy=on: which operations copy metadata only
# description: chmod-like operations that do not open the file
#   (setfattr, ln) make a metacopy: mark, origin, no data; ln also
#   stores an absolute redirect on both names. touch opens the file for
#   writing, so it copies the data, like truncate and >>/>. Each file
#   below is acted on once.
# title.zh: metacopy=on：哪些操作只复制元数据
# description.zh: 不打开文件的类 chmod 操作（setfattr、ln）会生成 metacopy：有标记和 origin，没有数据；ln 还会在两个名字上都存储绝对 redirect。touch 以写方式打开文件，所以会复制数据，truncate 和 >>/> 也一样。下面每个文件只操作一次。
mkdir lower upper work merged
echo "touched" > lower/touch.txt
echo "setfattr" > lower/xattr.txt
echo "linked" > lower/link.txt
echo "truncated" > lower/trunc.txt
echo "appended" > lower/append.txt
echo "overwritten" > lower/over.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
touch merged/touch.txt
setfattr -n user.tag -v x merged/xattr.txt
ln merged/link.txt merged/link2.txt
truncate -s 4 merged/trunc.txt
echo "more" >> merged/append.txt
echo "new" > merged/over.txt
umount merged
