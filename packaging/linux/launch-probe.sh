#!/usr/bin/env bash
# Times one start of the installed app (or any launcher given) from the moment it is run, as a
# student clicking the menu entry waits for it: prints the window's own start line
# ({"event":"start",...}, milliseconds from the JVM's creation) and mapped_ms, when the X server
# mapped the "Nightlight Lab" window, in milliseconds from running the launcher.
# The probe costs nothing while it waits: xev reports the server's MapNotify events and only
# then does one xwininfo ask whether the window is ours (polling xwininfo every 20 ms, as
# check-deb.sh does, takes CPU from the app on two cores).
# Run under a display, e.g.: xvfb-run -a -s "-screen 0 1440x900x24" packaging/linux/launch-probe.sh
# Needs x11-utils (xev, xwininfo).
set -euo pipefail
app=${1:-/opt/nightlight-lab/bin/nightlight-lab}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xev -root -event substructure 2>/dev/null | while IFS= read -r line; do
  case "$line" in
    MapNotify*)
      IFS= read -r next
      id=$(grep -o 'window 0x[0-9a-f]*' <<<"$next" | awk '{print $2}')
      if xwininfo -id "$id" 2>/dev/null | grep -q '"Nightlight Lab"'; then
        date +%s%N > "$work/mapped"
      fi ;;
  esac
done &
watcher=$!
sleep 0.2   # xev is listening

start=$(date +%s%N)
"$app" --snapshot "$work/window.png" > "$work/out" 2>/dev/null
pkill -P "$watcher" 2>/dev/null || true
kill "$watcher" 2>/dev/null || true
line=$(grep '"event":"start"' "$work/out" || echo '{}')
mapped=-1
[[ -s "$work/mapped" ]] && mapped=$(( ($(cat "$work/mapped") - start) / 1000000 ))
echo "${line%\}},\"mapped_ms\":$mapped}"
