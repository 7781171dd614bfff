# title: lowerdir=a:b:c stacks a over b over c, upper above all
# description: The same file name in every layer shows the topmost copy;
#   a directory present in several layers merges all their entries.
# title.zh: lowerdir=a:b:c 把 a 叠在 b 上、b 叠在 c 上，上层在最上面
# description.zh: 同一文件名在每一层都有时，显示最上面的那份；在多个层中都存在的目录会合并所有层的条目。
mkdir a b c upper work merged
mkdir a/d b/d c/d
echo "from a" > a/x.txt
echo "from b" > b/x.txt
echo "from c" > c/x.txt
echo "from b" > b/y.txt
echo "from c" > c/y.txt
echo "from c" > c/z.txt
echo "a" > a/d/a.txt
echo "b" > b/d/b.txt
echo "c" > c/d/c.txt
echo "from upper" > upper/z.txt
mount -t overlay overlay -o lowerdir=./a:./b:./c,upperdir=./upper,workdir=./work ./merged
cat merged/x.txt merged/y.txt merged/z.txt
ls merged/d
umount merged
