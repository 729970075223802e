"""`beslut schema`: a JSON Schema that accepts every sample case and rejects known mistakes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from generator.cli import main
from generator.new_case import kinds, skeleton
from generator.schema import DIALECT, case_schema

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "cases").glob("*.yaml"))


class _EditorLoader(yaml.SafeLoader):
    """Read YAML as an editor's language server does: dates and times stay text."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(text: str) -> Any:
    """Read a case file's text as plain JSON data."""
    return yaml.load(text, Loader=_EditorLoader)  # a SafeLoader subclass


def _errors(data: Any) -> list[str]:
    """The schema's complaints about the data."""
    return [error.message for error in Draft202012Validator(case_schema()).iter_errors(data)]


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = case_schema()
    assert schema["$schema"] == DIALECT
    Draft202012Validator.check_schema(schema)


def test_descriptions_are_swedish() -> None:
    properties = case_schema()["properties"]
    assert properties["dnr"]["description"] == (
        "Diarienummer, t.ex. 'KS 2025/123'; nej för ett dokument utan diarienummer (då skrivs "
        "ingen Dnr-rad).")
    assert properties["datum"]["description"] == (
        "Dokumentets datum (ÅÅÅÅ-MM-DD), t.ex. 2025-03-14; nej för ett dokument som inte ska "
        "ha något datum, som en publicerad taxa utan datum (då skrivs ingen datumrad, och de "
        "kontroller som räknar från dokumentets datum görs inte).")
    assert "title" not in case_schema()["$defs"]["Row"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_sample_case_is_valid(case: Path) -> None:
    assert _errors(_load(case.read_text(encoding="utf-8"))) == []


MISTAKES: dict[str, tuple[str, str]] = {
    "beslutsunderlag": ("          belopp: 1 200 000", "          beloop: 1 200 000"),
    "beslut_per_capsulam": ("beslut:\n  beslutande:", "beslut:\n  beslutare:"),
    "godkannande": ("    metod: befolkning", "    metod: invanare"),
    "lagesbeskrivning": ("      tilldelat: 1 500 000", "      tilldelat: 1,5 miljoner"),
    "tjansteskrivelse": ("dokumenttyp: tjansteskrivelse", "dokumenttyp: tjänsteskrivelse"),
    "beslut": ("beslut_forst: false", "beslut_forst: kanske"),  # (ja and nej are yes and no)
}


@pytest.mark.parametrize("kind", kinds())
def test_a_new_case_is_valid_and_a_known_mistake_in_it_is_not(kind: str) -> None:
    text = skeleton(kind, "fall.yaml")
    assert _errors(_load(text)) == []
    right, wrong = MISTAKES[kind]
    assert right in text
    assert _errors(_load(text.replace(right, wrong, 1))) != []


def test_schema_command_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "arende.schema.json"
    result = CliRunner().invoke(main, ["schema", "-o", str(target)])
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == case_schema()
    printed = CliRunner().invoke(main, ["schema"]).output
    assert json.loads(printed) == case_schema()


def test_a_single_justerare_written_alone_is_valid_as_the_check_reads_it() -> None:
    case = {"dokumenttyp": "beslut", "datum": "2022-04-06", "dnr": "RS 2022/117",
            "titel": "Årsrapporter", "justering": {"datum": "2022-04-06",
                                                  "justerare": "Anna Andersson"}}
    assert _errors(case) == []
    case["justering"]["justerare"] = []  # type: ignore[index]
    assert _errors(case) != []


@pytest.mark.parametrize("key", ["numrerade_rubriker", "kronor_i_lopande_text",
                                 "procent_i_lopande_text"])
def test_a_case_chooses_its_own_house_style_with_yes_or_no(key: str) -> None:
    case = {"dokumenttyp": "tjansteskrivelse", "datum": "2021-05-10", "dnr": "nej",
            "titel": "Yttrande"}
    for value in ("nej", "ja", False, True):
        assert _errors({**case, key: value}) == [], value
    assert _errors({**case, key: "kanske"}) != []


def test_a_case_chooses_its_own_word_for_millions() -> None:
    case = {"dokumenttyp": "tjansteskrivelse", "datum": "2014-02-20", "dnr": "nej",
            "titel": "Bokslut 2013"}
    for value in ("mnkr", "mkr"):
        assert _errors({**case, "miljoner": value}) == [], value
    assert _errors({**case, "miljoner": "Mkr"}) != []


def test_a_stated_amount_may_carry_ore_and_a_sign_as_the_check_reads_it() -> None:
    case = {"dokumenttyp": "beslut", "datum": "2022-10-25", "dnr": "nej", "titel": "Skattesats"}
    for value in ("19,50", "44 800", "44 800,50 kr", 44800, 19.5, "-1 747 977", "−3", -3):
        assert _errors({**case, "belopp": {"skattesats": value}}) == [], value
    for value in ("8,405", "-1.747.977"):
        assert _errors({**case, "belopp": {"skattesats": value}}) != [], value


def test_a_stated_percentage_is_valid_as_the_check_reads_it() -> None:
    case = {"dokumenttyp": "beslut", "datum": "2010-05-20", "dnr": "nej", "titel": "Stöd"}
    for value in ("73,37 %", "50,00%", "100 %"):
        assert _errors({**case, "belopp": {"stodandel": value}}) == [], value
    for value in ("-5 %", "73,37 % %", "ca 70 %"):
        assert _errors({**case, "belopp": {"stodandel": value}}) != [], value


def test_a_splits_sum_may_be_a_share_of_a_named_amount_as_the_check_reads_it() -> None:
    case = {"dokumenttyp": "godkannande", "datum": "2024-01-10", "dnr": "nej",
            "titel": "Bidrag", "belopp": {"ram": 420000}}
    for value in ("belopp.ram * 70 %", "belopp.ram", "70 % * belopp.ram", 294000, "294 000",
                  "tabeller.utokning.kostnad", "tabeller.utokning.rader.feriearbete.kostnad",
                  "tabeller.budget.summa * 70 %"):
        split = {"namn": "grund", "metod": "lika", "summa": value, "parter": [{"namn": "A"}]}
        assert _errors({**case, "uppdelningar": [split]}) == [], value
    for value in ("{{ belopp.ram }} * 70 %", "ram * 70 %", -5, "{{ tabeller.utokning.kostnad }}"):
        split = {"namn": "grund", "metod": "lika", "summa": value, "parter": [{"namn": "A"}]}
        assert _errors({**case, "uppdelningar": [split]}) != [], value


def test_a_stated_amount_may_be_worked_out_from_another_as_the_check_reads_it() -> None:
    # (trial 95, F8: 'grans: belopp.prisbasbelopp * 50 %')
    case = {"dokumenttyp": "beslut", "datum": "2024-02-12", "dnr": "nej", "titel": "Avskrivning"}
    for value in ("belopp.prisbasbelopp * 50 %", "belopp.prisbasbelopp / 2",
                  "2,5 * belopp.prisbasbelopp", "belopp.hyra + belopp.el"):
        assert _errors({**case, "belopp": {"pbb": 52500, "grans": value}}) == [], value
    for value in ("{{ belopp.prisbasbelopp }}", "prisbasbelopp * 50 %"):
        assert _errors({**case, "belopp": {"pbb": 52500, "grans": value}}) != [], value
