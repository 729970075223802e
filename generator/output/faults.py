"""File-system faults as Swedish messages: full disk, no permission, something in the way."""

from __future__ import annotations

import errno
from pathlib import Path

from generator.output.display import shown
from generator.problems import BeslutError


class OutputFault(BeslutError):
    """The output folder cannot take a case's documents; the old files are left as they were."""


_MOVE_FILE = "flytta undan filen eller välj en annan mapp"
_REASONS = {
    errno.ENOSPC: ("disken är full", "frigör utrymme och kör igen"),
    errno.EDQUOT: ("diskkvoten är slut", "frigör utrymme och kör igen"),
    errno.EACCES: ("behörighet saknas", "kontrollera rättigheterna till mappen"),
    errno.EPERM: ("behörighet saknas", "kontrollera rättigheterna till mappen"),
    errno.EROFS: ("filsystemet är skrivskyddat", "välj en annan mapp med -o"),
    errno.ENOTDIR: ("en fil står där en mapp behövs", _MOVE_FILE),
    errno.EISDIR: ("en mapp står där en fil ska skrivas", "flytta undan mappen"),
    errno.EEXIST: ("en fil står där en mapp behövs", _MOVE_FILE),
    errno.EIO: ("läs- eller skrivfel på disken", "kontrollera disken och kör igen"),
    errno.ENAMETOOLONG: ("namnet är för långt", "välj en kortare sökväg"),
}


def fault_reason(exc: OSError) -> str:
    """The reason alone, e.g. "disken är full"."""
    return _REASONS.get(exc.errno or 0, (_strerror(exc), ""))[0]


def fault_message(exc: OSError, where: Path) -> str:
    """Say in Swedish why nothing could be written at `where` and what to do."""
    reason, action = _REASONS.get(exc.errno or 0, (_strerror(exc), "kontrollera mappen"))
    return (f"dokumenten kunde inte skrivas i {shown(where)} ({reason}); {action}; "
            "de tidigare filerna finns kvar oförändrade")


def _strerror(exc: OSError) -> str:
    """A generic reason naming the system's error code (the system's text is English)."""
    code = errno.errorcode.get(exc.errno or 0)
    return f"fel i filsystemet, {code}" if code else "okänt fel i filsystemet"
