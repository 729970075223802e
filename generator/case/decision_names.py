"""What a document calls a decision taken without a meeting (`beslut_per_capsulam`), and
whether a document is the minutes a decision stands in, or an extract of them
(`minutes_extract`).

The kind covers a collaboration body's decision per capsulam and a chair's urgent decision
(KL 6 kap. 39 §) alike; the document's label (`etikett`) tells which one it is. Without a
label, or with one that says "per capsulam", the decision is called one per capsulam. A
label that names another kind of decision ("Ordförandebeslut", "Delegationsbeslut") is how
the text names it, and such a decision is reported ("anmäls") at the body's next meeting
unless the case says where it is entered (`antecknas_i`). Under any other label
("Protokoll", "Beslut") the document's closing sentence still calls the decision one per
capsulam (`names_other_decision`): minutes of a decision taken without a meeting must say
so, and the label and title may not (trial 56, F3).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from generator.case.models import Case

_DECISION = "beslut"
_MINUTES_FIRST: Final = re.compile(r"\s*\w*protokoll(?!\w)", re.IGNORECASE)
"""A label whose first word is or ends in 'protokoll' ('Sammanträdesprotokoll')."""


def minutes_label(label: str | None) -> bool:
    """Whether a label names minutes or an extract of them, in any case: its first word is
    or ends in 'protokoll' ('Protokoll', 'Sammanträdesprotokoll', 'Styrelseprotokoll'), or
    it says 'utdrag' and 'protokoll' ('Protokollsutdrag', 'Utdrag ur protokoll', 'Utdrag ur
    sammanträdesprotokoll'; trial 45, F5)."""
    words = (label or "").lower()
    return bool(_MINUTES_FIRST.match(words)) or ("utdrag" in words and "protokoll" in words)


def minutes_extract(case: Case, label: str | None) -> bool:
    """Whether the document is minutes of a decision or an extract of them: a decision taken
    at a meeting (`dokumenttyp: beslut`; one per capsulam is taken without one) under a
    label, the case's or the profile's, that `minutes_label` knows."""
    return (case.dokumenttyp == "beslut" and case.beslut is not None
            and minutes_label(label))


def notice_label(label: str | None) -> bool:
    """Whether a label names a notice of a decision already taken, in any case: it says
    'meddelande' or 'underrättelse' and 'beslut' ('Meddelande om beslut', 'Underrättelse om
    beslut', 'Beslutsmeddelande'; trial 75, F4)."""
    words = (label or "").lower()
    return "beslut" in words and ("meddelande" in words or "underrättelse" in words)


def extract_only(label: str | None) -> bool:
    """Whether a minutes label names an extract ('Protokollsutdrag'), not the minutes
    themselves ('Sammanträdesprotokoll')."""
    return "utdrag" in (label or "").lower()


def called_per_capsulam(label: str | None) -> bool:
    """Whether a document under this label calls its decision one per capsulam."""
    return not label or "capsulam" in label.lower()


def _other_decision(label: str | None) -> str | None:
    """The label when it names a decision other than one per capsulam ('Ordförandebeslut';
    'Beslut' alone names none)."""
    if called_per_capsulam(label) or not label or not label.lower().endswith(_DECISION) \
            or label.strip().lower() == _DECISION:
        return None
    return label


def names_other_decision(label: str | None) -> bool:
    """Whether a label names a decision other than one per capsulam ('Ordförandebeslut'),
    which the document does not call one per capsulam."""
    return _other_decision(label) is not None


def decision_name(label: str | None) -> str:
    """The decision as running text names it, with its article: 'ett ordförandebeslut' under
    the label 'Ordförandebeslut', else 'ett beslut per capsulam'."""
    other = _other_decision(label)
    return f"ett {other[:1].lower()}{other[1:]}" if other else "ett beslut per capsulam"


def default_recording(label: str | None) -> str:
    """What happens to the decision at the next meeting when the case does not say:
    'anmals' for a decision named by its label ('Ordförandebeslut'), else it is entered in
    'minnesanteckningarna'."""
    return "anmals" if _other_decision(label) else "minnesanteckningarna"
