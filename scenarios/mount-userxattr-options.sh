# title: userxattr: the options it rules out, and those it does not
# description: userxattr cannot be combined with redirect_dir=on or follow,
#   nor with metacopy=on (EINVAL, "conflicting options"); it turns redirect
#   and metacopy off by itself. redirect_dir=nofollow, metacopy=off,
#   index=on, nfs_export=on, xino=on and, since Linux 6.15, verity=on all
#   mount.
# title.zh: userxattr：它排除的选项，和不排除的选项
# description.zh: userxattr 不能与 redirect_dir=on 或 follow 一起使用，也不能与 metacopy=on 一起使用（EINVAL，“conflicting options”）；它会自行关闭 redirect 和 metacopy。redirect_dir=nofollow、metacopy=off、index=on、nfs_export=on、xino=on，以及自 Linux 6.15 起的 verity=on 都能挂载。
mkdir l l2 upper work merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,redirect_dir=on ./merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,redirect_dir=follow ./merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,metacopy=on ./merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,metacopy=on,userxattr ./merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,redirect_dir=nofollow ./merged
umount merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,metacopy=off ./merged
umount merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,index=on,nfs_export=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,xino=on ./merged
umount merged
mount -t overlay overlay -o lowerdir=./l:./l2,upperdir=./upper,workdir=./work,userxattr,verity=on ./merged
umount merged
