# Prints files of the VM in one command (run as sh -c SCRIPT sh PATH...), framed by byte counts so that no content
# can pass for the framing. First "H HOME" (the login user's home), then a line for each PATH, in order:
#   M           there is no such file
#   E REASON    it cannot be read, and why (on one line)
#   F           it is read
# then the size in bytes of each F file on a line, their contents one after the other, exactly that long, an empty
# line, and their sizes again after the read (a file that changed meanwhile does not match). Three processes however
# many files: on a busy VM each costs. A PATH that starts with "~/" is under the home directory.
printf 'H %s\n' "$HOME"
asked=$#
for f; do
    case $f in "~/"*) f=$HOME/${f#"~/"} ;; esac
    if [ ! -e "$f" ]; then
        echo M
    elif [ -f "$f" ] && [ -r "$f" ]; then
        echo F
        set -- "$@" "$f"
    elif [ -d "$f" ] || [ ! -r "$f" ]; then
        printf 'E %s\n' "$(cat -- "$f" 2>&1 >/dev/null | tr '\n' ' ')"
    else
        printf 'E %s is not a regular file\n' "$f"
    fi
done
shift "$asked"
[ $# -gt 0 ] || exit 0
stat -L -c %s -- "$@" && cat -- "$@" && echo && stat -L -c %s -- "$@"
