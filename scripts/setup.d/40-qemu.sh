#!/usr/bin/env bash
# The Pi build (hardware/pi/publish.sh) and its tests (tests/ControlSurface.Pi.Tests/Build):
# - clang + the aarch64 binutils/libc: NativeAOT cross-links linux-arm64 with them;
# - qemu-user-static + the arm64 cross libc/libstdc++: run the arm64 build here (QEMU_LD_PREFIX, no binfmt needed);
# - systemd: `systemd-analyze verify` checks hardware/pi/controlsurface.service.
set -euo pipefail
packages=(qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross libgcc-s1-arm64-cross
  clang gcc-aarch64-linux-gnu libc6-dev-arm64-cross systemd)
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
