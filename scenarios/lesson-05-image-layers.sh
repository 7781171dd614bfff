# title: Lesson 5: Image layers: several lowerdirs
# description: A container image is a stack of layers, and overlayfs takes many lower
#   directories: lowerdir=./config:./nginx:./base puts config on top of
#   nginx on top of base (leftmost is highest). Here is an nginx-like
#   image: a base OS layer, a layer that installed nginx, and a layer with
#   your configuration. The middle layer holds a whiteout and an opaque
#   directory, just as a build step that deleted files leaves them.
# title.zh: 第 5 课：镜像层：多个 lowerdir
# description.zh: 容器镜像是一叠层，而 overlayfs 接受多个下层目录：lowerdir=./config:./nginx:./base 表示 config 在 nginx 之上、nginx 在 base 之上（最左边的在最上面）。这里是一个类似 nginx 的镜像：一个基础操作系统层，一个安装了 nginx 的层，还有一个放你自己配置的层。中间层里有一个 whiteout 和一个不透明目录，就像删除过文件的构建步骤留下的那样。
mkdir base nginx config upper work merged
mkdir -p base/etc base/var/lib/apt/lists base/var/www/html
echo "PRETTY_NAME=Debian GNU/Linux 12" > base/etc/os-release
echo "package index, 40 MB" > base/var/lib/apt/lists/deb.debian.org_bookworm_Packages
echo "Apache default page" > base/var/www/html/index.html
echo "old welcome page" > base/var/www/html/welcome.html
mkdir -p nginx/usr/sbin nginx/etc/nginx/conf.d nginx/var/lib/apt/lists nginx/var/www/html
echo "nginx binary" > nginx/usr/sbin/nginx
echo "worker_processes auto;" > nginx/etc/nginx/nginx.conf
echo "server { listen 80; }" > nginx/etc/nginx/conf.d/default.conf
mknod nginx/var/lib/apt/lists/deb.debian.org_bookworm_Packages c 0 0
setfattr -n trusted.overlay.opaque -v y nginx/var/www/html
echo "Welcome to nginx!" > nginx/var/www/html/index.nginx-debian.html
mkdir -p config/etc/nginx/conf.d config/var/www/html
echo "server { listen 80; root /var/www/html; }" > config/etc/nginx/conf.d/default.conf
echo "Hello from my site" > config/var/www/html/index.html
mount -t overlay overlay -o lowerdir=./config:./nginx:./base,upperdir=./upper,workdir=./work ./merged
# solution
echo "server { listen 8080; root /var/www/html; }" > merged/etc/nginx/conf.d/default.conf
