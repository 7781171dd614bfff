# title: rm of a lower-only, an upper-only and a shared name
# description: Removing an upper-only file just unlinks it. Removing a
#   lower-only file, or a file present in both layers, leaves a whiteout
#   (0/0 character device) in upper/. All whiteouts are hard links to one
#   shared whiteout, work/work/#N, made on the first removal. rm of a
#   missing name fails (exit 1); rm -f of it succeeds.
# title.zh: rm 只在下层、只在上层以及两层共有的名字
# description.zh: 删除只在上层的文件只是 unlink 它。删除只在下层的文件，或两层都有的文件，会在 upper/ 中留下一个白化文件（0/0 字符设备）。所有白化文件都是同一个共享白化文件 work/work/#N 的硬链接，它在第一次删除时生成。rm 不存在的名字会失败（退出状态 1）；rm -f 则成功。
mkdir lower upper work merged
echo "lower only" > lower/lo.txt
echo "upper only" > upper/up.txt
echo "both, lower" > lower/both.txt
echo "both, upper" > upper/both.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/up.txt
rm merged/lo.txt
rm merged/both.txt
rm merged/lo.txt
rm -f merged/lo.txt
ls -a merged
umount merged
