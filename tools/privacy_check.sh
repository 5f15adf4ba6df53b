#!/usr/bin/env bash
# make privacy-check: run a whole app session with no network at all (a fresh network
# namespace) and every socket() and connect() traced; fail on any internet socket.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen

isolate=(unshare -rn)
if ! unshare -rn true 2>/dev/null; then
  echo "privacy-check: cannot make a network namespace here; tracing without it" >&2
  isolate=()
fi
"${isolate[@]}" strace -f -qq -e trace=socket,connect -o "$work/trace" \
  "$python" tools/privacy_journey.py | tee "$work/out"

grep -q "network modules loaded: none" "$work/out" || { echo "privacy-check: FAILED (network modules loaded)"; exit 1; }
if grep -E "AF_INET6?[,)]|PF_INET6?[,)]" "$work/trace"; then
  echo "privacy-check: FAILED: the app opened an internet socket (above)"
  exit 1
fi
echo "privacy-check: passed ($(grep -c 'socket(' "$work/trace" || true) sockets, none to the internet)"
