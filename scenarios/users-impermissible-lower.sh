# title: Other users: an unprivileged caller against a root-owned lower file
# description: As the unionmount-testsuite's impermissible tests: user 1
#   (daemon) may read a root-owned 0644 file through merged/ but not open
#   it for writing, truncate it or set its times (EACCES), and a refused
#   open copies nothing up. As root the same steps succeed.
# title.zh: 其他用户：非特权调用者面对 root 所有的下层文件
# description.zh: 与 unionmount-testsuite 的 impermissible 测试一样：用户 1（daemon）可以通过 merged/ 读取 root 所有的 0644 文件，但不能以写方式打开、截断或设置其时间（EACCES），被拒绝的打开不会 copy-up 任何东西。以 root 执行同样的步骤则会成功。
mkdir lower upper work merged
echo ":xxx:yyy:zzz" > lower/f
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
setpriv --reuid=1 --regid=1 --clear-groups cat merged/f
setpriv --reuid=1 --regid=1 --clear-groups truncate -s 4 merged/f
setpriv --reuid=1 --regid=1 --clear-groups touch merged/f
setpriv --reuid=1 --regid=1 --clear-groups cp lower/f merged/f
setpriv --reuid=1 --regid=1 --clear-groups touch merged/new
setpriv --reuid=1 --regid=1 --clear-groups rm -f merged/f
setpriv --reuid=1 --regid=1 --clear-groups mkdir merged/d
setpriv --reuid=1 --regid=1 --clear-groups chmod 600 merged/f
setpriv --reuid=1 --regid=1 --clear-groups chown 1 merged/f
setpriv --reuid=1 --regid=1 --clear-groups ln merged/f merged/link
stat -c '%U:%G %u:%g %a %s %n' merged/f
truncate -s 4 merged/f
cat merged/f
stat -c '%U:%G %u:%g %a %s %n' merged/f upper/f
