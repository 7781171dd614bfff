# title: Stacked overlays: with xino, readdir looks every name up
# description: With an overlay among the layers, the layers are on more
#   than one filesystem. With xino=on, or xino=auto and no upper layer,
#   xino is then in effect and readdir of a merged directory looks up each
#   name to remap its inode number (ovl_calc_d_ino). A name the outer has
#   cached as absent (cat looked for it before the inner had it) fails
#   that lookup and is left out of the listing. With an upper layer,
#   xino=auto falls back to off (the overlay layer cannot decode file
#   handles), and so does xino=off: ls lists the name, which stat then
#   cannot find.
# title.zh: 叠加的 overlay：开启 xino 时，readdir 会查找每个名字
# description.zh: 层中有 overlay 时，各层位于不止一个文件系统上。此时 xino=on，或没有上层时的 xino=auto，会生效，对合并目录执行 readdir 时会查找每个名字以重新映射其 inode 号（ovl_calc_d_ino）。外层已缓存为不存在的名字（在内层拥有它之前 cat 查找过它）在这次查找中失败，于是被排除在列表之外。有上层时，xino=auto 会回退为 off（overlay 层无法解码文件句柄），xino=off 也一样：ls 会列出该名字，而 stat 随后找不到它。
mkdir lower upper work merged upper2 work2 merged2 upper3 work3 merged3 base
echo "lower a" > lower/a.txt
echo "base b" > base/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mount -t overlay overlay -o lowerdir=./merged:./base,upperdir=./upper2,workdir=./work2,xino=on ./merged2
cat merged2/late.txt
echo "late" > merged/late.txt
ls merged2
umount merged2
mount -t overlay overlay -o lowerdir=./merged:./base,xino=auto ./merged2
cat merged2/later.txt
echo "later" > merged/later.txt
ls merged2
umount merged2
mount -t overlay overlay -o lowerdir=./merged:./base,upperdir=./upper3,workdir=./work3,xino=auto ./merged3
cat merged3/last.txt
echo "last" > merged/last.txt
ls merged3
umount merged3
umount merged
