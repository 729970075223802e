"""The names of Sweden's regions and of the municipalities whose names have å, ä or ö
(public data), by which a profile id's name gets its letters back."""

from generator.letters import plain_letters

REGIONS = (
    "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
    "Jönköpings län", "Kalmar län", "Kronoberg", "Norrbotten", "Skåne", "Stockholm",
    "Sörmland", "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
    "Västra Götaland", "Örebro län", "Östergötland",
)

MUNICIPALITIES = (
    "Ale", "Alingsås", "Alvesta", "Arvidsjaur", "Askersund", "Avesta", "Boden", "Bollnäs",
    "Borås", "Botkyrka", "Båstad", "Dals-Ed", "Danderyd", "Degerfors", "Eda", "Eskilstuna",
    "Eslöv", "Falköping", "Falun", "Färgelanda", "Gällivare", "Gävle", "Göteborg", "Götene",
    "Hällefors", "Härjedalen", "Härnösand", "Härryda", "Hässleholm", "Håbo", "Höganäs",
    "Högsby", "Hörby", "Höör", "Hultsfred", "Järfälla", "Jönköping", "Kävlinge", "Köping",
    "Kungsör", "Laholm", "Landskrona", "Lekeberg", "Lidköping", "Linköping", "Ljusnarsberg",
    "Luleå", "Lysekil", "Malmö", "Malå", "Mjölby", "Mölndal", "Mönsterås", "Mörbylånga",
    "Nässjö", "Norrköping", "Norrtälje", "Nyköping", "Nynäshamn", "Ockelbo", "Öckerö",
    "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker",
    "Östhammar", "Östra Göinge", "Övertorneå", "Överkalix", "Pajala", "Robertsfors",
    "Skövde", "Sölvesborg", "Söderhamn", "Söderköping", "Södertälje", "Sjöbo", "Skellefteå",
    "Strängnäs", "Strömstad", "Strömsund", "Sundbyberg", "Säffle", "Säter", "Sävsjö",
    "Tingsryd", "Tranås", "Täby", "Tjörn", "Töreboda", "Trelleborg", "Upplands Väsby",
    "Vadstena", "Valdemarsvik", "Vänersborg", "Vännäs", "Värmdö", "Värnamo", "Västervik",
    "Västerås", "Växjö", "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg",
    "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm", "Umeå",
)


def ascii_key(name: str) -> str:
    """A name as a profile id can spell it: lower case, å and ä a, ö o, words by spaces."""
    return plain_letters(name.lower()).replace("-", " ").strip()


def _one(names: tuple[str, ...], key: str) -> str | None:
    found = {name for name in names if ascii_key(name) == key}
    return found.pop() if len(found) == 1 else None


def region(key: str) -> str | None:
    """The region whose name spells as `key`, or None."""
    return _one(REGIONS, key)


def municipality(key: str) -> str | None:
    """The municipality whose name, or its genitive in -s, spells as `key`, or None."""
    found = _one(MUNICIPALITIES, key)
    if found is None and key.endswith("s"):
        base = _one(MUNICIPALITIES, key[:-1])
        found = f"{base}s" if base else None
    return found
