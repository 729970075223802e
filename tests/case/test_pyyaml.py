"""PyYAML imported with its patterns compiled on first use (generator.case.pyyaml)."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys

from generator.case.pyyaml import PatternOnFirstUse, yaml

PROBE = (
    "import generator.case, re, yaml.reader, yaml.resolver; "
    "print(type(yaml.reader.Reader.NON_PRINTABLE).__name__, "
    "{type(r).__name__ for rs in yaml.resolver.Resolver.yaml_implicit_resolvers.values() "
    "for _, r in rs}, type(re.compile('a')).__name__); "
    "print(yaml.safe_load('a: 2024-05-01\\nb: 1.5\\nc: ja\\nd: ~'))"
)


def test_pyyaml_loaded_by_the_case_package_compiles_its_patterns_on_first_use() -> None:
    printed = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True,
                             text=True).stdout
    kinds, loaded = printed.splitlines()
    assert kinds.split() == ["PatternOnFirstUse", "{'PatternOnFirstUse'}", "Pattern"]
    assert loaded == "{'a': datetime.date(2024, 5, 1), 'b': 1.5, 'c': 'ja', 'd': None}"


def test_a_pattern_on_first_use_answers_as_the_compiled_pattern() -> None:
    pattern = PatternOnFirstUse(r"(?P<year>\d{4})-\d\d", re.ASCII)
    found = pattern.search("den 2024-05 och")
    assert found is not None and found["year"] == "2024"
    assert pattern.match("x2024-05") is None
    assert (pattern.pattern, pattern.flags & re.ASCII) == (r"(?P<year>\d{4})-\d\d", re.ASCII)


def test_pyyaml_still_resolves_and_refuses_as_it_did() -> None:
    assert yaml.safe_load("a: 2024-05-01\nb: 1.5\nc: ja\nd: ~") == {
        "a": datetime.date(2024, 5, 1), "b": 1.5, "c": "ja", "d": None}
    try:
        yaml.load("a: \x07", Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as refused:
        assert "#x0007" in str(refused)
    else:
        raise AssertionError("PyYAML's reader took a control character")
