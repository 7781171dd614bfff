# title: Renaming an opaque directory
# description: A directory re-created over a whiteout is opaque and has
#   no lower to redirect to: it is renamed as is (opaque kept), with a
#   whiteout left at the old name because a lower entry is there, and
#   with redirect_dir=on no redirect is stored.
# title.zh: 重命名不透明目录
# description.zh: 在白化文件上重新创建的目录是不透明目录，没有可重定向到的下层：它被原样重命名（保持不透明），由于那里有下层条目，旧名字处留下白化文件；开启 redirect_dir=on 时也不存储 redirect。
mkdir lower upper work merged
mkdir lower/dir
echo "old" > lower/dir/old.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
rm -r merged/dir
mkdir merged/dir
echo "new" > merged/dir/new.txt
mv merged/dir merged/renamed
ls merged merged/renamed
umount merged
