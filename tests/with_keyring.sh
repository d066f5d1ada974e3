#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# its keyring files in a fresh temporary XDG_DATA_HOME so no old keyring with another password
# stays locked. Without dbus-run-session or gnome-keyring the command runs as is, and the
# integration tests that need the keyring skip (which CI turns into a failure).
set -euo pipefail
if [ "${OFFMAP_IN_KEYRING_SESSION:-}" = "1" ]; then
  exec "$@"
fi
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" OFFMAP_IN_KEYRING_SESSION=1
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  dbus-run-session -- bash -c 'printf "offmap-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' bash "$@"
else
  echo "with_keyring.sh: dbus-run-session or gnome-keyring-daemon missing; keyring tests will skip" >&2
  exec "$@"
fi
