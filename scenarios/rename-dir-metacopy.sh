# title: metacopy=on implies redirect_dir=on for directories
# description: Renaming a lower directory under metacopy=on works like
#   redirect_dir=on: the directory is copied up alone with a relative
#   redirect. Directories never get a metacopy mark.
# title.zh: 对目录而言，metacopy=on 意味着 redirect_dir=on
# description.zh: 在 metacopy=on 下重命名下层目录与 redirect_dir=on 一样：目录本身单独 copy-up 并带上相对 redirect。目录永远不会得到 metacopy 标记。
mkdir lower upper work merged
mkdir lower/dir
echo "x" > lower/dir/x.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 700 merged/dir
mv merged/dir merged/renamed
ls merged/renamed
umount merged
