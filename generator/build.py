"""The pipeline: load → validate → organisation → compute → text → checks → context →
Markdown → Word → write.

`Pipeline.build` runs every stage but the last for one case, in memory, so `beslut check`
and `beslut render` make exactly the same documents: a case that check passes, render
writes. Each stage returns a value. Every error beslut raises on purpose derives from
`BeslutError` and is caught once here, per case; anything else is a bug, reported as one
"internt fel" problem for that case, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.case.house_style import HouseStyle
from generator.case.models import Case
from generator.case.profiles import (
    LoadedProfile,
    ProfileStore,
    lookup_profile,
    with_profile_example,
)
from generator.case.validate import validate_as_meant
from generator.case.yaml_loader import LoadedYaml, load_yaml_file
from generator.checks.attachment_numbers import attachment_number_problems
from generator.checks.closing_sections import closing_section_problems
from generator.checks.consistency import check_consistency
from generator.checks.decision_parts import decision_part_problems
from generator.checks.delegation_minutes import decided_alone, delegated_decision_problems
from generator.checks.example_profile import example_profile_problems
from generator.checks.heading_numbers import heading_number_problems
from generator.checks.literal_counts import said_totals
from generator.checks.lone_parts import lone_part_problems
from generator.checks.notices import undated_notice_problems
from generator.checks.number_refs import number_ref_problems, table_numbers
from generator.checks.organs import organ_name_problems
from generator.checks.own_points import own_point_problems
from generator.checks.percent_words import percent_word_problems
from generator.checks.personal_numbers import personal_number_problems
from generator.checks.placeholders import named_texts, placeholder_problems
from generator.checks.reference_signs import reference_sign_problems
from generator.checks.report import Reporter
from generator.checks.reservation_counts import reservation_count_problems
from generator.checks.reservation_votes import reservation_vote_problems
from generator.checks.reservations import reservation_problems
from generator.checks.said_row_counts import said_row_count_problems
from generator.checks.stated import computation_problems
from generator.checks.structure import extract_problems, numbering_problems
from generator.checks.style import check_style, stated_texts, table_texts
from generator.checks.table_places import table_place_problems
from generator.checks.unsummed import unsummed_names
from generator.checks.vote_findings import vote_finding_problems
from generator.checks.votes import vote_problems
from generator.compute.computed import Computed, compute_case
from generator.compute.prose_figures import named_figures, prose_figures, refused_names
from generator.compute.stated import Mismatch
from generator.formatting import MILLIONS, writing_millions
from generator.problems import START, BeslutError, Finding, Problem, has_errors, sort_problems
from generator.render.cell_texts import filled_cells
from generator.render.context import DocumentContext, build_context
from generator.render.filters import make_filters
from generator.render.letterhead import sender_lines
from generator.render.printed_tables import table_groups
from generator.render.prose_fields import TextRenderer
from generator.render.prose_sandbox import make_environment as make_text_environment
from generator.render.templates import make_environment, render_document, search_path
from generator.resources import templates_dir
from generator.startup import warming_up
from generator.table_shape import TableGroups
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.prepared import Reference
from generator.word.reference import open_reference


class Settings(NamedTuple):
    """What a run needs besides the case files."""

    output: Path = Path("output")
    template_dirs: tuple[Path, ...] = ()
    force: bool = False
    pdf: bool = False


@dataclass
class CaseResult:
    """What happened to one case in a run: its problems, its documents, what was written."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    case: Case | None = None
    computed: Computed | None = None
    mismatches: tuple[Mismatch, ...] = ()
    millions: str = MILLIONS
    """The word its house style writes millions with, for what shows its figures later."""
    tables: tuple[TableGroups, ...] = ()
    """The groups of the data tables its documents print (`printed_tables.table_groups`),
    for the preview to show as Word does."""

    @property
    def failed(self) -> bool:
        """Tell whether the case had errors (warnings alone do not fail it)."""
        return has_errors(self.problems)


def check_cases(paths: Sequence[Path], settings: Settings) -> list[CaseResult]:
    """Build every case in memory, as render would, and write nothing."""
    pipeline = Pipeline(settings.template_dirs)
    return [pipeline.build(path) for path in paths]


def render_cases(paths: Sequence[Path], settings: Settings,
                 folders: Sequence[Path] = ()) -> list[CaseResult]:
    """Build every case and write the documents of the cases without errors.

    Each case's documents go into its folder of `folders` below the output folder (`2024`
    for `arkiv/2024/x.yaml` rendered from `arkiv`), by default into the output folder itself.
    With `settings.pdf`, every .docx written is also converted to PDF/A, by one LibreOffice
    process for the whole run.
    """
    pipeline = Pipeline(settings.template_dirs)
    below = folders or [Path()] * len(paths)
    results = [write_result(pipeline.build(path), settings._replace(output=settings.output / sub))
               for path, sub in zip(paths, below, strict=True)]
    if settings.pdf:
        from generator.output.pdf import add_pdfs  # writing is loaded only to write

        add_pdfs(results, settings.force)
    return results


def write_result(result: CaseResult, settings: Settings) -> CaseResult:
    """Write a built case's documents together, or record why they cannot be."""
    if result.failed or not result.files:
        return result
    from generator.output.writer import write_files  # `check` never loads the writer

    try:
        result.written = write_files(settings.output, result.files, settings.force,
                                     inputs=(Path(result.path),))
    except BeslutError as exc:
        result.problems.extend(exc.problems_for(result.path))
    except OSError as exc:
        result.problems.append(Problem(result.path, START, _disk_message(settings.output, exc)))
    return result


def _disk_message(folder: Path, exc: OSError) -> str:
    """Swedish message for a failed write into the output folder."""
    reason = exc.strerror or "okänt fel"
    return f"dokumenten kunde inte skrivas i {folder} ({reason}); kontrollera mappen och utrymmet"


def internal_error(path: str, exc: Exception) -> Problem:
    """The one problem a bug becomes: named, so it can be reported, and confined to its case."""
    detail = f"{type(exc).__name__}: {exc}".strip()
    return Problem(path, START, f"internt fel i beslut: {detail}; rapportera gärna felet")


class _Checked(NamedTuple):
    """A case after every check: its context and organisation, or only its problems."""

    problems: tuple[Problem, ...]
    context: DocumentContext | None = None
    profile: LoadedProfile | None = None
    case: Case | None = None
    computed: Computed | None = None
    mismatches: tuple[Mismatch, ...] = ()


class Pipeline:
    """Build cases with one set of template folders, sharing what can be shared."""

    def __init__(self, template_dirs: Sequence[Path] = ()) -> None:
        self._overrides = tuple(template_dirs)
        self._paths = search_path(template_dirs)
        self._environments: dict[HouseStyle, Environment] = {}
        self._text_environments: dict[HouseStyle, ImmutableSandboxedEnvironment] = {}
        self._profiles = ProfileStore()

    def build(self, path: Path, documents: bool = True) -> CaseResult:
        """Run every stage for one case in memory; every failure becomes a problem.

        With `documents` false the Markdown and Word stages are left out (a quick look for
        the interactive commands; `check` and `render` always make the documents).
        """
        with warming_up("build"):  # the first case loads what later cases share
            return self._build(path, documents)

    def _build(self, path: Path, documents: bool) -> CaseResult:
        display = str(path)
        result = CaseResult(display)
        try:
            checked = self.check(path, display)
            result.problems.extend(checked.problems)
            result.case, result.computed = checked.case, checked.computed
            result.mismatches = checked.mismatches
            if checked.context is not None:
                result.millions = checked.context.style.millions
            if documents and checked.context is not None and not has_errors(checked.problems):
                result.files = self.documents(checked.context, checked.profile, path.stem)
                result.tables = table_groups(checked.context.sections)
        except BeslutError as exc:
            result.problems.extend(exc.problems_for(display))
        except Exception as exc:  # a bug: report it for this case, go on with the others
            result.problems.append(internal_error(display, exc))
        result.problems = list(sort_problems(result.problems))
        return result

    def check(self, path: Path, display: str) -> _Checked:
        """Load, validate, compute and check one case; build its template context."""
        case, problems, loaded = validate_as_meant(Case, load_yaml_file(path, display), display)
        problems = with_profile_example(problems, loaded, self._profiles, path.parent)
        if case is None:
            return _Checked(tuple(problems))
        profile, found = lookup_profile(self._profiles, case, loaded, display, path.parent)
        report = Reporter(loaded, display)
        if profile is not None:
            found += organ_name_problems(case, profile, report)
            found += example_profile_problems(profile, report)
        style = _case_style(case, profile)
        with writing_millions(style.millions):
            checked = self._check_case(case, profile, style, report)
        return checked._replace(problems=(*problems, *found, *checked.problems))

    def _check_case(self, case: Case, profile: LoadedProfile | None, style: HouseStyle,
                    report: Reporter) -> _Checked:
        """Compute and check a valid case in its house style; build its template context."""
        loaded, display = report.loaded, report.path
        found: list[Problem] = []
        derived: list[Finding] = []
        if case.derived_amounts:  # (read only for a case that works out an amount from others)
            from generator.compute.derived_amounts import with_derived_amounts
            case, derived = with_derived_amounts(case)
        computed, mismatches, failures = compute_case(case)
        failures = [*derived, *failures]
        # (made once: text and checks)
        figures = prose_figures(computed, style.text_unit, style.percent_unit)
        refused = refused_names(case, (f.loc for f in failures)) if failures else frozenset()
        incomplete = bool(refused)  # (some figure is missing: its error says why)
        refused |= unsummed_names(case)  # (the column's error says why)
        text = self._text_renderer(case, figures, style, loaded, display, refused)
        computed = filled_cells(computed, text, figures)  # (its text cells that name figures)
        header_lines = sender_lines(case.avsandare, profile.profile.namn if profile else None,
                                    profile.profile.rader if profile else ())
        labels = profile.profile.etiketter if profile else {}
        context = build_context(case, computed, style, text, header_lines, labels)
        # (after the context: its texts are read while it is built, for what a text says too)
        said = said_totals(text.rendered, computed.tables) if mismatches else None
        found += computation_problems(mismatches, failures, loaded, display, said)
        point_styles = (context.proposal.style if context.proposal else style.proposal_style,
                        context.decision.style if context.decision else style.proposal_style)
        found += check_consistency(case, named_figures(figures), text.rendered, loaded, display,
                                   point_styles, figures, computed.tables, incomplete)
        numbers = context.section_numbers()
        found += number_ref_problems(text.rendered, numbers, report, table_numbers(case.avsnitt))
        found += said_row_count_problems(text.rendered, computed.tables, report,
                                        computed.splits)
        found += reference_sign_problems({**text.rendered, **text.cells}, text.printed_alone,
                                         figures, report)
        found += table_place_problems(case, report)
        found += lone_part_problems(case.tabeller, report)
        found += closing_section_problems(case, report)
        if case.tabeller:  # (the reference read only then, and once while it is unchanged)
            from generator.checks.landscape_fit import landscape_problems  # (only then)
            from generator.checks.portrait_fit import portrait_problems

            reference = self._reference(profile)
            found += landscape_problems(case, computed.tables, report, reference.text_width,
                                        reference.styles.character_width)
            found += portrait_problems(case, computed.tables, report, reference.text_width,
                                       reference.styles)
        found += numbering_problems(case, numbers, report)
        found += heading_number_problems(case.avsnitt, context.sections, report)
        found += attachment_number_problems(case.bilagor, report)
        if not decided_alone(case.beslut):  # (its minutes label is an error of its own)
            found += extract_problems(case, context.header.kind_label, report)
        found += undated_notice_problems(case, context.header.kind_label, report)
        found += decision_part_problems(case, context.header.kind_label, point_styles[1], report)
        found += delegated_decision_problems(case, context.header.kind_label, report)
        found += vote_problems(case.beslut, report)
        found += vote_finding_problems(case.beslut, report)
        found += reservation_problems(case.beslut, report)
        found += reservation_count_problems(case.beslut, report)
        found += reservation_vote_problems(case.beslut, report)
        found += own_point_problems(case.beslut, report)
        printed = {**text.rendered, **text.lines, **table_texts(case)}
        found += check_style({**printed, **stated_texts(loaded.data)}, report,
                             style.kr_chosen,
                             None if style.kronor_in_text else text.printed_alone)
        found += placeholder_problems({**printed, **named_texts(case)}, report)
        found += personal_number_problems(case, printed, report)
        found += percent_word_problems(text.rendered, text.printed_alone,
                                       style.percent_in_text, report)
        return _Checked(tuple([*found, *text.problems]), context, profile, case,
                        computed, tuple(mismatches))

    def documents(
        self, context: DocumentContext, profile: LoadedProfile | None, stem: str
    ) -> dict[str, bytes]:
        """Render the Markdown and the Word document of a checked case, in memory."""
        abbreviations = profile.profile.abbreviations() if profile else {}
        reference = self._reference_docx(profile)
        with writing_millions(context.style.millions):
            markdown = render_document(self._environment(context.style), context, abbreviations)
        meta = replace(_docx_meta(context, profile), properties=self._properties())
        docx = markdown_to_docx(markdown, meta, reference)
        return {f"{stem}.md": markdown.encode("utf-8"), f"{stem}.docx": docx}

    def _properties(self) -> tuple[tuple[str, str], ...]:
        """Custom properties for the Word file, asked for once its inputs are all used
        (none here; a batch build adds its provenance)."""
        return ()

    def _environment(self, style: HouseStyle) -> Environment:
        """The template environment for a house style (made once per run)."""
        if style not in self._environments:
            self._environments[style] = make_environment(self._paths, style)
        return self._environments[style]

    def _text_renderer(
        self, case: Case, figures: dict[str, Any], style: HouseStyle, loaded: LoadedYaml,
        display: str, refused: frozenset[str]
    ) -> TextRenderer:
        """Prepare the sandbox that renders the case's free text (made once per house style)."""
        env = self._text_environments.get(style)
        if env is None:
            env = make_text_environment(make_filters(style, style.text_unit))
            self._text_environments[style] = env
        variables = {
            **figures,
            **({"datum": case.datum} if case.datum else {}),  # (undated: no such name)
            "handelser": [{"datum": e.datum, "text": e.text} for e in case.handelser],
        }
        return TextRenderer(env, variables, loaded, display, refused)

    def _reference(self, profile: LoadedProfile | None) -> Reference:
        """The prepared reference of a case's documents (see `_reference_docx`; the checks
        measure tables on its pages), prepared once for the same bytes (`open_reference`)."""
        return open_reference(self._reference_docx(profile))

    def _reference_docx(self, profile: LoadedProfile | None) -> Path:
        """Word styles: an override folder's, else the organisation's, else the built-in."""
        own = [folder / "reference.docx" for folder in self._overrides]
        org = [profile.reference_docx] if profile and profile.reference_docx else []
        candidates = [*own, *org, templates_dir() / "reference.docx"]
        return next(c for c in candidates if c.is_file())


def _docx_meta(context: DocumentContext, profile: LoadedProfile | None) -> DocxMeta:
    """What the Word file needs besides the Markdown: header, properties, logo, the groups
    of its data tables."""
    header = context.header
    logo = profile.profile.logo if profile else None
    return DocxMeta(
        title=context.title,
        dnr=header.dnr,
        date=header.date,
        header_lines=header.lines,
        logo=profile.logo_path if profile else None,
        logo_alt=logo.alt if logo else "",
        kind=header.kind_label or "",
        author=profile.profile.namn if profile else "",
        tables=table_groups(context.sections),
        meeting_date=header.meeting_date,
        paragraph=header.paragraph,
    )


def _case_style(case: Case, profile: LoadedProfile | None) -> HouseStyle:
    """The house style a case is written in: its organisation's, with what the case chooses
    for itself ('kronor_i_lopande_text', 'miljoner'; 'numrerade_rubriker' where headings are
    numbered, `render.context`; 'procent_i_lopande_text', 'forkortningslista')."""
    style = profile.profile.house_style() if profile else HouseStyle()
    if case.kronor_i_lopande_text is not None:
        style = replace(style, kronor_in_text=case.kronor_i_lopande_text,
                        kr_chosen=not case.kronor_i_lopande_text)
    if case.miljoner is not None:
        style = replace(style, millions=case.miljoner)
    if case.procent_i_lopande_text is not None:
        style = replace(style, percent_in_text=case.procent_i_lopande_text)
    if case.forkortningslista is not None:
        style = replace(style, abbreviation_legend=case.forkortningslista)
    return style
