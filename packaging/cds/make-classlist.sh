#!/usr/bin/env bash
# Regenerates packaging/cds/classlist: every class the app loads from its start to a connected
# window (the JDK's, JavaFX's, the broker's and its own), as -XX:DumpLoadedClassList records them.
# It is used twice:
#  - the installer build archives the JDK and JavaFX classes in the runtime's CDS archive
#    (packaging/installer.xml, target "cds"); the other classes are not on its class path then
#    and are skipped (the warnings in target/installer/cds-dump.log);
#  - the Linux package ships the list and its postinst archives all of them once installed
#    (packaging/linux/resources/postinst): JDK 17 maps an archive of application classes only
#    on the exact class path it was made with, which is known only after installing.
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
# Keep: classes of the runtime and of the app jar (not those of a custom class loader, marked
# "source:"), and the lambda entries. Drop the ids, which change every run.
awk '/^#/ || /source:/ { next }
     /^@/ { print; next }
     { print $1 }' "$work/loaded" > "$out"
echo "$out: $(grep -vc '^@' "$out") classes ($(grep -Fxc -f "$work/app" "$out") from the app jar), $(grep -c '^@' "$out") lambda entries"
