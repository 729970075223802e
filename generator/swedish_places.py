"""The names of Sweden's 21 regions and 290 municipalities (public data), by which a profile
id's name gets its letters, capitals and hyphens back ('upplands-bro-kommun' is
"Upplands-Bro kommun"). Two that spell alike without their letters, Habo and Håbo, get
neither back: the id's own spelling stands."""

from generator.letters import plain_letters

REGIONS = (
    "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
    "Jönköpings län", "Kalmar län", "Kronoberg", "Norrbotten", "Skåne", "Stockholm",
    "Sörmland", "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland",
    "Västra Götaland", "Örebro län", "Östergötland",
)

MUNICIPALITIES = (
    "Ale", "Alingsås", "Älmhult", "Älvdalen", "Alvesta", "Älvkarleby", "Älvsbyn", "Åmål",
    "Aneby", "Ånge", "Ängelholm", "Arboga", "Åre", "Årjäng", "Arjeplog", "Arvidsjaur",
    "Arvika", "Åsele", "Askersund", "Åstorp", "Åtvidaberg", "Avesta", "Båstad", "Bengtsfors",
    "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borås", "Borgholm",
    "Borlänge", "Botkyrka", "Boxholm", "Bräcke", "Bromölla", "Burlöv", "Dals-Ed", "Danderyd",
    "Degerfors", "Dorotea", "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna",
    "Eslöv", "Essunga", "Fagersta", "Falkenberg", "Falköping", "Falun", "Färgelanda",
    "Filipstad", "Finspång", "Flen", "Forshaga", "Gagnef", "Gällivare", "Gävle", "Gislaved",
    "Gnesta", "Gnosjö", "Göteborg", "Götene", "Gotland", "Grästorp", "Grums", "Gullspång",
    "Habo", "Håbo", "Hagfors", "Hällefors", "Hallsberg", "Hallstahammar", "Halmstad",
    "Hammarö", "Haninge", "Haparanda", "Härjedalen", "Härnösand", "Härryda", "Hässleholm",
    "Heby", "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors", "Höganäs", "Högsby",
    "Höör", "Hörby", "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Järfälla", "Jokkmokk",
    "Jönköping", "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona",
    "Karlstad", "Katrineholm", "Kävlinge", "Kil", "Kinda", "Kiruna", "Klippan", "Knivsta",
    "Köping", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla", "Kungälv",
    "Kungsbacka", "Kungsör", "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum",
    "Lessebo", "Lidingö", "Lidköping", "Lilla Edet", "Lindesberg", "Linköping", "Ljungby",
    "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå", "Lund", "Lycksele", "Lysekil",
    "Malå", "Malmö", "Malung-Sälen", "Mariestad", "Mark", "Markaryd", "Mellerud", "Mjölby",
    "Mölndal", "Mönsterås", "Mora", "Mörbylånga", "Motala", "Mullsjö", "Munkedal", "Munkfors",
    "Nacka", "Nässjö", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping",
    "Norrtälje", "Norsjö", "Nybro", "Nyköping", "Nykvarn", "Nynäshamn", "Ockelbo", "Öckerö",
    "Ödeshög", "Olofström", "Örebro", "Örkelljunga", "Örnsköldsvik", "Orsa", "Orust", "Osby",
    "Oskarshamn", "Österåker", "Östersund", "Östhammar", "Östra Göinge", "Ovanåker",
    "Överkalix", "Övertorneå", "Oxelösund", "Pajala", "Partille", "Perstorp", "Piteå",
    "Ragunda", "Rättvik", "Robertsfors", "Ronneby", "Säffle", "Sala", "Salem", "Sandviken",
    "Säter", "Sävsjö", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå",
    "Skinnskatteberg", "Skövde", "Skurup", "Smedjebacken", "Söderhamn", "Söderköping",
    "Södertälje", "Sollefteå", "Sollentuna", "Solna", "Sölvesborg", "Sorsele", "Sotenäs",
    "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs",
    "Strömstad", "Strömsund", "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv",
    "Svedala", "Svenljunga", "Täby", "Tanum", "Tibro", "Tidaholm", "Tierp", "Timrå",
    "Tingsryd", "Tjörn", "Tomelilla", "Töreboda", "Torsås", "Torsby", "Tranås", "Tranemo",
    "Trelleborg", "Trollhättan", "Trosa", "Tyresö", "Uddevalla", "Ulricehamn", "Umeå",
    "Upplands-Bro", "Upplands Väsby", "Uppsala", "Uppvidinge", "Vadstena", "Vaggeryd",
    "Valdemarsvik", "Vallentuna", "Vänersborg", "Vännäs", "Vansbro", "Vara", "Varberg",
    "Vårgårda", "Värmdö", "Värnamo", "Västerås", "Västervik", "Vaxholm", "Växjö", "Vellinge",
    "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Ydre", "Ystad",
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
