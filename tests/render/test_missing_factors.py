"""Specification, by exact Markdown and messages, of a row that states a product whose
formula multiplies by a column the row leaves empty (trial 52): the row's figure cannot be
computed, so the figure it states is the one shown, never dropped, and the columns computed
from it compute from it. A stated 0 is what the source says (Sollefteå's allmän förskola:
"0 kr/månad" for 0–15 hours, no percentage: F1) and no error; any other stated figure is one
warning for all such rows, at the first row's figure where 'fast_belopp: ja' would go (trial
84, F10), naming how many and the first (Hudiksvall's
arvoden with Antal left empty on 29 rows: one message, not 58 "= 0 kr", F3). It is a
warning (trial 69, F2: "Resor egen bil 29", a fixed amount beside rows of andel ×
riksdagsarvode), which `fast_belopp: ja` on the row silences."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

FEES = """\
dokumenttyp: tjansteskrivelse
avsandare: [Sollefteå kommun]
datum: 2024-01-01
dnr: nej
titel: Avgifter för allmän förskola 2024
belopp:
  inkomsttak: 56250
avsnitt:
  - rubrik: Allmän förskola 3–5 år
    tabell: allman
tabeller:
  - namn: allman
    totalt: false
    kolumner:
      - {namn: barn, rubrik: Barn}
      - {namn: p_kort, rubrik: "0–15 timmar, % av inkomsten", typ: tal}
      - {namn: max_kort, rubrik: "0–15 timmar, högst kr/månad", typ: belopp,
         formel: p_kort * belopp.inkomsttak}
      - {namn: p_lang, rubrik: "Över 15 timmar, % av inkomsten", typ: tal}
      - {namn: max_lang, rubrik: "Över 15 timmar, högst kr/månad", typ: belopp,
         formel: p_lang * belopp.inkomsttak}
    rader:
      - {barn: Barn 1, max_kort: 0, p_lang: "2 %", max_lang: 1125}
      - {barn: Barn 2, max_kort: 0, p_lang: "1 %", max_lang: 563}
      - {barn: Barn 3, max_kort: 0, p_lang: "1 %"}
"""

ARVODEN = """\
dokumenttyp: tjansteskrivelse
avsandare: [Hudiksvalls kommun]
datum: 2019-11-01
dnr: nej
titel: Årsarvoden
belopp:
  riksdagsarvode: 68400
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: Summa årsarvode
    kolumner:
      - {namn: uppdrag, rubrik: Uppdrag}
      - {namn: antal, rubrik: Antal, typ: tal}
      - {namn: andel, rubrik: Andel av riksdagsarvodet, typ: tal}
      - {namn: manad, rubrik: Månadsarvode, typ: belopp, summeras: nej,
         formel: antal * andel * belopp.riksdagsarvode}
      - {namn: ar, rubrik: Årsarvode, typ: belopp, formel: manad * 12}
    rader:
      - {uppdrag: KF ordf, andel: "18 %", manad: 12 312, ar: 147 744}
      - {uppdrag: KF 1:e vice ordf, andel: "5 %", manad: 3 420, ar: 41 040}
      - {uppdrag: KS ordf, andel: "100 %", manad: 68 400, ar: 820 800}
      - {uppdrag: KS 1:e vice ordf, andel: "85 %", manad: 58 140, ar: 697 680}
      - {uppdrag: Ledamot (6 st), antal: 6, andel: "4 %", manad: 16 416, ar: 196 992}
"""


def built(tmp_path: Path, text: str) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_a_stated_0_where_the_percentage_is_empty_is_shown_as_the_source_says(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path, FEES) == [
        "| Barn | 0–15 timmar, högst kr/månad | Över 15 timmar, % av inkomsten "
        "| Över 15 timmar, högst kr/månad |",
        "|:--|--:|--:|--:|",
        "| Barn 1 | 0 | 2~% | 1~125 |",
        "| Barn 2 | 0 | 1~% | 563 |",
        "| Barn 3 | 0 | 1~% | 563 |"]


def test_a_stated_figure_other_than_0_where_the_percentage_is_empty_is_one_warning(
        tmp_path: Path) -> None:
    text = FEES.replace("Barn 1, max_kort: 0", "Barn 1, max_kort: 844")
    assert problems(tmp_path, text) == [
        "fall.yaml:23:34: varning: raden 'Barn 1' anger ett belopp i kolumnen '0–15 timmar, "
        "högst kr/månad' men har inget tal i kolumnen '0–15 timmar, % av inkomsten', som "
        "formeln räknar med (0–15 timmar, % av inkomsten × ärendets belopp 'inkomsttak'), så "
        "beloppet står som det är skrivet och kontrolleras inte av formeln; skriv radens tal i "
        "kolumnen '0–15 timmar, % av inkomsten', eller 'fast_belopp: ja' på raden om beloppet "
        "är ett fast belopp"]


def test_rows_without_their_count_are_one_warning_at_the_first_and_none_after_it(
        tmp_path: Path) -> None:
    # (no "(– × 18 % × 68 400 kr) = 0 kr", and no error for Årsarvode = Månadsarvode × 12)
    assert problems(tmp_path, ARVODEN) == [
        "fall.yaml:21:50: varning: 4 rader anger belopp i kolumnen 'Månadsarvode (kr)' men har "
        "inget tal i kolumnen 'Antal', som formeln räknar med (Antal × Andel av "
        "riksdagsarvodet × ärendets belopp 'riksdagsarvode'), så beloppen står som de är "
        "skrivna och kontrolleras inte av formeln: raden 'KF ordf', raden 'KF 1:e vice ordf', "
        "raden 'KS ordf' och raden 'KS 1:e vice ordf'; skriv radens tal i kolumnen 'Antal' på "
        "varje rad, eller 'fast_belopp: ja' på de rader vars belopp är fasta belopp"]


def test_more_rows_without_their_count_are_counted_after_the_first_three(
        tmp_path: Path) -> None:
    more = """\
      - {uppdrag: SN ordf, andel: "60 %", manad: 41 040, ar: 492 480}
      - {uppdrag: SN 1:e vice ordf, andel: "10 %", manad: 6 840, ar: 82 080}
"""
    assert problems(tmp_path, ARVODEN + more) == [
        "fall.yaml:21:50: varning: 6 rader anger belopp i kolumnen 'Månadsarvode (kr)' men har "
        "inget tal i kolumnen 'Antal', som formeln räknar med (Antal × Andel av "
        "riksdagsarvodet × ärendets belopp 'riksdagsarvode'), så beloppen står som de är "
        "skrivna och kontrolleras inte av formeln: raden 'KF ordf', raden 'KF 1:e vice ordf', "
        "raden 'KS ordf' och 3 rader till; skriv radens tal i kolumnen 'Antal' på varje rad, "
        "eller 'fast_belopp: ja' på de rader vars belopp är fasta belopp"]


def test_a_row_without_its_count_that_states_nothing_has_no_figure_and_no_error(
        tmp_path: Path) -> None:
    rows = ARVODEN[ARVODEN.index("      - {uppdrag: KF ordf"):]
    text = ARVODEN.replace(rows, """\
      - {uppdrag: KF ordf, antal: 1, andel: "18 %", manad: 12 312, ar: 147 744}
      - {uppdrag: KS ordf, andel: "100 %"}
      - {uppdrag: Ledamot (6 st), antal: 6, andel: "4 %", manad: 16 416, ar: 196 992}
""")
    assert table_lines(tmp_path, text) == [
        "| Uppdrag | Antal | Andel av riksdagsarvodet | Månadsarvode (kr) | Årsarvode (kr) |",
        "|:--|--:|--:|--:|--:|",
        "| KF ordf | 1 | 18~% | 12~312 | 147~744 |",
        "| KS ordf | | 100~% | | |",
        "| Ledamot (6 st) | 6 | 4~% | 16~416 | 196~992 |",
        "| **Summa årsarvode** | | | | **344~736** |"]


RESOR = """\
dokumenttyp: tjansteskrivelse
avsandare: [Hudiksvalls kommun]
datum: 2023-01-01
dnr: nej
titel: Arvoden
belopp:
  riksdagsarvode: 73000
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: false
    kolumner:
      - {namn: arvode, rubrik: Arvoden}
      - {namn: andel, rubrik: Andel av riksarvodet, typ: tal}
      - {namn: belopp, rubrik: Belopp, typ: belopp, formel: andel * belopp.riksdagsarvode}
    rader:
      - {arvode: Sammanträde/dag, andel: "1,6 %", belopp: 1 168}
      - {arvode: Resor egen bil, belopp: 29}
      - {arvode: Enligt kvitto}
"""


def test_a_typed_amount_without_its_share_stands_with_a_warning(tmp_path: Path) -> None:
    # (trial 69, F2: "Resor egen bil 29", a fixed amount, was an error)
    result = built(tmp_path, RESOR)
    assert [p.format().replace(f"{tmp_path}/", "") for p in result.problems] == [
        "fall.yaml:19:42: varning: raden 'Resor egen bil' anger ett belopp i kolumnen 'Belopp "
        "(kr)' men har inget tal i kolumnen 'Andel av riksarvodet', som formeln räknar med "
        "(Andel av riksarvodet × ärendets belopp 'riksdagsarvode'), så beloppet står som det "
        "är skrivet och kontrolleras inte av formeln; skriv radens tal i kolumnen 'Andel av "
        "riksarvodet', eller 'fast_belopp: ja' på raden om beloppet är ett fast belopp"]
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    assert [line for line in markdown.splitlines() if line.startswith("|")][2:] == [
        "| Sammanträde/dag | 1,6~% | 1~168 |",
        "| Resor egen bil | | 29 |",
        "| Enligt kvitto | | |"]


def test_fast_belopp_on_the_row_silences_the_warning(tmp_path: Path) -> None:
    text = RESOR.replace("Resor egen bil, belopp: 29}", "Resor egen bil, belopp: 29, "
                         "fast_belopp: ja}")
    assert table_lines(tmp_path, text)[3] == "| Resor egen bil | | 29 |"


def test_fast_belopp_keeps_a_decided_figure_the_formula_would_compute_otherwise(
        tmp_path: Path) -> None:
    # (trial 88, F5: a published amount a krona off its formula, as the decision states it)
    off = RESOR.replace('andel: "1,6 %", belopp: 1 168}', 'andel: "1,6 %", belopp: 1 169}')
    assert problems(tmp_path, off)[0].endswith(
        "(det angivna är 1~kr för högt); rätta beloppet eller ta bort det så räknas det ut; "
        "står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så står "
        "det som det är skrivet")
    kept = off.replace("belopp: 1 169}", "belopp: 1 169, fast_belopp: ja}")
    assert problems(tmp_path, kept)[:1] == [problems(tmp_path, RESOR)[0]]
    assert table_lines(tmp_path, kept.replace(
        "Resor egen bil, belopp: 29}", "Resor egen bil, belopp: 29, fast_belopp: ja}"))[2] == (
        "| Sammanträde/dag | 1,6~% | 1~169 |")


def test_fast_belopp_on_a_row_without_a_figure_in_a_formula_column_is_a_warning(
        tmp_path: Path) -> None:
    text = RESOR.replace('andel: "1,6 %", belopp: 1 168}',
                         'andel: "1,6 %", fast_belopp: ja}')
    assert problems(tmp_path, text)[:1] == [
        "fall.yaml:18:64: varning: raden 'Sammanträde/dag' har 'fast_belopp: ja', men den har "
        "inget skrivet belopp i en kolumn med formel, så det gör ingenting; ta bort "
        "'fast_belopp'"]


def test_a_fixed_amount_counts_in_the_total(tmp_path: Path) -> None:
    text = RESOR.replace("    totalt: false\n", "    summa: 1 200\n").replace(
        "Resor egen bil, belopp: 29}", "Resor egen bil, belopp: 29, fast_belopp: ja}")
    assert problems(tmp_path, text) == [
        "fall.yaml:12:12: angiven summa 1~200~kr för totalen i tabellen 'arvoden' stämmer inte "
        "med summan av delarna 1~197~kr (den angivna är 3~kr för hög); raden 'Enligt kvitto' "
        "har inget belopp ('–'): kontrollera om 3~kr saknas där; rätta summan eller ta bort den "
        "så räknas den ut"]


MONTHS = """\
dokumenttyp: tjansteskrivelse
datum: 2016-01-18
dnr: GSN-2016/27
titel: Bidragsbelopp 2016
avsnitt: [{rubrik: Belopp, tabell: b}]
tabeller:
  - namn: b
    totalt: false
    kolumner:
      - {namn: bidrag, rubrik: Bidrag}
      - {namn: ar, rubrik: Årsbelopp, typ: belopp}
      - {namn: manad, rubrik: Per månad, typ: belopp, formel: ar / 12}
    rader:
      - {bidrag: Grundbelopp, ar: 41 606, manad: 3 467}
      - {bidrag: Lokalbidrag, ar: 59 516, manad: 4 960}
      - {bidrag: Socioekonomiskt tillägg HT, manad: "15,70", fast_belopp: ja}
"""
"""Trial 88, F4: Huddinge's amounts a month, a fixed one with öre among them."""


def test_a_fixed_amount_with_ore_does_not_make_the_formula_round_to_ore(
        tmp_path: Path) -> None:
    # (41 606 / 12 is 3 467,17: whole kronor, as the column's computed figures are typed)
    assert table_lines(tmp_path, MONTHS)[2:] == [
        "| Grundbelopp | 41~606 | 3~467,00 |",
        "| Lokalbidrag | 59~516 | 4~960,00 |",
        "| Socioekonomiskt tillägg HT | | 15,70 |"]


def test_every_whole_krona_figure_of_a_column_rounded_to_ore_is_told_the_same_rounding(
        tmp_path: Path) -> None:
    # (trial 88, F4: 4 960 kr for 4 959,67 kr was told 'avrunda: tiotal' because it ends in
    # 0, beside 'avrunda: krona' for the column's other rows; the finest step is told)
    text = MONTHS.replace(", fast_belopp: ja}", "}")
    advice = [message for message in problems(tmp_path, text) if "avrunda: krona" in message]
    assert [message.split(":")[1] for message in advice] == ["14", "15"]
    assert not [message for message in problems(tmp_path, text) if "tiotal" in message]
