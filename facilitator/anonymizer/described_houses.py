"""Houses told by how they look, as people in villages give the way to a home: "жасыл қақпалы үй"
(the house with the green gate), "екі қабатты сары үй", "ko'k darvozali uy", "дом с зелёным
забором", "хонаи зард бо дарвозаи кабуд", "the green two-storey house". One such house is one
family's: an address, though no street or number is in it.

A described house takes in what points at it from right before it: a landmark with its word of
place ("мешіттің қасындағы жасыл қақпалы үй", "за хлебозаводом, с зелёной крышей") and the village
or the street it stands in, written in the locative ("Қызылжардағы …", "Кок-Жаңгак жолундагы, …",
"Жем ауылында, …"); and after it, the segments that say more of the same house (", шатыры
жасыл", ", зелёный забор", ", паси масҷиди маҳалла", ", жанында тегирмен бар").

A home's word opening a sentence tells whose home it is by its possessive ending ("Үйі Үлбі
жағында, көпірден кейін сары үй", "Үйү: Самаркандек айылы, мектептин артындагы …", "Дом — за
школой №9, зелёный забор"): what follows is that home, as after a person's name
(address_chains.homes_told), when a colon or a dash sets it off or it names a landmark, a
described house or a village or a street.

The words come from the profiles (``addresses:`` ``looks``, ``homes``, ``houses``, ``near``,
``landmarks``); this module knows only how they are put together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from facilitator.anonymizer.address_chains import landmark_points, told_home
from facilitator.anonymizer.profiles import address_phrases

_APOSTROPHES = "'’ʻ‘`ʼ"
_LETTERS = rf"[^\W\d_][\w{_APOSTROPHES}]*(?:-[\w{_APOSTROPHES}]+)*"
_STOREYS = ("қабат", "qabat", "кабат", "qavat", "қават", "storey", "story", "этаж", "ошёна")
"""The stems of a storey: a number may stand before such a look ("екі қабатты", "ikki qavatli")."""


def _words(words: tuple[str, ...]) -> str:
    parts = sorted(
        {re.escape(w).replace("'", f"[{_APOSTROPHES}]") for w in words}, key=lambda p: (-len(p), p)
    )
    return rf"(?<![\w{_APOSTROPHES}-])(?:{'|'.join(parts)})(?![\w{_APOSTROPHES}-])"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    looks = address_phrases("looks")
    storeys = tuple(w for w in looks if any(s in w for s in _STOREYS))
    look = rf"(?:(?:\d+|{_LETTERS})[ \t-]+(?={_words(storeys)}))?{_words(looks)}"
    houses = tuple(w for w in address_phrases("houses") if "." not in w and " " not in w)
    gates = tuple(w for w in address_phrases("homes") if w not in houses)
    house = _words(houses)
    gate = _words(gates)
    thing = rf"(?:{house}|{gate})"
    stems = "|".join(re.escape(g) for g in sorted(gates, key=len, reverse=True))
    gate_stem = rf"(?<![\w{_APOSTROPHES}-])(?:{stems})\w*"  # "darvozasi sariq", "шатыры жасыл"
    return {
        "looks": re.compile(_words(looks), re.IGNORECASE),
        "gates": re.compile(gate, re.IGNORECASE),
        "storeys": re.compile(_words(storeys), re.IGNORECASE),
        "living": re.compile(_words(address_phrases("living")), re.IGNORECASE),
        "yard": re.compile(_words(address_phrases("yards")), re.IGNORECASE),
        # "көк дарбазалуу үй", "екі қабатты сары үйді", "ko'k darvozali uy", "the green gate house"
        "before": re.compile(
            rf"(?:(?:the|a)\s+)?{look}(?:\s+(?:{look}|{gate}))*\s+{house}\w*", re.IGNORECASE
        ),
        # "дом с зелёным забором", "доме за хлебозаводом, с зелёной крышей", "the house with the green gate"
        "with": re.compile(
            rf"(?:(?:the|a)\s+)?{house}(?:\s+[^\s,.;:!?]+){{0,3}}?,?\s+(?:с|со|with)\s+(?:the\s+|a\s+)?"
            rf"(?:{_LETTERS}\s+)?{look}(?:\s+{look})?\s+{gate}",
            re.IGNORECASE,
        ),
        # "хонаи зард бо дарвозаи кабуд", "хонаи дуошёнаи сабз", "хонаи якошёна бо боми кабуд"
        "izafet": re.compile(rf"{thing}\s+{look}(?:\s+{look})?(?:\s+бо\s+{thing}\s+{look})?", re.IGNORECASE),
        # a gate or a roof with its look, said of the house before it: ", зелёный забор", ", шатыры жасыл",
        # ", дарвозааш сурх", ", darvozasi sariq"
        "gate": re.compile(
            rf"(?:{look}\s+{thing}|{gate_stem}\s+{look}|{_LETTERS}\s+{look}\s+{gate}|{look})", re.IGNORECASE
        ),
        # the place it stands in, in the locative, right before: "Қызылжардағы ", "Кок-Жаңгак жолундагы, ",
        # "Жем ауылында, ", "Ipakchi mahallasidagi "
        "place": re.compile(
            rf"(?:(?P<first>{_LETTERS})\s+)?(?P<last>{_LETTERS})[ \t]*,?[ \t]*\Z", re.IGNORECASE
        ),
    }


_SEGMENT = re.compile(r"[ \t]*,[ \t]*([^,;.!?\n()«»\"]{2,50}?)[ \t]*(?=[,;.!?\n()]|\Z)")
_GAP_BEFORE = re.compile(r"[ \t]*,?[ \t]*\Z")


def _cores(text: str) -> Iterator[tuple[int, int, bool]]:
    """Each described house, and whether it says enough alone: a gate, storeys, two looks or a
    house "with" a gate ("көк дарбазалуу үй", "екі қабатты сары үй", "дом с зелёным забором"); one
    colour and a house ("сары үйде", "Белый дом") needs what points at it or someone living there."""
    for begin, end in _around_looks(text):
        yield from _cores_between(text, begin, end)


_AROUND = 90
"""Every described house holds a look: the three patterns are tried only this far around one (tried
at every character of a long note, they cost as much as all the address chains)."""


def _around_looks(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` within ``_AROUND`` characters of a look, overlapping ones joined."""
    stretches: list[tuple[int, int]] = []
    for look in _patterns()["looks"].finditer(text):
        begin, end = max(0, look.start() - _AROUND), min(len(text), look.end() + _AROUND)
        if stretches and begin <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((begin, end))
    return stretches


def _cores_between(text: str, begin: int, end: int) -> Iterator[tuple[int, int, bool]]:
    patterns = _patterns()
    for name in ("before", "with", "izafet"):
        for match in patterns[name].finditer(text, begin, end):
            core = match.group()
            strong = (
                name == "with"
                or bool(patterns["gates"].search(core) or patterns["storeys"].search(core))
                or len(patterns["looks"].findall(core)) >= 2
            )
            yield match.start(), match.end(), strong


_LOCATIVE = (
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "дагы",
    "деги",
    "тагы",
    "теги",
    "даги",
    "dagi",
    "dağı",
    "dağy",
    "daǵy",
    "ında",
    "ynda",
    "inde",
    "нда",
    "нде",
    "ндө",
    "nda",
    "nde",
)
"""The endings of a place a house stands in ("Қызылжардағы", "жолундагы", "ауылында", "mahallasidagi")."""


def _with_the_place(text: str, start: int) -> int:
    """``start``, moved back over the place written in the locative right before it: a capitalised
    word ("Қызылжардағы"), or a word after a capitalised one ("Кок-Жаңгак жолундагы", "Ipakchi
    mahallasidagi"), or a word of a village ("ауылында")."""
    place = _patterns()["place"].search(text, max(0, start - 60), start)
    if place is None or not place.group("last").casefold().endswith(_LOCATIVE):
        return start
    first, last = place.group("first"), place.group("last")
    if first and first[:1].isupper() and not last[:1].isupper():
        return place.start("first")
    if last[:1].isupper() or last.casefold().startswith(_villages()):
        return place.start("last")
    return start


_FIRST_WORD = re.compile(rf"({_LETTERS})\s+")


def _without_a_town_word(text: str, start: int) -> int:
    """``start`` past a town's word the landmark was read with ("нарын шаары автовокзалдын
    жанындагы …": the town is said before the house, and stays)."""
    first = _FIRST_WORD.match(text, start)
    if first is not None and first.group(1).casefold() in address_phrases("towns_after"):
        return first.end()
    return start


_SENTENCE_BEFORE = re.compile(r"[^.!?\n]{0,60}\Z")
_RIGHT_AFTER = re.compile(r"[ \t]*[^\W\d_]+")


def _someone_lives(text: str, start: int, end: int) -> bool:
    """Whether a verb of living stands in the sentence before the house or right after it ("живёт
    в синем доме", "сары үйде тұрады")."""
    living = _patterns()["living"]
    before = _SENTENCE_BEFORE.search(text, max(0, start - 60), start)
    after = _RIGHT_AFTER.match(text, end)
    return bool(
        (before and living.search(before.group())) or (after and living.fullmatch(after.group().strip()))
    )


@cache
def _villages() -> tuple[str, ...]:
    return tuple(w for w in address_phrases("villages") if len(w) > 3 and "." not in w)


_REACH = 160
"""How far before and after a described house its landmarks are looked for (three chained at most,
a segment or two after it): the words of place are read only there, not over a long note."""


def _points_near(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The landmarks with their words of place between ``begin`` and ``end``, as places in ``text``."""
    begin, end = max(0, begin), min(len(text), end)
    return sorted((begin + s, begin + e) for s, e in landmark_points(text[begin:end]))


def described_houses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each house told by how it looks, with the landmark and the place before it
    and the segments after it that say more of it."""
    patterns = _patterns()
    for start, end, strong in _cores(text):
        core = start
        points = _points_near(text, start - _REACH, end + _REACH)
        for _ in range(3):  # "базардын артындагы эски мечиттин жанындагы сары дарбазалуу короо"
            before = [
                p for p in points if p[1] <= start and _GAP_BEFORE.match(text[p[1] : start]) is not None
            ]
            if not before:
                break
            start = _without_a_town_word(text, before[-1][0])
        start = _with_the_place(text, start)
        pointed = start < core
        for _ in range(2):
            segment = _SEGMENT.match(text, end)
            if segment is None:
                break
            part = segment.group(1)
            said = (
                patterns["gate"].fullmatch(part)
                or patterns["yard"].match(part)  # ", короодо жаңгак дарагы бар", ", во дворе большой тут"
                or any(s == segment.start(1) and e == segment.end(1) for s, e in points)
            )
            if not said:
                break
            end = segment.end(1)
            pointed = True
        if strong or pointed or _someone_lives(text, start, end):
            yield start, end


_HOME_OPENING = re.compile(
    r"(?:үйі|үйү|үйи|уйи|uyi|úıi|úyi|üii|үйлері|үйлөрү|үйлери|uylari|уйлари|úıleri|úyleri|хонааш|хонаашон"
    r"|дом|house|home)(?![\w'’-])[ \t]*(?P<mark>—|–|-|:)?[ \t]*",
    re.IGNORECASE,
)
_GENERIC_HOMES = frozenset({"дом", "house", "home"})
"""Words of home with no owner in them: only what follows can make them someone's ("Дом — за школой")."""
_DEFINITION = re.compile(r"(?:это|бұл|бу|bu|is|is a|—)(?![\w'’-])", re.IGNORECASE)
""""Дом — это место, где тебя ждут": a home defined, not told."""
_OPENS_A_SENTENCE = re.compile(r"(?:\A|[.!?\n:][ \t\n»\"”)]*)\Z")


@cache
def _address_words() -> re.Pattern[str]:
    words = address_phrases("villages") + address_phrases("streets") + address_phrases("districts")
    return re.compile(_words(tuple(w for w in words if "." not in w and len(w) > 2)), re.IGNORECASE)


def homes_opening_a_sentence(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each home told after its word opening a sentence ("Үйі: …", "Дом — за …")."""
    for opening in _HOME_OPENING.finditer(text):
        if not _OPENS_A_SENTENCE.search(text, max(0, opening.start() - 4), opening.start()):
            continue
        if not opening.group()[:1].isupper():
            continue
        if _DEFINITION.match(text, opening.end()):
            continue
        home = told_home(text, opening.end())
        if home is None:
            continue
        begin, stop = home
        marked = opening.group("mark") is not None
        generic = opening.group().split()[0].rstrip(":—–-").casefold() in _GENERIC_HOMES
        if generic and not marked:
            continue  # "Home visit: …", "Дом Калыбека в Ак-Талаа: …" (whose, the person rule's)
        told = text[begin:stop]
        said = (
            next(landmark_points(told), None) is not None
            or next(_cores(told), None) is not None
            or _address_words().search(text, begin, stop) is not None
        )
        if said or (marked and not generic):
            yield begin, stop
