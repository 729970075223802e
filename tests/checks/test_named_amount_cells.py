"""Specification: a typed cell that is one of the case's named amounts (`belopp:`) with a
slip, in a column whose other cells mostly are those amounts, is a warning at the cell
naming the amount and how to take it (trial 92, F9: `pris: 560` for `hyra_forening: 650`);
right cells, a column of free prices and a cell far from every named amount are left alone."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-02-05
dnr: FRN 2024/412
titel: Hyresnivåer 2025
belopp: {{hyra_forening: 650, hyra_foretag: 1150{more}}}
avsnitt:
  - {{rubrik: Hyror, text: Tabellen visar hyrorna., tabell: hyror}}
tabeller:
  - namn: hyror
{table}    kolumner:
      - {{namn: hyresgast, rubrik: Hyresgäst}}
      - {{namn: yta, rubrik: Yta (m²), typ: tal}}
      - {{namn: pris, rubrik: {header}, typ: belopp, summeras: nej}}
      - {{namn: ar, rubrik: Årshyra, typ: belopp, formel: yta * pris}}
    rader:
      - {{hyresgast: IFK Umeå, yta: 142, pris: {first}}}
      - {{hyresgast: Umeå FC Akademi AB, yta: 96, pris: {second}}}
      - {{hyresgast: Umeå Simsällskap, yta: 88, pris: {third}}}
      - {{hyresgast: Umeå Budoklubb, yta: 315, pris: {fourth}}}
"""
GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: 2025-02-05
dnr: FRN 2024/413
titel: Grundbidrag 2025
belopp: {{grundbidrag: 25000}}
avsnitt:
  - {{rubrik: Bidrag, text: Tabellen visar bidragen., tabell: bidrag}}
tabeller:
  - namn: bidrag
    kolumner:
      - {{namn: forening, rubrik: Förening}}
      - {{namn: bidrag, rubrik: Grundbidrag, typ: belopp}}
    rader:
      - {{forening: IFK Umeå, bidrag: {first}}}
      - {{forening: Umeå Simsällskap, bidrag: 52000}}
      - {{forening: Umeå Budoklubb, bidrag: 25000}}
      - {{forening: Holmsunds IK, bidrag: 25000}}
"""


def problems(tmp_path: Path, third: str, *, first: str = "650", second: str = "1150",
             fourth: str = "650", header: str = "Hyra (kr/m² och år)", table: str = "",
             more: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the case with these prices."""
    return checked(tmp_path, CASE.format(first=first, second=second, third=third,
                                         fourth=fourth, header=header, table=table, more=more))


def checked(tmp_path: Path, case: str) -> list[str]:
    """What `beslut kontrollera` prints for a case (a no-break space as a space)."""
    path = tmp_path / "x.yaml"
    path.write_text(case, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def warning(at: str, typed: str, how: str, name: str = "hyra_forening", amount: str = "650 kr",
            shown: str = "650 kr", header: str = "Hyra (kr/m² och år)",
            rows: str = "de 3 andra raderna") -> str:
    """The warning for Umeå Simsällskap's price."""
    return (f"x.yaml:{at}: varning: beloppet {typed} för raden 'Umeå Simsällskap' i kolumnen "
            f"'{header}' är inget av ärendets belopp, som {rows} i kolumnen har, "
            f"men med {how} stämmer det med ärendets belopp '{name}' ({amount}); är det samma "
            f"belopp, skriv pris: \"{{{{ belopp.{name} }}}}\" på raden, och på de andra "
            f"raderna med {shown}, så följer tabellen beloppet")


def test_the_named_prices_as_typed_are_right(tmp_path: Path) -> None:
    assert problems(tmp_path, "650") == []


def test_a_price_with_two_digits_swapped_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "560") == [warning("18:54", "560 kr", "två siffror omkastade")]


def test_a_long_price_with_one_digit_changed_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "1345", second="1245", more=", hyra_kontor: 1245") == [warning(
        "18:54", "1 345 kr", "en siffra ändrad", "hyra_kontor", "1 245 kr", "1 245 kr")]


def test_a_short_price_with_one_digit_changed_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, "1160") == []


def test_a_price_with_a_zero_too_few_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "65") == [warning("18:54", "65 kr", "en nolla till")]


def test_cells_that_take_the_amounts_count_as_the_amounts(tmp_path: Path) -> None:
    assert problems(tmp_path, "560", first='"{{ belopp.hyra_forening }}"') == [
        warning("18:54", "560 kr", "två siffror omkastade")]


def test_a_slip_of_two_amounts_names_the_one_the_column_has(tmp_path: Path) -> None:
    assert problems(tmp_path, "560", more=", hyra_kansli: 550") == [
        warning("18:54", "560 kr", "två siffror omkastade")]


def test_a_table_in_tkr_reads_its_cells_in_tkr(tmp_path: Path) -> None:
    assert problems(tmp_path, "560", table="    enhet: tkr\n", header="Hyra per lokal",
                    more=", hyra_hall: 650000, hyra_arena: 1150000") == [
        warning("19:54", "560 tkr", "två siffror omkastade", "hyra_hall", "650 000 kr",
                "650 tkr", "Hyra per lokal")]


def test_a_few_other_cells_in_a_longer_price_column_are_read_each(tmp_path: Path) -> None:
    rows = "".join(f"      - {{hall: Hall {n}, pris: {price}}}\n" for n, price in
                   enumerate(["85", "85", "58", "335", "85", "353", "85", "335"], 1))
    case = ("dokumenttyp: tjansteskrivelse\ndatum: 2025-02-05\ndnr: FRN 2024/414\n"
            "titel: Timpriser 2025\n"
            "belopp: {timpris_forening: 85, timpris_foretag: 335}\navsnitt:\n"
            "  - {rubrik: Timpriser, text: Tabellen visar timpriserna., tabell: timpriser}\n")
    assert checked(tmp_path, case + (
        "tabeller:\n  - namn: timpriser\n    totalt: false\n    kolumner:\n"
        "      - {namn: hall, rubrik: Hall}\n"
        "      - {namn: pris, rubrik: Timpris (kr/h), typ: belopp}\n"
        "    rader:\n") + rows) == [
        f"x.yaml:{line}:30: varning: beloppet {typed} kr för raden 'Hall {n}' i kolumnen "
        f"'Timpris (kr/h)' är inget av ärendets belopp, som 6 av de 7 andra raderna i kolumnen "
        f"har, men med två siffror omkastade stämmer det med ärendets belopp '{name}' ({meant} "
        f"kr); är det samma belopp, skriv pris: \"{{{{ belopp.{name} }}}}\" på raden, och på "
        f"de andra raderna med {meant} kr, så följer tabellen beloppet"
        for line, typed, n, name, meant in ((17, "58", 3, "timpris_forening", "85"),
                                            (20, "353", 6, "timpris_foretag", "335"))]


def test_a_summed_column_is_read_where_all_other_cells_are_named(tmp_path: Path) -> None:
    assert checked(tmp_path, GRANTS.format(first="25000")) == [
        "x.yaml:15:46: varning: beloppet 52 000 kr för raden 'Umeå Simsällskap' i kolumnen "
        "'Grundbidrag' är inget av ärendets belopp, som de 3 andra raderna i kolumnen har, men "
        "med två siffror omkastade stämmer det med ärendets belopp 'grundbidrag' (25 000 kr); "
        "är det samma belopp, skriv bidrag: \"{{ belopp.grundbidrag }}\" på raden, och på de "
        "andra raderna med 25 000 kr, så följer tabellen beloppet"]


def test_a_summed_column_with_two_other_cells_is_left_alone(tmp_path: Path) -> None:
    assert checked(tmp_path, GRANTS.format(first="30000")) == []


def test_a_column_of_free_prices_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, "560", first="700", second="980", fourth="650") == []


def test_a_cell_far_from_every_named_amount_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, "480") == []
