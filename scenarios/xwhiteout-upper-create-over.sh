# title: xattr whiteouts in the upper layer: creating and renaming over them
# description: An empty upper file marked trusted.overlay.whiteout is a
#   whiteout to lookup in the upper layer too (ovl_path_is_whiteout), even
#   in a directory not marked opaque=x: the name does not exist. readdir of
#   the upper layer does not check for them, so the name is listed but
#   cannot be looked up, until the upper root is impure and readdir looks
#   each upper name up and drops it. Creating a file over it, or renaming
#   onto it, replaces it as it would a 0/0 whiteout. In a lower directory
#   that is not merged nor marked opaque=x, one is listed but cannot be
#   removed (ENOENT).
# title.zh: 上层中的扩展属性 whiteout：在其上创建和重命名
# description.zh: 上层中带 trusted.overlay.whiteout 的空文件，在上层查找时同样是 whiteout（ovl_path_is_whiteout），即使所在目录没有 opaque=x 标记：这个名字不存在。上层的 readdir 不检查它们，所以名字会被列出却无法查找，直到上层根目录变为 impure，readdir 逐个查找上层名字并把它丢掉。在它上面创建文件或把文件重命名到它上面，会像替换 0/0 whiteout 一样替换它。在既未合并、也没有 opaque=x 标记的下层目录中，它会被列出，却无法删除（ENOENT）。
mkdir lower upper work merged
mkdir lower/b upper/b upper/a lower/x
echo f > lower/f
touch upper/d upper/a/c upper/e
touch lower/x/gone upper/g
setfattr -n trusted.overlay.whiteout -v y upper/d
setfattr -n trusted.overlay.whiteout -v y upper/a/c
setfattr -n trusted.overlay.whiteout -v y upper/e
setfattr -n trusted.overlay.whiteout -v y lower/x/gone
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
ls -a merged merged/a
cat merged/d 2>&1
echo two >> merged/a/c
mv merged/g merged/e
touch merged/d
ls -a merged merged/a merged/x
rm merged/x/gone 2>&1
rm merged/d
umount merged
