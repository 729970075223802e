"""The pipeline: load → validate → compute → check → context → render → write.

Each stage returns a value. Nothing is written until both documents of a case are rendered,
and one bad case never stops the others in a batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.output.pdf import add_pdfs
from generator.output.writer import WriteRefused, write_files
from generator.problems import START, CaseError, Problem, has_errors
from generator.render.templates import TemplateProblem
from generator.session import CheckedCase, Session
from generator.word.markdown import MarkdownStructureError


@dataclass(frozen=True)
class Settings:
    """What a run needs besides the case files."""

    output: Path = Path("output")
    template_dirs: tuple[Path, ...] = ()
    force: bool = False
    pdf: bool = False  # also PDF/A of every .docx written, by one LibreOffice process


@dataclass
class CaseResult:
    """What happened to one case in a run."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Tell whether the case had errors (warnings alone do not fail it)."""
        return has_errors(self.problems)


def check_cases(paths: Sequence[Path], settings: Settings) -> list[CaseResult]:
    """Check every case; write nothing."""
    session = Session(settings.template_dirs)
    return [CaseResult(str(p), list(session.check(p).problems)) for p in paths]


def render_cases(paths: Sequence[Path], settings: Settings) -> list[CaseResult]:
    """Check and render every case; write the documents of the cases without errors."""
    session = Session(settings.template_dirs)
    results = [_render_one(session, path, settings) for path in paths]
    if settings.pdf:
        add_pdfs(results, settings.output, settings.force)
    return results


def _render_one(session: Session, path: Path, settings: Settings) -> CaseResult:
    """Check, render and write one case, turning every failure into a reported problem."""
    checked = session.check(path)
    result = CaseResult(str(path), list(checked.problems))
    if result.failed:
        return result
    try:
        files = render_files(session, checked)
        result.written = write_files(settings.output, files, settings.force)
    except CaseError as exc:
        result.problems.extend(exc.problems)
    except (TemplateProblem, WriteRefused, MarkdownStructureError) as exc:
        result.problems.append(Problem(str(path), START, str(exc)))
    return result


def render_files(session: Session, checked: CheckedCase) -> dict[str, bytes]:
    """Render the Markdown and the Word document of a checked case, in memory."""
    assert checked.context is not None and checked.case is not None
    markdown_text = session.markdown(checked)
    docx = session.docx(markdown_text, checked)
    stem = Path(checked.path).stem
    return {f"{stem}.md": markdown_text.encode("utf-8"), f"{stem}.docx": docx}

