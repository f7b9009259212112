#!/usr/bin/env bash
# Runs the bridge on its embedded default: a simulated board and the built-in mixer.
# Extra arguments go to `controlsurface demo` (try --seconds 10, --json, --help).
set -euo pipefail
cd "$(dirname "$0")"
for setup in scripts/setup.d/*.sh; do
  [ -e "$setup" ] || continue
  bash "$setup" >&2
done
dotnet build src/ControlSurface.Host -c Release -nologo -clp:ErrorsOnly -v quiet >&2
exec dotnet src/ControlSurface.Host/bin/Release/net10.0/controlsurface.dll demo "$@"
