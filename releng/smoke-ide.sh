#!/usr/bin/env bash
# Starts the built product through './interphase ide' on a virtual screen with a new workspace, waits until the
# Interphase window is mapped, closes it, and fails if the workspace log has an error entry. Used by CI after the
# tests. It prints the cold start: seconds from the command to the mapped window (the README quotes it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WS="$(mktemp -d)/workspace"
LOG_OUT="$ROOT/releng/target/smoke-ide.out"
mkdir -p "$(dirname "$LOG_OUT")"

export DISPLAY=":97"
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill "$IDE_PID" "$XVFB_PID" 2>/dev/null || true' EXIT
sleep 1

START_NS=$(date +%s%N)
"$ROOT/interphase" ide "$WS" >"$LOG_OUT" 2>&1 &
IDE_PID=$!

for _ in $(seq 1 1200); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Interphase '; then
    ELAPSED_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
    echo "smoke: Interphase window is open ($(xwininfo -root -tree | grep -o '"Interphase [^"]*"' | head -n 1))"
    printf 'smoke: cold start %d.%02d s (new workspace, command to mapped window)\n' $((ELAPSED_MS / 1000)) $(((ELAPSED_MS % 1000) / 10))
    sleep 3
    if [ -f "$WS/.metadata/.log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$WS/.metadata/.log"; then
      echo "smoke: errors in the workspace log:" >&2
      cat "$WS/.metadata/.log" >&2
      exit 1
    fi
    echo "smoke: workspace log has no errors"
    exit 0
  fi
  kill -0 "$IDE_PID" 2>/dev/null || { echo "smoke: the IDE exited early:" >&2; cat "$LOG_OUT" >&2; exit 1; }
  sleep 0.1
done
echo "smoke: no Interphase window after 120 s" >&2
cat "$LOG_OUT" >&2
exit 1
