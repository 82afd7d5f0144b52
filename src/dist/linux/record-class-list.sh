#!/usr/bin/env bash
# Writes lib/app/eltdeck.classlist in a Linux app image: every class the app loads from its start to its first
# painted window, recorded during one such start of the image's own runtime (it then quits), in a data
# directory of its own. From that list a class-data archive is made where the app will run (see
# make-cds-archive.sh): JDK 17 maps an archive only where the jar has the path and time it had when the archive
# was made, so the .deb makes its own when it is installed.
# Needs a display: $DISPLAY, else xvfb-run. Without either it records the command line's start only.
# usage: record-class-list.sh APP_IMAGE_DIR
set -euo pipefail
image=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
record=("$image/lib/runtime/bin/java" "-XX:DumpLoadedClassList=$image/lib/app/eltdeck.classlist"
        -cp "$image/lib/app/eltdeck.jar" eltdeck.Launcher)
export ELTDECK_HOME="$home" ELTDECK_STARTUP_PROBE=1
if [ -n "${DISPLAY:-}" ]; then
  "${record[@]}"
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x800x24" "${record[@]}"
else
  echo "WARNING: no display and no xvfb-run: the class list covers the command line's start only" >&2
  "${record[@]}" --version
fi
wc -l "$image/lib/app/eltdeck.classlist"
