"""Specification: an attachment named with its own number ("Bilaga 1: …", "3. …"), which
the document numbers too ("1. Bilaga 1: …"), is warned about with the printed line and the
name without its number (trial 95, F15); other names are not."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-12
dnr: KS 2024/112
titel: Avskrivning av kundfordringar
avsnitt:
  - rubrik: Ärendet
    text: Kommunen skriver av fordringar.
i_tjansten:
  - {namn: Ulrika Jansson, titel: Ekonomichef}
bilagor:
"""


def warnings(tmp_path: Path, *attachments: str) -> list[str]:
    path = tmp_path / "x.yaml"
    path.write_text(CASE + "".join(f"  - {name}\n" for name in attachments), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_an_attachment_named_with_its_number_is_warned_about(tmp_path: Path) -> None:
    assert warnings(tmp_path, '"Bilaga 1: Specifikation av fordringar per gäldenär"',
                    "Riktlinjer för fakturering", "3. Protokoll") == [
        "x.yaml:11:5: varning: bilagan 'Bilaga 1: Specifikation av fordringar per gäldenär' "
        "börjar med sitt nummer, men dokumentet numrerar bilagorna också och skriver '1. "
        "Bilaga 1: Specifikation av fordringar per gäldenär'; skriv bara 'Specifikation av "
        "fordringar per gäldenär'",
        "x.yaml:13:5: varning: bilagan '3. Protokoll' börjar med sitt nummer, men dokumentet "
        "numrerar bilagorna också och skriver '3. 3. Protokoll'; skriv bara 'Protokoll'"]


def test_a_name_that_only_holds_a_number_is_not(tmp_path: Path) -> None:
    assert warnings(tmp_path, "2024 års bokslut", "Bilagan om 2.3 Rapport",
                    "2.3 Delrapport", "Bilagor till protokoll") == []
