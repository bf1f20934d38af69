#!/bin/bash
# Developer helper (not used by the build or the tests): regenerates the README's screenshots of
# the main window with live Sandbox events. Needs a built tree (build/), Xvfb, ImageMagick and
# xdotool (apt-get install -y xdotool imagemagick). Usage: scripts/dev/screenshots.sh [build-dir]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
OUT=$ROOT/docs/screenshots
mkdir -p "$OUT"
HOME_DIR=$(mktemp -d)
export XDG_CONFIG_HOME=$HOME_DIR/config XDG_DATA_HOME=$HOME_DIR/data LANG=C.UTF-8
unset X_CONSUMER_SECRET X_CONSUMER_KEY X_BEARER_TOKEN X_ACCESS_TOKEN X_ACCESS_TOKEN_SECRET
CLI=$BUILD/bin/aaconsole-cli

xvfb-run -a -s "-screen 0 1600x1000x24" bash -s <<SCRIPT
set -e
"$BUILD/bin/aaconsole" & APP=\$!
sleep 3
WIN=\$(xdotool search --name "Account Activity Console" | head -1)
xdotool windowmove "\$WIN" 0 0 windowsize "\$WIN" 1600 1000
sleep 1
# What the Sandbox panel's button does, from the command line (same profile, same Sandbox).
ID=\$("$CLI" --json webhooks register http://127.0.0.1:8321/webhook | sed -n 's/.*"id":"\([0-9]*\)".*/\1/p')
"$CLI" subscriptions add --webhook "\$ID" > /dev/null
act() { "$CLI" sandbox act "\$@" > /dev/null || true; sleep 0.3; }
act unfollow --by @alice --target @sandbox_owner
act follow --by @alice --target @sandbox_owner
act favorite --by @alice --post \$("$CLI" --json sandbox users | grep -o '"id":"185[0-9]*"' | head -1 | cut -d'"' -f4)
act dm --from @bob --to @sandbox_owner --text "Hi! Is the webhook working?"
act post --by @bob --text "@sandbox_owner the new release looks great"
act typing --from @alice --to @sandbox_owner
act mute --by @sandbox_owner --target @carol
act block --by @sandbox_owner --target @carol
act dm --from @sandbox_owner --to @bob --text "Yes, every event arrives signed."
sleep 2
import -window root "$OUT/main-window.png"
# Select the DM row and show its JSON tree.
xdotool mousemove 700 260 click 1
sleep 1
import -window root "$OUT/detail-pane.png"
kill \$APP
SCRIPT
rm -rf "$HOME_DIR"
echo "written: $OUT/main-window.png $OUT/detail-pane.png"
