# title: Creating a file in a lower-only directory
# description: A create first copies up the parent directory (origin,
#   mode). The new file has no origin, but the parent is not marked
#   impure for it: only entries with an origin (or a redirect) make a
#   directory impure. The root becomes impure because the copied-up
#   directory has an origin.
# title.zh: 在只存在于下层的目录中创建文件
# description.zh: 创建操作会先 copy-up 父目录（origin、权限）。新文件没有 origin，父目录也不会因它被标记为 impure：只有带 origin（或 redirect）的条目才会让目录变为 impure。根目录变为 impure，是因为 copy-up 的目录带有 origin。
mkdir lower upper work merged
mkdir lower/dir
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "new" > merged/dir/new.txt
umount merged
