"""Specification of names in the texts spelled nearly as a person of the signature blocks or
the justering (trial 41, F5): the very-similar-names warning, at the later of the two."""

from __future__ import annotations

import pytest

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.checks.names import check_names
from generator.checks.report import Reporter
from generator.problems import Loc, sort_problems

HEAD = """\
dokumenttyp: {kind}
datum: 2017-06-26
dnr: nej
titel: Protokoll
"""
PRESENT = """\
avsnitt:
  - rubrik: Närvarande
    text: |
      Ledamöter
      - {member}, ordförande
      - Hans Nyman
"""
SIGNERS = """\
beslut:
  beslutande: Finansinspektionens styrelse
  punkter:
    - godkänna förslaget.
undertecknare:
  - {{namn: {signer}, titel: ordförande}}
  - {{namn: Hans Nyman, titel: ledamot}}
"""
SAME = ("kontrollera om det är samma person och skriv i så fall namnet likadant")


def names(body: str, kind: str = "beslut_per_capsulam") -> list[str]:
    """The name problems of a case of the head and body, its texts those of its avsnitt."""
    loaded = load_yaml_bytes((HEAD.format(kind=kind) + body).encode(), "x.yaml")
    case, problems = validate_model(Case, loaded, "x.yaml")
    assert case is not None, problems
    texts: dict[Loc, str] = {("avsnitt", i, "text"): section.text
                             for i, section in enumerate(case.avsnitt)}
    found = check_names(case, texts, Reporter(loaded, "x.yaml"))
    return [problem.format() for problem in sort_problems(found)]


@pytest.mark.parametrize(("member", "signer"), [
    ("Hans Wiklund", "Hans Viklund"), ("Sven-Erik Österberg", "Sven-Eric Österberg"),
], ids=["the handbook's", "the trial's"])
def test_a_name_in_a_text_alike_a_signers_is_warned_about_at_the_signer(
        member: str, signer: str) -> None:
    # (trial 41, probe9 and probe5)
    body = PRESENT.format(member=member) + SIGNERS.format(signer=signer)
    assert names(body) == [f"x.yaml:16:12: varning: namnet '{signer}' liknar '{member}' på rad "
                           f"9, {SAME}"]


def test_a_signers_name_alike_one_in_a_later_text_is_warned_about_in_the_text() -> None:
    body = SIGNERS.format(signer="Hans Viklund") + PRESENT.format(member="Hans Wiklund")
    assert names(body) == [f"x.yaml:16:9: varning: namnet 'Hans Wiklund' liknar 'Hans Viklund' "
                           f"på rad 10, {SAME}"]


def test_each_pair_is_warned_about_once() -> None:
    body = (PRESENT.format(member="Hans Wiklund")
            + "  - rubrik: Beslut\n    text: Hans Wiklund och HANS WIKLUND deltog inte.\n"
            + SIGNERS.format(signer="Hans Viklund"))
    assert names(body) == [f"x.yaml:18:12: varning: namnet 'Hans Viklund' liknar 'Hans Wiklund' "
                           f"på rad 9, {SAME}"]


@pytest.mark.parametrize("member", [
    "Hans Viklund", "HANS VIKLUND", "Hans  Viklund", "Hans\u00a0Viklund", "Hans Viklunds",
    "Hans Nyberg", "Hans, Viklunds",
], ids=["same", "capitals", "two spaces", "no-break space", "genitive", "another person",
        "no name"])
def test_the_signers_own_name_or_another_is_no_slip(member: str) -> None:
    body = PRESENT.format(member=member) + SIGNERS.format(signer="Hans Viklund")
    assert names(body) == []


def test_two_alike_names_in_texts_are_no_pair() -> None:
    # (those present may well be "Anna Bergh" and "Anna Bergman": only a person of the
    # fields is compared with a name in a text)
    body = (PRESENT.format(member="Anna Bergh").replace("Hans Nyman", "Anna Bergman")
            + SIGNERS.format(signer="Anna Berg"))
    assert names(body) == [f"x.yaml:16:12: varning: namnet 'Anna Berg' liknar 'Anna Bergh' på "
                           f"rad 9, {SAME}"]


def test_the_persons_of_a_justering_are_compared_with_the_texts() -> None:
    body = """\
avsnitt:
  - rubrik: Närvarande
    text: Ordförande Dag Dahll, justerare Anna Andersson och sekreterare Cecilia Karlsson.
beslut:
  beslutande: Regionstyrelsen
  punkter:
    - godkänna årsredovisningen.
justering:
  datum: 2017-06-26
  ordforande: Dag Dahl
  justerare:
    - Anna Anderson
  utdragsbestyrkande:
    namn: Cecilia Carlsson
"""
    assert names(body, kind="beslut") == [
        f"x.yaml:14:15: varning: namnet 'Dag Dahl' liknar 'Dag Dahll' på rad 7, {SAME}",
        f"x.yaml:16:7: varning: namnet 'Anna Anderson' liknar 'Anna Andersson' på rad 7, {SAME}",
        f"x.yaml:18:11: varning: namnet 'Cecilia Carlsson' liknar 'Cecilia Karlsson' på rad 7, "
        f"{SAME}",
    ]
