# title: The unionmount-testsuite's impermissible tests, as user bin
# description: After amir73il/unionmount-testsuite tests/impermissible.py:
#   user 2 (bin) against a root-owned 0644 file ":xxx:yyy:zzz", in the
#   lower layer, already in the upper layer, in the middle of three lower
#   layers, and under metacopy=on. Opening it for writing (cp, touch),
#   truncating it and setting its times fail with EACCES, twice, and copy
#   nothing up; reading works; root then succeeds at each.
# title.zh: 以用户 bin 运行 unionmount-testsuite 的 impermissible 测试
# description.zh: 依照 amir73il/unionmount-testsuite 的 tests/impermissible.py：用户 2（bin）面对 root 所有的 0644 文件 ":xxx:yyy:zzz"，分别位于下层、已在上层、三个下层的中间一层，以及 metacopy=on 下。以写方式打开（cp、touch）、截断和设置时间都以 EACCES 失败，两次都如此，且不会 copy-up 任何东西；读取可以；之后 root 每一项都能成功。
mkdir l0 l1 l2 upper work merged
printf ':xxx:yyy:zzz' > l0/low
printf ':xxx:yyy:zzz' > upper/up
printf ':xxx:yyy:zzz' > l1/mid
printf ':xxx:yyy:zzz' > l0/meta
touch empty
mount -t overlay overlay -o lowerdir=./l0:./l1:./l2,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/low
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/low
setpriv --reuid=2 --regid=2 --clear-groups cp empty merged/low
setpriv --reuid=2 --regid=2 --clear-groups touch merged/low
setpriv --reuid=2 --regid=2 --clear-groups touch -c merged/low
setpriv --reuid=2 --regid=2 --clear-groups cat merged/low
truncate -s 4 merged/low
cat merged/low
touch merged/low
cp empty merged/low
cat merged/low
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/up
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/up
setpriv --reuid=2 --regid=2 --clear-groups cp empty merged/up
setpriv --reuid=2 --regid=2 --clear-groups touch merged/up
setpriv --reuid=2 --regid=2 --clear-groups touch -c merged/up
setpriv --reuid=2 --regid=2 --clear-groups cat merged/up
truncate -s 4 merged/up
cat merged/up
touch merged/up
cp empty merged/up
cat merged/up
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/mid
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/mid
setpriv --reuid=2 --regid=2 --clear-groups cp empty merged/mid
setpriv --reuid=2 --regid=2 --clear-groups touch merged/mid
setpriv --reuid=2 --regid=2 --clear-groups touch -c merged/mid
setpriv --reuid=2 --regid=2 --clear-groups cat merged/mid
truncate -s 4 merged/mid
cat merged/mid
touch merged/mid
cp empty merged/mid
cat merged/mid
umount merged
mount -t overlay overlay -o lowerdir=./l0:./l1:./l2,upperdir=./upper,workdir=./work,metacopy=on ./merged
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/meta
setpriv --reuid=2 --regid=2 --clear-groups truncate -s 4 merged/meta
setpriv --reuid=2 --regid=2 --clear-groups cp empty merged/meta
setpriv --reuid=2 --regid=2 --clear-groups touch merged/meta
setpriv --reuid=2 --regid=2 --clear-groups touch -c merged/meta
setpriv --reuid=2 --regid=2 --clear-groups cat merged/meta
truncate -s 4 merged/meta
cat merged/meta
touch merged/meta
cp empty merged/meta
cat merged/meta
setpriv --reuid=2 --regid=2 --clear-groups chmod 666 merged/meta
chmod 666 merged/meta
setpriv --reuid=2 --regid=2 --clear-groups cp empty merged/meta
getfattr -h -n trusted.overlay.metacopy upper/meta
umount merged
