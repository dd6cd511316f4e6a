"""Small-group combinations: an age, a place and a job in one sentence can point to one person.

They are flagged for a human decision in the review, not replaced automatically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from facilitator.anonymizer.spans import Kind, Span

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
AGE = re.compile(
    r"\b\d{1,2}\s*(?:лет|год[а]?|-?летн\w*|жаста\w*|жастағы|жасар|years?\s+old|-?year-old|y\.?o\.?)"
    r"|\b(?:aged|age)\s+\d{1,2}\b|\b\d{1,2}\s*(?:жас)\b",
    re.IGNORECASE,
)
PLACE = re.compile(
    r"\b(?:из|в\s+селе|в\s+деревне|в\s+ауле|село|деревн\w+|аул\w*|ауыл\w*|from|village|selo|кент\w*|посёл\w+"
    r"|посел\w+)\b",
    re.IGNORECASE,
)
JOB = re.compile(
    r"\b(?:работа\w+|работник\w*|продав\w+|водител\w+|учител\w+|врач\w*|повар\w*|охранник\w*|механик\w*|"
    r"слесар\w+|грузчик\w*|таксист\w*|жұмыс\s+істе\w+|істейді|жұмыскер\w*|мұғалім\w*|жүргізуші\w*|сатушы\w*|"
    r"полицей\w*|участков\w*|police\s+officer|policeman|imam|имам\w*|director|директор\w*|"
    r"works?\s+(?:at|as|in)|job\s+at|driver|teacher|cashier|mechanic|shop\s+assistant|"
    r"на\s+заправке|в\s+магазине|на\s+рынке|в\s+шиномонтаж\w*|в\s+кафе|в\s+акимате)\b",
    re.IGNORECASE,
)


ONLY = re.compile(r"\b(?:the\s+only|only\s+one|единственн\w+|жалғыз|один\s+на\s+вс\w+)\b", re.IGNORECASE)


def find_quasi(text: str) -> Iterator[Span]:
    for sentence in SENTENCE.finditer(text):
        body = sentence.group()
        place_and_job = PLACE.search(body) and JOB.search(body)
        if place_and_job and (AGE.search(body) or ONLY.search(body)):
            start = sentence.start() + (len(body) - len(body.lstrip()))
            end = sentence.start() + len(body.rstrip())
            yield Span(start, end, Kind.QUASI, "pattern")
