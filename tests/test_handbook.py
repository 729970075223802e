"""The secretaries' handbook (`docs/handbok.md`) says only what the tool does.

Every ```yaml example is marked on its first line: `# helt ärende` (a whole case file),
`# del av ett ärende` (a part, checked inside a minimal case) or `# profil.yaml` (an
organisation profile, checked with a minimal case that uses it). Each passes
`beslut kontrollera` with no problem at all, warnings included, so a secretary who copies one
gets a clean check. Every bare word the handbook writes in backticks as a key (`delsumma`,
`typ: belopp`) is a key or a value of the case or profile models, or a filter of the texts,
so a misspelt or invented key cannot stand in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest
from pydantic import BaseModel

from generator.build import Pipeline
from generator.case.models import Case
from generator.case.profiles import Profile

ROOT = Path(__file__).resolve().parent.parent
HANDBOOK = ROOT / "docs" / "handbok.md"
WHOLE, PART, PROFILE = "# helt ärende", "# del av ett ärende", "# profil.yaml"
MINIMAL = "dokumenttyp: tjansteskrivelse\ndatum: 2025-03-14\ndnr: KS 2025/12\ntitel: Exempel\n"
PROFILE_ID = "handbokens-kommun"
PROFILE_CASE = (f"dokumenttyp: tjansteskrivelse\norganisation: {PROFILE_ID}\ndatum: 2025-03-14\n"
                "dnr: KFN 2025/14\ntitel: Exempel\n")
FILTERS = {"kr", "belopp", "tkr", "mnkr", "mdkr", "datum", "datum_text", "utan_tecken", "i_ord"}
"""The filters of `{{ … }}` in case text (README, "Figures in text, splits and checks")."""
OTHER_WORDS = {"summa", "true", "false", "nej"}
"""Words in backticks that are neither keys nor choices: the computed total's name in text
and YAML's yes/no values."""


def examples() -> list[tuple[int, str]]:
    """Every ```yaml block of the handbook with the line it starts on."""
    found, lines = [], HANDBOOK.read_text(encoding="utf-8").splitlines()
    start: int | None = None
    for number, line in enumerate(lines, start=1):
        if start is None and line.strip() == "```yaml":
            start = number
        elif start is not None and line.strip() == "```":
            found.append((start, "\n".join(lines[start:number - 1]) + "\n"))
            start = None
    return found


def problems(path: Path) -> list[str]:
    """The problems `beslut kontrollera` prints for a case, errors and warnings."""
    return [problem.format() for problem in Pipeline().build(path).problems]


def test_the_handbook_has_examples_of_each_kind() -> None:
    marks = {text.splitlines()[0] for _, text in examples()}
    assert marks == {WHOLE, PART, PROFILE}


@pytest.mark.parametrize(("line", "text"), examples(), ids=lambda v: str(v)[:12])
def test_an_example_passes_the_check(
    line: int, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = text.splitlines()[0]
    assert mark in {WHOLE, PART, PROFILE}, f"docs/handbok.md:{line}: unmarked example"
    case = tmp_path / "exempel.yaml"
    if mark == PROFILE:
        folder = tmp_path / "profiler" / PROFILE_ID
        folder.mkdir(parents=True)
        (folder / "profil.yaml").write_text(text, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        case.write_text(PROFILE_CASE, encoding="utf-8")
    else:
        case.write_text(text if mark == WHOLE else MINIMAL + text, encoding="utf-8")
    assert problems(case) == [], f"docs/handbok.md:{line}"


def words_in_backticks() -> Iterator[str]:
    """Each backticked span of the handbook's prose that reads as a key: a bare lower-case
    word (`delsumma`), or the key of a `key: value` span (`typ` of `typ: belopp`)."""
    prose = re.sub(r"```.*?```", "", HANDBOOK.read_text(encoding="utf-8"), flags=re.S)
    for span in re.findall(r"`([^`\n]+)`", prose):
        bare = re.fullmatch(r"([a-z_]+)(?::.*)?", span)
        if bare is not None:
            yield bare.group(1)


def known_words() -> set[str]:
    """The keys of every case and profile model and the choices of their fields."""
    found: set[str] = set()
    pending: list[Any] = [Case, Profile]
    seen: set[int] = set()
    while pending:
        kind = pending.pop()
        if id(kind) in seen:
            continue
        seen.add(id(kind))
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found |= set(kind.model_fields)
            pending += [field.annotation for field in kind.model_fields.values()]
        elif get_origin(kind) is Literal:
            found |= {str(value) for value in get_args(kind)}
        else:
            pending += list(get_args(kind))
    return found


def test_every_key_the_handbook_names_exists() -> None:
    known = known_words() | FILTERS | OTHER_WORDS
    unknown = sorted({word for word in words_in_backticks() if word not in known})
    assert unknown == []


def test_the_readme_points_secretaries_to_the_handbook() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Kom igång")
    assert "docs/handbok.md" in readme[start:readme.index("\n## ", start + 1)]


def test_the_contents_list_every_section_in_order_and_the_subsections_they_name() -> None:
    # (trial 68, F8: the signatures were found only inside "Beslut per capsulam")
    text = HANDBOOK.read_text(encoding="utf-8")
    contents = text[text.index("## Innehåll\n"):text.index("\n## 1. ")]
    listed = re.findall(r"^(\d+)\. (.+)$", contents, flags=re.M)
    assert [f"{number}. {title}" for number, title in listed] == re.findall(
        r"^## (\d+\. .+)$", text, flags=re.M)
    subsections = re.findall(r"^   - (.+)$", contents, flags=re.M)
    assert "Underskrifter (godkännande, överenskommelse)" in subsections
    assert all(f"\n### {title}\n" in text for title in subsections)
