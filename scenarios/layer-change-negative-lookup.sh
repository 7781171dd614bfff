# title: A failed lookup is remembered when the lower changes later
# description: cat of a missing name through merged/ caches a negative
#   lookup. A file then created with that name directly in the lower is
#   listed by readdir but the cached lookup still says "no such file", so
#   it is unresolvable until umount and mount.
# title.zh: 下层之后发生变化时，失败的查找仍被记住
# description.zh: 通过 merged/ cat 一个不存在的名字会缓存一个负查找结果。之后直接在下层创建同名文件，readdir 会列出它，但缓存的查找仍说“no such file”，因此在 umount 并重新 mount 之前它都无法解析。
mkdir lower upper work merged
echo "a" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/late.txt
echo "arrived late" > lower/late.txt
ls merged
cat merged/late.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat merged/late.txt
umount merged
