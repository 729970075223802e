"""Template folders (`--templates`) are sandboxed like case text and bounded in every way."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from hostile import cases
from hostile.harness import Builder, errors

TEMPLATE = "lagesbeskrivning.md.j2"

FORBIDDEN = "mallen försöker nå något som inte är tillåtet"
TOO_LONG = "mallen bygger en text längre än 5000000 tecken"
BIG_NUMBER = "mallen ger ett tal större än 100000 till en funktion"


def folder_with(tmp_path: Path, source: str) -> Path:
    """A template folder whose document template has the given source."""
    folder = tmp_path / "mallar"
    folder.mkdir(exist_ok=True)
    (folder / TEMPLATE).write_text(source, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ('{{ cycler.__init__.__globals__.os.popen("touch HACKED").read() }}', 1, FORBIDDEN),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", 1, FORBIDDEN),
        ("{{ doc.__class__ }}", 1, FORBIDDEN),
        ("{{ doc.header.__init__.__globals__ }}", 1, FORBIDDEN),
        ("{{ doc.sections.__class__.__mro__ }}", 1, FORBIDDEN),
        ("{{ doc.header._fields }}", 1, FORBIDDEN),
        ("{{ doc.header._asdict() }}", 1, FORBIDDEN),
        ("{{ doc.__dataclass_fields__ }}", 1, FORBIDDEN),
        ("{{ doc.style.text_unit.format(1) }}", 1, FORBIDDEN),
        ('{{ "{:>999999999}".format(1) }}', 1, FORBIDDEN),
        ('{{ "{:>999999999}"["format"](1) }}', 1, FORBIDDEN),
        ('{{ "x\\t"["expandtabs"](8) }}', 1, FORBIDDEN),
        ("{% for a in range(100000) %}\n{% for b in range(100000) %}{% endfor %}{% endfor %}",
         2, "mallens loopar och anrop går fler än 1000000 varv tillsammans"),
        ("{% set t = (1,) * 600000 %}\n{% for a in t %}{% for b in (1, 2) %}{% endfor %}"
         "{% endfor %}", 2, "mallens loopar och anrop går fler än 1000000 varv tillsammans"),
        ("{% for a in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) %}" * 6 + "{% endfor %}" * 6, 1,
         "mallens loopar och anrop går fler än 1000000 varv tillsammans"),
        ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
         "\n{{ f(60) }}", 1, "mallens loopar och anrop går fler än 1000000 varv tillsammans"),
        ('{% include "' + TEMPLATE + '" %}', 1,
         "mallen tar med eller anropar sig själv utan slut (rekursion)"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}\n{{ f(1) }}", 1,
         "mallen anropar sig själv för många gånger (rekursion)"),
        ('{{ "x" * 100000000 }}', 1, "mallen bygger ett för stort värde"),
        ("{% set ns = namespace(n=1) %}{% set ns.n = 2 ** 1000 %}{% for i in range(40) %}"
         "{% set ns.n = ns.n * ns.n %}{% endfor %}", 1, "mallen bygger ett för stort värde"),
        ('{% set ns = namespace(s="xx") %}{% for i in range(60) %}'
         "{% set ns.s = ns.s ~ ns.s %}{% endfor %}", 1, TOO_LONG),
        ('{{ "x".ljust(999999999) }}', 1, BIG_NUMBER),
        ('{{ "x" | center(999999999) }}', 1, BIG_NUMBER),
        ('{{ "%999999999d" % 1 }}', 1, "mallen får inte formatera text med %, använd filtren"),
        ('{% set s = "x" * 1000000 %}{{ s | replace("", s) }}', 1, TOO_LONG),
        ('{% set s = "x" * 4000000 %}{{ [s, s, s] | join }}', 1, TOO_LONG),
        ("rad\n{% for %}", 2, "syntaxfel, ett uttryck saknas före '%}'"),
        ('{% include "finns-inte.md.j2" %}', 1, "mallen 'finns-inte.md.j2' som tas med finns inte"),
        ("{{ doc.okand }}", 1, "uppgiften har ingen del 'okand', menade du 'kind'? (delarna är "
         "kind, title, header, style, sections, proposal, decision, approval, signatories, "
         "signature_page, on_duty, on_duty_all, case_officer, case_officers, "
         "attachments, attachments_heading, extract_to och extract_heading)"),
        ("{{ doc }}", 1, "mallen skriver ut ett värde som inte är text, skriv ut en av dess delar"),
        ("{{ doc.header.date }}", 1,
         "mallen skriver ut ett datum utan formatering, använd filtret datum eller datum_text"),
        ("{{ 1 // 0 }}", 1, "mallen delar med noll"),
        ("{{ doc.title | kr }}", 1,
         "formateringen kr kan bara visa ett belopp, skriv t.ex. {{ summa | kr }}"),
    ],
)
def test_a_hostile_template_is_refused_with_its_file_and_line(
    build: Builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    source: str, line: int, message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = folder_with(tmp_path, source)
    result = build(cases.case(), [folder])
    assert errors(result) == [f"1:1: mallen {folder / TEMPLATE}, rad {line}: {message}"]
    assert not result.files
    assert not (tmp_path / "HACKED").exists()


def test_a_template_writing_too_much_is_refused(build: Builder, tmp_path: Path) -> None:
    folder = folder_with(tmp_path, '{% for i in range(100000) %}{{ "x" * 1000 }}{% endfor %}')
    result = build(cases.case(), [folder])
    assert errors(result) == [f"1:1: mallen {TEMPLATE}: mallen skriver mer än 5000000 tecken"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# T\n\n&#12;\n", "mallen skriver ett tecken som inte kan stå i ett dokument (U+000C)"),
        ("# T\n\n2147483648. a\n",
         "mallen en numrerad lista kan inte börja på 2147483648 (högst 32767), "
         "börja listan på 1 eller skriv talet utan punkt efter"),
    ],
)
def test_template_output_word_cannot_hold_is_refused(
    build: Builder, tmp_path: Path, source: str, message: str
) -> None:
    result = build(cases.case(), [folder_with(tmp_path, source)])
    assert errors(result) == [f"1:1: mallen {TEMPLATE}: {message}"]


def test_a_well_behaved_override_still_extends_the_built_in(
    build: Builder, tmp_path: Path
) -> None:
    folder = folder_with(
        tmp_path,
        '{% extends "builtin/' + TEMPLATE + '" %}\n'
        "{% block body %}Egen text.\n{{ super() }}{% endblock %}\n",
    )
    result = build(cases.case(), [folder])
    assert not result.problems
    assert "Egen text." in result.files["arende.md"].decode()


def test_a_template_that_is_not_utf8_is_named(build: Builder, tmp_path: Path) -> None:
    folder = tmp_path / "mallar"
    folder.mkdir()
    (folder / TEMPLATE).write_bytes(b"\xff\xfe{{ doc.title }}")
    result = build(cases.case(), [folder])
    assert errors(result) == [
        f"1:1: mallen {TEMPLATE}: mallfilen är inte UTF-8-kodad, spara den som UTF-8"
    ]


def _zip(path: Path, parts: dict[str, bytes]) -> None:
    """Write a zip package with the given parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


@pytest.mark.parametrize(
    ("kind", "what"),
    [("text", "är ingen Word-fil (.docx)"), ("zip", "är ingen Word-fil (.docx)"),
     ("bomb", "är orimligt stor uppackad (över 50 MB)")],
)
def test_a_damaged_or_huge_reference_docx_is_refused(
    build: Builder, tmp_path: Path, kind: str, what: str
) -> None:
    folder = tmp_path / "mallar"
    folder.mkdir()
    reference = folder / "reference.docx"
    if kind == "text":
        reference.write_text("ingen zip", encoding="utf-8")
    elif kind == "zip":
        _zip(reference, {"a.txt": b"x"})
    else:
        _zip(reference, {"[Content_Types].xml": b"", "word/document.xml": bytes(60 * 2**20)})
    result = build(cases.case(), [folder])
    assert errors(result) == [
        f"1:1: formatmallen {reference} {what}, spara om den i Word eller ta bort den ur mallmappen"
    ]
