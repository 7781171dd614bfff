# title: Mounting again with other options: redirects, metacopy and index
# description: Made with metacopy=on,redirect_dir=on,index=on: a renamed
#   directory (redirect), a renamed metacopy file, and a lower hard link
#   copied up through the index. Mounted again with redirect_dir=nofollow
#   the redirected directory is refused (EPERM) and drops out of its
#   parent's listing; without metacopy=on the metacopy files are refused
#   too; with index=off the other name of the hard link shows the old
#   lower data, and a write through it copies it up on its own (the link
#   is broken for good); metacopy=on with redirect_dir=follow is refused
#   as conflicting; with the first options again everything is back.
# title.zh: 以其他选项再次挂载：redirect、metacopy 和 index
# description.zh: 以 metacopy=on,redirect_dir=on,index=on 创建：一个重命名过的目录（redirect）、一个重命名过的 metacopy 文件，以及一个通过索引 copy-up 的下层硬链接。以 redirect_dir=nofollow 再次挂载时，带 redirect 的目录被拒绝（EPERM）并从父目录列表中消失；不带 metacopy=on 时 metacopy 文件也被拒绝；index=off 时硬链接的另一个名字显示旧的下层数据，通过它写入会单独 copy-up（链接从此断开）；metacopy=on 与 redirect_dir=follow 同用因冲突被拒绝；用最初的选项挂载后一切恢复。
mkdir lower upper work merged
mkdir -p lower/p/dir lower/d2
echo inside > lower/p/dir/x
echo data > lower/f
echo hl > lower/h1
ln lower/h1 lower/h2
echo m > lower/d2/m
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on,index=on ./merged
mv merged/p/dir merged/p/moved
mv merged/f merged/g
mv merged/d2/m merged/d2/m2
echo new >> merged/h1
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=nofollow ./merged
ls merged merged/p merged/d2
ls merged/p/moved
cat merged/g
cat merged/d2/m2
cat merged/h1 merged/h2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=off,index=off ./merged
ls merged/p merged/p/moved
cat merged/h1 merged/h2
echo again >> merged/h2
cat merged/h1 merged/h2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=follow ./merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
ls merged merged/p merged/d2
cat merged/g merged/d2/m2 merged/h1 merged/h2 merged/p/moved/x
mv merged/p/moved merged/moved2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on,redirect_dir=on,index=on ./merged
cat merged/g merged/d2/m2 merged/h1 merged/h2 merged/moved2/x
ls merged merged/p
umount merged
