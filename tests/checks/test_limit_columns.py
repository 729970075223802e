"""A column's lowest and highest amount (`minst`, trial 50, F4; `hogst`, trial 52, F6): a
donationsfond may not pay out more than its utdelningsbart amount, so "Kvar till kommande år"
says `minst: 0`, and a row below it is an error naming the row and the amount; a maxtaxa is
"3 % av inkomsten, men högst 1 688 kr", so `hogst: 1688` caps the formula's figure on a row;
a färdtjänst fee is "35 procent av taxameterbeloppet, dock lägst 50 kr", so `lagst: 50` raises
it (trial 63, F1), while `minst` stays a check."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"
FUNDS = """\
dokumenttyp: beslut
datum: 2023-06-29
dnr: nej
titel: Utdelning ur fonder
beslut:
  beslutande: Socialutskottet
  datum: 2023-06-27
  punkter:
    - dela ut {{ tabeller.avk.utdelas }}.
avsnitt:
  - tabell: avk
tabeller:
  - namn: avk
    kolumner:
      - {namn: stiftelse, rubrik: Stiftelse}
      - {namn: utdelningsbart, rubrik: Utdelningsbart, typ: belopp}
      - {namn: utdelas, rubrik: Utdelas, typ: belopp}
      - namn: kvar
        rubrik: Kvar till kommande år
        typ: belopp
        formel: utdelningsbart - utdelas
        minst: 0
    rader:
      - {stiftelse: Stiftelsen Södergrens donationsfond, utdelningsbart: 225 000, utdelas: 255 000}
      - {stiftelse: Stiftelsen Svegs sjukhus samfond, utdelningsbart: 360 000, utdelas: 316 000}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_row_that_pays_out_more_than_it_may_is_an_error_naming_it(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS) == [
        f"x.yaml:24:9: Kvar till kommande år blir −30{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        "Södergrens donationsfond', men får inte vara negativt ('minst: 0' i kolumnen): "
        f"Utdelas (255{NBSP}000{NBSP}kr) är mer än Utdelningsbart (225{NBSP}000{NBSP}kr); "
        "ska raden i stället få 0 (\"men aldrig under 0\"), skriv 'lagst: 0' i stället för "
        "'minst: 0'"]


def test_rows_within_it_pass(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS.replace("utdelas: 255 000", "utdelas: 225 000")) == []


def test_without_minst_a_negative_amount_is_allowed(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS.replace("        minst: 0\n", "")) == []


def test_a_typed_amount_below_it_is_reported_at_its_cell(tmp_path: Path) -> None:
    typed = FUNDS.replace("{namn: utdelas, rubrik: Utdelas, typ: belopp}",
                          "{namn: utdelas, rubrik: Utdelas, typ: belopp, minst: 300 000}")
    assert problems(tmp_path, typed.replace("        minst: 0\n", "")) == [
        f"x.yaml:23:92: Utdelas är 255{NBSP}000{NBSP}kr på raden 'Stiftelsen Södergrens "
        f"donationsfond', men får inte vara lägre än 300{NBSP}000{NBSP}kr ('minst: 300 000' "
        "i kolumnen); rätta beloppet"]


def test_another_formula_is_named_as_it_is_computed(tmp_path: Path) -> None:
    three = FUNDS.replace("formel: utdelningsbart - utdelas",
                          "formel: utdelningsbart - utdelas - utdelas")
    assert problems(tmp_path, three)[:1] == [
        f"x.yaml:24:9: Kvar till kommande år blir −285{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        "Södergrens donationsfond', men får inte vara negativt ('minst: 0' i kolumnen): det "
        "räknas ut som Utdelningsbart − Utdelas − Utdelas; ska raden i stället få 0 (\"men "
        "aldrig under 0\"), skriv 'lagst: 0' i stället för 'minst: 0'"]


def test_minst_belongs_to_an_amount_column_and_is_an_amount(tmp_path: Path) -> None:
    text = FUNDS.replace("{namn: stiftelse, rubrik: Stiftelse}",
                         "{namn: stiftelse, rubrik: Stiftelse, minst: 0}")
    assert problems(tmp_path, text.replace("        minst: 0\n", "")) == [
        "x.yaml:15:53: 'minst' gäller bara kolumner med 'typ: belopp', 'typ: kvot' eller "
        "'typ: andel', men 'stiftelse' har "
        "'typ: text'; ta bort 'minst' här"]
    assert problems(tmp_path, FUNDS.replace("minst: 0", "minst: noll")) == [
        "x.yaml:22:16: 'minst': 'noll' är inte ett belopp i kronor, skriv beloppet i kronor, "
        't.ex. 2330883, "2 330 883" eller med ören "8,40"']


MAXTAXA = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Räkneexempel maxtaxa 2024
belopp:
  maxtaxa: 1688
avsnitt:
  - tabell: ex
tabeller:
  - namn: ex
    kolumner:
      - {namn: hushall, rubrik: Hushåll}
      - {namn: inkomst, rubrik: Inkomst, typ: belopp, summeras: nej}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: inkomst * 3 %, hogst: 1688}
    rader:
      - {hushall: Hushåll A, inkomst: 40 000, avgift: 1 200}
      - {hushall: Hushåll B, inkomst: 70 000, avgift: 1 688}
      - {hushall: Hushåll C, inkomst: 90 000}
    summa: {avgift: 4 576}
"""


def test_hogst_caps_a_formula_and_the_total_sums_the_capped_figures(tmp_path: Path) -> None:
    assert problems(tmp_path, MAXTAXA) == []
    assert problems(tmp_path, MAXTAXA.replace("summa: {avgift: 4 576}",
                                              "summa: {avgift: 6 988}")) == [
        f"x.yaml:19:21: angiven summa 6{NBSP}988{NBSP}kr för totalen i tabellen 'ex' stämmer "
        f"inte med summan av delarna 4{NBSP}576{NBSP}kr (den angivna är 2{NBSP}412{NBSP}kr för "
        "hög); rätta summan eller ta bort den så räknas den ut"]


def test_a_stated_figure_above_the_cap_is_told_the_cap(tmp_path: Path) -> None:
    assert problems(tmp_path, MAXTAXA.replace("avgift: 1 688}", "avgift: 2 100}")) == [
        f"x.yaml:17:55: angivet belopp 2{NBSP}100{NBSP}kr för raden 'Hushåll B' stämmer inte "
        f"med uträkningen Inkomst × 3 % (70{NBSP}000{NBSP}kr × 3 %) = 2{NBSP}100{NBSP}kr, "
        f"högst 1{NBSP}688{NBSP}kr (det angivna är 412{NBSP}kr för högt); rätta beloppet eller "
        "ta bort det så räknas det ut"]


def test_a_figure_below_the_cap_is_told_as_before(tmp_path: Path) -> None:
    assert problems(tmp_path, MAXTAXA.replace("avgift: 1 200}", "avgift: 1 300}")) == [
        f"x.yaml:16:55: angivet belopp 1{NBSP}300{NBSP}kr för raden 'Hushåll A' stämmer inte "
        f"med uträkningen Inkomst × 3 % (40{NBSP}000{NBSP}kr × 3 %) = 1{NBSP}200{NBSP}kr (det "
        f"angivna är 100{NBSP}kr för högt); rätta beloppet eller ta bort det så räknas det ut"]


def test_hogst_may_name_one_of_the_cases_amounts(tmp_path: Path) -> None:
    assert problems(tmp_path, MAXTAXA.replace("hogst: 1688", "hogst: belopp.maxtaxa")) == []
    assert problems(tmp_path, MAXTAXA.replace("hogst: 1688", "hogst: belopp.maxtax")) == [
        "x.yaml:14:83: 'hogst': 'belopp.maxtax' är inget av ärendets belopp, menade du "
        "'belopp.maxtaxa'?"]


PER_ROW = ("gränsen gäller alla rader i kolumnen: skriv ett belopp i tabellens enhet eller ett "
           "av ärendets belopp (belopp.namn); ett tak per rad skrivs som 'hogst: ' och namnet "
           "på en beloppskolumn med radernas tak")
UNSTATED = MAXTAXA.replace(", avgift: 1 200}", "}").replace(", avgift: 1 688}", "}").replace(
    "    summa: {avgift: 4 576}\n", "")
"""The maxtaxa example with every fee computed: a limit refused leaves none beyond it."""


def test_minst_is_one_limit_for_every_row_and_the_message_says_so(tmp_path: Path) -> None:
    assert problems(tmp_path, UNSTATED.replace("hogst: 1688", "minst: inkomst")) == [
        f"x.yaml:14:83: 'minst': 'inkomst' är en kolumn i tabellen, men {PER_ROW}"]


def test_a_reference_to_a_cell_is_no_limit_and_is_told_once(tmp_path: Path) -> None:
    cell = UNSTATED.replace("hogst: 1688", 'hogst: "{{ tabeller.ex.rader[0].inkomst }}"')
    assert problems(tmp_path, cell) == [
        "x.yaml:14:83: 'hogst': '{{ tabeller.ex.rader[0].inkomst }}' är en hänvisning med "
        f"{{{{ … }}}}, men {PER_ROW}"]


LEVELS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Avgift för hjälp i hemmet
belopp:
  maxavgift: 2089
  tak_niva1: 1824
avsnitt:
  - tabell: ex
tabeller:
  - namn: ex
    totalt: false
    kolumner:
      - {namn: niva, rubrik: Nivå}
      - {namn: fast, rubrik: Fast del, typ: belopp}
      - {namn: procent, rubrik: Andel, typ: tal}
      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp}
      - {namn: tak, rubrik: Högst, typ: belopp}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: fast + procent * utrymme, hogst: tak}
    rader:
      - {niva: Nivå 1, fast: 303, procent: 25 %, utrymme: 7000, tak: "{{ belopp.tak_niva1 }}"}
      - {niva: Nivå 2, fast: 426, procent: 30 %, utrymme: 7000, tak: "{{ belopp.maxavgift }}"}
      - {niva: Nivå 3, fast: 426, procent: 10 %, utrymme: 7000, tak: "{{ belopp.maxavgift }}"}
      - {niva: Nivå 4, fast: 426, procent: 30 %, utrymme: 7000}
"""
"""Jönköping's hemtjänst levels (trial 58, F2): Nivå 1 capped at 1 824 kr, the others at the
maxavgift 2 089 kr, each row's cap in the column `tak`; a row without one has none."""


def fees(tmp_path: Path, text: str) -> list[object]:
    """The computed fee of each row of the levels table."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    computed = Pipeline().build(case).computed
    assert computed is not None
    return [row.amounts.get("avgift") for row in computed.tables["ex"].rows]


def test_hogst_may_name_a_column_holding_each_rows_cap(tmp_path: Path) -> None:
    # 303 + 25 % of 7 000 = 2 053 → 1 824; 2 526 → 2 089; 1 126 under its cap; 2 526 uncapped
    assert problems(tmp_path, LEVELS) == []
    assert fees(tmp_path, LEVELS) == [1824, 2089, 1126, 2526]


def test_a_stated_figure_above_its_rows_cap_is_told_the_cap(tmp_path: Path) -> None:
    stated = LEVELS.replace('tak: "{{ belopp.tak_niva1 }}"}',
                            'tak: "{{ belopp.tak_niva1 }}", avgift: 2053}')
    assert problems(tmp_path, stated) == [
        f"x.yaml:21:104: angivet belopp 2{NBSP}053{NBSP}kr för raden 'Nivå 1', kolumnen 'Avgift "
        f"(kr)' stämmer inte med uträkningen Fast del + Andel × Avgiftsutrymme (303{NBSP}kr + "
        f"25{NBSP}% × 7{NBSP}000{NBSP}kr) = 2{NBSP}053{NBSP}kr, högst 1{NBSP}824{NBSP}kr (det "
        f"angivna är 229{NBSP}kr för högt); rätta beloppet eller ta bort det så räknas det ut"]


def test_a_summed_column_of_caps_is_warned_about(tmp_path: Path) -> None:
    summed = LEVELS.replace("    totalt: false\n", "")
    assert problems(tmp_path, summed) == [
        "x.yaml:17:41: varning: 'tak' är varje rads högsta belopp för 'avgift' ('hogst: tak'), "
        "men summeras, så tabellen visar en summa av taken som inte säger något; skriv "
        "'summeras: nej' i kolumnen"]
    assert problems(tmp_path, summed.replace("rubrik: Högst, typ: belopp}",
                                             "rubrik: Högst, typ: belopp, summeras: nej}")) == []


def test_a_column_that_cannot_hold_caps_is_named_with_why(tmp_path: Path) -> None:
    at = "x.yaml:19:94: 'hogst': "
    assert problems(tmp_path, LEVELS.replace("hogst: tak}", "hogst: niva}")) == [
        f"{at}kolumnen 'niva' har 'typ: text', inga belopp; ett tak per rad står i en kolumn "
        "med 'typ: belopp'"]
    assert problems(tmp_path, LEVELS.replace("hogst: tak}", "hogst: avgift}")) == [
        f"{at}'avgift' är kolumnen själv; skriv det högsta beloppet, ett av ärendets belopp "
        "(belopp.namn) eller en annan beloppskolumn med varje rads högsta belopp"]
    assert problems(tmp_path, LEVELS.replace("hogst: tak}", "hogst: takk}")) == [
        f"{at}'takk' är ingen kolumn i tabellen, menade du 'tak'?"]
    assert problems(tmp_path, LEVELS.replace("hogst: tak}", "hogst: maxavgift}")) == [
        f"{at}'maxavgift' är ett av ärendets belopp; skriv 'belopp.maxavgift'"]


def test_a_column_of_caps_is_typed_not_computed(tmp_path: Path) -> None:
    computed = LEVELS.replace("{namn: tak, rubrik: Högst, typ: belopp}",
                              "{namn: tak, rubrik: Högst, typ: belopp, formel: fast * 5}")
    assert problems(tmp_path, computed)[-1:] == [
        "x.yaml:19:94: 'hogst': kolumnen 'tak' räknas ut med en formel; skriv varje rads "
        "högsta belopp i en kolumn utan 'formel'"]


def test_a_typed_amount_above_its_rows_cap_is_an_error_at_its_cell(tmp_path: Path) -> None:
    typed = LEVELS.replace("hogst: tak}", "}").replace(
        "{namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp}",
        "{namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp, hogst: tak}").replace(
        "procent: 10 %, utrymme: 7000", "procent: 10 %, utrymme: 2000")
    assert problems(tmp_path, typed) == [
        f"x.yaml:21:59: Avgiftsutrymme är 7{NBSP}000{NBSP}kr på raden 'Nivå 1', men får inte "
        f"vara högre än 1{NBSP}824{NBSP}kr ('hogst: tak' i kolumnen); rätta beloppet",
        f"x.yaml:22:59: Avgiftsutrymme är 7{NBSP}000{NBSP}kr på raden 'Nivå 2', men får inte "
        f"vara högre än 2{NBSP}089{NBSP}kr ('hogst: tak' i kolumnen); rätta beloppet"]


def test_minst_above_hogst_is_refused(tmp_path: Path) -> None:
    both = MAXTAXA.replace("hogst: 1688", "hogst: belopp.maxtaxa, minst: 2000")
    assert problems(tmp_path, both) == [
        f"x.yaml:14:83: 'minst: 2000' (2{NBSP}000{NBSP}kr) är högre än 'hogst: belopp.maxtaxa' "
        f"(1{NBSP}688{NBSP}kr), så inget belopp i kolumnen kan stämma; rätta den ena"]


def test_a_typed_amount_above_hogst_is_an_error_at_its_cell(tmp_path: Path) -> None:
    typed = MAXTAXA.replace("typ: belopp, summeras: nej}", "typ: belopp, summeras: nej, "
                            "hogst: 80 000}")
    assert problems(tmp_path, typed) == [
        f"x.yaml:18:39: Inkomst är 90{NBSP}000{NBSP}kr på raden 'Hushåll C', men får inte vara "
        f"högre än 80{NBSP}000{NBSP}kr ('hogst: 80 000' i kolumnen); rätta beloppet"]


def test_hogst_belongs_to_an_amount_column(tmp_path: Path) -> None:
    text = MAXTAXA.replace("{namn: hushall, rubrik: Hushåll}",
                           "{namn: hushall, rubrik: Hushåll, hogst: 5}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:49: 'hogst' gäller bara kolumner med 'typ: belopp', 'typ: kvot' eller "
        "'typ: andel', men 'hushall' har "
        "'typ: text'; ta bort 'hogst' här"]


GROUPED = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Kvar
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: till, rubrik: Tilldelat, typ: belopp}
      - {namn: anv, rubrik: Använt, typ: belopp}
      - {namn: kvar, rubrik: Kvar, typ: belopp, formel: till - anv, hogst: 30}
    rader:
      - post: Grupp
        delsumma: Summa grupp
        kvar: 50
        rader:
          - {post: A, till: 100, anv: 40}
          - {post: B, till: 50, anv: 30}
      - {post: C, till: 10, anv: 5}
    summa: {kvar: 55}
"""


def test_a_capped_column_that_subtracts_sums_its_capped_rows_in_groups(tmp_path: Path) -> None:
    assert problems(tmp_path, GROUPED) == []
    assert problems(tmp_path, GROUPED.replace("kvar: 50", "kvar: 80")) == [
        f"x.yaml:17:15: angiven summa 80{NBSP}kr för delsumman 'Summa grupp' under 'Grupp', "
        f"kolumnen 'Kvar (kr)' stämmer inte med summan av delarna 50{NBSP}kr (den angivna är "
        f"30{NBSP}kr för hög), "
        "lika med beloppet på raden 'A': kontrollera om summan räknar en rad två gånger eller "
        "om en rad saknas i tabellen; rätta summan eller ta bort den så räknas den ut"]


def test_minst_may_name_one_of_the_cases_amounts_too(tmp_path: Path) -> None:
    named = FUNDS.replace("titel: Utdelning ur fonder\n",
                          "titel: Utdelning ur fonder\nbelopp:\n  reserv: 50 000\n")
    assert problems(tmp_path, named.replace("minst: 0", "minst: belopp.reserv").replace(
        "utdelas: 255 000", "utdelas: 200 000")) == [
        f"x.yaml:26:9: Kvar till kommande år blir 25{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        f"Södergrens donationsfond', men får inte vara lägre än 50{NBSP}000{NBSP}kr ('minst: "
        "belopp.reserv' i kolumnen): det räknas ut som Utdelningsbart − Utdelas",
        f"x.yaml:27:9: Kvar till kommande år blir 44{NBSP}000{NBSP}kr på raden 'Stiftelsen "
        f"Svegs sjukhus samfond', men får inte vara lägre än 50{NBSP}000{NBSP}kr ('minst: "
        "belopp.reserv' i kolumnen): det räknas ut som Utdelningsbart − Utdelas"]


FARE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Egenavgift för färdtjänst
belopp: {lagsta: 50, hogsta: 150}
avsnitt:
  - tabell: ex
tabeller:
  - namn: ex
    kolumner:
      - {namn: taxameter, rubrik: Taxameterbelopp, typ: belopp}
      - {namn: andel, rubrik: Andel, typ: tal}
      - {namn: avgift, rubrik: Egenavgift, typ: belopp, formel: andel * taxameter, lagst: 50}
    rader:
      - {taxameter: 100, andel: "35 %"}
      - {taxameter: 200, andel: "35 %"}
    totalt: false
"""


def test_lagst_raises_a_formula_and_the_total_sums_the_raised_figures(tmp_path: Path) -> None:
    assert problems(tmp_path, FARE) == []
    assert problems(tmp_path, FARE.replace("lagst: 50", "lagst: belopp.lagsta")) == []
    assert problems(tmp_path, FARE.replace("lagst: 50", "lagst: belopp.lagsta, "
                                           "hogst: belopp.hogsta")) == []


def test_a_stated_figure_below_the_floor_is_told_the_floor(tmp_path: Path) -> None:
    assert problems(tmp_path, FARE.replace('taxameter: 100, andel: "35 %"',
                                           'taxameter: 100, andel: "35 %", avgift: 35')) == [
        f"x.yaml:15:49: angivet belopp 35{NBSP}kr för raden, kolumnen 'Egenavgift (kr)' stämmer "
        f"inte med uträkningen Andel × Taxameterbelopp (35{NBSP}% × 100{NBSP}kr) = 35{NBSP}kr, "
        f"lägst 50{NBSP}kr (det angivna är 15{NBSP}kr för lågt); "
        "rätta beloppet eller ta bort det så räknas det ut"]


def test_lagst_above_hogst_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, FARE.replace("lagst: 50", "lagst: 200, hogst: belopp.hogsta")) == [
        f"x.yaml:13:103: 'lagst: 200' (200{NBSP}kr) är högre än 'hogst: belopp.hogsta' "
        f"(150{NBSP}kr), så inget belopp i kolumnen kan stämma; rätta den ena"]


def test_lagst_is_read_as_hogst_is(tmp_path: Path) -> None:
    assert problems(tmp_path, FARE.replace("lagst: 50", "lagst: belopp.lagst")) == [
        "x.yaml:13:91: 'lagst': 'belopp.lagst' är inget av ärendets belopp, menade du "
        "'belopp.lagsta'?"]


def test_a_typed_amount_below_lagst_is_an_error_at_its_cell(tmp_path: Path) -> None:
    typed = FARE.replace("formel: andel * taxameter, lagst: 50}", "lagst: 50}").replace(
        'andel: "35 %"}', 'andel: "35 %", avgift: 35}', 1)
    assert problems(tmp_path, typed) == [
        f"x.yaml:15:49: Egenavgift är 35{NBSP}kr på raden, men får inte vara lägre än 50{NBSP}kr "
        "('lagst: 50' i kolumnen); rätta beloppet"]


def test_minst_on_a_formula_stays_a_check_and_says_how_a_floor_is_written(
        tmp_path: Path) -> None:
    assert problems(tmp_path, FARE.replace("lagst: 50", "minst: belopp.lagsta")) == [
        f"x.yaml:15:9: Egenavgift blir 35{NBSP}kr på raden, men får inte vara lägre än "
        f"50{NBSP}kr ('minst: belopp.lagsta' i kolumnen): det räknas ut som Andel × "
        f"Taxameterbelopp; skriv 'lagst: belopp.lagsta' om beloppet ska bli minst 50{NBSP}kr"]
