# title: Lesson 2: Copy-up: changing a file that lives below
# description: The lower layer is never written. So when you change a file that
#   exists only in lower/, the kernel first copies it up into upper/, and
#   your change lands on the copy. This lesson follows one copy-up
#   micro-step by micro-step: the parent directories it needs, the staging
#   in work/work, and the attributes the copy carries.
mkdir lower upper work merged
mkdir -p lower/etc/app
echo "color=blue" > lower/etc/app/app.conf
echo "1.0" > lower/etc/app/VERSION
echo "hello" > lower/readme.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
echo "color=green" > merged/etc/app/app.conf
