# title: Stacked overlays: the outer overlay looks names up through the inner one
# description: A lower layer may be another overlay's merged/. The outer
#   overlay's lookups and listings go through the inner overlay, so it
#   sees the inner's merged view: a name the inner whites out is simply
#   absent there, and the search goes on to the next lower layer (base/
#   here); a directory the inner made opaque is not opaque to the outer,
#   which still merges base/'s copy beneath it. A file created in the
#   inner after the outer was mounted shows through too.
# title.zh: 叠加的 overlay：外层 overlay 通过内层查找名字
# description.zh: 下层可以是另一个 overlay 的 merged/。外层 overlay 的查找和列目录都经过内层 overlay，所以它看到的是内层的合并视图：内层白化掉的名字在那里根本不存在，查找继续到下一个下层（这里是 base/）；内层设为不透明的目录对外层来说并不是不透明的，外层仍会合并它下面 base/ 中的副本。外层挂载后在内层中创建的文件也会显示出来。
mkdir lower upper work merged base upper2 work2 merged2
mkdir lower/dir
echo "lower a" > lower/a.txt
echo "lower gone" > lower/gone.txt
echo "lower in dir" > lower/dir/old.txt
echo "base gone" > base/gone.txt
mkdir base/dir
echo "base in dir" > base/dir/deep.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/gone.txt
rm -r merged/dir
mkdir merged/dir
echo "inner new" > merged/dir/new.txt
mount -t overlay overlay -o lowerdir=./merged:./base,upperdir=./upper2,workdir=./work2 ./merged2
ls merged2
cat merged2/gone.txt
ls merged2/dir
cat merged2/dir/deep.txt
echo "late" > merged/late.txt
cat merged2/late.txt
umount merged2
umount merged
