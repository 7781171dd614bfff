# title: What mount does with work/index entries left behind
# description: At mount, ovl_indexdir_cleanup checks each index entry that
#   no upper name links (ovl_verify_index). A file whose lower has one link
#   is an orphan; one whose lower has more is counted by its nlink xattr
#   ("U" from the index, "L" from the lower). With nfs_export=on an orphan
#   becomes a whiteout, made in work/index and kept there; without, it is
#   removed. An entry whose lower is gone is stale and removed either way.
#   nfs_export also checks directory entries: one whose upper directory was
#   removed is an orphan, and looking that directory up then fails (EIO).
# title.zh: 挂载时如何处理 work/index 中遗留的索引项
# description.zh: 挂载时 ovl_indexdir_cleanup 检查每个没有上层名字链接的索引项（ovl_verify_index）。下层只有一个链接的文件是孤儿；下层有多个链接的，由其 nlink xattr 计数（"U" 相对索引，"L" 相对下层）。nfs_export=on 时孤儿变成 whiteout（在 work/index 中创建并保留在那里）；否则被删除。下层已不存在的索引项是陈旧的，两种情况下都被删除。nfs_export 也检查目录索引项：上层目录已被删除的是孤儿，之后查找该目录会失败（EIO）。
mkdir l upper work merged
echo c > l/c
echo h > l/h
ln l/h l/h2
echo g > l/g
ln l/g l/g2
echo k > l/k
ln l/k l/k2
echo s > l/s
mkdir l/d l/e
echo in > l/d/f
echo in > l/e/f
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,nfs_export=on ./merged
cat merged/c
mknod upper/c c 0 0
rm merged/c
echo more >> merged/h
echo more >> merged/g
echo more >> merged/k
echo more >> merged/s
touch merged/d/new merged/e/new
umount merged
rm upper/g upper/k
rm l/h l/h2 l/k l/k2
rm -r upper/d
rm upper/s
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,nfs_export=on ./merged
ls merged merged/d merged/e
cat merged/c merged/g merged/g2 merged/s
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,index=on ./merged
ls merged
umount merged
