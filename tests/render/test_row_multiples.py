"""Specification, by exact messages, of a row's stated product that is a whole multiple (2 to
99 times) of the computed one (trial 52, F2: Hudiksvall's "Ledamot (6 st) | 4 % | 16 416",
16 416 kr = 6 × 2 736 kr): the message says so, says that the row's text gives that count
when it does ("6 st", "6 personer", "6 ledamöter"), and how a row for several is written
(a count column in the formula) unless the table has one; the figure computed from it on the
row (Årsarvode = Månadsarvode × 12, right with the stated 16 416) says the slip is there."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

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
      - {namn: andel, rubrik: Andel av riksdagsarvodet, typ: tal}
      - {namn: manad, rubrik: Månadsarvode, typ: belopp, summeras: nej,
         formel: andel * belopp.riksdagsarvode}
      - {namn: ar, rubrik: Årsarvode, typ: belopp, formel: manad * 12}
    rader:
      - {uppdrag: Ordf, andel: "8 %", manad: 5 472, ar: 65 664}
      - {uppdrag: "UPPDRAG", andel: "4 %", manad: 16 416, ar: 196 992}
"""

FIRST = ("angivet belopp 16~416~kr för raden 'UPPDRAG' stämmer inte med "
         "uträkningen Andel av riksdagsarvodet × ärendets belopp 'riksdagsarvode' "
         "(4~% × 68~400~kr) = 2~736~kr "
         "(det angivna är 13~680~kr för högt); 16~416~kr är 6 × 2~736~kr")
ADVICE = (": gäller raden flera, lägg till en kolumn för antalet, {namn: antal, rubrik: Antal, "
          "typ: tal}, ändra formeln till 'antal * andel * belopp.riksdagsarvode' och skriv "
          "antalet på varje rad (1 där raden gäller en); annars rätta beloppet eller ta bort det "
          "så räknas det ut")
YEAR = ("angivet belopp 196~992~kr för raden 'UPPDRAG' stämmer inte med "
        "uträkningen Månadsarvode × 12 (2~736~kr × 12) = 32~832~kr (det angivna är 164~160~kr "
        "för högt); med det angivna beloppet 16~416~kr i kolumnen 'Månadsarvode (kr)' stämmer "
        "det, så felet börjar där: rätta båda eller ta bort dem så räknas de ut")


def problems(tmp_path: Path, row: str, text: str = ARVODEN) -> list[str]:
    """The case's problems as printed, the second row named `row`, without the file's name
    and place, "~" for a no-break space."""
    path = tmp_path / "fall.yaml"
    path.write_text(text.replace("UPPDRAG", row), encoding="utf-8")
    return [p.message.replace("\u00a0", "~") for p in Pipeline().build(path).problems]


def test_the_two_messages_of_the_row_are_at_its_two_figures(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(ARVODEN.replace("UPPDRAG", "Ledamot (6 st)"), encoding="utf-8")
    assert [tuple(p.position) for p in Pipeline().build(path).problems] == [(21, 58), (21, 70)]


def test_a_row_for_six_says_its_figure_is_six_times_and_how_to_write_it(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Ledamot (6 st)") == [
        FIRST.replace("UPPDRAG", "Ledamot (6 st)") + ", och raden säger '6 st'" + ADVICE,
        YEAR.replace("UPPDRAG", "Ledamot (6 st)")]


def test_persons_and_members_are_counts_of_a_row_too(tmp_path: Path) -> None:
    for row, words in (("Ledamöter, 6 personer", "6 personer"),
                       ("Revisorer (6 ledamöter)", "6 ledamöter")):
        assert problems(tmp_path, row)[0] == \
            FIRST.replace("UPPDRAG", row) + f", och raden säger '{words}'" + ADVICE


def test_a_multiple_the_row_does_not_say_is_told_without_the_rows_words(
        tmp_path: Path) -> None:
    for row in ("Ledamöter", "Ledamot (5 st)"):
        assert problems(tmp_path, row) == [FIRST.replace("UPPDRAG", row) + ADVICE,
                                           YEAR.replace("UPPDRAG", row)]


def test_a_table_with_a_count_column_is_told_the_multiple_only(tmp_path: Path) -> None:
    text = ARVODEN.replace(
        "      - {namn: andel,", "      - {namn: antal, rubrik: Antal, typ: tal}\n"
        "      - {namn: andel,").replace(
        "formel: andel *", "formel: antal * andel *").replace(
        'andel: "', 'antal: 1, andel: "')
    assert problems(tmp_path, "Ledamot (6 st)", text)[0] == (
        "angivet belopp 16~416~kr för raden 'Ledamot (6 st)' stämmer inte "
        "med uträkningen Antal × Andel av riksdagsarvodet × ärendets belopp 'riksdagsarvode' "
        "(1 × 4~% × "
        "68~400~kr) = 2~736~kr (det angivna är 13~680~kr för högt); 16~416~kr är 6 × 2~736~kr, "
        "och raden säger '6 st'; rätta beloppet eller ta bort det så räknas det ut")


def test_a_product_with_no_room_for_a_count_is_advised_a_count_column(
        tmp_path: Path) -> None:
    text = ARVODEN.replace("formel: andel * belopp.riksdagsarvode",
                           "formel: andel * belopp.riksdagsarvode * 1 * 1")
    assert problems(tmp_path, "Ledamot (6 st)", text)[0] == (
        FIRST.replace("UPPDRAG", "Ledamot (6 st)").replace(
            "riksdagsarvode' (4~% × 68~400~kr)",
            "riksdagsarvode' × 1 × 1 (4~% × 68~400~kr × 1 × 1)")
        + ", och raden säger '6 st': gäller raden flera, lägg till en kolumn för antalet, "
        "multiplicera med den i formeln och skriv antalet på varje rad (1 där raden gäller en); "
        "annars rätta beloppet eller ta bort det så räknas det ut")


def test_a_figure_more_than_99_times_or_not_a_whole_multiple_is_told_as_usual(
        tmp_path: Path) -> None:
    for figure, year in (("273 600", "3 283 200"), ("16 417", "197 004")):
        text = ARVODEN.replace("16 416", figure).replace("196 992", year)
        [first, _] = problems(tmp_path, "Ledamot (100 st)", text)
        assert first.endswith("för högt); rätta beloppet eller ta bort det så räknas det ut")
