# title: Lesson 7: Hard links and index=on; metacopy=on
# description: Two refinements for files that live below. Hard links: lower/a.txt and
#   lower/b.txt are one file with two names, but an ordinary copy-up
#   copies only the name you write to, and the two names drift apart;
#   index=on keeps them one file. metacopy=on: changing only a file’s mode
#   or owner does not need its data, so the kernel can copy the metadata
#   alone and leave the data below until the first write.
# title.zh: 第 7 课：硬链接与 index=on；metacopy=on
# description.zh: 针对下层文件的两项改进。硬链接：lower/a.txt 和 lower/b.txt 是同一个文件的两个名字，但普通的 copy-up 只复制你写入的那个名字，两个名字从此各走各路；index=on 能让它们保持为同一个文件。metacopy=on：只改权限或属主时并不需要文件数据，所以内核可以只复制元数据，把数据留在下层，直到第一次写入。
mkdir lower upper work merged
echo "shared" > lower/a.txt
ln lower/a.txt lower/b.txt
echo "4 GB disk image" > lower/big.iso
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
# solution
echo "edited" >> merged/a.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/big.iso
