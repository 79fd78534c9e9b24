#!/usr/bin/env bash
# Times one start of the installed app (or any launcher given) from the moment it is run, as a
# student clicking the menu entry waits for it: prints the window's own start line
# ({"event":"start",...}, milliseconds from the JVM's creation) with two more figures, in
# milliseconds from running the launcher: mapped_ms, when the X server mapped the
# "Nightlight Lab" window (-1: never seen), and snapshot_ms, when the app had written its
# snapshot (both panes connected, LED answered, a short settle) and ended.
# The probe costs nothing while it waits: xev reports the server's MapNotify events and only
# then does one xwininfo ask whether the window is ours (polling xwininfo every 20 ms takes CPU
# from the app on two cores, about 0.4 s of its start here).
# Run under a display, e.g.: xvfb-run -a -s "-screen 0 1440x900x24" packaging/linux/launch-probe.sh [launcher [png]]
# Exits with the app's status. Needs x11-utils (xev, xwininfo).
set -euo pipefail
app=${1:-/opt/nightlight-lab/bin/nightlight-lab}
work=$(mktemp -d)
png=${2:-$work/window.png}

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
trap 'pkill -P "$watcher" 2>/dev/null || true; kill "$watcher" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.2   # xev is listening

start=$(date +%s%N)
rc=0
timeout 120 "$app" --snapshot "$png" > "$work/out" 2>"$work/err" || rc=$?
ended=$(date +%s%N)
if (( rc != 0 )); then
  cat "$work/err" >&2
fi
line=$(grep '"event":"start"' "$work/out" || echo '{}')
mapped=-1
[[ -s "$work/mapped" ]] && mapped=$(( ($(cat "$work/mapped") - start) / 1000000 ))
line=${line%\}}
[[ "$line" == "{" ]] || line+=","
echo "${line}\"mapped_ms\":$mapped,\"snapshot_ms\":$(( (ended - start) / 1000000 ))}"
exit "$rc"
