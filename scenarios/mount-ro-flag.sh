# title: mount -o ro with an upperdir
# description: A read-only mount with upper and work still stamps the
#   uuid and creates work/work; writes fail with EROFS (status 1).
# title.zh: 带 upperdir 的 mount -o ro
# description.zh: 带上层和 work 的只读挂载仍会写入 uuid 并创建 work/work；写入以 EROFS 失败（状态 1）。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o ro,lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/a.txt
echo "edit" > merged/a.txt
rm -f merged/a.txt
umount merged
