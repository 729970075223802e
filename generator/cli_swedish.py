"""Swedish for click: its own words translated, Swedish metavars, examples and suggestions.

Click looks up every text it prints through `gettext` (bound as `_` and `ngettext` in each of
its modules). `install()` replaces those two names with look-ups in the catalogue below, so
"Usage:" becomes "Användning:" and "No such option" becomes "Okänd flagga" without copying any
of click's formatting code. `SwedishGroup` adds hidden aliases, suggests the nearest command
for a misspelt one and ends every help text with an example; it and its commands report an
unknown option in our own words, suggesting only a close one (`unknown_option`).
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import click

from generator.case.suggest import did_you_mean

# English msgid → Swedish; plural msgids are keyed by (singular, plural).
CATALOGUE: dict[str, str] = {
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Positional arguments": "Argument",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Värde saknas",
    "Missing {param_type}": "{param_type} saknas",
    "Missing parameter: {param_name}": "Värde saknas: {param_name}",
    "Missing command.": "Ange ett kommando.",
    "No such option {name!r}.": "Okänd flagga {name!r}.",
    "No such command {name!r}.": "Okänt kommando {name!r}.",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tar {nargs} värden.",
    "Aborted!": "Avbrutet.",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljövariabel: {var}",
    "required": "krävs",
    "(dynamic)": "(beräknas)",
    "deprecated": "föråldrad",
    "file": "fil",
    "directory": "mapp",
    "path": "sökväg",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil, ange en mapp.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp, ange en fil.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva till.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} går inte att köra.",
    "Could not open file {filename!r}: {message}": "Kunde inte öppna filen {filename!r}: {message}",
    "unknown error": "okänt fel",
    "Choose from:\n\t{choices}": "Välj bland:\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} är inget giltigt tal.",
    "{value} is not in the range {range}.": "{value} går inte, värdet ska vara {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} är inget giltigt ja/nej-värde. Giltiga värden: {states}",
    "{value!r} is not a valid UUID.": "{value!r} är inget giltigt UUID.",
    "Choice({choices})": "Val({choices})",
    "Value must be an iterable.": "Värdet ska vara en lista.",
    "Do you want to continue?": "Vill du fortsätta?",
    "Confirm the action without prompting.": "Bekräfta utan att fråga.",
    "Repeat for confirmation": "Upprepa för att bekräfta",
    "Error: The two entered values do not match.": "Fel: De två värdena är inte lika.",
    "Error: invalid input": "Fel: ogiltig inmatning",
    "Press any key to continue...": "Tryck på valfri tangent för att fortsätta …",
}
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Menade du {possibility}?", "(Menade du någon av: {possibilities}?)"),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Oväntat extra argument ({args})", "Oväntade extra argument ({args})"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Flaggan {name!r} behöver ett värde.", "Flaggan {name!r} behöver {nargs} värden."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} är inte {choice}.", "{value!r} är inte något av {choices}."),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        ("Tar {nargs} värden men 1 angavs.", "Tar {nargs} värden men {len} angavs."),
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        ("{len_type} värden krävs, men {len_value} angavs.",
         "{len_type} värden krävs, men {len_value} angavs."),
    ("{value!r} does not match the format {format}.",
     "{value!r} does not match the formats {formats}."):
        ("{value!r} följer inte formatet {format}.", "{value!r} följer inte formaten {formats}."),
}

class WholeNumber(click.IntRange):
    """A whole number within closed bounds, its range said in Swedish ("minst 1", "från 0
    till 65535") in messages and help, instead of click's "x>=1"."""

    def _describe_range(self) -> str:
        if self.max is None:
            return f"minst {self.min}"
        if self.min is None:
            return f"högst {self.max}"
        return f"från {self.min} till {self.max}"


OPTIONS_METAVAR = "[FLAGGOR]"
COMMAND_METAVAR = "KOMMANDO [ARGUMENT]..."
HELP_NAMES = ["-h", "--help"]
CLICK_MODULES = (
    "core", "decorators", "exceptions", "formatting", "parser", "types", "termui", "utils",
)


class SwedishTranslations(gettext.NullTranslations):
    """Translations read from the in-code catalogue; unknown texts stay as they are."""

    def __init__(self, singular: Mapping[str, str],
                 plural: Mapping[tuple[str, str], tuple[str, str]]) -> None:
        super().__init__()
        self._singular = dict(singular)
        self._plural = dict(plural)

    def gettext(self, message: str) -> str:
        """Translate one text."""
        return self._singular.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        """Translate a text with a singular and a plural form."""
        one, many = self._plural.get((msgid1, msgid2), (msgid1, msgid2))
        return one if n == 1 else many


TRANSLATIONS = SwedishTranslations(CATALOGUE, PLURALS)


def install() -> None:
    """Make click print its own words in Swedish (call before building any command)."""
    import importlib

    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = TRANSLATIONS.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = TRANSLATIONS.ngettext  # type: ignore[attr-defined]


def with_example(help_text: str, *examples: str) -> dict[str, Any]:
    """Keyword arguments for a command: its help and the examples that end it."""
    lines = "\n".join(f"  {example}" for example in examples)
    return {"help": help_text, "short_help": help_text.split(". ")[0].rstrip("."),
            "epilog": f"\b\nExempel:\n{lines}",
            "options_metavar": OPTIONS_METAVAR,
            "context_settings": {"help_option_names": HELP_NAMES}}


@contextmanager
def unknown_options_in_swedish(ctx: click.Context) -> Iterator[None]:
    """Turn click's "No such option" inside the block into our message (`unknown_option`)."""
    try:
        yield
    except click.NoSuchOption as exc:
        known = [name for param in ctx.command.get_params(ctx)
                 for name in (*param.opts, *param.secondary_opts)]
        message = unknown_option(exc.option_name, known)
        raise click.NoSuchOption(exc.option_name, message, ctx=ctx) from None


def unknown_option(name: str, known: list[str]) -> str:
    """Swedish message for an unknown option, with the nearest long option if one is close:
    the one it begins (`--ch`), or one spelt alike, the dashes aside (`--chek`)."""
    suggestion = _nearest_option(name, [option for option in known if option.startswith("--")])
    hint = f", menade du '{suggestion}'?" if suggestion else ""
    return f"okänd flagga '{name}'{hint}"


def _nearest_option(name: str, options: list[str]) -> str | None:
    """The long option a misspelt long option most likely meant, if any."""
    if not name.startswith("--") or len(name) < 3:
        return None
    begun = [option for option in options if option.startswith(name)]
    if len(begun) == 1:
        return begun[0]
    word = did_you_mean(name.removeprefix("--"), [o.removeprefix("--") for o in options])
    return None if word is None else f"--{word}"


class SwedishCommand(click.Command):
    """A command whose unknown options are reported in our words."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with unknown_options_in_swedish(ctx):
            return super().parse_args(ctx, args)


class SwedishGroup(click.Group):
    """A group with Swedish metavars, hidden English aliases and a nearest-command hint;
    its commands and its own options report an unknown option in our words."""

    command_class = SwedishCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", COMMAND_METAVAR)
        super().__init__(*args, **kwargs)
        self.aliases: dict[str, str] = {}

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with unknown_options_in_swedish(ctx):
            return super().parse_args(ctx, args)

    def alias(self, english: str, swedish: str) -> None:
        """Accept `english` as a hidden second name of the command `swedish`."""
        self.aliases[english] = swedish

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """After the commands, their English names, which work as well (trial 75, F6: a user
        who read `beslut render` somewhere found it nowhere in the help)."""
        if self.aliases:  # (before the examples, which end every help text)
            names = ", ".join(f"{english} ({swedish})"
                              for english, swedish in sorted(self.aliases.items()))
            formatter.write_paragraph()
            formatter.write_text(f"Kommandona har också engelska namn: {names}.")
        super().format_epilog(ctx, formatter)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Find a command by its name or by a hidden alias."""
        return super().get_command(ctx, self.aliases.get(cmd_name, cmd_name))

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Resolve the command; a misspelt one is a usage error naming the nearest."""
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            raise click.UsageError(
                unknown_command(name, self.list_commands(ctx), self.aliases), ctx)
        return super().resolve_command(ctx, args)


def unknown_command(name: str, known: list[str], aliases: Mapping[str, str] | None = None) -> str:
    """Swedish message for an unknown command, with the nearest known one (or alias, which
    is not in the list of commands, so the command it stands for is named too)."""
    aliases = aliases or {}
    suggestion = did_you_mean(name, [*known, *aliases])
    if suggestion is None:
        hint = "se 'beslut --help'"
    elif suggestion in aliases:
        hint = f"menade du '{suggestion}' (samma som '{aliases[suggestion]}')?"
    else:
        hint = f"menade du '{suggestion}'?"
    return f"okänt kommando '{name}', {hint} Kommandon: {', '.join(known)}"


def command(group: SwedishGroup, name: str, help_text: str, *examples: str,
            alias: str | None = None) -> Callable[[Callable[..., Any]], click.Command]:
    """Register a command on the group with its Swedish help and examples."""
    if alias is not None:
        group.alias(alias, name)
    return group.command(name, **with_example(help_text, *examples))
