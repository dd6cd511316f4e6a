"""Bullets and numbered lines on the projector wrap under their text (a hanging indent), as on a
printed handout; the plan's words are drawn as written, never read as HTML; the height the view
fits its type by is the height the list is drawn in."""

from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.ui import theme
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.list_text import ListLabel, list_lines


def ink_lines(image: QImage) -> list[tuple[int, int, int]]:
    """For each line of ink: its first row, last row and leftmost inked column."""
    dark = [
        [image.pixelColor(x, y).lightness() < 128 for x in range(image.width())]
        for y in range(image.height())
    ]
    lines: list[tuple[int, int, int]] = []
    y = 0
    while y < image.height():
        if any(dark[y]):
            top, left = y, image.width()
            while y < image.height() and any(dark[y]):
                left = min(left, dark[y].index(True))
                y += 1
            lines.append((top, y - 1, left))
        y += 1
    return lines


def drawn(qtbot: QtBot, text: str, width: int = 360) -> tuple[ListLabel, QImage]:
    """``text`` drawn by a list label in black on white, ``width`` wide, as tall as it says."""
    label = ListLabel()
    qtbot.addWidget(label)
    label.setFont(QFont(theme.FONT_FAMILY, 20))
    label.setStyleSheet("background: white; color: black;")
    label.setText(text)
    label.resize(width, label.heightForWidth(width))
    return label, label.grab().toImage()


def test_a_wrapped_bullet_line_starts_under_the_text_not_under_the_bullet(qtbot: QtBot) -> None:
    _, image = drawn(qtbot, "•  Respect: for women and for others, fair relationships at home")
    lines = ink_lines(image)
    assert len(lines) >= 2, lines  # the line wrapped
    (_, _, bullet), (_, _, wrapped) = lines[0], lines[1]
    assert wrapped > bullet + 15, lines  # under the words, well right of the bullet


def test_numbered_lines_share_one_text_column_and_every_line_is_drawn_inside_the_label(qtbot: QtBot) -> None:
    questions = "\n".join(
        f"{n}.  What does a caring father do on an ordinary day at home?" for n in range(1, 11)
    )
    label, image = drawn(qtbot, questions)
    lines = label.shown_lines()
    texts = {line.x for line in lines if not line.text.rstrip(".").isdigit()}
    assert len(texts) == 1 and texts.pop() > 0  # "10." and "9." alike: the words in one column
    assert {line.x for line in lines if line.text.rstrip(".").isdigit()} == {0}
    assert sum(1 for line in lines if line.text.rstrip(".").isdigit()) == 10
    assert ink_lines(image)[-1][1] < image.height()  # the last line's ink is inside: no clipping


def test_kazakh_words_wrap_under_their_text_and_a_word_too_long_is_broken_not_cut(qtbot: QtBot) -> None:
    label, image = drawn(
        qtbot, "•  Әйелдерге және басқаларға құрмет, үйдегі әділ қарым-қатынас\n•  Ұялмаңыз", 300
    )
    lines = label.shown_lines()
    assert [line.text for line in lines if line.x == 0] == ["•", "•"]
    assert "".join(line.text for line in lines if line.x > 0).replace(" ", "") == (
        "Әйелдергежәнебасқаларғақұрмет,үйдегіәділқарым-қатынасҰялмаңыз"
    )
    assert len(ink_lines(image)) >= 4  # two bullets, one wrapped at least once
    long_word = "•  " + "Қ" * 60
    label, _ = drawn(qtbot, long_word, 300)
    width, metrics = label.contentsRect().width(), QFontMetrics(label.font())
    assert len(label.shown_lines()) > 2  # broken inside the word, over several lines
    assert all(line.x + metrics.horizontalAdvance(line.text) <= width for line in label.shown_lines())


def test_the_plans_words_are_never_read_as_html(qtbot: QtBot) -> None:
    label, _ = drawn(qtbot, "•  <b>not bold</b> & <img src=x>")
    assert label.text() == "•  <b>not bold</b> & <img src=x>"
    assert label.textFormat().name == "PlainText"
    assert (
        "".join(line.text for line in label.shown_lines()[1:]).replace(" ", "") == "<b>notbold</b>&<imgsrc=x>"
    )


def test_the_view_fits_its_type_by_the_height_the_list_is_drawn_in(qtbot: QtBot) -> None:
    """A long list that wraps: the fitted type leaves every line inside the screen, and the list's
    label is as tall as its drawn lines."""
    view = AudienceView("en")
    qtbot.addWidget(view)
    view.resize(800, 450)
    view.show()
    items = "\n".join(
        "•  A long line about respect, fairness and care at home and in the street" for _ in range(6)
    )
    label = view.findChild(QLabel, "items")
    assert isinstance(label, ListLabel)
    label.setText(items)
    view.set_comfort(1.0, False)  # fits again
    qtbot.waitUntil(lambda: label.height() > 0)
    _, height = list_lines(items, label.font(), label.contentsRect().width())
    assert view.scale < 1.0  # it had to shrink
    assert label.height() >= height and label.geometry().bottom() <= view.height()
    assert len({line.x for line in label.shown_lines()}) == 2  # bullets and hanging lines
