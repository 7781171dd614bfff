# title: rmdir of an empty lower directory
# description: rmdir of a directory that exists only in the lower (and is
#   empty) leaves a whiteout in upper/; no copy-up of the directory.
# title.zh: rmdir 空的下层目录
# description.zh: rmdir 一个只存在于下层（且为空）的目录，会在 upper/ 中留下一个白化文件；目录不会被 copy-up。
mkdir lower upper work merged
mkdir lower/empty
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rmdir merged/empty
ls merged
mkdir merged/empty
ls merged/empty
umount merged
