"""Identifiers with a shape: phones, e-mails, ID numbers and documents, cards, plates, handles and
links, dates of birth, addresses.

Phones are found twice: by Google's phonenumbers (the local shapes of Kazakhstan, Kyrgyzstan,
Uzbekistan, Tajikistan and Russia, checked as valid numbers) and by a pattern for the shapes people
type around them. Short service numbers (helpline 150, 102, 112, 1409) are not phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache

import phonenumbers

from facilitator.anonymizer import address_chains, kazakh_spellings, lexicon
from facilitator.anonymizer.described_houses import described_houses, homes_opening_a_sentence
from facilitator.anonymizer.guards import guarded
from facilitator.anonymizer.name_rules.name_lists import SURNAME, a_listed_place, list_names
from facilitator.anonymizer.name_rules.sentence_positions import _WORD_ONLY, SENTENCE_END
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.normalize import fold
from facilitator.anonymizer.profiles import address_phrases, birth_phrases, cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span
from facilitator.anonymizer.spoken import mixed_phones, spoken_identifiers, spoken_phones

REGIONS = ("KZ", "KG", "UZ", "TJ", "RU")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_SEP = r"[\s\-.()]{0,3}"
PHONE = re.compile(
    r"(?<![\w+])(?:"
    rf"\+\s?(?:7|99[2-8]|380|375)(?:{_SEP}\d){{8,10}}"  # +7 701 234 56 78, +996 555 123 456, ...
    rf"|8{_SEP}\(?\d(?:{_SEP}\d){{9}}"  # 8 (727) 123-45-67, 8-705-555-12-34, 87011234567
    # Uzbekistan dialled at home as it was: 8, the operator's code, seven digits ("8 94 801-12-90")
    rf"|8{_SEP}\(?(?:9\d|88|33)\)?(?:{_SEP}\d){{7}}(?!{_SEP}\d)"
    rf"|0\(?\d(?:{_SEP}\d){{8}}"  # Kyrgyzstan: 0555 123 456, 0(312) 12-34-56
    rf"|0[ \t]\d{{3}}(?:{_SEP}\d){{6}}"  # the trunk 0 typed apart: "0 918 12 34 56", "0 555 123 456"
    rf"|99[2-8](?:{_SEP}\d){{9}}"
    r")(?![\w])"
)
_NUMBER_RUN = re.compile(r"\+?\(?\d(?:[\s\-.()]{0,3}\d){6,}")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
ID_NUMBER = re.compile(
    r"(?<![\d\w+])(?<!\+\s)(?<!\d[ \t\-.])\d(?:[ \t\-.]?\d){11}(?:\d\d)?(?![\d\w])(?![ \t\-.]\d(?!\d?\)))"
)  # IIN; PIN, PINFL (14); a number on the next line ("…500318\n3. …") or a list's "2)" is another, and
# so is a list's number after a phone's digits on the line before ("8 778 302 66 15\n3. …": no IIN)
_SERIES_LETTER = r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҶҲӢӮ]|(?<=[ZCS])h)"
"""A letter of a document's series after its hyphen: a capital of any of the region's alphabets, or
the h of Kazakh Latin's Zh, Ch, Sh ("I-ТҶ", "I-ZhA")."""
DOCUMENT = re.compile(
    r"(?<![\w])(?:[A-ZА-Я]{1,2}[\s\-№]?\d{7,9}|№\s?\d{7,9}"  # N12345678, AB 1234567, АА№1234567
    # a birth certificate's series, a Roman numeral and two letters: "I-ЖП 0456123", "II-ОН № 612345"
    # (Tajik letters too: "II-ТҶ 0457712"; Kazakh in Latin letters: "I-ZhA № 0417823")
    rf"|(?:[IVX]{{1,4}}|[1-4])-{_SERIES_LETTER}{{2,3}}\s?№?\s?\d{{6,7}}"
    # a series of digits before "№" and the number: a Russian work patent ("66 № 2302155890"), a
    # migration card ("4619 № 2284031"), with the word "series" before it ("серия 77 № 7654321098")
    r"|(?:(?:[Сс]ери(?:я|и|ясы)|[Ss]eri(?:es|ya|yasi))\s)?\d{2,4}\s?№\s?\d{6,10})(?![\w])"
)
_CUED_NUMBER = re.compile(
    r"[\s:№#-]{0,4}(?:no\.?|n°|№)?\s?([A-ZА-Я]{0,2}\s?\d{6,10})(?![\d\w])", re.IGNORECASE
)
_CUED_CODE = re.compile(r"[\s:№#-]{0,4}((?:[^\W\d_]{1,8}-?)?\d{2,}(?:-\d{2,}){1,3})(?![\w-])")
"""A code of letters and digit groups joined by hyphens right after a cue ("student ID SamDU-22-04417",
"ID KG-2008-1174")."""
_CODE_DIGITS = 5
_PASSPORT_AHEAD = re.compile(r"(?<![\d\w])\d{2}\s?\d{2}\s\d{6}(?![\d\w])")
"""A Russian passport as typed: a series of four digits (maybe split in two), a space, six digits."""
_PASSPORT_REACH = 100
_DOCUMENT_AHEAD = re.compile(
    r"(?<![\w+])(?:[A-Za-zА-Яа-я]{1,2}[\s\-№]?\d{7,9}|(?:KZ\s?)?\d{2}\s?[A-ZА-Я]{2}\s?\d{6})(?![\w])"
)
"""A passport's or an ID's shape after a cue, a letter in either case (n13842970), and a Kazakh
driving licence: two digits, two letters, six digits (04АВ127845, KZ 04 AB 127845)."""
_WORD_REST = re.compile(r"\w*")
"""The rest of a cue word ("паспорт|ы"), read in place (a slice would copy the rest of the note)."""
CARD = re.compile(r"(?<![\d\w])(?:\d{4}[ \-]?){3}\d{1,7}(?![\d\w])")
PLATE = re.compile(
    r"(?<![\w])(?:"
    r"\d{3}\s?[A-ZА-Я]{2,3}\s?\d{2}"  # Kazakhstan: 123 ABC 02, 777ABA05
    r"|(?:\d[ \t]\d{2}|\d{2}[ \t]\d)[ \t]?[A-ZА-Я]{3}[ \t]?\d{2}"  # the same, its number split: 0 27 BAA 05
    r"|[A-ZА-Я]\s?\d{3}\s?[A-ZА-Я]{2,3}(?:\s?\d{2,3})?"  # older Kazakh and Russian shapes: A 123 BCD
    r"|\d{2}\s?[A-ZА-Я]\s?\d{3}\s?[A-ZА-Я]{2}"  # Uzbekistan: 01 A 123 BC, in Cyrillic too (50 Б 456 ВА)
    r"|\d{2}\s?\d{3}\s?[A-Z]{3}"  # Uzbekistan (companies), Kyrgyzstan: 01 123 ABC
    r"|\d{2}\s?K[GZ]\s?\d{3}\s?[A-Z]{2,3}"  # Kyrgyzstan: 01 KG 123 ABC; Kazakhstan typed so: 01 KZ 123 AB
    r"|\d{4}\s?[A-ZА-Я]{2}\s?\d{2}"  # Tajikistan: 1234 AA 01
    r")(?![\w])"
)
_SMALL_PLATE = re.compile(
    r"(?<![\w])(?:"
    r"\d{3}[ \t]?[a-zа-я]{3}[ \t]?\d{2}"  # Kazakhstan, typed in small letters: 078 bkz 13
    r"|\d{2}[ \t]?k[gz][ \t]?\d{3}[ \t]?[a-z]{2,3}"  # Kyrgyzstan: 03 kg 417 abk
    r"|\d{2}[ \t]?[a-z][ \t]?\d{3}[ \t]?[a-z]{2}"  # Uzbekistan: 01 a 123 bc
    r")(?![\w])"
)
_SMALL_PLATE_AHEAD = re.compile(r"\d[ \t]?[a-zа-я]{1,3}[ \t]?\d")
_VEHICLE_REACH = 60
_UNITS = frozenset(
    [
        "som",
        "сом",
        "сум",
        "sum",
        "руб",
        "rub",
        "тыс",
        "млн",
        "mln",
        "min",
        "мин",
        "час",
        "soat",
        "год",
        "лет",
        "usd",
        "eur",
        "kzt",
        "kgs",
        "uzs",
        "tjs",
        "кгс",
        "тнг",
    ]
)


def _small_plates(text: str) -> Iterator[Span]:
    """A car's plate typed in small letters ("машинасы 555 aab 05", "көлік нөмірі 078 bkz 13"), where
    a word for a car stands in the 60 characters before it (the profiles' ``vehicle_words``): in
    small letters alone the shape is too often an amount and its unit."""
    for match in _SMALL_PLATE.finditer(text):
        if _UNITS.intersection(_WORD_ONLY.findall(match.group())):
            continue  # "taxi 200 som 15 min": an amount, its currency, a time
        before = text[max(0, match.start() - _VEHICLE_REACH) : match.start()].casefold()
        if any(word in before for word in _vehicle_words()):
            yield Span(match.start(), match.end(), Kind.PLATE, "pattern")


@cache
def _vehicle_words() -> tuple[str, ...]:
    return tuple(sorted(union("vehicle_words")))


_PLATFORMS = (
    r"instagram|insta|inst|tiktok|telegram|tg|vk|facebook|fb|whatsapp|ватсап\w*|телеграм\w*|телег\w*"
    r"|инстаграм\w*|инст\w*|тикток\w*|вк|вконтакте|фейсбук\w*|телеграмм\w*"
    r"|ınsta\w*|insta(?:sy|si|m|sida|dagi|daǵy)"  # "ınstasy", "instasi": his insta (kk-latn, uz)
    r"|аккаунт\w*|akkaunt\w*"  # "с аккаунта zheka.lys_"
)
_LINK_SITES = (
    r"t\.me|telegram\.me|instagram\.com|instagr\.am|vk\.com|facebook\.com|fb\.com|m\.facebook\.com"
    r"|tiktok\.com|wa\.me|ok\.ru|youtube\.com|x\.com|twitter\.com|threads\.net|linkedin\.com/in"
)
# the whole path: "ok.ru/profile/57302184", "facebook.com/profile.php?id=1000", not only its first part
LINK = re.compile(
    rf"(?i:(?:https?://)?(?:www\.)?(?:{_LINK_SITES})/[@+]?[\w.\-]+(?:/[\w.\-]+)*(?:\?[\w=&.\-]+)?)"
)
_PHONE_LINK = re.compile(r"(?i:(?:https?://)?(?:www\.)?wa\.me/\+?\d{7,15}\.?\Z)")
"""A WhatsApp link to a number: the number is the person's phone, and the link with it."""
# links are searched on their own: "инста instagram.com/x" is a cue and a link, both removed
_HANDLE_AT = r"(?<![\w@.])@[A-Za-z0-9_.]{2,30}(?<!\.)"
_HANDLE_CUED = rf"(?i:\b(?:{_PLATFORMS})\b\s*[:\-]?\s*@?[A-Za-z0-9_.]{{3,30}}(?![\w/]))"
# maksat_top_boy, jenis.art_kz
_HANDLE_UNDERSCORED = r"(?<![\w@./])[A-Za-z][A-Za-z0-9.]*_(?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\w])"
HANDLE = re.compile(f"{_HANDLE_AT}|{_HANDLE_CUED}|{_HANDLE_UNDERSCORED}")


_CUED_TAIL = re.compile(r"(?P<mark>[:\-]?\s*@?)(?P<handle>[A-Za-z0-9_.]{3,30})\Z")
_HANDLE_SIGNS = frozenset("0123456789_.")


def _handle_start(match: re.Match[str]) -> int | None:
    """Where the handle of a match starts: a handle after its platform's word ("телегу @lev_kz_2008",
    "insta: dauka") is the handle alone, the word stays ("в телегу"); a word in plain letters after a
    platform's name with a space only is the sentence's next word, no handle ("WhatsApp group",
    "Telegram arnasyn", "tg jiberdim", "instagramda gender")."""
    found = match.group()
    if found.startswith("@"):
        return match.start()
    tail = _CUED_TAIL.search(found)
    if tail is None or tail.start() == 0:
        return match.start()  # no platform's word before it: an underscored handle
    if not tail.group("mark").strip() and not _HANDLE_SIGNS.intersection(tail.group("handle").rstrip(".")):
        return None
    return match.start() + tail.start("handle") - (1 if tail.group("mark").endswith("@") else 0)


@cache
def _handle(at: bool, underscore: bool) -> re.Pattern[str]:
    """HANDLE for a text with or without "@" and "_": a branch that needs a character the text
    lacks matches nowhere in it, and leaving it out changes no match (the Latin words tried for an
    underscore were most of the pattern's time)."""
    branches = [_HANDLE_AT] if at else []
    branches.append(_HANDLE_CUED)
    if underscore:
        branches.append(_HANDLE_UNDERSCORED)
    return guarded(re.compile("|".join(branches)))


_MONTHS = (
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]"
    r"|декабр[яь]|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|янв|фев|мар|апр|авг|сен|сент|окт|ноя|дек"
    r"|yanvar|fevral|mart|aprel|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr|январ|феврал|сентабр|октабр"
)


def _birth_words(part: str) -> str:
    """The profiles' words of a date of birth of one part as an alternation (a space in one: any
    spaces; an apostrophe: any of the apostrophes typed, or none: "tug'ilgan", "tug‘ilgan", "tugilgan")."""
    return (
        "|".join(re.escape(w).replace(r"\ ", r"\s*").replace("'", "['‘’ʻ`]?") for w in birth_phrases(part))
        or "(?!)"
    )


_ALL_MONTHS = _MONTHS + "|" + _birth_words("months")
_DAY_MONTH = rf"[0-3]?\d(?:\s*-\s*|\s+)(?:{_ALL_MONTHS})\w*"
"""A day and a month in words, a hyphen or a space between, the month with its ending ("5-mart",
"14 naýryzda", "3-марты")."""
_YEAR_WORDED = rf"(?:19|20)\d{{2}}(?:\s*-?\s*(?:{_birth_words('year_words')})(?![^\W\d_]))?"
"""A year with the word for "year" after it, or alone ("2006 jyly", "2007-yil", "2006-жылдын", "2005")."""
_DATE_SHAPES = (
    r"[0-3]?\d[./-][01]?\d[./-](?:19|20)\d{2}"  # 12.03.2005
    r"|[0-3]?\d[./-](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[./-](?:19|20)\d{2}"  # 5.VII.2007
    r"|(?:19|20)\d{2}[-./][01]\d[-./][0-3]\d"  # 2005-03-12, 2005.07.22
    # 12 марта 2005 г., 14th March 2008, 3rd of May 2007, 14-го марта 2008
    rf"|[0-3]?\d(?:st|nd|rd|th|-?го)?\s+(?:of\s+)?(?:{_MONTHS})\s+(?:19|20)\d{{2}}(?:\s*(?:г\.?|года|ж\.?|жылы))?"
    rf"|(?:{_MONTHS})\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"  # March 3, 2006; March 3rd, 2006
    rf"|(?:19|20)\d{{2}},\s+[0-3]?\d\s+(?:{_MONTHS})\w*"  # 2007, 14 қыркүйек
    # the months of the profiles, a hyphen or a space after the day: "5-mart 2007", "22 naýryz 2006 jyly"
    rf"|{_DAY_MONTH},?\s+{_YEAR_WORDED}"
    # the year first: "2007-yil 5-martda", "2006 jyly 14 naýryzda", "2006-жылдын 3-марты", "1999 йил 3 март"
    rf"|{_YEAR_WORDED},?\s+{_DAY_MONTH}"
)
BIRTHDATE = re.compile(
    r"(?<!\d)(?:"
    + _DATE_SHAPES
    # a year of birth with its cue: "г.р. 2004", "2005 ж.т.", "туған жылы 2007", "born in 2006"
    + r"|(?:(?<=г\.р\.\s)|(?<=г\.р\.)|(?<=туған\sжылы\s)|(?<=born\sin\s)|(?<=ж\.т\.\s))(?:19|20)\d{2}"
    + r"|(?:19|20)\d{2}(?=\s*(?:г\.\s?р\.|ж\.\s?т\.|жылы\s+туған|yilda\s+tug|годa?\s+рождения))"
    + r")(?!\d)",
    re.IGNORECASE,
)
BIRTH_AFTER_CUE = re.compile(
    rf"(?<![^\W\d_])(?:{_birth_words('before')})[\s:.,–—-]*(?P<date>(?:{_DATE_SHAPES}|{_YEAR_WORDED}))(?!\d)",
    re.IGNORECASE,
)
"""A date after the profiles' cue of a date of birth, a year alone too: "tuğan künı 2005.07.22",
"týǵan jyly 2006", "tug'ilgan yili 2006", "туулган күнү 2006-жылдын 3-марты"."""
BIRTH_BEFORE_CUE = re.compile(
    rf"(?<!\d)(?P<date>(?:19|20)\d{{2}})(?:\s*-?\s*(?:{_birth_words('year_words')}))?[\s,]*-?"
    rf"(?:{_birth_words('after')})(?![^\W\d_])",
    re.IGNORECASE,
)
"""A year before the profiles' cue after it: "2006 jyly týǵan", "2006-yilda tug'ilgan", "2007-жылы
туулган", the cue glued by a hyphen too ("2008-ж.т.", Kyrgyz "2008-жылы туулган" written short)."""
_YEAR_WORDED_ALONE = re.compile(_YEAR_WORDED, re.IGNORECASE)
_SHORT_DATE = re.compile(r"(?<![\d./])[0-3]?\d([./-])[01]?\d\1\d{2}(?![\d./])")
"""A date with a two-digit year ("30.08.07", "07/11/06"): a date of birth only right after its cue."""
_CUE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_birth_words('before')})[\s:.,–—-]*$", re.IGNORECASE)
_CUE_REACH = 40
"""Characters before a short date in which its cue must end ("д.р. ", "date of birth: ")."""


def _words(part: str) -> str:
    """The profiles' address words of one part as an alternation (a space in one: any spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in address_phrases(part)) or "(?!)"


_STREET = (
    r"(?:ул\.?|улица|улице|улицы|улицу|пр\.?|пр-т|проспект[а-я]*|мкр\.?|мкрн\.?|микрорайон[а-я]*|пер\.?"
    r"|переулок|переулке|көшесі|көшесінде|көш\.|даңғылы|шағын\s?аудан[ы]?|ш\.а\.|street|st\.|avenue|ave\.?"
    r"|road|rd\.|lane|microdistrict|mkr|ko'chasi|kochasi|ko‘chasi|mavzesi|dahasi|кӯчаи|кучаи|хиёбони"
    r"|kóshesi|kóshesinde|kóshesindegi|даңғылы|көчөсү|көчөсүндө|кўчаси|кучаси|кўчасида|кучасида|ko'chasida"
    r"|kochasida|ко'часи|st(?=\s*\d)|mavze|хиёбон|" + _words("streets") + ")"
)
_DISTRICTS = _words("districts")
# "Шаңырақ-2 ықшам ауданы", "Chorsu mahallasi", "ш/а Сайран", "маҳаллаи Гулистон": a district's
# name is capitalised, and the district word is one of the profiles' forms, not any case of it
# ("Bizning mahallamizda" is no address)
_DISTRICT = rf"(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'-]+\s*-?\s*(?:{_DISTRICTS})(?![^\W\d_])"
_DISTRICT_FIRST = rf"(?:{_DISTRICTS})\s+(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'-]+"
# a street word before the street's name ("ул. Абая 5", "köshesi"-less Uzbek "mavze"); not the
# English words, which follow the name ("Abai Street"): "the whole street heard. Explained 102"
_STREET_FIRST = r"(?!(?:street|avenue|road|lane)\b)" + _STREET
_FLOORS = _words("floors")
_HOUSE_WORDS = r"пәтер|үй|uy|уй|xonadon|páter|úı|хона|ҳуҷра|kvartira|квартира|кв|дом|бөлме|" + _FLOORS
_NUMBER = (
    r"\d{1,4}[а-яa-z]?(?:\s*[/,]\s*\d{1,4}(?!\d*-?\s?(?:" + _HOUSE_WORDS + r"))|-\d{1,4}(?!\d))?"
    # "3-үйдің", "27-уйда", "14-те": a house word or a case ending glued to the number
    r"(?:-?\s?(?:" + _HOUSE_WORDS + r")\w*|-[^\W\d_]{1,5}(?![\w]))?"
)
_FLAT = (
    r"(?:\s*,?\s*(?:(?:кв\.?|квартира|apt\.?|apartment|flat|пәтер\w*|дом|д\.|үй\w*|bld\.?|block|комната|комн\.?"
    r"|room|хонаи|ҳуҷраи|хона|ҳуҷра|xonadon|uy|бөлме\w*|kv\.?|úı|páter|"
    + _words("houses")
    + "|"
    + _words("flats")
    + r")\s*№?\s*\d{1,4}[а-яa-z]?(?:-[^\W\d_]{1,5})?"
    r"|\d{1,4}-?\s?(?:пәтер|үй|uy|уй|kvartal|xonadon|páter|úı|хона|ҳуҷра|батир|подъезд)\w*"
    # a floor after its number, maybe an ordinal ("3 этаж", "3-қабат", "4th floor")
    r"|\d{1,2}(?:st|nd|rd|th|-?й|-?ші|-?шы)?\s*-?\s*(?:" + _FLOORS + r")(?![^\W\d_])"
    # the flat's number before its word, after a house ("34-үй, 61 кв", "5 дом 12 кв.")
    r"|\d{1,4}\s?(?:кв|kv)\b\.?))*"
)
# a house with its number ("дом 5", "12 дом", "5-үй", "uy 7"), and a flat's number ahead
_HOUSES = _words("houses")
_HOUSE = rf"(?:(?:{_HOUSES})\s*№?\s*\d{{1,4}}[а-яa-z]?|\d{{1,4}}[а-яa-z]?\s*-?\s*(?:{_HOUSES})(?![^\W\d_]))"
_FLAT_AHEAD = r"(?=\s*,?\s*(?:" + _words("flats") + r")\s*№?\s*\d)"
_TOWN = rf"(?:,\s*(?-i:[{_UPPER}])[\w-]+(?=[.;,\s]|$))?"
# "с. Акжар, ул. ...", "Ақтөбе ауылы, ...", "Karasu village, ...": the village before the street
_VILLAGES = _words("villages")
_VILLAGE = (
    rf"(?:(?P<village>(?:с\.|пос\.|п\.|пгт\.?|посёлок|поселок|посёлке|поселке|село|селе|аул|ауыл|махалл[яеи]|village|aýyl|деҳаи|деҳа|айыл|кишлак|qishloq|шаҳраки|{_VILLAGES})"
    # the village's name is capitalised and a word of its own ("в ауылда 40 үй бар" is no village)
    rf"(?:(?<=\.)|(?![^\W\d_]))\s*(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'-]+,?\s*"
    rf"|[{_UPPER}][\w-]+\s+(?:ауылы|aýyly|village|селосы|айылы|mahallasi|qishlog'i|кишлоғи|деҳа|{_VILLAGES}),?\s*)"
    rf"|(?-i:[{_UPPER}])[\w'-]+,\s*(?=(?-i:[{_UPPER}])[\w'-]+(?:\s+[\w'-]+)?\s+{_STREET}))?"
)
_MICRODISTRICT_LATIN = "|".join(kazakh_spellings.spellings_of("shaǵynaýdan"))
""""Шағын аудан" (a microdistrict) in the Kazakh Latin spellings: "shaǵynaýdan", "şağynaudan" …"""
_BLOCK = r"(?:\s*,?\s*(?:bld\.?|block|building|корпус|блок|house|дом|д\.|үй|uy)\s*\d{1,4}[а-яa-z]?)?"
ADDRESS = re.compile(
    r"(?<!\w)"
    + _VILLAGE
    + r"(?:"
    # 24 Abylai Khan St
    + r"\d{1,4}[a-z]?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:st\.?|street|ave\.?|avenue|road|rd\.?|lane)\b"
    + r"|"
    + rf"(?:[{_UPPER}][\w-]+|\d{{1,2}}(?:st|nd|rd|th)?)\s*-?\s*"
    + r"(?:microdistrict|мкр\.?|мкрн\.?|шағын\s?аудан\w*"
    + rf"|(?:{_MICRODISTRICT_LATIN})\w*|mavzesi)"
    + _BLOCK
    + r"|(?:"
    + _DISTRICT
    + ")"
    + _BLOCK
    + r"|"
    # the street's name starts with no hyphen or minus: "на улице мороз -32" (outside, a
    # temperature) is no "улица мороз -3" with a house 2; its second word holds a letter: "ул.
    # Жамбыла 201-45, 2006 г.р." is the house 201-45, not a street "Жамбыла 201-45" and a house 2006
    + _STREET_FIRST
    + r"(?:\s+|(?<=\.))(?!-)[\w\-.]+(?:\s+(?!-)(?=[\w\-.]*[^\W\d_])[\w\-.]+)?\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + rf"|(?:[{_UPPER}][a-zа-яё]?\.\s*)?[{_UPPER}][\w'’\-]+(?:\s+[\w'’\-]+)?\s+"
    + _STREET
    + r"\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + r"|(?:[A-Z][\w']+\s+(?:sh\.|shahri),?\s*)?[A-Z][\w']+\s+tumani,?\s*\d{1,3}-kvartal,?\s*\d{1,4}-uy"
    # a house in a named village ("в ауле Каратал, дом 5"), a house and a flat ("дом 5, кв 12"),
    # a street without its word before a house and a flat ("Гагарина 15, кв 3")
    + r"|(?(village)"
    + _HOUSE
    + r"|(?!))|"
    + _HOUSE
    + _FLAT_AHEAD
    + rf"|(?P<bare>(?-i:[{_UPPER}])[\w'-]+)(?:\s+[\w'-]+)?,?\s+\d{{1,4}}[а-яa-z]?(?:/\d{{1,4}})?"
    + _FLAT_AHEAD
    # a numbered district before a house ("Chilonzor-9, 14-uy", "Аксай-4, д. 23")
    + rf"|(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’]+-\d{{1,2}}[а-яa-zәі]?(?=\s*,?\s*"
    + _HOUSE
    + ")"
    # a street word, its name, then a house or a flat ("кӯчаи Айнӣ, хонаи 14")
    + "|"
    + _STREET_FIRST
    + r"\s+[\w\-.]+(?:\s+[\w\-.]+)?(?=\s*,?\s*(?:"
    + _HOUSES
    + "|"
    + _words("flats")
    + r")\s*№?\s*\d)"
    + r"|(?:общаг|общежити|жатақхана|dorm|yotoqxona|ётоқхона)\w*(?:\s+№?\s*\d{1,3})?(?:\s+[\w-]+)?"
    + r"(?=\s*,?\s*(?:комнат|комн|room|бөлме|xona))"
    # a room before the dorm it is in ("room 314 in the same dorm", "комната 12 в общаге колледжа")
    + r"|(?:room|комнат\w*|комн\.?|бөлме\w*|xona)\s*№?\s*\d{1,4}[a-zа-я]?(?=\s+(?:in|at|of|в|во|на)\s+"
    + r"(?:the\s+(?:same\s+)?|that\s+|том\s+же\s+|той\s+же\s+|их\s+|его\s+|нашей\s+|нашем\s+)?"
    + r"(?:[\w-]+\s+)?(?:общаг|общежити|dorm|hostel|yotoqxona))"
    + rf"|(?:[{_UPPER}][\w'-]+\s+)?\d{{1,3}}\s*-?\s*"
    + r"(?:мкр|мкрн|микрорайон|шағын\s?аудан|kvartal|квартал|mavze|"
    + _words("districts")
    + r")\w*\.?"
    + r"(?:\s*,?\s*(?:д\.?|үй|дом)?"
    + r"\s*\d{1,4}[а-яa-z]?(?:-?\s?(?:"
    + _HOUSE_WORDS
    + r")\w*)?)?"
    # a house before its street ("Дом 7 по улице Гоголя")
    + "|"
    + _HOUSE
    + rf"\s+по\s+(?:улице|проспекту|переулку|бульвару)\s+[{_UPPER}][\w-]+"
    # the district's word first ("маҳаллаи Гулистон"), after every other reading
    + "|"
    + _DISTRICT_FIRST
    + r"(?:\s*,?\s*(?:д\.?\s*)?"
    + _NUMBER
    + ")?"
    + ")"
    + _FLAT
    + _TOWN,
    re.IGNORECASE,
)


# the look-ahead of their first characters (guards.py) halves these searches of every piece
CARD, ID_NUMBER, DOCUMENT, PLATE = guarded(CARD), guarded(ID_NUMBER), guarded(DOCUMENT), guarded(PLATE)
PHONE = guarded(PHONE)


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
        grouped = len(digits) == 16 and len(match.group()) > 16  # "4400 4302 1187 5521", even mistyped
        if 13 <= len(digits) <= 19 and (grouped or luhn_ok(digits)):
            yield Span(match.start(), match.end(), Kind.CARD, "pattern")
    for match in ID_NUMBER.finditer(text):
        if not _uzbek_phone(match.group()) and not phone_and_service(match.group()):
            yield Span(match.start(), match.end(), Kind.IIN, "pattern")
    yield from _documents(text)
    yield from _phones(text)
    for match in PLATE.finditer(text):
        if re.search(r"[A-Za-zА-Яа-я]", match.group()) and re.search(r"\d", match.group()):
            yield Span(match.start(), match.end(), Kind.PLATE, "pattern")
    if _SMALL_PLATE_AHEAD.search(text):
        yield from _small_plates(text)
    lowered = fold(text)
    if any(site in lowered for site in _SITE_NAMES):  # the pattern is slow where no site is named
        for match in LINK.finditer(text):
            # "wa.me/77011234567": a WhatsApp link is its owner's phone, removed whole as one
            kind = Kind.PHONE if _PHONE_LINK.match(match.group()) else Kind.HANDLE
            yield Span(match.start(), match.end(), kind, "pattern")
    for match in _handle("@" in text, "_" in text).finditer(text):
        start = _handle_start(match)
        if start is not None:
            yield Span(start, match.end(), Kind.HANDLE, "pattern")
    yield from _with_tails(text, spoken_identifiers(text))
    yield from _birthdates(text)
    yield from _with_tails(text, _addresses(text))


def _with_tails(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """Each address with what follows it about where in the building or by what the home is ("ул.
    Джангильдина 48, кв 31 (3 подъезд)"): address_chains.address_tail."""
    for span in spans:
        if span.kind is Kind.ADDRESS:
            span = replace(span, end=address_chains.address_tail(text, span.end))
        yield span


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BEFORE_YEAR = 40
"""Characters a date of birth can hold before its year ("30 сентября ", "September 30, ")."""
_BEFORE_CUE = 80
"""Characters a date of birth's cue and the date can hold before its year ("tug'ilgan sanasi:
15-sentyabr ")."""


_SITE_NAMES = tuple(site.replace("\\", "") for site in _LINK_SITES.split("|"))
# every address names a street, a district or a block: the pattern is tried only around those words
_ADDRESS_WORD = re.compile(
    r"(?<![^\W\d_])(?:"
    + _STREET
    + r"|(?:мкр|мкрн|микрорайон|шағын\s?аудан|"
    + _MICRODISTRICT_LATIN
    + r"|kvartal|квартал|tumani|microdistrict|mavze"
    + r"|общаг|общежити|жатақхана|dorm|yotoqxona|ётоқхона)\w*"
    + r"|st|rd|"
    + _DISTRICTS
    + "|"
    + _words("houses")
    + "|"
    + _words("flats")
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")


_ADDRESS_WORD = guarded(_ADDRESS_WORD)
"""Searched with a look-ahead of its words' first letters (guards.py): the long alternation tried at
every character, or at every word, cost more than the addresses themselves."""


def _address_words(text: str) -> Iterator[re.Match[str]]:
    return _ADDRESS_WORD.finditer(text)


_AROUND_ADDRESS_WORD = 120
"""Characters an address can hold before its street word (a village, a number, two words) and
after it (a name, numbers, a flat, a town)."""


_LABELS = _words("labels")
_COUNTED_AFTER = (
    r"(?![ \t]*(?:год|лет|мес|недел|раз|человек|час|мин|жыл|жаш|жас|ай\b|апта|күн|саат|адам|киши|бала"
    r"|yil|oy\b|hafta|kun|soat|yosh|year|month|week|day|time|people|min|hour|сол|моҳ|рӯз|нафар))"
)
"""Not a count of years, people or times after the number ("живут Ивановы 3 года", "үйү Бишкекте 2
жыл"): a street's house is not counted."""
_STREET_AND_HOUSE = (
    rf"(?P<address>(?-i:[{_UPPER}])[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"\d{1,4}[а-яa-z]?(?:\s*[/-]\s*\d{1,4})?(?![\w.,]\d)" + _COUNTED_AFTER + _FLAT + ")"
)
_LABELLED = re.compile(rf"(?<![^\W\d_])(?:{_LABELS})\s*:?\s*" + _STREET_AND_HOUSE, re.IGNORECASE)
"""After an address's label, a street's name without its word and a house ("Адрес: Абая 45-12",
"по адресу Толе би 120, кв 44"): the label says what the name and the number are."""


_LABELLED_TOWN = re.compile(
    rf"(?<![^\W\d_])(?:{_LABELS})\s*:?\s*(?P<town>(?-i:[{_UPPER}])[\w'’]+(?:-[\w'’]+)?)\s*,\s*"
    + _STREET_AND_HOUSE,
    re.IGNORECASE,
)
"""An address's label and a town of the lists with a comma ("дареги Ош, Курманжан Датка 112"): the
street's name without its word and its house follow, as right after the label."""


def _labelled(text: str, at: int) -> re.Match[str] | None:
    """The street and house after an address's label at ``at`` (``_LABELLED``), or after the label
    and a listed town ("дареги Ош, Курманжан Датка 112"; not "адрес Айбек, …": no town)."""
    match = _LABELLED.match(text, at)
    if match is not None:
        return match
    town = _LABELLED_TOWN.match(text, at)
    return town if town is not None and _listed_town(town.group("town")) else None


def _listed_town(word: str) -> bool:
    shape = skeleton(word)
    return shape in lexicon.places() or shape in lexicon.region_places()


_DORMS_OWNER = re.compile(
    rf"(?:(?<![\w-])[^\W\d_]{{0,6}}(?:{address_chains.SCHOOL_WORDS}|(?:kolledj|litsey|institut|universitet|texnikum)\w*)"
    r"[\w'’]*|(?<![\w.,/-])\d{1,2}-?)[ \t]*\Z",
    re.IGNORECASE,
)
"""Right before a dormitory's word, its college's word in an owner's form, maybe after what it teaches
("kollej yotoqxonasi", "колледждин жатаканасы", "агротехникумдун жатаканасында") or its number
("4-jataqhana"): which dormitory it is."""


@cache
def _dorm_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in address_phrases("dorms") if len(w) >= 4)


def _with_the_dorms_owner(text: str, start: int, end: int) -> int:
    """Where an address that opens with a dormitory's word starts with its owner or number before it."""
    if not text[start:end].casefold().startswith(_dorm_words()):
        return start
    owner = _DORMS_OWNER.search(text, max(0, start - 30), start)
    return owner.start() if owner is not None else start


def _addresses(text: str) -> Iterator[Span]:
    found: set[tuple[int, int]] = set()
    lowered = text.lower()
    if len(lowered) == len(text):  # one character for one: positions agree
        for label in address_phrases("labels"):
            at = lowered.find(label)
            while at >= 0:  # the pattern is tried only where a label stands
                match = _labelled(text, at)
                if match:
                    found.add(match.span("address"))
                at = lowered.find(label, at + 1)
    for word in _address_words(text):
        begin = max(0, word.start() - _AROUND_ADDRESS_WORD)
        stop = min(len(text), word.end() + _AROUND_ADDRESS_WORD)
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        ends = []
        for match in _addresses_from(text, begin, stop, word.start()):
            if match.group("bare") and _numbered_thing(match.group("bare")):
                continue  # "Session 3, flat 12", "Модуль 4, кв 2": a numbered thing, not a street
            if match.start() <= word.start() and word.end() <= match.end():
                found.add((match.start(), match.end()))
                ends.append(match.end())
        if ends and max(ends) <= word.end() + 1:
            # "мекенжайы мкр Коктем, 9-21": the word before took the district word as its own and
            # ended there; the address read from the district word on goes on
            own = _ADDRESS.match(text, word.start(), stop)
            if own:
                found.add((own.start(), own.end()))
    found.update(_streets_after_a_preposition(text))
    found.update(_streets_after_a_city(text))
    found.update(_bare_streets(text))
    found.update(_rooms_lived_in(text))
    found.update(m.span() for m in _COMPLEX_WITH_A_FLAT.finditer(text))
    found.update(address_chains.chains(text, _numbered_thing, address_chains.anchors(text)))
    found.update(address_chains.landmark_homes(text, _city, _listed_name))
    found.update(described_houses(text))  # "жасыл қақпалы үй", "дом с зелёным забором"
    found.update(homes_opening_a_sentence(text))  # "Үйі Үлбі жағында, …", "Дом — за школой №9, …"
    found.update(address_chains.landmarks_after(text, list(found)))
    for start, end in _joined(sorted(found)):
        town = _TOWN_FIRST.match(text, start, end)
        if town and skeleton(town.group(1)) in lexicon.word_list("cities.txt"):
            start = town.end()  # "Шымкент, Нұрсәт мкр": the city names no one, the district does
        city = _CITY_LAST.search(text, start, end)
        if city and skeleton(city.group(1)) in lexicon.word_list("cities.txt"):
            end = city.start()  # "Qonaev kóshesi 33, páter 17, Taraz": nor after the flat
        elif city and _an_addressee(city.group(1), text, end):
            end = city.start()  # "…, д. 7, кв. 31, Осмонов Ч.": whom it is sent to, no town
        # "г. Караганда, ул. …", "Токмок ш., …": the town as written in it; else one unmarked
        marked = _TOWN_BEFORE.search(text, max(0, start - 40), start)
        start = marked.start() if marked else _town_before(text, start)
        region = _REGION_BEFORE.search(text, max(0, start - 60), start)
        if region and start < end:
            start = region.start()  # "Сузак району, Кара-Суу, ул. …": the district down to the house
        letter = _STREET_LETTER.search(text, max(0, start - 4), start)
        if letter and start < end and text[start].isupper():
            start = letter.start()  # "к. Сомонӣ 27, хонаи 9": кӯчаи, көшесі cut to a letter
        opening = _REGION_OPENING.search(text, max(0, start - 16), start)
        if opening and start < end and text[start].isupper():
            start = opening.start(1)  # "суроға: н. Фирдавсӣ, кӯч. …": the district's word opens it
        if (
            _a_venue(text, start, end)
            or _INITIALLED.match(text, start, end)
            or _LETTER_FIRST.match(text, start, end)
        ):
            continue
        start = _with_the_dorms_owner(text, start, end)  # "kollej yotoqxonasi, …", "4-jataqhana, …"
        estate = _COMPLEX_WORD_END.search(text, max(0, end - 30), end)
        complex_name = _COMPLEX_NAME_AFTER.match(text, end) if estate else None
        if complex_name:
            end = complex_name.end()  # "…, кв. 203, ЖК «Нурлы Жол»": the housing estate's name
        yield Span(start, end, Kind.ADDRESS, "pattern")


_COMPLEX_WORD = r"(?:ЖК|жк|жилой комплекс|жилом комплексе|жилого комплекса|ТҮК|тұрғын үй кешені)"
_COMPLEX_WORD_END = re.compile(rf"(?<![^\W\d_]){_COMPLEX_WORD}\Z")
_COMPLEX_NAME = r"[«\"“][^»\"”\n]{1,30}[»\"”]"
_COMPLEX_NAME_AFTER = re.compile(rf"[ \t]*{_COMPLEX_NAME}")
"""A housing estate's word ("ЖК", жилой комплекс; "ТҮК", тұрғын үй кешені) ending an address, and its
name in quotes after it: the estate is the address's."""
_COMPLEX_WITH_A_FLAT = re.compile(
    rf"(?<![^\W\d_]){_COMPLEX_WORD}[ \t]*{_COMPLEX_NAME}[ \t]*,?[ \t]*"
    r"(?:кв\.?|квартира|пәтер|подъезд|блок|корпус|дом|д\.|үй)[ \t]*№?[ \t]*\d{1,4}[а-яa-z]?(?![\w/])"
)
"""A housing estate's name and a flat or a house in it ("в ЖК «Хайвил», кв. 45"): an address though
no street is named."""


_VENUE = re.compile(
    rf"(?:(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]*\s+(?:{_words('regions')})\s*,\s*)?"
    rf"(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]+\s+(?P<word>{_DISTRICTS})",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(r"(?:da|de|та|те|да|де)\Z", re.IGNORECASE)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")


def _a_venue(text: str, start: int, end: int) -> bool:
    """A named neighbourhood alone in the locative, maybe after its district, where something takes
    place ("Keyingi mashg'ulot Oydin mahallasida bo'ladi", "Chust tumani, Navbahor mahallasida
    mashg'ulot o'tkazildi"): no one's address, unless a contact stands before it or a word of living
    in its sentence ("… Oydin mahallasida yashaydi")."""
    found = _VENUE.fullmatch(text, start, end)
    if found is None or not _LOCATIVE.search(found.group("word")):
        return False
    if address_chains.CONTACT_BEFORE.search(text, max(0, start - 30), start):
        return False
    rest = _SENTENCE_REST.match(text, end)
    sentence = text[text.rfind(".", 0, start) + 1 : rest.end() if rest else end].casefold()
    return not any(word in sentence for word in address_phrases("living"))


_REGION_OPENING = re.compile(rf"(?:\A|[:;(\n—–-])[ \t]*((?:{_words('regions')}))[ \t]*\Z", re.IGNORECASE)
"""A district's word (maybe cut to its letter) opening a clause right before an address that starts
with the district's name ("суроға: н. Шоҳмансур, кӯч. …", "адрес: р-н Алатау, ул. …")."""
_STREET_LETTER = re.compile(r"(?<![^\W\d_])[кk]\.[ \t]*\Z", re.IGNORECASE)
"""A street's word cut to its letter right before a street already read ("к. Сомонӣ 27"): alone, "к."
is too often a letter of something else to open an address."""


_HOUSE_NUMBER = re.compile(r"(?<![\w/.,-])\d{1,3}[а-яa-z]?(?:[ \t]?[/-][ \t]?\d{1,4})?(?![\w/]|[.,]\d)")
_PREPOSITION_STREET = re.compile(
    rf"(?<![^\W\d_])(?:на|on|с|со)[ \t]+"
    rf"(?P<street>{address_chains.STREET_NAME}(?:[ \t]+{address_chains.STREET_NAME})?)[ \t]+\Z",
    re.IGNORECASE,
)
_HOUSE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:!?)»\"(\n–—]|\Z|(?:"
    + _words("flats")
    + "|"
    + _words("houses")
    + "|"
    + _words("living")
    + r")(?![^\W\d_]))",
    re.IGNORECASE,
)
"""What follows a house's number where it ends an address: a clause's end, a flat or a house word, a
verb of living ("на ауэзова 17-45 живет его тетя")."""
_LIVING_WORDS = re.compile(
    r"(?<![^\W\d_])(?:" + _words("living") + r"|ночует|ночевал|ночевала|дом|дома|house|home)"
    r"(?![^\W\d_])[^.!?\n]{0,30}\Z",
    re.IGNORECASE,
)
_HOUSE_AFTER = re.compile(
    r"[^.!?\n]{0,30}?(?<![^\W\d_])(?:дом|үй|house|home|uy|хона)(?![^\W\d_])", re.IGNORECASE
)


def _streets_after_a_preposition(text: str) -> Iterator[tuple[int, int]]:
    """A street named without its word after "на", "с" or "on", with its house: "у дома на Абая
    45-12", "живёт на ауэзова 17-45", "ночует у бабушки на Каблукова 264", "lives on Tole bi 112".
    The name is a street's (a genitive, an unknown word: no common noun that is no genitive, "на
    уроке 2", "on page 45"; no month), and the number ends its clause or comes before a flat. A
    house and its flat ("45-12") say it is an address; a house alone needs someone living or
    staying there said before it, or a house word after it ("с Котовского 17 (частный дом, …)");
    else "на Абая 45 минут стояли", "пришли на Наурыз 15." stay."""
    if not any(c.isdigit() for c in text):
        return
    for number in _HOUSE_NUMBER.finditer(text):
        before = _PREPOSITION_STREET.search(text, max(0, number.start() - 50), number.start())
        if before is None:
            continue
        living = _LIVING_WORDS.search(text, max(0, before.start() - 60), before.start())
        if not (_HOUSE_ENDS.match(text, number.end()) or (living and _NO_UNIT.match(text, number.end()))):
            continue  # "на Абая 45 минут": a count; "lives on Kazybek bi 41 with his gran": a house
        words = before.group("street").split()
        if any(_numbered_thing(w) or _MONTH.fullmatch(w) for w in words):
            continue
        if not living and _listed_name(words[0]):
            continue  # "Баллы: на Асель 5-6": a person's score; "lives on Kazybek bi 41": a street
        cyrillic = [w for w in words if not w.isascii()]
        if cyrillic and not any(lexicon.russian_genitive(w.casefold()) for w in cyrillic):
            continue  # "с Маратом 5-6": a street after "на", "с" is named in the genitive ("на Абая")
        paired = any(c in number.group() for c in "-/")
        if not (paired or living or _HOUSE_AFTER.match(text, number.end())):
            continue
        flat = _FLAT_AFTER.match(text, number.end())
        yield before.start("street"), flat.end() if flat else number.end()


_STREET_TITLES = frozenset(
    {"би", "bi", "батыр", "batyr", "хан", "han", "khan", "датка", "datka", "ата", "ata", "баба", "baba"}
)
"""Historic titles streets are named with ("Толе би", "Қабанбай батыр", "Kurmanjan Datka")."""
_HOUSE_WORD_AFTER = r"-?[ \t]?(?:uy|үй|уй|úı|ui|ýı)(?![^\W\d_])"
_FLAT_WORD_AFTER = (
    r"[ \t]*,?[ \t]*(?:кв\.?|kv\.?|пәтер|páter|пател|pater|xonadon|хонадон|apt\.?|flat)[ \t]*\d{1,4}"
)
_BARE_STREET = re.compile(
    rf"(?<![\w'’-])(?P<street>(?-i:[{_UPPER}])[\w'’ʻ-]+"
    rf"(?:[ \t]+(?P<title>{'|'.join(sorted(_STREET_TITLES))}|(?-i:[{_UPPER}])[\w'’ʻ-]+))?)"
    r"[ \t]+(?P<house>\d{1,3}[а-яa-z]?(?:/\d{1,3})?)"
    rf"(?:(?P<pair>-\d{{1,4}})(?![\w/-])|(?P<word>{_HOUSE_WORD_AFTER})|(?P<flat>{_FLAT_WORD_AFTER}))?",
    re.IGNORECASE,
)


_PLACE_CASE_AFTER = re.compile(
    r"-?(?:де|да|те|та|ге|ке|ға|қа|го|ко|гө|кө|de|da|te|ta|ge|ke|ga|ka|ǵa|qa|ğa)(?![^\W\d_])", re.IGNORECASE
)
"""A Turkic locative or dative ending on a house's number: at the house, to the house ("87-de", "45-те",
"12-ге")."""
_SCORE_MOST = 30
"""A pair of numbers after a person's name is a score or a range ("Асель 5-6", "Марат 10-8") when
neither passes this; a larger house or flat ("Ленин 112-5", "Абая 17-45") is a street's."""


def _a_score(house: str, pair: str) -> bool:
    """``house`` and ``pair`` ("-6") are a score or a range, both numbers small (``_SCORE_MOST``)."""
    first = int("".join(c for c in house if c.isdigit()) or 0)
    return first <= _SCORE_MOST and int(pair.lstrip("-")) <= _SCORE_MOST


_TAJIK_ROOM_WORD = r"(?:ҳуҷраи|хуҷраи|ҳучраи|хучраи)"
"""The Tajik word for a room in the izafet ("ҳуҷраи 412"), with and without its own letters."""
_ROOM = (
    rf"(?:(?:{_TAJIK_ROOM_WORD}|комн\.?|комнат[аеуы]|ком\.|к\.|room|rm\.?|xona|бөлме|бөлмө|bólme|bolme)"
    r"[ \t]*№?[ \t]*\d{1,4}[а-яa-zА-ЯA-Z]?(?![\w/-]|\.\d)"
    r"|\d{1,4}[ \t]*-?[ \t]*(?:xona|бөлме|бөлмө|bólme)(?![^\W\d_]))"
)
_BLOCK_ITEM = (
    r"(?:(?:блоки|блок|block|корпус|корп\.|bino|бино)[ \t]*[А-ЯҲҶҒҚӮӢA-Z\d]{1,2}(?![\w-])"
    r"|\d{1,2}[ \t]*-?[ \t]*(?:блок|block|корпус|bino|бино)(?![^\W\d_]))"
)
_ROOM_ITEMS = rf"(?:{_BLOCK_ITEM}[ \t]*,[ \t]*)?{_ROOM}(?:[ \t]*,[ \t]*{_BLOCK_ITEM})?"
_ROOM_BESIDE_A_PERSON = re.compile(
    rf"(?P<person>(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]+)(?:[ \t]*\(|[ \t]*,[ \t])[^()\n.!?]{{0,40}}?"
    rf"(?<![^\W\d_])(?P<room>{_ROOM_ITEMS})[ \t]*(?:[,)]|\.(?!\d)|$)",
    re.IGNORECASE | re.MULTILINE,
)
"""A room, maybe with its block, in the bracket after a person's name ("Фаридун (ҳуҷраи 412, блоки
Б)", "Хуршед (новенький, комн. 402)", "Komron (Room 521, Block V)", "(Шарипов Акмал, 4 блок, к.
205)"), or told of him after a comma to the clause's end ("Новенький: Хуршед, 1 курс, комн. 402.",
"(Shahrom Rahimov, 2nd year, room 118)")."""
_ROOM_OF_PERSONS = re.compile(
    rf"(?<![^\W\d_])(?P<room>{_ROOM})[ \t]*\((?P<person>(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]+)",
    re.IGNORECASE,
)
"""A room before a bracket that opens with a person's name ("в комнате 214 (Сапаров Е., Тошматов
Ш.)"): who lives in it."""
_TAJIK_ROOM = re.compile(
    rf"(?<![^\W\d_])(?P<room>{_TAJIK_ROOM_WORD}[ \t]*№?[ \t]*\d{{1,4}}[а-яА-Я]?(?![\w/-]|\.\d)"
    rf"(?:[ \t]*,[ \t]*{_BLOCK_ITEM})?)",
    re.IGNORECASE,
)
"""A Tajik room with its number, maybe its block ("ҳуҷраи 209", "хучраи 108, блоки А"): where a
student lives in a dormitory; a class meets in a "синф" or an "аудитория"."""


_IZAFET_BEFORE = re.compile(
    r"(?<![^\W\d_])(?!(?:бароӣ|барои|дари|рӯи|зери|назди|паси)[ \t])[^\W\d_]{3,}[иӣ][ \t]+\Z"
)
"""A Tajik noun in the izafet right before ("ҷевони ҳуҷраи 12": the cupboard of the room), not a
preposition made from one ("назди ҳуҷраи 12": near the room)."""
_FREE_OR_BUSY_AFTER = re.compile(r"[ \t]+(?:банд|озод|холӣ|холи)(?![^\W\d_])", re.IGNORECASE)


@cache
def _lives_in_a_number() -> re.Pattern[str]:
    """A verb of living, "в" or "in" and a room's number alone ("живёт в 311", "lives in 412"): the
    room with its preposition ("живёт [адрес]"), the clause ending there (not "живёт в 120 км")."""
    living = "|".join(re.escape(w) for w in address_phrases("living") if " " not in w)
    return re.compile(
        rf"(?<![^\W\d_])(?:{living})[ \t]+(?P<room>(?:в|во|in|at)[ \t]+\d{{3,4}})"
        r"(?=[ \t]*(?:[,;!?)\n]|\.(?!\d)|\Z))",
        re.IGNORECASE,
    )


def _rooms_lived_in(text: str) -> Iterator[tuple[int, int]]:
    """Rooms someone lives in: a room in the bracket after a person's name or told of him after a
    comma (``_ROOM_BESIDE_A_PERSON``), a room before a bracket of people (``_ROOM_OF_PERSONS``), a
    Tajik room with its number anywhere (``_TAJIK_ROOM``), and a room's number alone after a verb of
    living in a note that names a dormitory ("в хобгохе … Он живёт в 311")."""
    if not any(c.isdigit() for c in text):
        return
    for match in _ROOM_BESIDE_A_PERSON.finditer(text):
        if _may_be_a_person(match["person"]):
            yield match.span("room")
    for match in _ROOM_OF_PERSONS.finditer(text):
        if _may_be_a_person(match["person"]):
            yield match.span("room")
    for match in _lives_in_a_number().finditer(text):
        if address_chains.mentions_a_dormitory(text, match.start()):
            yield match.span("room")  # "в хобгохе … Он живёт в 311": the dormitory's room
    for match in _TAJIK_ROOM.finditer(text):
        if _IZAFET_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "дар ҷевони ҳуҷраи 12": the cupboard of room 12, a thing in it
        if _FREE_OR_BUSY_AFTER.match(text, match.end()):
            continue  # "ҳуҷраи 7 банд аст": the room is taken, a place for the session
        yield match.span("room")


def _may_be_a_person(word: str) -> bool:
    """``word`` beside a room may name who lives in it: no common word of a dictionary, no town ("Тренинг
    (комната 3)", "Rishton, 2-maktab, 14-xona": a session's room)."""
    return not _a_common_word(word) and not a_listed_place(word)


def _a_common_word(word: str) -> bool:
    """``word`` is a common word of the English, Kazakh or Russian dictionary, no name."""
    lower = word.casefold()
    if lower in lexicon.english_words() or lower in lexicon.kazakh_words():
        return True
    known, name, _place = lexicon.russian(lower)
    return known and name < 0.3


_DISTRICT_HOUSE = re.compile(
    rf"(?<![\w'’-])(?-i:[{_UPPER}])[^\W\d_][\w'’ʻ]*-\d{{1,2}}[а-яa-z]?[ \t]*,[ \t]*"
    r"\d{1,3}[а-яa-z]?(?:/\d{1,3})?-\d{1,4}(?![\w/-])",
    re.IGNORECASE,
)
"""A numbered district, a comma, a house and its flat ("Zhetysu-2, 45-18", "Аксай-4, 12-45")."""


def _bare_streets(text: str) -> Iterator[tuple[int, int]]:
    """A street named without its word, with its house and what says it is one: a flat after the
    house ("Ташкентская 12-45", "Ленин 112-5", "Набережная 7, кв 2"), a word for a house
    ("Mustaqillik 45-uy", "Kurmanjan Datka 215-uy"), or a historic title that streets are named
    with and the house ending its clause ("Толе би 287", "Baidibek bi 87"). Not a numbered thing
    of the day ("Модуль 4-5", "Page 12-15", "Сабақ 3-4"), a person's score ("Асель 5-6") nor a
    year ("Абылай хан 1700 жылы")."""
    if not any(c.isdigit() for c in text):
        return
    for district in _DISTRICT_HOUSE.finditer(text):
        if _NO_UNIT.match(text, district.end()) and not _MONTH.match(text, district.end() + 1):
            yield district.span()  # "lives at Zhetysu-2, 45-18"; not "…, 12-15 мая"
    for match in _BARE_STREET.finditer(text):
        titled = (match["title"] or "").casefold() in _STREET_TITLES
        paired = bool(match["pair"] or match["word"] or match["flat"])
        if not (paired or titled):
            continue  # "Абай 34": a house alone, with nothing that says so
        if not paired and not (
            _HOUSE_ENDS.match(text, match.end("house")) or _PLACE_CASE_AFTER.match(text, match.end("house"))
        ):
            continue  # "Қабанбай батыр 3 рет": a count; "Baidibek bi 87-de isteidi": at the house
        first = match["street"].split()[0]
        lower = first.casefold()
        if _MONTH.fullmatch(first) or (_numbered_thing(first) and not lower.endswith(("ая", "ий", "ой"))):
            continue  # "Модуль 4-5", "Page 12-15", "Мая 5-6"; not "Ташкентская 12-45"
        small = not match["pair"] or _a_score(match["house"], match["pair"])
        if lower in union("numbered_things") or (
            small and not titled and not first.isascii() and lower in lexicon.kazakh_words()
        ):
            # "Dars 3-4", "Сабақ 3-4", "Бет 12-15": a thing of the day numbered; a word of the
            # dictionary before a large house and its flat ("Ленин 112-5") or with a title ("Төле би
            # 45-те") is a street's name
            continue
        if lower.rstrip("s") in union("day_names") or (
            first.isascii() and _numbered_thing(lower.rstrip("s"))
        ):
            continue  # "Thursdays 16-18", "Dushanba 16-18": a day and its hours; "Groups 3-4"
        if (
            match["pair"]
            and not titled
            and _a_score(match["house"], match["pair"])
            and (_listed_name(first) or base_of(first, list_names()) is not None)
        ):
            continue  # "Асель 5-6", "с Маратом 5-6": a person's score; not "Ленин 112-5"
        yield match.start("street"), match.end()


_CITY_STREET = re.compile(
    rf"(?P<city>[^\W\d_][\w'’-]*)[ \t]*,[ \t]*(?P<street>(?-i:[{_UPPER}])[\w'’-]*"
    rf"(?:[ \t]+{address_chains.STREET_NAME})?)[ \t]+\Z"
)


def _streets_after_a_city(text: str) -> Iterator[tuple[int, int]]:
    """A street or a district named without its word after a big city and a comma, with a house
    and its flat: "Shymkent, Nursat 45-12", "Алматы, Көкжиек 12/45". A house and its flat say it is
    an address; a number alone ("Алматы, Самал 2") may be a district's, and a listed name before a
    pair ("Алматы, Ержан 5-6.") a person's score: both stay."""
    if "-" not in text and "/" not in text:
        return
    for number in _HOUSE_NUMBER.finditer(text):
        if not any(c in number.group() for c in "-/") or not _HOUSE_ENDS.match(text, number.end()):
            continue
        before = _CITY_STREET.search(text, max(0, number.start() - 60), number.start())
        if before is None or not _city(before.group("city")):
            continue
        words = before.group("street").split()
        if any(_numbered_thing(w) or _MONTH.fullmatch(w) for w in words) or _listed_name(words[0]):
            continue  # "Алматы, Ержан 5-6.": a person's score, maybe
        flat = _FLAT_AFTER.match(text, number.end())
        yield before.start("street"), flat.end() if flat else number.end()


_MONTH = re.compile(rf"(?:{_MONTHS})[аяеу]?", re.IGNORECASE)
_FLAT_AFTER = re.compile(_FLAT, re.IGNORECASE)
_NO_UNIT = re.compile(address_chains.UNIT, re.IGNORECASE)


_REGION_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_words('regions')})\s*(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’ʻ-]+(?:\s+[\w'’ʻ-]+)?"
    rf"|(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’ʻ-]+(?:\s+[\w'’ʻ-]+)?\s+(?:{_words('regions')}))\s*,\s*\Z",
    re.IGNORECASE,
)
"""An administrative district right before an address (and its town): "Ноокат району, ", "ноҳияи
Варзоб, ", "Сарыағаш ауданы, "."""


_PLACE_BEFORE = re.compile(
    r"(?<![\w'’ʻ-])(?P<town>[^\W\d_][\w'’ʻ]*(?:-[\w'’ʻ]+)*)[ \t]*,[ \t]*\Z",
)
_PLACE_BEFORE_NUMBER = re.compile(
    r"(?<![\w'’ʻ-])(?P<town>(?-i:[^\W\d_a-zа-яё])[\w'’ʻ]*(?:-[\w'’ʻ]+)*)[ \t]+\Z"
)
"""A capitalised word, then a space, right before an address that opens with a number."""
_OPENS_PLACE = re.compile(r"(?:\A|[.!?…:;(\n—–-])[ \t]*\Z")
_LIVING = re.compile(
    r"(?<![^\W\d_])(?:живут|живёт|живет|жил|жила|проживает|проживают|прописан|прописана|из|в|тұрады|тұрады:"
    r"|тұратын|turady|жашайт|турат|yashaydi|yashaydilar|turadi|истиқомат|зиндагӣ\s+мекунад|lives\s+in|lives|in"
    r"|from|дар|аз|da)[ \t]*\Z",
    re.IGNORECASE,
)


_CITY_LAST = re.compile(r"[ \t]*,[ \t]*([^\W\d_][\w'’-]*)\Z")
"""A town typed last in an address, after a comma ("…, кв. 17, Алматы")."""


_INITIAL_AFTER = re.compile(r"[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.")


_INITIALLED = re.compile(r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w'’-]+[ \t]+(?-i:[KК])\.[ \t]*,")
"""A name and its surname's initial before a comma ("Даурен К., 16 лет"), which the street's
abbreviation "к." reads as a street and its number."""


_LETTER_FIRST = re.compile(r"(?-i:[кk])\.[ \t]*[^\W\d_][\w'’-]*[ \t]*,")
"""A street's letter before a word and a comma ("Жауап берген: к. Асқар, 12 сынып оқушысы"): an
initial before a name, no street; a street's letter before its name has the number right after it
("к. Рӯдакӣ 112")."""


def _an_addressee(word: str, text: str, end: int) -> bool:
    """The word typed last after a comma is a surname, not a town: a surname's shape ("Осмонов",
    "Садыкова") that no list of places holds, or any word with an initial after it ("Осмонов Ч.")."""
    shape = skeleton(word)
    if shape in lexicon.places() or shape in lexicon.region_places():
        return False
    return bool(SURNAME.match(word)) or _INITIAL_AFTER.match(text, end) is not None


def _town_before(text: str, start: int) -> int:
    """Where an address starting at ``start`` starts with the town, village or district typed
    right before it and a comma ("Ат-Башы, ул. Орозбекова 52", "живут затобольск, ул. гагарина
    18"): it is where the person lives. A big city stays (cities.txt: "Шымкент, Нұрсәт мкр"), and
    so does a word that may be a surname ("Адилет Омаров, ул. Толе би 203": a word stands before
    it); the town opens a sentence, a label's colon or follows a verb of living or "из"/"в"."""
    place = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if place is None:
        # "Чиланзар 5-кв., 23-уй", "Qoraqamish 2/1-mavze, 14-uy": a district of the region right
        # before the quarter's number, no comma between
        bare = (
            _PLACE_BEFORE_NUMBER.search(text, max(0, start - 40), start)
            if text[start : start + 1].isdigit()
            else None
        )
        if bare is not None and skeleton(bare.group("town")) in lexicon.region_places():
            return bare.start() if not _listed_name(bare.group("town")) else start
        return start
    word = skeleton(place.group("town"))
    if word in lexicon.word_list("cities.txt"):
        return start
    if word in lexicon.places():
        return place.start()  # a town the lists know: "Кентау, ..."
    if word in lexicon.region_places() and not _listed_name(place.group("town")):
        return place.start()  # a small town of the region: "уйи теренозек, жастар кошеси 23"
    opens = place.start()
    if not (
        _OPENS_PLACE.search(text, max(0, opens - 4), opens) or _LIVING.search(text, max(0, opens - 20), opens)
    ):
        return start
    if word in lexicon.word_list("first_names.txt") or word in lexicon.word_list("surnames.txt"):
        return start  # "Руслан, ул. Абая 5?": a person called, not a place
    if _everyday_word(place.group("town")):
        return start  # "Итог, ул. Абая 5 …": a word of the note's own
    return place.start()


def _listed_name(word: str) -> bool:
    shape = skeleton(word)
    return shape in lexicon.word_list("first_names.txt") or shape in lexicon.word_list("surnames.txt")


@lru_cache(maxsize=10_000)
def _city(word: str) -> bool:
    """A city of the list, as typed or in a Russian case form ("в Алматы", "в Шымкенте")."""
    cities = lexicon.word_list("cities.txt")
    return skeleton(word) in cities or any(
        skeleton(f) in cities for f in lexicon.normal_forms(word.casefold())
    )


def _everyday_word(word: str) -> bool:
    lower = word.casefold()
    if lower.isascii():
        return lower in lexicon.english_words()
    if lower in lexicon.kazakh_words():
        return True
    known, _name, place = lexicon.russian(lower)
    return known and place < 0.3


@lru_cache(maxsize=10_000)
def _numbered_thing(word: str) -> bool:
    """A street named without its word is a name in the genitive ("Гагарина 15, кв 3", "Мира 5");
    an English word or a Russian common noun that is no genitive ("Session 3", "Модуль 4",
    "Урок 2") is a numbered thing of the day before a number that looks like a flat."""
    lower = word.casefold()
    if lower.isascii():
        return lower in lexicon.english_words()
    known, name, place = lexicon.russian(lower)
    return known and name < 0.3 and place < 0.3 and not lexicon.russian_genitive(lower)


_NO_WORD_BEFORE = re.compile(r"(?<!\w)")
_OPENS_AFTER_NO_WORD = ADDRESS.pattern.startswith(_NO_WORD_BEFORE.pattern)
_ADDRESS = guarded(ADDRESS)
"""ADDRESS with a look-ahead of the characters an address begins with (guards.py): tried at every
word start of a window, most fail on it at once."""


def _addresses_from(text: str, begin: int, stop: int, last: int) -> Iterator[re.Match[str]]:
    """What ``ADDRESS.finditer(text, begin, stop)`` gives, up to the first match starting after
    ``last`` (none after it can hold the address word there): the rest of the window is not tried."""
    at = begin
    while at <= last:
        match = _ADDRESS.match(text, at, stop)
        if match is None:
            # an address starts after no letter or digit (ADDRESS opens with that look-behind)
            if not _OPENS_AFTER_NO_WORD:
                at += 1
                continue
            after = _NO_WORD_BEFORE.search(text, at + 1, last + 1)
            at = after.start() if after is not None else last + 1
        elif match.end() == at:  # an empty match: finditer's own rule for what may follow it
            yield from _ADDRESS.finditer(text, at, stop)
            return
        else:
            yield match
            at = match.end()


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping stretches as one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


_TOWN_FIRST = re.compile(r"([^\W\d_][\w'-]*),\s*")
_TOWN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:"
    + _words("towns_before")
    + rf")\s*(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]+|(?-i:[{_UPPER}ҶҲҚҒӮӢЎ])[\w'’-]+\s+(?:"
    + _words("towns_after")
    + r"))\s*,\s*\Z",
    re.IGNORECASE,
)
"""A town right before an address, marked with its word ("г. Караганда, ", "Токмок ш., "): the
writer made it part of the address. A city alone stays ("Шымкент, Нұрсәт мкр"), and so does a
district ("Ысык-Ата району")."""


def _birthdates(text: str) -> Iterator[Span]:
    """Every date of birth holds a year: the pattern is tried only around years (it costs a
    hundred times more tried at every character of a long note)."""
    found: set[tuple[int, int]] = set()
    for year in _YEAR.finditer(text):
        begin = max(0, year.start() - _BEFORE_YEAR)
        stop = year.end() + 40
        while stop < len(text) and not text[stop].isspace():  # a month's case ending, whole
            stop += 1
        for match in BIRTHDATE.finditer(text, begin, min(stop, len(text))):
            if match.start() <= year.start() and year.end() <= match.end():
                if _TIME_BEFORE.search(text, max(0, match.start() - 8), match.start()) or _TIME_AFTER.match(
                    text, match.end()
                ):
                    # "[19:02, 12.03.2026] Nurlan:", "[14.03.2024 19:42] Дильназ:": a message's time
                    # stamp, no one's birth (a birth cue still makes it one, below)
                    continue
                if not text[: match.start()].strip() and _HEADING_END.match(text, match.end()):
                    continue  # "2026/03/04. Бүгін топ …": the date a diary's note opens with
                found.add((match.start(), match.end()))
        cued = max(0, year.start() - _BEFORE_CUE)
        for pattern in (BIRTH_AFTER_CUE, BIRTH_BEFORE_CUE):
            for match in pattern.finditer(text, cued, min(stop, len(text))):
                if pattern is BIRTH_AFTER_CUE and _A_CAPITAL_LETTER.fullmatch(
                    text, match.start(), match.start() + 2
                ):
                    continue  # "group B. 2006 was …": a capital letter, no "b." of "born"
                if match.start("date") <= year.start() and year.end() <= match.end("date"):
                    # a year alone means a date of birth only with its cue: "туулган жылы 2007",
                    # "2006 jyly týǵan", "2006 yilda tug'ilgan" are removed whole
                    alone = pattern is BIRTH_BEFORE_CUE or _YEAR_WORDED_ALONE.fullmatch(match.group("date"))
                    found.add(match.span() if alone else match.span("date"))
    found.update(_birthdays(text))  # "день рождения 12 апреля", "16 қараша — туған күні"
    for short in _SHORT_DATE.finditer(text):  # "д.р. 30.08.07": the cue says whose date it is
        if _CUE_BEFORE.search(text, max(0, short.start() - _CUE_REACH), short.start()):
            found.add(short.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):  # "12.11.2007" and "2007 туулган": one date of birth
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for start, end in merged:
        # "2006 г.р.", "2006-жылы 3-июлда туулган": the cue after a date is part of it
        cue = _ABBREVIATED_CUE_AFTER.match(text, end) or _CUE_AFTER_A_DATE.match(text, end)
        before = _ABBREVIATED_CUE_BEFORE.search(text, max(0, start - 12), start)  # "b. 03.09.2006"
        if before is not None and _A_CAPITAL_LETTER.fullmatch(text, before.start(), before.start() + 2):
            before = None
        yield Span(before.start() if before else start, cue.end() if cue else end, Kind.BIRTHDATE, "pattern")


_BIRTHDAY_CUE = re.compile(
    rf"(?<![^\W\d_])(?:{_birth_words('birthdays')}|{_birth_words('before')})(?![^\W\d_])", re.IGNORECASE
)
_DAY_AND_MONTH = re.compile(
    rf"(?<![\d./])(?:{_DAY_MONTH}|[0-3]?\d\.[01]?\d(?!\d|\.\d)|(?:{_MONTHS})\s+[0-3]?\d(?![\d.:]))",
    re.IGNORECASE,
)
_BIRTHDAY_REACH = 30
"""At most this many characters between a birthday's words and its day and month, in one sentence."""
_BIRTHDAY_LIST = re.compile(r"[^\n:.!?]{0,30}:")
"""A colon after a birthday's words, a few words between at most ("b-day list for cake:", "ДР:"): a
list of birthdays follows."""


def _birthdays(text: str) -> Iterator[tuple[int, int]]:
    """A day and a month beside a birthday's words, before or after them, in one sentence ("у Тагира
    день рождения 12 апреля", "туған күні — 16 қараша", "12 ноября день рождения", "birthday is 21
    July"): a date of birth, though its year is not written (a small group's birthdays single one
    out). Every birthday's word first ("день рождения" holds no digit: a note without one is skipped).
    After a birthday's words and a colon, every day and month to the sentence's end is one ("Birthday
    list: Adilet 15.07, Umidbek 20.07")."""
    for cue in _BIRTHDAY_CUE.finditer(text):
        listed = _BIRTHDAY_LIST.match(text, cue.end())
        if listed is not None:
            # "ДР: Мамадшо — 2 июля, Фаридун — 11.07": every day and month of the list is a birthday
            stop = SENTENCE_END.search(text, listed.end())
            last = stop.start() if stop else len(text)
            for listed_day in _DAY_AND_MONTH.finditer(text, listed.end(), last):
                yield listed_day.span()
            continue
        after = text[cue.end() : cue.end() + _BIRTHDAY_REACH]
        end = SENTENCE_END.search(after)
        day = _DAY_AND_MONTH.search(after, 0, end.start() if end else len(after))
        if day is not None:
            yield cue.end() + day.start(), cue.end() + day.end()
            continue
        begin = max(0, cue.start() - _BIRTHDAY_REACH)
        before = text[begin : cue.start()]
        stops = list(SENTENCE_END.finditer(before))
        days = list(_DAY_AND_MONTH.finditer(before, stops[-1].end() if stops else 0))
        if days:
            yield begin + days[-1].start(), begin + days[-1].end()


_HEADING_END = re.compile(r"[ \t]*(?:[.,:;—–-]|\n|\Z)")
"""What ends a date that opens a note ("2026/03/04.", "12.03.2026, жел", "2026-03-04 —"): the day
the note was written, as a diary heads each entry; a date of birth has its cue or a name before it."""
_TIME_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d{2}(?!\d)")
"""A time of day right after a date ("14.03.2024 19:42", "12.03.2026, 09:15"): a message's stamp."""
_TIME_BEFORE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d,?[ \t]*\Z")
"""A time of day right before a date ("19:02, 12.03.2026", as a messenger stamps a message): the
date is when something was written, not when someone was born (a cue of birth still says so)."""


_ABBREVIATED_CUE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + ("|".join(re.escape(w).replace(r"\ ", r"\s*") for w in birth_phrases("before") if "." in w) or "(?!)")
    + r")[ \t]*:?[ \t]*\Z",
    re.IGNORECASE,
)
"""A cue of a date of birth written short right before it ("b. 03.09.2006", "д.р. 12.03.2005"): the
writer's abbreviation goes with the date, as "2006 г.р." does."""
_A_CAPITAL_LETTER = re.compile(r"[A-ZА-ЯЁ]\.")
"""One capital letter and a dot ("B."): a name's initial or a group's letter, no "b." of "born"."""


_CUE_AFTER_A_DATE = re.compile(rf"[ \t]*-?(?:{_birth_words('after')})(?![^\W\d_])", re.IGNORECASE)
"""The profiles' cue of a date of birth written out after a whole date ("2006-жылы 3-июлда туулган",
"2007-yil 5-martda tug'ilgan", "2005 jyly 3 naýryzda týǵan"): the cue says whose date it is, and
is part of it as it is after a year alone (``BIRTH_BEFORE_CUE``)."""
_ABBREVIATED_CUE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*-?(?:"
    + ("|".join(re.escape(w).replace(r"\ ", r"\s*") for w in birth_phrases("after") if "." in w) or "(?!)")
    + ")",
    re.IGNORECASE,
)
"""A cue of a date of birth written short right after it ("2006 г.р.", "2005 ж.т.", "2004 j.t."): the
writer's abbreviation of "year of birth" goes with the year it qualifies (the words spelt out,
"жылы туған", are a sentence's verb and stay)."""


def _phones(text: str) -> Iterator[Span]:
    for span in _phone_spans(text):
        if _TOLL_FREE.match(re.sub(r"\D", "", text[span.start : span.end])):
            continue  # "горячая линия 8 800 080 7777": a free line of a service, no one's phone
        span = _without_a_lone_bracket(text, span)
        extension = _EXTENSION.match(text, span.end)
        yield span if extension is None else Span(span.start, extension.end(), span.kind, span.source)
    yield from spoken_phones(text)
    yield from mixed_phones(text)


_EXTENSION = re.compile(
    r"[ \t]*,?[ \t]*\(?(?:внутр|вн|доб|ext|ichki|ішкі)\.?[ \t]*:?[ \t]*\d{1,5}\)?(?!\d)", re.IGNORECASE
)
"""An office line's extension after its number ("53-18-09, внутр. 114", "(доб. 21)", "ext 305"): whose
desk it rings, so part of the phone."""
_TOLL_FREE = re.compile(r"(?:8|7|0)800\d{6,7}\Z")
"""A free line's number dialled at home (8 800 …, +7 800 …, Kyrgyzstan 0800 …): a service's
hotline (a crisis centre, a ministry), which the notes give out and the report keeps."""


def _without_a_lone_bracket(text: str, span: Span) -> Span:
    """A phone's span without a bracket that is not its own: "(87012345678)" prints "([phone])", not
    "[phone])" (the pattern takes an area code's "(" and so the whole number's)."""
    taken = text[span.start : span.end]
    start, end = span.start, span.end
    if taken.startswith("(") and taken.count("(") > taken.count(")"):
        start += 1
    if taken.endswith(")") and taken.count(")") > taken.count("("):
        end -= 1
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.kind, span.source)


_PHONE_WORD = (
    r"(?<![^\W\d_])(?:тел|tel|телефон\w{0,2}|telefon\w{0,2}|phone|домашн(?:ий|его|ему|ем)|мобильн(?:ый|ого|ому|ом)"
    r"|сотов(?:ый|ого|ому|ом))\.?[ \t]*[:\-–—]?[ \t]*"
)
"""The word "phone", or a phone's kind standing for it ("звонить на домашний 53-18-72"), and what may
follow it before the number ("тел. ", "phone: ", "телефоны - ")."""
_CUED_PHONE = re.compile(
    _PHONE_WORD + r"(\+?\(?[0-9](?:(?:[ \t\-()]{0,2}|\.)[0-9]){9,12})(?![\w])",
    re.IGNORECASE,
)
"""A run of 10 to 13 digits right after the word "phone" ("тел 0770 128 45 63"): a phone, though
typed with a digit too many or too few for its country's shape."""
_CUED_LOCAL_PHONE = re.compile(
    _PHONE_WORD + r"((?:\(\d{2,5}\)[ \t]?)?\d{1,3}(?P<sep>[ \t-])\d{2}(?P=sep)\d{2})(?![\w-]|[ \t-]\d)",
    re.IGNORECASE,
)
"""A local number in its dashes right after the word "phone" ("тел. 227-14-08", "тел 2-14-08",
"тел. (3132) 5-12-34"): a district's or a village's line, five to seven digits dialled there, no
country's full shape; the groups of two after the first are what tells it from a sum or a year."""


_PHONE_WORD_PARTS = ("el", "ел", "hone", "EL", "ЕЛ", "омашн", "обильн", "отов")
"""Parts of ``_PHONE_WORD``'s words: a text with none is not read for cued phones."""


def _phone_spans(text: str) -> Iterator[Span]:
    shaped = []
    for match in PHONE.finditer(text):
        if len(re.sub(r"\D", "", match.group())) >= 9:
            shaped.append((match.start(), match.end()))
            yield Span(match.start(), match.end(), Kind.PHONE, "pattern")
    if any(cue in text for cue in _PHONE_WORD_PARTS):
        for cued in _CUED_PHONE.finditer(text):
            if not any(s <= cued.start(1) and cued.end(1) <= e for s, e in shaped):
                yield Span(cued.start(1), cued.end(1), Kind.PHONE, "pattern")
        for cued in _CUED_LOCAL_PHONE.finditer(text):
            yield Span(cued.start(1), cued.end(1), Kind.PHONE, "pattern")
    for candidate in _NUMBER_RUN.finditer(text):
        if any(s <= candidate.start() and candidate.end() <= e for s, e in shaped):
            continue  # the pattern took the whole run already: the library would add nothing
        # the library reads only runs of digits that could be a number (it is slow on long texts)
        begin = max(0, candidate.start() - 2)
        window = text[begin : candidate.end() + 2]
        international = candidate.group()[:1] == "+"
        regions = REGIONS[:1] if international else _regions_to_ask(window)
        if not regions:
            continue
        for start, end in _library_phones(window, regions):
            yield Span(begin + start, begin + end, Kind.PHONE, "phonenumbers")


_LOCAL_DIGITS = 9
"""The fewest digits of a valid number of any of REGIONS dialled at home (the library's metadata:
9 in Kyrgyzstan, Uzbekistan and Tajikistan, 10 in Kazakhstan and Russia)."""
_DIALLING_OUT = ("00", "810")
"""The international prefixes of REGIONS (Kyrgyzstan and Uzbekistan 00; Kazakhstan, Tajikistan and
Russia 8~10): after one of them, a number abroad can have as few as 6 digits (00 98 1234)."""


def _regions_to_ask(window: str) -> tuple[str, ...]:
    """The REGIONS in which Google's library could find a valid number in ``window`` (a run of
    digits and separators with the two characters either side), by a necessary condition read off
    the library's metadata and its matcher, so asking only these gives the same phones (checked
    against asking every region in tests/anonymizer/test_phone_regions.py).

    Dialled at home, a number of region R has the country code of R (7 for Kazakhstan and Russia,
    996, 998, 992), and the library calls it valid only if its national number matches one of the
    number types of a region with that code. The matcher reads the whole run or a part of it cut at
    a separator, so the number's digits begin where a group of digits begins and end where one
    ends; before the national number it drops at most a country code and a national prefix (four
    digits). Runs that no region can read (most runs of 7 or 8 digits, and many longer ones) are
    not handed to the library at all: on a long note it took more time than every other shaped
    pattern together."""
    if "+" in window or "\uff0b" in window:  # international: countries with short numbers
        return REGIONS
    groups = _DIGIT_GROUP.findall(window)
    digits = "".join(groups)
    if not digits.isascii() or any(prefix in digits for prefix in _DIALLING_OUT):
        return REGIONS  # digits of another script, or a number abroad: the library reads it all
    if len(digits) < _LOCAL_DIGITS:
        return ()
    if any(len(group) > _MATCHER_DIGIT_BLOCK for group in groups):
        return REGIONS  # the matcher cuts such a group anywhere: the library reads it all
    bounds = [0]
    for group in groups:
        bounds.append(bounds[-1] + len(group))
    national = {
        digits[start + dropped : end]
        for first, start in enumerate(bounds[:-1])
        for end in bounds[first + 1 :]
        if end - start <= _LONGEST_NATIONAL + _DROPPED_BEFORE
        for dropped in range(_DROPPED_BEFORE + 1)
        if end - start - dropped >= _LOCAL_DIGITS
    }
    shapes = _national_shapes()
    return tuple(region for region in REGIONS if any(shapes[region].fullmatch(n) for n in national))


_DIGIT_GROUP = re.compile(r"\d+")
_MATCHER_DIGIT_BLOCK = 20
"""The longest group of digits the library's matcher reads as one (its ``_DIGIT_BLOCK_LIMIT``)."""
_LONGEST_NATIONAL = 17
"""The longest national number the library reads (its ``_MAX_LENGTH_FOR_NSN``)."""
_DROPPED_BEFORE = 4
"""Digits the library may drop before a national number: a country code (up to 3) and a national
prefix (1)."""


@cache
def _national_shapes() -> dict[str, re.Pattern[str]]:
    """For each of REGIONS, one pattern: every number type of every region sharing its country code
    (Kazakhstan's and Russia's numbers are both +7), from the library's own metadata."""
    shapes = {}
    for region in REGIONS:
        home = phonenumbers.PhoneMetadata.metadata_for_region(region)
        found = []
        others = (
            phonenumbers.region_codes_for_country_code(home.country_code)
            if home and home.country_code
            else ()
        )
        for other in others:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(other)
            kinds = (
                (
                    metadata.fixed_line,
                    metadata.mobile,
                    metadata.toll_free,
                    metadata.premium_rate,
                    metadata.shared_cost,
                    metadata.personal_number,
                    metadata.voip,
                    metadata.pager,
                    metadata.uan,
                    metadata.voicemail,
                )
                if metadata
                else ()
            )
            found += [kind.national_number_pattern for kind in kinds if kind and kind.national_number_pattern]
        # no metadata (another version of the library): every run is handed to it, as before
        shapes[region] = re.compile("(?:" + "|".join(found) + ")" if found else r"\d*")
    return shapes


@lru_cache(maxsize=20_000)
def _library_phones(part: str, regions: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Phones Google's library finds in ``part`` (a note repeats its numbers: asked once each)."""
    found = []
    for region in regions:
        try:
            for match in phonenumbers.PhoneNumberMatcher(part, region, leniency=phonenumbers.Leniency.VALID):
                found.append((match.start, match.end))
        except Exception:  # the library must never stop an export; the pattern still ran
            continue
    return tuple(found)


SERVICE_NUMBERS = frozenset({"101", "102", "103", "104", "111", "112", "150", "1409", "1414"})
"""Short numbers of the region's emergency services and helplines (Kazakhstan's 150 for children and
young people, 111 for families and children, Kyrgyzstan's 111): a report names them, they name no one."""
_LAST_GROUP = re.compile(r"\s+(\d{3,4})\Z")
_FIRST_GROUP = re.compile(r"\A(\d{3,4})\s+")


def phone_and_service(number: str) -> bool:
    """A run of digits that is a phone and a service number typed beside it, a space between ("8 747
    555 81 09 150", "112 87011234567"): no IIN or PIN; the phone pattern takes the phone alone."""
    last, first = _LAST_GROUP.search(number), _FIRST_GROUP.match(number)
    for service, rest in (
        (last, number[: last.start()] if last else ""),
        (first, number[first.end() :] if first else ""),
    ):
        if service is not None and service.group(1) in SERVICE_NUMBERS and PHONE.fullmatch(rest):
            return True
    return False


def _uzbek_phone(number: str) -> bool:
    """12 digits from 998 whose 3rd-6th digits are no month and day of an IIN (998901234567): a
    phone of Uzbekistan typed without "+", which the phone pattern takes."""
    digits = re.sub(r"\D", "", number)
    if len(digits) != 12 or not digits.startswith(("992", "993", "994", "995", "996", "998")):
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    return not (1 <= month <= 12 and 1 <= day <= 31)


RU_PASSPORT = re.compile(r"(?<![\w+\-.])\d{2}\s?\d{2}\s\d{6}(?![\w\-.]|\s\d)")
"""A Russian internal passport: series of 2 + 2 digits, then 6 (45 12 345678, 4512 345678)."""


_NUMBER_SIGN = re.compile(r"(?<![^\W\d_])(?:No|Nr|N)\.?[ \t]?(?=\d)|#(?=[ \t]?\d)", re.IGNORECASE)
_RECORD_NUMBER = re.compile(
    r"(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}?(?:№|(?<![^\W\d_])(?:No|Nr|N)\.?|#)[ \t]*"
    r"(?P<code>\d{2,4}(?:[ \t]\d{3}){1,3}(?![\w/-]|[ \t]\d)"
    r"|(?:[^\W_]{1,6}[ \t]?[-–]?[ \t]?)?[^\W_]*\d[\w]*(?:[/-][\w]+)*)(?![\w/-])",
    re.IGNORECASE,
)
"""A number sign within 40 characters after a cue, in its sentence (a date's dots do not end it:
"Ордер выдан 19.02, № 0341/ИК"), and the number after it ("Дело № 0412/23", "студ. билета
Тургунова (№ КЖ-21-1187)", "ордер (№ 118/ОО)", "KR-II № 047731"), its groups of three digits too
("куәлік № 048 512 337")."""
_CASE_CODE = re.compile(
    r"(?<![\w/-])(?:[A-ZА-Я]{2,5}-\d{2,4}(?:[-/]\d{2,6})+|(?:19|20)\d\d-\d{2,6}-[A-ZА-Я]{2,5}"
    r"|[A-ZА-Я]{2,5}(?:-[A-ZА-Я]{1,5})+-\d{3,6}(?:[-/]\d{2,6})*)(?![\w/-])"
)
"""A case's code of capitals and digit groups ("KRG-2023-041", "КЖ-21-1187", "ОШ-118/24"), of a year,
a number and the office's capitals ("2024-0311-ИДН"), or of a town's and an office's capitals and a
number ("TRZ-KC-0931")."""


_NEXT_SIGN_REACH = 6
"""A second number sign at most this many characters after a first number of one digit ("ЦСМ №2, №
11487"), and the record's number after it."""
_SHORT_CUE = 3
_SHORT_REACH = 5
"""A cue of a record of ``_SHORT_CUE`` characters or fewer ("Іс", "иш", "м/к", "рег.") stands at most
``_SHORT_REACH`` characters before its number ("Іс № 2413/ЖИ"), not a sentence away."""


_SIGNED_CODE = re.compile(r"№[ \t]*(?P<code>[^\W_][\w/-]*\d[\w/-]*)(?![\w/-])")
"""A number sign and the code after it, a digit in it."""
_NEXT_IN_LIST = re.compile(r"[ \t]*,[ \t]*(?:№[ \t]*)?(?P<code>[^\W_][\w/-]*[^\W_])(?![\w/-])")


def _shape(code: str) -> str:
    """A code's shape: each digit a "9", each letter an "a" ("21-04417" is "99-99999")."""
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in code)


def _listed_after(text: str, end: int, code: str) -> Iterator[Span]:
    """The numbers of the same shape as ``code`` that follow it in a list, a comma before each
    ("Студенческие билеты: 21-04417, 22-01892"): records of the same kind."""
    shape = _shape(code)
    while (listed := _NEXT_IN_LIST.match(text, end)) is not None and _shape(listed["code"]) == shape:
        yield Span(listed.start("code"), listed.end("code"), Kind.DOCUMENT, "pattern")
        end = listed.end("code")


def _record_numbers(text: str, lowered: str) -> Iterator[Span]:
    """The number of a person's case, order, certificate or student card after its word (the
    profiles' ``record_cues``: "Дело № 0412/23", "охранный ордер (№ 118/ОО)", "case KRG-2023-041",
    "студ. билет № 2023-0417"): an identifier of one person, as a passport's number is. Not a
    school's, a class's, a meeting's or a letter's number ("школа № 64", "протокол № 27", "Исх.
    № 45"): no cue of a record stands before those. A number right after its word may go without a
    sign ("мед. карта 11-2087"); a cue of a few letters only right before its number ("Іс № 2413/ЖИ",
    not "іс-шара № 12")."""
    for after, rest in _after_cues(text, lowered, _folded_cues("record_cues")):
        if (listed := _ID_LIST.match(text, rest)) is not None:
            # "Студ. билеты: Ермеков А. – № 23-0457, Сейтов Б. – № 22-1180": a colon's list of people
            # and their records' numbers, each after its sign, to the line's end
            line_end = text.find("\n", listed.end())
            for signed in _SIGNED_CODE.finditer(text, listed.end(), len(text) if line_end < 0 else line_end):
                if sum(c.isdigit() for c in signed.group("code")) >= 4:  # not "школа № 64"
                    yield Span(signed.start("code"), signed.end("code"), Kind.DOCUMENT, "pattern")
        numbered = _RECORD_NUMBER.match(text, rest)
        if numbered is not None and sum(c.isdigit() for c in numbered.group("code")) < 2:
            # "медкарта ЦСМ №2, № 11487": the office's number first, the record's right after it
            again = _RECORD_NUMBER.match(text, numbered.end())
            if again is not None and again.start("code") - numbered.end() <= _NEXT_SIGN_REACH:
                numbered = again
        cue = text[max(text.rfind(" ", 0, after - 1), text.rfind("\n", 0, after - 1)) + 1 : rest]
        if numbered is not None and len(cue) <= _SHORT_CUE and numbered.start("code") - rest > _SHORT_REACH:
            continue  # "іс-шара № 12" (an event): a cue of a few letters right before its number only
        if numbered is not None and sum(c.isdigit() for c in numbered.group("code")) >= 2:
            # a series before the number sign is the document's too ("KR-II № 047731")
            sign = text.rfind("№", rest, numbered.start("code"))
            series = _SERIES_BEFORE.search(text, max(0, sign - 12), sign) if sign >= 0 else None
            if series is None and sign >= 0:
                own = _CAPITALS_BEFORE.search(text, max(0, sign - 12), sign)
                series = own if own is not None and own.start() < after else None  # "КУИ № 5508": the cue
            begin = series.start() if series is not None else numbered.start("code")
            yield Span(begin, numbered.end("code"), Kind.DOCUMENT, "pattern")
            yield from _listed_after(text, numbered.end("code"), numbered.group("code"))
        elif (bare := _BARE_RECORD.match(text, rest)) is not None:
            # "мед. карта 11-2087", "медкарта 40718": a number with no sign right after its word
            yield Span(bare.start("code"), bare.end("code"), Kind.DOCUMENT, "pattern")
            yield from _listed_after(text, bare.end("code"), bare.group("code"))
        else:
            code = _CASE_CODE.search(text, rest, min(len(text), rest + 40))
            if code is not None and not SENTENCE_END.search(text, rest, code.start()):
                yield Span(code.start(), code.end(), Kind.DOCUMENT, "pattern")


_BARE_RECORD = re.compile(
    r"[ \t]*:?[ \t]*(?!(?:19|20)\d\d[/-](?:19|20)?\d\d(?!\d))"
    r"(?P<code>\d{1,6}[/-]\d{3,6}(?:/\d{2,4})?|\d{1,6}/\d{2,6}-\d{2,4}|\d{5,10}|\d{1,4}/[^\W\d_]{1,3}-\d{2,4}"
    r"|\d{2,6}/\d{2,4}-[^\W\d_]{1,3}|\d{3,6}/\d{2})(?![\w/-])"
)
"""A record's number right after its word with no sign: digits joined by a slash or a dash, three at
least after it ("11-2087"), maybe a year after a slash ("5-1187/2025"), or a number, a slash, a
number and a year after a dash ("14/221-07"), or five digits or more
("40718"), or a number, an office's letters and a year ("23/К-08"), or a number and a year with an
office's letters after them ("17/25-К"), or three digits or more and a year's two ("0093/25"); not a
year's four, nor two years, nor a day and a month ("12/03")."""
_FIVE_DIGITS = re.compile(
    r"\d[/-]?\d\d\d\d|\d/[^\W\d_]{1,3}-\d\d|\d\d/\d\d-[^\W\d_]|\d\d\d/\d\d|\d/\d{2,6}-\d\d"
)
"""Five digits, maybe after a first one and a dash or a slash, or a number, letters and a year
("23/К-08"), or a number, a year and letters ("17/25-К"), or three digits and a year's two
("0093/25"), or a number, a slash, a number and a year ("14/221-07"): where a record's number with
no sign may stand (a note with no number sign and none of these is not read for records)."""


def _after_cues(text: str, lowered: str, cues: Iterable[str]) -> Iterator[tuple[int, int]]:
    """For each place a cue of ``cues`` stands as a word of ``lowered`` (``fold(text)``, one character
    for one), cue by cue: where the cue ends, and where the rest of its word ends ("паспорт|ы")."""
    for cue in cues:
        start = lowered.find(cue)
        while start >= 0:
            after = start + len(cue)
            if (start == 0 or not lowered[start - 1].isalnum()) and (
                after >= len(lowered) or not lowered[after].isalpha()
            ):
                yield after, _WORD_REST.match(text, after).end()  # type: ignore[union-attr]
            start = lowered.find(cue, start + 1)


_ID_LIST = re.compile(r"[^:.!?\n\d]{0,30}:")
"""Up to a colon close after an id number's or a record's cue, in its sentence ("РМА (ИНН) лозим:",
"Студ. билеты колледжу:")."""
_LISTED_ID = re.compile(r"(?<![\d\w+-])\d{9,14}(?![\d\w-])")
"""A number of 9 to 14 digits written whole in a list after an id number's cue and a colon."""


_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence (or line) going on at ``start`` ends: before ". ", "!", "?" or a new line."""
    end = _SENTENCE_END.search(text, start)
    return end.start() if end is not None else len(text)


_CUED_ID_NUMBER = re.compile(
    r"(?:-[^\W\d_]{1,5})?(?:[ \t]+[^\W\d_]{2,12}){0,2}"
    r"[\s:№#.–—-]{0,4}(\d{9,14}|\d{2,6}(?:[ \t-]\d{2,6}){1,5})(?![\w-]|[ \t-]\d)"
)
"""The digits right after a tax or personal number's name, its ending allowed, or a word or two of
whose it is or what was done with it ("ИНН: 481205339", "ЖСН-і 950312300456", "РМА-и модараш
410227561": his mother's, "РМА-ашро навишт: 510482736": wrote his; "PINFL 3120 5896 5400 12", in
groups of two digits or more, so that a list's next number is not taken: "ИИН 071115600234 2) …"): 9
digits in Tajikistan and Uzbekistan (STIR), 12 in Kazakhstan and Russia, 14 in Kyrgyzstan and
Uzbekistan (PINFL)."""


_SERIES_BEFORE = re.compile(
    rf"(?<![\w-])(?:[A-ZА-ЯІ]{{1,2}}|[A-ZА-ЯІ]{{1,4}}-(?:{_SERIES_LETTER}|\d){{1,4}})[ \t]*\Z"
)
"""A document's series before its number sign: one or two capitals ("АН № …"), or capitals and a
hyphenated part ("KR-II № …", "I-OSH № …", Kazakh Latin's "I-ZhA № …", Tajik "I-ТҶ № …"); three
capitals alone are an office ("дело ПДН № 19-114/23"), unless they are the record's cue itself
(``_CAPITALS_BEFORE``: "КУИ № 5508", the register's number)."""
_CAPITALS_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯІ]{3,4}[ \t]*\Z")


@cache
def _folded_cues(field: str) -> tuple[str, ...]:
    """The profiles' cues of ``field`` (``cue_phrases``) folded as a note is, for ``_after_cues``."""
    return tuple(fold(cue) for cue in cue_phrases(field))


def _documents(text: str) -> Iterator[Span]:
    for match in DOCUMENT.finditer(text):
        yield Span(match.start(), match.end(), Kind.DOCUMENT, "pattern")
    lowered = fold(text)
    if "№" in text or _NUMBER_SIGN.search(text) or _CASE_CODE.search(text) or _FIVE_DIGITS.search(text):
        yield from _record_numbers(text, lowered)
    for match in RU_PASSPORT.finditer(text):
        yield Span(match.start(), match.end(), Kind.DOCUMENT, "pattern")
    for _after, rest in _after_cues(text, lowered, _folded_cues("id_number_cues")):
        number = _CUED_ID_NUMBER.match(text, rest)
        if number is not None and 9 <= sum(c.isdigit() for c in number.group(1)) <= 14:
            yield Span(number.start(1), number.end(1), Kind.IIN, "pattern")
        elif (listed := _ID_LIST.match(text, rest)) is not None:
            # "РМА (ИНН) лозим: Далер – 520148736, Ҷамшед – 520177401": a colon's list of people's
            # numbers after the cue, each one's
            for each in _LISTED_ID.finditer(text, listed.end(), _sentence_end(text, listed.end())):
                yield Span(each.start(), each.end(), Kind.IIN, "pattern")
    for after, rest in _after_cues(text, lowered, cue_phrases("document_cues")):
        number, code = _CUED_NUMBER.match(text, rest), _CUED_CODE.match(text, rest)
        if number and len(re.sub(r"\D", "", number.group(1))) >= 6:
            yield Span(number.start(1), number.end(1), Kind.DOCUMENT, "pattern")
        elif code and sum(c.isdigit() for c in code.group(1)) >= _CODE_DIGITS:
            yield Span(code.start(1), code.end(1), Kind.DOCUMENT, "pattern")
        else:
            # a Russian passport's series and number a few words after the cue ("паспорт
            # Рустама (РФ, он из Омска) 5219 483706")
            later = _PASSPORT_AHEAD.search(text, after, min(len(text), after + _PASSPORT_REACH))
            if later:
                yield Span(later.start(), later.end(), Kind.DOCUMENT, "pattern")
        # a document's shape a few words after the cue, in any letter case ("паспорт данияра
        # для поездки: n13842970"), a Kazakh driving licence ("удостоверение: 04АВ127845")
        for shaped in _DOCUMENT_AHEAD.finditer(text, after, min(len(text), after + _PASSPORT_REACH)):
            yield Span(shaped.start(), shaped.end(), Kind.DOCUMENT, "pattern")
