# title: Shell syntax: lists, statuses, quoting, redirections
# description: Exit statuses through ; && ||, quote removal, echo and
#   printf, and every redirection the language has.
echo plain; echo 'single $x' "double \$y \"q\" \\ \a" mixed'one'"two"
echo a\ b \# c#d # a comment
false || echo or-ran && echo and-ran
true && false; echo after-semicolon
mkdir d && cd d && pwd && cd .. && pwd
cd nosuch || echo cd-failed
cd d/ && cd ../d/.. && ls
echo first > out.txt; echo second >> out.txt; cat out.txt
cat < out.txt
echo to-null > /dev/null; cat /dev/null < out.txt
ls nosuch 2> err.txt; cat err.txt
ls nosuch out.txt > both.txt 2>&1; cat both.txt
ls nosuch out.txt &> amp.txt; cat amp.txt
ls out.txt nosuch >&2 2>/dev/null
echo > d
echo x > nosuch/f; echo status-was-checked
> created-by-redirect.txt
ls
echo -n no-newline; echo
echo -e 'tab\there\x41\0101\c tail' never
echo -E 'raw\t' -n
echo -- -n -e
echo -nx
printf '%s-%d\n' a 1 b 2 c
printf '%5s|%-5s|%05d|%x|%X|%o|%c|%%|%b\n' ab cd 42 255 255 8 xyz 'a\tb'
printf '%d %i %u\n' -3 '+7' 010
printf '%.3s|%10.4f|%e|%g|%g\n' abcdef 3.14159265 12345.678 0.0001 123456789
printf '%q %q %q\n' 'a b' "it's" ''
printf 'no newline'; echo
printf '%d\n' 12abc
printf 'x\n' extra args
printf '%b|\n' 'stop\chere' more
printf '%s\n'
