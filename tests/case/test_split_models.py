"""Specification: a split's `summa` written as one of the case's amounts or a table's figure
is kept aside as written, to be worked out with the case's amounts and tables
(`compute.split_order`); one written with `{{ }}` is refused with the form without."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from generator.case.split_models import Split

PARTIES = [{"namn": "A", "vikt": 1}, {"namn": "B", "vikt": 2}]


@pytest.mark.parametrize("summa", [
    "belopp.ram * 70 %",
    "tabeller.utokning.kostnad",
    "tabeller.utokning.rader.feriearbete.kostnad",
    "tabeller.budget.summa * 70 %",
    " tabeller.utokning.kostnad ",
])
def test_a_named_sum_is_kept_as_written(summa: str) -> None:
    split = Split.model_validate({"namn": "x", "metod": "vikter", "summa": summa,
                                  "parter": PARTIES})
    assert (split.summa, split.named_total) == (None, summa.strip())


def test_a_typed_sum_is_an_amount() -> None:
    split = Split.model_validate({"namn": "x", "metod": "vikter", "summa": "150 000",
                                  "parter": PARTIES})
    assert (split.summa, split.named_total) == (150_000, None)


@pytest.mark.parametrize(("summa", "message"), [
    ("{{ tabeller.utokning.kostnad }}",
     "'{{ tabeller.utokning.kostnad }}' är inte ett belopp i kronor; en summa som hämtas ur "
     "en tabell skrivs utan {{ }}, t.ex. 'tabeller.utokning.kostnad'"),
    ("{{ tabeller.utokning.rader.feriearbete.kostnad }} * 70 %",
     "'{{ tabeller.utokning.rader.feriearbete.…' är inte ett belopp i kronor; en summa som "
     "hämtas ur en tabell skrivs utan {{ }}, t.ex. "
     "'tabeller.utokning.rader.feriearbete.kostnad * 70 %'"),
    ("{{ belopp.ram }}",
     "'{{ belopp.ram }}' är inte ett belopp i kronor; en summa som räknas ut ur ett av "
     "ärendets belopp skrivs utan {{ }}, t.ex. 'belopp.ram'"),
])
def test_a_sum_in_braces_is_shown_without(summa: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Split.model_validate({"namn": "x", "metod": "vikter", "summa": summa,
                              "parter": PARTIES})
    assert caught.value.errors()[0]["ctx"]["error"].message == message
