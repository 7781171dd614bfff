# title: setfattr and getfattr: encodings, errors, symlinks
touch f && mkdir d && ln -s f link && ln -s gone dangling
setfattr -n user.text -v hello f && getfattr -n user.text f
setfattr -n user.hex -v 0x414243 f && setfattr -n user.b64 -v 0sQUJD f && setfattr -n user.empty f
setfattr -n user.quoted -v '"a b\101"' f && setfattr -n user.esc -v 'a\\b"c' f
setfattr -n user.bin -v 0x0001ff41 f && setfattr -n user.nl -v 0x610a62 f
getfattr -d f
getfattr -d -e hex f
getfattr -d -e base64 f
getfattr -d -e text f
getfattr -n user.text --only-values f; echo
getfattr -d -m '^user\.[bq]' f
getfattr -n user.missing f; getfattr -n user.text nosuch; getfattr -d nosuch f
setfattr -x user.empty f && getfattr -n user.empty f
setfattr -x user.empty f
setfattr -n user.x -v 1 nosuch
setfattr -n user.x -v 0xZZ f
setfattr f
getfattr
setfattr -n trusted.overlay.opaque -v y d && getfattr -d -m - d
getfattr -d d
setfattr -n user.via -v link link && getfattr -n user.via f
setfattr -h -n user.on -v link link
setfattr -n user.x -v 1 dangling
getfattr -h -d link
getfattr -d -m - link
getfattr -d -m trusted d
