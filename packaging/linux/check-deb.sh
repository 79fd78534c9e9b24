#!/usr/bin/env bash
# Checks what `mvn -Pinstaller package` made on Linux; builds nothing. Called by .ci/run.
#   1. the .deb depends on GTK 3 (JavaFX's glass library links it; found because JavaFX's
#      natives sit in the runtime, not extracted to ~/.openjfx at first start)
#   2. the .deb depends on fonts-nanum (Korean) and is under 40 MB
#   3. the app-image starts under Xvfb and, with --snapshot, writes a PNG of its window once
#      both panes are connected; reports seconds to the first frame (window mapped and viewable,
#      needs xwininfo from x11-utils) and to the snapshot.
# Needs: dpkg-deb, xvfb-run; x11-utils for the first-frame time (otherwise only the snapshot's).
set -euo pipefail
cd "$(dirname "$0")/../.."

dir=target/installer
app=$dir/nightlight-lab/bin/nightlight-lab
png=$dir/first-frame.png
limit_mb=40
budget_s=${NIGHTLIGHT_FIRST_FRAME_BUDGET:-1.5}

if [[ "${1:-}" == --under-xvfb ]]; then
  # Inside xvfb-run: start the app, watch for its window, wait for the snapshot.
  rm -f "$png"
  start=$(date +%s%N)
  timeout 120 "$app" --snapshot "$png" &
  pid=$!
  first=""
  while kill -0 "$pid" 2>/dev/null; do
    if [[ -z "$first" ]] && command -v xwininfo >/dev/null; then
      for id in $(xwininfo -root -tree 2>/dev/null | awk '/"Nightlight Lab"/ {print $1}'); do
        if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
          first=$(( ($(date +%s%N) - start) / 1000000 ))
          break
        fi
      done
    fi
    sleep 0.02
  done
  rc=0
  wait "$pid" || rc=$?
  total=$(( ($(date +%s%N) - start) / 1000000 ))
  if [[ $rc -ne 0 || ! -s "$png" ]]; then
    echo "FAIL: the app-image exited $rc without a snapshot" >&2
    exit 1
  fi
  ms() { printf '%d.%02d' $(( $1 / 1000 )) $(( $1 % 1000 / 10 )); }
  if [[ -n "$first" ]]; then
    echo "first frame: $(ms "$first") s (window mapped; budget ${budget_s} s)"
    if (( first > $(awk -v b="$budget_s" 'BEGIN {print int(b * 1000)}') )); then
      echo "NOTE: first frame slower than ${budget_s} s on this machine" >&2
    fi
  else
    echo "first frame: not measured (no xwininfo; install x11-utils)"
  fi
  echo "snapshot:    $(ms "$total") s (both panes connected, LED answered, 0.6 s settle) -> $png ($(stat -c %s "$png") bytes)"
  exit 0
fi

shopt -s nullglob
debs=("$dir"/nightlight-lab_*.deb)
if (( ${#debs[@]} != 1 )); then
  echo "FAIL: expected one $dir/nightlight-lab_*.deb, found ${#debs[@]} (run mvn -Pinstaller package)" >&2
  exit 1
fi
deb=${debs[0]}

depends=$(dpkg-deb -f "$deb" Depends)
# Ubuntu 24.04 and later name it libgtk-3-0t64 (which also provides libgtk-3-0)
if ! grep -Eq '(^|, *)libgtk-3-0(t64)?( |,|$)' <<<"$depends"; then
  echo "FAIL: $deb does not depend on libgtk-3-0. Depends: $depends" >&2
  exit 1
fi
# Korean needs a TrueType Hangul font; the Linux installer relies on Debian's instead of its own
if ! grep -Eq '(^|, *)fonts-nanum( |,|$)' <<<"$depends"; then
  echo "FAIL: $deb does not depend on fonts-nanum (Korean would show boxes). Depends: $depends" >&2
  exit 1
fi
echo "depends:     libgtk-3-0 and fonts-nanum among $(tr ',' '\n' <<<"$depends" | wc -l) packages"

size=$(stat -c %s "$deb")
echo "size:        $(( size / 1024 / 1024 )) MB ($size bytes) $(basename "$deb"); installed $(dpkg-deb -f "$deb" Installed-Size) KB"
if (( size >= limit_mb * 1024 * 1024 )); then
  echo "FAIL: $deb is not under $limit_mb MB" >&2
  exit 1
fi

if [[ ! -x "$app" ]]; then
  echo "FAIL: no app-image launcher at $app" >&2
  exit 1
fi
xvfb-run -a -s "-screen 0 1440x900x24" "$0" --under-xvfb
