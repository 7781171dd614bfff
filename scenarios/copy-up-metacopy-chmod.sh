# title: metacopy=on: chmod copies metadata only
# description: With metacopy=on, chmod of a lower file creates an upper
#   file with the new mode and the full size but no data blocks, marked
#   trusted.overlay.metacopy (empty value) plus origin; reads still come
#   from the lower. Reading the upper file directly shows NUL bytes.
#   A later write copies the data and removes the mark.
# title.zh: metacopy=on：chmod 只复制元数据
# description.zh: 开启 metacopy=on 时，对下层文件 chmod 会创建一个上层文件：新权限、完整大小，但没有数据块，带有 trusted.overlay.metacopy 标记（空值）和 origin；读取仍来自下层。直接读取上层文件只会看到 NUL 字节。之后的写入会复制数据并移除该标记。
mkdir lower upper work merged
echo "from lower" > lower/a.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work,metacopy=on ./merged
chmod 600 merged/a.txt
cat merged/a.txt
echo "appended" >> merged/a.txt
cat merged/a.txt
umount merged
