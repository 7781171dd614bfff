# title: A Docker overlay2-style mount through short-name symlinks
# description: overlay2 keeps each layer's files in <id>/diff and a short
#   symlink l/<ID> to it; the container's lowerdir lists those symlinks.
#   Layer paths are resolved through symlinks, so the mount works the same
#   as with the real paths, and the writes land in the container's diff.
# title.zh: 通过短名符号链接进行 Docker overlay2 风格的挂载
# description.zh: overlay2 把每一层的文件放在 <id>/diff 中，并有一个指向它的短符号链接 l/<ID>；容器的 lowerdir 列出的就是这些符号链接。层路径会经由符号链接解析，所以挂载效果与使用真实路径相同，写入落在容器自己的 diff 中。
mkdir -p overlay2/l overlay2/base/diff overlay2/app/diff overlay2/ctr/diff overlay2/ctr/work overlay2/ctr/merged
echo "os file" > overlay2/base/diff/os-release
echo "app binary" > overlay2/app/diff/app
ln -s ../base/diff overlay2/l/BASE
ln -s ../app/diff overlay2/l/APP
cd overlay2
mount -t overlay overlay -o lowerdir=l/APP:l/BASE,upperdir=ctr/diff,workdir=ctr/work ctr/merged
ls ctr/merged
echo "edited in container" > ctr/merged/os-release
rm ctr/merged/app
umount ctr/merged
