"""Identifiers with a shape: phones, e-mails, ID numbers, cards, handles, dates of birth, addresses.

Short service numbers (helpline 150, 102, 112) are not phone numbers and are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from facilitator.anonymizer.spans import Kind, Span

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_DIGIT = r"[\s\-.()]*\d"
PHONE = re.compile(
    r"(?<![\w+])(?:"
    rf"\+\s?(?:7|99[2-8]|380|375)(?:{_DIGIT}){{8,10}}"  # +7 701 234 56 78, +996 555 123 456, ...
    rf"|8[\s\-.]?\(?\d(?:{_DIGIT}){{9}}"  # 8 (727) 123-45-67, 8-705-555-12-34, 87011234567
    r"|99[2-8]\d{9}"
    r")(?![\w])"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
ID_NUMBER = re.compile(r"(?<![\d\w])(?:\d{12}|\d{14})(?![\d\w])")  # IIN (KZ); PIN (KG), PINFL (UZ)
CARD = re.compile(r"(?<![\d\w])(?:\d{4}[ \-]?){3}\d{1,7}(?![\d\w])")
_PLATFORMS = (
    r"instagram|insta|inst|tiktok|telegram|tg|vk|facebook|fb|whatsapp|ватсап\w*|телеграм\w*|телег\w*"
    r"|инстаграм\w*|инст\w*|тикток\w*|вк|вконтакте|фейсбук\w*"
)
HANDLE = re.compile(
    r"(?<![\w@])@[A-Za-z0-9_.]{2,30}"
    rf"|(?i:\b(?:{_PLATFORMS})\b\s*[:\-]?\s*@?[A-Za-z0-9_.]{{3,30}})"
)
_MONTHS = (
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]"
    r"|декабр[яь]|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
)
BIRTHDATE = re.compile(
    r"(?<!\d)(?:"
    r"[0-3]?\d[./-][01]?\d[./-](?:19|20)\d{2}"  # 12.03.2005
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d"  # 2005-03-12
    rf"|[0-3]?\d\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}(?:\s*(?:г\.?|года|ж\.?|жылы))?"  # 12 марта 2005 г.
    rf"|(?:{_MONTHS})\s+[0-3]?\d,?\s+(?:19|20)\d{{2}}"  # March 3, 2006
    rf"|(?:19|20)\d{{2}}\s+жылғы\s+[0-3]?\d\s+(?:{_MONTHS})"  # 2005 жылғы 12 наурыз
    r")(?!\d)",
    re.IGNORECASE,
)
_STREET = (
    r"(?:ул\.?|улица|улице|улицы|пр\.?|пр-т|проспект[а-я]*|мкр\.?|микрорайон[а-я]*|пер\.?|переулок|переулке"
    r"|көшесі|даңғылы|шағын\s?аудан[ы]?|street|st\.|avenue|ave\.?|road|rd\.|lane|microdistrict|mkr"
    r"|ko'chasi|kochasi)"
)
_NUMBER = r"\d{1,4}[а-яa-z]?(?:\s*[/,]\s*\d{1,4}(?!\d*-?\s?(?:пәтер|үй|uy)))?"
_FLAT = (
    r"(?:\s*,?\s*(?:(?:кв\.?|квартира|apt\.?|flat|пәтер|дом|д\.)\s*\d{1,4}"
    r"|\d{1,4}-?\s?(?:пәтер|үй|uy|kvartal)\w*))*"
)
_TOWN = rf"(?:,\s*[{_UPPER}][\w-]+(?=[.;,\s]|$))?"
ADDRESS = re.compile(
    "(?:"
    + _STREET
    + r"\s+[\w\-.]+(?:\s+[\w\-.]+)?\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + rf"|[{_UPPER}][\w\-]+(?:\s+[\w\-]+)?\s+"
    + _STREET
    + r"\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + r"|(?:[A-Z][\w']+\s+(?:sh\.|shahri),?\s*)?[A-Z][\w']+\s+tumani,?\s*\d{1,3}-kvartal,?\s*\d{1,4}-uy"
    + ")"
    + _FLAT
    + _TOWN,
    re.IGNORECASE,
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def find_patterns(text: str) -> Iterator[Span]:
    for match in EMAIL.finditer(text):
        yield Span(match.start(), match.end(), Kind.EMAIL, "pattern")
    for match in CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield Span(match.start(), match.end(), Kind.CARD, "pattern")
    for match in ID_NUMBER.finditer(text):
        yield Span(match.start(), match.end(), Kind.IIN, "pattern")
    for match in PHONE.finditer(text):
        if len(re.sub(r"\D", "", match.group())) >= 10:
            yield Span(match.start(), match.end(), Kind.PHONE, "pattern")
    for match in HANDLE.finditer(text):
        yield Span(match.start(), match.end(), Kind.HANDLE, "pattern")
    for match in BIRTHDATE.finditer(text):
        yield Span(match.start(), match.end(), Kind.BIRTHDATE, "pattern")
    for match in ADDRESS.finditer(text):
        yield Span(match.start(), match.end(), Kind.ADDRESS, "pattern")
