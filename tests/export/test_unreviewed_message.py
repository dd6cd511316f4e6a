"""The export command says in plain words what it removed without a review and how to review it."""

from facilitator.commands import _unreviewed_descriptions


def test_the_message_says_what_was_removed_and_where_to_review_it() -> None:
    one = _unreviewed_descriptions(1)
    assert "1 description that could identify someone" in one and " was removed " in one
    assert "Review notes and export anonymized PDF" in one and "Ctrl+Shift+E" in one
    assert "small-group" not in one  # the jargon the tester could not read
    assert "2 descriptions" in _unreviewed_descriptions(2) and " were removed " in _unreviewed_descriptions(2)
