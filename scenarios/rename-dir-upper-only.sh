# title: Renaming an upper-only directory needs no redirect
# description: A directory created through merged/ (pure upper) is
#   renamed directly, with or without redirect_dir: no xattr, no
#   whiteout.
# title.zh: 重命名只在上层的目录不需要 redirect
# description.zh: 通过 merged/ 创建的目录（纯上层）直接重命名，无论是否开启 redirect_dir：没有扩展属性，没有白化文件。
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/new
echo "n" > merged/new/n.txt
mv merged/new merged/renamed
ls merged
umount merged
