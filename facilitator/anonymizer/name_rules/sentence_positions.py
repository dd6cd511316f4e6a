"""Where a word stands: the words of a text (``Token``), a sentence's or a line's start, a clause of
one word, the next word, and the language of the sentence around a word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.profiles import union

TOKEN = re.compile(r"[^\W\d_](?:[\w’'ʼ‘-]*[^\W\d_])?", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:['’]s)$", re.IGNORECASE)
_WORD_ONLY = re.compile(r"[^\W\d_]+")
LINE_OPENING = re.compile(r"(?:[\s\d:.\-–—\[\]()#*•>✓✔]|\[[^\[\]\n]{1,24}\])*")
"""What may open a line before its first word: a time, a bullet, a tick, a bracketed tag ("[цитата]")."""
SENTENCE_END = re.compile(r"[.!?\n](?:\s|\Z)")
"""A sentence's end, plainly: a stop, a question or an exclamation mark before a space, or a line's end
(no abbreviations are weighed; ``quasi`` has the reading that knows "с." and "No.")."""
OPENING_QUOTES = "«\"“„‘'"
"""The marks that open a quotation or a title ("«", '"', "“", "„", "‘", "'"), one string for the modules
that ask whether a word opens one (as a frozenset where an empty slice must not count)."""
_ABBREVIATIONS = frozenset(
    {"с", "пос", "п", "ул", "д", "г", "им", "ст", "мкр", "р", "обл", "св", "no", "st", "dr"}
)
_OPENERS = set(" \t«\"“„'‘(-–—•*>")


_NEXT = re.compile(r" ([^\W\d_]+)")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool = False
    """The first word of a sentence (or of a quotation, or after a colon)."""

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def shouting(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def tokens(text: str) -> Iterator[Token]:
    for match in TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        yield Token(match.start(), match.start() + len(word), word, starts_sentence(text, match.start()))


def _words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word, a possessive "'s" left out (what ``tokens`` reads)."""
    for match in TOKEN.finditer(text):
        word = match.group()
        if word[-2:] in _POSSESSIVES:
            word = word[:-2]
        yield match.start(), match.start() + len(word), word


_POSSESSIVES = frozenset({"'s", "'S", "’s", "’S"})
_GLUE = frozenset("@._/")
_LINK_REACH = 64


def _in_a_link(text: str, start: int, end: int) -> bool:
    """A word inside an e-mail address or a link ("will" and "fischer" of will.fischer04@gmail.com,
    "aibar" of aibar.kz@inbox.ru): the pattern of the address takes it whole; as a name it would
    join the name before it ("Почта Айбара aibar…") and make other forms of the note names."""
    glued = (end < len(text) and text[end] in _GLUE and text[end + 1 : end + 2].isalnum()) or (
        start > 0 and text[start - 1] in _GLUE
    )
    if not glued:
        return False
    left = start
    while left > 0 and start - left < _LINK_REACH and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < _LINK_REACH and not text[right].isspace():
        right += 1
    chunk = text[left:right]
    if _SLASHED_WORDS.fullmatch(chunk.strip(".,;:!?()«»\"'")):
        return False  # "Max/Tim/Nick", "он/она": words given as alternatives, no link
    return "@" in chunk[1:] or "/" in chunk or "www." in chunk


_SLASHED_WORDS = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)+")


def _token(word: tuple[int, int, str]) -> Token:
    """A neighbour: only its text is read (``initial`` is not)."""
    return Token(word[0], word[1], word[2])


_WORD_AND_DOT = re.compile(r"(\w+)\.$")


def starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        index -= 1
    if index < 0:
        return True
    if text[index] in "!?…\n:;" or "\t" in text[index + 1 : start]:
        return True  # a new line, or a table's cell after a tab ("Имя<tab>Возраст")
    if index + 1 < start and _emoji(text[index]):
        return True  # "… кешікті 😅 Сабақ …": an emoji typed between two sentences ends the first
    if text[index] == ".":
        before = _WORD_AND_DOT.search(text[max(0, index - 8) : index + 1])
        return not (before and before.group(1).casefold() in _ABBREVIATIONS)
    if text[index].isdigit():  # "03.11 Арзыў — …": a diary's date opening the line, its first word next
        line = text.rfind("\n", 0, index) + 1
        return index - line < _STAMP and _DATE_STAMP.fullmatch(text, line, start) is not None
    return False


def opens_a_quoted_phrase(text: str, start: int) -> bool:
    """The word at ``start`` opens a quotation of two words or more on one line («Нағыз ер азамат
    кім?», «Kuch va hokimiyat g'ildiragi»): a title's or a sentence's first word, capitalised as the
    first word of one is, whatever it is."""
    if start == 0 or text[start - 1] not in _QUOTE_OPENERS:
        return False
    close = _QUOTE_CLOSER.search(text, start)
    if close is None:
        return False
    inner = text[start : close.start()]
    return "\n" not in inner and len(_QUOTED_WORD.findall(inner)) >= 2


_QUOTE_OPENERS = '«"“„'
_QUOTE_CLOSER = re.compile(r"[»\"”“]")
_QUOTED_WORD = re.compile(r"[^\W\d_]+")


_DATE_STAMP = re.compile(r"[ \t]*\d{1,2}[./]\d{1,2}[ \t]+")
"""A day and a month opening a line ("03.11 ", "7/12 "): a diary's entry, no year (a date of birth has
one: "12.03.2005 Айбек")."""
_STAMP = 8


_DASH_WORDS = re.compile(r"[ \t]*[—–-][ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def _there_after(text: str, end: int) -> bool:
    """A dash and a word for "there" (the profiles' ``there``) right after ``end``."""
    after = _DASH_WORDS.match(text, end)
    if after is None:
        return False
    words = after.group(1).casefold()
    return words.split()[0] in union("there") or words in union("there")


def _emoji(char: str) -> bool:
    """A pictograph or a symbol's variation selector: typed where a sentence ends ("…кешікті 😅")."""
    return char == "\ufe0f" or unicodedata.category(char) == "So"


_CLAUSE_EDGE = ",.;:!?\n()"


def _clause_of_one(text: str, start: int, end: int) -> bool:
    """Punctuation or a line's edge on both sides of the word (spaces and tabs between)."""
    left = text[max(0, start - 40) : start].rstrip(" \t")
    right = text[end : end + 40].lstrip(" \t")
    if not left and start > 40:
        return False  # a long run of spaces: no edge in reach
    return (not left or left[-1] in _CLAUSE_EDGE) and (not right or right[0] in _CLAUSE_EDGE)


def _alone(text: str, start: int, end: int, before: Token | None, after: Token | None) -> bool:
    """The word is a clause of its own (punctuation or a line's edge on both sides), and not an item
    of a list of lower-case words ("Любовь, страх, стыд", "Nur, jaryq, úmit")."""
    if not _clause_of_one(text, start, end):
        return False
    left = text[max(0, start - 40) : start].rstrip(" \t")
    right = text[end : end + 40].lstrip(" \t")
    return not (
        (left[-1:] == "," and (before is None or before.text.islower()))
        or (right[:1] == "," and (after is None or after.text.islower()))
    )


@lru_cache(maxsize=64)
def _lowercase_writer(text: str) -> bool:
    """Most sentences of ``text`` start in lower case, or its only one does: its writer does not
    capitalise names either ("максат опять без слов.")."""
    starts = [m.group(1) for m in re.finditer(r"(?:^|[.!?\n]\s*)([^\W\d_])", text)]
    lower = sum(1 for c in starts if c.islower())
    return (len(starts) >= 2 and lower * 2 >= len(starts)) or (len(starts) == 1 and lower == 1)


def _unquoted(text: str, start: int) -> bool:
    """The word does not open a quotation («ерке балам»: words quoted in another language)."""
    index = start - 1
    while index >= 0 and text[index] == " ":
        index -= 1
    return index < 0 or text[index] not in "«\"'“„‘"


_CLAUSE_STOP = re.compile(r"[.,;:!?\n«»\"()]")


_CLAUSE_OPENERS = frozenset('.,;:!?\n—–-(«"')


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` opens its note, line or clause (after a time or a bullet too)."""
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    return not opening or opening[-1] in _CLAUSE_OPENERS or LINE_OPENING.fullmatch(opening) is not None


_CLAUSE_END = re.compile(r"[.,;!?\n]")


_NEXT_SENTENCE_WORD = re.compile(r"[.!?…]+[\s\"»”)]*([^\W\d_]+)")


def _a_person_pronoun_next(text: str, end: int) -> bool:
    """The sentence after the one ``end`` is in opens with a pronoun of one person ("He", "Она", "Ол")."""
    following = _NEXT_SENTENCE_WORD.search(text, end, min(len(text), end + 200))
    return (
        following is not None
        and "\n" not in text[end : following.start(1)]
        and following.group(1)[:1].isupper()
        and following.group(1).casefold() in union("person_pronouns")
    )


def _blank(text: str, start: int, end: int, allowed: str) -> bool:
    return 0 <= end - start <= 4 and not text[start:end].strip(" " + allowed)


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_REGION_LETTERS = _KAZAKH_LETTERS | frozenset("ӣӯҷҳўӢӮҶҲЎ")
"""The letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic that Russian has not."""


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most 80 characters either side."""
    begin = max(0, start - 80)
    stop = min(len(text), end + 80)
    for mark in ".!?\n":
        at = text.rfind(mark, begin, start)
        if at >= 0:
            begin = max(begin, at)
        at = text.find(mark, end, stop)
        if at >= 0:
            stop = min(stop, at)
    return begin, stop


def _russian_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Russian: Cyrillic, without the letters of Kazakh."""
    begin, stop = _sentence_bounds(text, start, end)
    part = text[begin:stop]
    if any(c in _KAZAKH_LETTERS for c in part):
        return False
    cyrillic = [w for w in re.findall(r"[а-яёА-ЯЁ]+", part) if len(w) > 2]
    if len(cyrillic) < 3 or sum(c.isascii() and c.isalpha() for c in part) * 2 > sum(map(len, cyrillic)):
        return False
    # Kazakh without its own letters ("ер адам жыламайды") reads as Russian only by the dictionary
    return sum(lexicon.russian(w.casefold())[0] for w in cyrillic) * 2 >= len(cyrillic) + 1


def _russian_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Russian, however short: none of its letters is of Kazakh,
    Kyrgyz, Tajik or Uzbek only, and most of its other Cyrillic words the Russian dictionary knows
    ("илья смутился"; not "эркек деген ким", "дар бораи фишор")."""
    begin, stop = _sentence_bounds(text, start, end)
    if _REGION_LETTERS & set(text[begin:stop]):
        return False
    others = re.findall(r"[а-яёА-ЯЁ]{2,}", text[begin:start] + " " + text[end:stop])
    known = sum(lexicon.russian(w.casefold())[0] for w in others)
    return bool(others) and known * 2 >= len(others) + 1


def _kazakh_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is Kazakh: of its other lower-case words, those with a letter of
    Kazakh are at least one, and as many as the Russian ones."""
    begin, stop = _sentence_bounds(text, start, end)
    others = [w for w in re.findall(r"[^\W\d_]{2,}", text[begin:start] + " " + text[end:stop]) if w.islower()]
    kazakh = sum(1 for w in others if any(c in _KAZAKH_LETTERS for c in w))
    return kazakh > 0 and kazakh >= sum(1 for w in others if _a_russian_word(w))


def _a_russian_word(word: str) -> bool:
    """A word without the letters of Kazakh that the Russian dictionary knows."""
    return not any(c in _KAZAKH_LETTERS for c in word) and lexicon.russian(word.casefold())[0]


def _english_around(text: str, start: int, end: int) -> bool:
    """The sentence around a word is English: most of its other words are English words."""
    begin, stop = _sentence_bounds(text, start, end)
    others = [w.casefold() for w in re.findall(r"[A-Za-z]{2,}", text[begin:start] + " " + text[end:stop])]
    return len(others) >= 3 and sum(w in lexicon.english_words() for w in others) * 3 >= len(others) * 2


def _next_token(text: str, end: int) -> Token | None:
    found = TOKEN.search(text, end, end + 40)
    return Token(found.start(), found.end(), found.group()) if found else None


def _said(after: Token | None) -> bool:
    return after is not None and after.text.casefold() in union("person_after")


def _person_before(before: Token | None) -> bool:
    return before is not None and before.text.casefold() in union("person_before")


def _beside(other: Token, token: Token, text: str) -> bool:
    if not text:
        return True
    gap = text[min(other.end, token.end) : max(other.start, token.start)].strip()
    if not gap:
        return True
    if other.end <= token.start:
        return gap[-1:] in '«"“„' and len(gap) == 1
    return gap[:1] in '»"”' and len(gap) == 1
