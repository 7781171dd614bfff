# title: A renamed directory keeps the lower it was looked up with
# description: rename(2) moves the dentry: merged/b, looked up (and listed)
#   while base/b was its lower, keeps that lower stack at its new name
#   merged/a, even though a file slipped into top/b behind the overlay's
#   back would now stop a fresh lookup following the redirect "b". Only a
#   new mount looks again.
# title.zh: 重命名后的目录保留查找时的下层
# description.zh: rename(2) 移动的是 dentry：merged/b 在 base/b 作为其下层时被查找（并列出）过，在新名字 merged/a 下仍保留那组下层，尽管绕过 overlay 塞进 top/b 的文件现在会让一次新的查找在跟随 redirect "b" 时停下。只有重新挂载才会重新查找。
mkdir top base upper work merged
mkdir -p base/b
echo "base b/a" > base/b/a
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
echo "late" > top/b
mv merged/b merged/a
ls merged/a
umount merged
mount -t overlay overlay -o lowerdir=./top:./base,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
ls merged/a
umount merged
