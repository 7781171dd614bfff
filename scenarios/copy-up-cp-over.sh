# title: cp over an existing lower file
# description: cp opens the existing destination with O_TRUNC, so the
#   lower file is copied up (origin kept) and overwritten in place.
# title.zh: 用 cp 覆盖已有的下层文件
# description.zh: cp 以 O_TRUNC 打开已存在的目标文件，因此下层文件先被 copy-up（保留 origin），再被原地覆盖。
mkdir lower upper work merged
echo "old" > lower/a.txt
echo "source" > upper/src.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cp merged/src.txt merged/a.txt
cp merged/src.txt merged/new.txt
cat merged/a.txt
umount merged
