#!/usr/bin/env bash
# Runs "$@" the way every test expects its world: inside its own D-Bus session, with a fresh HOME and a
# gnome-keyring unlocked for the run, and Qt on the offscreen platform. Used by scripts/test.
# Recipe and its traps: ../shared/reference/qt64-facts.md §2.4.
set -euo pipefail

if [ -z "${AAC_IN_TEST_SESSION:-}" ]; then
    export AAC_IN_TEST_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

home="$(mktemp -d /tmp/aac-test-home.XXXXXX)"
# gnome-keyring-daemon leaves with the session bus when dbus-run-session ends; only the files remain.
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME/keyrings" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock with a password on stdin creates and unlocks the 'login' collection; without it the daemon
# asks a GUI prompter that cannot open and every keychain job fails or hangs.
eval "$(printf 'aaconsole-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
"$@"
