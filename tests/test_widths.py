"""Column widths from content."""

from __future__ import annotations

from generator.word.widths import ColumnText, characters_in, column_widths

PAGE = 9072
CHAR = 120


def test_short_columns_keep_their_natural_width_and_text_takes_the_rest() -> None:
    amount = ColumnText(("1 000 000",), ("Belopp",), fixed=True, cells=("1 000 000",))
    text = ColumnText(("kort",), ("Text",), cells=("kort",))
    widths = column_widths([text, amount], PAGE, CHAR)
    assert sum(widths) == PAGE
    assert widths[1] == amount.natural(CHAR)


def test_the_column_with_more_text_gets_more_room() -> None:
    long = "ord " * 200
    columns = [ColumnText(("namn",), cells=("namn",)),
               ColumnText((long,), cells=(long,)),
               ColumnText(("ansvarig",), cells=("ansvarig",))]
    widths = column_widths(columns, PAGE, CHAR)
    assert widths[1] > widths[0] + widths[2]


def test_no_column_is_narrower_than_a_short_word() -> None:
    long = "ord " * 400
    columns = [ColumnText(("Regiondirektör",), cells=("Regiondirektör",)),
               ColumnText((long,), cells=(long,))]
    widths = column_widths(columns, PAGE, CHAR)
    assert characters_in(widths[0], CHAR) >= 10


def test_a_header_that_fits_on_one_line_given_room_does_not_wrap() -> None:
    amount = ColumnText(("1 000",), ("Belopp per landsting (mnkr)",), fixed=True,
                        cells=("1 000",))
    text = ColumnText(("Norrbotten",), ("Landsting",), cells=("Norrbotten",))
    widths = column_widths([text, amount], PAGE, CHAR)
    assert widths[1] == amount.header_width(CHAR)
    assert characters_in(widths[1], CHAR, bold=True) >= len("Belopp per landsting (mnkr)")
    assert sum(widths) == PAGE


def test_spare_room_goes_to_the_text_columns_after_the_headers_are_unbroken() -> None:
    place = ColumnText(("Stockholm",), ("Ort",), cells=("Stockholm",))
    name = ColumnText(("Tillväxtverket",), ("Disponeras av",), cells=("Tillväxtverket",))
    amount = ColumnText(("12 000",), ("Belopp (tkr)",), fixed=True, cells=("12 000",))
    widths = column_widths([place, name, amount], PAGE, CHAR)
    assert widths[2] == amount.header_width(CHAR)
    assert widths[0] > place.natural(CHAR)
    assert widths[1] > name.header_width(CHAR)


def test_a_column_of_short_codes_beside_longer_texts_keeps_its_header_width() -> None:
    """Trial 90, F3: a val list's "Parti" (S, M, SD) got a quarter of the page beside
    "Namn"; the room goes to the columns with the long texts, in proportion to their
    widths, and the party column stays as wide as its header."""
    number = ColumnText(("1", "2", "11"), ("Nr",), fixed=True, cells=("1", "2", "11"))
    name = ColumnText(("Anna-Karin Sjöberg", "Mats Lindqvist"), ("Namn",),
                      cells=("Anna-Karin Sjöberg", "Mats Lindqvist"))
    party = ColumnText(("S", "SD"), ("Parti",), cells=("S", "SD"))
    task = ColumnText(("Förste vice ordförande", ""), ("Uppdrag",),
                      cells=("Förste vice ordförande", ""))
    widths = column_widths([number, name, party, task], PAGE, CHAR)
    assert widths[0] == number.header_width(CHAR)
    assert widths[2] == party.header_width(CHAR)
    assert sum(widths) == PAGE
    assert widths[3] > widths[1] > 3 * widths[2]
    code = ColumnText(("ap.1",), ("Anslagspost",), cells=("ap.1",))
    body = ColumnText(("Tillväxtverket",), ("Disponeras av",), cells=("Tillväxtverket",))
    assert column_widths([code, body], PAGE, CHAR)[0] == code.header_width(CHAR)


def test_when_only_the_bodies_fit_the_room_goes_to_the_headers_that_wrap() -> None:
    name = ColumnText(("Kommuner i Blekinge län",), ("Kommun",),
                      cells=("Kommuner i Blekinge län",))
    amount = ColumnText(("65,4",), ("Nytt belopp per kommun i hela länet (mnkr)",), fixed=True,
                        cells=("65,4",))
    per = ColumnText(("2 513",), ("Nytt belopp i kronor per invånare i kommunen",), fixed=True,
                     cells=("2 513",))
    columns = [name, amount, per]
    assert sum(c.natural(CHAR) for c in columns) < PAGE < sum(
        max(c.natural(CHAR), c.header_width(CHAR)) for c in columns)
    widths = column_widths(columns, PAGE, CHAR)
    assert widths[0] == name.natural(CHAR)  # the body's own width: the headers need the room
    assert amount.natural(CHAR) < widths[1] < amount.header_width(CHAR)
    assert per.natural(CHAR) < widths[2] < per.header_width(CHAR)
    assert sum(widths) == PAGE


def test_a_header_wraps_when_the_body_needs_the_width() -> None:
    long = "ord " * 400
    amount = ColumnText(("1 000",), ("Belopp per landsting (mnkr)",), fixed=True,
                        cells=("1 000",))
    text = ColumnText((long,), ("Text",), cells=(long,))
    widths = column_widths([amount, text], PAGE, CHAR)
    assert amount.body(CHAR) <= widths[0] < amount.header_width(CHAR)


LYSEKIL = ("Bidrag enligt fördelningsmodellen",
           "Andel av ytterligare medel (1\u00a0mnkr, varav kommunerna 250\u00a0tkr)",
           "Summa Lysekils kommun")


def years(figures: tuple[str, ...]) -> list[ColumnText]:
    """Two amount columns headed "2014 (tkr)" and "2015 (tkr)" with these figures."""
    return [ColumnText(figures, (f"{year} (tkr)",), fixed=True, cells=figures)
            for year in (2014, 2015)]


def test_at_equal_height_the_text_keeps_its_line_and_the_year_headers_wrap() -> None:
    """Unbroken, "2014 (tkr)" would save the header row the line the longest row then takes:
    the table is as tall either way, and the row keeps its line (trial 61, F5)."""
    text = ColumnText(LYSEKIL, ("Lysekils kommuns bidrag",), cells=LYSEKIL)
    columns = [text, *years(("182", "26", "238"))]
    assert sum(c.natural(110) for c in columns) < PAGE < sum(
        max(c.natural(110), c.header_width(110)) for c in columns)
    widths = column_widths(columns, PAGE, 110)
    assert widths[0] == text.natural(110)
    assert widths[1] < columns[1].header_width(110)
    assert widths[1] == widths[2]
    assert sum(widths) == PAGE


def test_amount_headers_wrap_when_the_text_would_get_a_line_taller() -> None:
    rows = LYSEKIL[1:2] * 7
    text = ColumnText(rows, ("Post",), cells=rows)
    columns = [text, *years(("26",) * 7)]
    widths = column_widths(columns, PAGE, 110)
    assert widths[0] == text.natural(110)  # seven lines a little long: a line or more
    assert widths[1] < columns[1].header_width(110)


PARTIES = ("Socialdemokraterna (S)", "Sverigedemokraterna (SD)", "Moderaterna (M)",
           "Kommunens Väl (KV)", "Kristdemokraterna (KD)", "Miljöpartiet (MP)")


def test_party_names_a_little_too_long_stay_on_one_line_and_the_amount_headers_wrap() -> None:
    """Trial 27: with the amount headers unbroken, three names a few characters too long
    each wrapped (counted as a fraction of a line each, less than the header's one line),
    while the number columns had room to spare below their headers."""
    def amounts(header: str, *figures: str) -> ColumnText:
        return ColumnText(figures, (header,), fixed=True, cells=figures)
    names = ColumnText(PARTIES, ("Parti",), cells=PARTIES)
    columns = [names, amounts("Mandat", "10", "6", "6", "2", "2", "1"),
               amounts("Grundstöd (kr)", *["13\u00a0280"] * 6),
               amounts("Mandatstöd (kr)", "132\u00a0800", "79\u00a0680", "79\u00a0680",
                       "26\u00a0560", "26\u00a0560", "13\u00a0280"),
               amounts("Summa (kr)", "146\u00a0080", "92\u00a0960", "92\u00a0960",
                       "39\u00a0840", "39\u00a0840", "26\u00a0560")]
    assert sum(c.natural(110) for c in columns) < PAGE < sum(
        max(c.natural(110), c.header_width(110)) for c in columns)
    widths = column_widths(columns, PAGE, 110)
    assert widths[0] == names.natural(110)  # every name on one line
    assert widths[1] == columns[1].natural(110)  # "Mandat" needs no more
    assert all(c.natural(110) < w < c.header_width(110)  # "(kr)" goes to a line of its own
               for c, w in zip(columns[2:], widths[2:], strict=True))
    assert sum(widths) == PAGE


DRIFT = ("Kommunstyrelsen", "    Kommunchefen", "    Kansli- och nämndserviceenheten",
         "    It-enheten", "    Samhällsunderstödda resor", "Miljö- och byggnämnden",
         "    Samhällsbyggnad administration", "    Plan- och byggenheten")


def follow_up() -> list[ColumnText]:
    """A budget follow-up in tkr: names, and figures of 3 to 7 characters under headers
    much wider than them."""
    def amounts(header: str, *figures: str) -> ColumnText:
        return ColumnText(figures, (header,), fixed=True, cells=figures)
    return [ColumnText(DRIFT, ("Verksamhet",), cells=DRIFT),
            amounts("Utfall 2013 (tkr)", "\u2212 37 264", "\u2212 4 614", "141"),
            amounts("Förändring 2012/2013 (tkr)", "\u2212 1 578", "191", "\u2212 20"),
            amounts("Förändring (%)", "4,4 %", "\u2212 4,0 %", "201,1 %"),
            amounts("Budget 2013 (tkr)", "\u2212 37 500", "\u2212 14", "\u2212 5 229"),
            amounts("Budgetavvikelse (tkr)", "\u2212 357", "47", "618")]


def test_amount_headers_wrap_before_the_names_break_when_not_even_the_bodies_fit() -> None:
    columns = follow_up()
    assert sum(c.natural(119) for c in columns) > PAGE
    widths = column_widths(columns, PAGE, 119)
    names, *amounts = columns
    assert widths[0] >= names.widest_word(119)
    assert all(widths[0] > width for width in widths[1:])
    for amount, width in zip(amounts, widths[1:], strict=True):
        assert amount.body(119) <= width <= amount.header_width(119)
    assert widths[5] < amounts[4].natural(119)  # "Budgetavvikelse" is hyphenated
    assert sum(widths) == PAGE


def test_the_room_goes_to_the_amount_headers_when_the_names_fit_on_a_line() -> None:
    short = ("Kommunstyrelsen", "It-enheten")
    columns = [ColumnText(short, ("Verksamhet",), cells=short), *follow_up()[1:]]
    widths = column_widths(columns, PAGE, 119)
    assert widths[0] <= columns[0].natural(119) + 60
    assert all(width > amount.body(119) for amount, width in zip(columns[1:], widths[1:],
                                                                  strict=True))


def test_when_not_even_the_narrowest_columns_fit_the_names_give_way_then_all_alike() -> None:
    columns = follow_up()
    floors = [columns[0].widest_word(119), *(c.measure(119)[2] for c in columns[1:])]
    names = max(8 * 119 + 260, floors[0] // 2)  # half the longest word, not below 8 letters
    lowest = [names, *floors[1:]]
    available = sum(lowest) * 3 // 4
    widths = column_widths(columns, available, 119)
    scaled = [least * available // sum(lowest) for least in lowest]
    assert widths[1:] == scaled[1:]  # the twips scaling leaves over go to the names
    assert widths[0] == scaled[0] + available - sum(scaled)


def test_a_squeezed_amount_column_keeps_its_headers_years_and_unit_whole() -> None:
    """Trial 19: an investment budget of many columns split "Period 2019–2022" inside the
    year ("201" / "9–2022"): a word with a digit, or in parentheses, cannot be hyphenated,
    and the names, which can, give way first."""
    names = ("Skattefinansierad verksamhet, brutto", "Avgiftsfinansierad verksamhet")
    columns = [ColumnText(names, ("Projekt",), cells=names),
               *(ColumnText(("421 989", "-21 900"), (header,), fixed=True,
                            cells=("421 989", "-21 900"))
                 for header in ("Budget 2021 (tkr)", "Budget 2022 (tkr)",
                                "Period 2019\u20132022 (tkr)", "Plan 2023 (tkr)",
                                "Plan 2024 (tkr)", "Plan 2025 (tkr)"))]
    widths = column_widths(columns, PAGE - 700, 119)  # (a page with a wider margin)
    assert widths[3] - 260 >= len("2019\u20132022") * 119 * 1.12 - 1  # (260: the margins)
    assert widths[0] < columns[0].widest_word(119)  # the names hyphenate instead
    assert all(width >= column.measure(119)[2] for width, column in zip(
        widths[1:], columns[1:], strict=True))



def trial_24() -> list[ColumnText]:
    """Sjöbo's budget per nämnd: names with bold group labels, six amount columns whose
    bold totals are the widest figures."""
    names = ("Kommunstyrelse", "   Kommunövergripande verksamhet",
             "   Teknisk verksamhet - skattefinansierad", "Summa kommunstyrelse")
    columns = [ColumnText(names[1:3], ("Nämnd och verksamhet",), bold_lines=names[::3],
                          cells=names)]
    for header, total in (("Bokslut 2023 (mnkr)", "1 274,2"), ("Budget 2024 (mnkr)", "1 317,3"),
                          ("Budget 2025 (mnkr)", "1 360,8"),
                          ("Förändring 2025 mot 2024 (mnkr)", "43,5"),
                          ("Plan 2026 (mnkr)", "1 418,4"), ("Plan 2027 (mnkr)", "1 470,8")):
        figures = ("", "70,5", "0,5", "97,7")
        columns.append(ColumnText(figures[1:3], (header,), fixed=True,
                                  bold_lines=(figures[3], total), cells=(*figures, total)))
    return columns


def test_a_bold_total_is_measured_as_a_figure_not_as_bold_letters() -> None:
    """Trial 24: bold totals ("1 424,3") counted as wide as bold letters took the room of
    the names, which wrapped to three and four lines."""
    columns = trial_24()
    assert columns[1].body(119) == round(7 * 119 * 1.05) + 260
    label = ColumnText((), bold_lines=("Summa kommunstyrelse",))
    assert label.body(119) == round(len("Summa kommunstyrelse") * 119 * 1.12) + 260


def test_alike_amount_columns_are_equally_wide_and_the_names_get_what_is_left() -> None:
    """Trial 24: "Plan 2027" got the twips left over and a wider column than "Plan 2026",
    while the names sat at their floor."""
    columns = trial_24()
    widths = column_widths(columns, PAGE, 119)
    assert sum(widths) == PAGE
    assert widths[2] == widths[3] and widths[5] == widths[6]
    assert widths[0] >= columns[0].widest_word(119)
    assert characters_in(widths[0], 119, bold=True) >= len("Kommunstyrelse") - 1


MEALS = ("Frukost", "Middag – vardag", "Middag – lördag, söndag och helgdagar",
         "Julbord och påskbord", "Kvällsmål")


def price_list() -> list[ColumnText]:
    """Trial 38: Vetlanda's prices for meals in care, in Carlito (110 twips a character):
    short names but for one, and amount columns of two- and three-digit prices under long
    headers."""
    columns = [ColumnText(MEALS, ("Måltid",), cells=MEALS)]
    for header, prices in (("Kunder med beslut (kr)", "37 77 77 77 39"),
                           ("Gäster/anhöriga/pensionär (kr)", "38 87 99 172 45"),
                           ("Personal* (kr)", "35 71 71 71 42"),
                           ("Pedagogisk/Socialmåltid** (kr)", "20 42 42 42 20")):
        figures = tuple(prices.split())
        columns.append(ColumnText(figures, (header,), fixed=True, cells=figures))
    return columns


def test_a_short_header_word_is_not_hyphenated_when_the_names_can_give_the_room() -> None:
    """Trial 38: the amount headers of a squeezed table went down to their figures and broke
    as "Perso-nal* (kr)" (993 twips), while the meals had room to spare. A header word of
    at most SHORT_WORD characters now stays whole when the names at their longest word
    leave the room; the name column gives 202 twips and still wraps one meal only."""
    columns = price_list()
    assert sum(c.natural(110) for c in columns) > PAGE  # not even the bodies fit
    widths = column_widths(columns, PAGE, 110)
    assert widths == [2798, 1359, 1773, 1369, 1773]
    for width, word in zip(widths[1:4], ("Kunder", "pensionär", "Personal*"), strict=True):
        assert characters_in(width, 110, bold=True) >= len(word)
    assert characters_in(widths[0], 110) >= len("Julbord och påskbord")


def test_a_short_header_word_breaks_when_the_names_cannot_give_the_room() -> None:
    """Where the names at their longest word leave too little for the short header words
    ("Personal*" needs 1369 twips), the amount columns go down to their figures as before."""
    columns = price_list()
    widths = column_widths(columns, 5000, 110)
    assert widths[0] >= columns[0].widest_word(110)
    assert widths[3] < columns[3].short_header_word(110) == 1369


def test_a_header_word_joined_by_an_underscore_is_as_long_as_its_longest_piece() -> None:
    """Trial 40, F7: "Utfall_proc" breaks after its "_" (`hyphenation`), so the column's
    floor keeps "Utfall_" whole, as a short header word is kept."""
    column = ColumnText(("33", "32"), ("Utfall_proc",), fixed=True)
    assert column.short_header_word(110) == ColumnText(
        ("33", "32"), ("Utfall_",), fixed=True).short_header_word(110) > 0
    assert column.short_header_word(110) > ColumnText(
        ("33", "32"), ("Utfallsproc",), fixed=True).short_header_word(110) == 0


def investment_plan() -> list[ColumnText]:
    """Trial 45: an investment plan in tkr, budget 2019–2022, the period's total and plan
    2023–2024, in Carlito (110 twips a character): the budgets' figures of six and seven
    characters."""
    names = ("  Skattefinansierad verksamhet", "  därav: självfinansierade objekt")
    columns = [ColumnText(names, ("Investeringar och exploateringar",),
                          bold_lines=("Skattefinansierad verksamhet",),
                          cells=(*names, "Skattefinansierad verksamhet"))]
    for header, figures in (("Budget 2019 (tkr)", ("132 544", "−5 900", "126 644")),
                            ("Budget 2020 (tkr)", ("130 135", "−6 100", "124 035")),
                            ("Budget 2021 (tkr)", ("80 780", "−6 000", "74 780")),
                            ("Budget 2022 (tkr)", ("78 530", "−3 900", "74 630")),
                            ("Period 2019–2022 (tkr)", ("421 989", "−21 900", "400 089")),
                            ("Plan 2023 (tkr)", ("109 255", "0", "109 255")),
                            ("Plan 2024 (tkr)", ("55 000", "0", "55 000"))):
        columns.append(ColumnText(figures[:2], (header,), fixed=True,
                                  bold_lines=figures[2:], cells=figures))
    return columns


def test_amount_columns_whose_headers_differ_only_in_their_years_are_equally_wide() -> None:
    """Trial 45, F8: "Budget 2019 (tkr)" broke after its year and "Budget 2021 (tkr)",
    whose figures are a digit shorter, before it, in a narrower column."""
    widths = column_widths(investment_plan(), 14004, 110)  # a landscape A4 page
    assert sum(widths) == 14004
    assert widths[1] == widths[2] == widths[3] == widths[4]
    assert widths[6] == widths[7]


def test_columns_alike_in_their_headers_stay_apart_where_the_names_have_no_room_to_give(
) -> None:
    columns = investment_plan()
    widths = column_widths(columns, PAGE, 110)  # a portrait page: the names hyphenate
    assert widths[0] < columns[0].widest_word(110)
    assert widths[1] > widths[3]  # (an even width would split 132 544, or take a name's room)
    assert all(width >= column.measure(110)[2] for width, column in zip(widths, columns,
                                                                        strict=True)
               if column.fixed)  # (no figure split)
