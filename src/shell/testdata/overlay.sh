# title: Commands through an overlay: mv EXDEV, cp -a, rm -rf, errors
mkdir lower upper work merged m2 other
mkdir -p lower/d/e && echo a > lower/d/f && echo b > lower/d/e/g && ln -s f lower/d/sl && echo c > lower/file
setfattr -n user.keep -v yes lower/d/f && chmod 750 lower/d/e
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged merged/d
tree merged
mv merged/d merged/d2 && ls merged && tree merged/d2
getfattr -d merged/d2/f
stat -c '%n %a' merged/d2 merged/d2/e
cat merged/d2/e/g
cp -a merged/d2 merged/copy && tree merged/copy && getfattr -d merged/copy/f
cp -r merged/copy merged/copy2 && stat -c '%a' merged/copy2/e
mv merged/file merged/file2 && cat merged/file2
rm -rf merged/copy && ls merged
chmod -R go-rwx merged/d2 && stat -c '%n %a' merged/d2 merged/d2/f merged/d2/e
mkdir merged/newdir && mv merged/newdir merged/renamed && ls merged
rm -r merged/d2 && ls merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./nosuch
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper ./m2
mount -t overlay overlay -o lowerdir=./nosuch:./other ./m2
mount -t overlay overlay -o lowerdir=./lower:./other lower/file
mount -t overlay overlay -o ro,lowerdir=./lower:./other ./m2 && touch m2/x
ls m2
umount m2 && umount m2
umount nosuch
umount other
cd merged && umount ../merged; cd ..
umount merged && ls merged
