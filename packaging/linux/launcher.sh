#!/bin/bash
# Nightlight Lab's launcher on Linux, put in the app-image's bin/ in place of jpackage's
# (packaging/installer.xml, target "linux-launcher"). jpackage's launcher asks the package
# manager where its own files are at every start (rpm -qf, dpkg -S and dpkg -L, twice over):
# 0.2 s before the JVM even began on a Debian with 820 packages, more on a desktop with
# thousands. The app-image's layout already says where they are: the runtime and the app
# folder sit in lib/ beside bin/. The JVM options are those jpackage wrote into
# lib/app/nightlight-lab.cfg, read from there so that packaging/app-image.args stays their one
# source. Bash (Essential on Debian and Ubuntu) so that reading them starts no other process.
set -e
self=$(readlink -f "$0")
root=${self%/bin/*}
app=$root/lib/app
options=()
while IFS= read -r line; do
    line=${line//\$APPDIR/$app}   # jpackage's name for the app folder
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath=${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done < "$app/nightlight-lab.cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$classpath" "$main" "$@"
