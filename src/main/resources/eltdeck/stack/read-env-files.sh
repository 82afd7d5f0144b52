# Prints files of the VM in one command (run as sh -c SCRIPT sh PATH...), framed so that no content can pass for
# the framing: first "H HOME" (the login user's home), then for each PATH in order one part:
#   M            there is no such file
#   E REASON     it cannot be read, and why (on one line)
#   F BYTES      then exactly BYTES bytes of content, a newline, and "=" on a line, or "~" when the file's size
#                changed while it was read (the content is then cut or padded with NUL bytes to BYTES).
# A PATH that starts with "~/" is under the home directory.
printf 'H %s\n' "$HOME"
for f in "$@"; do
    case $f in "~/"*) f=$HOME/${f#"~/"} ;; esac
    if [ ! -e "$f" ]; then
        echo M
    elif ! n=$(wc -c 2>/dev/null < "$f"); then
        printf 'E %s\n' "$(cat -- "$f" 2>&1 >/dev/null | tr '\n' ' ')"
    else
        n=$((n))
        printf 'F %s\n' "$n"
        { cat -- "$f" 2>/dev/null; cat /dev/zero; } | head -c "$n"
        now=$(wc -c 2>/dev/null < "$f") && [ "$((now))" -eq "$n" ] && printf '\n=\n' || printf '\n~\n'
    fi
done
