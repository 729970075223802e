"""Specification: an amount under `belopp` may be worked out from the case's other amounts,
`grans: belopp.prisbasbelopp * 50 %` (trial 95, F8: "fordringar som överstiger ett halvt
prisbasbelopp"), by the grammar of the case's amounts in a table's formula, rounded half up
once to whole kronor (to öre where an amount it comes from has öre); texts, att-satser, table
cells and the checks have the rounded amount. What cannot be worked out is an error at the
value, every one at once."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.models import Case
from generator.compute.derived_amounts import RULE, with_derived_amounts

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-12
dnr: KS 2024/112
titel: Avskrivning av kundfordringar
belopp:
  prisbasbelopp: 52500
  andel: "50 %"
  timtaxa: "19,50"
{figures}avsnitt:
  - rubrik: Ärendet
    text: Kommunstyrelsen beslutar om fordringar som överstiger {text}.
{rest}"""


HEAD = {"dokumenttyp": "tjansteskrivelse", "titel": "T", "datum": "2024-02-12", "dnr": "KS 1"}
"""The head of a case read by the model alone."""


def build(tmp_path: Path, figures: str, text: str = "{{ belopp.grans }}",
          rest: str = "") -> tuple[list[str], str]:
    """The problems as printed (a no-break space as a space) and the Markdown."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(figures=figures, text=text, rest=rest), encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["x.md"].decode("utf-8") if "x.md" in result.files else ""
    return ([p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
             for p in result.problems], markdown.replace("\u00a0", " "))


def sentence(markdown: str) -> str:
    """The sentence of the case's text."""
    return next(line for line in markdown.splitlines() if line.startswith("Kommunstyrelsen"))


@pytest.mark.parametrize(("written", "shown"), [
    ("belopp.prisbasbelopp * 50 %", "26 250 kr"),
    ("belopp.prisbasbelopp / 2", "26 250 kr"),
    ("belopp.prisbasbelopp * 0,5", "26 250 kr"),
    ("2,5 * belopp.prisbasbelopp", "131 250 kr"),
    ("belopp.prisbasbelopp * belopp.andel", "26 250 kr"),  # (a percentage named under belopp)
    ("belopp.prisbasbelopp", "52 500 kr"),
    ("belopp.prisbasbelopp + belopp.prisbasbelopp * 50 %", "78 750 kr"),
    ("belopp.prisbasbelopp - belopp.prisbasbelopp / 4", "39 375 kr"),
    ("belopp.prisbasbelopp * 50 % / 2,5", "10 500 kr"),
    ("belopp.prisbasbelopp * 50 procent", "26 250 kr"),  # (trial 99, F20: as a split's summa)
    ("belopp.prisbasbelopp * 12,5 Procent", "6 563 kr"),
])
def test_an_amount_worked_out_from_another_is_printed_as_typed(
        tmp_path: Path, written: str, shown: str) -> None:
    problems, markdown = build(tmp_path, f"  grans: {written}\n")
    assert problems == []
    assert sentence(markdown) == f"Kommunstyrelsen beslutar om fordringar som överstiger {shown}."


def test_trial_95_half_a_prisbasbelopp(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "  grans: belopp.prisbasbelopp * 50 %\n",
                               "ett halvt prisbasbelopp, {{ belopp.grans }}, per gäldenär")
    assert problems == []
    assert sentence(markdown) == ("Kommunstyrelsen beslutar om fordringar som överstiger ett "
                                  "halvt prisbasbelopp, 26 250 kr, per gäldenär.")


def test_a_result_with_ore_is_rounded_half_up_to_whole_kronor(tmp_path: Path) -> None:
    # (47 600 / 12 is 3 966,666…: the text, and every check, has 3 967 kr)
    problems, markdown = build(tmp_path, "  pbb: 47600\n  grans: belopp.pbb / 12\n")
    assert problems == []
    assert sentence(markdown).endswith("överstiger 3 967 kr.")


def test_a_half_krona_is_rounded_up(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "  udda: 52501\n  grans: belopp.udda / 2\n")
    assert problems == []
    assert sentence(markdown).endswith("överstiger 26 251 kr.")


@pytest.mark.parametrize(("written", "shown"), [
    ("belopp.timtaxa * 3", "58,50 kr"),
    ("belopp.timtaxa / 7", "2,79 kr"),  # (2,7857…: to öre, as the timtaxa has öre)
    ("belopp.timtaxa + belopp.prisbasbelopp", "52 519,50 kr"),
])
def test_an_amount_from_one_with_ore_is_rounded_to_ore(
        tmp_path: Path, written: str, shown: str) -> None:
    problems, markdown = build(tmp_path, f"  grans: {written}\n")
    assert problems == []
    assert sentence(markdown).endswith(f"överstiger {shown}.")


def test_an_amount_may_be_worked_out_from_one_worked_out_after_it(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, "  grans: belopp.halvt * 2\n"
                                         "  halvt: belopp.prisbasbelopp / 2\n")
    assert problems == []
    assert sentence(markdown).endswith("överstiger 52 500 kr.")


def test_the_worked_out_amount_is_the_cases_own_in_att_satser_and_checks(
        tmp_path: Path) -> None:
    # (an att-sats may state the case's own amount as typed; two digits swapped is told)
    rest = ("forslag:\n  forslagsstallare: Ekonomiavdelningen\n  beslutande: Kommunstyrelsen\n"
            "  punkter:\n    - skriva av fordringar över {point} per gäldenär.\n")
    written = "  grans: belopp.prisbasbelopp * 50 %\n"
    problems, markdown = build(tmp_path, written, rest=rest.format(point="{{ belopp.grans }}"))
    assert problems == []
    assert "att skriva av fordringar över 26 250 kr per gäldenär." in markdown
    assert build(tmp_path, written, rest=rest.format(point="26 250 kr"))[0] == []
    assert build(tmp_path, written, rest=rest.format(point="26 520 kr"))[0] == [
        "x.yaml:17:33: varning: beloppet '26 520 kr' i förslaget är inget av ärendets belopp, "
        "men med två siffror omkastade stämmer det med ärendets belopp 'grans' (26 250 kr); "
        "menar punkten det beloppet, skriv {{ belopp.grans }} så följer punkten ärendets "
        "belopp"]


def test_a_table_cell_and_a_split_take_the_worked_out_amount(tmp_path: Path) -> None:
    rest = """\
    tabell: gransen
tabeller:
  - namn: gransen
    kolumner:
      - {namn: vad, rubrik: Vad}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {vad: Gräns, belopp: "{{ belopp.grans }}"}
      - {vad: Prisbasbelopp, belopp: "{{ belopp.prisbasbelopp }}"}
"""
    problems, markdown = build(tmp_path, "  grans: belopp.prisbasbelopp * 50 %\n", rest=rest)
    assert problems == []
    assert "| Gräns | 26 250 |" in markdown
    assert "| **Totalt** | **78 750** |" in markdown


# Errors: at the value, every one at once.

def test_every_error_is_told_at_once_at_its_value(tmp_path: Path) -> None:
    figures = ("  a: belopp.prisbasbelop * 50 %\n"
               "  b: prisbasbelopp * 50 %\n"
               "  c: belopp.andel * 2\n"
               "  d: belopp.timtaxa - belopp.prisbasbelopp\n"
               "  grans: belopp.prisbasbelopp * 50 %\n")
    assert build(tmp_path, figures)[0] == [
        "x.yaml:9:6: 'a': 'belopp.prisbasbelop' är inget av ärendets belopp, menade du "
        "'belopp.prisbasbelopp'?",
        "x.yaml:10:6: 'b': 'prisbasbelopp' är ett av ärendets belopp och skrivs med "
        "belopp. först: 'belopp.prisbasbelopp * 50 %'",
        "x.yaml:11:6: 'c': 'belopp.andel' är en procentsats (50 %) och inget belopp att "
        "räkna ut ett belopp ur; multiplicera ett av ärendets belopp i kronor med den, t.ex. "
        "'belopp.prisbasbelopp * belopp.andel'",
        "x.yaml:12:6: 'd': 'belopp.timtaxa - belopp.prisbasbelopp' blir −52 480,50 kr, "
        "under noll; ett belopp som räknas ut ur andra får inte bli negativt: rätta beloppen "
        "det räknas ut ur eller skriv beloppet"]


def test_a_name_near_none_lists_the_cases_amounts_but_its_own(tmp_path: Path) -> None:
    assert build(tmp_path, "  grans: belopp.xyz * 2\n")[0] == [
        "x.yaml:9:10: 'grans': 'belopp.xyz' är inget av ärendets belopp; ärendets belopp "
        "är: belopp.prisbasbelopp, belopp.andel, belopp.timtaxa"]


def test_amounts_worked_out_from_each_other_are_named_at_each(tmp_path: Path) -> None:
    figures = "  grans: belopp.halvt * 2\n  halvt: belopp.grans / 2\n"
    ring = ("'grans' och 'halvt' räknas ut ur varandra (belopp.grans = 'belopp.halvt * 2', "
            "belopp.halvt = 'belopp.grans / 2'), så inget av dem kan räknas ut; skriv ett av "
            "dem som ett belopp")
    assert build(tmp_path, figures)[0] == [f"x.yaml:9:10: 'grans': {ring}",
                                           f"x.yaml:10:10: 'halvt': {ring}"]


def test_an_amount_worked_out_from_itself_is_told_so(tmp_path: Path) -> None:
    assert build(tmp_path, "  grans: belopp.grans * 2\n")[0] == [
        "x.yaml:9:10: 'grans': 'belopp.grans * 2' räknar ut beloppet ur sig självt; "
        "skriv beloppet, eller räkna ut det ur ärendets andra belopp"]


def test_an_amount_worked_out_from_a_failed_one_follows_from_its_error(tmp_path: Path) -> None:
    # (listed after the error, not counted; the text that names it is not told again)
    figures = "  halvt: belopp.prisbasbelop / 2\n  grans: belopp.halvt * 2\n"
    assert build(tmp_path, figures)[0] == [
        "x.yaml:9:10: 'halvt': 'belopp.prisbasbelop' är inget av ärendets belopp, menade "
        "du 'belopp.prisbasbelopp'?",
        "x.yaml:10:10: 'grans': hänvisningen till beloppet 'halvt' kan inte räknas ut förrän "
        "felet ovan är rättat"]


def test_a_cell_and_a_split_that_take_a_failed_one_follow_from_its_error(
        tmp_path: Path) -> None:
    rest = """\
    tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: vad, rubrik: Vad}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {vad: Gräns, belopp: "{{ belopp.grans }}"}
uppdelningar:
  - namn: bidrag
    metod: vikter
    summa: belopp.grans * 70 %
    parter:
      - {namn: ABF, vikt: 3}
      - {namn: Sensus, vikt: 1}
"""
    assert build(tmp_path, "  grans: belopp.prisbasbelop / 2\n", rest=rest)[0] == [
        "x.yaml:9:10: 'grans': 'belopp.prisbasbelop' är inget av ärendets belopp, menade "
        "du 'belopp.prisbasbelopp'?",
        "x.yaml:20:30: 2 hänvisningar till beloppet 'grans' (raderna 20 och 24) kan inte "
        "räknas ut förrän felet ovan är rättat"]


def test_a_columns_hogst_that_takes_a_failed_one_follows_from_its_error(
        tmp_path: Path) -> None:
    # (trial 99, F3: not "'belopp.grans' är inget av ärendets belopp", which sent the
    # secretary to the table's `hogst` instead of to `grans`)
    rest = """\
    tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: vad, rubrik: Vad}
      - {namn: ansokt, rubrik: Ansökt, typ: belopp}
      - {namn: beviljat, rubrik: Beviljat, typ: belopp, formel: ansokt, hogst: belopp.grans}
    rader:
      - {vad: ABF, ansokt: 40000}
"""
    assert build(tmp_path, "  grans: belopp.prisbasbelop * 50 %\n", text="ett belopp",
                 rest=rest)[0] == [
        "x.yaml:9:10: 'grans': 'belopp.prisbasbelop' är inget av ärendets belopp, menade "
        "du 'belopp.prisbasbelopp'?",
        "x.yaml:19:80: 'hogst': hänvisningen till beloppet 'grans' kan inte räknas ut förrän "
        "felet ovan är rättat"]


def test_a_columns_formula_that_takes_a_failed_one_follows_from_its_error(
        tmp_path: Path) -> None:
    rest = """\
    tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: vad, rubrik: Vad}
      - {namn: antal, rubrik: Antal, typ: antal}
      - {namn: bidrag, rubrik: Bidrag, typ: belopp, formel: antal * belopp.grans}
    rader:
      - {vad: ABF, antal: 4}
"""
    assert build(tmp_path, "  grans: belopp.prisbasbelop * 50 %\n", text="ett belopp",
                 rest=rest)[0] == [
        "x.yaml:9:10: 'grans': 'belopp.prisbasbelop' är inget av ärendets belopp, menade "
        "du 'belopp.prisbasbelopp'?",
        "x.yaml:19:61: 'formel': hänvisningen till beloppet 'grans' kan inte räknas ut "
        "förrän felet ovan är rättat"]


def test_half_an_amount_in_words_is_shown_how_it_is_worked_out(tmp_path: Path) -> None:
    # (trial 99, F7: it was told only to write the amount in kronor)
    assert build(tmp_path, "  grans: ett halvt prisbasbelopp\n")[0] == [
        "x.yaml:9:10: 'grans': 'ett halvt prisbasbelopp' är inte ett belopp i kronor; ett "
        "halvt belopp räknas ut ur ett av ärendets belopp, t.ex. 'belopp.prisbasbelopp * 50 %' "
        "med prisbasbelopp skrivet under belopp:, eller skriv beloppet i kronor"]


def test_a_number_alone_is_told_to_be_named(tmp_path: Path) -> None:
    assert build(tmp_path, "  grans: belopp.prisbasbelopp + 500\n")[0] == [
        "x.yaml:9:10: 'grans': talet '500' i 'belopp.prisbasbelopp + 500' är ett belopp "
        "utan namn; skriv det som ett eget belopp under belopp:, t.ex. 'tillagg: 500', och "
        "räkna med namnet: 'belopp.prisbasbelopp + belopp.tillagg'"]


@pytest.mark.parametrize("written", [
    "belopp.prisbasbelopp * belopp.timtaxa",
    "belopp.prisbasbelopp / belopp.timtaxa",
    "(belopp.prisbasbelopp + belopp.timtaxa) * 2",
])
def test_any_other_computation_is_told_the_rule(tmp_path: Path, written: str) -> None:
    assert build(tmp_path, f"  grans: {written}\n")[0] == [
        f"x.yaml:9:10: 'grans': '{written}' kan inte räknas ut: {RULE}"]


@pytest.mark.parametrize("written", ["belopp.prisbasbelopp / 0",
                                     "belopp.prisbasbelopp * 50 % / 0,0"])
def test_a_division_by_zero_is_told_so(tmp_path: Path, written: str) -> None:
    # (trial 99, F5: it was told the general rule, which the computation follows)
    assert build(tmp_path, f"  grans: {written}\n")[0] == [
        f"x.yaml:9:10: 'grans': '{written}' delar med noll; dela med ett tal större än noll"]


def test_a_case_without_worked_out_amounts_is_the_same_case() -> None:
    case = Case.model_validate({**HEAD, "belopp": {"pbb": 52500}})
    assert with_derived_amounts(case) == (case, [])


def test_the_amounts_keep_the_order_the_case_writes_them_in() -> None:
    case = Case.model_validate({**HEAD, "belopp": {
        "grans": "belopp.pbb / 2", "pbb": 52500, "andel": "50 %"}})
    assert list(case.belopp) == ["pbb", "andel"]
    worked, findings = with_derived_amounts(case)
    assert findings == []
    assert list(worked.belopp) == ["grans", "pbb", "andel"]
    assert worked.belopp["grans"] == 26250


@settings(max_examples=60, deadline=None)
@given(base=st.integers(min_value=0, max_value=10**9),
       percent=st.decimals(min_value=0, max_value=500, places=2),
       divisor=st.integers(min_value=1, max_value=400))
def test_the_amount_is_the_decimal_product_rounded_half_up(base: int, percent: Decimal,
                                                           divisor: int) -> None:
    written = f"belopp.pbb * {str(percent).replace('.', ',')} % / {divisor}"
    case = Case.model_validate({**HEAD, "belopp": {"pbb": base, "grans": written}})
    worked, findings = with_derived_amounts(case)
    exact = Decimal(base) * percent / 100 / divisor
    assert findings == []
    assert worked.belopp["grans"] == int(exact.quantize(Decimal(1), ROUND_HALF_UP))
