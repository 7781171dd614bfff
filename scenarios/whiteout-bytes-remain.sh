# title: A whiteout hides bytes that are still stored below
# description: Deleting a lower file through merged/ only adds a whiteout
#   to upper/; the lower file and its bytes stay where they were. After
#   umount, the lower still holds it.
# title.zh: 白化文件遮住的字节仍存储在下层
# description.zh: 通过 merged/ 删除下层文件只是在 upper/ 中添加一个白化文件；下层文件及其字节原地不动。umount 之后，下层仍然保存着它。
mkdir lower upper work merged
echo "a big secret that stays in the image" > lower/secret.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
rm merged/secret.txt
ls merged
cat lower/secret.txt
umount merged
cat lower/secret.txt
