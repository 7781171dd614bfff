# title: Editing a deep file copies up its parent directories
# description: Writing lower/a/b/c.txt through merged/ copies up a and b
#   (empty, with their modes and a trusted.overlay.origin each) and then
#   the file. Every upper parent that receives an entry with an origin is
#   marked impure, the root too. Siblings stay below.
# title.zh: 编辑深层文件会 copy-up 其父目录
# description.zh: 通过 merged/ 写入 lower/a/b/c.txt 会依次 copy-up a 和 b（空目录，各自带权限和 trusted.overlay.origin），然后是文件本身。每个收到带 origin 条目的上层父目录都被标记为 impure，根目录也一样。兄弟项仍留在下层。
mkdir lower upper work merged
mkdir -p lower/a/b
chmod 700 lower/a
echo "deep" > lower/a/b/c.txt
echo "sibling" > lower/a/b/d.txt
echo "top" > lower/a/e.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
echo "edited" > merged/a/b/c.txt
ls merged/a merged/a/b
umount merged
