"""Write a placeholder `logo.png` into each bundled organisation profile.

The images are plain coloured rectangles with a light band, made with zlib and struct only
(no imaging library), so the profiles have a valid logo to place and describe (alt text)
until an organisation puts its real logo in its profile folder.

Run from the project root:  python tools/make_profile_logos.py
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

Colour = tuple[int, int, int]

WIDTH, HEIGHT = 240, 80
BAND = (HEIGHT * 5 // 8, HEIGHT * 6 // 8)  # rows of the light band
WHITE: Colour = (255, 255, 255)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Main colour of each profile's placeholder (dark enough for white text, contrast >= 4.5:1).
PROFILE_COLOURS: dict[str, Colour] = {
    "region-dalarna": (0x00, 0x4B, 0x87),
    "region-jamtland-harjedalen": (0x1E, 0x5B, 0x3A),
    "norrbottens-kommuner": (0x7A, 0x1F, 0x2B),
    "norra-sjukvardsregionen": (0x3B, 0x3B, 0x6B),
}


def main(argv: list[str]) -> int:
    """Write profiles/<id>/logo.png for every profile in PROFILE_COLOURS."""
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "profiles"
    for profile_id, colour in PROFILE_COLOURS.items():
        target = root / profile_id / "logo.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(placeholder_logo(colour))
        print(f"skrev {target}")
    return 0


def placeholder_logo(colour: Colour) -> bytes:
    """Return a WIDTH x HEIGHT RGB PNG: the colour with a white band across it."""
    rows = [_row(WHITE if BAND[0] <= y < BAND[1] else colour) for y in range(HEIGHT)]
    return png_bytes(WIDTH, HEIGHT, rows)


def _row(colour: Colour) -> bytes:
    """One scanline of a single colour."""
    return bytes(colour) * WIDTH


def png_bytes(width: int, height: int, rows: list[bytes]) -> bytes:
    """Encode 8-bit RGB rows (3 bytes per pixel) as a PNG file."""
    if len(rows) != height or any(len(row) != 3 * width for row in rows):
        raise ValueError("rows do not match the image size")
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (None) per row
    return b"".join((
        PNG_SIGNATURE,
        _chunk(b"IHDR", header),
        _chunk(b"IDAT", zlib.compress(raw, 9)),
        _chunk(b"IEND", b""),
    ))


def _chunk(kind: bytes, data: bytes) -> bytes:
    """A PNG chunk: length, type, data and CRC of type and data."""
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
