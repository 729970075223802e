"""Faster stand-ins for some of Python-Markdown's processors; the tree built is the same.

Python-Markdown tries every registered inline pattern on every piece of text, also on
table cells that hold nothing but a number. Each pattern here is known by its regular
expression, together with the "needles" one of which is part of every match it can
make. A pattern whose needles are all absent from the text cannot match, so it is not
tried: a pattern that does not match has no effect at all (its `handleMatch` is never
called, so even the stateful emphasis processor is untouched). A pattern whose
expression is not in the table below is always tried, as before. Backslash escapes
are made in one pass, a lone emphasis of plain words at once (`lone_emphasis`), and
in an element without children a lone emphasis, or line breaks with no other needle, are
made before the stock step, which then has no work there; the elements without any inline
work are set aside while the stock step walks the tree (`inline_aside`).

Elsewhere the same idea: a block processor whose test needs a character that the block
lacks is passed over; table rows without backticks are split by a plain scan; blank
lines are normalized with an expression that starts at a line end; the unescape step
passes over text without STX. tests/word/test_markdown_same_tree.py compares the trees
with those of the stock processors.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from typing import Any, Final

from markdown import Markdown, blockprocessors, inlinepatterns, preprocessors, treeprocessors, util
from markdown.extensions.tables import TableProcessor

from generator.word.inline_aside import SetAside
from generator.word.lone_emphasis import LoneEmphasis

# Python-Markdown's inline processor keeps these two methods private (name-mangled). Only
# they are replaced or called here; without them the stock processor is kept (slower).
_HANDLE: Final = "_InlineProcessor__handleInline"
_APPLY: Final = "_InlineProcessor__applyPattern"
_Apply = Callable[[inlinepatterns.Pattern, str, int, int], tuple[str, bool, int]]
_Plan = list[tuple[inlinepatterns.Pattern, tuple[str, ...] | None]]

# Each known inline expression with the needles, one of which every match of it contains.
_NEEDLES: Final[dict[str, tuple[str, ...]]] = {
    # Backslash pairs followed by a backtick (the lookahead still reads the text), or a
    # backtick: either way the text holds a backtick.
    inlinepatterns.BACKTICK_RE: ("`",),
    inlinepatterns.ESCAPE_RE: ("\\",),  # a backslash and the character after it
    # "[" not after "!": inline links and (short) references (REFERENCE_RE is the same).
    inlinepatterns.LINK_RE: ("[",),
    # "![": inline images and (short) image references (IMAGE_REFERENCE_RE is the same).
    inlinepatterns.IMAGE_LINK_RE: ("![",),
    inlinepatterns.AUTOLINK_RE: ("<",),  # "<scheme://...>"
    inlinepatterns.AUTOMAIL_RE: ("<",),  # "<name@host>" (our plain automail uses it too)
    inlinepatterns.LINE_BREAK_RE: ("  \n",),  # two spaces at the end of a line
    inlinepatterns.ENTITY_RE: ("&",),  # "&name;", "&#123;", "&#x7b;" (our entity text too)
    r"\*|_": ("*", "_"),  # the emphasis processor finds its delimiters "*" and "_"
}
_LINE_BREAK: Final = _NEEDLES[inlinepatterns.LINE_BREAK_RE][0]
_FLAGS: Final = re.compile("", re.DOTALL | re.UNICODE).flags
_SPACE_LINE: Final = re.compile(r"\n +(?=\n)")
# Python-Markdown's hash header expression, and the same with the header taken in runs.
STOCK_HASH_HEADER: Final = (
    r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
)
QUICK_HASH_HEADER: Final = (
    r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#\n]++|#+(?=[^#\n]))*?)#*(?:\n|$)"
)
_PIPE_OR_ESCAPE: Final = re.compile(r"\\\\|\\\||\|")


def install(md: Markdown) -> None:
    """Put the fast processors in place of Python-Markdown's own (same names, same order)."""
    if hasattr(treeprocessors.InlineProcessor, _HANDLE) and hasattr(
        treeprocessors.InlineProcessor, _APPLY
    ):
        md.treeprocessors.register(QuickInline(md), "inline", 20)
    md.treeprocessors.register(_QuickUnescape(md), "unescape", 0)
    md.preprocessors.register(_QuickWhitespace(md), "normalize_whitespace", 30)
    table = md.parser.blockprocessors["table"]
    assert isinstance(table, TableProcessor)
    config: dict[str, Any] = vars(table)["config"]  # the stubs do not declare it
    md.parser.blockprocessors.register(_QuickTable(md.parser, config), "table", 75)
    for name, priority, quick in (("hashheader", 70, _QuickHashHeader),
                                  ("setextheader", 60, _QuickSetextHeader), ("hr", 50, _QuickRule),
                                  ("quote", 20, _QuickQuote), ("reference", 15, _QuickReference)):
        assert type(md.parser.blockprocessors[name]) is quick.__base__
        if quick is _QuickHashHeader and _stock_hash_header_changed():
            continue  # another Python-Markdown release: keep its own expression
        md.parser.blockprocessors.register(quick(md.parser), name, priority)


def _stock_hash_header_changed() -> bool:
    """Whether Python-Markdown's hash header expression is not the one known here."""
    return blockprocessors.HashHeaderProcessor.RE.pattern != STOCK_HASH_HEADER


class QuickInline(treeprocessors.InlineProcessor):
    """The inline step, skipping patterns that cannot match the text at hand.

    Before the stock step runs, each text that no pattern can match is wrapped in an
    `AtomicString`, Python-Markdown's own mark for "leave this text be", and afterwards
    it is put back as it was. A text with STX is never wrapped: it may hold a
    placeholder, which the stock step replaces by its stashed node.

    Backslash escapes (the stock processor, expression and flags) are all made in one
    pass instead of one search and one new copy of the text per escape.
    """

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self._apply: _Apply = getattr(self, _APPLY)
        self._plan: _Plan = []
        self._any_needle: tuple[str, ...] | None = None
        self._escape: tuple[int, inlinepatterns.EscapeInlineProcessor] | None = None
        # The emphasis shortcut and the index of the emphasis processor in the plan.
        self._emphasis: tuple[int, LoneEmphasis] | None = None
        # Whether the line break processor is the stock one (see `_lay_out`).
        self._breaks = False
        # The patterns with their expressions that the plan above was made for.
        self._planned: list[tuple[inlinepatterns.Pattern, re.Pattern[str]]] = []
        # The tree of the last run if no text in it may come out escaped (see `_mark_plain`).
        self.quiet_root: etree.Element | None = None
        # The elements within which the last run may have added elements and texts.
        self.worked_on: list[etree.Element] = []
        # The children with no work in them, set aside during the stock step (none: the
        # tree has no work at all).
        self._aside: SetAside | None = None

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        """Look up each registered pattern's needles, then run the stock inline step: on
        the whole tree when some pattern is unknown, else on the elements on the way to
        some work (see `inline_aside`), if there is any."""
        self._make_plan()
        plain = self._mark_plain(tree)
        result = tree
        if self._any_needle is None:
            result = super().run(tree, ancestors)
        elif self._aside is not None:
            try:
                super().run(tree, ancestors)
            finally:
                self._aside.put_back()
        for element, text in plain:
            element.text = text
        return result

    def _make_plan(self) -> None:
        """Look up the needles of the patterns, unless the same patterns with the same
        expressions were planned for before (the same parser parses every document)."""
        planned = [(pattern, pattern.getCompiledRegExp()) for pattern in self.md.inlinePatterns]
        if planned == self._planned:
            return
        self._plan = [(pattern, needles_of(pattern)) for pattern, _expression in planned]
        self._any_needle = _any_of(self._plan)
        self._escape = _plain_escape(self._plan)
        self._emphasis = LoneEmphasis.of(self._plan, self._any_needle)
        self._breaks = _plain_line_break(self._plan)
        self._planned = planned

    def _mark_plain(self, tree: etree.Element) -> list[tuple[etree.Element, str]]:
        """Wrap the texts that need no inline step; return them with their elements.

        First a lone emphasis in an element without children is made at once (see
        `_find_work`). Only texts the stock step will see are wrapped: those in the tree
        once the elements without work are set aside (see `inline_aside`); it never sees
        the rest. Note too where the inline step can add elements: within an element whose
        text it works on, and beside one whose tail it works on (the stock step passes
        over the root's text).
        """
        self.quiet_root = None
        self.worked_on = []
        self._aside = None
        if self._any_needle is None:
            return []
        needles = _present(self._any_needle, tree)
        texts, tailed, quiet = self._find_work(tree, needles) if needles else ([], [], True)
        self.worked_on = texts
        if quiet:
            self.quiet_root = tree
        if not texts and not tailed:
            return []
        parents = {child: parent for parent in tree.iter() for child in parent}
        self.worked_on += [parents[element] for element in tailed]
        # (an element whose text has work keeps its children: the stock step works on
        # the tails it makes there otherwise than in an element without children)
        self._aside = SetAside(texts + tailed, parents,
                               frozenset(element for element in texts if len(element)))
        return _wrap_plain(tree, needles)

    def _find_work(self, tree: etree.Element, needles: tuple[str, ...]
                   ) -> tuple[list[etree.Element], list[etree.Element], bool]:
        """The elements whose text, and those whose tail, the stock step must work on, and
        whether the tree is quiet: can come out of the inline step holding no escaped
        character (STX, its number, ETX), which only a backslash escape or a character
        reference (which may stand for STX) in a text or tail can make.

        The text of an element without children is no work when it holds no needle but
        line breaks, or is a lone emphasis whose rest holds no other: that is made here, as
        the stock step would make it (`_lay_out`).
        """
        quiet = True
        texts: list[etree.Element] = []
        tailed: list[etree.Element] = []  # (seldom any)
        at_once: list[tuple[etree.Element, str, tuple[str, str, str] | None]] = []
        emphasis = self._emphasis[1] if self._emphasis is not None else None
        breaks = _LINE_BREAK if self._breaks else ""
        others = tuple(needle for needle in needles if needle != breaks)
        for element in tree.iter():
            text = element.text
            if (text and _holds_any(text, needles) and element is not tree
                    and not isinstance(text, util.AtomicString)):
                parts = None
                if emphasis is not None and not len(element):
                    parts = emphasis.parts(text, breaks)
                if parts is not None or (breaks and not len(element)
                                         and not _holds_any(text, others)):
                    at_once.append((element, text, parts))
                else:
                    texts.append(element)
                    quiet = quiet and not _may_escape(text)
            tail = element.tail
            if tail and element is not tree and _holds_any(tail, needles):
                tailed.append(element)
                quiet = quiet and not _may_escape(tail)
        for element, text, parts in at_once:  # (not while the walk above is under way)
            if parts is None:
                _lay_out(element, None, text)
            else:
                _lay_out(element, LoneEmphasis.node(parts), parts[2])
        return texts, tailed, quiet

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        """Apply the patterns from `patternIndex` on in order, as the stock method does."""
        if isinstance(data, util.AtomicString):
            return data
        if self._any_needle is not None and not _holds_any(data, self._any_needle):
            return data
        emphasis = self._emphasis
        if emphasis is not None and patternIndex <= emphasis[0]:
            parts = emphasis[1].parts(data)
            if parts is not None:
                return self._stash(emphasis[1].node(parts)) + parts[2]
        plan = self._plan
        start = 0
        while patternIndex < len(plan):
            pattern, needles = plan[patternIndex]
            if needles is not None:
                for needle in needles:
                    if needle in data:
                        break
                else:  # the pattern cannot match: as if it had been tried in vain
                    patternIndex += 1
                    start = 0
                    continue
            if self._escape is not None and self._escape[0] == patternIndex:
                data = self._escape_all(self._escape[1], data, start)
                patternIndex += 1
                start = 0
                continue
            data, matched, start = self._apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data

    def _stash(self, node: etree.Element | str) -> str:
        """Stash a node as the stock step does (numbered in turn); return its placeholder."""
        key = f"{len(self.stashed_nodes):04d}"
        self.stashed_nodes[key] = node
        return util.INLINE_PLACEHOLDER % key

    def _escape_all(
        self, pattern: inlinepatterns.EscapeInlineProcessor, data: str, start: int
    ) -> str:
        """Every escape from `start` on, stashed and replaced by its placeholder in turn.

        The stock loop searches again just past each new placeholder; the expression looks
        neither back nor ahead, so that search finds what the search on from the escape's
        end finds here. A backslash before a character that needs no escape stays as it is.
        """
        pieces: list[str] = []
        done = 0
        for match in pattern.getCompiledRegExp().finditer(data, start):
            node, begin, end = pattern.handleMatch(match, data)
            if node is None:
                continue
            pieces += (data[done:begin], self._stash(node))
            done = end if end is not None else match.end()
        if not pieces:
            return data
        pieces.append(data[done:])
        return "".join(pieces)


def _lay_out(element: etree.Element, node: etree.Element | None, rest: str) -> None:
    """Make the text of `element` (which has no children) the lone emphasis `node` (if
    any) and `rest` after it, split at each line break into `br` elements, as the stock
    step does where nothing else in the text is a needle: the text before the first
    break is the node's tail (else the element's text), the text after each break its
    `br`'s tail; an empty text is None."""
    first, *others = rest.split(_LINE_BREAK)
    if node is None:
        element.text = first or None
    else:
        element.text = None
        node.tail = first or None
        element.append(node)
    for tail in others:
        etree.SubElement(element, "br").tail = tail or None


def _wrap_plain(tree: etree.Element, needles: tuple[str, ...]) -> list[tuple[etree.Element,
                                                                               str]]:
    """Wrap each text below the root that holds none of `needles` in an `AtomicString`;
    return the texts wrapped with their elements."""
    plain: list[tuple[etree.Element, str]] = []
    for element in tree.iter():
        text = element.text
        if (text and element is not tree and not isinstance(text, util.AtomicString)
                and not _holds_any(text, needles)):
            plain.append((element, text))
            element.text = util.AtomicString(text)
    return plain


def needles_of(pattern: inlinepatterns.Pattern) -> tuple[str, ...] | None:
    """The needles of `pattern`, one of which is in each text it matches; None: unknown.

    Only new-style processors (matched with `finditer` on the whole text) compiled with
    Python-Markdown's own flags count: under other flags, such as VERBOSE, the same
    source could mean something else.
    """
    if not isinstance(pattern, inlinepatterns.InlineProcessor):
        return None
    compiled = pattern.getCompiledRegExp()
    if compiled.flags != _FLAGS:
        return None
    return _NEEDLES.get(compiled.pattern)


def _plain_escape(plan: _Plan) -> tuple[int, inlinepatterns.EscapeInlineProcessor] | None:
    """The stock escape processor with its place among the patterns, if it is there."""
    for index, (pattern, _needles) in enumerate(plan):
        if (type(pattern) is inlinepatterns.EscapeInlineProcessor
                and not pattern.ANCESTOR_EXCLUDES
                and needles_of(pattern) == _NEEDLES[inlinepatterns.ESCAPE_RE]
                and pattern.getCompiledRegExp().pattern == inlinepatterns.ESCAPE_RE):
            return index, pattern
    return None


def _plain_line_break(plan: _Plan) -> bool:
    """Whether the line break processor among the patterns is the stock one: each
    two spaces before a line end become an empty `br`."""
    return any(type(pattern) is inlinepatterns.SubstituteTagInlineProcessor
               and not pattern.ANCESTOR_EXCLUDES
               and getattr(pattern, "tag", None) == "br"
               and needles == (_LINE_BREAK,)
               for pattern, needles in plan)


def _any_of(plan: _Plan) -> tuple[str, ...] | None:
    """STX and every needle of every pattern; None: some pattern unknown.

    A needle that holds another one is left out ("![" holds "["): a text that holds it
    holds the other as well.
    """
    needles = {util.STX}
    for _pattern, own in plan:
        if own is None:
            return None
        needles.update(own)
    return tuple(sorted(needle for needle in needles
                        if not any(other != needle and other in needle for other in needles)))


def _may_escape(text: str) -> bool:
    """Whether the inline step may turn part of `text` into an escaped character."""
    return "\\" in text or "&" in text or util.STX in text


def _present(needles: tuple[str, ...], tree: etree.Element) -> tuple[str, ...]:
    """The `needles` that some text or tail of `tree` may hold: those found in all of them
    joined (a needle across two of them is kept too; Python-Markdown's tree holds no
    comments, whose text `itertext` passes over). No text holds one of the others, so they
    need no search in each text: most documents hold few of the needles."""
    joined = "".join(tree.itertext())
    return tuple(needle for needle in needles if needle in joined)


def _holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether `text` holds any of `needles` (plain searches cost a fraction of what one
    regex search for them all does; `any` over a generator, twice what this loop does)."""
    for needle in needles:  # noqa: SIM110
        if needle in text:
            return True
    return False


class _QuickWhitespace(preprocessors.NormalizeWhitespace):
    r"""Whitespace normalized as the stock step does, blank lines found from their start.

    The stock expression `(?<=\n) +\n` is tried at every position of the text; this one
    starts with a line end, which the expression engine finds fast. Both empty every
    line of spaces that follows a line end and is ended by one. A replacement or tab
    expansion is made only if the text holds what it replaces: looking costs a fraction
    of what a replacement that finds nothing costs.
    """

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        for control in (util.STX, util.ETX):
            if control in source:
                source = source.replace(control, "")
        if "\r" in source:
            source = source.replace("\r\n", "\n").replace("\r", "\n")
        source += "\n\n"
        if "\t" in source:
            source = source.expandtabs(self.md.tab_length)
        return _SPACE_LINE.sub("\n", source).split("\n")


class _QuickUnescape(treeprocessors.UnescapeTreeprocessor):
    """The unescape step, passing over text that holds no STX.

    When the inline step just before found that the tree can hold no escaped character,
    all that is left of the stock step is what it does to every text it passes, and
    that matters for an `AtomicString` alone: it becomes a plain `str`. Outside `code`
    elements (whose text the stock step leaves be), only the inline step makes them,
    and only where it worked; elsewhere it left each text as it was (a plain `str`).
    """

    def run(self, root: etree.Element) -> None:
        inline = self.md.treeprocessors["inline"] if len(self.md.treeprocessors) == 2 else None
        if not isinstance(inline, QuickInline) or inline.quiet_root is not root:
            super().run(root)
            return
        for holder in inline.worked_on:
            for element in holder.iter():
                _make_plain(element)

    def unescape(self, text: str) -> str:
        if util.STX in text:
            return super().unescape(text)
        return str(text)  # the stock step returns a plain `str`, also for an AtomicString


def _make_plain(element: etree.Element) -> None:
    """Make the text (unless `code`), tail and attributes of `element` plain `str`s."""
    text = element.text
    if text and type(text) is not str and element.tag != "code":
        element.text = str(text)
    tail = element.tail
    if tail and type(tail) is not str:
        element.tail = str(tail)
    for key, value in element.items():
        if value is not None and type(value) is not str:
            element.set(key, str(value))


class _QuickTable(TableProcessor):
    """Tables, splitting rows without code spans (no backtick) by a plain scan."""

    def test(self, parent: etree.Element, block: str) -> bool:
        """The stock test, given only the first two lines of the block when that is enough.

        The stock test needs a pipe in the block's first line; it keeps no state that
        outlives a failed test (`run` follows a successful one at once). It splits and
        strips every line of the block, but reads only the header and separator lines
        unless the header has a single cell: then each line must have a pipe. So its
        answer on the first two lines is its answer on the block, except where a table
        of one column is found there: then the whole block is tested.
        """
        if "|" not in block:
            return False
        first, newline, rest = block.partition("\n")
        if not newline:
            return False  # one line: the stock test finds no table either
        head = first + "\n" + rest.partition("\n")[0]
        if head == block:
            return super().test(parent, block)
        if not super().test(parent, head):
            return False
        return len(self.separator) > 1 or super().test(parent, block)

    def _split_row(self, row: str) -> list[str]:
        if "\n" in row:  # where the stock end-border expression's `$` could also match
            cells: list[str] = super()._split_row(row)  # type: ignore[misc]  # not in the stubs
            return cells
        if self.border:
            row = _without_end_border(row.removeprefix("|"))
        return self._split(row)

    def _split(self, row: str) -> list[str]:
        if "`" in row:
            cells: list[str] = super()._split(row)  # type: ignore[misc]  # not in the stubs
            return cells
        if "\\" not in row:
            return row.split("|")
        # Left to right, as the stock scan: a backslash takes the backslash or pipe after
        # it along; any other pipe divides cells. (Its backtick cases need a backtick.)
        cells = []
        done = 0
        for match in _PIPE_OR_ESCAPE.finditer(row):
            if match.group() == "|":
                cells.append(row[done:match.start()])
                done = match.end()
        cells.append(row[done:])
        return cells


def _without_end_border(row: str) -> str:
    r"""`row` less what the stock `(?<!\\)(?:\\\\)*\|$` removes (`row` has no line end).

    That is a final pipe with the backslashes before it, if they are even in number (none
    counts): with an odd number, the last one escapes the pipe.
    """
    if not row.endswith("|"):
        return row
    body = row[:-1]
    kept = body.rstrip("\\")
    return kept if (len(body) - len(kept)) % 2 == 0 else row


# Block processors that look for a character first: without it the stock test (a search
# with no side effects) cannot succeed.


class _QuickHashHeader(blockprocessors.HashHeaderProcessor):
    """Hash headers found by an expression that takes the header text in runs.

    The stock expression takes the header one character at a time, lazily, trying the
    header's end after each one; this one takes a run of characters that are neither
    backslash, hash nor line end at once, and never gives part of it back (possessive).
    The end, hashes then a line end, cannot follow such a character, so the lazy search
    stops at the same place; a header never reaches past its first line end in either.
    """

    RE = re.compile(QUICK_HASH_HEADER)

    def test(self, parent: etree.Element, block: str) -> bool:
        return "#" in block and super().test(parent, block)


class _QuickSetextHeader(blockprocessors.SetextHeaderProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        # The stock expression, matched at the block's start, needs its first line end
        # followed by "=" or "-" (trying it costs a step for each character of that line).
        return ("\n=" in block or "\n-" in block) and super().test(parent, block)


class _QuickRule(blockprocessors.HRProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        # Three or more of "-", "_" or "*" make a rule; `self.match` is set only on success.
        return ("-" in block or "_" in block or "*" in block) and super().test(parent, block)


class _QuickQuote(blockprocessors.BlockQuoteProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        return ">" in block and super().test(parent, block)


class _QuickReference(blockprocessors.ReferenceProcessor):
    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        # A definition starts "[label]:"; the stock run puts a block without one back
        # where it was and declines it, as this does at once.
        if "[" not in blocks[0]:
            return False
        return super().run(parent, blocks)
