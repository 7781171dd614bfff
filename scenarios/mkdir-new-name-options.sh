# title: mkdir of a fresh name: plain by default, opaque with redirect/index/metacopy/xino
# description: A directory created where nothing existed below is plain
#   with default options. With redirect_dir=on, metacopy=on, xino=on or
#   index=on, a directory created in a merged parent (here the root) is
#   marked trusted.overlay.opaque=y; one created in a pure-upper parent
#   (merged/index/a) stays plain.
# title.zh: mkdir 新名字：默认是普通目录，开启 redirect/index/metacopy/xino 时为不透明目录
# description.zh: 在下层原本不存在的位置创建的目录，在默认选项下是普通目录。开启 redirect_dir=on、metacopy=on、xino=on 或 index=on 时，在合并的父目录（这里是根目录）中创建的目录会被标记为 trusted.overlay.opaque=y；在纯上层父目录（merged/index/a）中创建的目录仍是普通目录。
mkdir lower upper work merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
mkdir merged/plain
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,redirect_dir=on ./merged
mkdir merged/redirect
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
mkdir merged/metacopy
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,xino=on ./merged
mkdir merged/xino
umount merged
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,index=on ./merged
mkdir merged/index
mkdir -p merged/index/a/b
umount merged
