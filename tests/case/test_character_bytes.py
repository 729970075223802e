"""The quick check of a case file's characters on its UTF-8 bytes finds what PyYAML's
expression finds in the decoded text, character for character."""

from __future__ import annotations

import pytest
from yaml.reader import Reader

from generator.case.yaml_loader import _check_characters, _Stop

_CODE_POINTS = [*range(0x3000), *range(0xD7F0, 0xD800), *range(0xE000, 0xE010),
                *range(0xFEF0, 0x10010), 0x10FFFF]


def _refused(text: str) -> bool:
    try:
        _check_characters(text, text.encode("utf-8"))
    except _Stop:
        return True
    return False


@pytest.mark.parametrize("around", ["{}", "a{}b", "\u00a0{}\u00c2", "{}\u00a7"])
def test_every_character_is_refused_as_pyyaml_refuses_it(around: str) -> None:
    for code in _CODE_POINTS:
        text = around.format(chr(code))
        assert _refused(text) == (Reader.NON_PRINTABLE.search(text) is not None), hex(code)
