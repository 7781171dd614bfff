# title: metacopy=on: renaming a file copies metadata only
# description: mv of a lower file under metacopy=on makes a metacopy at
#   the new name with trusted.overlay.redirect pointing at the lower
#   name: relative ("a.txt") within the same directory, absolute
#   ("/dir/b.txt") from another one. A whiteout is left at the old name.
#   Writing later copies the data and drops the metacopy mark; the
#   redirect stays.
# title.zh: metacopy=on：重命名文件只复制元数据
# description.zh: 在 metacopy=on 下 mv 一个下层文件，会在新名字处生成一个 metacopy 文件，其 trusted.overlay.redirect 指向下层名字：同一目录内为相对路径（"a.txt"），来自其他目录时为绝对路径（"/dir/b.txt"）。旧名字处留下一个白化文件。之后写入会复制数据并去掉 metacopy 标记，redirect 保留。
mkdir lower upper work merged
mkdir lower/dir
echo "from lower" > lower/a.txt
echo "deep" > lower/dir/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
mv merged/a.txt merged/renamed.txt
mv merged/dir/b.txt merged/moved.txt
cat merged/renamed.txt merged/moved.txt
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
cat merged/renamed.txt merged/moved.txt
echo "data now" >> merged/moved.txt
umount merged
