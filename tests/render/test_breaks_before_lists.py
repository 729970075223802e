"""Specification, by exact Markdown, of a line break typed before a line that starts with
"- " (trial 55, F3: Gotland's KS § 297, "KS2009/413-10\\" above "- (Arbetsutskottet …)\\"):
the lines break, the dashed lines are a list, and no backslash is left in the document."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Gotlands kommun]
datum: 2009-10-26
dnr: nej
titel: Riktlinjer för representation
avsnitt:
  - rubrik: Underlag
    text: |
      AU § 300\\
      KS2009/413-10\\
      - (Arbetsutskottet 2008-10-14, § 224)\\
      - Ledningskontoret 2009-10-02 och 2009-09-21
"""


def test_a_line_break_before_a_dashed_line_leaves_no_backslash(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8")
    assert markdown[markdown.index("AU § 300"):] == (
        "AU § 300  \nKS2009/413-10  \n\n- (Arbetsutskottet 2008-10-14, § 224)  \n"
        "- Ledningskontoret 2009-10-02 och 2009-09-21\n")
