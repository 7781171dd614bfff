# title: rm -f on a read-only overlay: which failures -f hides
# description: rm -f hides a missing name, but unlink(2) on a read-only
#   overlay answers EROFS before it looks the name up. remove.c's excise
#   then lstat's the name again: missing (ENOENT) stays hidden, while a
#   file named with a trailing slash (lstat: ENOTDIR) keeps its EROFS, so
#   `rm -f merged/c/` fails. Found by the differential fuzzer.
# title.zh: 只读 overlay 上的 rm -f：-f 会隐藏哪些失败
# description.zh: rm -f 会隐藏不存在的名字，但只读 overlay 上的 unlink(2) 在查找名字之前就返回 EROFS。remove.c 的 excise 随后再次 lstat 该名字：不存在（ENOENT）仍被隐藏，而以末尾斜杠指定的文件（lstat：ENOTDIR）保留其 EROFS，所以 `rm -f merged/c/` 失败。由差分模糊测试发现。
mkdir top base merged
echo c > top/c
mkdir top/d
ln -s nowhere top/dang
mount -t overlay overlay -o lowerdir=./top:./base ./merged
rm -f merged/c/
rm -f merged/nofile
rm -f merged/nofile/
rm -f merged/dang/
rm -f merged/c/x
rm -f merged/c
rm -rf merged/d/
ls merged
umount merged
