# title: pwd and readlink -f print paths from the workspace root
# description: The oracle shows the workspace as /, as the simulator does.
mkdir -p lower/d upper work merged c
echo hi > lower/d/f
ln -s ../c lower/d/up
mount -t overlay overlay -o lowerdir=./lower,upperdir=./upper,workdir=./work ./merged
pwd
cd merged/d
pwd
readlink -f f
readlink -f up
readlink -f ../d/./f
readlink -f missing
cd ..
readlink -f d/up/x
