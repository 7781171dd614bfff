# title: <> opens read-write: copy-up without truncation
# description: `<>` opens O_RDWR|O_CREAT: a lower file is copied up even
#   when nothing is written (cat reads it through fd 0), a missing name is
#   created empty, and a write lands at offset 0 over the old bytes.
# title.zh: <> 以读写方式打开：copy-up 但不截断
# description.zh: `<>` 以 O_RDWR|O_CREAT 打开：即使什么都不写，下层文件也会被 copy-up（cat 通过 fd 0 读取它），不存在的名字会被创建为空文件，写入从偏移 0 处覆盖旧字节。
mkdir lower upper work merged
echo "hello world" > lower/f
echo "read me" > lower/r
mkdir lower/d
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
cat <> merged/r
echo HEY 1<> merged/f
cat merged/f
: <> merged/created
echo x 1<> merged/d
cat 0<> merged/missing/x
echo 2>&1 err 2<> merged/e
umount merged
mount -t overlay overlay -o lowerdir=./upper:./lower ./merged
cat <> merged/f
echo x 1<> merged/g
umount merged
