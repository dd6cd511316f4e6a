"""A lower-case word that the Russian dictionary reads only as a person's name or surname, in any case,
is a person wherever it stands in a Russian sentence; removed as unsure (listed first in the review).

Written from general knowledge of Russian grammar, not from any notes: a name in the genitive after a
noun ("девушка ильи", "номер нины"), in the accusative after a verb ("позвали сашу"), in the dative
("костю отругали"), a surname alone ("цою посоветовал"), a listed first name right before such a
surname ("паша кравец"). Counter-examples: names that are also words ("вера в себя", "роман
Толстого", "слава богу"), a word of another language of the region that the Russian dictionary reads
as a name ("эркек деген ким", "дар бораи фишор", "решает бобо"), a Kazakh word.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from tests.helpers.found_names import name_spans_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("вчера все начали ржать. илья смутился.", "илья"),
        ("пришла девушка ильи и увела его", "ильи"),
        ("потом сашу позвали к доске", "сашу"),
        ("нину дома никуда не отпускают, брат следит", "нину"),
        ("номер нины взяла у координатора", "нины"),
        ("костю опять отругали за опоздание", "костю"),
        ("обсудили контроль. цою посоветовал не ходить одному", "цою"),
        ("паша кравец пришёл выпивший, попросила уйти", "паша кравец"),
    ],
)
def test_a_word_the_dictionary_reads_only_as_a_name_is_removed_unsure(text: str, name: str) -> None:
    found = name_spans_in(text)
    assert name in found, found
    assert found[name].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("вера в себя важнее всего", "вера"),
        ("один сказал что это как роман толстого", "роман"),
        ("слава богу отец не пьет уже год", "слава"),
        ("мой арман стать врачом", "арман"),
        ("эркек деген ким", "ким"),
        ("дар бораи фишор гап задем", "бораи"),
        ("дома всё решает бобо, а не отец", "бобо"),
        ("ребята долго спорили о любви", "любви"),
    ],
)
def test_a_word_that_is_also_a_word_or_of_another_language_stays(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert not any(word in w for w in found), found
