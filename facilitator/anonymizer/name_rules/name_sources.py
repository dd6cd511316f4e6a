"""The sources a name detection is marked with, and which of them the anonymizer is unsure of
(removed, and shown first in the review)."""

from __future__ import annotations

AMBIGUOUS = "name-or-word"
NAME_SHAPE = "name-shape"
"""A word no list or dictionary knows, shaped like a name of the region, where a person stands."""
PET_FORM = "pet-form"
"""A pet form made from a roster first name ("erjeke" of Ержан), though it may be a word."""
NAME_ALONE = "name-alone"
"""A listed name alone in its clause, though it may be a word."""
SURNAME_WORD = "surname-word"
"""A word right after a first name, read as a surname, though it may be a word ("вячеслав ткач")."""
PERSON_PLACE = "person-place"
"""A name-word where a person stands, though it may be a word: spoken to ("Бақыт, сен …"), before the
comitative and a verb of talking ("Бакыт менен сүйлөштүм"), before an age ("Роман, 14 лет")."""
PLACED_NICKNAME = "placed-nickname"
"""A word a note places beside a person as what the group calls them ("Руслан «Шериф»"), though it
may be a word (placed_names.py): every form of it in the session is that person."""
NAME_COLUMN = "name-column"
"""A word opening a line in a column of lines that open with people's names (placed_names.py)."""
HANDLE_NAMED = "handle-named"
"""A capitalised word an account of the note spells, though it is a word too (handle_names.py)."""
BLOCK_SENDER = "block-sender"
"""A word labelling a line in a run of labelled lines where another label is a name (speaker_labels.py)."""
MODEL_NAME = "word-model"
"""A word the word model (token_model.py) is fairly sure is a name, that no rule removed."""
UNSURE_SOURCES = frozenset(
    {
        AMBIGUOUS,
        "capitalised-start",
        NAME_SHAPE,
        NAME_ALONE,
        SURNAME_WORD,
        PET_FORM,
        PERSON_PLACE,
        PLACED_NICKNAME,
        NAME_COLUMN,
        MODEL_NAME,
        BLOCK_SENDER,
        HANDLE_NAMED,
    }
)
"""The sources of a detection the anonymizer is unsure of: removed, and shown first in the review."""
_WORDS_TOO = frozenset(
    {"roster", AMBIGUOUS, "names-list", "same-note", PERSON_PLACE, NAME_ALONE, "capitalised-start"}
)
"""Sources of a name-word's span that ``spoken_of`` may take back (it is the word, spoken of)."""


_SHAPE_SOURCES = frozenset({"capitalised", "capitalised-start", "surname-pattern", "dictionary", "nickname"})
"""What found a word by its capital or its shape alone, no list of names."""
