"""A word the note's own handle or e-mail address spells: "Шер дар гурӯҳи мост" beside
"@sher_tj_2006", "Kuzya posted a video … @kuzya_boxer". A boy's account is named after him, so a
capitalised word of the note that the account's name spells (in either alphabet, maybe with a case
ending) is that boy, though the word is a word too (шер: a lion, kit: a whale). Not a word in small
letters ("bakyt is happiness" beside instagram.com/bakyt_kg_07: the word), nor what a nickname is
not (``could_be_a_nickname``: a place, a relative, a role, a public figure) or a word of a title
in quotes. Unsure: removed, and reviewed first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from facilitator.anonymizer.name_rules.name_sources import HANDLE_NAMED
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_ACCOUNT_WORD = re.compile(r"[^\W\d_]{3,}")
_OWN_NAME = re.compile(r"^(?:https?://)?(?:www\.)?(?:[\w.-]+\.[a-z]{2,}/)?@?([^@\s/]+)")
"""An account's own name: a handle past its site and "@" ("t.me/baha_kentau_07", "@sher_tj"), an
e-mail address before its "@"."""
_WORD = re.compile(r"(?<![\w'’@./-])[^\W\d_][\w'’]*(?![\w@/-])")


def account_words(written: str) -> list[str]:
    """The runs of three letters or more in an account's own name ("baha", "kentau" of
    t.me/baha_kentau_07; "slava", "pop" of slava.pop98@gmail.com)."""
    own = _OWN_NAME.match(written.strip())
    return _ACCOUNT_WORD.findall(own.group(1)) if own else []


def handle_named(
    text: str, patterns: Sequence[Span], found: Sequence[Span], public: Sequence[tuple[int, int]]
) -> list[Span]:
    """The words of ``text`` that an account of ``patterns`` (a handle, an e-mail address) spells,
    that no span of ``patterns``, ``found`` or public name touches (see the module)."""
    accounts = [s for s in patterns if s.kind in (Kind.HANDLE, Kind.EMAIL)]
    if not accounts:
        return []
    names = frozenset(skeleton(w) for a in accounts for w in account_words(text[a.start : a.end]))
    if not names:
        return []
    taken = Cover([(s.start, s.end) for s in (*patterns, *found)] + list(public))
    added = []
    for word in _WORD.finditer(text):
        start, end = word.span()
        if taken.overlaps(start, end) or end - start < 3:
            continue
        base = base_of(word.group(), names)
        if base is None or not could_be_a_nickname(word.group()) or _in_a_title(text, start):
            continue
        added.append(Span(start, end, Kind.NAME, HANDLE_NAMED, base))
    return added


def _in_a_title(text: str, start: int) -> bool:
    """The word stands inside «…» on its line: a channel's or a group's title the account is named
    after ("ТГ канал «Бишкек Жаштары» … @bishkek_jashtary_admin")."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count("«") > line.count("»")
