"""The same party is spelled the same way everywhere in a case (CONVENTIONS, names).

Seed 001 has "Hans Wiklund" in the signature block and "Hans Göran Viklund" on the
signature page, and "Region Jämtland/Härjedalen" beside "Region Jämtland Härjedalen".
Differences of letter case alone are accepted: signing services write "VERONIKA SUNDSTRÖM".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.case.models import Case, MinutesApproval, Signatory, Signature
from generator.checks.approvers import joined_approver_problems
from generator.checks.name_forms import NameUse, alike, folded, normalise
from generator.checks.report import Reporter
from generator.checks.text_names import text_name_uses
from generator.problems import Loc, Problem


def _signers(
    key: str, rows: Sequence[Signatory | Signature]
) -> list[tuple[Loc, str | None, bool]]:
    """Names and organisations of signature blocks or signature-page rows."""
    found: list[tuple[Loc, str | None, bool]] = []
    for i, row in enumerate(rows):
        found.append(((key, i, "namn"), row.namn, True))
        found.append(((key, i, "organisation"), row.organisation, False))
    return found


def _approvers(approval: MinutesApproval) -> list[tuple[Loc, str | None, bool]]:
    """The persons of a justering: the justerare, the chair and who certifies the extract."""
    found: list[tuple[Loc, str | None, bool]] = [
        (("justering", "justerare", i), name, True) for i, name in enumerate(approval.justerare)
    ]
    found.append((("justering", "ordforande"), approval.ordforande, True))
    if approval.utdragsbestyrkande is not None:
        certifier = approval.utdragsbestyrkande.namn
        found.append((("justering", "utdragsbestyrkande", "namn"), certifier, True))
    return found


def _candidates(case: Case) -> list[tuple[Loc, str | None, bool]]:
    """Every field of the case that names a person (True) or an organisation (False)."""
    found = _signers("undertecknare", case.undertecknare)
    found += _signers("signatursida", case.signatursida)
    found += [((*loc, "namn"), person.namn, True) for loc, person in case.on_duty()]
    found += [((*loc, "namn"), person.namn, True) for loc, person in case.officers()]
    if case.vid_protokollet is not None:
        found.append((("vid_protokollet", "namn"), case.vid_protokollet.namn, True))
    if case.beslut is not None:
        found.append((("beslut", "beslutande"), case.beslut.beslutande, False))
    if case.justering is not None:
        found += _approvers(case.justering)
    if case.forslag is not None:
        found.append((("forslag", "forslagsstallare"), case.forslag.forslagsstallare, False))
        found.append((("forslag", "beslutande"), case.forslag.beslutande, False))
    found.append((("beslutsorgan",), case.beslutsorgan, False))
    found += [(("avsandare", i), line, False) for i, line in enumerate(case.avsandare)]
    return found


def name_uses(case: Case, report: Reporter) -> list[NameUse]:
    """The names written in the case, in file order."""
    uses = [
        NameUse(loc, text, person, report.at(loc))
        for loc, text, person in _candidates(case)
        if text
    ]
    return sorted(uses, key=lambda use: use.where)


def spelling_problems(uses: list[NameUse], report: Reporter) -> list[Problem]:
    """Report each spelling that differs (beyond case) from the first one of the same name."""
    first: dict[str, NameUse] = {}
    problems: list[Problem] = []
    for use in uses:
        earlier = first.setdefault(normalise(use.text), use)
        if folded(earlier.text) != folded(use.text):
            message = (
                f"'{use.text}' stavas '{earlier.text}' på rad {earlier.where.line}, "
                "skriv namnet likadant överallt"
            )
            problems.append(report.problem(use.where, message))
    return problems


def signature_page_problems(
    case: Case, report: Reporter
) -> tuple[list[Problem], set[frozenset[str]]]:
    """Report signature-page rows whose name differs from the signatory of that organisation.

    Also return the pairs of normalised names reported, so they are not reported again
    as merely similar.
    """
    signers: dict[str, list[str]] = {}
    for signatory in case.undertecknare:
        if signatory.organisation and signatory.namn:
            signers.setdefault(normalise(signatory.organisation), []).append(signatory.namn)
    problems: list[Problem] = []
    pairs: set[frozenset[str]] = set()
    for i, row in enumerate(case.signatursida):
        names = signers.get(normalise(row.organisation), [])
        if not names or any(normalise(name) == normalise(row.namn) for name in names):
            continue  # equal beyond punctuation is a spelling problem, reported elsewhere
        signed = names[0]
        message = (
            f"signatursidan har '{row.namn}' för {row.organisation} men underskriften har "
            f"'{signed}', kontrollera vem som undertecknat och skriv namnet likadant"
        )
        problems.append(report.problem(report.at(("signatursida", i, "namn")), message))
        pairs.add(frozenset((normalise(signed), normalise(row.namn))))
    return problems, pairs


def similar_name_problems(
    uses: Sequence[NameUse], report: Reporter, reported: set[frozenset[str]]
) -> list[Problem]:
    """Warn once about each person name that is very similar to an earlier, different name.

    Each distinct name is compared with the distinct names before it; the case's limit on
    signatories (generator.case.limits) keeps this at a few thousand short comparisons.
    """
    seen: dict[str, NameUse] = {}
    problems: list[Problem] = []
    for use in (use for use in uses if use.person):
        key = normalise(use.text)
        if key in seen:
            continue
        other = _first_similar(use, key, seen, reported)
        if other is not None:
            message = (
                f"namnet '{use.text}' liknar '{other.text}' på rad {other.where.line}, "
                "kontrollera om det är samma person och skriv i så fall namnet likadant"
            )
            problems.append(report.problem(use.where, message, "varning"))
        seen[key] = use
    return problems


def _first_similar(
    use: NameUse, key: str, seen: dict[str, NameUse], reported: set[frozenset[str]]
) -> NameUse | None:
    """The first earlier name at least SIMILARITY alike, of a field where one of the two is in
    a text (two names in texts are not compared: a list of those present may well hold
    "Anna Berg" and "Anna Borg")."""
    for other_key, other in seen.items():
        if not (use.in_text and other.in_text) and frozenset((key, other_key)) not in reported \
                and alike(use.text, other.text):
            return other
    return None


def check_names(case: Case, texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Every rule about names: spelling variants, the signature page, similar names (also
    of a person of the fields and a name in a text, `text_names`), and justerare joined on
    one line."""
    uses = name_uses(case, report)
    page, reported = signature_page_problems(case, report)
    persons = [use for use in uses if use.person]
    similar = sorted(uses + text_name_uses(persons, texts, report), key=lambda use: use.where)
    return (spelling_problems(uses, report) + page
            + similar_name_problems(similar, report, reported)
            + joined_approver_problems(case.justering, report))
