#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with the .NET SDK.
# Installs what the tests need (scripts/setup.d/*.sh, each idempotent), then builds and tests.
set -euo pipefail
cd "$(dirname "$0")"
for setup in scripts/setup.d/*.sh; do
  [ -e "$setup" ] || continue
  echo "test.sh: $setup"
  bash "$setup"
done
dotnet build ControlSurface.sln -c Release -nologo -clp:ErrorsOnly
dotnet test ControlSurface.sln -c Release --no-build -nologo \
  --filter "Category!=Hardware" --logger "console;verbosity=minimal" "$@"
