"""Bullets and numbered lines on the projector wrap under their text (a hanging indent), as on a
printed handout; the plan's words are shown as written, never read as HTML."""

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.ui.audience_view import AudienceView, ListLabel


def ink_lines(image: QImage) -> list[tuple[int, int]]:
    """For each line of text: the first row with ink and the leftmost inked column of that line."""
    dark = [
        [image.pixelColor(x, y).lightness() < 128 for x in range(image.width())]
        for y in range(image.height())
    ]
    lines: list[tuple[int, int]] = []
    y = 0
    while y < image.height():
        if any(dark[y]):
            top = y
            left = image.width()
            while y < image.height() and any(dark[y]):
                left = min(left, dark[y].index(True))
                y += 1
            lines.append((top, left))
        y += 1
    return lines


def shown(qtbot: QtBot, text: str) -> QImage:
    """``text`` as the projector's list of items shows it (its own label, in a narrow column)."""
    view = AudienceView("en")
    qtbot.addWidget(view)
    label = view.findChild(QLabel, "items")
    assert label is not None
    label.setParent(None)
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setFont(QFont("DejaVu Sans", 20))
    label.setStyleSheet("background: white; color: black;")
    label.setText(text)
    label.resize(360, label.heightForWidth(360))
    return label.grab().toImage()


def test_a_wrapped_bullet_line_starts_under_the_text_not_under_the_bullet(qtbot: QtBot) -> None:
    lines = ink_lines(shown(qtbot, "•  Respect: for women and for others, fair relationships at home"))
    assert len(lines) >= 2, lines  # the line wrapped
    (_, bullet), (_, wrapped) = lines[0], lines[1]
    assert wrapped > bullet + 15, lines  # under the words, well right of the bullet


def test_a_wrapped_numbered_line_starts_under_its_text(qtbot: QtBot) -> None:
    lines = ink_lines(shown(qtbot, "1.  What does a caring father do on an ordinary day at home?\n2.  Why?"))
    assert len(lines) >= 3, lines
    assert lines[1][1] > lines[0][1] + 15, lines
    assert abs(lines[-1][1] - lines[0][1]) <= 2, lines  # the next number is back at the margin


def test_the_plans_words_are_never_read_as_html_and_the_text_is_what_was_given(qtbot: QtBot) -> None:
    label = ListLabel()
    qtbot.addWidget(label)
    label.setText("•  <b>not bold</b> & <img src=x>")
    assert label.text() == "•  <b>not bold</b> & <img src=x>"
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;img" in QLabel.text(label)
    label.setText("A sentence, no marks")
    assert label.textFormat().name == "PlainText" and QLabel.text(label) == "A sentence, no marks"
