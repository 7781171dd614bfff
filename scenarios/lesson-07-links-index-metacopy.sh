# title: Lesson 7: Hard links and index=on; metacopy=on
# description: Two refinements for files that live below. Hard links: lower/a.txt and
#   lower/b.txt are one file with two names, but an ordinary copy-up
#   copies only the name you write to, and the two names drift apart;
#   index=on keeps them one file. metacopy=on: changing only a file’s mode
#   or owner does not need its data, so the kernel can copy the metadata
#   alone and leave the data below until the first write.
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
