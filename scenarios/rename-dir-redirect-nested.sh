# title: redirect_dir=on: renaming inside a renamed directory
# description: After a lower directory a/ is renamed to b/ (redirect
#   "a"), renaming its lower child b/sub to b/sub2 stores a relative
#   redirect "sub" on the child: lookup resolves it under the parent's
#   redirected lower directory.
# title.zh: redirect_dir=on：在重命名过的目录内再重命名
# description.zh: 把下层目录 a/ 重命名为 b/（redirect "a"）之后，再把其下层子目录 b/sub 重命名为 b/sub2，会在子目录上存储相对 redirect "sub"：查找时在父目录重定向到的下层目录下解析它。
mkdir lower upper work merged
mkdir -p lower/a/sub
echo "deep" > lower/a/sub/deep.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mv merged/a merged/b
mv merged/b/sub merged/b/sub2
ls merged/b merged/b/sub2
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
cat merged/b/sub2/deep.txt
umount merged
