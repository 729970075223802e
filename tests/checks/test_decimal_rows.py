"""A row of numbers in a table of tkr (trial 73, F2).

A nämnd's "Specifikation av drift" puts "Antal årsarbetare" (469,21; 459,267) among amounts
in whole tkr. Its decimals spread to every amount of the columns ("206 614,000") without a
word. Now the row's decimals stay its own, a warning names the row and `summeras: nej` on the
row, which makes its figures numbers as written, outside every sum.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Socialnämnden
avsnitt:
  - rubrik: Specifikation av drift
    text: Budgeten räknar med {{ tabeller.spec.rader[1].b2011 }} årsarbetare.
    tabell: spec
tabeller:
  - namn: spec
    enhet: tkr
    kolumner:
      - {namn: post, rubrik: "Netto, tkr"}
      - {namn: b2010, rubrik: Budget 2010, typ: belopp}
      - {namn: b2011, rubrik: Budget 2011, typ: belopp}
    rader:
      - {post: Personalkostnad, b2010: 206 776, b2011: 206 614}
      - {post: Antal årsarbetare, b2010: "469,21", b2011: "459,267"ROW}
      - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}
"""


def _built(tmp_path: Path, row: str = "") -> tuple[list[str], str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("ROW", row), encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
                for p in result.problems]
    return problems, result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")


def test_a_row_with_the_only_decimals_is_named_with_the_row_key(tmp_path: Path) -> None:
    problems, _ = _built(tmp_path)
    assert problems == [
        "fall.yaml:18:42: varning: raden 'Antal årsarbetare' har decimaler (469,21; 459,267) "
        "där tabellens andra rader har hela tkr, och ser ut att vara ett antal eller tal, inte "
        "belopp; är den det, skriv 'summeras: nej' på raden, så räknas den inte in i summorna "
        "och talen står som du skriver dem"]


def test_its_decimals_do_not_spread_to_the_column(tmp_path: Path) -> None:
    _, md = _built(tmp_path)
    assert ("| Personalkostnad | 206 776 | 206 614 |\n"
            "| Antal årsarbetare | 469,21 | 459,267 |\n"
            "| Kapitaltjänstkostnader | 1 406 | 1 426 |\n"
            "| **Totalt** | **208 651,21** | **208 499,267** |") in md


def test_summeras_nej_makes_the_row_numbers_outside_the_sum(tmp_path: Path) -> None:
    problems, md = _built(tmp_path, ", summeras: nej")
    assert problems == []
    assert ("| Personalkostnad | 206 776 | 206 614 |\n"
            "| Antal årsarbetare | 469,21 | 459,267 |\n"
            "| Kapitaltjänstkostnader | 1 406 | 1 426 |\n"
            "| **Totalt** | **208 182** | **208 040** |") in md
    assert "Budgeten räknar med 459,267 årsarbetare." in md


def test_a_row_of_decimals_beside_whole_figures_of_its_own_is_left_alone(
        tmp_path: Path) -> None:
    case = CASE.replace('b2011: "459,267"ROW', "b2011: 459")
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    assert Pipeline().build(path).problems == []


def test_summeras_nej_on_a_group_is_an_error(tmp_path: Path) -> None:
    case = CASE.replace(
        "      - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}\n",
        "      - post: Kapital\n        summeras: nej\n        rader:\n"
        "          - {post: Kapitaltjänstkostnader, b2010: 1 406, b2011: 1 426}\n")
    path = tmp_path / "fall.yaml"
    path.write_text(case.replace("ROW", ", summeras: nej"), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems] \
        == ["fall.yaml:19:9: 'summeras: nej' gör en rad till en rad med tal, men den här raden "
            "har underrader som summeras; skriv 'summeras: nej' på de underrader som är tal"]
