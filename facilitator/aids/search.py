"""Find cues as the facilitator types: any of the three languages, forgiving about letters.

- case does not matter;
- Kazakh letters match their Russian look-alikes both ways ("казак" finds "қазақ");
- ё and е are the same;
- text typed with the wrong keyboard layout (Latin keys for Russian, "athvbybpv" -> "феминизм",
  or the other way) is tried too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitator.aids.cues import Cue, CueLibrary

_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е"}
)
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_TO_RUSSIAN = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_TO_LATIN = str.maketrans(_RUSSIAN_KEYS, _LATIN_KEYS)
_WORD = re.compile(r"\w+", re.UNICODE)

# how much a match in each field counts: the statement first, then its variants, then the rest
_WEIGHTS = {"statement": 8, "variants": 6, "drivers": 3, "forms": 3, "moves": 1}


def fold(text: str) -> str:
    """Lower case with Kazakh letters and ё folded to their Russian look-alikes."""
    return text.casefold().translate(_FOLD)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


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
            _Entry(cue_id, {f: frozenset(ws) for f, ws in gathered[cue_id].items()}) for cue_id in order
        ]

    def search(self, query: str) -> list[str]:
        """Cue ids matching every word of ``query`` (as a word start), best first; all for ""."""
        variants = query_variants(query)
        if not variants:
            return [entry.cue_id for entry in self._entries]
        scored = []
        for position, entry in enumerate(self._entries):
            score = max(_score(entry, tokens) for tokens in variants)
            if score > 0:
                scored.append((-score, position, entry.cue_id))
        return [cue_id for _score_, _position, cue_id in sorted(scored)]


def _texts(cue: Cue, drivers: Mapping[str, str], forms: Mapping[str, str]) -> dict[str, Iterable[str]]:
    return {
        "statement": [cue.statement],
        "variants": cue.variants,
        "drivers": [drivers.get(d, d) for d in cue.drivers],
        "forms": [forms.get(f, f) for f in cue.forms],
        "moves": [move.text for move in cue.moves],
    }


def _score(entry: _Entry, tokens: list[str]) -> int:
    total = 0
    for token in tokens:
        best = max(
            (
                weight
                for field, weight in _WEIGHTS.items()
                if any(w.startswith(token) for w in entry.fields[field])
            ),
            default=0,
        )
        if best == 0:
            return 0
        total += best
    return total
