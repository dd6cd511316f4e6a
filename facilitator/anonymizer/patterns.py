"""Identifiers with a shape: phones, e-mails, ID numbers, cards, handles, dates of birth, addresses.

Short service numbers (helpline 150, 102, 112) are not phone numbers and are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from facilitator.anonymizer.spans import Kind, Span

_DIGIT = r"[\s\-.()]*\d"
PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\s?(?:7|99[2-8]|380|375)(?:" + _DIGIT + r"){8,10}"
    r"|8\s?\(?\d(?:" + _DIGIT + r"){9}"
    r"|99[2-8]\d{9}"
    r")(?![\w])"
)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
DIGITS_12 = re.compile(r"(?<![\d\w])\d{12}(?![\d\w])")
CARD = re.compile(r"(?<![\d\w])(?:\d{4}[ \-]?){3}\d{1,7}(?![\d\w])")
HANDLE = re.compile(
    r"(?<![\w@])@[A-Za-z0-9_.]{2,30}"
    r"|(?i:\b(?:instagram|insta|inst|tiktok|telegram|tg|vk|facebook|fb|whatsapp|ватсап|телеграм|инстаграм|инста)\b"
    r"\s*[:\-]?\s*@?[A-Za-z0-9_.]{3,30})"
)
_MONTHS = (
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
)
BIRTHDATE = re.compile(
    r"(?<!\d)(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d"
    r"|[0-3]?\d\s+(?:" + _MONTHS + r")\s+(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жылы))?"
    r"|(?i:(?:" + _MONTHS + r"))\s+[0-3]?\d,?\s+(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_STREET = (
    r"(?:ул\.?|улица|улице|улицы|пр\.?|пр-т|проспект[а-я]*|мкр\.?|микрорайон[а-я]*|пер\.?|переулок|переулке"
    r"|көшесі|даңғылы|шағын\s?аудан[ы]?|street|st\.|avenue|ave\.?|road|rd\.|lane|microdistrict|mkr)"
)
_NUMBER = r"\d{1,4}[а-яa-z]?(?:\s*[/,]\s*\d{1,4})?"
_FLAT = r"(?:\s*,?\s*(?:кв\.?|квартира|apt\.?|flat|пәтер|дом|д\.)\s*\d{1,4})*"
ADDRESS = re.compile(
    r"(?:"
    + _STREET
    + r"\s+[\w\-.]+(?:\s+[\w\-.]+)?\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-]+\s+"
    + _STREET
    + r"\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + r")"
    + _FLAT,
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
    for match in DIGITS_12.finditer(text):
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
