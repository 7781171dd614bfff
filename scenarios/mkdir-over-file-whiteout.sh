# title: mkdir over the whiteout of a file
# description: A directory created where a lower *file* was removed is
#   still made opaque (the kernel only checks that a whiteout was there).
# title.zh: 在文件的白化文件上 mkdir
# description.zh: 在删除了下层*文件*的位置创建的目录，仍会被设为不透明目录（内核只检查那里是否有白化文件）。
mkdir lower upper work merged
echo "a file" > lower/name
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/name
mkdir merged/name
ls merged
umount merged
