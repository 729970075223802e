"""Specification: a percentage typed in text with decimals, one step of its last decimal off
a change or share that a table computes, is a warning naming the computed one, its row and
how to name it (trial 36, F7); one that agrees (rounded to its decimals, the sign aside),
one without decimals ("3 %", a rate the case may set) and one farther off are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2018-12-03
dnr: KS 2018/40
titel: Ny VA-taxa
avsnitt:
  - rubrik: Nya avgifter
    text: |
      {text}
    tabell: taxa
tabeller:
  - namn: taxa
    kolumner:
      - {{namn: avgift, rubrik: Avgift}}
      - {{namn: t2018, rubrik: "2018", typ: belopp}}
      - {{namn: t2019, rubrik: "2019", typ: belopp}}
      - {{namn: procent, rubrik: Förändring, typ: forandring, fran: t2018, till: t2019}}
      - {{namn: andel, rubrik: Andel 2019, typ: andel, av: t2019}}
    rader:
      - {{avgift: Fast avgift, t2018: 2000, t2019: 2106}}
      - {{avgift: Renvatten, t2018: 1000, t2019: 970}}
"""


def warnings(tmp_path: Path, text: str) -> list[str]:
    """The problems of the case with the section's text, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_change_typed_one_step_off_is_a_warning_at_the_percentage(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Den fasta avgiften höjs med 5,4 %.") == [
        "x.yaml:8:35: varning: procentsatsen '5,4 %' i texten stämmer inte med den uträknade "
        "förändringen 5,3 % på raden 'Fast avgift' (tabeller.taxa.rader[0].procent); menar "
        "texten den, skriv {{ tabeller.taxa.rader[0].procent }} så följer texten tabellen"]


def test_a_total_change_typed_one_step_off_names_the_total(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Avgifterna höjs med 2,6 procent.") == [
        "x.yaml:8:27: varning: procentsatsen '2,6 procent' i texten stämmer inte med den "
        "uträknade förändringen 2,5 % (tabeller.taxa.procent); menar texten den, skriv "
        "{{ tabeller.taxa.procent }} så följer texten tabellen"]


def test_a_share_typed_one_step_off_is_named_a_share(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Renvattnet är 31,6 % av avgifterna.") == [
        "x.yaml:8:21: varning: procentsatsen '31,6 %' i texten stämmer inte med den uträknade "
        "andelen 31,5 % på raden 'Renvatten' (tabeller.taxa.rader[1].andel); menar texten "
        "den, skriv {{ tabeller.taxa.rader[1].andel }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "Den fasta avgiften höjs med 5,3 %.",  # as computed
    "Den fasta avgiften är 68,47 % av avgifterna.",  # more decimals than the table's
    "Renvattnet sänks med 3,0 %.",  # −3,0 %: the sign aside
    "Den fasta avgiften höjs med 5 %.",  # no decimals: never read
    "Momsen är 25 % och räntan 2,0 %.",  # far from every computed percentage
    "Avgifterna höjs med 2,5 %, renvattnet {{ tabeller.taxa.rader[1].procent }}.",
])
def test_a_percentage_that_agrees_or_is_another_figure_is_left_alone(
        tmp_path: Path, text: str) -> None:
    assert warnings(tmp_path, text) == []


NAMED_RATE = """\
dokumenttyp: beslut
datum: 2024-03-01
dnr: KS 2024/55
titel: Borgen för AB Gotlandshem
belopp:
  laneram: 1500000000
  avgift: "{named}"
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - ingå borgen för bolagets lån upp till {{{{ belopp.laneram }}}}.
    - borgensavgiften ska vara {typed} av utnyttjad borgen.
"""


def rate_problems(tmp_path: Path, named: str, typed: str) -> list[str]:
    """The problems of a borgen with a named fee and a point that types one."""
    case = tmp_path / "x.yaml"
    case.write_text(NAMED_RATE.format(named=named, typed=typed), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_named_percentage_typed_ten_times_too_small_is_a_warning(tmp_path: Path) -> None:
    # trial 76, F7: "0,04 %" for the named "0,40 %", a zero left out
    assert rate_problems(tmp_path, "0,40 %", "0,04 %") == [
        "x.yaml:12:32: varning: procentsatsen '0,04 %' i beslutet är ingen av ärendets "
        "procentsatser, men tio gånger så stor stämmer den med ärendets procentsats 'avgift' "
        "(0,40 %); menar punkten den procentsatsen, skriv {{ belopp.avgift }} så följer "
        "punkten ärendets procentsats"]


def test_a_named_percentage_typed_ten_times_too_large_is_a_warning(tmp_path: Path) -> None:
    # the zero after the decimal comma left out: "0,4 %" for "0,04 %"
    assert rate_problems(tmp_path, "0,04 %", "0,4 %") == [
        "x.yaml:12:32: varning: procentsatsen '0,4 %' i beslutet är ingen av ärendets "
        "procentsatser, men en tiondel så stor stämmer den med ärendets procentsats 'avgift' "
        "(0,04 %); menar punkten den procentsatsen, skriv {{ belopp.avgift }} så följer "
        "punkten ärendets procentsats"]


def test_a_zero_left_out_inside_a_named_percentage_is_a_warning(tmp_path: Path) -> None:
    assert rate_problems(tmp_path, "10,25 %", "1,25 %") == [
        "x.yaml:12:32: varning: procentsatsen '1,25 %' i beslutet är ingen av ärendets "
        "procentsatser, men med en nolla till stämmer den med ärendets procentsats 'avgift' "
        "(10,25 %); menar punkten den procentsatsen, skriv {{ belopp.avgift }} så följer "
        "punkten ärendets procentsats"]


@pytest.mark.parametrize("typed", ["0,40 %", "0,4 %", "0,45 %", "0,004 %"])
def test_the_named_percentage_or_another_is_no_slip(tmp_path: Path, typed: str) -> None:
    # 0,45 % is another rate; 0,004 % is a hundredth, two zeros from it
    assert rate_problems(tmp_path, "0,40 %", typed) == []


SHARES = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-12
dnr: KS 2024/112
titel: Avskrivning av kundfordringar
avsnitt:
  - rubrik: Ärendet
    text: Konkurser svarar för {percent} av det totala beloppet.
    tabell: f
tabeller:
  - namn: f
    kolumner:
      - {{namn: orsak, rubrik: Orsak}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
      - {{namn: andel, rubrik: Andel, typ: andel, av: belopp}}
    rader:
      - {{orsak: Dödsbo, belopp: 93 620}}
      - {{orsak: Konkurs, belopp: 54 370}}
      - {{orsak: Skuldsanering, belopp: 64 132}}
"""


def test_a_computed_share_with_two_digits_swapped_is_a_warning(tmp_path: Path) -> None:
    # (trial 95, F9: caught for a share typed in a `tal` column, not for a computed one)
    case = tmp_path / "x.yaml"
    case.write_text(SHARES.format(percent="26,5 %"), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] == [
        "x.yaml:7:32: varning: procentsatsen '26,5 %' i texten finns inte i tabellerna, men med "
        "två siffror omkastade stämmer den med den uträknade andelen 25,6 % på raden 'Konkurs' "
        "(tabeller.f.rader[1].andel); menar texten den, skriv {{ tabeller.f.rader[1].andel }} "
        "så följer texten tabellen"]


@pytest.mark.parametrize("percent", ["25,6 %", "25 %", "62,5 %"])
def test_a_share_as_computed_whole_or_no_swap_passes(tmp_path: Path, percent: str) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(SHARES.format(percent=percent), encoding="utf-8")
    assert Pipeline().build(case).problems == []
