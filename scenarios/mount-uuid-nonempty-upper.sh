# title: A non-empty upper still gets a uuid on its first mount
# description: uuid=auto looks for trusted.overlay.impure on the upper
#   root, not for files: an upper filled by hand (even with a directory)
#   gets trusted.overlay.uuid on its first mount.
# title.zh: 非空的上层在第一次挂载时仍会得到 uuid
# description.zh: uuid=auto 在上层根目录上查找的是 trusted.overlay.impure，而不是文件：手工填充的上层（即使含有目录）在第一次挂载时也会得到 trusted.overlay.uuid。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
echo "from upper" > upper/b.txt
mkdir upper/dir
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
umount merged
