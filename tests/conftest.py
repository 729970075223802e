"""Shared test options: `--update-goldens` rewrites the golden files instead of comparing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Settings, render_cases
from generator.cli import expand


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the option that regenerates golden files."""
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/* from the current output instead of comparing.",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """Tell whether golden files should be rewritten."""
    return bool(request.config.getoption("--update-goldens"))


CASES_DIR = Path(__file__).resolve().parent.parent / "cases"
SAMPLES = sorted(p.stem for p in CASES_DIR.glob("*.yaml"))


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample case as .md, .docx and PDF/A (one LibreOffice run), rendered once."""
    folder = tmp_path_factory.mktemp("prov")
    results = render_cases(expand([CASES_DIR]), Settings(output=folder, pdf=True))
    assert [problem for result in results for problem in result.problems] == []
    return folder
