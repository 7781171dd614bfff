# title: Mounting later with redirect_dir off, follow, nofollow
# description: A redirect written with redirect_dir=on is followed by a
#   later default mount (this kernel's default is "follow";
#   redirect_dir=off also means follow). With redirect_dir=nofollow the
#   redirected directory is refused (EPERM): it drops out of the impure
#   root's listing and ls of it exits 2. A new directory rename under
#   redirect_dir=off fails with EXDEV and mv copies.
# title.zh: 之后以 redirect_dir off、follow、nofollow 挂载
# description.zh: 以 redirect_dir=on 写入的 redirect 会被之后的默认挂载跟随（此内核的默认值为 "follow"；redirect_dir=off 也意味着跟随）。以 redirect_dir=nofollow 挂载时，带 redirect 的目录被拒绝（EPERM）：它从 impure 根目录的列表中消失，ls 它以 2 退出。在 redirect_dir=off 下新的目录重命名以 EXDEV 失败，mv 改为复制。
mkdir lower upper work merged
mkdir lower/dir lower/other
echo "x" > lower/dir/x.txt
echo "o" > lower/other/o.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/dir merged/renamed
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/renamed
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=nofollow ./merged
ls merged
ls merged/renamed
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=off ./merged
mv merged/other merged/other2
umount merged
