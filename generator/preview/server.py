"""A small HTTP server on 127.0.0.1 that shows one case's preview and its version.

`/` is the page, `/version` a token that changes when the case file is saved (a hash of its
content). The case is checked and rendered again on the first request after a save.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from generator.build import Pipeline as Session
from generator.preview.page import document_html, page
from generator.snapshot import take

HOST = "127.0.0.1"
Printer = Callable[[str], None]


@dataclass
class PreviewProbe:
    """Lets a caller (a test) learn the address and stop the server."""

    ready: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)
    url: str = ""


class Preview:
    """The case's latest page, made again when the file has changed."""

    def __init__(self, path: Path, session: Session) -> None:
        self.path = path
        self._session = session
        self._lock = threading.Lock()
        self._version = ""
        self._page = ""
        self._last_good: str | None = None

    def version(self) -> str:
        """A token that changes whenever the case file is saved with new content."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return "saknas"
        return hashlib.blake2b(data, digest_size=12).hexdigest()

    def page(self) -> tuple[str, str]:
        """The page for the file as it is now, and its version."""
        with self._lock:
            version = self.version()
            if version != self._version or not self._page:
                self._page = self._make(version)
                self._version = version
            return self._page, self._version

    def _make(self, version: str) -> str:
        """Check and render the case; keep the last document without errors to show."""
        snapshot = take(self.path, self._session, render=True)
        markdown = snapshot.markdown
        if markdown is not None:
            self._last_good = document_html(markdown, snapshot.tables)
        title = snapshot.case.titel if snapshot.case else self.path.name
        return page(title, self._last_good, markdown is not None, snapshot.problems, version)


def make_server(preview: Preview, port: int) -> ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1 for this preview (port 0 picks a free port)."""

    class Handler(BaseHTTPRequestHandler):
        """Answer `/` with the page and `/version` with the version token."""

        def do_GET(self) -> None:
            """Serve the page or the version."""
            if self.path == "/":
                text, _ = preview.page()
                self._send(text, "text/html; charset=utf-8")
            elif self.path == "/version":
                self._send(preview.version(), "text/plain; charset=utf-8")
            else:
                self._send("Sidan finns inte.", "text/plain; charset=utf-8",
                           HTTPStatus.NOT_FOUND)

        def _send(self, text: str, content_type: str,
                  status: HTTPStatus = HTTPStatus.OK) -> None:
            """Send a text answer that the browser must not cache."""
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            """Keep the terminal for the secretary: no request log."""

    return ThreadingHTTPServer((HOST, port), Handler)


def serve(path: Path, port: int, session: Session, announce: Printer,
          probe: PreviewProbe | None = None) -> None:
    """Serve the preview until Ctrl+C (or until the probe says stop)."""
    preview = Preview(path, session)
    with make_server(preview, port) as server:
        url = f"http://{HOST}:{server.server_address[1]}/"
        announce(f"Förhandsgranskning av {path}: {url} (avsluta med Ctrl+C)")
        if probe is None:
            _serve_until_interrupted(server)
            return
        probe.url = url
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        probe.ready.set()
        probe.stop.wait()
        server.shutdown()
        thread.join()


def _serve_until_interrupted(server: ThreadingHTTPServer) -> None:
    """Serve until the user presses Ctrl+C."""
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
