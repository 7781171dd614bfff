# title: An xattr on a hard link whose index is up changes the shared upper
# description: With index=on, copying up one name of a lower hard link puts
#   the object in work/index/ and links it as upper/b/a. The other name,
#   merged/c/a, now finds that upper through the index. Setting or removing
#   an xattr on it works on the shared upper inode directly: overlayfs
#   copies up only an object with no upper at all, so upper/c/a is never
#   made (chmod, by contrast, would link it up).
# title.zh: 在索引已有上层的硬链接上设置扩展属性会修改共享的上层
# description.zh: 开启 index=on 时，copy-up 下层硬链接的一个名字会把对象放入 work/index/，并链接为 upper/b/a。另一个名字 merged/c/a 现在通过索引找到这个上层。在它上面设置或删除扩展属性，直接作用于共享的上层 inode：overlayfs 只 copy-up 完全没有上层的对象，所以永远不会生成 upper/c/a（相反，chmod 会把它链接上来）。
mkdir lower upper work merged
mkdir -p lower/b lower/c lower/d
echo "shared" > lower/d/b
ln lower/d/b lower/c/a
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mv merged/d/b merged/b/a
setfattr -x user.k merged/c/a
setfattr -n user.k -v v merged/c/a
getfattr -d merged/b/a
umount merged
