# title: An image layer's whiteout in a directory no lower layer has
# description: Docker unpacks `.wh.NAME` as a 0/0 character device even when
#   nothing below has NAME. In a directory that only that layer holds (so
#   not merged), overlayfs passes readdir straight through: `ghost` is listed,
#   but lookup takes the whiteout for "no such name", so lstat and cat fail.
#   Where the directory is merged (etc), the same whiteout is filtered out.
# title.zh: 镜像层在下层都没有的目录中的白化文件
# description.zh: 即使下面没有 NAME，Docker 也会把 `.wh.NAME` 解包为 0/0 字符设备。在只有该层拥有的目录中（因此不是合并目录），overlayfs 直接透传 readdir：`ghost` 会被列出，但查找把白化当作“没有这个名字”，所以 lstat 和 cat 失败。在合并目录（etc）中，同样的白化文件会被过滤掉。
mkdir -p overlay2/l1/diff/etc overlay2/l2/diff/newdir overlay2/l2/diff/etc upper work merged
echo "base" > overlay2/l1/diff/etc/os-release
mknod overlay2/l2/diff/newdir/ghost c 0 0
echo "kept" > overlay2/l2/diff/newdir/kept
mknod overlay2/l2/diff/etc/phantom c 0 0
mount -t overlay overlay -o lowerdir=overlay2/l2/diff:overlay2/l1/diff,upperdir=upper,workdir=work merged
ls -a merged/newdir
cat merged/newdir/ghost
ls -a merged/etc
stat -c %F merged/newdir/kept
umount merged
