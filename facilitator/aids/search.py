"""Find cues as the facilitator types: any of the three languages, forgiving about letters.

- case does not matter;
- Kazakh letters match their Russian look-alikes both ways ("казак" finds "қазақ");
- ё and е are the same;
- text typed with the wrong keyboard layout (Latin keys for Russian, "athvbybpv" -> "феминизм",
  or the other way) is tried too;
- a word matches another form of itself: both are reduced to their Snowball stem (Russian for
  Cyrillic, Kazakh folded to its look-alikes; English for Latin), so "ерунду" finds "ерунда" and
  "wasting" finds "waste"; as you type, a word also matches the words it starts;
- words found in many cues ("это", "бұл", "this", "is") need not match, nor words no cue has
  (a typo, an inflection the stemmer does not reach): the other words of the query choose the
  cue, as a search engine weighs terms by how rare they are. When no cue has every rare word,
  the cues short of one are shown. A query of common words only must match whole, as before;
  one with no rare word the cues have finds nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from facilitator.aids.cues import Cue, CueLibrary

_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е"}
)
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_TO_RUSSIAN = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_TO_LATIN = str.maketrans(_RUSSIAN_KEYS, _LATIN_KEYS)
_WORD = re.compile(r"\w+", re.UNICODE)

COMMON = 0.25
"""A query word found in at least this share of the cues is common: it need not match."""
_CYRILLIC = re.compile("[а-я]")

# how much a match in each field counts: the statement first, then its variants, then the rest
_WEIGHTS = {"statement": 8, "variants": 6, "drivers": 3, "forms": 3, "moves": 1}


def fold(text: str) -> str:
    """Lower case with Kazakh letters and ё folded to their Russian look-alikes."""
    return text.casefold().translate(_FOLD)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@cache
def _stemmer(language: str) -> Callable[[str], str]:
    import snowballstemmer  # lazily: the console starts without the cue panel's index

    return snowballstemmer.stemmer(language).stemWord  # type: ignore[no-any-return]


@cache
def stem(word: str) -> str:
    """The Snowball stem of a folded word: Russian for Cyrillic (Kazakh folded to its Russian
    look-alikes), English for Latin letters; other words as they are."""
    if word.isascii() and word.isalpha():
        return _stemmer("english")(word)
    if _CYRILLIC.search(word):
        return _stemmer("russian")(word)
    return word


def query_variants(query: str) -> list[list[str]]:
    """The query as typed, and as if typed on the other keyboard layout."""
    lowered = query.casefold()
    candidates = [lowered, lowered.translate(_TO_RUSSIAN), lowered.translate(_TO_LATIN)]
    seen: list[list[str]] = []
    for candidate in candidates:
        tokens = words(candidate)
        if tokens and tokens not in seen:
            seen.append(tokens)
    return seen


@dataclass(frozen=True)
class _Entry:
    cue_id: str
    fields: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]

    def weight(self, token: str, token_stem: str) -> int:
        """How much ``token`` counts in this cue: its best field's weight, 0 if not found (the
        same stem, or a word it starts)."""
        return max(
            (
                weight
                for field, weight in _WEIGHTS.items()
                if token_stem in self.stems[field] or any(w.startswith(token) for w in self.fields[field])
            ),
            default=0,
        )


class CueIndex:
    """Every cue's searchable words, gathered from each language's library under its id."""

    def __init__(self, libraries: Mapping[str, CueLibrary]) -> None:
        gathered: dict[str, dict[str, set[str]]] = {}
        order: list[str] = []
        for library in libraries.values():
            drivers = {d.id: d.title for d in library.drivers}
            forms = {f.id: f.title for f in library.forms}
            for cue in library.cues:
                if cue.id not in gathered:
                    gathered[cue.id] = {field: set() for field in _WEIGHTS}
                    order.append(cue.id)
                for field, texts in _texts(cue, drivers, forms).items():
                    for text in texts:
                        gathered[cue.id][field].update(words(text))
        self._entries = [
            _Entry(
                cue_id,
                {f: frozenset(ws) for f, ws in gathered[cue_id].items()},
                {f: frozenset(stem(w) for w in ws) for f, ws in gathered[cue_id].items()},
            )
            for cue_id in order
        ]

    def search(self, query: str) -> list[str]:
        """Cue ids matching the words of ``query`` that are not common to many cues (in any form
        of the word, or as a word start), best first; all for ""."""
        variants = query_variants(query)
        if not variants:
            return [entry.cue_id for entry in self._entries]
        best: dict[int, float] = {}
        for tokens in variants:
            for position, score in self._scores(tokens).items():
                best[position] = max(best.get(position, 0.0), score)
        ranked = sorted(best, key=lambda position: (-best[position], position))
        return [self._entries[position].cue_id for position in ranked]

    def _scores(self, tokens: list[str]) -> dict[int, float]:
        """Each matching cue's score (by position): its fields' weights for each word, times how
        rare the word is among the cues."""
        count = len(self._entries)
        found = []
        for token in tokens:
            token_stem = stem(token)
            weights = {i: w for i, e in enumerate(self._entries) if (w := e.weight(token, token_stem))}
            found.append(weights)
        known = [weights for weights in found if weights]
        rare = [weights for weights in known if len(weights) < COMMON * count]
        if not rare and len(known) < len(found):
            return {}  # only common words besides those no cue has: nothing to go by
        required = rare or found
        matching = set(range(count)).intersection(*(weights.keys() for weights in required))
        if not matching and len(required) > 1:  # none has them all: those short of one word
            matching = {i for i in range(count) if sum(i in w for w in required) == len(required) - 1}
        return {
            position: sum(
                weights.get(position, 0) * math.log((count + 1) / (len(weights) + 0.5)) for weights in found
            )
            for position in matching
        }


def _texts(cue: Cue, drivers: Mapping[str, str], forms: Mapping[str, str]) -> dict[str, Iterable[str]]:
    return {
        "statement": [cue.statement],
        "variants": cue.variants,
        "drivers": [drivers.get(d, d) for d in cue.drivers],
        "forms": [forms.get(f, f) for f in cue.forms],
        "moves": [move.text for move in cue.moves],
    }
