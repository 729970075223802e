"""What a value that should be a text was read as instead, where the slip has a clear cause.

* An item or a value written on one line with a colon and a space in it (`- medge …, se
  bilaga: närvarolista.`) is read by YAML as a collection of one key, "medge …, se bilaga",
  with the value "närvarolista.". The secretary wrote a text: quoting the whole of it keeps
  it one, and the message shows how, with the start of the text (cut with "…" if long).
* An item with nothing after its `- ` is empty (a point, a reservation or a protocol note).
* A text written as a list of texts (`beslutsgang:` with `- Ordföranden …` under it, one
  paragraph an item) is one text: the message says how to write one of several paragraphs.
* A text with a comma in it, unquoted inside `{ }` (`{post: Förskole-, fritidshems- och
  grundskoleverksamhet, b25: 300}`), ends at the comma: what follows is read as a key
  without a value. Such a key is told from a key left without its value by the source line:
  it stands after `key: text, `, has nothing but `,` or `}` after it, and has a space in it or
  starts with a small letter and has no digit (a text goes on after its comma; `b26` is a
  column's name). The hint shows the whole
  text quoted (`split_text`).
* A date or a date and time written where a text is wanted (`text: 2012-05-07`) is read by
  YAML as that, not as a text: the message says what it was read as and shows it within
  quotes (`read_as_other`, trial 56, F5). So is a `true` or `false`, which YAML reads
  as yes or no. (A number there is read as the text it is written as, so it needs no
  hint.)
* Any other list or collection where a text is wanted is named as what it is, with how to
  write it as a text (`instead_of_text`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Final

from generator.case.model_base import empty_item
from generator.case.yaml_loader import LoadedYaml

Path_ = tuple[str | int, ...]
_COMMENT: Final = re.compile(r"\s+#.*")
_TEXT_BEFORE: Final = re.compile(
    r"(?:^|[{,])[ \t]*([a-z][a-z0-9_]*):[ \t]+([^\s'\"\[\]{},#&*!|>][^,:{}\[\]#]*"
    r"(?:,[ \t]*[^,:{}\[\]#]+)*),[ \t]*$")
"""A key and the plain text after it, up to a comma at the end: `{post: Förskole-, `."""
_TAIL: Final = re.compile(r",[ \t]*([^,:{}\[\]#]+?)[ \t]*(?=[,}])")
"""A further piece of the text after its comma, with no colon of its own (`, och …`)."""
_LONG: Final = 40
"""How many characters of a text the example shows before cutting it."""


def instead_of_text(loaded: LoadedYaml, loc: Path_, value: Any) -> str | None:
    """The message for the value at loc that should be a text, if it reads as a slip."""
    item = bool(loc) and isinstance(loc[-1], int)
    if value is None and item:
        return empty_item(loc[-2] if len(loc) > 1 else None)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value) \
            and loc and isinstance(loc[-1], str):
        return (f"'{loc[-1]}' är skriven som en lista (rader som börjar med '- ') men ska vara "
                f"en text, skriv {loc[-1]}: | och texten indragen på raderna under, utan '- ' "
                "och med en tom rad mellan styckena")
    what, how = _named(loc)
    written = _one_line(loaded, (*loc, next(iter(value)))) \
        if isinstance(value, dict) and len(value) == 1 else None
    if written is not None:
        return (f"{what} läses som 'nyckel: värde' eftersom kolonet följs av ett mellanslag, "
                f"sätt hela texten inom citattecken, t.ex. {how}{_quoted(_shortened(written))}")
    if isinstance(value, list):
        return (f"{what} ska vara text, men här står en lista; skriv texten utan [ ] och "
                "'- ', inom citattecken om den har kommatecken")
    if isinstance(value, dict):
        return (f"{what} ska vara text, men här står en samling nycklar; skriv texten utan "
                "{ }, inom citattecken om den har kolon")
    return None


def _named(loc: Path_) -> tuple[str, str]:
    """How a message names the value at loc ("punkten", "'titel'") and how it is written
    before its value ("- ", "titel: ")."""
    if loc and isinstance(loc[-1], int):
        return "punkten", "- "
    return (f"'{loc[-1]}'", f"{loc[-1]}: ") if loc else ("värdet", "")


_READ_AS: Final = ((datetime, "datum och tid"), (date, "ett datum"), (bool, "ja eller nej"))
"""What YAML read a plain value as, in the words a message uses (datetime before date, of
which it is a kind)."""
_PLAIN: Final = re.compile(r"[^,{}\[\]#\n]*")
"""A plain value as it stands in the source, up to a comma or bracket of `{ }` or a comment."""


def read_as_other(loaded: LoadedYaml, loc: Path_, value: Any, wanted: str) -> str | None:
    """The message for a date at loc where a text is wanted (wanted: what it "ska vara"),
    if it is one: what YAML read it as, and the value within quotes."""
    read = next((words for kind, words in _READ_AS if isinstance(value, kind)), None)
    if read is None:
        return None
    at = loaded.values.get(loc)
    plain = _PLAIN.match(loaded.lines[at.line - 1], at.column - 1) \
        if at is not None and at.line <= len(loaded.lines) else None
    written = (plain.group().strip() if plain else "") or str(value)
    what, how = _named(loc)
    return (f"{what} {wanted}, men {written} läses som {read}; sätt citattecken runt "
            f"{'det' if read != 'datum och tid' else 'dem'}: {how}{_quoted(written)}")


def split_text(loaded: LoadedYaml, key: Path_) -> str | None:
    """The hint for an unknown key without a value that is the tail of a text a comma split
    inside `{ }` (see the module docstring): the whole text, quoted after its key."""
    found = _split(loaded, key)
    if found is None:
        return None
    head, end = found
    written = head.string[head.start(2):end]
    return (f"kommatecknet i texten '{written}' avslutar värdet inom {{ }}, skriv texten "
            f"inom citattecken: {head.group(1)}: {_quoted(written)}")


def cut_value(loaded: LoadedYaml, key: Path_) -> Path_ | None:
    """The place of the value a comma cut inside `{ }`, for an unknown key that is the
    tail of its text (`split_text`), or None: what is left of the value (`gammal * 105`
    of `gammal * 105,2 %`) is not what the case means, so no check reads it."""
    found = _split(loaded, key)
    return (*key[:-1], found[0].group(1)) if found else None


def later_split(loaded: LoadedYaml, key: Path_) -> bool:
    """Whether the unknown key is a later piece of a text that commas split inside `{ }`
    ('Jonas Agerhed, Åsa Bejvall' after 'ersattare: Anna Johansson'): the text's first piece
    is reported with the whole text, once (trial 61, F7)."""
    found = _split(loaded, key)
    pieces = found[0].group(2).split(",") if found else []
    return len(pieces) > 1 and _goes_on(pieces[1].strip())


def _split(loaded: LoadedYaml, key: Path_) -> tuple[re.Match[str], int] | None:
    """The text before a key that is a piece of it a comma split off inside `{ }` (its key
    and its text up to the key, `_TEXT_BEFORE`), and where its last piece ends; or None."""
    at, name = loaded.keys.get(key), key[-1] if key else None
    if at is None or not isinstance(name, str) or at.line > len(loaded.lines):
        return None
    line, start = loaded.lines[at.line - 1], at.column - 1
    end = start + len(name)
    if line[start:end] != name or not _goes_on(name) \
            or not line[end:].lstrip(" \t").startswith((",", "}")):
        return None
    head = _TEXT_BEFORE.search(line, 0, start)
    if head is None:
        return None
    while (more := _TAIL.match(line, end)) is not None:
        end = more.end()
    return head, end


def _goes_on(name: str) -> bool:
    """Whether a key reads as text going on after a comma: words, or a word in small
    letters without digits (`b26` reads as a column's name)."""
    return " " in name or (name[:1].islower() and not any(c.isdigit() for c in name))


def _one_line(loaded: LoadedYaml, key: Path_) -> str | None:
    """The key and its text value as written, when both stand on one line."""
    at, value_at = loaded.keys.get(key), loaded.values.get(key)
    if at is None or value_at is None or value_at.line != at.line or at.line > len(loaded.lines):
        return None
    written = _COMMENT.sub("", loaded.lines[at.line - 1][at.column - 1:]).strip()
    return written if ": " in written else None


def _shortened(text: str) -> str:
    """The text, or its first word, "…", the two words before the colon and a few after."""
    if len(text) <= _LONG:
        return text
    head, tail = text.split(": ", 1)
    words = head.split()
    if len(words) > 3:
        head = f"{words[0]} … {' '.join(words[-2:])}"
    after = tail.split()
    if len(" ".join(after)) > _LONG // 2:
        tail = " ".join(after[:3]) + " …"
    return f"{head}: {tail}"


def _quoted(text: str) -> str:
    """The text within double quotes, or single ones when it holds a double quote."""
    if '"' not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"
