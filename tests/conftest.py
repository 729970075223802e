"""Shared test options: `--update-goldens` rewrites the golden files instead of comparing."""

from __future__ import annotations

import subprocess
import sys
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


COLD_CHECK = (
    "import runpy, sys; sys.argv = ['beslut', 'kontrollera', sys.argv[1]]\n"
    "try:\n    runpy.run_module('generator', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "print('modules:', *sorted(sys.modules))"
)


@pytest.fixture(scope="session")
def cold_check_modules() -> frozenset[str]:
    """The modules a cold `beslut kontrollera` of seed 002 imports (one process, once), for
    the tests that hold a module out of the check's start because the check needs none of it."""
    case = CASES_DIR / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
    printed = subprocess.run([sys.executable, "-c", COLD_CHECK, str(case)], check=True,
                             capture_output=True, text=True).stdout
    assert "1 fil kontrollerad: inga fel." in printed
    return frozenset(printed.split("modules:", 1)[1].split())
