# title: Stacked overlays: the inner overlay's own xattrs stay its own
# description: The inner overlay hides its trusted.overlay.* xattrs
#   (origin, opaque, impure) from everything above it, the outer overlay
#   included. Copy-up from an overlay lower keeps user.* xattrs and
#   records an empty trusted.overlay.origin (the inner overlay gives no
#   file handle to decode), for a file and for a directory alike.
# title.zh: 叠加的 overlay：内层 overlay 自己的扩展属性仍归它自己
# description.zh: 内层 overlay 对它上面的一切（包括外层 overlay）隐藏自己的 trusted.overlay.* 扩展属性（origin、opaque、impure）。从 overlay 下层 copy-up 时保留 user.* 扩展属性，并记录一个空的 trusted.overlay.origin（内层 overlay 给不出可解码的文件句柄），文件和目录都一样。
mkdir lower upper work merged upper2 work2 merged2
mkdir lower/dir
echo "lower a" > lower/a.txt
echo "in dir" > lower/dir/f.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setfattr -n user.tag -v inner merged/a.txt
rm merged/dir/f.txt
mount -t overlay overlay -o lowerdir=./merged,upperdir=./upper2,workdir=./work2 ./merged2
getfattr -d -m - merged2/a.txt
getfattr -d -m - merged2/dir
echo "outer" >> merged2/a.txt
touch merged2/dir/new.txt
ls merged2/dir
getfattr -d -m - merged2/a.txt
umount merged2
umount merged
