# title: A lower whiteout hides a lower-lower directory; mkdir over it
# description: A whiteout in the middle lower layer hides the base
#   directory. mkdir through merged/ then finds no upper whiteout but a
#   lower one, and still makes the new upper directory opaque.
# title.zh: 下层的白化文件遮住更下层的目录；在其上 mkdir
# description.zh: 中间下层中的白化文件遮住了底层目录。随后通过 merged/ mkdir 时，没有找到上层白化文件，却找到一个下层白化文件，仍然把新的上层目录设为不透明目录。
mkdir top middle base upper work merged
mkdir base/dir
echo "base" > base/dir/x.txt
mknod middle/dir c 0 0
mount -t overlay overlay -o lowerdir=./top:./middle:./base,upperdir=./upper,workdir=./work ./merged
ls merged
mkdir merged/dir
ls merged/dir
umount merged
