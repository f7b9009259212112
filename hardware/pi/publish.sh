#!/usr/bin/env bash
# Publishes `controlsurface` for a Raspberry Pi on 64-bit Pi OS (linux-arm64) as one NativeAOT executable.
# Usage: hardware/pi/publish.sh [OUTDIR]     (default: artifacts/pi/ in the repository)
# Needs the cross toolchain from scripts/setup.d/40-qemu.sh (clang, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross).
# Why NativeAOT: see "Decisions" in README.md (measured against trimmed+ReadyToRun single-file).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/artifacts/pi}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
for tool in clang aarch64-linux-gnu-ld; do
  if ! command -v "$tool" >/dev/null; then
    echo "publish.sh: $tool is missing; run scripts/setup.d/40-qemu.sh" >&2
    exit 1
  fi
done
# IL2104/IL3053 are the per-assembly summaries of trim/AOT warnings inside System.Device.Gpio (UnmanagedArray<T>
# in the libgpiod interop) and UnitsNet (converter registration): measured harmless on this code path, so they stay
# warnings; any warning in our own code (IL2026, IL3050, ...) still fails the publish.
dotnet publish "$root/src/ControlSurface.Host/ControlSurface.Host.csproj" -c Release -r linux-arm64 \
  -p:PublishAot=true -p:WarningsNotAsErrors='NU1603%3BIL2104%3BIL3053' -o "$out" -nologo -clp:ErrorsOnly
# The Pi needs the executable and the serial-port native library next to it; symbols and docs stay behind.
rm -f "$out"/*.pdb "$out"/*.xml "$out"/*.dbg
echo "publish.sh: $out/controlsurface ($(stat -c %s "$out/controlsurface") bytes, linux-arm64, NativeAOT)"
