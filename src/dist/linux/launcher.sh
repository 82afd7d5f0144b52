#!/bin/bash
# bin/eltdeck of the Linux app image (and so of the .deb): starts the bundled runtime with the class path, main
# class and JVM options jpackage wrote to lib/app/eltdeck.cfg, adding what jpackage's own launcher adds.
# It replaces that launcher, which at every start asks the package manager which package owns it (rpm -qf, then
# dpkg -S, twice): half a second or more before the JVM even starts, more on a desktop with many packages.
set -euo pipefail

# Through the /usr/bin/eltdeck link, or any other, to the image's bin/; readlink from the system's own
# directories, since the app may be started with a PATH that has none of them.
self=$(PATH=/usr/bin:/bin readlink -f -- "$0")
image=${self%/bin/*}
app=$image/lib/app

if [ ! -r "$app/eltdeck.cfg" ]; then
  echo "eltdeck: cannot read $app/eltdeck.cfg; reinstall ELT Deck" >&2
  exit 1
fi
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    app.classpath=*) classpath=${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/eltdeck.cfg"
if [ -z "$classpath" ] || [ -z "$main" ]; then
  echo "eltdeck: $app/eltdeck.cfg names no class path or main class; reinstall ELT Deck" >&2
  exit 1
fi

# The class-data archive is made for the image where it was built or installed; in a moved image (unzipped
# elsewhere) the JVM would refuse it and start with no shared classes at all. This start goes without it (on the
# runtime's own archive) and, where the image is writable, one is made for here, in the background, for the next.
made_for=
[ ! -r "$app/eltdeck.jsa.for" ] || read -r made_for <"$app/eltdeck.jsa.for" || true
if [ "$made_for" != "$image:$(PATH=/usr/bin:/bin stat -c %Y:%s -- "$app/eltdeck.jar")" ]; then
  for i in "${!options[@]}"; do
    case ${options[$i]} in -XX:SharedArchiveFile=*) unset "options[$i]" ;; esac
  done
  if [ -w "$app" ]; then
    (PATH=/usr/bin:/bin nohup nice -n 10 sh "$app/make-cds-archive.sh" "$image" >/dev/null 2>&1 &)
  fi
fi

exec "$image/lib/runtime/bin/java" "${options[@]//\$APPDIR/$app}" "-Djpackage.app-path=$self" \
  -cp "${classpath//\$APPDIR/$app}" "$main" "$@"
