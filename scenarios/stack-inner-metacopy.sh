# title: Stacked overlays: a metacopy file in the inner overlay
# description: The inner overlay (metacopy=on) has copied up only the
#   metadata of a.txt (chmod); its data is still in the inner's lower.
#   The outer overlay sees one file: the inner's mode and owner, the
#   lower's data. Copy-up into the outer takes both, and records an empty
#   origin.
# title.zh: 叠加的 overlay：内层 overlay 中的 metacopy 文件
# description.zh: 内层 overlay（metacopy=on）只 copy-up 了 a.txt 的元数据（chmod）；它的数据仍在内层的下层中。外层 overlay 看到的是一个文件：内层的权限和属主，下层的数据。copy-up 到外层时两者都会带上，并记录一个空的 origin。
mkdir lower upper work merged upper2 work2 merged2
echo "lower a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/a.txt
stat -c '%a %s %n' merged/a.txt
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
stat -c '%a %s %n' merged2/a.txt
cat merged2/a.txt
echo "outer" >> merged2/a.txt
stat -c '%a %s %n' merged2/a.txt upper2/a.txt
cat merged2/a.txt
umount merged2
umount merged
