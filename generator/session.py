"""One run of the tool: checks cases and keeps what can be shared between them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment

from generator.case.models import Case
from generator.case.profiles import LoadedProfile, ProfileError, ProfileStore, check_dnr
from generator.case.validate import validate_model
from generator.case.yaml_loader import LoadedYaml, load_yaml_file
from generator.checks.consistency import check_consistency
from generator.checks.stated import mismatch_problem
from generator.compute.computed import Computed, compute_case, named_figures, prose_figures
from generator.problems import CaseError, Problem
from generator.render.context import DocumentContext, build_context
from generator.render.filters import HouseStyle, make_filters
from generator.render.letterhead import sender_lines
from generator.render.templates import (
    make_environment,
    render_markdown,
    search_path,
    with_abbreviations,
)
from generator.resources import templates_dir
from generator.text.fields import TextRenderer
from generator.text.sandbox import make_environment as make_prose_environment
from generator.word.document import DocxMeta, markdown_to_docx


@dataclass(frozen=True)
class CheckedCase:
    """A case after every check: the context to render, or the reasons it cannot be."""

    path: str
    problems: tuple[Problem, ...]
    case: Case | None = None
    context: DocumentContext | None = None
    style: HouseStyle = field(default_factory=HouseStyle)
    profile: LoadedProfile | None = None


class Session:
    """Check and render cases with one set of template folders."""

    def __init__(self, template_dirs: Sequence[Path] = ()) -> None:
        self._overrides = tuple(template_dirs)
        self._paths = search_path(template_dirs)
        self._environments: dict[HouseStyle, Environment] = {}
        self._profiles = ProfileStore()

    def environment(self, style: HouseStyle) -> Environment:
        """Return the template environment for a house style (made once)."""
        if style not in self._environments:
            self._environments[style] = make_environment(self._paths, style)
        return self._environments[style]

    def check(self, path: Path) -> CheckedCase:
        """Load, validate, compute and check one case; nothing is written."""
        display = str(path)
        try:
            loaded = load_yaml_file(path, display)
        except CaseError as exc:
            return CheckedCase(display, exc.problems)
        case, problems = validate_model(Case, loaded, display)
        if case is None:
            return CheckedCase(display, tuple(problems))
        profile, found = self._profile(case, loaded, display)
        style = profile.profile.house_style() if profile else HouseStyle()
        computed, computed_found = self._compute(case, loaded, display)
        found += computed_found
        text = self._text_renderer(case, computed, style, loaded, display)
        header_lines = sender_lines(case.avsandare, profile.profile.namn if profile else None,
                                    profile.profile.rader if profile else ())
        context = build_context(case, computed, style, text, header_lines)
        consistency = check_consistency(
            case, named_figures(computed), text.rendered, loaded, display, loaded.lines
        )
        problems = [*problems, *found, *text.problems, *consistency]
        ordered = tuple(sorted(problems, key=lambda p: p.position))
        return CheckedCase(display, ordered, case, context, style, profile)

    def _profile(
        self, case: Case, loaded: LoadedYaml, display: str
    ) -> tuple[LoadedProfile | None, list[Problem]]:
        """Load the case's organisation profile and check the Dnr against its pattern."""
        if case.organisation is None:
            return None, []
        try:
            profile = self._profiles.load(case.organisation)
        except ProfileError as exc:
            return None, [Problem(display, loaded.locate(("organisation",)), exc.message)]
        wrong_dnr = check_dnr(profile.profile, case.dnr)
        if wrong_dnr:
            return profile, [Problem(display, loaded.locate(("dnr",)), wrong_dnr)]
        return profile, []

    def _compute(
        self, case: Case, loaded: LoadedYaml, display: str
    ) -> tuple[Computed, list[Problem]]:
        """Compute every table and report stated figures that differ and failed splits."""
        computed, mismatches, failures = compute_case(case)
        problems = [mismatch_problem(m, loaded, display) for m in mismatches]
        problems += [Problem(display, loaded.locate(f.loc), f.message) for f in failures]
        return computed, problems

    def _text_renderer(
        self, case: Case, computed: Computed, style: HouseStyle,
        loaded: LoadedYaml, display: str,
    ) -> TextRenderer:
        """Prepare the sandbox that renders the case's free text."""
        unit_word = "kronor" if style.kronor_in_text else "kr"
        env = make_prose_environment(make_filters(style, unit_word))
        variables = {
            **prose_figures(computed, unit_word),
            "datum": case.datum,
            "handelser": [{"datum": e.datum, "text": e.text} for e in case.handelser],
        }
        return TextRenderer(env, variables, loaded, display)

    def docx(self, markdown_text: str, checked: CheckedCase) -> bytes:
        """Build the Word document from the rendered Markdown."""
        assert checked.context is not None
        header = checked.context.header
        profile = checked.profile
        logo = profile.logo_path if profile else None
        meta = DocxMeta(
            title=checked.context.title,
            dnr=header.dnr,
            date=header.date,
            header_lines=header.lines,
            logo=logo,
            logo_alt=profile.profile.logo.alt if profile and profile.profile.logo else "",
            kind=header.kind,
            author=profile.profile.namn if profile else "",
        )
        return markdown_to_docx(markdown_text, meta, self.reference_docx(profile))

    def markdown(self, checked: CheckedCase) -> str:
        """Render the Markdown and write out abbreviations at their first use."""
        assert checked.context is not None
        env = self.environment(checked.style)
        text = render_markdown(env, checked.context)
        if checked.profile is None:
            return text
        abbreviations = checked.profile.profile.abbreviations()
        return with_abbreviations(env, text, abbreviations, checked.style.abbreviation_legend)

    def reference_docx(self, profile: LoadedProfile | None) -> Path:
        """Word styles: an override folder's, else the organisation's, else the built-in."""
        own = [folder / "reference.docx" for folder in self._overrides]
        org = [profile.reference_docx] if profile and profile.reference_docx else []
        for candidate in [*own, *org, templates_dir() / "reference.docx"]:
            if candidate.is_file():
                return candidate
        raise FileNotFoundError("reference.docx saknas bland mallarna")
