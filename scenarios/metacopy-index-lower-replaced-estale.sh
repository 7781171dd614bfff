# title: A metacopy's lower replaced under index=on: Stale file handle
# description: A metacopy upper keeps looking in the lower layers for its
#   data, and with index=on the lower found by name must be the one its
#   origin names (ovl_verify_origin in ovl_lookup). Move the lower file away
#   and put a new one at its name, and the name fails with ESTALE; the
#   impure root drops it from the listing. Delete the lower instead, and the
#   origin no longer decodes, so it is ignored and the new file's data is
#   read. Without index=on no origin is checked: both read the new data.
# title.zh: index=on 时 metacopy 的下层被替换：Stale file handle
# description.zh: metacopy 的上层文件仍要到下层寻找数据；index=on 时，按名字找到的下层必须是其 origin 所指的那个（ovl_lookup 中的 ovl_verify_origin）。把下层文件移走并在原名处放一个新文件，该名字就以 ESTALE 失败，impure 的根目录在列表中去掉它。若改为删除下层文件，origin 无法解码而被忽略，读到的是新文件的数据。不用 index=on 时不检查 origin：两者都读到新数据。
mkdir l upper work merged
echo f > l/f
echo g > l/g
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,metacopy=on,index=on ./merged
chmod 600 merged/f merged/g
umount merged
mv l/f l/old
echo new > l/f
rm l/g
echo newg > l/g
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,metacopy=on,index=on ./merged
cat merged/f 2>&1
cat merged/g 2>&1
ls merged
umount merged
mount -t overlay overlay -o lowerdir=./l,upperdir=./upper,workdir=./work,metacopy=on ./merged
cat merged/f merged/g 2>&1
umount merged
