# title: index=on keeps lower hard links together
# description: With index=on, copying up one name of a lower file that has
#   two links first creates work/index/<fh> (named by the hex of the lower
#   file handle) and hard-links it as upper/a.txt; both carry origin and
#   trusted.overlay.nlink ("U+0": the overlay link count equals the upper
#   one). b.txt, still only in lower, shows the new content through the
#   index. Copying up b.txt links it to the same index inode.
# title.zh: index=on 让下层硬链接保持在一起
# description.zh: 开启 index=on 时，copy-up 有两个链接的下层文件的一个名字，会先创建 work/index/<fh>（以下层文件句柄的十六进制命名），再把它硬链接为 upper/a.txt；两者都带有 origin 和 trusted.overlay.nlink（"U+0"：overlay 链接数等于上层链接数）。仍只在下层的 b.txt 通过索引显示新内容。之后 copy-up b.txt 会把它链接到同一个索引 inode。
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
echo "via a" >> merged/a.txt
cat merged/b.txt
chmod 600 merged/b.txt
echo "via b" >> merged/b.txt
cat merged/a.txt
umount merged
