# title: Relative layer paths, with .. and from another directory
# description: Layer paths are resolved from the current directory of
#   mount(8), with .. allowed; the mount point too.
# title.zh: 相对的层路径：带 .. 以及从其他目录出发
# description.zh: 层路径从 mount(8) 的当前目录解析，允许使用 ..；挂载点也一样。
mkdir lower upper work merged sub
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=sub/../lower,upperdir=./sub/../upper,workdir=work merged
ls merged
umount merged
cd sub
mount -t overlay overlay -o lowerdir=../lower,upperdir=../upper,workdir=../work ../merged
ls ../merged
umount ../merged
