# title: Stacked overlays: the outer overlay looks names up through the inner one
# description: A lower layer may be another overlay's merged/. The outer
#   overlay's lookups and listings go through the inner overlay, so it
#   sees the inner's merged view: a name the inner whites out is simply
#   absent there, and the search goes on to the next lower layer (base/
#   here); a directory the inner made opaque is not opaque to the outer,
#   which still merges base/'s copy beneath it. A file created in the
#   inner after the outer was mounted shows through too.
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
