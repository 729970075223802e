"""The README's "Beslutsunderlag" list, a section whose text is a `- ` list, prints as a
bulleted list in Word (trial 30 asked how to write one)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.build import Pipeline
from generator.word.dump import dump_docx

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "cases").glob("004-*.yaml"))


def _readme_example() -> dict[str, object]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    [block] = re.findall(r"```yaml\n(avsnitt:\n  - rubrik: Beslutsunderlag\n.*?)```", text,
                         re.DOTALL)
    loaded: dict[str, object] = yaml.safe_load(block)
    return loaded


def test_the_readmes_beslutsunderlag_prints_as_a_bulleted_list_in_word(tmp_path: Path) -> None:
    case = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    case["avsnitt"] += _readme_example()["avsnitt"]
    path = tmp_path / SEED.name
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    result = Pipeline().build(path)
    assert not [p.format() for p in result.problems if p.is_error]
    lines = dump_docx(result.files[f"{SEED.stem}.docx"]).splitlines()
    heading = next(i for i, line in enumerate(lines) if line.endswith("Beslutsunderlag ↓"))
    assert lines[heading + 1:heading + 4] == [
        "[List Bullet] Tjänsteskrivelse 2017\u201102\u201116 ↓",  # (non-breaking hyphens)
        "[List Bullet] Synpunkter på föreslagna ramar ↓",
        "[List Bullet] Barnchecklista inför beslut",
    ]
