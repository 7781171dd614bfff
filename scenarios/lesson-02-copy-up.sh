# title: Lesson 2: Copy-up: changing a file that lives below
# description: The lower layer is never written. So when you change a file that
#   exists only in lower/, the kernel first copies it up into upper/, and
#   your change lands on the copy. This lesson follows one copy-up
#   micro-step by micro-step: the parent directories it needs, the staging
#   in work/work, and the attributes the copy carries.
# title.zh: 第 2 课：copy-up：修改下层的文件
# description.zh: 下层永远不会被写入。所以当你修改一个只存在于 lower/ 的文件时，内核会先把它 copy-up（向上复制）到 upper/，你的修改落在这份副本上。本课逐个微步骤地跟踪一次 copy-up：它需要哪些父目录、在 work/work 中如何暂存，以及副本带有哪些扩展属性。
mkdir lower upper work merged
mkdir -p lower/etc/app
echo "color=blue" > lower/etc/app/app.conf
echo "1.0" > lower/etc/app/VERSION
echo "hello" > lower/readme.txt
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
# solution
echo "color=green" > merged/etc/app/app.conf
