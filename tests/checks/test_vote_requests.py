"""A beslutsgång that asks for the vote itself ("Votering begärs …") beside an
`omrostning`, which writes "Omröstning begärs och verkställs." (trial 78, F3): a warning
that says to take the sentence out; the result written twice is warned of in
tests/render/test_votes.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
etikett: Protokoll
datum: 2012-01-24
dnr: 941-2011
titel: Motion om badplats
beslut:
  beslutande: Kommunstyrelsen
  datum: 2012-01-24
  paragraf: 25
  beslutsgang: |
    Ordföranden ställer proposition på bifall mot avslag och finner bifall.

    {request}
  {vote}
  stil: numrerad
  punkter:
    - Motionen avslås.
justering:
  signaturrader: ja
"""
VOTE = "omrostning: {ja_betyder: bifall, nej_betyder: avslag, ja: 11, nej: 2}"


def problems(tmp_path: Path, request: str, vote: str = VOTE) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(request=request, vote=vote), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


class DescribeARequestForAVoteInTheCourse:
    @pytest.mark.parametrize("request_", ["Votering begärs och ska verkställas.",
                                          "Omröstning begärs."])
    def it_is_a_warning_beside_a_vote(self, tmp_path: Path, request_: str) -> None:
        assert problems(tmp_path, request_) == [
            f"fall.yaml:13:5: varning: beslutsgången skriver '{request_}', som 'omrostning' "
            "skriver också efter beslutsgången ('Omröstning begärs och verkställs.'); ta bort "
            "meningen ur 'beslutsgang'"]

    def it_passes_without_a_vote(self, tmp_path: Path) -> None:
        assert problems(tmp_path, "Votering begärs och verkställs.", vote="") == []
