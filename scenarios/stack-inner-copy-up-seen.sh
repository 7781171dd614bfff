# title: Stacked overlays: a copy-up in the inner reaches the outer's cached name
# description: The outer overlay caches the inner overlay's dentry, not the
#   real file behind it. When a write through the inner copies a file up,
#   that dentry answers from the inner's upper from then on, so the outer,
#   which looked the name up before, reads the new text and the new mode
#   without looking it up again; a file the outer has copied up itself is
#   its own and keeps its text.
# title.zh: 叠加的 overlay：内层的 copy-up 会反映到外层已缓存的名字
# description.zh: 外层 overlay 缓存的是内层 overlay 的 dentry，而不是其背后的真实文件。经由内层写入而触发某个文件的 copy-up 后，该 dentry 从此由内层的上层作答，所以之前查找过这个名字的外层无需重新查找，就能读到新内容和新权限；外层自己已经 copy-up 过的文件属于外层，内容保持不变。
mkdir lower upper work merged upper2 work2 merged2
echo "lower a" > lower/a.txt
echo "lower b" > lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
cat merged2/a.txt
echo "outer b" >> merged2/b.txt
echo "inner a" > merged/a.txt
chmod 600 merged/a.txt
echo "inner b" > merged/b.txt
cat merged2/a.txt
stat -c '%a %s %n' merged2/a.txt
cat merged2/b.txt
umount merged2
umount merged
