"""A skattesats is kronor per hundred kronor, written "22,21 %" as often as "22,21 kronor per
skattekrona" (trial 75, F5). Under `belopp` it is written with its percent sign: it prints
as written, a formula multiplies by 22,21 %, and the text's two spellings are compared with
it; one written as kronor ('skattesats: "22,21"') is a warning at it that says why and what
to write. "22,21 kronor per skattekrona" in text is a percentage, no amount in kronor."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2025-11-20
dnr: KS 2025/140
titel: Skattesats för 2026
belopp:
  skattesats: "22,21 %"
  bidrag: 45000
beslut:
  beslutande: Kommunfullmäktige
  datum: 2025-11-18
  punkter:
    - fastställa skattesatsen för 2026 till {{ belopp.skattesats }}.
    - bevilja föreningen {{ belopp.bidrag }}.
avsnitt:
  - rubrik: Skatteintäkter
    text: >-
      Kommunstyrelsen föreslår oförändrad skattesats, 22,21 kronor per skattekrona.
    tabell: skatt
tabeller:
  - namn: skatt
    kolumner:
      - {namn: ar, rubrik: År}
      - {namn: underlag, rubrik: Skatteunderlag, typ: belopp}
      - {namn: intakt, rubrik: Skatteintäkt, typ: belopp, formel: underlag * belopp.skattesats}
    rader:
      - {ar: "2026", underlag: 1000000000}
"""
AS_KRONOR = ("6:15: varning: 'skattesats' är en skattesats, kronor per skattekrona (per 100 kr), "
             "men är skriven som ett belopp, 22,21 kr: en formel multiplicerar då med 22,21 i "
             "stället för 22,21 %, och texten jämförs inte med den som procentsats ('22,21 %' "
             "eller '22,21 kronor per skattekrona'); skriv den med procenttecken, 'skattesats: "
             "\"22,21 %\"', så räknas den som 22,21 % ({{ belopp.skattesats }} skriver då "
             "'22,21 %')")


def build(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The problems as `line:col: message`, and the Markdown ("" when there is none)."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    return [p.format().removeprefix(f"{path}:") for p in result.problems], markdown


def test_a_rate_with_its_percent_sign_prints_multiplies_and_agrees_with_the_text(
        tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, CASE)
    assert problems == []
    assert "att fastställa skattesatsen för 2026 till 22,21 %." in markdown
    assert "| 2026 | 1 000 000 000 | 222 100 000 |" in markdown


@pytest.mark.parametrize("unit", ["kronor", "kr"])
def test_a_rate_per_skattekrona_with_two_digits_swapped_is_warned_about(
        tmp_path: Path, unit: str) -> None:
    text = CASE.replace("22,21 kronor per", f"22,12 {unit} per")
    problems, _ = build(tmp_path, text)
    assert problems == [
        f"17:55: varning: procentsatsen '22,12 {unit} per skattekrona' i texten är ingen av "
        "ärendets procentsatser, men med två siffror omkastade stämmer den med ärendets "
        "procentsats 'skattesats' (22,21 %); menar texten den procentsatsen, skriv "
        "{{ belopp.skattesats }} så följer texten ärendets procentsats"]


def test_a_rate_per_skattekrona_in_a_point_is_no_amount_to_compute(tmp_path: Path) -> None:
    text = CASE.replace("till {{ belopp.skattesats }}.", "till 22,21 kronor per skattekrona.")
    assert build(tmp_path, text)[0] == []


@pytest.mark.parametrize("value", ['"22,21"', '"22,21 kr"'])
def test_a_rate_written_as_kronor_is_a_warning_at_it(tmp_path: Path, value: str) -> None:
    text = CASE.replace('"22,21 %"', value).replace("underlag * belopp.skattesats",
                                                    "underlag * 2")
    problems, markdown = build(tmp_path, text)
    assert problems == [AS_KRONOR]
    assert "att fastställa skattesatsen för 2026 till 22,21 kr." in markdown


@pytest.mark.parametrize(("name", "value"), [("skattesats", "2200000"),
                                             ("skatteintakt", '"22,21"')])
def test_another_amount_is_no_rate(tmp_path: Path, name: str, value: str) -> None:
    text = CASE.replace('  skattesats: "22,21 %"\n', f"  skattesats: \"22,21 %\"\n  {name}_x: "
                        f"{value}\n")
    assert build(tmp_path, text)[0] == []


def test_an_amount_with_ore_is_offered_as_the_case_file_takes_it(tmp_path: Path) -> None:
    # (the offer read 'ram: 22.21', which a case file refuses)
    text = CASE.replace("bevilja föreningen {{ belopp.bidrag }}.", "bevilja 22,50 kr.")
    assert build(tmp_path, text)[0] == [
        "13:15: varning: beloppet '22,50 kr' i beslutet räknas inte ut ur ärendets tabeller; "
        "är det ett belopp som ärendet anger, skriv det på en ny rad under 'belopp:' med ett "
        "namn du väljer, t.ex. 'ram: \"22,50\"', och i punkten {{ belopp.ram }}"]
