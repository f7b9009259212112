#!/usr/bin/env bash
# Makes the Pi a class-compliant USB MIDI device ("ControlSurface MIDI") through configfs and usb_f_midi.
# The studio computer sees a MIDI port with no driver; on the Pi the gadget is an ALSA card whose rawmidi node
# (/dev/snd/midiC<card>D0, card id "ControlSurface") the bridge opens to speak Mackie Control.
# Needs a USB port that can be a device: Pi 4/5 USB-C or the Zero 2 W "USB" port, and in /boot/firmware/config.txt
#   dtoverlay=dwc2,dr_mode=peripheral
# Usage: usb-midi-gadget.sh [up|down]   (run as root at boot by controlsurface-usb-midi.service)
# CONFIGFS and UDC_DIR override /sys/kernel/config and /sys/class/udc (for tests).
set -euo pipefail
configfs="${CONFIGFS:-/sys/kernel/config}"
udc_dir="${UDC_DIR:-/sys/class/udc}"
gadget="$configfs/usb_gadget/controlsurface"
action="${1:-up}"

if [ "$action" = down ]; then
  [ -d "$gadget" ] || { echo "usb-midi-gadget: not set up"; exit 0; }
  echo "" > "$gadget/UDC" 2>/dev/null || true
  rm -f "$gadget/configs/c.1/midi.usb0"
  rmdir "$gadget/configs/c.1/strings/0x409" "$gadget/configs/c.1" "$gadget/functions/midi.usb0" \
    "$gadget/strings/0x409" "$gadget" 2>/dev/null || true
  echo "usb-midi-gadget: removed"
  exit 0
fi

if [ ! -d "$configfs/usb_gadget" ]; then
  modprobe libcomposite
fi
if [ -d "$gadget" ] && [ -n "$(cat "$gadget/UDC" 2>/dev/null)" ]; then
  echo "usb-midi-gadget: already bound to $(cat "$gadget/UDC")"
  exit 0
fi
serial="$( (tr -d '\0' < /proc/device-tree/serial-number) 2>/dev/null || true)"
serial="${serial:-0000000000000000}"

mkdir -p "$gadget"
# pid.codes test VID/PID for open hardware; a product gets its own PID from pid.codes.
echo 0x1209 > "$gadget/idVendor"
echo 0x0001 > "$gadget/idProduct"
echo 0x0100 > "$gadget/bcdDevice"
echo 0x0200 > "$gadget/bcdUSB"
mkdir -p "$gadget/strings/0x409"
echo "ControlSurface" > "$gadget/strings/0x409/manufacturer"
echo "ControlSurface MIDI" > "$gadget/strings/0x409/product"
echo "$serial" > "$gadget/strings/0x409/serialnumber"

mkdir -p "$gadget/functions/midi.usb0"
echo ControlSurface > "$gadget/functions/midi.usb0/id"
echo 1 > "$gadget/functions/midi.usb0/in_ports"
echo 1 > "$gadget/functions/midi.usb0/out_ports"

mkdir -p "$gadget/configs/c.1/strings/0x409"
echo "MIDI" > "$gadget/configs/c.1/strings/0x409/configuration"
# Bus-powered from the computer's port: declare what a Pi 4 with faders idle draws at most from it.
echo 500 > "$gadget/configs/c.1/MaxPower"
ln -sfn "$gadget/functions/midi.usb0" "$gadget/configs/c.1/midi.usb0"

udc="$(ls "$udc_dir" 2>/dev/null | head -n 1)"
if [ -z "$udc" ]; then
  echo "usb-midi-gadget: no USB device controller; add dtoverlay=dwc2,dr_mode=peripheral to /boot/firmware/config.txt and reboot" >&2
  exit 1
fi
echo "$udc" > "$gadget/UDC"
echo "usb-midi-gadget: bound to $udc as ControlSurface MIDI (serial $serial)"
