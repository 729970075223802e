"""An amount in a point that no table has, in a point that names a row: the nearest figure
the error offers is that row's own, where a slip explains it, before another group's figure
that only lies nearer (trial 71, F10: 33,9 mnkr for Förskola Centrum's 34,9, not the
subtotal 34,5 of another group)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Ombudgetering
forslag:
  forslagsstallare: Kommunstyrelsen
  beslutande: kommunfullmäktige
  punkter:
    - {point}
avsnitt:
  - tabell: inv
tabeller:
  - namn: inv
    enhet: mnkr
    kolumner:
      - {{namn: objekt, rubrik: Objekt}}
      - {{namn: avvikelse, rubrik: Avvikelse, typ: belopp}}
    rader:
      - objekt: Mindre objekt
        delsumma: Summa mindre objekt
        rader:
          - {{objekt: Inventarier, avvikelse: "20,0"}}
          - {{objekt: Underhåll, avvikelse: "14,5"}}
      - objekt: Större objekt
        delsumma: Summa större objekt
        rader:
          - {{objekt: Förskola Centrum, avvikelse: "34,9"}}
          - {{objekt: Förskola Hol, avvikelse: "1,0"}}
"""
STATE = ("och är det ett belopp som ärendet anger, lägg till 'belopp:' och under den en rad "
         "med ett namn du väljer, t.ex. 'ram: 33900000', och i punkten {{ belopp.ram | mnkr }}")


def problems(tmp_path: Path, point: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with the point, "~" for a no-break
    space."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(point=point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(path).problems]


def test_the_named_rows_figure_comes_before_another_groups_nearer_one(tmp_path: Path) -> None:
    point = "av ej använda investeringsmedel för Förskola Centrum överförs 33,9 mnkr till 2024."
    assert problems(tmp_path, point) == [
        "x.yaml:9:69: beloppet '33,9 mnkr' i förslaget finns inte i tabellerna (närmast: "
        "34,9~mnkr på raden 'Förskola Centrum'); menar punkten det beloppet, hänvisa till det "
        f"med {{{{ tabeller.inv.rader[1].rader[0].avvikelse }}}}, {STATE}"]


def test_a_point_that_names_no_row_is_offered_the_nearest_figure(tmp_path: Path) -> None:
    point = "av ej använda investeringsmedel överförs 33,9 mnkr till 2024."
    assert problems(tmp_path, point) == [
        "x.yaml:9:48: beloppet '33,9 mnkr' i förslaget finns inte i tabellerna (närmast: "
        "34,5~mnkr i delsumman 'Summa mindre objekt' under 'Mindre objekt'); menar punkten det "
        f"beloppet, hänvisa till det med {{{{ tabeller.inv.rader[0].avvikelse }}}}, {STATE}"]
