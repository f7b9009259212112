#!/usr/bin/env bash
# The npm package midi-file: the independent reader the take-sheet MIDI export tests check against
# (tests/tools/midi-file, pinned by its package-lock.json). Installs node and npm first if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=tests/tools/midi-file
[ -f "$dir/node_modules/midi-file/package.json" ] && command -v node >/dev/null && exit 0
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
