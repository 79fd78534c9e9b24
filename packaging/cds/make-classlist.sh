#!/usr/bin/env bash
# Regenerates packaging/cds/classlist: the JDK and JavaFX classes the app loads from its start to
# a connected window, as -XX:DumpLoadedClassList records them. The installer build archives these
# classes in the runtime's CDS archive (packaging/installer.xml, target "cds"), so they are mapped
# ready-parsed at start instead of read from lib/modules one by one.
#
# The app's own classes are left out: JDK 17 accepts an archive of them only on the exact class
# path it was made with, which an installed app does not have.
#
# Run on Linux after `mvn -Pinstaller package`, when the window's controls change much; a stale
# list still works (missing classes are skipped with a warning in target/installer/cds-dump.log,
# classes not listed are loaded as usual). Needs xvfb-run and unzip.
set -euo pipefail
cd "$(dirname "$0")/../.."

app=target/installer/nightlight-lab
out=packaging/cds/classlist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/loaded" \
  xvfb-run -a -s "-screen 0 1440x900x24" timeout 120 \
  "$app/bin/nightlight-lab" --snapshot "$work/window.png"

unzip -Z1 "$app/lib/app/nightlight-lab.jar" | sed -n 's/\.class$//p' | sort -u > "$work/app"
# Keep: classes of the runtime (not in the app jar, not from a custom class loader: "source:")
# and lambda entries that do not name an app class. Drop the ids, which change every run.
awk 'NR == FNR { app[$1] = 1; next }
     /^#/ || /source:/ { next }
     /^@lambda-proxy/ { if (!($2 in app)) print; next }
     /^@/ { print; next }
     !($1 in app) { print $1 }' "$work/app" "$work/loaded" > "$out"
echo "$out: $(grep -vc '^@' "$out") classes, $(grep -c '^@' "$out") lambda entries"
