# title: chmod on a lower directory copies up only the directory
# description: A directory is copied up without its children: upper gets
#   an empty directory with the new mode and trusted.overlay.origin; the
#   merged view still lists the lower children.
# title.zh: 对下层目录 chmod 只 copy-up 目录本身
# description.zh: 目录 copy-up 时不带子项：上层得到一个带新权限和 trusted.overlay.origin 的空目录；合并视图中仍列出下层的子项。
mkdir lower upper work merged
mkdir lower/dir
echo "child" > lower/dir/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
chmod 700 merged/dir
ls merged/dir
touch merged/dir
umount merged
