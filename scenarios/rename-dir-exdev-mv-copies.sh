# title: mv of a lower directory without redirect_dir
# description: rename(2) of a directory that exists in the lower fails
#   with EXDEV without redirect_dir; mv then copies the tree to the new
#   name and removes the old one. The user sees success; upper/ holds a
#   plain new directory whose files are new files (no origin xattr) and
#   a whiteout at the old name.
# title.zh: 没有 redirect_dir 时 mv 下层目录
# description.zh: 没有 redirect_dir 时，对存在于下层的目录执行 rename(2) 会以 EXDEV 失败；mv 于是把整棵树复制到新名字下，再删除旧目录。用户看到的是成功；upper/ 中有一个普通的新目录，其中的文件都是新文件（没有 origin 扩展属性），旧名字处有一个白化文件。
mkdir lower upper work merged
mkdir -p lower/dir/sub
echo "x" > lower/dir/x.txt
echo "y" > lower/dir/sub/y.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mv merged/dir merged/moved
ls merged merged/moved
umount merged
