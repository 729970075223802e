"""Write `generator/word/glyph_data.py`: the advance widths of the characters of the fonts
that `glyph_widths` knows, read from their TrueType files.

Each font read is the metric twin of a font reference documents use (made to set every
character in the same width): Carlito of Calibri, the font of the default reference
document; Caladea of Cambria; Liberation Sans of Arial and Liberation Serif of Times New
Roman (version 2). DejaVu Serif and DejaVu Sans are read too: not twins but what
LibreOffice on Linux sets in place of a font that has none (Georgia, Verdana), so that a
figure can be given the room it takes in either (see `glyph_widths.substitute_glyphs`).
Each width is in thousandths of an em, rounded up, so that a line's sum
is never below what the font sets.

Run from the project root:  python tools/make_glyph_widths.py [FONT_FOLDER ...]
(default: where Debian's fonts-crosextra-carlito, fonts-crosextra-caladea,
fonts-liberation2 and fonts-dejavu-core put them)
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

CHARACTERS = "".join(map(chr, range(32, 127))) + "\u00a0ÅÄÖåäöÉéÜü–—§€°½…´’”\u2212"
FONTS = {
    "carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf"),
    "caladea": ("Caladea-Regular.ttf", "Caladea-Bold.ttf"),
    "liberation sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "liberation serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "dejavu serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "dejavu sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
FOLDERS = (Path("/usr/share/fonts/truetype/crosextra"),
           Path("/usr/share/fonts/truetype/liberation2"),
           Path("/usr/share/fonts/truetype/dejavu"))
OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "word" / "glyph_data.py"


def _tables(data: bytes) -> dict[str, int]:
    """Where each table of a TrueType file starts."""
    count = struct.unpack(">H", data[4:6])[0]
    return {data[12 + 16 * i: 16 + 16 * i].decode("ascii"):
            struct.unpack(">I", data[20 + 16 * i: 24 + 16 * i])[0] for i in range(count)}


def _glyph_ids(data: bytes, cmap: int) -> dict[int, int]:
    """Code point to glyph id, from the Windows Unicode (format 4) subtable of `cmap`."""
    count = struct.unpack(">H", data[cmap + 2: cmap + 4])[0]
    for i in range(count):
        record = cmap + 4 + 8 * i
        platform, encoding, offset = struct.unpack(">HHI", data[record: record + 8])
        if (platform, encoding) == (3, 1):
            return _format_4(data, cmap + offset)
    raise ValueError("no Windows Unicode cmap")


def _format_4(data: bytes, at: int) -> dict[int, int]:
    segments = struct.unpack(">H", data[at + 6: at + 8])[0] // 2
    def array(index: int, kind: str) -> tuple[int, ...]:
        start = at + 14 + index * 2 * segments + (2 if index else 0)
        return struct.unpack(f">{segments}{kind}", data[start: start + 2 * segments])
    ends, starts, deltas, offsets = array(0, "H"), array(1, "H"), array(2, "h"), array(3, "H")
    offsets_at = at + 16 + 6 * segments
    result = {}
    for code in map(ord, CHARACTERS):
        for i in range(segments):
            if starts[i] <= code <= ends[i]:
                if offsets[i] == 0:
                    result[code] = (code + deltas[i]) & 0xFFFF
                else:
                    where = offsets_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                    glyph = struct.unpack(">H", data[where: where + 2])[0]
                    result[code] = (glyph + deltas[i]) & 0xFFFF if glyph else 0
                break
    return result


def widths(path: Path) -> list[int]:
    """The advance width of each of CHARACTERS in thousandths of an em, rounded up."""
    data = path.read_bytes()
    tables = _tables(data)
    per_em = struct.unpack(">H", data[tables["head"] + 18: tables["head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables["hhea"] + 34: tables["hhea"] + 36])[0]
    ids = _glyph_ids(data, tables["cmap"])
    result = []
    for char in CHARACTERS:
        glyph = min(ids.get(ord(char), 0), metrics - 1)
        at = tables["hmtx"] + 4 * glyph
        result.append(math.ceil(struct.unpack(">H", data[at: at + 2])[0] * 1000 / per_em))
    return result


def _found(name: str, folders: list[Path]) -> Path:
    """The font file `name` in the first of `folders` that has it."""
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"{name} is in none of {', '.join(map(str, folders))}")


def main(folders: list[Path]) -> None:
    lines = ['"""Advance widths of characters, in thousandths of an em (see `glyph_widths`).',
             "", "Written by tools/make_glyph_widths.py from the fonts' files; do not edit.",
             '"""', "", "from typing import Final", "",
             "CHARACTERS: Final = (",
             *(f"    {CHARACTERS[i:i + 48]!r}" for i in range(0, len(CHARACTERS), 48)),
             ")",
             "# font: (regular, bold), a width for each of CHARACTERS",
             "WIDTHS: Final = {"]
    for font, (regular, bold) in FONTS.items():
        lines.append(f"    {font!r}: (")
        for name in (regular, bold):
            numbers = widths(_found(name, folders))
            lines.append("        (")
            lines += [f"            {', '.join(map(str, numbers[i:i + 16]))},"
                      for i in range(0, len(numbers), 16)]
            lines.append("        ),")
        lines.append("    ),")
    lines.append("}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or list(FOLDERS))
