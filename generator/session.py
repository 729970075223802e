"""One run of the tool: checks cases and keeps what can be shared between them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment

from generator.checks import mismatch_problem
from generator.computation import Computed, compute_case, named_figures, prose_figures
from generator.consistency import check_consistency
from generator.context import DocumentContext, build_context
from generator.docx_writer import DocxMeta, markdown_to_docx
from generator.errors import CaseError, Problem
from generator.figures import HouseStyle, make_filters
from generator.models import Case
from generator.prose import make_environment as make_prose_environment
from generator.render import make_environment, search_path
from generator.textfields import TextRenderer
from generator.validate import validate_model
from generator.yaml_loader import LoadedYaml, load_yaml_file


@dataclass(frozen=True)
class CheckedCase:
    """A case after every check: the context to render, or the reasons it cannot be."""

    path: str
    problems: tuple[Problem, ...]
    case: Case | None = None
    context: DocumentContext | None = None
    style: HouseStyle = field(default_factory=HouseStyle)


class Session:
    """Check and render cases with one set of template folders."""

    def __init__(self, template_dirs: Sequence[Path] = ()) -> None:
        self._paths = search_path(template_dirs)
        self._environments: dict[HouseStyle, Environment] = {}

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
        style = HouseStyle()
        computed, found = self._compute(case, loaded, display)
        text = self._text_renderer(case, computed, style, loaded, path)
        context = build_context(case, computed, style, text)
        consistency = check_consistency(
            case, named_figures(computed), text.rendered, loaded, display, text.lines
        )
        problems = [*problems, *found, *text.problems, *consistency]
        ordered = tuple(sorted(problems, key=lambda p: p.position))
        return CheckedCase(display, ordered, case, context, style)

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
        loaded: LoadedYaml, path: Path,
    ) -> TextRenderer:
        """Prepare the sandbox that renders the case's free text."""
        unit_word = "kronor" if style.kronor_in_text else "kr"
        env = make_prose_environment(make_filters(style, unit_word))
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        variables = {
            **prose_figures(computed, unit_word),
            "datum": case.datum,
            "handelser": [{"datum": e.datum, "text": e.text} for e in case.handelser],
        }
        return TextRenderer(env, variables, loaded, str(path), lines)

    def docx(self, markdown_text: str, checked: CheckedCase) -> bytes:
        """Build the Word document from the rendered Markdown."""
        assert checked.context is not None
        header = checked.context.header
        meta = DocxMeta(
            title=checked.context.title,
            dnr=header.dnr,
            date=header.date,
            header_lines=header.lines,
        )
        return markdown_to_docx(markdown_text, meta, self.reference_docx())

    def reference_docx(self) -> Path:
        """The first reference.docx on the template search path."""
        for folder in self._paths:
            candidate = folder / "reference.docx"
            if candidate.is_file():
                return candidate
        raise FileNotFoundError("reference.docx saknas bland mallarna")
