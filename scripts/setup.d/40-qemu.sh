#!/usr/bin/env bash
# Pi build tests: run the linux-arm64 publish under qemu user emulation (tests/ControlSurface.Pi.Tests),
# and check the systemd unit with systemd-analyze verify.
# qemu-user-static plus the arm64 cross libc/libstdc++ (used through QEMU_LD_PREFIX, so no binfmt or multiarch).
set -euo pipefail
packages=(qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross libgcc-s1-arm64-cross systemd)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "40-qemu.sh: installed ${missing[*]}"
