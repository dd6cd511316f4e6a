"""The session's people are built more than once for one export (the dictionary's question, its
answer, the pseudonyms); ``coreference.match`` keeps its answers keyed by the word and the set of
bases. An equal set of another object is compared element by element on every cached look-up, so
equal sets of bases must be one object (``coreference._one_object``)."""

from facilitator.anonymizer.coreference import People, match


def test_people_with_the_same_names_share_one_set_of_bases() -> None:
    names = [("Ерлан Сапаров", ""), ("Aibek", ""), ("Мадина Ахметова", "")]
    first, second = People(names), People(list(names))
    assert first.bases == second.bases
    assert first.bases is second.bases


def test_other_names_keep_their_own_set_and_the_same_answers() -> None:
    first = People([("Ерлан Сапаров", "")])
    other = People([("Тимур Исаев", "")])
    again = People([("Ерлан Сапаров", "")])
    assert other.bases != first.bases
    assert again.bases is first.bases
    assert match("Ерлана", first.bases) == match("Ерлана", again.bases)
    assert match("Тимуру", other.bases) is not None
