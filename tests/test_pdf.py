"""PDF/A-2 for the archive: declared, tagged, Swedish, titled and reproducible."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from generator.build import Settings, render_cases
from generator.cli import main
from generator.output.pdf import PdfUnavailable, convert_to_pdfa

CASES_DIR = Path(__file__).resolve().parent.parent / "cases"
SAMPLES = sorted(p.stem for p in CASES_DIR.glob("*.yaml"))


def test_libreoffice_is_installed_so_no_pdf_test_skips() -> None:
    assert shutil.which("soffice"), ".ci/run installs LibreOffice; install it to run the tests"


@pytest.mark.parametrize("stem", SAMPLES)
def test_every_sample_is_declared_pdf_a_2(stem: str, samples: Path) -> None:
    xmp = PdfReader(samples / f"{stem}.pdf").xmp_metadata
    assert xmp is not None
    text = xmp.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in text


@pytest.mark.parametrize("stem", SAMPLES)
def test_every_sample_is_tagged_swedish_and_titled(stem: str, samples: Path) -> None:
    pdf = PdfReader(samples / f"{stem}.pdf")
    root: Any = pdf.trailer["/Root"]
    assert root["/Lang"] == "sv-SE"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert pdf.metadata is not None and pdf.metadata.title
    docx_title = (samples / f"{stem}.md").read_text(encoding="utf-8")
    assert pdf.metadata.title.split()[0] in docx_title


def test_identical_inputs_give_identical_pdf_bytes(samples: Path) -> None:
    docx = samples / f"{SAMPLES[3]}.docx"
    again = convert_to_pdfa([docx])[docx]
    assert again == (samples / f"{SAMPLES[3]}.pdf").read_bytes()


def test_without_libreoffice_pdf_is_a_swedish_error_and_the_rest_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "tom"))
    case = CASES_DIR / f"{SAMPLES[4]}.yaml"
    [result] = render_cases([case], Settings(output=tmp_path, pdf=True))
    assert [p.suffix for p in result.written] == [".md", ".docx"]
    assert [p.message for p in result.problems] == [PdfUnavailable.missing().args[0]]
    assert "kräver LibreOffice" in result.problems[0].message


def test_one_converter_process_converts_every_document_of_a_run(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def fake_run(command: list[str], **_: Any) -> None:
        calls.append(command)
        outdir = Path(command[command.index("--outdir") + 1])
        for document in command[command.index("--outdir") + 2:]:
            (outdir / f"{Path(document).stem}.pdf").write_bytes(b"%PDF-1.7\n")

    monkeypatch.setattr("generator.output.pdf.subprocess.run", fake_run)
    documents = sorted(samples.glob("*.docx"))
    assert len(convert_to_pdfa(documents)) == len(documents) > 5
    assert len(calls) == 1


def test_documents_of_one_name_from_two_folders_are_converted_apart_and_each_keeps_its_own(
    samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def fake_run(command: list[str], **_: Any) -> None:
        calls.append(command)
        outdir = Path(command[command.index("--outdir") + 1])
        for document in command[command.index("--outdir") + 2:]:
            (outdir / f"{Path(document).stem}.pdf").write_bytes(
                b"%PDF-1.7\n% " + Path(document).parent.name.encode() + b"\n")

    monkeypatch.setattr("generator.output.pdf.subprocess.run", fake_run)
    documents = [tmp_path / "2023" / "x.docx", tmp_path / "2024" / "X.docx",
                 tmp_path / "2024" / "y.docx"]
    for document in documents:
        document.parent.mkdir(exist_ok=True)
        shutil.copy(samples / f"{SAMPLES[3]}.docx", document)
    pdfs = convert_to_pdfa(documents)
    assert len(calls) == 2
    assert [pdfs[document].splitlines()[1] for document in documents] == [
        b"% 2023", b"% 2024", b"% 2024"]


def test_the_command_says_in_swedish_that_libreoffice_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "tom"))
    case = CASES_DIR / f"{SAMPLES[4]}.yaml"
    result = CliRunner().invoke(main, ["render", str(case), "-o", str(tmp_path), "--pdf"])
    assert result.exit_code == 1
    assert result.output.startswith("fel: --pdf kräver LibreOffice (kommandot soffice)")
