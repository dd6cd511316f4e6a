"""What the anonymizer knows about each language, read from data/languages/*.yaml.

A profile holds knowledge, not code: the letters that mark the language, the endings a name takes
(as chains of suffixes), patronymic particles, honorifics, the words that say a capitalised word is
a person, small-place and "the only one" cue words, ID document cue words, and the pseudonym labels
and tags of the report in that language. A new language (Kyrgyz, Uzbek, Tajik) is a new file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import product

import yaml

from facilitator.anonymizer import kazakh_spellings
from facilitator.anonymizer.skeleton import skeleton
from facilitator.languages import LANGUAGES as APP_LANGUAGES

LANGUAGES = (*APP_LANGUAGES, "kk-latn", "ky", "uz", "tg")
"""The app's languages, and the neighbours whose names and numbers the anonymizer also knows."""
ADDRESS_PARTS = (
    "villages",
    "streets",
    "districts",
    "houses",
    "flats",
    "floors",
    "towns_before",
    "towns_after",
    "labels",
    "regions",
    "near",
    "landmarks",
    "lines",
    "dorms",
    "living",
    "homes",
    "looks",
    "yards",
)
BIRTH_PARTS = ("before", "after", "months", "year_words", "birthdays")
"""The words of a date of birth: the cue before it ("туған күні", "tug'ilgan kuni"), the cue after a
year ("jyly týǵan", "yilda tug'ilgan", "г.р."), the months' stems, the words after a year
("jyly", "yil", "жылдын") and a birthday's words ("день рождения", "туған күн", "birthday"), beside
which a day and a month are a date of birth with no year."""
SPELLINGS: dict[str, Callable[[str], frozenset[str]]] = {
    "kazakh-2018": kazakh_spellings.from_2018,
    "kazakh-cyrillic": kazakh_spellings.on_a_russian_keyboard,
}
"""A profile written in one of these spellings (its ``spelling:``) is read in every spelling of the
language: the kk-latn profile is written in Kazakh's 2018 Latin alphabet and read in 2018, 2021 and
ASCII ("aıtty", "aitty", "aytty"; "sózi", "sözi", "sozi"); the kk profile in Kazakh's Cyrillic
letters, and read as typed on a Russian keyboard too ("келді", "келди"; "ағасы", "агасы")."""
_AS_WRITTEN = ("code", "script", "letters", "spelling", "labels", "tags")
TAG_KINDS = ("phone", "email", "iin", "document", "plate", "card", "address", "handle", "birthdate", "quasi")


@dataclass(frozen=True)
class Profile:
    code: str
    script: str
    letters: frozenset[str]
    endings: frozenset[str]
    """Every ending a name can take, as skeletons ("" included)."""
    particles: frozenset[str]
    honorifics: frozenset[str]
    person_after: frozenset[str]
    person_before: frozenset[str]
    speech: frozenset[str]
    """Verbs only a person does, right after its name ("ответил", "деді", "laughed")."""
    word_after: frozenset[str]
    """Words after a name-that-is-a-word that say it is the word ("Бақыт деген", "Hope is")."""
    wish_verbs: frozenset[str]
    """The imperative of "to be" in a wish ("бошед", "bo'ling", "болуңуз"): the word right before it
    is what is wished, no one ("Саломат бошед": be well)."""
    modals: frozenset[str]
    """Words of need or possibility after a verbal noun ("қилиш керак", "задан лозим", "shalý
    kerek"): the word before that verbal noun is its object, no one's name."""
    owned_after: frozenset[str]
    """Words after a name in the genitive that say a person owns them ("Қайраттың сөзі", "aıdostyń
    aǵasy": his words, his brother): the genitive of a name-word before one is the person, though
    the word alone ("Арман сөзі") is the word."""
    name_cues: frozenset[str]
    """Words right before a name whatever its case ("по имени", "зовут", "named", "номаш")."""
    naming: frozenset[str]
    """Words right after a name that call it one, before a person noun ("Арман деген жігіт")."""
    person_nouns: frozenset[str]
    conjunctions: frozenset[str]
    """ "и", "and", "мен": a capitalised word joined to a name is a name ("Max and Tim")."""
    oblique_after: frozenset[str]
    """Words after a name in the dative or genitive at a sentence start that take a person there
    ("Жене стало плохо", "Дастана не было")."""
    addressee_verbs: tuple[str, ...]
    """Stems of verbs of telling, calling, writing to someone: a capitalised word in the dative before
    one, at a sentence start, is a person ("Дәменге айттым")."""
    companion_verbs: tuple[str, ...]
    """Stems of verbs done with someone (talking, meeting, agreeing, arguing): a lower-case name-word
    with "with" on it before one is a person ("алтынмен сөйлестім"); in English, the verb before
    "with" or "to" ("spoke with max")."""
    speaker_cues: frozenset[str]
    """Words in what follows a lower-case name-word and a colon at a line's start that say it was
    said (first and second person pronouns, verbs of saying): "арман: мен келмеймін" is a speaker,
    "мақсат: зорлық туралы сөйлесу" a heading."""
    abstract_names: frozenset[str]
    """Name-words whose word is a thing said to be something without an article ("Hope was")."""
    greetings: frozenset[str]
    feast_names: frozenset[str]
    """Feasts whose word is a given name too ("Navruz"), as skeletons: a name only where a person
    stands, never by its capital alone ("we celebrated Navruz", "на Навруз")."""
    """Greetings and forms of address before a name, never part of it ("Привет Айгерим", "Сәлем")."""
    small_places: tuple[str, ...]
    singling: tuple[str, ...]
    singling_weak: tuple[str, ...]
    """ "Only" words that also mean "just" or "alone" ("танҳо"): they single someone out only in a
    sentence with a role, a job or a small place ("танҳо духтури деҳа"; "Танҳо гап задан осон нест"
    says nothing of anyone)."""
    superlatives: tuple[str, ...]
    """ "The biggest", "the richest" ("эң чоң", "ең үлкен", "самого большого", "eng katta"): one
    business of a place, which singles out its owner ("базардагы эң чоң дүкөнүнүн ээси"), never
    anyone without one ("ең үлкен арманы")."""
    plant_heads: tuple[str, ...]
    """Who heads or guards a plant, a mine or a depot ("начальник", "бастығы", "qorovul", "guard")."""
    plants: tuple[str, ...]
    """A plant, a mine or a depot, as words or their stems ("завод", "зауыт", "refinery")."""
    marks: tuple[str, ...]
    """A mark everyone in a small place knows someone by, beside a word for a person ("хромой",
    "ақсақ", "lame", "in a wheelchair"): "хромой мальчик" is one boy there."""
    numbered_things: frozenset[str]
    """Things a day's notes number ("урок", "сабақ", "dars", "page"): no street before a house and its
    flat ("Сабақ 3-4", "Dars 3-4")."""
    pronouns: frozenset[str]
    """Personal pronouns in their cases ("оның", "onyń", "uning", "анын"): never a name, though
    capitalised at a sentence start before a relative ("Onyń aǵasy keldi": his brother came)."""
    ages: tuple[str, ...]
    """Words after a number that make it an age ("17 жастағы", "15 jasta", "16 yoshli")."""
    alone: tuple[str, ...]
    """ "Only" words that also mean "alone" ("жалғыз", "jalǵyz", "жалгыз"; Uzbek "yolg'iz"): before a
    verb ("jalǵyz qaldy", "жалгыз калды") or ending a clause ("üide jalğyz.") they say how someone
    lives, not which one."""
    alone_endings: tuple[str, ...]
    """Endings of the verbs that follow "alone" ("qal-dy", "ósir-gen", "жаша-йт")."""
    not_singled: tuple[str, ...]
    """Nouns "the only" describes without singling anyone out ("the only way", "yagona yo'l",
    "жалгыз жол", "jalǵyz armany"), stems read with the profiles' endings."""
    document_cues: tuple[str, ...]
    name_endings: frozenset[str]
    """Endings of given names and surnames of the language, as skeletons ("бек", "гүл", "нұр", "зода"):
    a lower-case word no dictionary knows that ends so, where a person stands, is a name ("ерсейіт
    үндемеді", "с мыңқали")."""
    subject_fillers: frozenset[str]
    """Short words between a person and what the person does ("опять", "тоже", "тағы", "again"):
    "алтару опять опоздал" is a person before a verb a person does."""
    place_words: frozenset[str]
    """Words right before or after a capitalised word that make it a district, region or town, not a
    person ("Yunusobod tumani", "ноҳияи Рӯдакӣ", "Кеген ауданы")."""
    name_parts: frozenset[str]
    """First parts of compound given names that are no name alone ("Ер" in Ерсұлтан, "Гүл"), as skeletons."""
    roles: tuple[str, ...]
    """Stems of roles there is one of in a small place ("физрук", "имам"): with a place, a description."""
    organisations: frozenset[str]
    """Words of a club, a centre, a group ("клуб", "орталық", "markaz"): a name glued to one by a
    hyphen names the thing ("Асель-клубе", "Aibek-team"), no person."""
    absent_after: frozenset[str]
    """Words after a person who is not there ("жоқ", "нет", "zhok"): where the session already
    knows the word as a person's name, it is that person ("bugin bakyt zhok")."""
    came: frozenset[str]
    """Verbs that say a person came to the session, was late or missed it ("келді", "keldi", "пришёл"):
    right after a public figure's name, a participant of that name ("Dımaş keldı": no singer comes to
    a workshop; "Абай айтты" is the poet quoted, and stays)."""
    quote_verbs: frozenset[str]
    """Words after a quotation that say who spoke it, besides ``speech`` ("деп", "deb", "мегӯяд"): the
    name before the quotation is its speaker ("Сырым «…» деп бастады")."""
    possessives: frozenset[str]
    """Possessive words ("свой", "мой", "my", "менің") before a lower-case name-word: the word, owned
    ("у каждого свой арман", "my hope")."""
    label_words: frozenset[str]
    """Words that open a heading or a line before a colon ("тема:", "итог:", "upd:", "savol:"): never a
    speaker's name, though what follows the colon may be a quotation or start with "я"."""
    institutions: frozenset[str]
    """Words of a centre, a foundation, an organisation ("центр", "орталығы", "markazi", "Foundation"):
    a name in quotes beside one, or (in the languages that put the name first) right before its
    possessive form, names the institution ("центр «Сезим»", "Сезим орталығына"), no person."""
    kin: tuple[str, ...]
    """Kin of someone ("сын", "ұлы", "o'g'li", "писари"): beside a role ("сын директора школы",
    "мектеп директорының ұлы"), a description of one person."""
    kin_modifiers: frozenset[str]
    """Words between a name in the genitive and a relative of that person ("Романа старший брат")."""
    jobs: tuple[str, ...]
    """Stems of jobs ("продавщиц", "малшы"): with a place named and an age, a description."""
    place_endings: tuple[str, ...]
    """Endings that make a capitalised word a place ("Ақкөлдегі", "Chorsudagi": "the ... in X")."""
    addresses: dict[str, tuple[str, ...]]
    """The words of an address as typed in that language, by part (ADDRESS_PARTS): a village, a
    street ("к-сі", "ko'chasi", "кӯчаи"), a district ("ш/а", "ықшам аудан", "mahalla"), a house
    and a flat, each followed or preceded by its number or its name; a floor after its number ("3
    этаж", "3 қабат"); the words that mark a town or a
    district before or after its name ("г. Караганда", "Токмок ш.", "Asaka tumani"), which joins the
    address it stands before; the labels before an address ("адрес:", "по адресу", "manzil:"); the
    administrative districts that join an address but make none ("Ноокатский район", "Chortoq
    tumani", "ноҳияи Рӯдакӣ"); the words that place a house by a landmark ("next to", "за",
    "жанындағы", "yonidagi", "назди") and the landmarks ("mosque", "школ", "мешіт", "masjid"); the
    words of a numbered street ("5-көше", "3-я линия") and of a dormitory ("общага КарТУ",
    "jataqhana №3"); the words that say someone lives somewhere ("живёт", "тұрады", "yashaydi",
    "үйі") and those that point at one house after a landmark ("ворота", "қақпалы үй", "gate"); how
    one house looks ("жасыл", "зелёным", "қабатты", "darvozali" is a gate's): described_houses.py;
    the house's yard, in the locative ("короодо", "во дворе", "hovlisida"): what is in it tells the
    house too (", короодо жаңгак дарагы бар").
    """
    birthdates: dict[str, tuple[str, ...]]
    """The words of a date of birth as typed in that language, by part (BIRTH_PARTS): with a cue, a
    year alone is one ("týǵan jyly 2006", "2006 jyly tuğan", "tug'ilgan yili 2006"); the months and
    the year's words make the dates written in words ("22 naýryz 2006", "2007-yil 5-mart",
    "2006-жылдын 3-марты")."""
    titles: frozenset[str]
    """Role words before a name ("участник", "participant", "қатысушы"): after one, the report
    writes only the pseudonym's letter ("участник A", not "участник Человек A")."""
    participant: str
    person: str
    tags: dict[str, str]
    with_words: frozenset[str] = frozenset()
    """The comitative written apart from the name ("Бакыт менен", "Umid bilan", "Арман мен"): before a
    verb of talking or meeting (``companion_verbs``), the word before it is a person."""
    month_names: frozenset[str] = frozenset()
    """Months and their short forms ("Jan", "June"): before a day's number, a date, not a name."""
    dotted_abbreviations: frozenset[str] = frozenset()
    """Capitals with dots that are no initials ("p.s.", "n.b."), lower case, without spaces."""
    word_cues: frozenset[str] = frozenset()
    """Words right after a name-word that speak of the word itself ("бақыт деген", "umid means"):
    even a name on the roster is then the word."""
    size_before: frozenset[str] = frozenset()
    """Words for little or big, younger or elder before a name that tell two boys of one name apart
    ("small Dima", "кіші Ерлан"): part of the name's span."""
    size_after: frozenset[str] = frozenset()
    """The same after the name ("Далери хурд", "Айбек кичүү", "Дима маленький")."""
    light_verbs: frozenset[str] = frozenset()
    """Forms of the verbs a noun makes a compound verb with ("umid qilaman": I hope, "үміт етемін",
    "умед дорам", "серік болу": to be a partner): the name-word right before one is that noun."""
    what_is: frozenset[str] = frozenset()
    """Words asking what a thing is, after it and right before a question mark ("Максат эмне?",
    "Orzu nima?", "Орзуи шумо чист?", "бақытты отбасы деген не?"): the name-word before them is the
    word asked about, no person ("Азамат эмне деди?", a verb before the mark, asks what he said)."""
    my_kin: frozenset[str] = frozenset()
    """Relatives in the first person after a name ("Ғалымжан інім", "Sherzod ukam": my brother
    Ғалымжан): the name's person, in the name's span as an honorific is."""
    record_cues: tuple[str, ...] = ()
    """Words for a person's case, order, certificate or student card, before its number ("дело",
    "охранный ордер", "студ. билет", "case"): the number after them is a document (patterns.py)."""
    id_number_cues: tuple[str, ...] = ()
    """Names of a person's tax or personal number ("ИНН", "ЖСН", "ПИНФЛ", "STIR", "PIN"): the run of 9
    to 14 digits right after one is that number, whatever its country's length (patterns.py)."""
    vehicle_words: frozenset[str] = frozenset()
    """Stems of words for a car, said before its plate ("машинасы", "көлік нөмірі", "mashinasy"): a
    plate typed in small letters is read only after one (patterns.py)."""
    ours: frozenset[str] = frozenset()
    """ "Our" in its forms, opening a bracket after a name ("Манас (биздин топтогу)", "Abai (from our
    group)"): the name is a participant's, though a public figure bears it (namesakes.py)."""
    clock_words: frozenset[str] = frozenset()
    """Words before a number that make it a clock's hour, as skeletons ("сағат 18-де")."""
    reflexives: frozenset[str] = frozenset()
    """"Own" before a relative ("өз апасын", "o'z akasi"): the word before it is the relative's owner."""
    staying_verbs: tuple[str, ...] = ()
    """Beginnings of the verbs of staying or living at someone's place before "у" ("ночует у",
    "живёт у"): the word after "у" is a person."""
    thanks_said: frozenset[str] = frozenset()
    """Verbs of saying after a word of thanks in lower case ("rahmat dedi", "рахмат айтты": said thanks):
    the word is the thanks said, though "Рахмат" is a given name too."""
    honorifics_before: frozenset[str] = frozenset()
    """Honorifics written before a name, part of its span ("домулло Саид", "hoji Anvar", "устоз
    Бахтияр"); alone ("домулло сказал") they stay."""
    place_before: frozenset[str] = frozenset()
    """Prepositions of place ("в Нарыне", "из Семея"): a word after one that is a place only with a
    case ending is that place, not a given name written the same ("Нарине", "Семён")."""
    latin_place_before: frozenset[str] = frozenset()
    """Prepositions of place of the language typed in Latin letters ("v Seule", "iz Turcii"): the
    capitalised word after one is a place, not a person."""
    address_kin: frozenset[str] = frozenset()
    """Dictionary forms of the kin and familiar words said before a first name as part of how a
    person is called ("тётя Роза", "у тёти Розы", "дядя Коля", "бро Арсен"): part of the name's span
    where both words are in the same case; not "тётя Бориса" (Boris's aunt: another case)."""
    topic_after: frozenset[str] = frozenset()
    """Words of a topic right after a word ("about", "the topic of": "Буллинг тууралуу", "Býllıng
    taqyrybyn"): an unknown capitalised word opening a sentence before one is the topic, no one."""
    nickname_cues: frozenset[str] = frozenset()
    """Words (or two words) after which the next word is a nickname, whatever it means: "кличка",
    "лақап аты", "nicknamed"; after a colon, a list of them ("зовут кличками: тайфун, малыш")."""
    unknown_place_before: frozenset[str] = frozenset()
    """Prepositions after which a capitalised word that no list, dictionary or shape knows is a
    place, not someone ("из Сарыжаза", "в Кетмене"; "у Сарыжаза" could be a man's)."""
    not_a_person: frozenset[str] = frozenset()
    """What a writer says of a capitalised word glossed with a dash, later in its sentence, when it
    names no one ("Масанчи - это село, не человек", "Офтоб, Меҳр - номҳои гурӯҳҳо, на одамон",
    "Berdaq shoir, o'quvchi emas"): the words before it in the sentence are kept in the note."""
    not_a_member: frozenset[str] = frozenset()
    """What a writer says of someone who is not one of the group ("не участник", "not a student",
    "o'quvchi emas"): a word glossed before it names no one ("Berdaq - shoir, o'quvchi emas"), but a
    word it follows at once after a dash is a person who is no member ("Бектур — не участник")."""
    namesake_after: frozenset[str] = frozenset()
    """Words right after a name that say a place or an institution is named after that person
    ("Абай атындағы мектеп", "Navoiy nomidagi kutubxona"): the name is the namesake's, kept."""
    namesake_before: frozenset[str] = frozenset()
    """The same words before the name ("школа им. Гагарина", "мактаби ба номи Рӯдакӣ",
    "named after"); a person's "по имени" is none."""
    titled_things: frozenset[str] = frozenset()
    """Words for things with a title in quotes before the title (or after it, in Turkic): an
    exercise, a game, a film, a channel ("упражнение «Коробка»", "«Қыз Жібек» фильмі"): the quoted
    words are the title, no person."""
    alias_words: frozenset[str] = frozenset()
    """Words before another name of the same person ("он же", "aka"): a word in quotes after one, in
    a sentence that names someone, is that person's nickname ("Чынгыз (он же «Профессор»)")."""
    not_the_figure: frozenset[str] = frozenset()
    """Words right after a public figure's name that say the note means another of that name ("Dimash
    (not the singer)", "Абай, не тот самый"): a person, not the figure."""
    day_names: frozenset[str] = frozenset()
    """The days of the week ("Monday", "Tue", "Dushanba"): a capitalised word after "call him" that is
    one is a day ("call him Monday"), no nickname; one before a range of hours is no street
    ("Thursdays 16-18")."""
    nickname_quoted: frozenset[str] = frozenset()
    """Cues of a nickname only where the nickname follows in quotes ("call him 'Shoxa kichik'", "его
    называют «Профессор»"): "call him tomorrow" is no nickname."""
    nickname_quoted_only: frozenset[str] = frozenset()
    """Cues as ``nickname_quoted`` that say no person, so never before a capitalised word without
    quotes ("a friend they call 'Wolf'"; "they call Aibek's mother" calls a person)."""
    nickname_articles: frozenset[str] = frozenset()
    """An article opening a quoted nickname: the nickname is the word after it ("call him 'the
    Hammer'")."""
    accusative_endings: frozenset[str] = frozenset()
    """The endings of a noun's accusative: a thing so named before a quoted word and a verb of
    calling is what is called so ("ойынды «көпір» деп атайды"), no nickname."""
    nickname_fillers: frozenset[str] = frozenset()
    """Words between a nickname cue and the nickname ("кличка у него X", "nickname was X")."""
    nickname_stops: frozenset[str] = frozenset()
    """Words after a nickname cue that say no nickname follows ("his nickname for …", "его зовут
    домой")."""
    only_people_say: frozenset[str] = frozenset()
    """Verbs of speech no thing nor beast is said to do, past forms ("признался", "пошутил",
    "apologised"): a word in small letters that does one, opening a sentence, is what a boy is
    called ("кабачок неожиданно признался"); not "пришёл", "говорит" ("закон говорит")."""
    time_fillers: frozenset[str] = frozenset()
    """The ``subject_fillers`` that place the sentence's subject in the session's days ("сегодня",
    "бүгүн", "опять"): a name-word opening its sentence before one is a person ("Улан бүгүн жок"),
    where "also" ("Роман тоже хороший": the novel) says nothing."""
    pair_verbs: frozenset[str] = frozenset()
    """Verbs two people do to each other or together ("подрались", "татуласты", "yarashdi", "бирге
    келди"): two words joined by "and" that open a sentence before one are two boys, though the words
    are things' ("болт пен балға төбелесе жаздады"): pairs_acting.py."""
    defining_words: frozenset[str] = frozenset()
    """Words after a capitalised word and a dash that say it is a boy of the group ("Пряник —
    новенький", "Мұхит — шын аты"): dash_definitions.py."""
    real_name_words: frozenset[str] = frozenset()
    """Words inside a bracket after a word that say the name after them is its owner's real one
    ("bolt (he runs fast, real name Ruslan)", "пахтакор (фанат, настоящее имя Руслан)", "that is
    what the class calls"): bracketed_names.py."""
    attendance_headings: frozenset[str] = frozenset()
    """Headings of a roll call before its colon ("Не было:", "Келмегендер:", "Absent:"): the
    capitalised words listed after one are people, whatever else they are words for."""
    list_headings: frozenset[str] = frozenset()
    """Those of ``attendance_headings`` that head any list ("список", "tizim"), not only one of who
    came or did not: a list in small letters after one may be of things ("tizim: dápter, qalam")."""
    nickname_after: frozenset[str] = frozenset()
    """Two words after a nickname that call it one, the word before it a pronoun of a person
    (``nickname_objects``): "оны шопа деп атайды"."""
    nickname_objects: frozenset[str] = frozenset()
    """Pronouns of a person before a nickname and ``nickname_after`` ("оны", "оларды")."""
    nickname_object_endings: frozenset[str] = frozenset()
    """Endings that make any word the object of ``nickname_after`` (Tajik "-ро": "Рустамро ҳама Шеф
    мегӯянд", everyone calls Rustam the Chef); one-word ``nickname_after`` entries and
    ``nickname_fillers`` ("ҳама": everyone) between object and nickname are read with them."""
    nickname_said: frozenset[str] = frozenset()
    """One-word verbs of saying that call the object before them a nickname ("Ерсұлтанды бәрі кувалда
    дейді", "Azizbekni hamma «Pahlavon» deydi"): read as ``nickname_after`` is, but a word in small
    letters that is an everyday word is what they say of him ("оны бәрі жақсы дейді"), no nickname."""
    nickname_called: frozenset[str] = frozenset()
    """Words (or two words) after a word and before a person (``nickname_persons``) that say the
    person is called so ("боксшы деп аталатын бала", "tūiaq degen jıgıt": a boy called the boxer)."""
    nickname_persons: frozenset[str] = frozenset()
    """Nouns of a young person after ``nickname_called`` ("бала", "жігіт", "jıgıt")."""
    list_joiners: frozenset[str] = frozenset()
    """Words (or two words) that join the last members of an enumeration ("и", "и ещё", "және",
    "and"): not "или" or "не", after which a verb may stand."""
    list_others: frozenset[str] = frozenset()
    """Words that close an enumeration of people without naming one ("другие", "остальные",
    "басқалары", "others")."""
    compound_endings: frozenset[str] = frozenset()
    """The second parts of compound given names that no word of the language ends with ("бек", "жон",
    "гүл", "рӯз"), as skeletons: a lower-case word no dictionary knows, three letters or more before
    one of them, is a name wherever it stands ("quvonchbek uyiga bordim", "некрӯз ва ду бародараш")."""
    person_determiners: frozenset[str] = frozenset()
    """Numerals and adjectives before a word for a person that make it "a man", not a boy of that
    name ("бір азамат айтты", "нағыз азамат", "bitta azamat")."""
    street_before: frozenset[str] = frozenset()
    """The preposition between a building and the street it stands on ("магазин на Тарана"):
    ``name_rules.streets_on``."""
    street_buildings: frozenset[str] = frozenset()
    """Stems of buildings a note places by their street ("магазин", "центр", "школ", "колледж")."""
    feast_before: frozenset[str] = frozenset()
    """Words of time right before a feast's name ("on", "на", "перед"): the feast, not the boy
    named after it ("born on Nowruz", "на Навруз")."""
    meaning_before: frozenset[str] = frozenset()
    """Words right before a word that give its meaning ("his name means nur", "мағынасы —
    қуаныш"): a name-word after one is the word (``names.spoken_of``)."""
    table_person_headers: frozenset[str] = frozenset()
    """Headers of a typed table's column that holds people ("name", "nick", "who", "ФИО", "кличка",
    "лақап аты", "laqab", "ном"): each word of that column is a person, and a header row opening
    with one names the columns, no one ("Имя<tab>Возраст<tab>Пришёл"; ``tables``)."""
    table_blanks: frozenset[str] = frozenset()
    """Words a table's cell holds for "nothing" ("none", "нет", "жоқ", "yo'q"): no person."""
    latin_function_words: frozenset[str] = frozenset()
    """This language's function words as typed in Latin letters on a phone ("chto", "eto", "bylo",
    "oba"): several in a sentence make it this language in Latin letters."""
    latin_weak_words: frozenset[str] = frozenset()
    """Function words typed in Latin that other languages share ("u" is Uzbek "he", "i" English):
    half a ``latin_function_words`` each."""
    latin_person_verbs: frozenset[str] = frozenset()
    """Verbs of a person in Latin letters ("skazal", "privel", "zhivet"): a name-word before one, in a
    sentence of this language in Latin, is a person."""
    latin_object_verbs: frozenset[str] = frozenset()
    """Verbs in Latin letters whose object is a person ("privel kubu"): a word after one is a person."""
    latin_person_before: frozenset[str] = frozenset()
    """Prepositions in Latin letters before a person ("u adileta", "s adiletom")."""
    latin_not_persons: frozenset[str] = frozenset()
    """Words in Latin letters before a verb of a person or after ``latin_object_verbs`` that are no
    name ("mama", "drug", "vse", "ego")."""
    latin_endings: frozenset[str] = frozenset()
    """Case endings of a name in Latin letters ("adiletu", "adileta", "adiletom")."""
    group_words: frozenset[str] = frozenset()
    """Where a participant comes from, after "из" or "from" ("из второй группы", "из техникума",
    "from group 3"): a name-word opening a sentence before one is that person ("Роман из второй
    группы добавил"; not "роман из библиотеки")."""
    addressed: frozenset[str] = frozenset()
    """Words that speak to someone ("ты", "сен", "sen", "you", "шумо"): a name-word opening a sentence,
    then a comma, then one of these, is someone spoken to ("Бақыт, сен не ойлайсың?")."""
    institution_kinds: frozenset[str] = frozenset()
    """Words that say what an institution is, before its word ("кризисный центр", "кризисного
    центра", "дағдарыс орталығы", "crisis centre"): with them, a name right after the institution's
    word is the institution's ("кризисный центр сезим"), no person."""
    numerals: frozenset[str] = frozenset()
    """Numbers in words, the first ordinals and words that count ("ikki", "birinchi", "екінші", "дуюм",
    "necha", "көп"): a lower-case name-word right after one, or after digits, is what is counted
    ("birinchi marta", "3 marta": the third time), no person."""
    there: frozenset[str] = frozenset()
    """Words for "there" ("там", "there", "онда"): a capitalised word, a dash, then one of these is a
    place ("Байылдыр — там всего 40 дворов"), no person."""
    person_pronouns: frozenset[str] = frozenset()
    """The pronouns of one person, he or she ("he", "она", "ол"): a sentence opening with one after a
    name-word heading the note ("Max — progress!! He told …") says the heading is a person."""
    contacting: tuple[str, ...] = ()
    """Stems of verbs of contacting or taking someone to a place ("звонил", "обратил", "отвел"): a
    name after one and "в" is an institution ("звонили в Сезим"); a person is called without "в"."""
    object_verbs: tuple[str, ...] = ()
    """Stems of verbs done to someone (inviting, calling in, beating, threatening, praising,
    scolding): a name-word in the accusative before one in its clause is a person ("эркинди
    чакырдым", "арманды ұрып жіберген"; "арманды орындау" stays)."""
    name_nouns: frozenset[str] = frozenset()
    """Words for a name or a nickname ("name", "nickname", "имя", "кличка"): a word the note says is
    one ("Hope is his nickname", "Максат — это имя") is a name."""
    calling_verbs: frozenset[str] = frozenset()
    """Verbs of calling or writing someone's name ("зовут", "пишут", "call"): a word a dash and "так"
    explain by one ("Бука — так его зовут", "вилл — так ребята пишут Уилла") is how a person is called."""


@cache
def profile(code: str) -> Profile:
    """The profile of ``code`` (one of LANGUAGES; anything else reads as English)."""
    name = code if code in LANGUAGES else "en"
    source = resources.files("facilitator.anonymizer").joinpath("data", "languages", f"{name}.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    spelling = str(data.get("spelling") or "")
    if spelling:
        if spelling not in SPELLINGS:
            raise ValueError(f"language profile {name}.yaml: unknown spelling {spelling!r}")
        data = _in_every_spelling(data, SPELLINGS[spelling])
        if spelling == "kazakh-2018":
            data["letters"] = str(data.get("letters") or "") + kazakh_spellings.LETTERS
    chains = [[str(s) for s in alternatives] for alternatives in data.get("suffixes", [[""]])]
    endings = frozenset(skeleton("".join(parts)) for parts in product(*chains))
    missing = [kind for kind in TAG_KINDS if kind not in data["tags"]]
    if missing:
        raise ValueError(f"language profile {name}.yaml: tags missing for {', '.join(missing)}")
    return Profile(
        code=name,
        script=str(data["script"]),
        letters=frozenset(str(data.get("letters") or "")),
        endings=endings,
        particles=_skeletons(data.get("particles")),
        honorifics=_skeletons(data.get("honorifics")),
        person_after=_lower(data.get("person_after")),
        person_before=_lower(data.get("person_before")),
        speech=_lower(data.get("speech")),
        word_after=_lower(data.get("word_after")),
        modals=_lower(data.get("modals")),
        wish_verbs=_lower(data.get("wish_verbs")),
        owned_after=_lower(data.get("owned_after")),
        name_cues=_lower(data.get("name_cues")),
        naming=_lower(data.get("naming")),
        person_nouns=_lower(data.get("person_nouns")),
        conjunctions=_lower(data.get("conjunctions")),
        greetings=_lower(data.get("greetings")),
        feast_names=_skeletons(data.get("feast_names")),
        addressee_verbs=tuple(str(w).casefold() for w in data.get("addressee_verbs") or ()),
        companion_verbs=tuple(str(w).casefold() for w in data.get("companion_verbs") or ()),
        speaker_cues=_lower(data.get("speaker_cues")),
        abstract_names=_lower(data.get("abstract_names")),
        oblique_after=_lower(data.get("oblique_after")),
        small_places=tuple(str(w).casefold() for w in data.get("small_places") or ()),
        singling=tuple(str(w).casefold() for w in data.get("singling") or ()),
        singling_weak=tuple(str(w).casefold() for w in data.get("singling_weak") or ()),
        superlatives=tuple(str(w).casefold() for w in data.get("superlatives") or ()),
        plant_heads=tuple(str(w).casefold() for w in data.get("plant_heads") or ()),
        plants=tuple(str(w).casefold() for w in data.get("plants") or ()),
        marks=tuple(str(w).casefold() for w in data.get("marks") or ()),
        numbered_things=_lower(data.get("numbered_things")),
        pronouns=_lower(data.get("pronouns")),
        ages=tuple(str(w).casefold() for w in data.get("ages") or ()),
        alone=tuple(str(w).casefold() for w in data.get("alone") or ()),
        alone_endings=tuple(str(w).casefold() for w in data.get("alone_endings") or ()),
        not_singled=tuple(str(w).casefold() for w in data.get("not_singled") or ()),
        document_cues=tuple(str(w).casefold() for w in data.get("document_cues") or ()),
        name_endings=_skeletons(data.get("name_endings")),
        compound_endings=_skeletons(data.get("compound_endings")),
        subject_fillers=_lower(data.get("subject_fillers")),
        place_words=_lower(data.get("place_words")),
        name_parts=_skeletons(data.get("name_parts")),
        roles=tuple(str(w).casefold() for w in data.get("roles") or ()),
        organisations=_lower(data.get("organisations")),
        institutions=_lower(data.get("institutions")),
        absent_after=_lower(data.get("absent_after")),
        came=_lower(data.get("came")),
        quote_verbs=_lower(data.get("quote_verbs")),
        label_words=_lower(data.get("label_words")),
        possessives=_lower(data.get("possessives")),
        kin=tuple(str(w).casefold() for w in data.get("kin") or ()),
        kin_modifiers=_lower(data.get("kin_modifiers")),
        jobs=tuple(str(w).casefold() for w in data.get("jobs") or ()),
        place_endings=tuple(str(w).casefold() for w in data.get("place_endings") or ()),
        addresses={
            part: tuple(str(w).casefold() for w in (data.get("addresses") or {}).get(part) or ())
            for part in ADDRESS_PARTS
        },
        birthdates={
            part: tuple(str(w).casefold() for w in (data.get("birthdates") or {}).get(part) or ())
            for part in BIRTH_PARTS
        },
        titles=_lower(data.get("titles")),
        participant=str(data["labels"]["participant"]),
        person=str(data["labels"]["person"]),
        tags={str(k): str(v) for k, v in data["tags"].items()},
        with_words=_lower(data.get("with_words")),
        group_words=_lower(data.get("group_words")),
        addressed=_lower(data.get("addressed")),
        institution_kinds=_lower(data.get("institution_kinds")),
        contacting=tuple(str(w).casefold() for w in data.get("contacting") or ()),
        numerals=_lower(data.get("numerals")),
        person_pronouns=_lower(data.get("person_pronouns")),
        there=_lower(data.get("there")),
        reflexives=_lower(data.get("reflexives")),
        clock_words=_skeletons(data.get("clock_words")),
        my_kin=_lower(data.get("my_kin")),
        ours=_lower(data.get("ours")),
        vehicle_words=_lower(data.get("vehicle_words")),
        record_cues=tuple(str(w).casefold() for w in data.get("record_cues") or ()),
        id_number_cues=tuple(str(w).casefold() for w in data.get("id_number_cues") or ()),
        dotted_abbreviations=_lower(data.get("dotted_abbreviations")),
        month_names=_lower(data.get("month_names")),
        word_cues=_lower(data.get("word_cues")),
        what_is=_lower(data.get("what_is")),
        light_verbs=_lower(data.get("light_verbs")),
        size_before=_lower(data.get("size_before")),
        size_after=_lower(data.get("size_after")),
        staying_verbs=tuple(sorted(_lower(data.get("staying_verbs")))),
        honorifics_before=_lower(data.get("honorifics_before")),
        thanks_said=_lower(data.get("thanks_said")),
        address_kin=_lower(data.get("address_kin")),
        place_before=_lower(data.get("place_before")),
        latin_place_before=_lower(data.get("latin_place_before")),
        topic_after=_lower(data.get("topic_after")),
        nickname_cues=_lower(data.get("nickname_cues")),
        alias_words=_lower(data.get("alias_words")),
        unknown_place_before=_lower(data.get("unknown_place_before")),
        not_a_person=_lower(data.get("not_a_person")),
        not_a_member=_lower(data.get("not_a_member")),
        namesake_after=_lower(data.get("namesake_after")),
        namesake_before=_lower(data.get("namesake_before")),
        titled_things=_lower(data.get("titled_things")),
        nickname_fillers=_lower(data.get("nickname_fillers")),
        nickname_quoted=_lower(data.get("nickname_quoted")),
        nickname_quoted_only=_lower(data.get("nickname_quoted_only")),
        nickname_articles=_lower(data.get("nickname_articles")),
        accusative_endings=_lower(data.get("accusative_endings")),
        day_names=_lower(data.get("day_names")),
        not_the_figure=_lower(data.get("not_the_figure")),
        nickname_stops=_lower(data.get("nickname_stops")),
        attendance_headings=_lower(data.get("attendance_headings")),
        list_headings=_lower(data.get("list_headings")),
        defining_words=_lower(data.get("defining_words")),
        real_name_words=_lower(data.get("real_name_words")),
        only_people_say=_lower(data.get("only_people_say")),
        time_fillers=_lower(data.get("time_fillers")),
        pair_verbs=_lower(data.get("pair_verbs")),
        nickname_after=_lower(data.get("nickname_after")),
        nickname_objects=_lower(data.get("nickname_objects")),
        nickname_object_endings=_lower(data.get("nickname_object_endings")),
        nickname_said=_lower(data.get("nickname_said")),
        nickname_called=_lower(data.get("nickname_called")),
        nickname_persons=_lower(data.get("nickname_persons")),
        list_joiners=_lower(data.get("list_joiners")),
        list_others=_lower(data.get("list_others")),
        person_determiners=_lower(data.get("person_determiners")),
        street_before=_lower(data.get("street_before")),
        street_buildings=_lower(data.get("street_buildings")),
        feast_before=_lower(data.get("feast_before")),
        meaning_before=_lower(data.get("meaning_before")),
        table_person_headers=_lower(data.get("table_person_headers")),
        table_blanks=_lower(data.get("table_blanks")),
        latin_function_words=_lower(data.get("latin_function_words")),
        latin_weak_words=_lower(data.get("latin_weak_words")),
        latin_person_verbs=_lower(data.get("latin_person_verbs")),
        latin_object_verbs=_lower(data.get("latin_object_verbs")),
        latin_person_before=_lower(data.get("latin_person_before")),
        latin_not_persons=_lower(data.get("latin_not_persons")),
        latin_endings=_lower(data.get("latin_endings")),
        object_verbs=tuple(str(w).casefold() for w in data.get("object_verbs") or ()),
        name_nouns=_lower(data.get("name_nouns")),
        calling_verbs=_lower(data.get("calling_verbs")),
    )


def _in_every_spelling(data: dict[str, object], spell: Callable[[str], frozenset[str]]) -> dict[str, object]:
    """``data`` with every word of its word lists (suffix chains and address words included) in
    every spelling ``spell`` gives, each list in its order, each word's spellings after it."""

    def words(items: object) -> object:
        if isinstance(items, list):
            spelt: list[object] = []
            for item in items:
                if isinstance(item, list):
                    spelt.append(words(item))  # one link of the suffix chains
                    continue
                spelt.append(item)
                spelt.extend(sorted(spell(str(item)) - {str(item)}))
            return list(dict.fromkeys(spelt)) if all(not isinstance(i, list) for i in spelt) else spelt
        if isinstance(items, dict):
            return {key: words(value) for key, value in items.items()}
        return items

    return {key: value if key in _AS_WRITTEN else words(value) for key, value in data.items()}


def _skeletons(words: object) -> frozenset[str]:
    return frozenset(skeleton(str(w)) for w in (words or ()))  # type: ignore[attr-defined]


def _lower(words: object) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in (words or ()))  # type: ignore[attr-defined]


@cache
def all_profiles() -> tuple[Profile, ...]:
    return tuple(profile(code) for code in LANGUAGES)


@cache
def endings_for(latin: bool) -> frozenset[str]:
    """Endings of every language written in that script (a name's ending says nothing of the note)."""
    wanted = "latin" if latin else "cyrillic"
    found: set[str] = set()
    for item in all_profiles():
        if item.script == wanted or item.code == "uz":  # Uzbek is written in both
            found |= item.endings
    return frozenset(found)


@cache
def union(*fields: str) -> frozenset[str]:
    """One field (person_after, person_before, particles, honorifics, titles, ...) of every profile
    together; several fields, all of them together (worked out once, not at every call)."""
    merged: set[str] = set()
    for item in all_profiles():
        for field in fields:
            merged |= getattr(item, field)
    return frozenset(merged)


@cache
def first_words(*fields: str) -> frozenset[str]:
    """The first words of the phrases of these fields of every profile (where one of them may
    start: "laqap" of "laqap aty", "кличка")."""
    return frozenset(phrase.split(" ")[0] for phrase in union(*fields))


@cache
def cue_phrases(field: str) -> tuple[str, ...]:
    """small_places, singling, singling_weak, superlatives, plant_heads, plants, marks, ages, alone,
    alone_endings, not_singled, document_cues, record_cues, id_number_cues, roles,
    kin, jobs, place_endings, addressee_verbs or companion_verbs of every profile, longest first
    (then by text: a set's order differs from process to process, and the first cue found decides)."""
    phrases = {phrase for item in all_profiles() for phrase in getattr(item, field)}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def address_phrases(part: str) -> tuple[str, ...]:
    """One part of the address words (ADDRESS_PARTS) of every profile, longest first."""
    phrases = {phrase for item in all_profiles() for phrase in item.addresses[part]}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def town_words() -> frozenset[str]:
    """The one-word ``towns_before`` of every profile ("г.", "город", "пгт") as the word before a
    town's name is read: lower case, no dot."""
    return frozenset(w.casefold().rstrip(".") for w in address_phrases("towns_before") if " " not in w)


@cache
def birth_phrases(part: str) -> tuple[str, ...]:
    """One part of the words of a date of birth (BIRTH_PARTS) of every profile, longest first."""
    phrases = {phrase for item in all_profiles() for phrase in item.birthdates[part]}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def report_profile(language: str) -> Profile:
    """The profile whose labels and tags the report in ``language`` uses."""
    return profile(language if language in LANGUAGES else "en")
