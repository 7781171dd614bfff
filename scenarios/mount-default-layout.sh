# title: What a plain mount writes into upper/ and work/
# description: A default mount (no options) stamps the upper root with
#   trusted.overlay.uuid and creates work/work with mode 0000. Both stay
#   after umount; nothing else appears until something is changed.
# title.zh: 普通挂载往 upper/ 和 work/ 中写了什么
# description.zh: 默认挂载（无选项）会在上层根目录打上 trusted.overlay.uuid，并创建权限为 0000 的 work/work。两者在 umount 后仍然保留；在有改动之前不会出现其他东西。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mkdir lower/dir
echo "from upper" > upper/b.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls merged
cat merged/a.txt
umount merged
ls merged
