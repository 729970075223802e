"""A change from the row above (`typ: forandring`, `fran: foregaende_rad`, trial 51, F4): a
rate history, one row a year, with the change from the year before in percent, empty on the
first row and the total row; misuse is reported at its key with what to write."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Internhyra
avsnitt:
  - rubrik: Historiska internhyror
    tabell: historik
tabeller:
  - namn: historik
{total}    kolumner:
      - {{namn: ar, rubrik: År, typ: text}}
      - {{namn: pris, rubrik: Internhyra (kr/kvm), typ: belopp}}
      - {{namn: andring, rubrik: Förändring, typ: forandring, {ends}}}
    rader:
      - {{ar: "2022", pris: 2 421}}
      - {{ar: "2023", pris: 2 561}}
      - {{ar: "2024", pris: 2 953{typed}}}
"""
PREVIOUS = "fran: foregaende_rad, till: pris, plustecken: ja"


SUMMED_PRICES = ("12:56: varning: 'pris' ser ut att vara ett pris per rad, men summeras, så "
                 "tabellen visar en summa av internhyra (kr/kvm) som inte säger något; skriv "
                 "'summeras: nej' i kolumnen, eller 'totalt: false' i tabellen")

def build(tmp_path: Path, ends: str = PREVIOUS, typed: str = "",
          total: str = "    totalt: false\n") -> tuple[str, list[str]]:
    """The Markdown and the problems (`line:col: message`) of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(ends=ends, typed=typed, total=total), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    return markdown, [p.format().removeprefix(f"{path}:").replace("\u00a0", " ")
                      for p in result.problems]


class DescribeAChangeFromTheRowAbove:
    def it_is_the_change_from_the_year_before_and_empty_first(self, tmp_path: Path) -> None:
        markdown, problems = build(tmp_path)
        assert problems == []
        assert ("| 2022 | 2 421 | |\n| 2023 | 2 561 | +5,8 % |\n"
                "| 2024 | 2 953 | +15,3 % |\n") in markdown

    def it_leaves_the_total_row_empty(self, tmp_path: Path) -> None:
        markdown, problems = build(tmp_path, total="")
        assert problems == [SUMMED_PRICES]  # (trial 75, F1: a total of prices per kvm)
        assert "| **Totalt** | **7 935** | |\n" in markdown

    def it_checks_a_typed_percentage_against_the_row_above(self, tmp_path: Path) -> None:
        assert build(tmp_path, typed=', andring: "15,3 %"')[1] == []
        assert build(tmp_path, typed=', andring: "15,4 %"')[1] == [
            "18:44: angiven förändring 15,4 % för raden '2024' stämmer inte med uträkningen "
            "(Internhyra (kr/kvm) − Internhyra (kr/kvm) på raden ovanför) / Internhyra "
            "(kr/kvm) på raden ovanför = 15,3 %; "
            "rätta värdet eller ta bort det så räknas det ut"]

    def it_refuses_a_percentage_typed_on_the_first_row(self, tmp_path: Path) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(CASE.format(ends=PREVIOUS, typed="", total="").replace(
            'pris: 2 421}', 'pris: 2 421, andring: "1 %"}'), "utf-8")
        messages = [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]
        assert messages == [
            SUMMED_PRICES,
            "15:44: angiven förändring 1\u00a0% för raden '2022' kan inte räknas ut eftersom "
            "raden inte har någon rad ovanför att räkna från, där lämnas cellen tom; ta bort "
            "värdet"]


class DescribeItsMisuse:
    def it_wants_till(self, tmp_path: Path) -> None:
        assert build(tmp_path, "fran: foregaende_rad")[1] == [
            "14:50: kolumnen 'andring' har 'typ: forandring' och 'fran: foregaende_rad' men "
            "inte 'till', skriv kolumnen som förändringen från raden ovanför räknas i, t.ex. "
            "'till: pris'"]

    def it_wants_an_amount_column_in_till(self, tmp_path: Path) -> None:
        assert build(tmp_path, "fran: foregaende_rad, till: ar")[1] == [
            "14:90: 'ar' i 'till' är en kolumn med 'typ: text'; förändringen från raden ovanför "
            "('fran: foregaende_rad') räknas i en kolumn med 'typ: belopp' eller 'typ: antal'; "
            "beloppskolumnerna är: pris"]

    def it_suggests_the_row_above_for_a_misspelling(self, tmp_path: Path) -> None:
        assert build(tmp_path, "fran: foregaende rad, till: pris")[1] == [
            "14:68: 'foregaende rad' i 'fran' är ingen kolumn i tabellen; menade du "
            "'foregaende_rad' (raden ovanför)?"]

    def it_is_offered_for_a_change_within_one_column(self, tmp_path: Path) -> None:
        assert build(tmp_path, "fran: pris, till: pris")[1] == [
            "14:80: 'fran' och 'till' är båda 'pris', så förändringen blir alltid 0; skriv två "
            "olika beloppskolumner, t.ex. 'fran: budget24' och 'till: pris', eller 'fran: "
            "foregaende_rad' för förändringen från raden ovanför i samma kolumn"]
