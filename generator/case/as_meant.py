"""A loaded case file read as the secretary meant it, where a slip has one clear reading.

Validation reports each slip once, at its cause, and goes on with this reading, so that the
later checks do not report what only follows from the slip:

* a misspelt key whose suggestion is a known key ('tabeler', menade du 'tabeller'?) is read
  as that key, with the positions of everything under it (`renamed`);
* a number with a decimal comma inside `{ }` (`b2025: 81,7`), which YAML reads as 81 and a
  key '7' without a value, is read as the text "81,7" and reported at the number
  (`rejoined`); so is a formula that ends in such a number (`formel: underlag * 0,3`, read
  as 'underlag * 0' and a key '3', trial 49).

Either way the slip is an error, so such a case is never rendered (but for a known key
written with å, ä or ö, which is read as that key without one: see `validate`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Problem

Path_ = tuple[str | int, ...]
_SPLIT: Final = re.compile(r"[-+]?[0-9]+(?:,[0-9]+)+")
"""A number with commas as it stands in the source, e.g. `81,7` or `1,250,000`."""
_SPLIT_VALUE: Final = re.compile(r":[ \t]*[-+]?[0-9]+(?:,[0-9]+)+[ \t]*[,}]")
"""What a value split by a comma inside `{ }` looks like in the source (`b2025: 81,7, …`):
without it in the file, no value is looked at."""
_SPLIT_FORMULA: Final = re.compile(r"formel:[ \t]*[^\s'\"{},][^{},#\n]*[0-9](?:,[0-9]+)+[ \t]*[,}]")
"""A formula split so (`formel: underlag * 0,3}`): without it in the file, none is looked at."""
_SPLIT_END: Final = re.compile(r",[0-9]+[ \t]*[,}]")
"""How both end, looked for first: it starts with the comma, which the regex engine skips
ahead to, where `_SPLIT_VALUE` tries every colon of the file (prose has "6,2 mnkr", not
"6,2,")."""
_FORMULA: Final = "formel"
_SPLIT_TEXT: Final = re.compile(r"[^,{}#\n]*[0-9](?:,[0-9]+)+")
"""A formula that ends in a number with commas, as it stands in the source."""


def rejoined(loaded: LoadedYaml, path: str) -> tuple[LoadedYaml, list[Problem]]:
    """The document with each number that a comma split inside `{ }` joined again as text,
    and a problem at each such number."""
    source = loaded.source
    if "{" not in source or not _SPLIT_END.search(source) \
            or not (_SPLIT_VALUE.search(source) or _SPLIT_FORMULA.search(source)):
        return loaded, []  # (most files: the walk below costs a few percent of a build)
    splits = list(_splits(loaded, loaded.data, ()))
    if not splits:
        return loaded, []
    data = copy.deepcopy(loaded.data)
    gone: set[Path_] = set()
    for where, written, parts in splits:
        parent = _at(data, where[:-1])
        parent[where[-1]] = written
        for part in parts:
            del parent[part]
            gone.add((*where[:-1], part))
    problems = [Problem(path, loaded.values[where], _split_message(written, parts, where[-1]))
                for where, written, parts in splits]
    return _with(loaded, data, lambda p: None if _under_any(p, gone) else p), problems


def _split_message(written: str, parts: Sequence[str], key: str | int) -> str:
    """What YAML made of the number (or formula), and how to write it."""
    keys = ", ".join(f"'{part}'" for part in parts)
    head = written.split(",")[0]
    became = f"{'nyckeln' if len(parts) == 1 else 'nycklarna'} {keys}"
    if key == _FORMULA:
        return (f"formeln '{written}' delas av kommatecknet inom {{ }} och läses som '{head}' "
                f"och {became}, skriv formeln inom citattecken: formel: \"{written}\"")
    return (f"talet {written} delas av kommatecknet inom {{ }} och läses som {head} och "
            f"{became}, skriv \"{written}\" inom citattecken")


def _splits(loaded: LoadedYaml, data: Any, here: Path_) -> Iterator[tuple[Path_, str, list[str]]]:
    """Each split number under data: its place, the number as written, the keys it became."""
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield from _splits(loaded, item, (*here, index))
    if not isinstance(data, dict):
        return
    items = list(data.items())
    for index, (key, value) in enumerate(items):
        if isinstance(value, dict | list):
            yield from _splits(loaded, value, (*here, key))
        elif (isinstance(value, int) and not isinstance(value, bool)) \
                or (key == _FORMULA and isinstance(value, str)):
            found = _split_at(loaded, (*here, key), items[index + 1:])
            if found and (isinstance(value, int) or found[0].split(",")[0].strip() == value):
                yield (*here, key), *found


def _split_at(loaded: LoadedYaml, where: Path_,
              after: Sequence[tuple[str, Any]]) -> tuple[str, list[str]] | None:
    """The number at `where` as written and the keys it became, if a comma split it: the
    digits after each comma are the next keys, without values, where they stand."""
    position = loaded.values.get(where)
    if position is None or position.line > len(loaded.lines):
        return None
    line = loaded.lines[position.line - 1]
    number = (_SPLIT_TEXT if where[-1] == _FORMULA else _SPLIT).match(line, position.column - 1)
    if number is None:
        return None
    head, *parts = number.group().split(",")
    if len(after) < len(parts):
        return None
    column = number.start() + len(head) + 2  # (1-based, after the comma)
    for part, (key, value) in zip(parts, after, strict=False):
        place = loaded.keys.get((*where[:-1], key))
        if key != part or value is not None or place != (position.line, column):
            return None
        column += len(part) + 1
    return number.group(), parts


def renamed(loaded: LoadedYaml, renames: Mapping[Path_, str]) -> LoadedYaml:
    """The document with each key at a place in renames read as the key it names, where
    that key is not there already; a key that cannot be renamed is left out."""
    data = copy.deepcopy(loaded.data)
    moved: dict[Path_, Path_] = {}
    for place, new in renames.items():
        where = _data_path(data, place)
        parent = _at(data, where[:-1])
        if not isinstance(parent, dict):
            continue
        value = parent.pop(where[-1], None)
        if new not in parent:
            parent[new] = value
            moved[where] = (*where[:-1], new)
    gone = set(renames) - set(moved)

    def moved_path(path: Path_) -> Path_ | None:
        if _under_any(path, gone):
            return None
        for old, new in moved.items():
            if path[:len(old)] == old:
                return new + path[len(old):]
        return path

    return _with(loaded, data, moved_path)


def without(loaded: LoadedYaml, places: Sequence[Path_]) -> LoadedYaml:
    """The document with the keys at the given places left out."""
    data = copy.deepcopy(loaded.data)
    gone = {_data_path(data, place) for place in places}
    for where in gone:
        parent = _at(data, where[:-1])
        if isinstance(parent, dict):
            parent.pop(where[-1], None)
    return _with(loaded, data, lambda p: None if _under_any(p, gone) else p)


def _at(data: Any, where: Path_) -> Any:
    """The part of data at a place (None where the place is not in it)."""
    for part in where:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _data_path(data: Any, place: Path_) -> Path_:
    """A place the model names, as the data holds it: the model reads a mapping written
    alone where it takes a list (`i_tjansten: {namn: …}` is a list of one person), so an
    item's index into such a mapping is left out."""
    path: list[str | int] = []
    for part in place:
        if isinstance(part, int) and isinstance(data, dict):
            continue
        path.append(part)
        data = data.get(part) if isinstance(data, dict) else _at(data, (part,))
    return tuple(path)


def _under_any(path: Path_, places: set[Path_]) -> bool:
    """Whether path is one of the places or lies under one."""
    return any(path[:end] in places for end in range(1, len(path) + 1))


def _with(loaded: LoadedYaml, data: Any, move: Callable[[Path_], Path_ | None]) -> LoadedYaml:
    """The document with new data, and its positions moved (None: left out) by `move`."""
    def moved(positions: Mapping[Path_, Any]) -> dict[Path_, Any]:
        return {new: position for path, position in positions.items()
                if (new := move(path)) is not None}
    return replace(loaded, data=data, values=moved(loaded.values), keys=moved(loaded.keys))
