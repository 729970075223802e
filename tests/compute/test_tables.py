"""Specification of the computed tables: every total is the sum of its parts, and a stated
total that differs is reported with its place, level and both figures (the seeds' tables,
through their presets, and the general table)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.table_models import (
    Allocation,
    Area,
    Funds,
    FundsItem,
    RiskRow,
    RiskTable,
    Row,
    SubItem,
)
from generator.compute.checked_tables import compute_table
from generator.compute.presets import allocation_spec, funds_spec, risk_spec
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult, term_name, with_unit
from generator.problems import Loc


def compute_allocation(
    allocation: Allocation, loc: Loc = ("fordelning",)
) -> tuple[TableResult, list[Mismatch]]:
    """The allocation through its preset."""
    return compute_table(allocation_spec(allocation, loc))


def compute_funds(funds: Funds) -> tuple[TableResult, list[Mismatch]]:
    """The funds through their preset."""
    return compute_table(funds_spec(funds))


def compute_risk(table: RiskTable) -> tuple[TableResult, list[Mismatch]]:
    """The risk table through its preset."""
    return compute_table(risk_spec(table))


NBSP = "\u00a0"

# An area is a list of rows; a row is a stated amount (int) or the amounts of its parts.
RowSpec = int | list[int]
AreaSpec = list[RowSpec]


def build_allocation(
    areas: Sequence[AreaSpec], stated: Mapping[Loc, int] | None = None
) -> Allocation:
    """An allocation with the given rows; `stated` gives the totals the case states."""
    stated = stated or {}
    built = []
    for a, rows in enumerate(areas):
        area_loc: Loc = ("fordelning", "omraden", a)
        insatser = []
        for r, spec in enumerate(rows):
            if isinstance(spec, int):
                insatser.append(Row(insats=f"insats {a}.{r}", belopp=spec))
            else:
                parts = [SubItem(text=f"del {p}", belopp=amount) for p, amount in enumerate(spec)]
                row_loc: Loc = (*area_loc, "insatser", r, "belopp")
                insatser.append(
                    Row(insats=f"insats {a}.{r}", belopp=stated.get(row_loc), delposter=parts)
                )
        built.append(
            Area(namn=f"område {a}", summa=stated.get((*area_loc, "summa")), insatser=insatser)
        )
    return Allocation(summa=stated.get(("fordelning", "summa")), omraden=built)


def row_amount(spec: RowSpec) -> int:
    """The amount a row should get: its own, or the sum of its parts."""
    return spec if isinstance(spec, int) else sum(spec)


def checked_totals(areas: Sequence[AreaSpec]) -> dict[Loc, int]:
    """Every total the case may state, with its correct value."""
    totals: dict[Loc, int] = {}
    for a, rows in enumerate(areas):
        area_loc: Loc = ("fordelning", "omraden", a)
        for r, spec in enumerate(rows):
            if not isinstance(spec, int):
                totals[(*area_loc, "insatser", r, "belopp")] = sum(spec)
        totals[(*area_loc, "summa")] = sum(row_amount(spec) for spec in rows)
    totals[("fordelning", "summa")] = sum(
        row_amount(spec) for rows in areas for spec in rows
    )
    return totals


SMALL: list[AreaSpec] = [
    [425_000 + 62_000, [425_000, 62_000], 1_000_000],
    [[300_000, 200_000, 1]],
]


class TestComputeAllocation:

    def test_it_sums_rows_into_areas_and_areas_into_the_total(self) -> None:
        total, mismatches = compute_allocation(build_allocation(SMALL))
        assert mismatches == []
        assert [[row.amounts["belopp"] for row in area.children] for area in total.rows] == [
            [487_000, 487_000, 1_000_000],
            [500_001],
        ]
        assert [area.amounts["belopp"] for area in total.rows] == [1_974_000, 500_001]
        assert total.total == 2_474_001

    def test_it_keeps_the_parts_of_a_row(self) -> None:
        total, _ = compute_allocation(build_allocation(SMALL))
        first, second, third = total.rows[0].children
        assert first.children == ()
        assert [(p.spec.texts["insats"], p.amounts["belopp"]) for p in second.children] == [
            ("del 0", 425_000), ("del 1", 62_000)]
        assert third.children == ()

    def test_it_accepts_stated_totals_that_agree(self) -> None:
        allocation = build_allocation(SMALL, checked_totals(SMALL))
        assert compute_allocation(allocation)[1] == []

    def test_it_reports_every_stated_total_that_differs(self) -> None:
        stated: dict[Loc, int] = {
            ("fordelning", "omraden", 0, "insatser", 1, "belopp"): 487_001,
            ("fordelning", "omraden", 1, "summa"): 500_000,
            ("fordelning", "summa"): 2_474_000,
        }
        _, mismatches = compute_allocation(build_allocation(SMALL, stated))
        assert mismatches == [
            Mismatch(
                ("fordelning", "omraden", 0, "insatser", 1, "belopp"),
                "insatsen 'insats 0.1'",
                487_001,
                487_000,
            ),
            Mismatch(("fordelning", "omraden", 1, "summa"), "området 'område 1'", 500_000, 500_001,
                     alike=("delposten 'del 2'",)),
            Mismatch(("fordelning", "summa"), "hela fördelningen", 2_474_000, 2_474_001,
                     stated_parts=2_474_000, alike=("delposten 'del 2'",)),
        ]
        assert [m.difference for m in mismatches] == [1, -1, -1]

    def test_it_computes_the_row_amount_from_the_parts_not_the_stated_amount(self) -> None:
        row_loc: Loc = ("fordelning", "omraden", 0, "insatser", 0, "belopp")
        total, mismatches = compute_allocation(build_allocation([[[10, 20]]], {row_loc: 40}))
        assert total.total == 30
        # (10 too high, the amount of 'del 0': the message asks whether a part is counted twice)
        assert mismatches == [Mismatch(row_loc, "insatsen 'insats 0.0'", 40, 30,
                                       alike=("delposten 'del 0'",))]

    def test_it_uses_the_given_location(self) -> None:
        allocation = build_allocation([[5]]).model_copy(update={"summa": 6})
        _, mismatches = compute_allocation(allocation, ("annat",))
        assert mismatches == [Mismatch(("annat", "summa"), "hela fördelningen", 6, 5)]


amounts = st.integers(min_value=0, max_value=10**9)
row_specs: st.SearchStrategy[RowSpec] = st.one_of(
    amounts, st.lists(amounts, min_size=1, max_size=3)
)
area_specs = st.lists(st.lists(row_specs, min_size=1, max_size=4), min_size=1, max_size=4)


class TestComputeAllocationProperties:
    @settings(max_examples=75, deadline=None)
    @given(area_specs)
    def test_it_makes_every_total_the_sum_of_its_rows(self, areas: list[AreaSpec]) -> None:
        total, mismatches = compute_allocation(build_allocation(areas))
        assert mismatches == []
        assert total.total == sum(row_amount(spec) for rows in areas for spec in rows)
        for area_total, rows in zip(total.rows, areas, strict=True):
            assert area_total.amounts["belopp"] == sum(row_amount(spec) for spec in rows)
            assert area_total.amounts["belopp"] == sum(
                row.amounts["belopp"] for row in area_total.children)
        assert total.total == sum(area.amounts["belopp"] for area in total.rows)

    @settings(max_examples=75, deadline=None)
    @given(area_specs)
    def test_it_accepts_the_computed_totals_when_stated(self, areas: list[AreaSpec]) -> None:
        assert compute_allocation(build_allocation(areas, checked_totals(areas)))[1] == []

    @settings(max_examples=75, deadline=None)
    @given(area_specs, st.data())
    def test_it_reports_exactly_one_stated_total_that_is_off(
        self, areas: list[AreaSpec], data: st.DataObject
    ) -> None:
        totals = checked_totals(areas)
        loc = data.draw(st.sampled_from(sorted(totals, key=str)))
        computed = totals[loc]
        d = data.draw(st.integers(min_value=-computed, max_value=10**6).filter(bool))
        stated = {**totals, loc: computed + d}
        _, mismatches = compute_allocation(build_allocation(areas, stated))
        assert len(mismatches) == 1
        [mismatch] = mismatches
        assert mismatch.loc == loc
        assert (mismatch.stated, mismatch.computed, mismatch.difference) == (
            computed + d,
            computed,
            d,
        )


def seed_003_funds(summa: int | None = None) -> Funds:
    """The funds per area of seed 003 (lägesbeskrivning, Norrbotten 2021)."""
    return Funds(
        summa=summa,
        poster=[
            FundsItem(namn="Ungdomsmottagningarna", belopp=3_311_612),
            FundsItem(namn="Förstärkt samverkan", belopp=7_285_175),
            FundsItem(namn="Brukarmedverkan", belopp=1_000_000),
            FundsItem(namn="Suicidprevention", belopp=4_810_896),
        ],
    )


def seed_003_risk(risk: int | None = None, summa: int | None = None) -> RiskTable:
    """The funds at risk of seed 003; `risk` is stated for the second row."""
    return RiskTable(
        summa=summa,
        rader=[
            RiskRow(insatsomrade="Brukarmedverkan", tilldelat=500_000, anvant=[500_000]),
            RiskRow(
                insatsomrade="Stärkt samverkan",
                tilldelat=3_642_587,
                anvant=[125_000, 247_750],
                risk=risk,
            ),
            RiskRow(insatsomrade="Suicidprevention", tilldelat=2_405_448, anvant=[300_000]),
        ],
    )


class TestComputeFunds:
    def test_it_sums_the_funds_of_seed_003(self) -> None:
        total, mismatches = compute_funds(seed_003_funds())
        assert total.total == 16_407_683
        assert [row.spec.texts["namn"] for row in total.rows] == [
            "Ungdomsmottagningarna",
            "Förstärkt samverkan",
            "Brukarmedverkan",
            "Suicidprevention",
        ]
        assert mismatches == []

    def test_it_accepts_a_correct_stated_total(self) -> None:
        assert compute_funds(seed_003_funds(16_407_683))[1] == []

    def test_it_reports_the_stated_total_of_seed_003_that_is_one_krona_off(self) -> None:
        _, mismatches = compute_funds(seed_003_funds(16_407_684))
        assert mismatches == [Mismatch(("medel", "summa"), "medlen totalt", 16_407_684, 16_407_683)]
        assert mismatches[0].difference == 1


class TestComputeRisk:
    def test_it_subtracts_what_was_used_from_what_was_allocated(self) -> None:
        total, mismatches = compute_risk(seed_003_risk())
        assert mismatches == []
        assert [(row.amounts["anvant"], row.amounts["risk"]) for row in total.rows] == [
            (500_000, 0),
            (372_750, 3_269_837),
            (300_000, 2_105_448),
        ]

    def test_it_totals_every_column(self) -> None:
        total, _ = compute_risk(seed_003_risk())
        totals = total.totals
        assert (totals["tilldelat"], totals["anvant"], totals["risk"]) == (
            6_548_035, 1_172_750, 5_375_285)

    def test_it_accepts_correct_stated_figures(self) -> None:
        assert compute_risk(seed_003_risk(risk=3_269_837, summa=5_375_285))[1] == []

    def test_it_reports_a_stated_row_and_total_that_differ(self) -> None:
        _, mismatches = compute_risk(seed_003_risk(risk=3_269_836, summa=5_375_000))
        assert mismatches == [
            Mismatch(
                ("risk", "rader", 1, "risk"),
                "'Stärkt samverkan'",
                3_269_836,
                3_269_837,
                formula="Stimulansmedel − Genomförda/påbörjade aktiviteter",
            ),
            Mismatch(("risk", "summa"), "medel som riskerar återbetalning", 5_375_000, 5_375_285,
                     stated_parts=5_375_284),
        ]

    def test_its_columns_have_the_cases_headers(self) -> None:
        table = seed_003_risk().model_copy(update={"rubrik": "Område", "rubrik_risk": "Kvar"})
        assert [c.header for c in risk_spec(table).columns] == [
            "Område", "Stimulansmedel (kr)", "Genomförda/påbörjade aktiviteter (kr)",
            "Kvar (kr)"]

    def test_a_header_that_names_its_unit_gets_no_second_one(self) -> None:
        table = seed_003_risk().model_copy(update={"rubrik_risk": "Kvar (kr)"})
        assert risk_spec(table).columns[-1].header == "Kvar (kr)"

    def test_a_renamed_risk_column_names_the_stated_total_by_its_header(self) -> None:
        table = seed_003_risk(summa=5_375_000).model_copy(update={"rubrik_risk": "Kvar"})
        assert compute_risk(table)[1] == [
            Mismatch(("risk", "summa"), "totalen i kolumnen 'Kvar (kr)'", 5_375_000, 5_375_285)]


def test_an_amount_header_names_its_unit_once() -> None:
    # (trial 31: a split's 'rubrik_belopp: Medlemsbidrag' lost the "(kr)" a general table adds)
    assert with_unit("Medlemsbidrag", "kr") == "Medlemsbidrag (kr)"
    assert with_unit("Plan 2026", "mnkr") == "Plan 2026 (mnkr)"
    assert with_unit("Belopp (kr)", "kr") == "Belopp (kr)"
    assert with_unit("Belopp i kr", "kr") == "Belopp i kr"
    assert with_unit("Plan 2026 mnkr", "mnkr") == "Plan 2026 mnkr"
    assert with_unit("2017, mdkr", "mdkr") == "2017, mdkr"
    assert with_unit("Kostnad för krisstöd", "kr") == "Kostnad för krisstöd (kr)"


def test_a_label_header_that_names_the_unit_names_it_for_every_amount_header() -> None:
    # (trial 34: "Tillskott, mdkr" over the labels, "2017" … "2021" over the amounts)
    assert with_unit("2017", "mdkr", "Tillskott, mdkr") == "2017"
    assert with_unit("2017", "tkr", "Belopp (tkr)") == "2017"
    assert with_unit("Bidrag", "kr", "Kommun, kr") == "Bidrag"
    assert with_unit("2017", "mdkr", "Tillskott") == "2017 (mdkr)"
    assert with_unit("2017", "mdkr", "Tillskott, mnkr") == "2017 (mdkr)"



def test_a_formula_names_a_column_headed_by_a_year_in_quotes_as_printed() -> None:
    # (trial 77, F4: "uträkningen 2024 + 2024 × 3,6 %" read as arithmetic on the year)
    assert term_name("2024 (kr)", "kr") == "'2024 (kr)'"
    assert term_name("2025 (kr per timme)", "kr") == "'2025 (kr per timme)'"
    assert term_name("2017", "mdkr") == "'2017'"
    assert term_name("2024–2025 (tkr)", "tkr") == "'2024–2025 (tkr)'"
    assert term_name("Budget 2024 (kr)", "kr") == "Budget 2024"
    assert term_name("Tilldelat (kr)", "kr") == "Tilldelat"
    assert term_name("12345 (kr)", "kr") == "12345"
    assert term_name("1800-talet (kr)", "kr") == "1800-talet"


FEES = """\
dokumenttyp: tjansteskrivelse
datum: 2024-09-19
dnr: SN 2024/12
titel: Färdtjänsttaxa 2025
belopp:
  index: "3,6 %"
avsnitt:
  - {rubrik: Taxa, text: Taxan räknas upp med index., tabell: taxa}
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: gammal, rubrik: "2024 (kr)", typ: belopp}
      - {namn: ny, rubrik: "2025 (kr)", typ: belopp, formel: gammal + gammal * belopp.index}
      - {namn: andring, rubrik: Förändring, typ: forandring, fran: gammal, till: ny}
    rader:
      - {avgift: Periodkort, gammal: 650, ny: 670, andring: "3 %"}
"""


def test_a_formulas_message_quotes_the_year_headed_columns_it_names(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(FEES, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems] == [
        "x.yaml:18:47: angivet belopp 670 kr för raden 'Periodkort', kolumnen '2025 (kr)' "
        "stämmer inte med uträkningen '2024 (kr)' + '2024 (kr)' × 3,6 % (650 kr + 650 kr × "
        "3,6 %) = 673 kr (det angivna är 3 kr för lågt); avrundar källan alltid till närmaste "
        "tiotal kronor, skriv 'avrunda: tiotal' i kolumnen, så räknas beloppen ut så; annars "
        "rätta beloppet eller ta bort det så räknas det ut",
        "x.yaml:18:61: angiven förändring 3 % för raden 'Periodkort' stämmer inte med "
        "uträkningen ('2025 (kr)' − '2024 (kr)') / '2024 (kr)' = 3,5 %; rätta värdet eller ta "
        "bort det så räknas det ut"]


REFUSED = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2022-12-21
dnr: KS/2022:612
titel: Kompensation till föreningar för fördyrade elkostnader
beslut:
  beslutande: Kommunstyrelsen
  datum: 2022-12-19
  punkter:
    - bevilja föreningarna kompensation enligt tabellen, sammanlagt {{ tabeller.el.kompensation }}.
avsnitt:
  - rubrik: Beräkning
    tabell: el
tabeller:
  - namn: el
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: okning, rubrik: Ökad kostnad, typ: belopp}
      - {namn: elstod, rubrik: Statligt elstöd, typ: belopp}
      - {namn: kompensation, rubrik: Kompensation, typ: belopp, formel: okning - elstod}
      - {namn: anm, rubrik: Anmärkning}
    rader:
"""


def _refused_case(tmp_path: Path, rows: str) -> tuple[list[str], str]:
    """The problems and the Markdown document of the refused-row case with these rows."""
    path = tmp_path / "x.yaml"
    path.write_text(REFUSED + rows, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("x.md", b"").decode("utf-8").replace("\u00a0", " ")
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems], markdown


def test_a_dash_typed_in_a_formula_column_is_no_amount_and_in_no_sum(tmp_path: Path) -> None:
    # trial 97, F7: a refused förening keeps its cost figures; its "–" under Kompensation
    # stood replaced by the formula's 10 000 kr, in the total and the att-sats
    problems, markdown = _refused_case(tmp_path, """\
      - {forening: Tranemo IF, okning: 129 600, elstod: 49 200}
      - {forening: Länghems IF, okning: 78 450, elstod: 30 600}
      - {forening: Hulared, okning: 14 000, elstod: 4 000, kompensation: "-", anm: Avslag}
""")
    assert problems == []
    assert "| Hulared | 14 000 | 4 000 | – | Avslag |" in markdown
    assert "| **Totalt** | **222 050** | **83 800** | **128 250** | |" in markdown
    assert "kompensation enligt tabellen, sammanlagt 128 250 kr." in markdown


def test_a_group_with_a_dashed_row_sums_its_other_rows(tmp_path: Path) -> None:
    problems, markdown = _refused_case(tmp_path, """\
      - forening: Idrott
        rader:
          - {forening: Tranemo IF, okning: 129 600, elstod: 49 200}
          - {forening: Hulared, okning: 400, elstod: 4 000, kompensation: "–", anm: Avslag}
        delsumma: Summa idrott
        kompensation: 80 400
      - {forening: Länghems IF, okning: 78 450, elstod: 30 600}
""")
    assert problems == []
    assert "| **Summa idrott** | **130 000** | **53 200** | **80 400** | |" in markdown
    assert "| **Totalt** | **208 450** | **83 800** | **128 250** | |" in markdown


def test_a_group_stating_the_formulas_figure_over_a_dashed_row_is_told(tmp_path: Path) -> None:
    problems, _ = _refused_case(tmp_path, """\
      - forening: Idrott
        rader:
          - {forening: Tranemo IF, okning: 129 600, elstod: 49 200}
          - {forening: Hulared, okning: 14 000, elstod: 4 000, kompensation: "–", anm: Avslag}
        delsumma: Summa idrott
        kompensation: 90 400
""")
    assert problems == [
        "x.yaml:28:23: angiven summa 90\u00a0400\u00a0kr för delsumman 'Summa idrott' under "
        "'Idrott', kolumnen 'Kompensation (kr)' stämmer inte med summan av delarna "
        "80\u00a0400\u00a0kr (den angivna är 10\u00a0000\u00a0kr för hög); raden 'Hulared' "
        "har inget belopp ('–'): kontrollera om 10\u00a0000\u00a0kr saknas där; rätta summan "
        "eller ta bort den så räknas den ut"]


NEGATIVE_ROW = """\
dokumenttyp: lagesbeskrivning
datum: 2022-12-21
dnr: nej
titel: Kompensation för elkostnader
avsnitt:
  - rubrik: Beräkning
    tabell: el
tabeller:
  - namn: el
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: okning, rubrik: Ökad kostnad, typ: belopp}
      - {namn: elstod, rubrik: Statligt elstöd, typ: belopp}
      - {namn: komp, rubrik: Kompensation, typ: belopp, formel: okning - elstod}
    rader:
      - {forening: Tranemo IF, okning: 129 600, elstod: 49 200}
      - {forening: Nittorp, okning: 4 500, elstod: 5 600}
      - {forening: Ljungsarp, okning: 3 000, elstod: 3 500}
    summa:
      komp: SUM
"""


def _negative_row_problems(tmp_path: Path, total: str) -> list[str]:
    """The problems of the case with rows below 0, its total stated `total`."""
    path = tmp_path / "x.yaml"
    path.write_text(NEGATIVE_ROW.replace("SUM", total), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path, documents=False).problems]


def test_a_sum_that_counts_the_rows_below_0_as_0_names_them_and_lagst(tmp_path: Path) -> None:
    # trial 97, F2: "kompensation, men aldrig under 0" without a floor; the protocol's total
    # counts the negative rows as 0
    assert _negative_row_problems(tmp_path, "80 400") == [
        "x.yaml:20:13: angiven summa 80 400 kr för totalen i tabellen 'el', kolumnen "
        "'Kompensation (kr)' stämmer inte med summan av delarna 78 800 kr (den angivna är "
        "1 600 kr för hög); raden 'Nittorp' (−1 100 kr) och raden 'Ljungsarp' (−500 kr) är "
        "under 0, och med 0 där stämmer den angivna summan: ska raderna få 0 när formeln ger "
        "mindre (\"men aldrig under 0\"), skriv 'lagst: 0' i kolumnen; annars rätta summan "
        "eller ta bort den så räknas den ut"]


def test_a_sum_too_high_by_another_amount_does_not_name_the_rows_below_0(
        tmp_path: Path) -> None:
    assert _negative_row_problems(tmp_path, "79 800") == [
        "x.yaml:20:13: angiven summa 79 800 kr för totalen i tabellen 'el', kolumnen "
        "'Kompensation (kr)' stämmer inte med summan av delarna 78 800 kr (den angivna är "
        "1 000 kr för hög); rätta summan eller ta bort den så räknas den ut"]
