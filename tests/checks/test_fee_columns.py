"""A price list or a column of limits summed into a total nothing uses is a warning, once per
table (trial 61, F1 and F2; trial 53, F1): patient fees per besök and per dygn, or each
attestant's beloppsgräns, add up to a "Totalt" that says nothing."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

FEES = """\
dokumenttyp: beslut
datum: 2023-12-13
dnr: nej
titel: Patientavgifter 2024
beslut:
  beslutande: Regionfullmäktige
  datum: 2023-12-13
  punkter:
    - fastställa patientavgifterna enligt tabellen.
avsnitt:
  - tabell: avgifter
tabeller:
  - namn: avgifter
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: per, rubrik: Per}
      - {namn: a2023, rubrik: Till och med 2023, typ: belopp}
      - {namn: a2024, rubrik: Från 1 januari 2024, typ: belopp}
    rader:
      - {avgift: Öppenvårdsbesök, per: besök, a2023: 200, a2024: 300}
      - {avgift: Slutenvård, per: dygn, a2023: 120, a2024: 130}
      - {avgift: Avgiftstak, per: tolv månader, a2023: 1 300, a2024: 1 400}
"""
LIMITS = FEES.replace("""      - {namn: avgift, rubrik: Avgift}
      - {namn: per, rubrik: Per}
      - {namn: a2023, rubrik: Till och med 2023, typ: belopp}
      - {namn: a2024, rubrik: Från 1 januari 2024, typ: belopp}
    rader:
      - {avgift: Öppenvårdsbesök, per: besök, a2023: 200, a2024: 300}
      - {avgift: Slutenvård, per: dygn, a2023: 120, a2024: 130}
      - {avgift: Avgiftstak, per: tolv månader, a2023: 1 300, a2024: 1 400}
""", """      - {namn: namn, rubrik: Namn}
      - {namn: grans, rubrik: Beloppsgräns, typ: belopp}
    rader:
      - {namn: Jonas Sverkén, grans: 100 000}
      - {namn: Annette Andersson, grans: 1 000 000}
""")
PER_ROW = ("men summerar dem, så tabellen visar en summa av priser som inte säger något; skriv "
           "'totalt: false' i tabellen, eller 'summeras: nej' i en kolumn som inte ska summeras")


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_summed_price_list_with_a_unit_per_row_is_warned_about_once(tmp_path: Path) -> None:
    assert problems(tmp_path, FEES) == [
        "x.yaml:16:16: varning: tabellen 'avgifter' anger sina belopp per besök, dygn och tolv "
        f"månader (kolumnen 'Per'), {PER_ROW}"]


def test_a_summed_column_of_limits_is_warned_about_at_the_column(tmp_path: Path) -> None:
    assert problems(tmp_path, LIMITS) == [
        "x.yaml:16:50: varning: 'grans' ser ut att vara en gräns per rad, men summeras, så "
        "tabellen visar en summa av beloppsgräns som inte säger något; skriv 'summeras: nej' "
        "i kolumnen, eller 'totalt: false' i tabellen"]


def test_a_fee_header_or_a_compounds_last_part_names_a_price(tmp_path: Path) -> None:
    hourly = LIMITS.replace("rubrik: Beloppsgräns", "rubrik: Timavgift")
    assert problems(tmp_path, hourly)[0].startswith(
        "x.yaml:16:47: varning: 'grans' ser ut att vara en avgift per rad, men summeras, så "
        "tabellen visar en summa av timavgift som inte säger något")
    highest = LIMITS.replace("rubrik: Beloppsgräns", "rubrik: Högsta belopp")
    assert problems(tmp_path, highest)[0].startswith(
        "x.yaml:16:51: varning: 'grans' ser ut att vara ett högsta belopp per rad, men")


def test_a_header_giving_its_money_unit_per_something_names_a_price(tmp_path: Path) -> None:
    # (trial 75, F1: Tyresö's hemtjänst rates in kr/timme, summed to a "Totalt" of 1 821)
    for header, column in (("Kommunal regi (kr/timme)", 64), ("kr per timme", 52),
                           ("Ersättning, kr/plats", 60)):
        rates = LIMITS.replace("rubrik: Beloppsgräns", f'rubrik: "{header}"')
        assert problems(tmp_path, rates) == [
            f"x.yaml:16:{column}: varning: 'grans' ser ut att vara ett pris per rad, men "
            f"summeras, så tabellen visar en summa av {header.lower()} som inte säger något; "
            "skriv 'summeras: nej' i kolumnen, eller 'totalt: false' i tabellen"]
    for header in ("Belopp per kommun", "Bidrag 2024/2025", "Kronor"):
        assert problems(tmp_path, LIMITS.replace("rubrik: Beloppsgräns", f'rubrik: "{header}"')) \
            == [], header


def test_income_named_after_fees_adds_up(tmp_path: Path) -> None:
    income = LIMITS.replace("rubrik: Beloppsgräns", "rubrik: Avgiftsintäkter")
    assert problems(tmp_path, income) == []


def test_a_table_without_a_total_or_whose_total_is_used_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, FEES.replace("    kolumner:", "    totalt: false\n    kolumner:",
                                           1)) == []
    assert problems(tmp_path, LIMITS.replace("typ: belopp}", "typ: belopp, summeras: nej}")) \
        == []
    named = "- fastställa gränserna, sammanlagt {{ tabeller.avgifter.grans }}."
    assert problems(tmp_path, LIMITS.replace(
        "- fastställa patientavgifterna enligt tabellen.", named)) == []
    stated = LIMITS.replace("    kolumner:", '    summa: "1 100 000"\n    kolumner:', 1)
    assert problems(tmp_path, stated) == []


def test_a_rate_a_formula_multiplies_keeps_its_own_warning(tmp_path: Path) -> None:
    hours = LIMITS.replace("      - {namn: grans, rubrik: Beloppsgräns, typ: belopp}", (
        "      - {namn: timmar, rubrik: Timmar, typ: antal}\n"
        "      - {namn: grans, rubrik: Timavgift, typ: belopp}\n"
        "      - {namn: summa, rubrik: Summa, typ: belopp, formel: timmar * grans}")).replace(
        "grans: 100 000}", "timmar: 2, grans: 1 000}").replace(
        "grans: 1 000 000}", "timmar: 3, grans: 1 000}")
    assert problems(tmp_path, hours) == [
        "x.yaml:17:47: varning: 'grans' är ett pris per rad som multiplicerar 'timmar' i "
        "formeln för 'summa', men summeras, så tabellen visar en summa av timavgift som inte "
        "säger något; skriv 'summeras: nej' i kolumnen"]


TAXA = """\
dokumenttyp: tjansteskrivelse
datum: 2021-10-18
dnr: nej
titel: Renhållningsavgifter 2022
avsnitt:
  - rubrik: Brännbart
    text: Årsavgift per kärl efter storlek på kärl och hämtningsintervall.
    tabell: brannbart
tabeller:
  - namn: brannbart
    kolumner:
      - {namn: storlek, rubrik: Storlek på kärl}
      - {namn: v4, rubrik: Var 4:e vecka, typ: belopp}
      - {namn: v2, rubrik: Varannan vecka, typ: belopp}
      - {namn: v1, rubrik: En gång/vecka, typ: belopp}
    rader:
      - {storlek: 140 liter, v4: 868, v2: 1 735, v1: 3 470}
      - {storlek: 660 liter, v4: 2 469, v2: 4 937, v1: 9 875}
"""
"""Trial 81, F1: Boden's avfallstaxa, kärl by tömningsintervall, summed to a "Totalt"."""


def test_a_header_naming_an_interval_names_the_fee_for_it(tmp_path: Path) -> None:
    # (one warning naming every such column, trial 94, F4)
    assert problems(tmp_path, TAXA) == [
        "x.yaml:13:48: varning: 'v4', 'v2' och 'v1' ser ut att vara avgifter per rad, men "
        "summeras, så tabellen visar summor av avgifter för var 4:e vecka, varannan vecka och "
        "en gång/vecka som inte säger något; skriv 'summeras: nej' i kolumnerna, eller "
        "'totalt: false' i tabellen"]
    for header in ("6 gånger/år", "Två gånger per vecka", "Var fjärde vecka", "Varje vecka",
                   "Var 14:e dag", "Veckotömning"):
        assert problems(tmp_path, TAXA.replace("rubrik: Var 4:e vecka", f"rubrik: {header}")
                        )[0].startswith("x.yaml:13:"), header
    alone = TAXA.replace("rubrik: Varannan vecka", "rubrik: Hämtning").replace(
        "rubrik: En gång/vecka", "rubrik: Antal tömningar")
    assert problems(tmp_path, alone.replace("rubrik: Var 4:e vecka", "rubrik: Per tömning"))[
        0].endswith("en summa av avgifter per tömning som inte säger något; skriv 'summeras: "
                    "nej' i kolumnen, eller 'totalt: false' i tabellen")


def test_a_taxa_without_a_total_or_years_and_weeks_as_headers_are_left_alone(
        tmp_path: Path) -> None:
    assert problems(tmp_path, TAXA.replace("    kolumner:", "    totalt: false\n    kolumner:",
                                           1)) == []
    for v4, v2, v1 in (("Vecka 12", "Vecka 13", "Vecka 14"), ("Per år", "Per månad", "År 2024"),
                       ("Kostnad per år", "Hämtning", "Antal tömningar")):
        assert problems(tmp_path, TAXA.replace("Var 4:e vecka", v4).replace(
            "Varannan vecka", v2).replace("En gång/vecka", v1)) == [], v4


PENG = """\
dokumenttyp: tjansteskrivelse
datum: 2015-11-04
dnr: nej
titel: Barntandvårdspeng 2016
avsnitt:
  - tabell: peng
tabeller:
  - namn: peng
    kolumner:
      - {namn: ar, rubrik: År}
      - {namn: peng, rubrik: Barntandvårdspeng per barn, typ: belopp}
      - {namn: procent, rubrik: Avgift till riskfond, typ: tal}
      - {namn: avgift, rubrik: Avgift per barn, typ: belopp, formel: procent * peng}
      - {namn: karens, rubrik: Karensbelopp, typ: belopp}
    rader:
      - {ar: "2015", peng: 1 128, procent: "4 %", karens: 2 500}
      - {ar: "2016", peng: 1 162, procent: "5 %", karens: 3 000}
"""
"""Trial 94, F3: a rate per barn and a karensbelopp for two years, summed into a "Totalt"."""


def test_amounts_for_years_beside_a_rate_are_named_together(tmp_path: Path) -> None:
    assert problems(tmp_path, PENG) == [
        "x.yaml:11:63: varning: raderna är år, och 'peng' ser ut att vara ett pris per rad, "
        "men 'peng', 'avgift' och 'karens' summeras över åren, så tabellen visar summor av "
        "barntandvårdspeng per barn, avgift per barn och karensbelopp som inte säger något; "
        "skriv 'summeras: nej' i kolumnerna, eller 'totalt: false' i tabellen"]
    monthly = PENG.replace("Barntandvårdspeng per barn", "Ersättning per månad").replace(
        '{ar: "2016"', '{ar: "År 2016"')
    assert problems(tmp_path, monthly)[0].startswith(
        "x.yaml:11:57: varning: raderna är år, och 'peng' ser ut att vara ett pris per rad")


def test_amounts_for_years_without_a_rate_or_a_rate_per_row_of_parts_add_up(
        tmp_path: Path) -> None:
    # (Karlstad's driftstöd 2017–2020, trial 91: the support of the four years together)
    for header in ("Driftstöd", "Kostnad per år", "Kostnad/år"):
        assert problems(tmp_path, PENG.replace("Barntandvårdspeng per barn", header).replace(
            "Avgift per barn", "Avgift till fonden")) == [], header
    # (a cost per barn in parts, lokaler and personal, adds up to the cost per barn)
    parts = PENG.replace('ar: "2015"', "ar: Lokaler").replace('ar: "2016"', "ar: Personal")
    assert problems(tmp_path, parts) == []


TANDVARD = """\
dokumenttyp: tjansteskrivelse
datum: 2015-11-04
dnr: nej
titel: Tandvårdstaxa 2016
avsnitt:
  - tabell: taxa
tabeller:
  - namn: taxa
    kolumner:
      - {namn: kod, rubrik: Kod, typ: text}
      - {namn: atgard, rubrik: Åtgärd}
      - {namn: ref, rubrik: Referenspris 2016, typ: belopp}
      - {namn: p2015, rubrik: "2015", typ: belopp}
      - {namn: p2016, rubrik: "2016", typ: belopp}
    kolumngrupper:
      - {rubrik: Folktandvårdens pris, kolumner: [p2015, p2016]}
    rader:
      - {kod: "101", atgard: Basundersökning, ref: 740, p2015: 735, p2016: 760}
      - {kod: "800", atgard: Permanent krona, ref: 6 230, p2015: 6 100, p2016: 6 300}
"""
"""Trial 94, F4: three price columns, warned about one a run."""


def test_every_price_column_of_a_table_is_named_in_one_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, TANDVARD) == [
        "x.yaml:12:53: varning: 'ref', 'p2015' och 'p2016' ser ut att vara priser per rad, men "
        "summeras, så tabellen visar summor av referenspris 2016, folktandvårdens pris 2015 och "
        "folktandvårdens pris 2016 som inte säger något; skriv 'summeras: nej' i kolumnerna, "
        "eller 'totalt: false' i tabellen"]
    one_left = TANDVARD.replace("rubrik: Referenspris 2016, typ: belopp}",
                                "rubrik: Referenspris 2016, typ: belopp, summeras: nej}")
    assert problems(tmp_path, one_left) == [
        "x.yaml:13:44: varning: 'p2015' och 'p2016' ser ut att vara priser per rad, men "
        "summeras, så tabellen visar summor av folktandvårdens pris 2015 och folktandvårdens "
        "pris 2016 som inte säger något; skriv 'summeras: nej' i kolumnerna, eller 'totalt: "
        "false' i tabellen"]
