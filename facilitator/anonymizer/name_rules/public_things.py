"""Public figures ("Абай говорил …"), characters of works ("в честь …", "в книге") and places
("село Жанажол", "таразской"): names that are kept, not a person of the note."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from facilitator.anonymizer import kazakh_spellings, lexicon
from facilitator.anonymizer.name_rules.name_lists import SURNAME, places
from facilitator.anonymizer.name_rules.sentence_positions import _NEXT, TOKEN, Token, _beside, _next_token
from facilitator.anonymizer.name_rules.word_bases import _is_latin, _stems, base_of
from facilitator.anonymizer.profiles import address_phrases, cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton

_FAMILY_TAILS = ("uulu", "kizi", "uli", "ova", "eva", "ina", "ov", "ev", "in")
"""Skeletons of the endings a family name is made with, in Russian and in the region's spelling
("Байтурсынов", "Байтұрсынұлы": one family)."""


def _family_stem(shape: str) -> str:
    for tail in _FAMILY_TAILS:
        if shape.endswith(tail) and len(shape) - len(tail) >= 3:
            return shape[: -len(tail)]
    return shape


@cache
def _figures_first_names() -> dict[str, frozenset[str]]:
    """The other words the public phrases write beside each word of theirs, by the stem of its family
    name ("байтурсын": Ахмет), as skeletons."""
    found: dict[str, set[str]] = {}
    for phrase in lexicon.public_phrases():
        words = TOKEN.findall(phrase)
        for at, word in enumerate(words):
            others = words[:at] + words[at + 1 :]
            if others:
                # each in Kazakh's Latin spellings too ("Álıa" of "Әлия")
                spelt = {s for w in others if not _is_latin(w) for s in kazakh_spellings.latin_spellings(w)}
                found.setdefault(_family_stem(skeleton(word)), set()).update(
                    skeleton(w) for w in {*others, *spelt}
                )
    return {stem: frozenset(others) for stem, others in found.items()}


def _the_figures_first_name(word: str, surname: str, in_a_case: bool = False) -> bool:
    """``word`` beside the public surname ``surname`` may be the figure's first name: the public
    phrases write it beside that family ("Ахмет Байтұрсынұлы"), or they write that family with no
    first name at all. "Нурбол" beside "Байтурсынов" is a namesake. ``in_a_case``: ``surname``
    follows ``word`` and may carry the case of the whole name ("Азамат Айтматовдун": Azamat,
    Aitmatov's, no figure; a quoted title beside the figure in a case, "Абайдың «Толық адам»", is
    left to the figure)."""
    shape = skeleton(surname)
    families = (_family_stem(stem) for stem in (shape, *(_stems(shape) if in_a_case else ())))
    known = next((k for k in map(_figures_first_names().get, families) if k is not None), None)
    if known is None:
        return True
    shape = skeleton(word)
    # a spelling the skeleton folds apart ("Álıa", "ala", for "Әлия", "alia") keeps its first letters
    return shape in known or base_of(word, known) is not None or any(k[:2] == shape[:2] for k in known)


def a_public_figure(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` names a public figure ("Абай говорил …"), not someone named after
    one ("Абай Жумабаев"): the session layer does not look for it as a person of the note."""
    word = text[start:end]
    if not _public_form(word, lexicon.public_people_for(word)):
        return False
    from facilitator.anonymizer.name_rules.namesakes import a_participant_there  # imports this module

    after = _next_token(text, end)
    token = Token(start, end, word)
    before = _token_before(text, start)
    return not (
        _named_after(token, after, text)
        or _came_after(text, token, after)
        or a_participant_there(token, before, text)
    )


def _token_before(text: str, start: int) -> Token | None:
    """The last word ending within 40 characters before ``start``, or None."""
    found = [*TOKEN.finditer(text, max(0, start - 40), start)]
    return Token(found[-1].start(), found[-1].end(), found[-1].group()) if found else None


def _named_after(token: Token, after: Token | None, text: str) -> bool:
    """``token``, a public figure's name, is a first name right before a capitalised surname (an
    -ов, -ев, -ин, -ұлы … ending) that is no public figure's: someone else of that name."""
    return (
        after is not None
        and token.text[:1].isupper()
        and text[token.end : after.start] == " "
        and after.text[:1].isupper()
        and not after.text.isupper()
        and bool(SURNAME.match(after.text))
        and not _public_form(after.text, lexicon.public_people_for(after.text))
    )


def _a_namesake(
    token: Token, before: Token | None, after: Token | None, text: str, names: frozenset[str]
) -> bool:
    """``token``, a public figure's family name, right beside a listed first name that the public
    phrases never write with that family ("Байтурсынов Нурбол", "Нурбол Байтурсынов"; not "Ахмет
    Байтурсынов"): someone of the same family name."""
    if (
        not SURNAME.match(token.text)
        or _figures_first_names().get(_family_stem(skeleton(token.text))) is None
    ):
        return False
    return any(
        t is not None
        and _beside(t, token, text)
        and t.text[:1].isupper()
        and not t.text.isupper()
        and base_of(t.text, names) is not None
        and not _the_figures_first_name(t.text, token.text)
        for t in (before, after)
    )


def _came_after(text: str, token: Token, after: Token | None) -> bool:
    """A verb of coming to the session (or missing it) right after the word, maybe past a filler or
    two ("Dımaş keldı", "Димаш бүгін келмеді", "Месси сегодня не пришёл"; the profiles' ``came``)."""
    if after is None or not text or text[token.end : after.start] != " ":
        return False
    came, fillers = union("came"), union("subject_fillers")
    word, end = after.text.casefold(), after.end
    for _filler in range(2):
        if word in came or word not in fillers:
            break
        following = _NEXT.match(text, end)  # one space, then the next word
        if following is None:
            return False
        word, end = following.group(1).casefold(), following.end()
    return word in came


_INITIAL_AFTER = re.compile(r"[ \t]+([^\W\d_])(?:\.|(?=[ \t]*:)|(?=[ \t]*(?:\n|$)))")
"""A capital letter right after a word, then a full stop, a colon or the line's end: "Димаш Б.",
"[19:41] Dimash S: …" (not "Dimash I think")."""


def initialled(text: str, end: int) -> bool:
    """An initial follows the word ending at ``end`` ("4. Димаш Б.", "Dimash S:"): the public figure's
    first name is a participant's, whose surname the writer cut to its first letter."""
    found = _INITIAL_AFTER.match(text, end)
    return found is not None and found.group(1).isupper()


def honoured(text: str, end: int) -> bool:
    """An honorific right after the word ending at ``end`` ("Раҳмон ака", "Rahmon aka", "Манас
    байке", "Абай ағайдың"; ``name_spans._honorific_form``: not "our", "Абай атамыз"): a teacher or an
    elder of the figure's name, no figure; nor "grandfather" ("Қорқыт ата", the legend)."""
    from facilitator.anonymizer.name_rules.name_spans import _honorific_form

    found = _HONORIFIC_AFTER.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    return base_of(word, _ANCESTORS, min_inflected=3) is None and _honorific_form(skeleton(word))


_HONORIFIC_AFTER = re.compile(r"[ \t-]([^\W\d_]+)")
_ANCESTORS = frozenset(skeleton(word) for word in ("ата", "ata", "ota", "бобо", "bobo", "баба", "baba"))
"""Grandfather, ancestor: how the legends and the poets are called ("Қорқыт ата", "Абай ата")."""


@cache
def _not_the_figure_pattern() -> re.Pattern[str]:
    phrases = sorted(union("not_the_figure"), key=len, reverse=True)
    joined = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in phrases) or r"(?!)"
    return re.compile(rf"[\"'”’»]?[ \t]*(?:[,(—–-][ \t]*)?(?:{joined})(?![\w'’])", re.IGNORECASE)


def not_the_figure(text: str, end: int) -> bool:
    """Right after a public figure's name (past a closing quotation mark, a comma, a dash or an
    opening bracket), the note says it means someone else of that name ('"Dimash", not the singer',
    "Димаш (не тот)"; the profiles' ``not_the_figure``): a person."""
    return bool(text) and _not_the_figure_pattern().match(text, end) is not None


@lru_cache(maxsize=100_000)
def _public_form(word: str, public: frozenset[str]) -> bool:
    """ "Абая", "Абайдың" are Абай; "Құдайбергенов" is not Құдайберген (a surname made from it)."""
    base = base_of(word, public)
    if base is None:
        if _is_latin(word):
            return False
        # a dictionary form of two letters is a guess at an unknown word's stem ("Ёров" read as a form
        # of "ёр": not the hero Ер)
        return any(
            len(form) >= 3 and skeleton(form) in public for form in lexicon.normal_forms(word.casefold())
        )
    rest = skeleton(word)[len(base) :]
    if rest.startswith("in") and base.endswith("n") and re.search("нн|nn", word, re.IGNORECASE):
        return True  # "Пушкиннің", "Golovkinniń": the Kazakh genitive, its "нн" written once
    # "Абайжан", "Dimashjon", "Манасчик": a pet form made of the figure's name is a boy's
    return not rest.startswith(("ov", "ev", "in", "uli", "kizi", "bek", "jan", "jon", "chon", "chik"))


@cache
def _place_words() -> frozenset[str]:
    # "Қўрғонча қишлоғи", "Qoraqamish mahallasi": a village's word of an address names a place too
    words = (*cue_phrases("small_places"), *address_phrases("villages"))
    return frozenset(w for w in words if " " not in w and not w.endswith(".")) | union("place_words")


@cache
def _place_kind_words() -> frozenset[str]:
    """The words naming a place's kind after its name ("Ысык-Ата району", "Кара-Суу айылы"): the
    villages' words of an address and the profiles' ``place_words``, without the small places' cue
    words that say where someone is from ("мечиттен", "айылдан")."""
    words = (w for w in address_phrases("villages") if " " not in w and not w.endswith("."))
    return frozenset(words) | union("place_words")


_PLACE_ADJECTIVE = re.compile(
    r"(?P<stem>[а-яёәғқңөұүһі-]{2,}?)[сц]к(?:ий|ая|ое|ой|ого|ому|им|ом|ую|ие|их|ими|ых|ыми|ые)"
)


@lru_cache(maxsize=10_000)
def _place_adjective(lower: str) -> bool:
    """A Russian adjective made from a place of the lists ("таразской", "алматинской",
    "кызылординской", "каскеленской"): the place's, no person's (a surname in -ский made from no
    listed place, "ковальский", stays one)."""
    made = _PLACE_ADJECTIVE.fullmatch(lower)
    if made is None:
        return False
    stem = skeleton(made.group("stem"))
    known = places() | lexicon.region_places()
    return stem in known or any(
        candidate in known
        for candidate in (stem + "a", stem + "i", stem[:-1], stem[:-2] + "a", stem[:-2] + "i")
    )


@cache
def _place_abbreviations() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in cue_phrases("small_places") if w.endswith("."))


_SPACED_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’]*)")


def before_a_place_word(text: str, end: int) -> bool:
    """A village's, a neighbourhood's or a district's word right after ``end`` ("Oydin mahallasida",
    "Ақсу ауылы", "Yunusobod tumani"): the word before it names the place, though a person of the
    note has that name ("Oydin opa")."""
    following = _SPACED_NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).casefold()
    return word in _place_words() and not _BARE_PLACE.fullmatch(word)


_BARE_PLACE = re.compile(
    r"(?:ауыл|айыл|aýyl|auyl|аул|aul|qishloq|қишлоқ|кишлак|кыштак|mahalla|маҳалла|махалла|ovul|овул|деҳа"
    r"|kent|кент|район|аудан|aýdan|tuman|туман)"
    r"(?:да|де|та|те|дан|ден|тан|тен|ға|ге|қа|ке|га|ка|дағы|дегі|дагы|даги|da|de|ta|te|dan|den|tan|ten|ǵa|ge"
    r"|qa|ke|ga|ka|daǵy|degi|dagi|dagy)?"
)
"""A village's word without the possessive ("ауылда", "qishloqda"): where someone is, after a
person ("Ерлан ауылда тұрады"), not a place's name with its word ("Ақсу ауылы", "Oydin mahallasida")."""


def _place_cue(first: Token | None, second: Token | None, text: str) -> bool:
    """ "село Жанажол", "с. Акжар", "Қызылжар ауылы": one of the two is a place word right beside
    the other. "с Ерболом" (a preposition, no dot) and "Kairat (school director)" are not."""
    if first is None or second is None:
        return False
    gap = text[first.end : second.start]
    for cue, other in ((first, True), (second, False)):
        word = cue.text.casefold()
        if word in _place_abbreviations() and other:
            if gap.strip() == ".":
                return True
            continue
        if word in _place_words() and not gap.strip():
            return True
    return False


_IN_HONOUR = re.compile(r"(?:в[ \t]+честь|in[ \t]+honou?r[ \t]+of|named[ \t]+after)[ \t]+\Z", re.IGNORECASE)
_FROM_A_WORK = re.compile(r"[ \t]+(?:из|from)[ \t]+([«\"“]?)([^\W\d_][\w'’-]*)")


def _a_figure_of_a_work(text: str, start: int, end: int) -> bool:
    """A name "from" a work (a book, an epic, a film): after "в честь" / "named after" with a
    capitalised word after "из" / "from" ("в честь Фаридуна из Шоҳнома"), or before "из" and a
    public work ("Рустам из Шоҳнома"). A person from a place or a centre ("Айбек из «Сезима»",
    "Ерлан из Алматы") is none: no honour before, no public work after."""
    work = _FROM_A_WORK.match(text, end)
    if work is None or not work.group(2)[:1].isupper():
        return False
    if _IN_HONOUR.search(text, max(0, start - 24), start):
        return base_of(work.group(2), places()) is None  # "в честь Ерлана из Алматы": a man from a town
    return base_of(work.group(2), lexicon.public_people_for(work.group(2)), min_inflected=3) is not None


_IN_THE_WORK = re.compile(
    r"[ \t]+(?:(?P<there>там|there)|в[ \t]+(?:книге|фильме|повести|романе|сериале|рассказе)"
    r"|in[ \t]+the[ \t]+(?:book|film|movie|novel|story|series)"
    r"|kitobda|filmda|кітапта|фильмде|китепте|тасмада)(?![\w'])",
    re.IGNORECASE,
)
_QUOTED_TITLE_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]*[«\"“„]")


def _a_character_there(text: str, start: int, end: int) -> bool:
    """A name right before "in the book / film" ("Данияр в книге …", "kitobda"), or before "там"
    (there) when a title read or watched stands quoted earlier in the note, within 200 characters
    ("прочитал «Джамилю» … «Данияр там единственный …»"): a character of the work, no person."""
    found = _IN_THE_WORK.match(text, end)
    if found is None:
        return False
    if not found.group("there"):
        return True
    things = union("titled_things")
    return any(
        m.group(1).casefold() in things
        for m in _QUOTED_TITLE_BEFORE.finditer(text, max(0, start - 200), start)
    )


_GENITIVE_END = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|nyń|niń|dyń|diń|tyń|tiń|nyn|nin|dyn|din|tyn|tin|ning)\Z",
    re.IGNORECASE,
)
_PHRASE_AFTER = re.compile(r"(?:[ \t]+([^\W\d_][\w'’-]*))(?:[ \t]+([^\W\d_][\w'’]*))?")


@cache
def _namesake_before() -> re.Pattern[str]:
    words = sorted(union("namesake_before"), key=lambda w: (-len(w), w))
    joined = "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in words) or r"(?!)"
    # the thing named comes right before the words, one more word of the name may lie after them
    # ("школе им. Абдуллы Розыбакиева": a span of the surname alone)
    return re.compile(
        rf"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+(?P<cue>{joined})[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+)?\Z",
        re.IGNORECASE,
    )


_NOT_A_THING = frozenset({"по", "от", "на", "с", "в"})
"""Words before "имени" that make it a person's name ("по имени Арман", "от имени директора")."""


def a_namesake(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` (of one or more words) is the one a place or an institution bears:
    right before the profiles' ``namesake_after`` ("Абай атындағы мектеп", "Navoiy nomidagi
    kutubxona"; not in the genitive: "Асқардың атындағы пәтер" is a flat in Asqar's name), or right
    after a thing's word and ``namesake_before`` ("школа им. Гагарина"; not "по имени Арман"); in
    Tajik the thing's word takes the izafe ("мактаби ба номи Айнӣ"; not "корт ба номи …", a card in
    someone's name)."""
    after = _PHRASE_AFTER.match(text, end)
    if after is not None and not _GENITIVE_END.search(text, start, end):
        # the word right after, or after one more capitalised word of the name ("Janyl Myrza atyndagy")
        first, second = after.group(1), after.group(2) or ""
        words = union("namesake_after")
        if first.casefold() in words or (
            first[:1].isupper() and second.casefold() in words and not _GENITIVE_END.search(first)
        ):
            return True
    before = _namesake_before().search(text, max(0, start - 48), start)
    if before is None:
        return False
    thing = before.group(1).casefold()
    if thing in _NOT_A_THING:
        return False
    return not before.group("cue").casefold().startswith("ба") or thing.endswith(("и", "ӣ"))
