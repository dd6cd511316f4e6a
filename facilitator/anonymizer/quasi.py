"""Descriptions that single out one person in a small place: "the only midwife in Kyzylzhar village",
"директор школы №3 в посёлке Шубар", "ауылдағы жалғыз ветеринар", "17 лет, из села X, работает на заправке".

A sentence holding a small place (a village named, or "ауылдағы") and something that narrows it to
one person ("the only", "единственный", "жалғыз"; a job; an age) gives one span, from the first of
these to the noun the last one describes, which the export removes (the review shows it first, to
keep if it is harmless). What follows the noun is what is said of the person and stays: in Kazakh,
Kyrgyz and Uzbek the noun ends the description ("жалғыз мешіттің имамы | сабаққа қарсы"); in
Russian and English a name and prepositions with their nouns follow it ("в посёлке Шубар |
запретил").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from facilitator.anonymizer import kazakh_spellings, lexicon, relatives
from facilitator.anonymizer.address_chains import ONE_APOSTROPHE
from facilitator.anonymizer.guards import guarded
from facilitator.anonymizer.name_rules.latin_russian import cyrillic_variants
from facilitator.anonymizer.name_rules.name_lists import places
from facilitator.anonymizer.name_rules.name_spans import _honorific_form
from facilitator.anonymizer.name_rules.streets_on import street_on
from facilitator.anonymizer.normalize import fold
from facilitator.anonymizer.plant_roles import plant_roles
from facilitator.anonymizer.profiles import address_phrases, cue_phrases, endings_for, profile, union
from facilitator.anonymizer.quasi_tails import (
    GENITIVE,
    OWNER,
    at_home,
    with_kin_before,
    with_tail,
)
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span
from facilitator.anonymizer.visible_marks import marked_people


def _stems(field: str) -> str:
    """The profiles' stems of one field as an alternation, each with any ending (a space: any spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") + r"\w*" for w in cue_phrases(field)) or "(?!)"


AGE = re.compile(
    r"\b\d{1,2}\s*(?:лет|л\.|год[а]?|-?летн\w*|жаста\w*|жастағы|жасар|жашта\w*|yosh\w*|сола\w*|years?\s+old"
    r"|-?year-old|y\.?o\.?)|\b(?:aged|age)\s+\d{1,2}\b|\b\d{1,2}\s*(?:жас)\b"
    # the profiles' words, in every spelling of Kazakh Latin: "17 jastaǵy", "17 jastağy", "16 yoshli"
    r"|\b\d{1,2}\s*-?\s*(?:" + "|".join(re.escape(w) for w in cue_phrases("ages")) + r")\b",
    re.IGNORECASE,
)
JOB = re.compile(
    r"\b(?:работа\w+|работник\w*|продав\w+|водител\w+|учител\w+|врач\w*|повар\w*|охранник\w*|механик\w*|"
    r"слесар\w+|грузчик\w*|таксист\w*|жұмыс\s+істе\w+|істейді|жұмыскер\w*|мұғалім\w*|жүргізуші\w*|сатушы\w*|"
    r"дәрігер\w*|мал\s?дәрігер\w*|ветеринар\w*|акушер\w*|фельдшер\w*|медсестр\w*|бухгалтер\w*|почтальон\w*|"
    r"полицей\w*|участков\w*|police\s+officer|policeman|imam|имам\w*|молда\w*|director|директор\w*|завуч\w*|"
    r"аким\w*|әкім\w*|староста|бригадир\w*|тренер\w*|coach|nurse|midwife|doctor|vet|veterinarian|postman|"
    r"head\s?teacher|principal|shopkeeper|pharmacist|аптекар\w*|фармацевт\w*|"
    r"works?\s+(?:at|as|in)|job\s+at|driver|teacher|cashier|mechanic|shop\s+assistant|"
    r"на\s+заправке|в\s+магазине|на\s+рынке|в\s+шиномонтаж\w*|в\s+кафе|в\s+акимате|"
    + _stems("jobs")
    + r")\b",
    re.IGNORECASE,
)
ROLE = re.compile(
    r"(?<!\w)(?:imam\w*|имам\w*|ımam\w*|akim\w*|аким\w*|әкім\w*|ákim\w*|director\w*|директор\w*|dırektor\w*"
    r"|principal|headteacher|head\s+of|heads|mullah|мулл\w*|молда\w*|участков\w*|председател\w*|төраға\w*|"
    r"төрайым\w*|chairman|chairwoman|council|староста|фельдшер\w*|feldsher|midwife|акушер\w*|qaraýyl\w*"
    r"|күзетші\w*|qarovul|rais\w*|раис\w*|бастығ\w*|бастық|bastyǵ\w*|bastyq|начальник\w*|башчы\w*|"
    + _stems("roles")
    + ")",
    re.IGNORECASE,
)
_SENTENCE_END = guarded(
    re.compile(
        r"(?<!\b[сСпП])(?<!\bпос)(?<!\bул)(?<!\bд)(?<!\b[Nn]o)[.!?]+(?=\s|$)"
        r"|(?<=\b[Nn]o)[.!?]+(?=\s|$)(?![ \t]+\d)|\n"
    )
)
"""A sentence's end; "с.", "пос.", "ул." before a place and "No." before a number ("school No. 12") end
none."""
_CAPITALISED = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘-]+")
_WORDS_AFTER = re.compile(r"(?:\s+[\w№'’‘ʻ-]+){1,3}")
_AT_PLACE = re.compile(
    r"(?<!\w)((?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ])[\w'’‘-]+?)(?:"
    + "|".join(re.escape(e) for e in cue_phrases("place_endings"))
    + r")(?!\w)",
    re.IGNORECASE,
)
"""A capitalised word with an ending that makes it a place: "Ақкөлдегі" ("the ... in Ақкөл")."""
_PLACE_ENDING = re.compile(
    "(?:" + "|".join(re.escape(e) for e in cue_phrases("place_endings")) + r")(?!\w)", re.IGNORECASE
)
"""What every match of _AT_PLACE holds: a sentence without one is not searched with it (it tries
every capitalised word's every length)."""
JOB, ROLE, _PLACE_ENDING = guarded(JOB), guarded(ROLE), guarded(_PLACE_ENDING)
_IN_PLACE = re.compile(r"\b(?:in|at|from|в|во|из|на)\s+([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘-]+)")


_SCHOOL = (
    r"(?:мектеп|мектеб|mektep|mekteb|maktab|мактаб|школ|school|лице|гимнази|колледж|college|kolledj)[\w'’]*"
)
_NUMBERED = re.compile(
    r"(?:(?<!\w)(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’-]*(?:дағы|дегі|тағы|тегі|daǵy|degi|taǵy|tegi|даги|деги|таги)\s+)?"
    r"(?:[№#]\s?\d{1,3}\s*-?\s*"
    + _SCHOOL
    + r"|(?<![\d.,])\d{1,3}\s*-\s*"
    + _SCHOOL
    + r"|"
    + _SCHOOL
    + r"\s+(?:[№#]|no\.?)\s?\d{1,3})",
    re.IGNORECASE,
)

_SCHOOL_WORD = guarded(re.compile(_SCHOOL, re.IGNORECASE))
_APPOSED = re.compile(
    rf"[ \t]*,[ \t]*(?:{_SCHOOL}\s*(?:[№#]|no\.?)\s?\d{{1,3}}|[№#]\s?\d{{1,3}}\s*-?\s*{_SCHOOL}"
    rf"|\d{{1,3}}\s*-\s*{_SCHOOL})(?!\w)",
    re.IGNORECASE,
)
"""A numbered school after a comma, right after a description ("…, school #2", "…, школа №3")."""
"""What every match of _NUMBERED holds: a sentence without a school is not searched with it (it
tries every capitalised word as a place before a school)."""


_TOKEN = re.compile(r"(?<![\w'’‘ʻ-])[^\W\d_][\w'’‘ʻ]*(?![\w'’‘ʻ-])")
"""A word, apostrophes in it ("o'g'li"), not part of a hyphened one."""


@cache
def _kin_set() -> frozenset[str]:
    return frozenset(cue_phrases("kin"))


_WORD_BEFORE = re.compile(r"([\w'’‘ʻ-]+)[ \t]+\Z")
_WORDS_ON = re.compile(r"[ \t]+([\w'’‘ʻ№-]+)")
_LINKS = frozenset(
    {"of", "the", "a", "our", "their", "local", "school", "village", "mosque", "district"}
    | {"местного", "нашего", "сельского", "районного", "здешнего", "школы", "мактаб", "мактаби"}
)
"""Words between a kin word and the role after it ("son of the local imam", "сын местного имама")."""


def _village_job(text: str, place: tuple[int, int], jobs: list[tuple[int, int]]) -> bool:
    """A job right after a place word that makes it "the ... of the village" ("ауылдағы шаштараз",
    "айылдагы сатуучу", "qishloqdagi sotuvchi"): there is one such in a village."""
    if not _PLACE_ENDING.search(text, place[0], place[1]):
        return False
    return any(0 <= job[0] - place[1] <= 2 and not text[place[1] : job[0]].strip(" \t") for job in jobs)


def _kin_of_role(text: str, start: int, end: int, kin_words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Kin of a role-holder: one person in a school or a village ("сын директора школы",
    "son of the imam", "мектеп директорының ұлы", "maktab direktorining o'g'li", "писари раиси
    ҷамоат"): the role in the genitive before the kin word in the Turkic languages, after it in
    Russian, English and Tajik."""
    found = []
    for kin in kin_words:
        before = _WORD_BEFORE.search(text, max(start, kin.start() - 40), kin.start())
        if before and OWNER.search(before.group(1)) and ROLE.match(before.group(1)):
            found.append((before.start(1), kin.end()))
            continue
        role_before = _role_in_genitives_before(text, start, before)
        if role_before is not None:  # "әкімнің орынбасарының ұлы": the son of the akim's deputy
            found.append((role_before, kin.end()))
            continue
        at = kin.end()
        for _word in range(5):  # "son of the school director", "сын местного имама"
            more = _WORDS_ON.match(text, at, end)
            if not more:
                break
            at = more.end()
            word = more.group(1)
            role = ROLE.match(word) or _HOLDER.fullmatch(word)
            if role:
                found.append((kin.start(), at))
                break
            # "the nephew of the district police chief": English words that qualify the role
            if word.casefold() not in _LINKS and not (word.isascii() and word.islower() and len(word) > 2):
                break
    return found


def _role_in_genitives_before(text: str, start: int, owner: re.Match[str] | None) -> int | None:
    """Where a role in the genitive starts one or two genitives before ``owner`` (the word in the
    genitive right before a kin word: "әкімнің | орынбасарының ұлы", "мектеп директорының
    орынбасарының қызы"): the one whose kin it is holds a post under the role, one person too."""
    for _word in range(2):
        if owner is None or not OWNER.search(owner.group(1)):
            return None
        owner = _WORD_BEFORE.search(text, max(start, owner.start(1) - 40), owner.start(1))
        if owner and OWNER.search(owner.group(1)) and ROLE.match(owner.group(1)):
            return owner.start(1)
    return None


_SCOPE = (
    r"(?:район\w*|област\w*|город\w*|школ\w*|сел[ао]\w*|аул\w*|республик\w*|стран\w*|казахстан\w*"
    r"|кыргызстан\w*|киргизии|узбекистан\w*|таджикистан\w*|олимпиад\w*|турнир\w*|конкурс\w*|спартакиад\w*"
    r"|district|regional|region|city|town|school|national|oblast|country|village"
    r"|olympiad|championship|tournament|competition|contest|cup)"
)
_TITLE_WORD = guarded(
    re.compile(
        r"(?<!\w)(?:чемпион|призёр|призер|победител|champion|winner|won\b|жеңімпаз|g'olib|жеңүүчү)", re.I
    )
)
_TITLEHOLDER = re.compile(
    rf"(?<!\w)(?:(?:чемпион|призёр|призер|победител)\w*\s+(?:[\w-]+\s+)?{_SCOPE}"
    rf"|(?:champion|winner)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_SCOPE}"
    rf"|{_SCOPE}\s+(?:[\w-]+\s+)?champion"
    rf"|(?:(?:the|a)\s+[a-z]+\s+)?who\s+won\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:olympiad|championship|tournament|competition|contest|cup|prize)\w*(?:\s+(?:this|last)\s+year)?"
    r"|(?:аудан\w*|облыс\w*|қала\w*|мектеп\w*|қазақстан\w*)\s+(?:[\w-]+\s+)?(?:чемпион|жеңімпаз)\w*)",
    re.IGNORECASE,
)
"""Who holds a title there is one of: a champion or a winner of a district, a region, a school, a
country or its olympiad ("чемпион района по кок-бору", "чемпион Казахстана по боксу среди
юниоров", "the kid who won the regional maths olympiad this year", "аудан чемпионы"): one person,
as "the only" is. A world champion is a public figure, not named by a scope of the region."""


def _titleholders(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _TITLEHOLDER.finditer(text, start, end)]


def titleholder(part: str) -> bool:
    """``part`` names a champion or a winner (``_TITLEHOLDER``)."""
    return _TITLEHOLDER.search(part) is not None


_HOLDER = re.compile(
    r"(?:глав[аыуеой]|хозя(?:ин|ина|ину|ином|йка|йки)|владел\w+|начальник\w*|шеф\w*|chief|boss|owner|head"
    r"|иес[іi]\w*|[ıi]es[iı]\w*|ээс[иі]\w*|egasi\w*|хоким\w*|ҳоким\w*|hokim\w*)",
    re.IGNORECASE,
)
"""Who holds a place of one in a village, a district or a business, before or after a kin word ("сын
главы аильного округа", "сын хозяина автомойки", "the nephew of the district police chief",
"plemyannik hokima oblasti"): the kin of the one holder."""


_HOLDER_REACH = 5
_HOLDS = re.compile(r"owns|owned|runs|ran|владеет|владел|держит|держал", re.IGNORECASE)
"""A verb of holding a business before a superlative ("owns the biggest shop")."""
_WORD = re.compile(r"[\w'’‘ʻ-]+")


def _superlative_holders(
    text: str, lowered: str, start: int, end: int, cues: list[str]
) -> list[tuple[int, int]]:
    """The owner or head of the biggest, richest or oldest business of a place: the holder word a
    few words after the superlative ("эң чоң курулуш дүкөнүнүн ээси", "eng katta do'kon egasi") or
    just before it ("владелец самого большого магазина", "the owner of the biggest shop", up to the
    noun after it). A superlative with no holder ("ең үлкен арманы", "самая большая проблема")
    singles no one out."""
    found = []
    for cue_start, cue_end in _cue_spans(text, lowered, start, end, cues, extend=False):
        after = list(_WORD.finditer(text, cue_end, min(end, cue_end + 80)))[:_HOLDER_REACH]
        holder = next((w for w in after if _HOLDER.fullmatch(w.group())), None)
        if holder is not None:
            found.append((cue_start, holder.end()))
            continue
        before = list(_WORD.finditer(text, max(start, cue_start - 40), cue_start))[-3:]
        holder = next(
            (w for w in before if _HOLDER.fullmatch(w.group()) or _HOLDS.fullmatch(w.group())), None
        )
        if holder is not None:
            thing = after[0].end() if after else cue_end
            found.append((holder.start(), thing))
    return found


_CLASS = (
    r"(?<![\w/.,-])\d{1,2}\s?-?\s?(?:(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺA-Z])|[а-яёәіңғүұқөһa-z](?=\s*-?\s*(?:класс|сынып|сыныб|sinf|синф)))"
    r"[\"«»]?(?![\w'’])(?:\s*-?\s*(?:класс|сынып|сыныб|sinf|синф|grade|class)\w*)?"
    r"|(?<![\w/.,-])\d{1,2}(?-i:[а-яёәіa-z])(?![\w'’/])"
)
_SCHOOL_NUMBER = (
    rf"(?:(?<![\w/.,])\d{{1,3}}\s*-?\s*(?:й|я|ой|ий|ая|ші|шы|чи|nchi|inchi|th|st|nd|rd)?\s*{_SCHOOL}"
    rf"|{_SCHOOL}\s*(?:[№#]|no\.?)?\s?\d{{1,3}}(?![\d/]|[.,]\d))"
)
_CLASS_IN_SCHOOL = re.compile(
    rf"(?:{_CLASS})(?:\s+[\w'’-]+){{0,2}}?[\s,]+(?:{_SCHOOL_NUMBER})|(?:{_SCHOOL_NUMBER})(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_CLASS})",
    re.IGNORECASE,
)
"""A class and its school, either way round: "11Б школы 25", "9 А класс 3-й школы", "3-мектептің 9
А сыныбы", "5-maktabning 9-V sinfi"; some twenty-five pupils, one of them the person."""


_CLASS_IN_SCHOOL = guarded(_CLASS_IN_SCHOOL)


def _class_in_school(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CLASS_IN_SCHOOL.finditer(text, start, end)]


_DORM_WORDS = (
    "общаг",
    "общежити",
    "жатақхана",
    "жатакан",
    "yotoqxona",
    "ётоқхона",
    "хобгоҳ",
    "dorm",
    "hostel",
)
_DORM = rf"(?:{'|'.join(_DORM_WORDS)})[\w'’]*"
_ROOM = r"(?:комнат|комн|бөлме|бөлмө|xona|хона|ҳуҷра|room)[\w'’]*"
_ROOM_NUMBER = (
    rf"(?:(?<![\w/.,])\d{{1,4}}\s*-?\s*(?:й|я|ой|ая|ші|шы|чи|nchi|inchi|th|st|nd|rd)?\s*{_ROOM}"
    rf"|{_ROOM}\s*(?:[№#]|no\.?)?\s?\d{{1,4}}(?![\d/]))"
)
_ROOM_IN_DORM = guarded(
    re.compile(
        rf"(?:{_ROOM_NUMBER})(?:\s+[\w'’-]+){{0,3}}?[\s,]+{_DORM}|{_DORM}(?:\s+[\w'’-]+){{0,2}}?[\s,]+(?:{_ROOM_NUMBER})",
        re.IGNORECASE,
    )
)
"""A room and its dorm, either way round: "314 комнаты в общаге", "жатақханасының 214 бөлмесіндегі",
"yotoqxonasining 412-xonasidagi", "хобгоҳи коллеҷ, ҳуҷраи 207", "room 314 of the college dorm": two
or three who live there, one of them the person."""


def _room_in_dorm(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _ROOM_IN_DORM.finditer(text, start, end)]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; "с." and "пос." before a village name do not end one."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, match.end()
        start = match.end()
    if start < len(text):
        yield start, len(text)


_JUDGING = re.compile(
    r"(?:настоящ|нормальн|real|true|нағыз|"
    + "|".join(kazakh_spellings.spellings_of("naǵyz"))
    + r"|haqiqiy|ҳақиқӣ|чыныгы|chynygy)\w*",
    re.IGNORECASE,
)


def _judged(text: str, start: int, end: int) -> bool:
    """A "the only" cue followed by a word of judgement ("единственный настоящий мужчина", "the only
    real man", "жалғыз нағыз жігіт"): an opinion of someone, singling out no one by a fact (with a
    small place it still does: "the only real doctor in the village")."""
    words = text[start:end].split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return len(words) > 1 and _JUDGING.fullmatch(words[1].strip(",.;:!?»\"'")) is not None


_PAIRS_MOST = 20_000
"""Up to this many characters a text's pairs of characters are gathered to choose the cues worth
looking for; a longer one is searched for every cue."""


def _letter_pairs(lowered: str) -> frozenset[str] | None:
    """Every two characters side by side in ``lowered`` (None for a long text)."""
    if len(lowered) > _PAIRS_MOST:
        return None
    return frozenset(lowered[i : i + 2] for i in range(len(lowered) - 1))


def _present(field: str, lowered: str, pairs: frozenset[str] | None) -> list[str]:
    """The cues of ``field`` in ``lowered``, in ``cue_phrases``' order: only those whose first two
    characters it holds are looked for (most notes hold a few of the hundreds of cues)."""
    if pairs is None:
        return [c for c in cue_phrases(field) if c in lowered]
    by_pair = _cues_by_pair(field)
    chosen = [cue for pair in pairs & by_pair.keys() for cue in by_pair[pair]] + by_pair.get("", [])
    return [c for _order, c in sorted(chosen) if c in lowered]


@cache
def _cues_by_pair(field: str) -> dict[str, list[tuple[int, str]]]:
    """The cues of ``field`` by their first two characters, each with its place in their order."""
    by_pair: dict[str, list[tuple[int, str]]] = {}
    for order, cue in enumerate(cue_phrases(field)):
        by_pair.setdefault(cue[:2] if len(cue) > 1 else "", []).append((order, cue))  # "": looked for always
    return by_pair


def find_quasi(text: str) -> Iterator[Span]:
    lowered = fold(text)
    # the cues of this text, found once for all its sentences (most cues are in no note)
    pairs = _letter_pairs(lowered)
    present = {
        f: _present(f, lowered, pairs)
        for f in ("small_places", "singling", "singling_weak", "superlatives", "marks", "plants", "roles")
    }
    present["dorms"] = [w for w in _DORM_WORDS if w in lowered]
    # kin words and schools, found once for all its sentences (a word looked up in a set: a long
    # alternation tried at every character of every sentence cost a third of this detector)
    kin_written = {word for word in set(_TOKEN.findall(text)) if word.casefold() in _kin_set()}
    kin_words = [m for m in _TOKEN.finditer(text) if m.group() in kin_written] if kin_written else []
    kin_starts = [m.start() for m in kin_words]
    schools = [m.start() for m in _SCHOOL_WORD.finditer(text)]
    for start, end in sentences(text):
        place = _small_place(text, lowered, start, end, present["small_places"])
        if not place and present["roles"]:
            place = _named_role(text, start, end)  # "преподаватель физры Степанов": one in a school
        weak: set[tuple[int, int]] = set()
        if present["singling_weak"] and not (
            place or JOB.search(text, start, end) or ROLE.search(text, start, end)
        ):  # "Танҳо гап задан осон нест": "just", "alone"; "танҳо духтури деҳа" singles one out
            weak = set(_cue_spans(text, lowered, start, end, present["singling_weak"], extend=True))
        singling = [
            s
            for s in _cue_spans(
                text, lowered, start, end, present["singling"] + present["singling_weak"], extend=True
            )
            if not _NEGATED.match(text, s[0], s[1])
            and (s[0], s[1]) not in weak
            and not (_alone(text, s[0], end) and not JOB.search(text, start, end))
            and not _a_thing_after(text, s[0], end)
            and not at_home(text, s[0], s[1])  # "үйде жалғыз ер адам": the only man of his family
            and not (not place and _judged(text, s[0], s[1]))
        ]
        if singling and not _head_first(text, start, end):
            # "жалғыз мешіттің имамы": in Kazakh the description ends with the noun it is about
            singling = [(a, _head_end(text, a, b)) for a, b in singling]
        kin_here = kin_words[bisect_left(kin_starts, start) : bisect_left(kin_starts, end)]
        kin_roles: list[tuple[int, int]] = []
        if kin_here:
            kin_roles = _kin_of_role(text, start, end, kin_here)  # "сын директора школы", "директорының ұлы"
            singling += kin_roles
            if place:  # "ауылдағы наубайшы әйелдің қызы": kin of one described by a trade or a people
                singling += relatives.kin_of_described(text, start, end, kin_here)
        if _TITLE_WORD.search(text, start, end):
            singling += _titleholders(text, start, end)  # "чемпион района по кок-бору", "who won the …"
        if present["superlatives"]:
            singling += _superlative_holders(text, lowered, start, end, present["superlatives"])
        if bisect_left(schools, start) < bisect_left(schools, end):
            singling += _class_in_school(text, start, end)  # "11Б школы 25", "3-мектептің 9 А сыныбы"
        if present["plants"]:
            singling += plant_roles(text, start, end)  # "начальник смены на цинковом заводе"
        if present["marks"]:
            marks = _cue_spans(text, lowered, start, end, present["marks"], extend=False)
            singling += marked_people(text, marks, start, end)  # "хромой мальчик", "ақсақ бала"
        if present["dorms"]:
            singling += _room_in_dorm(text, start, end)  # "314 комнаты в общаге", "room 314 of the dorm"
        if not place and not singling:
            continue  # nothing below can fire: the role, job and age patterns are not tried
        roles = [(m.start(), m.end()) for m in ROLE.finditer(text, start, end)]
        jobs = [(m.start(), m.end()) for m in JOB.finditer(text, start, end)]
        ages = [(m.start(), m.end()) for m in AGE.finditer(text, start, end)]
        places_ = [place] if place else []
        if (
            place
            and not singling
            and roles
            and (_place_of_the_role(text, start, roles) or _school_title(text, start, end, place, roles))
        ):
            # "mahalla raisi", "aýyl ákimi": a title (the village's head), no one in particular
            jobs = [j for j in jobs if not any(r[0] < j[1] and j[0] < r[1] for r in roles)]
            roles = []
        village_job = bool(place) and _village_job(text, place, jobs)  # type: ignore[arg-type]
        fires = (
            singling or (roles and place) or (place and jobs and (ages or _named(place, text) or village_job))
        )
        if not fires:
            continue
        if not _head_first(text, start, end):
            # "15 жаста" ("he is 15") is said of the person, beside the description: it fires it
            # but is not part of it; "17 жасар жігіт" ("a 17-year-old lad") is
            ages = [a for a in ages if not _PREDICATIVE_AGE.search(text, a[0], a[1])] or (
                [] if (places_ or singling or jobs) else ages
            )
        tagged = [
            *(("place", p) for p in places_),
            *(("singling", s) for s in singling),
            *(("role", r) for r in (roles if place else [])),
            *(("job", j) for j in jobs),
            *(("age", a) for a in ages),
        ]
        for group in _groups(text, tagged):
            kinds = {kind for kind, _part in group}
            if not (
                "singling" in kinds
                or {"role", "place"} <= kinds
                or (
                    {"place", "job"} <= kinds and ("age" in kinds or _named(place, text) or village_job)  # type: ignore[arg-type]
                )
            ):
                continue  # "из акимата … предложил провести сессию в его селе": too far apart to be one
            first, last = min(p[0] for _k, p in group), max(p[1] for _k, p in group)
            cue = min((p[0] for k, p in group if k == "singling"), default=first)
            if cue > first and _head_first(text, start, end):
                # "taken from the bazaar in Rushan by the son of the only family with a lorry": a
                # place well before the cue is where something happened, not who is singled out
                near = _near_start(text, first, cue, 4, 4)
                first = min(p[0] for k, p in group if p[0] >= near or k != "place")
            begin, finish = _clause(text, start, end, first, last)
            begin = with_kin_before(text, begin)  # "отец — единственный участковый …"
            if _head_first(text, start, end):
                begin = _with_apposed_head(text, start, begin)  # "соцработник из Аксу, единственная …"
            if begin < first and any(k[0] == first for k in kin_roles) and _head_first(text, start, end):
                # "v gruppe est | plemyannik hokima oblasti", "is | the nephew of the district police
                # chief": the kin word is the head noun, what is before it in the clause is not
                article = _ARTICLE_BEFORE.search(text, max(begin, first - 8), first)
                begin = article.start() if article else first
            if cue < finish and _singling_cue_at(text, cue) and _head_first(text, start, end):
                finish = _relative_clause_end(text, cue, finish, end)
            after = _skip_spaces(text, finish)
            kin = next((m for m in kin_here if m.start() == after), None)
            if kin is None and not _head_first(text, start, end):
                kin = _kin_of_the_owner(text, after, end, kin_here)
            if kin:  # "ягона духтури деҳаи Варзоб писараш": his son
                finish = kin.end()
            finish = with_tail(text, finish, end)  # "… тилдүү бала — 10 «Г» класстан"
            if places_:
                finish = _with_place_apposed(text, finish, end)
            yield Span(begin, finish, Kind.QUASI, "pattern")


_PLACE_APPOSED = re.compile(r",[ \t]*(?P<place>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ][\w'’‘-]+)(?=[ \t]*(?:[).;\n]|$))")
"""A capitalised word after a comma that ends its clause: the village the description is in."""


def _with_place_apposed(text: str, finish: int, end: int) -> int:
    """Where a description of one person in a small place ends when the place's name is set after it
    with a comma and ends the clause: "(ауылдағы жалғыз акушерка, Қарасу)", "the only nurse in the
    village, Kokjar." (a city or country is no small place: it stays)."""
    apposed = _PLACE_APPOSED.match(text, finish)
    if apposed is None or apposed.end() > end or _big_place(apposed["place"]):
        return finish
    return apposed.end()


_RELATIVE = re.compile(
    r"(?<![\w'’‘-])(?:кто|кого|кому|кем|ком|котор(?:ый|ая|ое|ые|ого|ой|ому|ом|ых|ым|ую|ыми)|чей|чья|чьё|чьи"
    r"|who|whom|whose|which)(?![\w'’‘-])",
    re.IGNORECASE,
)
_BEFORE_RELATIVE = re.compile(r"[ \t]*,?[ \t]*(?:(?:у|о|об|с|со|на|в|из|за|with|about|of)[ \t]+)?")
_RELATIVE_ENDS = re.compile(r"[,;:()—–«»\"“”]")


def _relative_clause_end(text: str, cue: int, finish: int, end: int) -> int:
    """The end of a relative clause that says which one "the only" is about, right after the
    description or inside it ("единственный парень из села, который ходит", "the only taxi driver
    from Chon-Tash who drives to Bishkek daily", "единственный в классе, у кого отец сидит",
    "единственный кто возит из Базар-Коргона рано утром"): the clause narrows the noun to one person,
    as "from the village" does; it ends at the next comma, bracket, dash or quote."""
    inside = _RELATIVE.search(text, cue, finish)
    at = _BEFORE_RELATIVE.match(text, finish, end)
    clause = inside or (_RELATIVE.match(text, at.end(), end) if at else None)
    if clause is None:
        return finish
    stop = _RELATIVE_ENDS.search(text, clause.end(), end)
    close = clause.end()
    for number, word in enumerate(_CLAUSE_WORD.finditer(text, clause.end(), stop.start() if stop else end)):
        if number >= _RELATIVE_WORDS or (number and word.group().casefold() in _done_verbs()):
            break  # "the only nurse in Kegen who speaks Dungan | came today": what the person did
        close = word.end()
    return max(finish, close)


_RELATIVE_WORDS = 10
_CLAUSE_WORD = re.compile(r"[\w№'’‘-]+")


@cache
def _done_verbs() -> frozenset[str]:
    """The profiles' verbs of what a person did or said (``person_after``), no preposition among them."""
    return frozenset(cue_phrases("person_after")) - _PREPOSITIONS - {"не", "not"}


def _singling_cue_at(text: str, at: int) -> bool:
    """One of the profiles' words of "the only", or a mark a person is known by ("хромой мальчик …"),
    stands at ``at`` (not a kin word or a class)."""
    lowered = text[at : at + 40].casefold()
    return any(lowered.startswith(c) for c in (*_singling_cues(), *cue_phrases("marks")))


def _kin_of_the_owner(text: str, after: int, end: int, kin_here: list[re.Match[str]]) -> re.Match[str] | None:
    """A relative a few words after a Turkic description, the word before it in the genitive: the
    description says whose relative ("ауылындағы наубайшы өзбек әйелдің қызы": the daughter of the
    village's Uzbek baker woman)."""
    for kin in kin_here:
        between = text[after : kin.start()]
        if kin.start() <= after or any(mark in between for mark in _CLAUSE_MARKS + ".!?\n"):
            continue
        words = between.split()
        if 1 <= len(words) <= 3 and OWNER.search(words[-1]):
            return kin
    return None


_GAP_WORDS = 4
"""Words that may stand between two parts of one description ("17 лет, из села X, работает на
заправке"); parts further apart describe different things ("работает в ЗАГСе, говорит что половина
браков в районе до 20 лет")."""


def _groups(text: str, tagged: list[tuple[str, tuple[int, int]]]) -> list[list[tuple[str, tuple[int, int]]]]:
    """The parts of a description, in groups of parts at most _GAP_WORDS words apart and with no
    colon between them: what follows a colon is what someone said or a new item ("жалғыз фельдшер
    айтты: 16 жастағы қыз …": the girl of 16 is no part of the nurse's description)."""
    groups: list[list[tuple[str, tuple[int, int]]]] = []
    end = -1
    for kind, part in sorted(tagged, key=lambda kp: kp[1]):
        between = text[end : part[0]] if groups else ""
        if groups and ":" not in between and len(re.findall(r"[^\W\d_]+|\d+", between)) <= _GAP_WORDS:
            groups[-1].append((kind, part))
        else:
            groups.append([(kind, part)])
        end = max(end, part[1])
    return groups


_CLAUSE_MARKS = ",;:()—–"
_NEGATED = re.compile(r"\S+(?:\s+\S+){0,2}?\s+(?:емес|эмес|emes|emas|эмас|нест)\w*\b", re.IGNORECASE)
"""'жалғыз емес' is 'not alone', "yagona yo'l emas" 'not the only way', 'jalğyz emespin' 'I am not
alone': nothing singled out."""


def _alternation(field: str) -> str:
    """The profiles' words of one field as an alternation, an apostrophe as any apostrophe typed."""
    return "|".join(re.escape(w).replace("'", "['‘’ʻ]") for w in cue_phrases(field)) or "(?!)"


_ALONE = re.compile(
    rf"(?:{_alternation('alone')})\s+(?P<word>[^\W\d_]+(?:{_alternation('alone_endings')}))\b", re.IGNORECASE
)
"""'жалғыз асырайды', 'жалғыз тәрбиелеп отыр', 'jalǵyz ósirgen', 'jalğyz qaldy', 'жалгыз жашайт':
"alone" before a verb singles no one out (the verb says how, not who), unless the sentence names a
job ("бекетте жалғыз отырады"); the verb's endings are the profiles' (`alone_endings`), in every
spelling of Kazakh Latin. A landmark with such an ending is no verb ("jalǵyz dúken", a shop)."""
_ALONE_AT_END = re.compile(rf"(?:{_alternation('alone')})\s*(?:[.!?;,»)]|$)", re.IGNORECASE)
"""'шешесі жалғыз.', 'sheshesi jalǵyz, ...', 'üide jalğyz.': "alone" ending its clause says how
someone lives, not which one (unless the sentence names a job: "ауылда фельдшер жалғыз")."""
_WORD_AFTER_CUE = re.compile(r"[\s,]+([^\W\d_][\w'’‘ʻ]*)")


def _alone(text: str, start: int, end: int) -> bool:
    """ "Alone" before a verb or ending its clause at ``start`` (a landmark after it is no verb)."""
    verb = _ALONE.match(text, start, end)
    if verb and not skeleton(verb.group("word")).startswith(_landmarks()):
        return True
    return bool(_ALONE_AT_END.match(text, start, end))


@cache
def _landmarks() -> tuple[str, ...]:
    words = address_phrases("landmarks") + cue_phrases("organisations")
    return tuple(skeleton(w) for w in words if len(w) >= 4)


@cache
def _things() -> tuple[str, ...]:
    return tuple(skeleton(w) for w in cue_phrases("not_singled"))


def _a_thing_after(text: str, cue_start: int, end: int) -> bool:
    """The noun right after "the only" at ``cue_start`` is one of the profiles' things (`not_singled`,
    with an ending): "the only way", "yagona yo'l", "jalğyz armany", "жалгыз жол" single no one out."""
    lowered = text[cue_start:end].casefold()
    cue = next((c for c in _singling_cues() if lowered.startswith(c)), None)
    if cue is None:
        return False
    head = _IZAFE_BEFORE.search(text, max(0, cue_start - 30), cue_start) if cue.endswith("и") else None
    if head is not None:
        # "муаллимаи ягонаи | забони англисӣ": the izafe on both says the noun before is the head
        # (the only teacher of English), the thing after is what it is of; "роҳи ягонаи": a way
        shape = skeleton(head.group(1))
        return any(shape.startswith(thing) for thing in _things())
    word = _WORD_AFTER_CUE.match(text, cue_start + len(cue), end)
    if word is None:
        return False
    shape = skeleton(word.group(1))
    endings = _all_endings()
    things = [thing for thing in _things() if shape.startswith(thing) and shape[len(thing) :] in endings]
    if not things:
        return False
    if shape in things and not _head_first(text, cue_start, end):
        # "yagona yo'l politsiyachisi", "jalğyz jol polisei": a bare thing before a noun with a
        # possessive ending names what the noun is (the only traffic policeman), not the head
        following = _WORD_AFTER_CUE.match(text, word.end(), end)
        noun = following.group(1) if following else ""
        if len(noun) >= 5 and _POSSESSED.search(noun) and not _PAST.search(noun):
            return False
    return True


_IZAFE_BEFORE = re.compile(r"([^\W\d_]{2,})(?:и|ӣ)[ \t]+\Z")
_PAST = re.compile(r"(?:д|т|d|t)(?:ы|і|и|y|i|ı)$", re.IGNORECASE)
"""A verb's past tense ("boldy", "edi" aside, "болды"): after a thing, no noun it names."""


@cache
def _singling_cues() -> tuple[str, ...]:
    return tuple(
        sorted({*cue_phrases("singling"), *cue_phrases("singling_weak")}, key=lambda p: (-len(p), p))
    )


@cache
def _all_endings() -> frozenset[str]:
    return endings_for(False) | endings_for(True)


_PREDICATIVE_AGE = re.compile(
    r"(?:жаста|жашта|jasta|yoshda|жасында|жашында|jasynda|yoshida)\b", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"[\w'’‘-]*[»\"”.]?\s+(?:«([\w№#'’‘-]+)»?|[\"“]?([\w№#'’‘-]+))")
"""The next word ("school #64"), maybe a name in quotes ("рынка «Береке»": its closing quote too),
or after an abbreviation's dot ("на ул. Ткацкая": a full stop ends the sentence, not a word)."""
_PREPOSITIONS = frozenset(
    {"в", "во", "на", "у", "из", "с", "со", "около", "возле", "при", "до", "от", "для", "по", "за", "под"}
    | {"над", "среди", "in", "at", "from", "to", "of", "on", "near", "for", "by", "among"}
    # Tajik puts its prepositions before the place too: "имоми масҷид дар Нов", "завуч аз Хуҷанд"
    | {"дар", "аз"}
    # Russian typed in Latin letters: "vospitatelya v detsadu na stancii"
    | {"v", "vo", "na", "u", "iz", "s", "so", "okolo", "vozle", "pri", "do", "ot", "dlya", "po", "za", "pod"}
)
_THERE = frozenset({"there", "here", "там", "тут", "здесь"})
"""Words after a description that point at its place ("the only English teacher there")."""


_IZAFE = re.compile(r"[^\W\d_]{2,}(?:и|ӣ|-и)$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|a|an)\s+\Z", re.IGNORECASE)
_WORD_BACK_ONE = re.compile(r"([\w'’‘-]+)\s+\Z")
_RUSSIAN_ADJECTIVE = re.compile(r"[^\W\d_]{2,}(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ом|ую|им|их|ыми|ими)$")
"""A Russian adjective made from a place's name ("Аральской", "Кок-Ойского", "Таразский")."""


_DETERMINER = re.compile(
    r"(?:(?:наш|ваш|сво|мо|тво|эт|т)(?:ей|ем|ём|его|ему|ой|ом|ую|их|им|ими|а|у|е|и)|our|my|this|that|the)",
    re.IGNORECASE,
)
"""A possessive or demonstrative word in Russian's oblique cases, or in English, after a preposition:
the noun it goes with still follows."""


_COMMA_BEFORE = re.compile(r",[ \t]*\Z")
_APPOSED_WORDS = 4


def _with_apposed_head(text: str, start: int, begin: int) -> int:
    """Where a Russian or English description starting at ``begin`` right after a comma starts
    with the noun it is said of, set off before it: a job, a role or a word for a person and at most
    three words after it ("соцработник из Аксу, единственная в районе", "пацан с Нурсата, 16 лет,
    единственный в группе"); ``begin`` if the part before the comma is anything else ("Надежда
    Петровна, единственная …": the name is removed on its own)."""
    comma = _COMMA_BEFORE.search(text, max(start, begin - 3), begin)
    if comma is None:
        return begin
    opening = max(start, *(text.rfind(mark, start, comma.start()) + 1 for mark in ",(:;—–"))
    head = _skip_spaces(text, opening)
    words = text[head : comma.start()].split()
    if not 1 <= len(words) <= _APPOSED_WORDS:
        return begin
    first = words[0].casefold()
    if JOB.match(text, head) or ROLE.match(text, head) or first in union("person_nouns"):
        return head
    return begin


def _narrowing_end(text: str, last: int, finish: int) -> int:
    end = last
    previous = re.search(r"[\w'’‘-]*$", text[:last])
    preposition = bool(previous) and previous.group().casefold() in _PREPOSITIONS  # type: ignore[union-attr]
    if previous and previous.group()[:1].isupper() and _RUSSIAN_ADJECTIVE.search(previous.group()):
        # "в Аральской | школе №5": the place's adjective ends the part found, its noun follows
        before = _WORD_BACK_ONE.search(text, max(0, previous.start() - 20), previous.start())
        preposition = before is not None and before.group(1).casefold() in _PREPOSITIONS
    genitives = 0 if preposition else 2
    izafe = _tajik(text[last:finish]) or _tajik(text[max(0, last - 40) : last])
    # "в селе | ак суу": a village's name typed in small letters, words no Russian dictionary knows
    unnamed = _VILLAGE_NAME_WORDS if previous and previous.group().casefold() in _russian_villages() else 0
    named_before = bool(previous) and previous.group()[:1].isupper()  # type: ignore[union-attr]
    words = 4
    while words > 0:
        words -= 1
        more = _NEXT_WORD.match(text, end, finish)
        if not more:
            break
        word = more.group(1) or more.group(2)
        if unnamed and word.isalpha() and word.islower() and not lexicon.russian(word)[0]:
            end, unnamed = more.end(), unnamed - 1
            continue
        unnamed = 0
        if word.casefold() in _NUMBER_SIGNS and _NUMBER_NEXT.match(text, more.end(), finish):
            words += 1  # "of school No. 12 in Aksu": the number's sign and its number are one word
        if izafe and _IZAFE.search(text, max(0, end - 8), end):
            end = more.end()  # "имоми масҷиди | деҳаи | Гулобод": the izafe says a narrowing word follows
            continue
        # "директор школы №3", "водитель местной маршрутки": the noun's genitive complement first
        complement = genitives > 0 and word.islower() and _genitive(word.casefold())
        genitives = genitives - 1 if complement else 0
        if word.casefold() in _THERE:
            end = more.end()
            break
        # "председатель айыл | окмоту в …": a Turkic compound's possessed noun, an institution
        institution = word.islower() and word.casefold() in union("institutions")
        # "in the Naryn | group": a group named by its place
        institution = institution or (named_before and word.casefold() in union("group_words"))
        named_before = word[:1].isupper()
        if not (
            complement
            or institution
            or preposition
            or word.casefold() in _PREPOSITIONS
            or word[:1].isupper()
            or _has_digit(word)
        ):
            workplace = _workplace_end(text, more.start(1 if more.group(1) else 2), finish)
            if workplace is None:
                break
            end, preposition = workplace, False  # "at the Uzynagash | ambulance point"
            continue
        end = more.end()
        if preposition and _DETERMINER.fullmatch(word):
            continue  # "в нашей | группе", "in our | class": the noun after the determiner narrows too
        if word[:1].isupper() and _RUSSIAN_ADJECTIVE.search(word):
            # "в Аральской | школе №5", "главы Кок-Ойского | аильного округа": an adjective made from
            # a place's name, the noun it qualifies still to come
            genitives = max(genitives, 2) if not preposition else genitives
            continue
        # "in the | group": an article after a preposition leaves its noun still to come
        preposition = word.casefold() in _PREPOSITIONS or (preposition and word.casefold() in _ARTICLES)
    else:
        last_word = _NEXT_WORD.match(text, end, finish)
        if preposition and last_word and (last_word.group(1) or last_word.group(2) or "")[:1].isupper():
            end = last_word.end()  # "… of school No. 12 in | Aksu": a preposition ends on its noun
    return end


_VILLAGE_NAME_WORDS = 2


@cache
def _russian_villages() -> frozenset[str]:
    """The Russian profile's words for a village ("селе", "аул", "кишлаке"), in lower case."""
    return frozenset(w.casefold() for w in profile("ru").addresses["villages"] if w.isalpha())


_ARTICLES = frozenset({"the", "a", "an"})
_NUMBER_SIGNS = frozenset({"no", "nr", "№", "#"})
_NUMBER_NEXT = re.compile(r"\.?[ \t]*\d")


_WORKPLACES = frozenset(
    {
        "hospital",
        "depot",
        "point",
        "station",
        "factory",
        "pharmacy",
        "garage",
        "office",
        "farm",
        "mine",
        "workshop",
        "plant",
        "clinic",
        "school",
        "market",
        "bazaar",
        "shop",
        "store",
        "cafe",
        "canteen",
        "mosque",
        "akimat",
        "kindergarten",
        "college",
        "bakery",
        "teahouse",
        "yard",
        "wash",
        "stop",
    }
)
"""English nouns of a workplace that end what narrows a description, after a word or two that
qualify them ("the only paramedic at the Uzynagash ambulance point", "the only male nurse at the
district hospital in Kegen")."""
_LOWER_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def _workplace_end(text: str, start: int, finish: int) -> int | None:
    """The end of one or two lower-case English words at ``start`` whose last is a workplace."""
    words = _LOWER_WORDS.match(text, start - 1, finish) if start > 0 else None
    if words is None:
        return None
    if words.group(1) in _WORKPLACES:
        return words.end(1)
    if words.group(2) in _WORKPLACES:
        return words.end(2)
    return None


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


_TURKIC_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІáǵıńóúýÁǴŃÓÚÝўҳҷӣӯЎҲҶӢӮ")


_POSSESSED = re.compile(r"(?:ы|і|и|у|ү|ı|i|y)(?:нда|нде|нан|нен|на|не|ны|ні|nda|nde|na|ne)?$", re.IGNORECASE)


_AGENT = re.compile(r"(?:шы|ші|чы|чи|чу|чү|shy|shi|chy|chi)$", re.IGNORECASE)
"""A noun of who does something ("малшы", "сатушы", "malshy"), not a possessive."""


def _head_end(text: str, cue_start: int, cue_end: int) -> int:
    """Where the noun "the only" is about ends in a Turkic sentence (by ``cue_end``, or after the
    aside that follows it): the first word after the cue
    with a possessive ending ("жалғыз мектеп директоры", "жалғыз фельдшері", "айылдагы жалгыз
    спорт залдын ээси"), at most three words on; a genitive says the noun is still to come
    ("жалғыз медбикесінің күйеуі"); a job or a role with no ending is the noun too ("ауылдағы
    жалғыз мұғалім | бізге көмектесті", "jalǵyz feldsher | bizge"), with the honorific the person
    is called by and a short aside in brackets said of the job right after it ("жалғыз фельдшер
    апай | мен", "жалғыз ер мұғалім (дене шынықтыру) | - …")."""
    words = list(re.finditer(r"[\w№'’‘ʻ-]+", text[cue_start:cue_end]))
    for at, word in enumerate(words[1:4], start=1):
        if _a_job_or_role(word.group()):
            return _after_the_job(text, cue_start + word.end())
        if _POSSESSED.search(word.group()) and not _AGENT.search(word.group()):
            following = words[at + 1].group() if at + 1 < len(words) else ""
            if GENITIVE.search(following):
                continue  # "jalǵyz janar-jaǵarmaı beketiniń ıesi": a genitive says the noun is still to come
            if _a_possessed_job(following):
                continue  # "yagona rus tili oʻqituvchisi", "жалғыз орыс тілі мұғалімі": a subject's teacher
            return cue_start + word.end()
    return cue_end


_HONORIFIC_NEXT = re.compile(r"[ \t]+(?P<word>\w+)")
_ASIDE_NEXT = re.compile(r"[ \t]*\((?:[^()\n]*?\w){1,40}\)")
"""A short aside in brackets on the same line: "(дене шынықтыру)"."""


def _after_the_job(text: str, end: int) -> int:
    """Where a description that ends on a job at ``end`` ends: after the honorific the person is
    called by ("фельдшер апай", "мұғалім ағайға") and a short aside in brackets after it."""
    honorific = _HONORIFIC_NEXT.match(text, end)
    if honorific is not None and _honorific_form(skeleton(honorific["word"])):
        end = honorific.end()
    aside = _ASIDE_NEXT.match(text, end)
    if aside is not None and len(aside.group().split()) <= 4:
        end = aside.end()
    return end


@cache
def _jobs_and_roles() -> frozenset[str]:
    """The profiles' one-word jobs and roles, in lower case."""
    return frozenset(w.casefold() for w in (*cue_phrases("jobs"), *cue_phrases("roles")) if " " not in w)


_POSSESSIVE_ENDS = ("си", "сы", "сі", "si", "sy", "и", "ы", "і", "i", "y", "ı")


def _a_possessed_job(word: str) -> bool:
    """``word`` is a job or a role with a possessive ending, whatever its apostrophe ("oʻqituvchisi",
    "мұғалімі"): the noun a chain of possessives ends on ("rus tili oʻqituvchisi")."""
    plain = word.translate(ONE_APOSTROPHE).casefold()
    return any(plain.endswith(end) and _a_job_or_role(plain[: -len(end)]) for end in _POSSESSIVE_ENDS)


def _a_job_or_role(word: str) -> bool:
    """``word`` is one of the profiles' jobs or roles as listed, with no ending ("мұғалім",
    "feldsher", "имам"; not "мұғалімнің", "директорының")."""
    return word.casefold() in _jobs_and_roles()


def _age_start(text: str, start: int, last: int) -> int:
    """Where an age ending at ``last`` would start (a number, maybe a space and a word)."""
    ages = list(AGE.finditer(text, start, last))
    return ages[-1].start() if ages and ages[-1].end() == last else last


def _head_first(text: str, start: int, end: int) -> bool:
    """The sentence is Russian or English (the words that narrow a noun follow it), not a Turkic
    language of the region (they come before it): by letters, else by the dictionary."""
    return _head_first_sentence(text[start:end])


@lru_cache(maxsize=50_000)
def _genitive(lower: str) -> bool:
    """A Russian genitive singular, typed in Cyrillic or in Latin letters ("bazare uzgena")."""
    if lower.isascii():
        return any(lexicon.russian_genitive(variant) for variant in cyrillic_variants(lower))
    return lexicon.russian_genitive(lower)


@lru_cache(maxsize=50_000)
def _latin_russian_word(lower: str) -> bool:
    """A word in Latin letters that put back in Cyrillic the Russian dictionary knows ("rostovshika")."""
    return any(lexicon.russian(variant)[0] for variant in cyrillic_variants(lower))


_TAJIK_ONLY = frozenset("ӣӯҷӢӮҶ")
_NOT_TAJIK = frozenset("әңөұүһіўӘҢӨҰҮҺІЎ")


def _tajik(part: str) -> bool:
    """Tajik (ӣ, ӯ, ҷ and none of the Kazakh, Kyrgyz or Uzbek letters): Persian puts the noun first
    and what narrows it after, joined by the izafe "-и" ("имоми масҷиди деҳаи Гулобод")."""
    return any(c in _TAJIK_ONLY for c in part) and not any(c in _NOT_TAJIK for c in part)


_LOWER_WORDS_OF = re.compile(r"(?<![\w'’‘-])[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ][\w'’‘-]*")
"""The words of a sentence that are no name (a capitalised word may be a Kazakh place's or person's
name in a Russian sentence): with the first word, what the sentence's own letters are read from."""
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’‘-]*")


@lru_cache(maxsize=4096)
def _head_first_sentence(part: str) -> bool:
    if _tajik(part):
        return True
    first = _FIRST_WORD.search(part)
    own = (first.group() if first else "") + "".join(_LOWER_WORDS_OF.findall(part))
    if any(c in _TURKIC_LETTERS for c in own):
        return False  # not "Участковый в Қарабұлақ ауылы — …": a Kazakh place's name in a Russian sentence
    words = re.findall(r"[^\W\d_]{3,}", part)
    if not words:
        return True
    if sum(w[0].isascii() for w in words) * 2 > len(words):
        if sum(w.casefold() in lexicon.english_words() for w in words) * 2 >= len(words):
            return True
        # Russian typed in Latin letters ("u edinstvennogo rostovshika na bazare"): its words put
        # back in Cyrillic are Russian ones
        return sum(_latin_russian_word(w.casefold()) for w in words) * 2 >= len(words)
    return sum(lexicon.russian(w.casefold())[0] for w in words) * 2 >= len(words)


_THAT = re.compile(r"(?<![\w'’])(?:что|chto|shto)[ \t]+", re.IGNORECASE)
"""The Russian "that" (in Cyrillic or Latin letters) opening what was told: a description starts after
it. Not the English "that", as often a relative pronoun ("the family that runs the only pharmacy")."""


def _clause(text: str, start: int, end: int, first: int, last: int) -> tuple[int, int]:
    """From the start of the clause holding ``first`` to the end of the one holding ``last``."""
    begin = max([start, *(text.rfind(mark, start, first) + 1 for mark in _CLAUSE_MARKS)])
    stops = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, last, end)) >= 0]
    finish = min([end, *stops])
    while begin < finish and not (text[begin].isalnum() or text[begin] == "№"):
        begin += 1
    begin = _near_start(text, begin, first, 2 if _head_first(text, start, end) else WORDS_BEFORE)
    if _head_first(text, start, end):
        # "asilbek rasskazal chto predsedatel' mahalli …": the description starts after "что", as it
        # does after a comma; the one who told it stays
        that = list(_THAT.finditer(text, begin, first))
        if that:
            begin = that[-1].end()
    while finish > begin and not text[finish - 1].isalnum():
        finish -= 1
    if not _head_first(text, start, end):
        for _word in range(3):  # "имамның ұлы": a genitive says the noun is still to come
            if not GENITIVE.search(text, max(start, last - 6), last):
                break
            more = re.match(r"\s+[\w'’‘-]+", text[last:finish])
            if not more:
                break
            last += more.end()
        age = AGE.match(text, _age_start(text, start, last))
        if age and age.end() == last:  # "17 жасар жігіт": the age says who, the noun follows it
            more = re.match(r"\s+[\w'’‘-]+", text[last:finish])
            return begin, last + (more.end() if more else 0)
        # Kazakh, Kyrgyz, Uzbek: the noun a description is about comes last ("мешіттің имамы"); what
        # follows is what is said of it ("сабаққа қарсы"), which the report needs
        return begin, last
    # Russian and English: what narrows the noun follows it ("медсестры в Айтеке би-2", "водитель
    # маршрутки в селе", "driver from Zhanabazar to Shymkent"): the rest of a name, prepositions and
    # their nouns, at most four words; a verb ends it ("в посёлке Шубар запретил собрания")
    narrowed = _narrowing_end(text, last, finish)
    apposed = _APPOSED.match(text, narrowed, end)
    if apposed is None:
        return begin, narrowed
    # "school counsellor, school #2 in Shamalgan", "завуч, школа №3 в пос. Шубар": the workplace
    # that makes the role one person's, apposed after a comma
    stops = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, apposed.end(), end)) >= 0]
    return begin, _narrowing_end(text, apposed.end(), min([end, *stops]))


RUN_ON = 7
WORDS_BEFORE = 3
"""A description reaching back more than ``RUN_ON`` words before its first cue reaches back
``WORDS_BEFORE`` only: in a note typed without commas or full stops the clause is the whole note,
and what was said before the description ("келесі жолы каспий жағасында ойын ұйымдастырамыз 15 мкр
дүкеніндегі жалғыз күзетшінің ұлы") is no part of it."""
_WORD_BACK = re.compile(r"\S+\s+\Z")


def _near_start(text: str, begin: int, first: int, words: int = WORDS_BEFORE, run_on: int = RUN_ON) -> int:
    """``begin``, or the start of the ``words``-th word before ``first`` when more than ``RUN_ON``
    words lie between them (Russian and English: two, "невеста дочь единственного продавца")."""
    if " - " in text[begin:first]:
        return begin  # "a 17-year-old from Shelek … - the only one in the group -": said of what is before
    at, starts = first, []
    for _word in range(run_on + 1):
        back = _WORD_BACK.search(text, begin, at)
        if back is None:
            return begin
        at = back.start()
        starts.append(at)
    return starts[words - 1]


def _small_place(text: str, lowered: str, start: int, end: int, cues: list[str]) -> tuple[int, int] | None:
    """The stretch naming a small place: "посёлке Шубар", "Қызылжар ауылындағы", "ауылдағы"."""
    spans = _cue_spans(text, lowered, start, end, cues, extend=False)
    # the first place the sentence names ("в с. Ынталы, все в селе их знают": Ынталы, not "селе"),
    # else the first cue of the profiles' order
    for cue_start, cue_end in sorted(spans):
        after = _CAPITALISED.match(text, _skip_spaces(text, cue_end))
        if after and after.end() <= end and not _big_place(after.group()):
            return cue_start, after.end()
        named = _LOWER_NAME.match(text, _skip_spaces(text, cue_end))
        near = max(start, cue_start - _LOWER_REACH), min(end, cue_end + _LOWER_REACH)
        if named and named.end() <= end and _lower_case_place(text, *near, named.group()):
            return cue_start, named.end()  # "v kishlake chortoq-bolo", "mahalli navbahor"
        before = list(_CAPITALISED.finditer(text, start, cue_start))
        if before and not text[before[-1].end() : cue_start].strip() and not _big_place(before[-1].group()):
            return before[-1].start(), cue_end
    if spans:
        return spans[0]
    found = _IN_PLACE.search(text, start, end)
    # "в кафе на Пушкарёва": a building's street, no small place (name_rules/streets_on.py)
    if found and not _big_place(found.group(1)) and not street_on(text, found.start(1), found.end(1)):
        return found.start(), found.end()
    if _PLACE_ENDING.search(text, start, end):
        for found in _AT_PLACE.finditer(text, start, end):
            if not _big_place(found.group(1)) and not _an_institution(found.group(1)):
                return found.start(), found.end()
    numbered = _NUMBERED.search(text, start, end) if _SCHOOL_WORD.search(text, start, end) else None
    if numbered:  # "№12 мектептің", "школы №3", "2-mekteptiń": one school among a few, as a village
        return numbered.start(), numbered.end()
    return None


_LOWER_NAME = re.compile(r"[a-zа-яёәғқңөұүһі][\w'’‘-]{3,}")


_LOWER_REACH = 200
"""Characters either side of a small place's word that say whether its writer types capitals."""


def _lower_case_place(text: str, start: int, end: int, word: str) -> bool:
    """A lower-case writer's place name right after a small place's word ("kishlake chortoq-bolo"):
    the text around it (``start``, ``end``) has no capital letter, and no word list or dictionary
    reads the word (not "v sele vse", "в ауле жил", "mahalli sam")."""
    if any(char.isupper() for char in text[start:end]):
        return False
    lower = word.casefold()
    others = ("latin_function_words", "latin_weak_words", "latin_not_persons", "latin_person_verbs")
    if any(lower in union(field) for field in others) or lower in lexicon.english_words():
        return False
    if lower.isascii():
        return (
            not _latin_russian_word(lower)
            and kazakh_spellings.to_cyrillic(lower) not in lexicon.kazakh_words()
        )
    return not lexicon.russian(lower)[0] and lower not in lexicon.kazakh_words()


_PROFILE_ROLE = re.compile(
    r"(?<!\w)(?:" + _stems("roles") + r")\s+(?=(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\w)", re.IGNORECASE
)


_PROFILE_ROLE = guarded(_PROFILE_ROLE)


def _named_role(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A role there is one of in a school or a village (the profiles' roles: физрук, трудовик, imam)
    right before a person's name: it singles the person out as a small place does."""
    found = _PROFILE_ROLE.search(text, start, end)
    if found is None:
        return None
    name = _CAPITALISED.match(text, found.end())
    if name is None or _big_place(name.group()) or name.group().casefold() in lexicon.not_names():
        return None
    return found.start(), name.end()


_LATIN_GENITIVE_OF_PLACE = "|".join(kazakh_spellings.spellings_of("nyń", "niń"))
_GENITIVE_OF_PLACE = re.compile(rf"(?:ning|нинг|ның|нің|нын|нин|{_LATIN_GENITIVE_OF_PLACE})$", re.IGNORECASE)


@cache
def _village_starts() -> frozenset[str]:
    """The first four letters of the profiles' village words, as skeletons ("qishlog'ining", "ауылының")."""
    return frozenset(skeleton(word)[:4] for word in address_phrases("villages") if len(word) >= 4)


_OWNED = re.compile(r"(?:ы|і|и|си|сы|сі|si|sy|i|ı)$", re.IGNORECASE)


def _place_of_the_role(text: str, start: int, roles: list[tuple[int, int]]) -> bool:
    """A village's word alone (the profiles' address villages) right before a role in its possessive
    form ("mahalla raisi", "aýyl ákimi", "Бүгін ауыл әкімі"): a title, as "the village head" is; a
    named place ("Bo'ston qishlog'ining raisi", "бізге Шелек ауыл әкімі келді"), a place word of its own
    ("ауылдағы имам") or the role with its holder's name ("ауыл әкімі Серікбай Оразов") singles one
    out."""
    for role_start, role_end in roles:
        before = list(re.finditer(r"[\w'’‘-]+", text[start:role_start]))
        if not before or text[start + before[-1].end() : role_start].strip():
            continue
        if before[-1].group().casefold() not in address_phrases("villages"):
            continue
        name = before[-2] if len(before) > 1 else None
        if name is not None and name.group()[:1].isupper() and len(before) > 2:
            continue  # "Шелек ауыл әкімі": a named village (its first word opens no sentence)
        if (
            len(before) > 2
            and before[-3].group()[:1].isupper()
            and _GENITIVE_OF_PLACE.search(before[-2].group())
            and skeleton(before[-2].group())[:4] in _village_starts()
        ):
            continue  # "Qoratepa qishlog'ining mahalla raisi": the mahalla of a named village
        if _OWNED.search(text[role_start:role_end]) and not _CAPITALISED.match(
            text, _skip_spaces(text, role_end)
        ):
            return True
    return False


def _school_title(
    text: str, start: int, end: int, place: tuple[int, int], roles: list[tuple[int, int]]
) -> bool:
    """A school's word alone right before a role ("school director", "school counsellor"): the
    title, as "mahalla raisi" is; with the school's number in the sentence ("school counsellor,
    school #2") it is one person."""
    words = text[place[0] : place[1]].split()
    if len(words) == 2 and words[0].casefold() in {"the", "a", "our", "this", "that", "his", "her", "their"}:
        words = words[1:]  # "The school principal": an article, no school's name
    word = words[-1] if len(words) == 1 else ""
    if not _SCHOOL_WORD.fullmatch(word) or not word[:1].islower() or _NUMBERED.search(text, start, end):
        return False
    if any(not _big_place(m.group(1)) for m in _IN_PLACE.finditer(text, start, end)):
        return False  # "the school counsellor in Shetpe": the one of that village's school
    school = place[1] - len(word)
    return any(
        (0 < role[0] - place[1] <= 1 and text[place[1]].isspace()) or role[0] <= school < role[1]
        for role in roles
    )  # "the school psychologist": a role whose own first word is the school's


def _named(place: tuple[int, int], text: str) -> bool:
    part = text[place[0] : place[1]]
    return bool(_CAPITALISED.search(text, place[0], place[1])) or any(c.isdigit() for c in part)


_PLACE_CASE_ENDINGS = frozenset(
    {*endings_for(latin=True), *endings_for(latin=False)}
    | {
        skeleton(e)
        for e in ("ский", "ская", "ское", "ские", "ского", "ской", "ском", "цы", "цев", "ец", "лык", "лық")
    }
)
"""Endings a city's name takes in a note: the profiles' case endings, and the Russian adjectives and
people's names made from it ("Алматинский" is read by the dictionary; "шымкентский", "ошские")."""


@lru_cache(maxsize=50_000)
@cache
def _institutions() -> frozenset[str]:
    """The profiles' landmarks of one word (a school, a mosque, an akimat, a hospital) as skeletons."""
    return frozenset(skeleton(w) for w in address_phrases("landmarks") if " " not in w)


def _an_institution(word: str) -> bool:
    """``word`` (a capitalised stem before a place's ending) is an institution's word, no place
    ("Әкімдіктегі жастар ісі бөлімі": the one at the akimat; "Мектептегі": at the school)."""
    return skeleton(word) in _institutions()


def _big_place(word: str) -> bool:
    """A city or country of the list, in any form (asked once a word: it reads the whole list)."""
    shape = skeleton(word)
    # "Алматыдағы", "Шымкентте": a listed city with a case ending ("Ақсукенте" is Ақсукент, a village,
    # not Ақсу with an ending)
    if any(
        shape.startswith(known) and shape[len(known) :] in _PLACE_CASE_ENDINGS
        for known in places()
        if len(known) >= 4
    ):
        return True
    # "из Москвы", "в Новосибирске": a Russian case form of a listed city
    return any(skeleton(form) in places() for form in lexicon.normal_forms(word.casefold()))


def _cue_spans(
    text: str, lowered: str, start: int, end: int, cues: list[str], extend: bool
) -> list[tuple[int, int]]:
    """Where each of ``cues`` (in their order) stands as a whole word in the sentence."""
    found = []
    for cue in cues:
        at = lowered.find(cue, start, end)
        while at >= 0:
            cue_end = at + len(cue)
            whole = (at == 0 or not lowered[at - 1].isalnum()) and (
                cue.endswith(".") or cue_end >= len(lowered) or not lowered[cue_end].isalpha()
            )
            if whole:
                if extend:  # "the only midwife", "жалғыз ветеринар": the words it describes
                    more = _WORDS_AFTER.match(text, cue_end)
                    cue_end = min(end, more.end()) if more else cue_end
                found.append((at, cue_end))
            at = lowered.find(cue, at + 1, end)
    return found


def _skip_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t":
        index += 1
    return index
