"""Specification of the warning about a new case's example texts left in place under a
title of its own (trial 83, F3: a delegated decision retitled "Beslut om ledsagarservice"
still granted färdtjänst in its points and its reasons)."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

from generator.build import Pipeline
from generator.new_case import kinds, write_new_case

LEFT = "står kvar från exemplet i 'beslut ny'"
TODAY = datetime.date(2026, 3, 2)


def _messages(path: Path) -> list[str]:
    """The messages of a case's build, without the folder."""
    return [p.format().removeprefix(f"{path.parent}/") for p in Pipeline().build(path).problems]


def _retitled(path: Path) -> None:
    """The case with a title of its own, its example texts as they are."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^titel: .+$", "titel: Ärendets egen titel", text),
                    encoding="utf-8")


def test_a_delegated_decision_retitled_is_warned_at_its_first_example_point(
        tmp_path: Path) -> None:
    path = tmp_path / "ledsagning.yaml"
    write_new_case("beslut", path, today=TODAY, delegated=True)
    _retitled(path)
    assert [m for m in _messages(path) if LEFT in m] == [
        "ledsagning.yaml:61:7: varning: texten 'bevilja sökanden färdtjänst med ledsagare.' "
        "står kvar från exemplet i 'beslut ny' (och 3 texter till); skriv ärendets egen text "
        "i stället för exemplets"]


def test_the_points_written_anew_leave_the_reasons_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "ledsagning.yaml"
    write_new_case("beslut", path, today=TODAY, delegated=True)
    _retitled(path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("bevilja sökanden färdtjänst med ledsagare.",
                                 "bevilja dig ledsagarservice 17 timmar i månaden.").replace(
        "avslå ansökan om ensamåkning.", "avslå ansökan i övrigt."), encoding="utf-8")
    assert [m for m in _messages(path) if LEFT in m] == [
        "ledsagning.yaml:72:11: varning: texten 'Du har ansökt om färdtjänst med ledsagare "
        "och …' står kvar från exemplet i 'beslut ny' (och 1 text till); skriv ärendets egen "
        "text i stället för exemplets"]


@pytest.mark.parametrize("kind", kinds())
def test_every_kind_retitled_is_warned_once_about_its_example_texts(tmp_path: Path,
                                                                   kind: str) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case(kind, path, today=TODAY)
    _retitled(path)
    left = [m for m in _messages(path) if LEFT in m]
    assert len(left) == 1 and left[0].startswith("nytt.yaml:")
    assert not [m for m in _messages(path) if "är exemplet från 'beslut ny'" in m]


def test_the_example_title_alone_is_warned_about_not_its_texts(tmp_path: Path) -> None:
    path = tmp_path / "nytt.yaml"
    write_new_case("beslut", path, today=TODAY, delegated=True)
    assert not [m for m in _messages(path) if LEFT in m]


def test_one_formula_of_an_example_kept_is_the_case_s_own(tmp_path: Path) -> None:
    # (seed 000 decides "besluta i enlighet med Styrgruppens förslag.", as the skeleton does)
    path = tmp_path / "nytt.yaml"
    write_new_case("beslut_per_capsulam", path, today=TODAY)
    _retitled(path)
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    case["avsnitt"][0]["text"] = "Nätverket har berett ärendet om medel till länet."
    case["forslag"]["punkter"] = ["medlen används till utbildning i länet."]
    path.write_text(yaml.safe_dump(case, allow_unicode=True), encoding="utf-8")
    assert not [m for m in _messages(path) if LEFT in m]


def test_a_file_without_a_mark_of_beslut_ny_is_not_compared(tmp_path: Path) -> None:
    """The comparison needs the skeletons read; a case that keeps neither the first line of
    `beslut ny` nor its comments' explanation is any other case, and a cold check of one
    does not read them."""
    path = tmp_path / "ledsagning.yaml"
    write_new_case("beslut", path, today=TODAY, delegated=True)
    _retitled(path)
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines()
                              if not line.lstrip().startswith("#")), encoding="utf-8")
    assert [m for m in _messages(path) if LEFT in m] == []
