"""Generate N cases like seed 002 with varied figures (same structure, other amounts)."""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "cases" / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
_AMOUNT = re.compile(r"^(\s*belopp: )([\d ]+)$", re.MULTILINE)


def varied(text: str, number: int) -> str:
    """The seed with every amount scaled by one factor, so stated sums still add up."""
    factor = random.Random(number).randint(2, 40)

    def vary(match: re.Match[str]) -> str:
        amount = int(match[2].replace(" ", ""))
        return f"{match[1]}{amount * factor}"

    varied_text = _AMOUNT.sub(vary, text)
    return varied_text.replace("dnr: HSN 2024/1732", f"dnr: HSN 2024/{1000 + number}")


def write_cases(folder: Path, count: int) -> list[Path]:
    """Write `count` cases into folder (100 per subfolder); return their paths."""
    text = SEED.read_text(encoding="utf-8")
    paths = []
    for number in range(count):
        path = folder / f"{number // 100:03d}" / f"arende-{number:05d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(varied(text, number), encoding="utf-8")
        paths.append(path)
    return paths
