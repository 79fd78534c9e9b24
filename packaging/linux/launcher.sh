#!/bin/sh
# Nightlight Lab's launcher on Linux, put in the app-image's bin/ in place of jpackage's
# (packaging/installer.xml, target "linux-launcher"). jpackage's launcher asks the package
# manager where its own files are at every start (rpm -qf, dpkg -S and dpkg -L, twice over):
# 0.2 s before the JVM even began on a Debian with 820 packages, more on a desktop with
# thousands. The app-image's layout already says where they are: the runtime and the app
# folder sit in lib/ beside bin/. The JVM options are those jpackage wrote into
# lib/app/nightlight-lab.cfg, read from there so that packaging/app-image.args stays their one
# source.
set -e
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
app=$root/lib/app
cfg=$app/nightlight-lab.cfg
# A .cfg value with jpackage's $APPDIR made the app folder's path
value() {
    sed -n "s/^$1=//p" "$cfg" | sed "s|\\\$APPDIR|$app|g"
}
# One option per line and none with a space in it (app-image.args), so splitting on
# whitespace below is safe.
options=$(value java-options)
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $options -Djpackage.app-path="$self" \
    -cp "$(value app.classpath)" "$(value app.mainclass)" "$@"
