#!/usr/bin/env python3
"""Writes assets/icons/nightlight.ico (Windows) and nightlight.icns (macOS) from the PNGs beside
them, using only the standard library: both formats are plain containers that may hold PNG
images as they are (ICO since Windows Vista, ICNS since OS X 10.7), so nothing is redrawn.

Run from anywhere: python3 packaging/icons/make-icons.py
The output is deterministic; commit it whenever the PNGs change.
"""
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[2] / "assets" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Windows picks the nearest size for the taskbar, title bar, Start menu and Explorer views.
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

# ICNS element types that may hold PNG data, with the pixel size each one expects.
# The @2x types (ic11..ic14) let Retina screens use the next PNG up.
ICNS_TYPES = [
    (b"icp4", 16), (b"ic11", 32),   # 16 pt, 16 pt @2x
    (b"icp5", 32), (b"ic12", 64),   # 32 pt, 32 pt @2x
    (b"ic07", 128), (b"ic13", 256),  # 128 pt, 128 pt @2x
    (b"ic08", 256), (b"ic14", 512),  # 256 pt, 256 pt @2x
    (b"ic09", 512),                  # 512 pt (512 pt @2x would need a 1024 px PNG)
]


def png(size):
    data = (ICONS / f"nightlight-{size}.png").read_bytes()
    if data[:8] != PNG_MAGIC or data[12:16] != b"IHDR":
        sys.exit(f"nightlight-{size}.png is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        sys.exit(f"nightlight-{size}.png is {width}x{height}, expected {size}x{size}")
    return data


def ico():
    images = [png(s) for s in ICO_SIZES]
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(images)
    for size, data in zip(ICO_SIZES, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        # width, height, palette colours, reserved, colour planes, bits per pixel, bytes, offset
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for data in images:
        out += data
    return bytes(out)


def icns():
    body = bytearray()
    for kind, size in ICNS_TYPES:
        data = png(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + bytes(body)


def main():
    for name, data in (("nightlight.ico", ico()), ("nightlight.icns", icns())):
        (ICONS / name).write_bytes(data)
        print(f"{ICONS / name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
