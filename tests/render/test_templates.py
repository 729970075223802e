"""Specification of the template environment: case text is escaped for Markdown, figures
must be formatted, and an organisation's templates override (and may extend) the built-in."""

from __future__ import annotations

import datetime
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from jinja2 import Environment
from markupsafe import Markup

from generator.case.house_style import HouseStyle
from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.formatting import WrittenNumber
from generator.render.context import DocumentContext
from generator.render.templates import (
    TemplateProblem,
    _finalize,
    make_environment,
    render_markdown,
    render_template,
    search_path,
)
from generator.render.views import Cell, Column, Header, OnDuty, Signatory, Table, TableRow
from generator.resources import templates_dir

NBSP = "\u00a0"
TEMPLATE = "beslutsunderlag.md.j2"

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1732
titel: Medel för *barn* och unga
"""


def make_context() -> DocumentContext:
    """A beslutsunderlag without sections, proposal or tables."""
    case, problems = validate_model(Case, load_yaml_bytes(CASE.encode(), "x.yaml"), "x.yaml")
    assert case is not None, problems
    return DocumentContext(
        kind=case.dokumenttyp,
        title=case.titel,
        header=Header(("Region Dalarna",), datetime.date(2024, 2, 15), "HSN 2024/1732", None),
        style=HouseStyle(),
        sections=(),
    )


def override(tmp_path: Path, source: str, name: str = TEMPLATE) -> Environment:
    """An environment whose override folder holds one template with the given source."""
    folder = tmp_path / "mallar"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(source, encoding="utf-8")
    return make_environment(search_path([folder]), HouseStyle())


@pytest.fixture
def env() -> Environment:
    return make_environment(search_path(), HouseStyle())


class TestFinalize:
    def test_it_escapes_plain_text_for_markdown(self) -> None:
        result = _finalize("*fet* och [länk]")
        assert result == r"\*fet\* och \[länk\]"
        assert isinstance(result, Markup)

    def test_it_passes_markup_unchanged(self) -> None:
        assert _finalize(Markup("**fet**")) == "**fet**"

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (5, "mallen skriver ut ett tal utan formatering, använd filtret belopp, kr eller tal"),
            (None, "mallen skriver ut ett tomt värde, kontrollera att uppgiften finns"),
            (datetime.date(2024, 2, 15), "mallen skriver ut ett datum utan formatering, "
             "använd filtret datum eller datum_text"),
        ],
    )
    def test_it_refuses_a_value_that_is_not_text(self, value: object, message: str) -> None:
        with pytest.raises(TemplateProblem) as caught:
            _finalize(value)
        assert str(caught.value) == message


class TestEnvironment:
    def test_it_searches_the_overrides_before_the_built_in_templates(self, tmp_path: Path) -> None:
        assert search_path([tmp_path / "a", tmp_path / "b"]) == [
            tmp_path / "a",
            tmp_path / "b",
            templates_dir(),
        ]

    def test_it_escapes_case_text_for_markdown_not_for_html(self, env: Environment) -> None:
        rendered = env.from_string("{{ namn }}").render(namn="*A* & <B> | C")
        assert rendered == r"\*A\* & &lt;B> \| C"

    def test_it_prints_markup_as_it_is(self, env: Environment) -> None:
        assert env.from_string("{{ text }}").render(text=Markup("**fet**")) == "**fet**"
        assert env.from_string("{{ text | md }}").render(text="**fet**") == "**fet**"

    def test_it_formats_numbers_only_through_filters(self, env: Environment) -> None:
        assert env.from_string("{{ n | kr }}").render(n=21_724_100) == (
            f"21{NBSP}724{NBSP}100{NBSP}kr"
        )
        assert env.from_string("{{ n | tal }}").render(n=2024) == "2024"
        assert env.from_string("{{ n | tabelltal }}").render(n=Decimal("2024.5")) == (
            f"2{NBSP}024,5")
        assert env.from_string("{{ n | tabelltal }}").render(
            n=WrittenNumber(Decimal("12.5"), percent=True)) == f"12,5{NBSP}%"

    def test_it_refuses_an_unformatted_number_of_a_table(self, env: Environment) -> None:
        with pytest.raises(TemplateProblem) as caught:
            env.from_string("{{ n }}").render(n=WrittenNumber(Decimal("12.5"), percent=True))
        assert str(caught.value) == (
            "mallen skriver ut ett tal ur en tabell utan formatering, använd filtret tabelltal")

    def test_it_refuses_an_unformatted_number_from_the_context(self, env: Environment) -> None:
        with pytest.raises(TemplateProblem) as caught:
            env.from_string("{{ n }}").render(n=5)
        assert str(caught.value) == (
            "mallen skriver ut ett tal utan formatering, använd filtret belopp, kr eller tal"
        )


class TestTemplates:
    def test_it_renders_the_built_in_template(self, env: Environment) -> None:
        text = render_markdown(env, make_context())
        assert "# Medel för \\*barn\\* och unga\n" in text
        assert "Dnr: HSN 2024/1732" in text
        assert text.endswith("\n") and not text.endswith("\n\n")

    def test_an_override_template_wins_over_the_built_in(self, tmp_path: Path) -> None:
        env = override(tmp_path, "EGEN MALL: {{ doc.title }}\n")
        assert render_markdown(env, make_context()) == "EGEN MALL: Medel för \\*barn\\* och unga\n"

    def test_an_override_can_extend_the_built_in_it_replaces(self, tmp_path: Path) -> None:
        env = override(
            tmp_path,
            '{% extends "builtin/beslutsunderlag.md.j2" %}\n'
            "{% block body %}\nEgen text före avsnitten.\n{{ super() }}{% endblock %}\n",
        )
        text = render_markdown(env, make_context())
        assert "# Medel för \\*barn\\* och unga\n\nEgen text före avsnitten.\n" in text
        assert "Dnr: HSN 2024/1732" in text

    def test_an_override_of_a_partial_is_used_by_the_built_in_template(
        self, tmp_path: Path
    ) -> None:
        folder = tmp_path / "mallar"
        (folder / "partials").mkdir(parents=True)
        (folder / "partials" / "header.md.j2").write_text("EGET HUVUD\n", encoding="utf-8")
        env = make_environment(search_path([folder]), HouseStyle())
        text = render_markdown(env, make_context())
        assert text.startswith("EGET HUVUD\n")
        assert "Dnr:" not in text

    def test_it_reports_a_template_printing_a_number_from_the_context(
        self, tmp_path: Path
    ) -> None:
        env = override(tmp_path, "År {{ doc.header.date.year }}\n")
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, make_context())
        assert str(caught.value) == (
            f"mallen {tmp_path / 'mallar' / TEMPLATE}, rad 1: mallen skriver ut ett tal "
            "utan formatering, använd filtret belopp, kr eller tal"
        )

    def test_it_reports_a_template_printing_a_number_without_a_filter(
        self, tmp_path: Path
    ) -> None:
        # Jinja folds literal constants such as {{ 5 }} at compile time; values from the
        # context always pass through finalize.
        env = override(tmp_path, "{{ doc.header.date.year }}\n")
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, make_context())
        assert str(caught.value).startswith(
            f"mallen {tmp_path / 'mallar' / TEMPLATE}, rad 1: mallen skriver ut ett tal "
        )

    def test_it_reports_an_unknown_name_in_a_template(self, tmp_path: Path) -> None:
        env = override(tmp_path, "{{ doc.xyz }}\n")
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, make_context())
        assert str(caught.value) == (
            f"mallen {tmp_path / 'mallar' / TEMPLATE}, rad 1: uppgiften har ingen del 'xyz' "
            "(delarna är kind, title, header, style, sections, proposal, decision, approval, "
            "signatories, signature_page, on_duty, on_duty_all, case_officer, attachments, "
            "attachments_heading, extract_to och extract_heading)"
        )

    @pytest.mark.parametrize(("written", "hint"), [
        ("namn", "menade du 'name'? (ärendets 'namn' heter 'name' i mallen; "),
        ("titel", "menade du 'title'? (ärendets 'titel' heter 'title' i mallen; "),
        ("nme", "menade du 'name'? ("),
        ("telefon", "("),
    ])
    def test_a_part_a_view_lacks_gets_the_field_meant_and_the_parts_it_has(
        self, tmp_path: Path, written: str, hint: str
    ) -> None:
        env = override(tmp_path, f"{{{{ doc.on_duty.{written} }}}}\n")
        context = replace(make_context(), on_duty=OnDuty("Eva Ek", "Ekonomichef"))
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, context)
        assert str(caught.value) == (
            f"mallen {tmp_path / 'mallar' / TEMPLATE}, rad 1: uppgiften har ingen del "
            f"'{written}'{',' if hint != '(' else ''} {hint}delarna är name och title)"
        )

    def test_a_signatorys_place_is_found_from_the_case_key(self, tmp_path: Path) -> None:
        env = override(tmp_path, "{% for s, right in doc.signatories %}{{ s.ort }}{% endfor %}\n")
        block = Signatory("Partille", None, "Eva Ek", "Miljöchef", "Partille kommun")
        context = replace(make_context(), signatories=((block, None),))
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, context)
        assert str(caught.value).endswith(
            "rad 1: uppgiften har ingen del 'ort', menade du 'place'? (ärendets 'ort' heter "
            "'place' i mallen; delarna är place, date, name, title, organisation, caption, "
            "date_line, date_in_words och party_above)")

    def test_it_reports_a_syntax_error_in_a_template(self, tmp_path: Path) -> None:
        env = override(tmp_path, "{% if %}\n")
        with pytest.raises(TemplateProblem) as caught:
            render_markdown(env, make_context())
        assert str(caught.value) == (
            f"mallen {tmp_path / 'mallar' / TEMPLATE}, rad 1: "
            "syntaxfel, ett uttryck saknas före '%}'"
        )


class TestTableLead:
    """The lead line of a table ends in one colon; a whole sentence is printed as written."""

    @staticmethod
    def lead_of(env: Environment, lead: str, rounding: str = "") -> str:
        table = Table((Column("Part"),), (TableRow((Cell("A"),)),), lead=lead,
                      rounding=rounding)
        rendered = env.get_template("partials/table.md.j2").render(block=table)
        return rendered.split("\n\n")[0].replace(NBSP, "~")

    @pytest.mark.parametrize(("lead", "printed"), [
        ("Så fördelas medlen.", "Så fördelas medlen."),
        ("Vem får vad?", "Vem får vad?"),
        ("Så fördelas medlen!", r"Så fördelas medlen\!"),
        ("Så fördelas medlen:", "Så fördelas medlen:"),
    ])
    def test_a_lead_ending_in_a_stop_or_a_colon_is_printed_as_written(
        self, env: Environment, lead: str, printed: str
    ) -> None:
        assert self.lead_of(env, lead) == printed

    def test_a_lead_without_an_ending_gets_a_colon(self, env: Environment) -> None:
        assert self.lead_of(env, "Fördelat lika") == "Fördelat lika:"

    def test_the_rounding_follows_a_sentence_as_a_sentence_of_its_own(
        self, env: Environment
    ) -> None:
        assert self.lead_of(env, "Så fördelas medlen.", "hela tusental kronor") == (
            "Så fördelas medlen. Beloppen är avrundade till hela tusental kronor."
        )

    def test_the_rounding_comes_before_the_colon_of_a_lead(self, env: Environment) -> None:
        assert self.lead_of(env, "Så fördelas medlen:", "hela tusental kronor") == (
            "Så fördelas medlen, avrundat till hela tusental kronor:"
        )
        assert self.lead_of(env, "Fördelat lika", "hela tusental kronor") == (
            "Fördelat lika, avrundat till hela tusental kronor:"
        )


class TestViewFieldsReadInPlace:
    """A view's field read from a variable is read without the sandbox's call; anything else
    that has a field of the same name is still looked up by the sandbox."""

    def test_a_view_and_a_mapping_with_the_same_names_print_alike(self, tmp_path: Path) -> None:
        source = "{% for c in cells %}{{ c.label }}|{% if c.empty %}tom{% endif %}|{% endfor %}"
        env = override(tmp_path, source, "celler.md.j2")
        cells = (Cell(label="a"), Cell(), {"label": "b", "empty": True})
        assert render_template(env, "celler.md.j2", cells=cells) == "a|||tom|b|tom|"

    def test_a_method_under_a_views_field_name_is_still_refused(self, tmp_path: Path) -> None:
        class Foreign:
            def label(self) -> str:
                return "x"

        env = override(tmp_path, "{{ c.label() }}", "metod.md.j2")
        with pytest.raises(TemplateProblem) as problem:
            render_template(env, "metod.md.j2", c=Foreign())
        assert str(problem.value).endswith(
            "metod.md.j2, rad 1: mallen försöker nå något som inte är tillåtet"
        )

    def test_the_code_reads_a_views_field_from_a_variable_in_place(self, env: Environment) -> None:
        source = env.compile("{% for c in cells %}{{ c.label }}{{ c.no_view_has }}{% endfor %}",
                             raw=True)
        assert "(l_1_c.label if type(l_1_c) in environment.view_owners['label']" in source
        assert "environment.getattr(l_1_c, 'no_view_has')" in source
