"""The warnings a case had when built, as its manifest entry keeps them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.output.manifest import (
    MANIFEST,
    CaseEntry,
    Changes,
    RecordedWarning,
    read_manifest,
    update_manifest,
)
from generator.problems import Position, Problem

CASE = "arkiv/2024/x.yaml"
WARNING = Problem(CASE, Position(14, 51), "andelen 12,3 % stämmer inte med beloppen", "varning")


def entry(*warnings: RecordedWarning) -> CaseEntry:
    """An entry of the case with the warnings."""
    return CaseEntry(CASE, {"ärende": "a1"}, {"2024/x.md": "b2"}, warnings)


class DescribeARecordedWarning:
    def it_stores_a_warning_of_the_case_file_without_its_path(self) -> None:
        recorded = RecordedWarning.of(WARNING, CASE)
        assert recorded.as_json() == {"line": 14, "column": 51,
                                      "message": "andelen 12,3 % stämmer inte med beloppen"}

    def it_gives_it_back_with_the_path_the_run_shows_the_case_by(self) -> None:
        recorded = RecordedWarning.of(WARNING, CASE)
        assert recorded.problem(CASE) == WARNING
        assert recorded.problem("/hem/arkiv/2024/x.yaml").format() == (
            "/hem/arkiv/2024/x.yaml:14:51: varning: andelen 12,3 % stämmer inte med beloppen")

    def it_keeps_the_path_of_a_warning_in_another_file(self) -> None:
        other = WARNING._replace(path="profiler/region/profil.yaml")
        recorded = RecordedWarning.of(other, CASE)
        assert recorded.as_json()["path"] == "profiler/region/profil.yaml"
        assert recorded.problem("annat.yaml") == other


class DescribeACaseEntry:
    def it_stores_no_warnings_key_for_a_case_without_warnings(self) -> None:
        assert entry().as_json() == {"source": CASE, "inputs": {"ärende": "a1"},
                                     "outputs": {"2024/x.md": "b2"}}

    def it_reads_an_entry_written_before_warnings_were_recorded_as_having_none(self) -> None:
        old = {"source": CASE, "inputs": {"ärende": "a1"}, "outputs": {"2024/x.md": "b2"}}
        assert CaseEntry.from_json(old) == entry()

    def it_reads_back_the_warnings_it_stored(self) -> None:
        stored = entry(RecordedWarning.of(WARNING, CASE))
        assert CaseEntry.from_json(json.loads(json.dumps(stored.as_json()))) == stored

    def it_leaves_out_a_warning_it_cannot_read(self) -> None:
        data: dict[str, Any] = entry().as_json()
        data["warnings"] = [{"line": "14", "column": 51, "message": "m"}, 5,
                            {"line": True, "column": 1, "message": "m"},
                            {"line": 14, "column": 0, "message": "m"},
                            {"line": 14, "column": 51},
                            {"line": 2, "column": 1, "message": "kvar"}]
        assert CaseEntry.from_json(data) == entry(RecordedWarning("", 2, 1, "kvar"))

    def it_reads_warnings_that_are_not_a_list_as_none(self) -> None:
        data: dict[str, Any] = {**entry().as_json(), "warnings": {"line": 1}}
        assert CaseEntry.from_json(data) == entry()


class DescribeTheManifest:
    def it_keeps_the_warnings_through_a_journal_and_an_update(self, tmp_path: Path) -> None:
        stored = entry(RecordedWarning.of(WARNING, CASE))
        journal = json.loads(json.dumps(Changes(cases={"2024/x": stored}).as_json()))
        update_manifest(tmp_path, Changes.from_json(journal))
        assert read_manifest(tmp_path).cases == {"2024/x": stored}
        on_disk = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
        assert on_disk["cases"]["2024/x"]["warnings"] == [
            {"column": 51, "line": 14, "message": "andelen 12,3 % stämmer inte med beloppen"}]
