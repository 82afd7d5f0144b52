#!/usr/bin/env bash
# Writes lib/app/eltdeck.classlist in a Linux app image: every class the app loads from its start until it shows
# its profiles, recorded during starts of the image's own runtime in a data directory of their own (the app then
# quits): the first-run screen of a new user, a profile added on the command line, and the window with that
# profile. From that list a class-data archive is made where the app will run (see make-cds-archive.sh): JDK 17
# maps an archive only where the jar has the path and time it had when the archive was made, so the .deb makes
# its own when it is installed.
# Needs a display: $DISPLAY, else xvfb-run. Without either it records the command line's start only.
# usage: record-class-list.sh APP_IMAGE_DIR
set -euo pipefail
image=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export ELTDECK_HOME="$home/data" ELTDECK_STARTUP_PROBE=1

app=("$image/lib/runtime/bin/java" -cp "$image/lib/app/eltdeck.jar")
# A window needs a display: $DISPLAY, else a virtual one from xvfb-run.
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a -s "-screen 0 1280x800x24")

# Runs the app, listing the classes it loads in the file given first; the rest are the app's arguments.
record() {
  local list=$1
  shift
  "${app[@]}" "-XX:DumpLoadedClassList=$list" eltdeck.Launcher "$@"
}

window() {
  "${display[@]}" "${app[@]}" "-XX:DumpLoadedClassList=$1" eltdeck.Launcher
}

if [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null; then
  window "$home/first-run.classlist"
  record "$home/command-line.classlist" profile add sample-vm --host vm.example.com --user deploy >/dev/null
  window "$home/profiles.classlist"
else
  echo "WARNING: no display and no xvfb-run: the class list covers the command line's start only" >&2
  record "$home/command-line.classlist" --version
fi
# One list of them all, each line once, in the order first loaded.
awk '!seen[$0]++' "$home"/*.classlist >"$image/lib/app/eltdeck.classlist"
wc -l "$image/lib/app/eltdeck.classlist"
