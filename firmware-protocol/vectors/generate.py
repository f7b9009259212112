#!/usr/bin/env python3
"""Builds frames.json, the golden vectors of the firmware link protocol (PROTOCOL.md).

Independent of the C# code on purpose: framing (CRC-16/CCITT-FALSE, COBS) is re-implemented
here, and every payload and expected field is written out by hand from the spec.
Run: python3 firmware-protocol/vectors/generate.py  (rewrites frames.json next to this file).
"""
import json, os, struct

def crc16(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc

def cobs(data):
    out, block = bytearray(), bytearray()
    for i, b in enumerate(data):
        if b == 0:
            out += bytes([len(block) + 1]) + block
            block = bytearray()
        else:
            block.append(b)
            if len(block) == 254:
                out += b"\xff" + block
                block = bytearray()
                if i == len(data) - 1:
                    return bytes(out)  # a full run that ends the input takes no extra code byte
    return bytes(out + bytes([len(block) + 1]) + block)

def frame(t, seq, payload):
    raw = bytes([t, seq]) + bytes.fromhex(payload.replace(" ", ""))
    raw += struct.pack(">H", crc16(raw))
    return cobs(raw) + b"\x00"

assert crc16(b"123456789") == 0x29B1
assert cobs(bytes.fromhex("11220033")) == bytes.fromhex("0311220233")
assert cobs(b"") == b"\x01" and cobs(b"\x00") == b"\x01\x01"
assert cobs(bytes(range(1, 255))) == b"\xff" + bytes(range(1, 255))
assert cobs(bytes(range(0, 255))) == b"\x01\xff" + bytes(range(1, 255))
assert cobs(bytes(range(1, 256))) == b"\xff" + bytes(range(1, 255)) + b"\x02\xff"

cases = []

def ok(name, t, seq, payload, fields, note="deliver"):
    wire = frame(t, seq, payload)
    cases.append({"name": name, "outcome": note, "hex": wire.hex().upper(),
                  "expect": [dict({"offset": 0, "status": "ok", "seq": seq}, **fields)]})
    return wire

HELLO = ("01 01 01 02 03"                       # version 1, min 1, firmware 1.2.3
         " 08 0A 03 10 07 03 18 04 28 00 01 08 02 07 08 00"  # capabilities
         " 05 00"                               # next event seq 5
         " 07" + " 43 53 2D 30 30 30 31"        # serial "CS-0001"
         " 09" + " 53 69 6D 20 42 6F 61 72 64")  # model "Sim Board"
ok("hello-request", 0x01, 0, "01", {"type": "HelloRequest", "hostVersion": 1})
ok("hello", 0x02, 0, HELLO, {"type": "Hello", "version": 1, "minVersion": 1, "firmware": "1.2.3",
   "serial": "CS-0001", "model": "Sim Board", "nextEventSeq": 5, "faders": 8, "faderBits": 10,
   "motorized": True, "touchSensing": True, "pads": 16, "padBits": 7, "padVelocity": True,
   "padPressure": True, "buttons": 24, "encoders": 4, "leds": 40, "rgbLeds": True,
   "displayStrips": 8, "displayLines": 2, "displayCharacters": 7, "meters": 8})
ok("welcome", 0x03, 1, "01 01 34 12 64 00 F4 01", {"type": "Welcome", "version": 1, "hasEventHistory": True,
   "expectedEventSeq": 4660, "heartbeatMs": 100, "timeoutMs": 500})
ok("heartbeat-request", 0x04, 2, "00 78 56 34 12 00 00 00 00", {"type": "Heartbeat", "reply": False,
   "originUs": 305419896, "replierUs": 0})
ok("heartbeat-reply", 0x04, 3, "01 78 56 34 12 EF BE AD DE", {"type": "Heartbeat", "reply": True,
   "originUs": 305419896, "replierUs": 3735928559})
ok("ack", 0x05, 4, "34 12", {"type": "Ack", "nextExpected": 4660})
ok("error-unknown-type", 0x06, 5, "01 7F 05 00", {"type": "Error", "code": "UnknownType",
   "offendingType": 127, "offendingSeq": 5, "detail": 0}, "informational; never answered with an error")
ok("dump-request", 0x07, 6, "", {"type": "DumpRequest"})
ok("dump-end", 0x08, 7, "", {"type": "DumpEnd"})
ok("fader", 0x10, 8, "02 FF 03 01", {"type": "Fader", "fader": 2, "raw": 1023, "touched": True})
ok("fader-all-zero", 0x10, 0, "00 00 00 00", {"type": "Fader", "fader": 0, "raw": 0, "touched": False})
ok("pad-pressure", 0x11, 9, "05 40 00", {"type": "PadPressure", "pad": 5, "pressure": 64})
ok("buttons", 0x12, 10, "18 05 00 80", {"type": "Buttons", "count": 24, "held": [0, 2, 23]})
ok("event-pad-hit", 0x20, 11, "07 00 01 03 64 00", {"type": "Event", "eventSeq": 7, "kind": "PadHit",
   "index": 3, "value": 100}, "deliver once, then ACK nextExpected=8")
ok("event-encoder", 0x20, 12, "08 00 04 01 FD FF", {"type": "Event", "eventSeq": 8, "kind": "Encoder",
   "index": 1, "value": -3}, "deliver once, then ACK nextExpected=9")
ok("event-button-down", 0x20, 13, "FF FF 02 17 00 00", {"type": "Event", "eventSeq": 65535, "kind": "ButtonDown",
   "index": 23, "value": 0}, "deliver once, then ACK nextExpected=0 (wraps)")
ok("fader-target", 0x30, 14, "01 00 02 00 00", {"type": "FaderTarget", "fader": 1, "raw": 512, "maxSpeed": 0})
ok("motor-all-off", 0x31, 15, "FF 00", {"type": "Motor", "fader": 255, "enabled": False})
ok("led-blink", 0x32, 16, "0A 00 02 FF 80 00", {"type": "Led", "led": 10, "mode": "Blink", "color": "#FF8000"})
ok("text", 0x33, 17, "03 01 00 56 6F 78 20 31", {"type": "Text", "strip": 3, "line": 1, "column": 0, "text": "Vox 1"})
ok("meter", 0x34, 18, "02 FF FF", {"type": "Meter", "meter": 2, "level": 65535})
ok("ring", 0x35, 19, "01 00 80", {"type": "Ring", "encoder": 1, "value": 32768})
ok("config-get", 0x40, 20, "01 02", {"type": "ConfigGet", "key": "FaderCalibration", "index": 2})
ok("config-set-calibration", 0x41, 21, "01 00 08 00 F8 03", {"type": "ConfigSet", "key": "FaderCalibration",
   "index": 0, "rawMin": 8, "rawMax": 1016}, "persist, then answer ConfigValue")
ok("config-value-pid", 0x42, 22, "03 00 00 00 20 40 00 00 00 3F 0A D7 23 3C", {"type": "ConfigValue",
   "key": "MotorPid", "index": 0, "kp": 2.5, "ki": 0.5, "kd": 0.01})
ok("config-value-speed", 0x42, 23, "04 07 0C 00", {"type": "ConfigValue", "key": "MotorSpeedLimit",
   "index": 7, "value": 12})

fader = frame(0x10, 8, "02 FF 03 01")
ack = frame(0x05, 4, "34 12")

def case(name, note, wire, expect):
    cases.append({"name": name, "outcome": note, "hex": wire.hex().upper(), "expect": expect})

stream = b"\x00" + fader + b"\x00\x00" + ack
case("stream-with-empty-frames", "empty frames are skipped silently", stream, [
    {"offset": 1, "status": "ok", "type": "Fader", "seq": 8, "fader": 2, "raw": 1023, "touched": True},
    {"offset": 1 + len(fader) + 2, "status": "ok", "type": "Ack", "seq": 4, "nextExpected": 4660}])

bad = bytearray(fader); bad[3] ^= 0x01
assert 0 not in bad[:-1]
case("crc-error", "drop, count crcErrors, resynchronise at the next 0x00", bytes(bad) + ack, [
    {"offset": 0, "status": "crc-error", "bytes": len(bad)},
    {"offset": len(bad), "status": "ok", "type": "Ack", "seq": 4, "nextExpected": 4660}])
case("truncated", "bytes without a delimiter at the end of a capture; a live link keeps waiting", fader[:-3], [
    {"offset": 0, "status": "truncated", "bytes": len(fader) - 3}])
case("cobs-error", "a code byte runs past the delimiter: drop, count, resynchronise", bytes.fromhex("0511220000") [:4] + ack, [
    {"offset": 0, "status": "cobs-error", "bytes": 4},
    {"offset": 4, "status": "ok", "type": "Ack", "seq": 4, "nextExpected": 4660}])
case("too-short", "fewer than 4 decoded bytes: drop and count", bytes.fromhex("021100"), [
    {"offset": 0, "status": "too-short", "bytes": 3}])
case("line-noise-then-frame", "garbage before a frame costs one error, the frame still arrives",
     bytes.fromhex("12345600") + fader, [
    {"offset": 0, "status": "cobs-error", "bytes": 4},
    {"offset": 4, "status": "ok", "type": "Fader", "seq": 8, "fader": 2, "raw": 1023, "touched": True}])
long = bytes([0x41]) * 300 + b"\x00"
case("oversize", "more than 255 encoded bytes: drop up to the next 0x00, count, resynchronise", long + fader, [
    {"offset": 0, "status": "oversize", "bytes": 301},
    {"offset": 301, "status": "ok", "type": "Fader", "seq": 8, "fader": 2, "raw": 1023, "touched": True}])
case("unknown-type", "skip and count unknownTypes; a device may answer Error(UnknownType); never fatal",
     frame(0x7F, 1, "01 02"), [
    {"offset": 0, "status": "unknown-type", "type": "0x7F", "seq": 1, "payload": "0102"}])
case("bad-payload-length", "known type, wrong length: drop and count; a device answers Error(BadLength)",
     frame(0x10, 2, "02 FF 03"), [
    {"offset": 0, "status": "bad-payload", "type": "Fader", "seq": 2, "payload": "02FF03"}])
case("bad-payload-value", "known type, value out of range (touch flag 2): drop and count",
     frame(0x10, 3, "02 FF 03 02"), [
    {"offset": 0, "status": "bad-payload", "type": "Fader", "seq": 3, "payload": "02FF0302"}])

cobs_vectors = [
    {"decoded": "", "encoded": "01"},
    {"decoded": "00", "encoded": "0101"},
    {"decoded": "0000", "encoded": "010101"},
    {"decoded": "11220033", "encoded": "0311220233"},
    {"decoded": "11223344", "encoded": "0511223344"},
    {"decoded": "11000000", "encoded": "0211010101"},
    {"decoded": bytes(range(1, 255)).hex().upper(), "encoded": ("FF" + bytes(range(1, 255)).hex()).upper()},
    {"decoded": bytes(range(0, 255)).hex().upper(), "encoded": ("01FF" + bytes(range(1, 255)).hex()).upper()},
    {"decoded": bytes(range(1, 256)).hex().upper(), "encoded": ("FF" + bytes(range(1, 255)).hex() + "02FF").upper()},
]
for v in cobs_vectors:
    assert cobs(bytes.fromhex(v["decoded"])).hex().upper() == v["encoded"], v

doc = {
    "about": "Golden frames of the ControlSurface firmware link, protocol version 1 (see ../PROTOCOL.md). "
             "'hex' is a byte stream as it appears on the wire; 'expect' lists what a receiver reports for it, "
             "one object per frame or error, in the format of `controlsurface decode --frames FILE --json`. "
             "Generated by generate.py (independent framing code); do not edit by hand.",
    "crc": {"name": "CRC-16/CCITT-FALSE", "check": "29B1", "input": "313233343536373839"},
    "cobs": cobs_vectors,
    "cases": cases,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frames.json")
with open(path, "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
print(f"wrote {len(cases)} cases to {path}")
