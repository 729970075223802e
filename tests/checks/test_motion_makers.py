"""Who made which yrkande (trials 78 and 92): the names before "yrkar", a ledamot named
anywhere in the yrkanden, and a vote's meaning that is a ledamot's yrkande."""

from __future__ import annotations

from generator.checks.motion_makers import has_motion, is_own_motion, makers, with_party

MOTIONS = ["Maria Lindström (S) yrkar bifall till förvaltningens förslag.",
           "Johan Eriksson (M) och Karin Holm (M) yrkar avslag.",
           "Per Sandberg (KD) instämmer i Johan Erikssons yrkande."]


class DescribeMotions:
    def it_finds_the_makers_before_yrkar(self) -> None:
        assert makers(MOTIONS) == ["Maria Lindström", "Johan Eriksson", "Karin Holm"]

    def it_writes_a_name_with_its_party(self) -> None:
        assert with_party("Karin Holm", MOTIONS[1]) == "Karin Holm (M)"
        assert with_party("Karin Holm", "Karin Holm yrkar avslag.") == "Karin Holm"

    def it_counts_a_ledamot_who_joins_a_yrkande(self) -> None:
        assert [has_motion(name, MOTIONS) for name in (
            "Per Sandberg", "Lena Ögren", "Ordföranden Maria Lindström")] == [
            True, False, True]

    def it_knows_a_yrkande_by_its_maker_or_what_it_asks(self) -> None:
        assert [is_own_motion(name, meaning, MOTIONS) for name, meaning in [
            ("Johan Eriksson", "bifall till Johan Erikssons (M) yrkande"),
            ("Maria Lindström", "bifall till förvaltningens förslag"),
            ("Maria Lindström", "avslag")]] == [True, True, False]
