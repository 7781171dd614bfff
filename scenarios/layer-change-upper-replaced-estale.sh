# title: Upper names replaced behind the overlay: Stale file handle
# description: The overlay keeps the upper object it looked up for each
#   name. When that name in upper/ is removed or replaced by hand, rm,
#   rmdir and mv through merged/ check it under the directory lock
#   (ovl_matches_upper in ovl_remove_upper, ovl_remove_and_whiteout and
#   ovl_rename) and fail with ESTALE, "Stale file handle", changing nothing;
#   the cached name still reads the old object. `2>&1` shows the errno.
#   After a remount the names are looked up afresh and the same commands work.
# title.zh: 上层名字在 overlay 背后被替换：Stale file handle
# description.zh: overlay 为每个名字记住它查找到的上层对象。若 upper/ 中这个名字被手动删除或替换，通过 merged/ 执行的 rm、rmdir 和 mv 会在目录锁下检查它（mv 的目标若只在下层、而 upper/ 中被偷偷放入同名文件，也一样）（ovl_remove_upper、ovl_remove_and_whiteout 与 ovl_rename 中的 ovl_matches_upper），以 ESTALE（"Stale file handle"）失败且不做任何改动；缓存的名字仍读到旧对象。`2>&1` 让错误号可见。重新挂载后名字被重新查找，同样的命令就能成功。
mkdir l upper work merged
echo m > l/m
echo n > l/n
echo o > l/o
mkdir l/dd
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work ./merged
echo u > merged/u
echo v > merged/v
mkdir merged/ud
echo w > merged/w
chmod 600 merged/m merged/n
mkdir merged/dd/sub
rm upper/u
echo other > upper/u
rm upper/v
rmdir upper/ud
mkdir upper/ud
rm upper/m
echo other > upper/m
rm upper/n
rmdir upper/dd/sub
mkdir upper/dd/sub
echo slipped > upper/o
rm merged/u 2>&1
rm merged/v 2>&1
rmdir merged/ud 2>&1
rm merged/m 2>&1
mv merged/n merged/n2 2>&1
mv merged/w merged/m 2>&1
mv merged/w merged/o 2>&1
rmdir merged/dd/sub 2>&1
cat merged/u merged/m merged/n merged/o 2>&1
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work ./merged
rm merged/u merged/m
mv merged/n merged/n2
rmdir merged/ud merged/dd/sub
umount merged
