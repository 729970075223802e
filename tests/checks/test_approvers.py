"""One justerare a line: names written together on one line are warned about, with the
names a line each (trial 26, after Ånge kommun, KF 2022-12-19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2022-12-22
dnr: KS 22/301
titel: Ombyggnation av kommunhusets entréplan
beslut:
  beslutande: Kommunfullmäktige
  datum: 2022-12-19
  paragraf: KF § 187
  punkter:
    - godkänna de ökade hyreskostnader som ombyggnationen innebär.
justering:
  datum: 2022-12-22
  ordforande: Anna Exempel (S)
  justerare:{justerare}
"""
WARNING = "varning: '{}' ser ut som flera justerare på en rad, skriv en justerare per rad: "


def _problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, justerare: str) -> list[str]:
    monkeypatch.chdir(tmp_path)
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(justerare=justerare), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


def test_two_justerare_joined_by_och_in_a_list_item_are_warned_about_at_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    joined = "Bertil Exempel (C) och Cecilia Exempel (M)"
    assert _problems(tmp_path, monkeypatch, f"\n    - {joined}\n") == [
        "fall.yaml:16:7: " + WARNING.format(joined)
        + "'- Bertil Exempel (C)' och '- Cecilia Exempel (M)'"]


def test_two_justerare_written_as_the_one_value_of_the_key_are_warned_about_at_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    joined = "Bertil Exempel (C) och Cecilia Exempel (M)"
    assert _problems(tmp_path, monkeypatch, f" {joined}\n") == [
        "fall.yaml:15:14: " + WARNING.format(joined)
        + "'- Bertil Exempel (C)' och '- Cecilia Exempel (M)'"]


def test_names_joined_by_commas_and_och_are_each_shown_on_a_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    joined = "Bertil Exempel (C), Cecilia Exempel (M) och David Exempel"
    assert _problems(tmp_path, monkeypatch, f"\n    - Erik Exempel\n    - {joined}\n") == [
        "fall.yaml:17:7: " + WARNING.format(joined)
        + "'- Bertil Exempel (C)', '- Cecilia Exempel (M)' och '- David Exempel'"]


@pytest.mark.parametrize("justerare", [
    "\n    - Bertil Exempel (C)\n    - Cecilia Exempel (M)\n",
    " [Bertil Exempel (C), Cecilia Exempel (M)]\n",
    "\n    - Exempel, Bertil\n",  # one name, surname first
    "\n    - Bertil Exempel (C, M)\n",
    "\n    - Anna Andersson, vice ordförande\n"])  # a role after the comma
def test_one_justerare_a_line_or_item_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, justerare: str) -> None:
    assert _problems(tmp_path, monkeypatch, justerare) == []
