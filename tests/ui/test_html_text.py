"""The console's own escaping is ``html.escape``'s, character for character."""

import html
import random

from facilitator.ui.html_text import escape


def test_escape_is_html_escape() -> None:
    pieces = ["&", "<", ">", '"', "'", "&amp;", "a", "ә", "Ж", " ", "\n", "<b>", "&#x27;", "1 < 2 & 3"]
    rng = random.Random(17)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert escape(text) == html.escape(text), text
