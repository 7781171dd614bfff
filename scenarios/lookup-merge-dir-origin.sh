# title: Looking up a merge directory writes origin and impure
# description: A directory present in both upper and lower (made by hand)
#   has no origin xattr; the first lookup through merged/ stores
#   trusted.overlay.origin on the upper directory and marks its upper
#   parent impure. The oracle looks up everything after each step, so
#   this shows right after mount; it happens even on a -o ro mount. A file
#   present in both layers gets nothing.
# title.zh: 查找合并目录时写入 origin 和 impure
# description.zh: 同时存在于上层和下层的目录（手工创建）没有 origin 扩展属性；第一次通过 merged/ 查找时，会在上层目录上存储 trusted.overlay.origin，并把它的上层父目录标记为 impure。oracle 在每一步之后都查找所有内容，所以挂载后立即就能看到；即使是 -o ro 挂载也会发生。两层中都存在的文件则什么都不会得到。
mkdir lower upper work merged
mkdir -p lower/dir/sub upper/dir/sub
echo "l" > lower/f.txt
echo "u" > upper/f.txt
mount -t overlay overlay -o ro,lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged/dir
umount merged
