"""Render every free-text field of a case, collecting problems with their places."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache
from itertools import islice
from typing import Any, Final

from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from generator.case.yaml_loader import LoadedYaml
from generator.formatting import APPROXIMATE, NBSP
from generator.problems import Loc, Problem
from generator.render.prose_sandbox import ProseError, render_prose
from generator.text.approximation import single_approximation
from generator.text.breaks import markdown_breaks
from generator.text.footnotes import STAR_ITEM, case_marks_footnotes, literal_stars
from generator.text.lists import markdown_lists
from generator.text.markdown_safety import escape_html, text_faults
from generator.text.positions import position_in_field, position_of_line
from generator.text.wording import house_wording

MAX_FAULTS_PER_TEXT = 5
"""Faults reported per text field; more of the same add nothing and cost time."""
MAX_REFERENCES_TRIED = 50
"""`{{ … }}` references of a failing text tried one by one, to report every bad one."""
_REFERENCE = re.compile(r"\{\{.*?\}\}", re.DOTALL)


_EXACT_PLACES: Final = 3
"""The most decimals a rounded reference's advice offers ("| mnkr(3)")."""


@cache
def _rounding_filter() -> re.Pattern[str]:
    return re.compile(r"\{\{[^{}]*\|\s*(?P<unit>tkr|mnkr|mdkr)\s*\}\}")


class TextRenderer:
    """Render case text (light Markdown, figures by name) and remember what went wrong."""

    def __init__(
        self,
        env: ImmutableSandboxedEnvironment,
        variables: Mapping[str, Any],
        loaded: LoadedYaml,
        path: str,
        refused: Collection[str] = (),
        footnotes: bool | None = None,
    ) -> None:
        """refused: the names of figures whose written values were refused (and reported);
        a text that names one is not reported again (see `refused_names`). footnotes: whether
        the case marks a word or a figure with a star, so that "* " first on a line is a
        footnote's star, not a bullet (`text.footnotes`); None: found from the case's data
        when a text first has such a line (most have none)."""
        self._env = env
        self._footnotes = footnotes
        self._refused = refused
        self._variables = variables
        self._loaded = loaded
        self._path = path
        self.problems: list[Problem] = []
        self.rendered: dict[Loc, str] = {}
        self.lines: dict[Loc, str] = {}
        """The printed single-line fields (a title, a heading), as written, by place: the
        wording rules are checked in them as in the texts (`checks.style`)."""
        self.cells: dict[Loc, str] = {}
        """The tables' text cells that name figures, as written, by place (`cell`)."""

    def render(self, text: str, loc: Loc) -> Markup:
        """Render one field; on error record a problem and return the text unrendered."""
        result = self._filled(text, loc)
        result = single_approximation(result)
        self._check_markdown(result, loc)
        self._check_approximate(text, result, loc)
        self.rendered[loc] = text
        result = self._star_items(result, loc)
        return Markup(escape_html(house_wording(markdown_lists(markdown_breaks(result)))))

    def cell(self, text: str, loc: Loc) -> str:
        """A table's text cell with its `{{ … }}` filled in, checked as in a text (trial 85,
        F1: "{{ belopp.kajplats_per_meter }} per längdmeter"); on error the problem is
        recorded and the cell is returned as written. Kept in `cells` for the checks that
        read references."""
        self.cells[loc] = text
        return single_approximation(self._filled(text, loc))

    def _filled(self, text: str, loc: Loc) -> str:
        """The text with its references filled in; on error, every bad reference recorded
        (not one that names a refused figure: its own error says why) and the text as it is."""
        try:
            return render_prose(self._env, text, self._variables)
        except ProseError as exc:
            for error in self._every_error(text, exc):
                if not self._follows_refusal(error.reference):
                    where = position_of_line(self._loaded, loc, text, error.line)
                    self.problems.append(Problem(self._path, where, error.message))
            return text

    def _star_items(self, result: str, loc: Loc) -> str:
        """Keep the star of a line starting "* " as a footnote's when the case marks
        footnotes; otherwise warn, once a text, that the line is a bullet."""
        item = STAR_ITEM.search(result) if "*" in result else None
        if item is None:
            return result
        if self._footnotes is None:
            self._footnotes = case_marks_footnotes(self._loaded.data)
        if self._footnotes:
            return literal_stars(result)
        line = result[item.start():].partition("\n")[0].strip()
        shown = line if len(line) <= 40 else line[:40] + "…"
        where = position_in_field(self._loaded, loc, result, item.start(), item.group())
        self.problems.append(Problem(
            self._path, where, f"raden '{shown}' börjar med '* ' och blir en punkt i en "
            "punktlista; skriv '- ' för en punkt, eller '\\* ' för en asterisk som ska stå "
            "kvar, som en fotnot", "varning"))
        return result

    def line(self, text: str, loc: Loc) -> str:
        """A printed single-line field (a title, a heading): no Markdown and no figures, but
        written by the documents' wording rules, as a text is, and checked by them."""
        self.lines[loc] = text
        return house_wording(text)

    def printed_alone(self, reference: str) -> str:
        """What one `{{ … }}` of a text prints alone; "" where it prints nothing (the text's
        error says why)."""
        try:
            return render_prose(self._env, reference, self._variables)
        except ProseError:
            return ""

    def _every_error(self, text: str, first: ProseError) -> list[ProseError]:
        """Every bad reference of a text that failed at `first`, a look-up that found nothing,
        so that all are reported at once: each `{{ … }}` rendered on its own (a text that
        compiled holds plain expressions only, so alone each renders as it does in the text).
        Only the first if it is no look-up (the text did not compile) or none fails alone."""
        if first.reference is None:
            return [first]
        errors = []
        for match in islice(_REFERENCE.finditer(text), MAX_REFERENCES_TRIED):
            try:
                render_prose(self._env, match.group(), self._variables)
            except ProseError as exc:
                line = text.count("\n", 0, match.start()) + exc.line
                errors.append(ProseError(exc.message, line, exc.reference))
        return errors or [first]

    def _follows_refusal(self, reference: str | None) -> bool:
        """Whether a reference that finds nothing names a refused value or a part of one, or
        a whole group of figures that is missing because its every member was refused (no
        split could be made: 'uppdelningar' is unknown)."""
        return reference is not None and any(
            reference == name or reference.startswith((f"{name}.", f"{name}["))
            or name.startswith(f"{reference}.")
            for name in self._refused)

    def _check_approximate(self, text: str, result: str, loc: Loc) -> None:
        """Warn where a point of a decision or a proposal names an amount that its filter
        rounds ("ca 251,1 mnkr"): a decision states the exact amount."""
        if loc[1:2] != ("punkter",) or loc[0] not in ("beslut", "forslag") \
                or APPROXIMATE not in result:
            return
        for match in _rounding_filter().finditer(text):
            alone = render_prose(self._env, match.group(), self._variables)
            if APPROXIMATE in alone:
                shown = alone.replace(NBSP, " ")
                where = position_in_field(self._loaded, loc, text, match.start(), match.group())
                self.problems.append(Problem(
                    self._path, where, f"punkten anger ett ungefärligt belopp, '{shown}', men ett "
                    f"beslut anger det exakta; {self._exactly(match)}", "varning"))

    def _exactly(self, match: re.Match[str]) -> str:
        """How to write a rounded reference exactly: with the decimals that give the amount
        in its unit ("| mnkr(2)": 1,55 mnkr for 1 550 000 kr, trial 75, F2), else in kronor."""
        unit = match["unit"]
        plain = f"ta bort '| {unit}' så skrivs beloppet exakt"
        for places in range(1, _EXACT_PLACES + 1):
            written = match.group().replace(f"| {unit}", f"| {unit}({places})", 1)
            if written == match.group():
                return plain  # (the filter not written "| unit": no other way to offer)
            exact = render_prose(self._env, written, self._variables)
            if APPROXIMATE not in exact:
                return (f"skriv '| {unit}({places})' så står det exakt "
                        f"('{exact.replace(NBSP, ' ')}'), eller ta bort '| {unit}' så skrivs "
                        "det i kronor")
        return plain

    def _check_markdown(self, result: str, loc: Loc) -> None:
        """Record unsafe links, too deep nesting and too long paragraphs in rendered text."""
        for fault in text_faults(result)[:MAX_FAULTS_PER_TEXT]:
            where = position_in_field(self._loaded, loc, result, fault.offset, fault.snippet)
            self.problems.append(Problem(self._path, where, fault.message))
