#!/usr/bin/env bash
# Runs "$@" inside a D-Bus session and a gnome-keyring of its own (fresh HOME, unlocked), so that a
# test may lock that keyring without disturbing the shared one of scripts/test, where other tests
# run in parallel. DISPLAY is unset, so the keyring's unlock prompt cannot open: a locked keyring
# stays locked, as if the user refused to unlock it. The daemon started here is stopped by its
# process id on the way out, and the HOME removed.
set -euo pipefail

if [ -z "${AAC_PRIVATE_KEYRING:-}" ]; then
    exec env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
        -u DISPLAY -u WAYLAND_DISPLAY AAC_PRIVATE_KEYRING=1 dbus-run-session -- "$0" "$@"
fi

home="$(mktemp -d /tmp/aac-private-keyring.XXXXXX)"
daemon=""
cleanup() {
    if [ -n "$daemon" ]; then kill "$daemon" 2>/dev/null || true; fi
    rm -rf "$home"
}
trap cleanup EXIT

export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/keyrings" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

eval "$(printf 'aaconsole-private' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
for _ in 1 2 3 4 5 6 7 8 9 10; do
    daemon="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
        | awk '/uint32/ { print $2 }')" || true
    [ -n "$daemon" ] && break
    sleep 0.2
done
[ -n "$daemon" ] || { echo "private-keyring.sh: gnome-keyring did not start" >&2; exit 1; }

"$@"
