#!/usr/bin/env bash
# JACK (jackd2 + libjack) and a headless Ardour 7 for the Mackie Control end-to-end tests.
# Delegates to the shared peer's installer (../shared/peers/ardour next to the repo), which does
# nothing when everything is already installed. A failed install is reported, not fatal: the
# Ardour tests then skip and say why, and the rest of the suite still runs.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
peer=""
# Walk up from the repo (a git worktree may sit deeper than the integration checkout).
dir="$repo"
while [ "$dir" != "/" ]; do
  if [ -f "$dir/../shared/peers/ardour/install.sh" ]; then
    peer="$(cd "$dir/../shared/peers/ardour" && pwd)/install.sh"
    break
  fi
  dir="$(dirname "$dir")"
done
if [ -z "$peer" ]; then
  # Without the peer there is no Ardour, but the JACK MIDI tests still need a jackd and libjack.
  echo "40-jack-ardour.sh: ../shared/peers/ardour/install.sh not found next to $repo; Ardour tests will skip" >&2
  if ! command -v jackd >/dev/null 2>&1 || ! ldconfig -p 2>/dev/null | grep -q 'libjack.so.0'; then
    sudo_cmd=()
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); fi
    if ! { "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
        apt-get install -y -qq --no-install-recommends jackd2 libjack-jackd2-0 >/dev/null; }; then
      echo "40-jack-ardour.sh: installing jackd2 FAILED; JACK tests will skip" >&2
    fi
  fi
  exit 0
fi
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then
  run=(sudo bash "$peer")
else
  run=(bash "$peer")
fi
if ! out="$("${run[@]}" 2>&1)"; then
  printf '%s\n' "$out" | tail -n 20 >&2
  echo "40-jack-ardour.sh: Ardour peer install FAILED; Ardour tests will skip" >&2
  mkdir -p "${TMPDIR:-/tmp}" && printf '%s\n' "$out" > "${TMPDIR:-/tmp}/controlsurface-ardour-install.failed"
  exit 0
fi
rm -f "${TMPDIR:-/tmp}/controlsurface-ardour-install.failed"
