"""Decisions as they are taken: tense, paragraph, order, header numbers and kind label; the same
proposal reads word for word the same in every kind that shows it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: {kind}
datum: 2024-10-08
dnr: PHN 2024/17
titel: Projektmedel
"""
PROPOSAL = """\
forslag:
  forslagsstallare: Arbetsutskottet
  beslutande: styrelsen
  punkter:
    - använda projektmedlen till brukarmedverkan.
"""
DECISION = """\
beslut:
  beslutande: Styrelsen
{extra}  punkter:
    - använda projektmedlen till brukarmedverkan.
"""
AVSNITT = "avsnitt:\n  - rubrik: Bakgrund\n    text: Föreningen har fått medel.\n"


def markdown(tmp_path: Path, text: str) -> str:
    """Render a case in memory and return its Markdown (failing on any error), no-break
    spaces as spaces (a date's day is kept with its month: `test_a_dates_day_stays_...`)."""
    case = tmp_path / "fall.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems if p.is_error] == []
    return result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")


def test_a_decision_taken_on_a_date_is_in_the_past_tense_with_its_paragraph(
    tmp_path: Path,
) -> None:
    extra = "  datum: 2024-10-03\n  paragraf: § 12\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert "Styrelsen beslutade den 3 oktober 2024, § 12,\n\natt använda projektmedlen" in text


@pytest.mark.parametrize("written", ["99", "'99'", "§99", "§ 99"])
def test_a_paragraph_given_by_its_number_alone_gets_its_sign(
    tmp_path: Path, written: str
) -> None:
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert "Styrelsen beslutade den 3 oktober 2024, § 99,\n" in text


def test_a_paragraph_written_otherwise_stands_as_written(tmp_path: Path) -> None:
    extra = "  datum: 2024-10-03\n  paragraf: §§ 12–13\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert "Styrelsen beslutade den 3 oktober 2024, §§ 12–13,\n" in text


@pytest.mark.parametrize("written", ["58a", "58 a"])
def test_a_paragraph_number_with_a_letter_gets_its_sign(tmp_path: Path, written: str) -> None:
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert "Styrelsen beslutade den 3 oktober 2024, § 58 a,\n" in text


@pytest.mark.parametrize(("written", "shown"), [("1 §", "§ 1"), ("1§", "§ 1"),
                                                ("58 a §", "§ 58 a")])
def test_a_paragraph_with_its_sign_after_the_number_gets_it_before(
        tmp_path: Path, written: str, shown: str) -> None:
    # (trial 24: '1 §' was printed "26 februari 2019, 1 §,")
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert f"Styrelsen beslutade den 3 oktober 2024, {shown},\n" in text


@pytest.mark.parametrize("written", ["Vn 1", "KS § 12", "SN § 82", "BUN § 7 a", "Vn 12 a"])
def test_a_paragraph_numbered_with_its_organs_prefix_stands_as_written(
        tmp_path: Path, written: str) -> None:
    # (trial 24: Krokoms valnämnd numbers its paragraphs 'Vn 1', which was refused)
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert f"Styrelsen beslutade den 3 oktober 2024, {written},\n" in text


@pytest.mark.parametrize(("written", "shown"), [
    ("§ KF 130", "KF § 130"), ("Kf 130 §", "Kf § 130"), ("KF §130", "KF § 130"),
    ("KF§130", "KF § 130"), ("KS  §  12", "KS § 12"), ("BUN § 7a", "BUN § 7 a"),
    ("Vn 12a", "Vn 12 a"), ("§ 58a", "§ 58 a")])
def test_a_paragraph_with_its_organs_prefix_is_written_prefix_sign_number(
        tmp_path: Path, written: str, shown: str) -> None:
    # (trial 26: '§ KF 130', 'Kf 130 §' and 'KF §130' were printed as typed)
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert f"Styrelsen beslutade den 3 oktober 2024, {shown},\n" in text


@pytest.mark.parametrize(("written", "hint"), [("5 8", "§ 58"), ("femtioåtta", "§ 58"),
                                               ("Paragraf 58", "§ 58"), ("Nr 58", "§ 58"),
                                               ("Vn1", "Vn 1"), ("Vn 1 2", "§ 12"),
                                               ("§ 130 KF", "KF § 130"),
                                               ("KF § 130 §", "KF § 130"),
                                               ("§ KF130", "KF § 130"),
                                               ("Nr § 58", "§ 58"), ("kf § 130", "KF § 130")])
def test_a_paragraph_that_is_no_number_is_refused(tmp_path: Path, written: str,
                                                  hint: str) -> None:
    # (a mistyped '5 8' was printed as it stood: "beslutade den 30 mars 2022, 5 8,")
    case = tmp_path / "fall.yaml"
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    case.write_text(HEAD.format(kind="beslut") + DECISION.format(extra=extra), encoding="utf-8")
    assert [p.format() for p in Pipeline().check(case, "fall.yaml").problems] == [
        f"fall.yaml:8:13: 'paragraf': '{written}' är inget paragrafnummer, skriv t.ex. "
        f"'{hint}'"]


@pytest.mark.parametrize(("written", "hint"), [
    ("Ks 90, Au 99", "skriv beslutets egen, t.ex. 'Ks 90'; de andra kan stå i texten"),
    ("Ks 90 Au 99", "skriv beslutets egen, t.ex. 'Ks 90'; de andra kan stå i texten"),
    ("Kf 60, Ks 90, Au 99", "skriv beslutets egen, t.ex. 'Kf 60'; de andra kan stå i texten"),
    ("KS § 12 och KS § 14",
     "skriv en, t.ex. 'KS § 12', eller alla efter §§, t.ex. 'KS §§ 12, 14'"),
    ("90, 91", "skriv en, t.ex. '§ 90', eller alla efter §§, t.ex. '§§ 90, 91'")])
def test_several_paragraphs_are_refused_with_one_of_them_as_the_hint(
        tmp_path: Path, written: str, hint: str) -> None:
    # (trial 37: 'Ks 90, Au 99', the decision's own and the preparing paragraph, was hinted
    # as '§ 9099', a paragraph that does not exist)
    case = tmp_path / "fall.yaml"
    extra = f"  datum: 2024-10-03\n  paragraf: {written}\n"
    case.write_text(HEAD.format(kind="beslut") + DECISION.format(extra=extra), encoding="utf-8")
    assert [p.format() for p in Pipeline().check(case, "fall.yaml").problems] == [
        f"fall.yaml:8:13: 'paragraf': '{written}' är flera paragrafer, {hint}"]


def test_several_paragraphs_after_their_double_sign_stand_as_written(tmp_path: Path) -> None:
    extra = "  datum: 2024-10-03\n  paragraf: KS §§ 12, 14\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=extra))
    assert "Styrelsen beslutade den 3 oktober 2024, KS §§ 12, 14,\n" in text


def test_a_decision_without_a_date_reads_as_the_minutes_do(tmp_path: Path) -> None:
    text = markdown(tmp_path, HEAD.format(kind="beslut") + DECISION.format(extra=""))
    assert "Styrelsen beslutar\n\natt använda" in text
    assert "per capsulam" not in text


def test_the_per_capsulam_sentence_appears_only_in_a_per_capsulam_decision(
    tmp_path: Path,
) -> None:
    text = markdown(tmp_path, HEAD.format(kind="beslut_per_capsulam") + DECISION.format(extra=""))
    assert text.rstrip().endswith(
        "Beslutet per capsulam förs till minnesanteckningarna på nästkommande möte i styrelsen.")
    assert "**Beslut per capsulam**" in text


def test_a_per_capsulam_decision_of_a_board_is_entered_in_its_minutes(tmp_path: Path) -> None:
    extra = "  beslutande: Kommunstyrelsen\n  antecknas_i: protokollet\n"
    case = HEAD.format(kind="beslut_per_capsulam") + DECISION.format(extra=extra).replace(
        "  beslutande: Styrelsen\n", "", 1)
    text = markdown(tmp_path, case)
    assert text.rstrip().endswith(
        "Beslutet per capsulam förs till protokollet på nästkommande möte i kommunstyrelsen.")


@pytest.mark.parametrize(("label", "said"), [
    ("Protokoll", "Beslutet per capsulam"), ("Styrelseprotokoll", "Beslutet per capsulam"),
    ("Beslut", "Beslutet per capsulam"), ("Ordförandebeslut", "Beslutet")])
def test_a_per_capsulam_decision_says_so_under_any_label_but_another_kind_of_decision(
        tmp_path: Path, label: str, said: str) -> None:
    # (trial 56, F3: under 'etikett: Protokoll' and a title without the words, nothing in
    # the minutes of a decision taken without a meeting said that it was)
    extra = "  antecknas_i: protokollet\n"
    text = markdown(tmp_path, f"etikett: {label}\n" + HEAD.format(kind="beslut_per_capsulam")
                    + DECISION.format(extra=extra))
    assert text.rstrip().endswith(
        f"{said} förs till protokollet på nästkommande möte i styrelsen.")


@pytest.mark.parametrize(("body", "meeting"), [
    ("Styrgruppen", "styrgruppen"), ("Barn- och utbildningsnämnden",
                                     "barn- och utbildningsnämnden"),
    ("Kommunfullmäktige", "kommunfullmäktige"), ("Länschefsnätverket", "Länschefsnätverket"),
    ("Länsstyrelsen", "Länsstyrelsen"), ("IT-nämnden", "IT-nämnden"),
    ("Region Stockholm", "Region Stockholm"),
    ("Kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskott"),  # (trial 93, F17)
    ("Barn- och utbildningsnämndens arbetsutskott", "barn- och utbildningsnämndens arbetsutskott"),
    ("Länsstyrelsens beredning", "Länsstyrelsens beredning")])
def test_the_deciding_body_is_in_lower_case_inside_the_closing_sentence_if_a_common_noun(
        tmp_path: Path, body: str, meeting: str) -> None:
    # (trial 56, F4: "Styrgruppen beslutar:", then "… på nästkommande möte i Styrgruppen")
    case = HEAD.format(kind="beslut_per_capsulam") + DECISION.format(extra="").replace(
        "Styrelsen", body, 1)
    text = markdown(tmp_path, case)
    assert f"{body} beslutar" in text
    assert text.rstrip().endswith(f"förs till minnesanteckningarna på nästkommande möte i "
                                  f"{meeting}.")
    genitive = markdown(tmp_path, case.replace("  punkter:", "  antecknas_i: anmals\n  punkter:"))
    assert genitive.rstrip().endswith(f"anmäls vid {meeting}s nästa sammanträde.")


def test_a_meeting_body_is_printed_as_written(tmp_path: Path) -> None:
    extra = "  motesorgan: Styrgruppen\n"
    text = markdown(tmp_path, HEAD.format(kind="beslut_per_capsulam") + DECISION.format(
        extra=extra))
    assert text.rstrip().endswith("på nästkommande möte i Styrgruppen.")


def test_a_chairs_decision_is_entered_at_its_bodys_next_meeting(tmp_path: Path) -> None:
    # (trial 20: "… på nästkommande möte i Servicenämndens ordförande", and "per capsulam"
    # under the label Ordförandebeslut)
    extra = ("  beslutande: Servicenämndens ordförande\n  antecknas_i: protokollet\n"
             "  motesorgan: Servicenämnden\n")
    case = ("etikett: Ordförandebeslut\n" + HEAD.format(kind="beslut_per_capsulam")
            + DECISION.format(extra=extra).replace("  beslutande: Styrelsen\n", "", 1))
    text = markdown(tmp_path, case)
    assert text.rstrip().endswith(
        "Beslutet förs till protokollet på nästkommande möte i Servicenämnden.")


CHAIR = ("etikett: Ordförandebeslut\n" + HEAD.format(kind="beslut_per_capsulam")
         + DECISION.format(extra="{extra}").replace(
             "  beslutande: Styrelsen\n", "  beslutande: Servicenämndens ordförande\n", 1))


def test_a_chairs_decision_is_reported_at_its_bodys_next_meeting(tmp_path: Path) -> None:
    # (trial 30: KL 6 kap. 40 §, "Beslutet anmäls vid vård- och omsorgsnämndens nästa
    # sammanträde", had no key; the body's name is in the genitive, its case as written)
    text = markdown(tmp_path, CHAIR.format(extra="  motesorgan: Servicenämnden\n"))
    assert text.endswith("att använda projektmedlen till brukarmedverkan.\n\n"
                         "Beslutet anmäls vid Servicenämndens nästa sammanträde.\n")
    text = markdown(tmp_path, CHAIR.format(extra="  motesorgan: vård- och omsorgsnämnden\n"))
    assert text.endswith("Beslutet anmäls vid vård- och omsorgsnämndens nästa sammanträde.\n")


def test_a_decision_per_capsulam_is_reported_when_the_case_says_so(tmp_path: Path) -> None:
    text = markdown(tmp_path, HEAD.format(kind="beslut_per_capsulam") + DECISION.format(
        extra="  antecknas_i: anmals\n  motesorgan: Regionala samverkansrådet\n"))
    assert text.endswith(
        "Beslutet per capsulam anmäls vid Regionala samverkansrådets nästa sammanträde.\n")


def test_a_per_capsulam_decision_is_entered_in_the_minutes_or_the_protocol(
    tmp_path: Path,
) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD.format(kind="beslut_per_capsulam") + DECISION.format(
        extra="  antecknas_i: protokoll\n"), encoding="utf-8")
    problems = [p.format() for p in Pipeline().build(case).problems]
    assert problems == [
        f"{case}:7:16: 'antecknas_i' har värdet 'protokoll' som inte finns, välj ett av: "
        "minnesanteckningarna, protokollet, anmals (menade du 'protokollet'?)"]


def test_where_a_decision_is_entered_is_a_warning_outside_per_capsulam(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD.format(kind="beslut") + DECISION.format(
        extra="  antecknas_i: protokollet\n"), encoding="utf-8")
    problems = [p.format() for p in Pipeline().build(case).problems]
    assert problems == [
        f"{case}:7:3: varning: 'antecknas_i' gäller bara beslut per capsulam och används inte "
        "i dokumenttypen beslut; ta bort raden"]


def test_the_decision_comes_first_when_the_case_asks(tmp_path: Path) -> None:
    body = HEAD.format(kind="beslut") + "beslut_forst: true\n" + DECISION.format(extra="") \
        + AVSNITT
    text = markdown(tmp_path, body)
    assert text.index("## Beslut") < text.index("## Bakgrund")
    last = markdown(tmp_path, body.replace("beslut_forst: true", "beslut_forst: false"))
    assert last.index("## Beslut") > last.index("## Bakgrund")


def test_a_proposal_to_a_body_without_a_proposer_is_proposed_to_it(tmp_path: Path) -> None:
    # (trial 30: "Samverkansnämnden föreslås besluta", as many tjänsteskrivelser write it)
    proposal = PROPOSAL.replace("  forslagsstallare: Arbetsutskottet\n", "").replace(
        "beslutande: styrelsen", "beslutande: Samverkansnämnden")
    text = markdown(tmp_path, HEAD.format(kind="tjansteskrivelse") + proposal)
    assert text.endswith("## Förslag till beslut\n\nSamverkansnämnden föreslås besluta\n\n"
                         "att använda projektmedlen till brukarmedverkan.\n")
    numbered = markdown(tmp_path, HEAD.format(kind="tjansteskrivelse")
                        + proposal.replace("forslag:\n", "forslag:\n  stil: numrerad\n"))
    assert "Samverkansnämnden föreslås besluta:\n\nanvända" in numbered  # (one: no "1.")


def test_a_yrkande_moves_and_is_headed_so(tmp_path: Path) -> None:
    # (trial 60, F6: "Sverigedemokraterna yrkar …", a party's yrkande to kommunstyrelsen)
    moved = PROPOSAL.replace("Arbetsutskottet", "Sverigedemokraterna").replace(
        "forslag:\n", "forslag:\n  inledning: yrkar\n")
    text = markdown(tmp_path, HEAD.format(kind="tjansteskrivelse") + moved)
    assert text.endswith("## Yrkande\n\nSverigedemokraterna yrkar att styrelsen beslutar\n\n"
                         "att använda projektmedlen till brukarmedverkan.\n")
    alone = markdown(tmp_path, HEAD.format(kind="tjansteskrivelse")
                     + moved.replace("  beslutande: styrelsen\n", "").replace(
                         "forslag:\n", "forslag:\n  stil: punktlista\n  rubrik: Yrkande (SD)\n"))
    assert "## Yrkande (SD)\n\nSverigedemokraterna yrkar:\n\n- använda" in alone


@pytest.mark.parametrize("kind", ["tjansteskrivelse", "beslutsunderlag"])
def test_the_proposal_comes_first_when_the_case_asks(tmp_path: Path, kind: str) -> None:
    text = markdown(tmp_path, HEAD.format(kind=kind) + "forslag_forst: true\n" + AVSNITT
                    + PROPOSAL)
    assert text.index("Arbetsutskottet föreslår styrelsen besluta") < text.index("## Bakgrund")
    assert text.count("Arbetsutskottet föreslår") == 1
    last = markdown(tmp_path, HEAD.format(kind=kind) + AVSNITT + PROPOSAL)
    assert last.index("Arbetsutskottet föreslår") > last.index("## Bakgrund")


def test_proposal_first_without_a_proposal_is_an_error(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD.format(kind="tjansteskrivelse") + "forslag_forst: true\n" + AVSNITT,
                    encoding="utf-8")
    assert [p.format() for p in Pipeline().build(case).problems] == [
        f"{case}:5:16: 'forslag_forst' flyttar förslaget före avsnitten, men ärendet har inget "
        "'forslag'; lägg till förslaget eller ta bort 'forslag_forst'"]


def test_reference_numbers_recipient_and_kind_label_in_the_header(tmp_path: Path) -> None:
    extra = ("etikett: Protokollsutdrag\nreferenser:\n  - etikett: Ert dnr\n"
             "    nummer: RN 2024/208\nmottagare:\n  - Region Norrbotten\n  - 971 89 Luleå\n")
    text = markdown(tmp_path, HEAD.format(kind="beslut") + extra + DECISION.format(extra=""))
    assert "Dnr: PHN 2024/17  \nErt dnr: RN 2024/208\n" in text
    assert "Region Norrbotten  \n971 89 Luleå\n" in text
    assert "**Protokollsutdrag**" in text


def test_an_empty_label_leaves_the_kind_out(tmp_path: Path) -> None:
    text = markdown(tmp_path, HEAD.format(kind="beslut") + 'etikett: ""\n'
                    + DECISION.format(extra=""))
    assert "**Beslut**" not in text


def _proposal(text: str) -> str:
    """The proposal section of a rendered document."""
    match = re.search(r"## Förslag till beslut\n.*?(?=\n## |\Z)", text, re.S)
    assert match is not None
    return match.group(0)


@pytest.mark.parametrize("kind", ["beslut_per_capsulam", "beslut"])
def test_the_same_proposal_renders_word_for_word_the_same(tmp_path: Path, kind: str) -> None:
    underlag = markdown(tmp_path, HEAD.format(kind="beslutsunderlag") + PROPOSAL)
    other = markdown(tmp_path, HEAD.format(kind=kind) + PROPOSAL + DECISION.format(extra=""))
    assert _proposal(other) == _proposal(underlag)
    assert "Arbetsutskottet föreslår styrelsen besluta\n\natt använda" in _proposal(underlag)


def test_a_dates_day_stays_with_its_month_on_a_line(tmp_path: Path) -> None:
    # (trial 20: "15 | februari 2011" broke across two lines)
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD.format(kind="beslut") + DECISION.format(
        extra="  datum: 2024-10-03\n"), encoding="utf-8")
    text = Pipeline().build(case).files["fall.md"].decode("utf-8")
    assert "beslutade den 3\u00a0oktober 2024" in text


def test_a_numbered_proposals_lead_ends_with_a_plain_colon(tmp_path: Path) -> None:
    # (the colon was written as an expression and escaped: "styrelsen besluta&#58;")
    numbered = PROPOSAL.replace("forslag:\n", "forslag:\n  stil: numrerad\n")
    text = markdown(tmp_path, HEAD.format(kind="beslutsunderlag") + numbered)
    assert "Arbetsutskottet föreslår styrelsen besluta:\n\nanvända projektmedlen" in text


@pytest.mark.parametrize(("written", "printed"), [
    ("Kommunfullmäktige", "Arbetsutskottet föreslår kommunfullmäktige besluta"),
    ("Barn- och utbildningsnämnden",
     "Arbetsutskottet föreslår barn- och utbildningsnämnden besluta"),
    ("Region Stockholm", "Arbetsutskottet föreslår Region Stockholm besluta"),
])
def test_the_body_a_proposal_is_made_to_is_written_as_it_stands_mid_sentence(
        tmp_path: Path, written: str, printed: str) -> None:
    # (trial 71, F9: "Kommunstyrelsen föreslår Kommunfullmäktige besluta"; a name that is
    # a common noun gets a small letter, as a decision per capsulam writes it)
    proposal = PROPOSAL.replace("beslutande: styrelsen", f"beslutande: {written}")
    assert printed in markdown(tmp_path, HEAD.format(kind="tjansteskrivelse") + proposal)
