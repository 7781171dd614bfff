# title: A redirected directory's origin uncovered by hand: Stale file handle
# description: With redirect_dir=on a renamed lower directory is copied up
#   under its new name with a redirect to the old one, and a whiteout hides
#   the old name. Remove that whiteout by hand and mount again: the old name
#   finds the lower directory again, which is already the overlay inode of
#   the renamed directory (keyed by its lower, with an upper). Looking it up
#   fails ovl_verify_inode ("lookup of an uncovered redirect origin") with
#   ESTALE; the root is impure, so its listing looks up the renamed upper
#   names first, whatever their order.
# title.zh: 被重定向目录的原位置被手动暴露：Stale file handle
# description.zh: redirect_dir=on 时，改名的下层目录以新名字 copy-up，带有指向旧名字的 redirect，旧名字处由 whiteout 遮住。手动删除该 whiteout 后重新挂载：旧名字再次找到那个下层目录，而它已经是改名后目录的 overlay inode（以下层为键，且有上层）。查找旧名字时 ovl_verify_inode 失败（"查找到了暴露的重定向来源"），返回 ESTALE；根目录是 impure 的，列目录时先查找上层中改名后的名字，不论它们排序先后。
mkdir l upper work merged
mkdir l/a l/c
echo in > l/a/f
echo in > l/c/f
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/a merged/b
mv merged/c merged/0c
umount merged
rm upper/a upper/c
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
ls merged 2>&1
ls merged/a merged/b merged/c merged/0c 2>&1
umount merged
