"""The letterhead's kind label and sender lines."""

from __future__ import annotations

from pathlib import Path

from generator.build import Settings, render_cases
from generator.render.letterhead import kind_label, sender_lines
from generator.word.dump import dump_docx

CASES = Path(__file__).resolve().parent.parent / "cases"


def test_every_kind_has_a_printed_label() -> None:
    assert kind_label("tjansteskrivelse") == "Tjänsteskrivelse"
    assert kind_label("beslut_per_capsulam") == "Beslut per capsulam"


def test_the_sender_lines_never_lose_the_organisation_name() -> None:
    own = ("Hälso- och sjukvårdsförvaltningen", "Enheten för ledningsstöd")
    assert sender_lines(own, "Region Dalarna") == ("Region Dalarna", *own)


def test_lines_that_already_name_the_organisation_are_kept() -> None:
    own = ("Region Dalarna", "Hälso- och sjukvårdsförvaltningen")
    assert sender_lines(own, "Region Dalarna") == own


def test_the_profile_lines_stand_in_when_the_case_has_none() -> None:
    assert sender_lines((), "Region X", ("Region X", "Staben")) == ("Region X", "Staben")
    assert sender_lines(("Enheten",), None) == ("Enheten",)


def test_further_reference_numbers_follow_the_dnr(tmp_path: Path) -> None:
    source = CASES / "004-tjansteskrivelse-samverkansmedel-psykisk-halsa-2019.yaml"
    case = tmp_path / "arende.yaml"
    case.write_text(source.read_text(encoding="utf-8").replace(
        "dnr: RS/1854/2019",
        "dnr: RS/1854/2019\nreferenser:\n  - etikett: Ert dnr\n    nummer: HSN 2019/88"
    ), encoding="utf-8")
    [result] = render_cases([case], Settings(output=tmp_path / "ut"))
    assert result.problems == []
    text = (tmp_path / "ut" / "arende.md").read_text(encoding="utf-8")
    assert "Dnr: RS/1854/2019  \nErt dnr: HSN 2019/88\n" in text
    dump = dump_docx((tmp_path / "ut" / "arende.docx").read_bytes())
    assert "Dnr: RS/1854/2019 ⏎ Ert dnr: HSN 2019/88 ¶ Hälso- och sjukvårdsnämnden |" in dump


def test_a_reference_without_a_label_stands_alone_on_its_line(tmp_path: Path) -> None:
    # (trial 74, F7: `etikett: ""` printed ": AU § 299"; a protocol prints the bare number)
    source = CASES / "004-tjansteskrivelse-samverkansmedel-psykisk-halsa-2019.yaml"
    case = tmp_path / "arende.yaml"
    case.write_text(source.read_text(encoding="utf-8").replace(
        "dnr: RS/1854/2019",
        "dnr: RS/1854/2019\nreferenser:\n  - etikett: \"\"\n    nummer: AU § 299\n"
        "  - nummer: HSN 2019/88"
    ), encoding="utf-8")
    [result] = render_cases([case], Settings(output=tmp_path / "ut"))
    assert result.problems == []
    text = (tmp_path / "ut" / "arende.md").read_text(encoding="utf-8")
    assert "Dnr: RS/1854/2019  \nAU § 299  \nHSN 2019/88\n" in text
    dump = dump_docx((tmp_path / "ut" / "arende.docx").read_bytes())
    assert "Dnr: RS/1854/2019 ⏎ AU §\xa0299 ⏎ HSN 2019/88 ¶" in dump


def test_a_case_without_a_dnr_prints_no_dnr_anywhere(tmp_path: Path) -> None:
    # (trial 22: `dnr: ""` printed an empty "Dnr:"; `dnr: nej` now leaves it out)
    source = CASES / "004-tjansteskrivelse-samverkansmedel-psykisk-halsa-2019.yaml"
    case = tmp_path / "arende.yaml"
    case.write_text(source.read_text(encoding="utf-8").replace(
        "dnr: RS/1854/2019",
        "dnr: nej\nreferenser:\n  - etikett: Ert dnr\n    nummer: HSN 2019/88"
    ), encoding="utf-8")
    [result] = render_cases([case], Settings(output=tmp_path / "ut"))
    assert result.problems == []
    text = (tmp_path / "ut" / "arende.md").read_text(encoding="utf-8")
    assert "Dnr" not in text.replace("Ert dnr", "")
    assert "Datum: 2019-12-18  \nErt dnr: HSN 2019/88\n" in text
    dump = dump_docx((tmp_path / "ut" / "arende.docx").read_bytes())
    assert "Dnr" not in dump.replace("Ert dnr", "")
    assert "header: Tjänsteskrivelse · 2019-12-18" in dump


def _undated(tmp_path: Path, replacements: dict[str, str]) -> tuple[list[str], str, str]:
    """The problems, .md and Word dump of case 004 written `datum: nej` and otherwise."""
    source = CASES / "004-tjansteskrivelse-samverkansmedel-psykisk-halsa-2019.yaml"
    text = source.read_text(encoding="utf-8").replace("datum: 2019-12-18", "datum: nej")
    for old, new in replacements.items():
        text = text.replace(old, new)
    case = tmp_path / "arende.yaml"
    case.write_text(text, encoding="utf-8")
    [result] = render_cases([case], Settings(output=tmp_path / "ut"))
    return ([p.message for p in result.problems],
            (tmp_path / "ut" / "arende.md").read_text(encoding="utf-8"),
            dump_docx((tmp_path / "ut" / "arende.docx").read_bytes()))


def test_an_undated_document_prints_no_date_line(tmp_path: Path) -> None:
    # (trial 47, F7: an undated price list needed an invented date, which Word printed)
    problems, markdown, dump = _undated(tmp_path, {})
    assert problems == []
    assert "::: uppgifter\n**Tjänsteskrivelse**  \nDnr: RS/1854/2019\n" in markdown
    assert "Datum" not in markdown
    assert "| **Tjänsteskrivelse** ⏎ Dnr: RS/1854/2019 ¶ Hälso- och sjukvårdsnämnden |" in dump
    assert "header: Tjänsteskrivelse · Dnr RS/1854/2019\n" in dump


def test_an_undated_document_without_a_dnr_or_a_label_starts_with_what_it_has(
        tmp_path: Path) -> None:
    _, markdown, _ = _undated(tmp_path, {"dnr: RS/1854/2019": "dnr: nej\netikett: \"\"\n"
                                         "referenser:\n  - etikett: Ert dnr\n    nummer: HSN 1"})
    assert "::: uppgifter\nErt dnr: HSN 1\n" in markdown
    _, markdown, dump = _undated(tmp_path, {"dnr: RS/1854/2019": "dnr: nej\netikett: \"\""})
    assert "::: uppgifter\n\nHälso- och sjukvårdsnämnden\n:::" in markdown
    assert "| Region Jämtland Härjedalen ⏎ Ledningsstaben | Hälso- och sjukvårdsnämnden |" in dump


def test_a_recipient_naming_the_body_prints_the_body_once(tmp_path: Path) -> None:
    # (trial 96, F1: `beslutsorgan: Kommunstyrelsen` and `mottagare: [Kommunstyrelsen]`
    # printed "Kommunstyrelsen" twice under the Dnr)
    case = tmp_path / "arende.yaml"
    case.write_text(
        "dokumenttyp: tjansteskrivelse\navsandare: [Huddinge kommun]\ndatum: 2014-09-01\n"
        "dnr: KS-2014/742.912\ntitel: Granskning av manuella utbetalningar\n"
        "beslutsorgan: Kommunstyrelsen\nmottagare:\n  - kommunstyrelsen\n"
        "avsnitt:\n  - rubrik: Sammanfattning\n    text: Text.\n", encoding="utf-8")
    [result] = render_cases([case], Settings(output=tmp_path / "ut"))
    assert result.problems == []
    text = (tmp_path / "ut" / "arende.md").read_text(encoding="utf-8")
    assert "Dnr: KS-2014/742.912\n\nkommunstyrelsen\n:::\n" in text
    dump = dump_docx((tmp_path / "ut" / "arende.docx").read_bytes())
    assert dump.count("ommunstyrelsen") == 1
