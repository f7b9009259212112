#!/usr/bin/env bash
# Installs the ControlSurface Pi build: program, systemd unit, udev rules, config; safe to run again (updates).
#
# Usage: hardware/pi/install.sh [--build DIR] [--config FILE] [--board FILE] [--mcu-serial SERIAL]... [--no-start]
#   --build DIR         published program (default: artifacts/pi from hardware/pi/publish.sh)
#   --config FILE       bridge config to install as /etc/controlsurface/config.yaml (never overwrites an existing one)
#   --board FILE        Pi board description to install as /etc/controlsurface/board.json (same rule)
#   --mcu-serial S      USB serial number of a firmware board; gets the stable name /dev/controlsurface-mcuN
#   --no-start          install and enable, but do not (re)start the service
# DESTDIR=/some/root installs into that tree instead of / (packaging, tests); users, systemctl and udevadm are then skipped.
# Every action is printed: "installed", "updated", "unchanged", "kept" or "skipped".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/artifacts/pi"
config="" board="" start=1
serials=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --board) board="$2"; shift 2 ;;
    --mcu-serial) serials+=("$2"); shift 2 ;;
    --no-start) start=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
dest="${DESTDIR:-}"
live=1
[ -n "$dest" ] && live=0
[ -x "$build/controlsurface" ] || { echo "install.sh: no program at $build/controlsurface; run hardware/pi/publish.sh first" >&2; exit 2; }
for f in "$config" "$board"; do
  [ -z "$f" ] || [ -f "$f" ] || { echo "install.sh: no such file: $f" >&2; exit 2; }
done
changed_program=0

say() { printf 'install.sh: %-9s %s\n' "$1" "$2"; }

# put SRC DEST MODE: copy when different; prints what happened; returns 0 when something changed.
put() {
  local src="$1" dst="$dest$2" mode="$3"
  if [ -f "$dst" ] && cmp -s "$src" "$dst"; then
    say unchanged "$2"
    return 1
  fi
  local verb=installed
  [ -f "$dst" ] && verb=updated
  install -D -m "$mode" "$src" "$dst.new"
  mv -f "$dst.new" "$dst"
  say "$verb" "$2"
  return 0
}

# keep SRC DEST: install a user-editable file only when absent.
keep() {
  local src="$1" dst="$dest$2"
  if [ -e "$dst" ]; then
    say kept "$2 (already there; edit it in place)"
  else
    install -D -m 0640 "$src" "$dst"
    say installed "$2"
  fi
}

# 1. The service user and the device groups.
if [ "$live" = 1 ]; then
  for g in gpio i2c spi dialout audio; do
    if getent group "$g" >/dev/null; then say unchanged "group $g"; else groupadd --system "$g"; say installed "group $g"; fi
  done
  if id controlsurface >/dev/null 2>&1; then
    usermod -a -G gpio,i2c,spi,dialout,audio controlsurface
    say unchanged "user controlsurface"
  else
    useradd --system --home-dir /var/lib/controlsurface --no-create-home --shell /usr/sbin/nologin \
      --groups gpio,i2c,spi,dialout,audio controlsurface
    say installed "user controlsurface (groups gpio i2c spi dialout audio)"
  fi
else
  say skipped "user controlsurface and device groups (DESTDIR set)"
fi

# 2. The program: the executable and the native libraries published next to it.
for f in "$build"/controlsurface "$build"/*.so; do
  [ -e "$f" ] || continue
  if put "$f" "/opt/controlsurface/$(basename "$f")" 0755; then changed_program=1; fi
done
[ -f "$here/README.md" ] && { put "$here/README.md" /opt/controlsurface/README.md 0644 || true; }

# 3. The unit and the USB-MIDI gadget (a oneshot that runs before the bridge; harmless where the port cannot be a device).
put "$here/controlsurface.service" /etc/systemd/system/controlsurface.service 0644 && changed_program=1 || true
put "$here/usb-midi-gadget.sh" /opt/controlsurface/usb-midi-gadget.sh 0755 || true
put "$here/controlsurface-usb-midi.service" /etc/systemd/system/controlsurface-usb-midi.service 0644 || true

# 4. udev: device groups (Pi OS has them; plain Debian does not), stable names for firmware boards by USB serial,
#    and /dev/snd/controlsurface-midi for the USB MIDI gadget (ALSA card id "ControlSurface").
rules="$(mktemp)"
trap 'rm -f "$rules"' EXIT
{
  echo "# Written by ControlSurface hardware/pi/install.sh; run it again to change."
  echo 'SUBSYSTEM=="gpio", KERNEL=="gpiochip*", GROUP="gpio", MODE="0660"'
  echo 'SUBSYSTEM=="i2c-dev", GROUP="i2c", MODE="0660"'
  echo 'SUBSYSTEM=="spidev", GROUP="spi", MODE="0660"'
  # The USB MIDI gadget's rawmidi node under a name that does not move when other sound cards come and go.
  echo 'SUBSYSTEM=="sound", KERNEL=="midiC*D0", ATTRS{id}=="ControlSurface", GROUP="audio", MODE="0660", SYMLINK+="snd/controlsurface-midi"'
  n=0
  for s in "${serials[@]}"; do
    echo "SUBSYSTEM==\"tty\", ATTRS{serial}==\"$s\", GROUP=\"dialout\", MODE=\"0660\", SYMLINK+=\"controlsurface-mcu$n\""
    n=$((n + 1))
  done
} > "$rules"
rules_changed=0
put "$rules" /etc/udev/rules.d/99-controlsurface.rules 0644 && rules_changed=1 || true

# 5. Configuration: installed once, then the user's.
[ -n "$config" ] && keep "$config" /etc/controlsurface/config.yaml
[ -n "$board" ] && keep "$board" /etc/controlsurface/board.json

# 6. Tell the running system.
if [ "$live" = 1 ] && command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  say done "systemctl daemon-reload"
  if [ "$rules_changed" = 1 ] && command -v udevadm >/dev/null; then
    udevadm control --reload-rules && udevadm trigger
    say done "udevadm reload + trigger"
  fi
  systemctl enable --quiet controlsurface.service controlsurface-usb-midi.service
  say done "systemctl enable controlsurface"
  if [ "$start" = 1 ]; then
    if [ "$changed_program" = 1 ] || ! systemctl is-active --quiet controlsurface.service; then
      systemctl restart controlsurface.service
      say done "systemctl restart controlsurface"
    else
      say unchanged "controlsurface.service (running, nothing new)"
    fi
  fi
else
  say skipped "systemctl and udevadm (no running systemd, or DESTDIR set)"
fi
