"""`beslut forhandsgranska`: a real browser shows the document, the errors, and every save."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.preview.server import PreviewProbe

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "cases" / "002-beslutsunderlag-lansgemensamma-medel-2024.yaml"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
NBSP = "\u00a0"
WAIT_MS = 5000


class _Preview:
    """`beslut forhandsgranska` running in a thread until the test stops it."""

    def __init__(self, case: Path) -> None:
        self.probe = PreviewProbe()
        self.result: Result | None = None
        argv = ["forhandsgranska", str(case), "--port", "0"]
        self.thread = threading.Thread(target=self._run, args=(argv,), daemon=True)
        self.thread.start()
        assert self.probe.ready.wait(15), "förhandsgranskningen startade inte"

    def _run(self, argv: list[str]) -> None:
        """Run the command through click's test runner."""
        self.result = CliRunner().invoke(main, argv, obj=self.probe)

    def stop(self) -> str:
        """Stop the server and return what the command printed."""
        self.probe.stop.set()
        self.thread.join(15)
        assert not self.thread.is_alive() and self.result is not None
        assert self.result.exit_code == 0, self.result.output
        return self.result.output


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the sample beslutsunderlag that the test may change."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def preview(case: Path) -> Iterator[_Preview]:
    """The preview of the case, served on a free port of 127.0.0.1."""
    running = _Preview(case)
    yield running
    running.stop()


def test_the_server_listens_on_127_0_0_1_and_answers_in_swedish(preview: _Preview) -> None:
    assert preview.probe.url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(preview.probe.url + "version") as answer:
        assert len(answer.read()) == 24
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(preview.probe.url + "annat")
    assert missing.value.code == 404
    assert missing.value.read().decode("utf-8") == "Sidan finns inte."
    missing.value.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)")
def test_a_browser_shows_the_document_and_the_errors_and_reloads_on_save(
    case: Path, preview: _Preview
) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(preview.probe.url)
            expect(page.locator("#dokument h1")).to_contain_text("Beslutsunderlag insatser")
            expect(page.locator("#dokument")).to_contain_text(f"21{NBSP}724{NBSP}100")
            expect(page.locator("#fel")).to_have_text("Inga fel.")

            text = case.read_text(encoding="utf-8")
            case.write_text(text.replace("belopp: 4 000 000", "belopp: 4,0", 1), encoding="utf-8")
            expect(page.locator("#fel")).to_contain_text(
                "'4,0' är inte ett belopp i kronor", timeout=WAIT_MS)
            expect(page.locator("#dokument")).to_have_class("inaktuell")

            case.write_text(text.replace("4 000 000", "4 000 001", 1), encoding="utf-8")
            expect(page.locator("#dokument")).to_contain_text(
                f"21{NBSP}724{NBSP}101", timeout=WAIT_MS)
            expect(page.locator("#fel")).to_have_text("Inga fel.")
        finally:
            browser.close()
