# title: Lesson 9: Docker’s overlay2 on disk
# description: Docker’s overlay2 storage driver is the overlay you have been
#   building, plus a naming scheme. Under /var/lib/docker/overlay2 every
#   layer is a directory named by its id; a container is mounted with its
#   image’s layers as lowerdirs, a writable layer of its own as upperdir,
#   and an extra “-init” layer in between. This lesson builds that layout
#   in docker/overlay2 (ids shortened from 64 hex digits) and mounts it
#   the way Docker does.
# title.zh: 第 9 课：Docker 的 overlay2 在磁盘上的样子
# description.zh: Docker 的 overlay2 存储驱动，就是你一直在搭建的 overlay，再加上一套命名规则。在 /var/lib/docker/overlay2 下，每一层是一个以其 id 命名的目录；容器挂载时，镜像的各层作为 lowerdir，容器自己的可写层作为 upperdir，中间还夹着一个额外的“-init”层。本课在 docker/overlay2 中搭出这套布局（id 从 64 位十六进制缩短了），并像 Docker 那样挂载它。
mkdir -p docker/overlay2/l docker/overlay2/3f8e1c/diff/etc docker/overlay2/3f8e1c/diff/bin
echo "PRETTY_NAME=Debian GNU/Linux 12" > docker/overlay2/3f8e1c/diff/etc/os-release
echo "shell" > docker/overlay2/3f8e1c/diff/bin/sh
printf "%s" 6Y5IM2XC7TSNIJZZFLJCS6EQNE > docker/overlay2/3f8e1c/link
ln -s ../3f8e1c/diff docker/overlay2/l/6Y5IM2XC7TSNIJZZFLJCS6EQNE
mkdir -p docker/overlay2/9b02d7/diff/etc/nginx docker/overlay2/9b02d7/diff/usr/sbin docker/overlay2/9b02d7/work
echo "worker_processes auto;" > docker/overlay2/9b02d7/diff/etc/nginx/nginx.conf
echo "nginx binary" > docker/overlay2/9b02d7/diff/usr/sbin/nginx
printf "%s" LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB > docker/overlay2/9b02d7/link
ln -s ../9b02d7/diff docker/overlay2/l/LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB
printf "%s" l/6Y5IM2XC7TSNIJZZFLJCS6EQNE > docker/overlay2/9b02d7/lower
touch docker/overlay2/3f8e1c/committed
mkdir -p docker/overlay2/c41a55-init/diff/etc docker/overlay2/c41a55-init/diff/dev/pts docker/overlay2/c41a55-init/diff/dev/shm docker/overlay2/c41a55-init/diff/proc docker/overlay2/c41a55-init/diff/sys docker/overlay2/c41a55-init/work
touch docker/overlay2/c41a55-init/diff/.dockerenv docker/overlay2/c41a55-init/diff/etc/hosts docker/overlay2/c41a55-init/diff/etc/hostname docker/overlay2/c41a55-init/diff/etc/resolv.conf docker/overlay2/c41a55-init/diff/dev/console
printf "%s" R7TQK2MZ5NW3XJ4HB6VCDLPE2Y > docker/overlay2/c41a55-init/link
ln -s ../c41a55-init/diff docker/overlay2/l/R7TQK2MZ5NW3XJ4HB6VCDLPE2Y
printf "%s" l/LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB:l/6Y5IM2XC7TSNIJZZFLJCS6EQNE > docker/overlay2/c41a55-init/lower
touch docker/overlay2/9b02d7/committed
mkdir -p docker/overlay2/c41a55/diff docker/overlay2/c41a55/work docker/overlay2/c41a55/merged
printf "%s" X2HFPZ6QW4MJ7KC3TNE5VYLRGA > docker/overlay2/c41a55/link
ln -s ../c41a55/diff docker/overlay2/l/X2HFPZ6QW4MJ7KC3TNE5VYLRGA
printf "%s" l/R7TQK2MZ5NW3XJ4HB6VCDLPE2Y:l/LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB:l/6Y5IM2XC7TSNIJZZFLJCS6EQNE > docker/overlay2/c41a55/lower
touch docker/overlay2/c41a55-init/committed
cd docker/overlay2
# solution
mount -t overlay overlay -o index=off,lowerdir=l/R7TQK2MZ5NW3XJ4HB6VCDLPE2Y:l/LMQ4VJ3H2KQ7D5XW4GZ2OAX3RB:l/6Y5IM2XC7TSNIJZZFLJCS6EQNE,upperdir=c41a55/diff,workdir=c41a55/work c41a55/merged
echo "web-1" > c41a55/merged/etc/hostname
