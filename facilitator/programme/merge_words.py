"""The words of the merge PDF in the reader's language (no Qt: the core's own tables, as
export/report_words.py does for the session report). Every table covers exactly the app's
languages (tests/test_languages.py) and every category of the vocabulary (tests/programme)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "document": "Programme figures",
        "title": "Programme figures by region and month",
        "intro": "{sessions} session summaries added up. Counts from 1 to 4 are not shown ({hidden}), "
        "nor any other number from which one could be worked out. Weeks are counted in the month "
        "of their Thursday.",
        "regions": "Regions",
        "delivery_legend": "Teal: sessions delivered. Orange: sessions planned.",
        "before_after": "The room's answers: first and last time asked",
        "before_after_legend": "Teal: the first time. Orange: the last time. All regions.",
        "statements": "Statements",
        "statement": "Statement {number}, round {round}",
        "region": "Region",
        "month": "Month",
        "total": "Total",
        "all": "All",
    },
    "ru": {
        "document": "Показатели программы",
        "title": "Показатели программы по регионам и месяцам",
        "intro": "Сложено сводок занятий: {sessions}. Числа от 1 до 4 не показаны ({hidden}), как и "
        "любые другие числа, по которым их можно вычислить. Неделя относится к тому месяцу, на "
        "который приходится её четверг.",
        "regions": "Регионы",
        "delivery_legend": "Бирюзовые столбцы — проведено занятий, оранжевые — запланировано.",
        "before_after": "Ответы группы: в первый и в последний раз",
        "before_after_legend": "Бирюзовые столбцы — первый раз, оранжевые — последний. Все регионы.",
        "statements": "Утверждения",
        "statement": "Утверждение {number}, опрос {round}",
        "region": "Регион",
        "month": "Месяц",
        "total": "Всего",
        "all": "Итого",
    },
    "kk": {
        "document": "Бағдарлама көрсеткіштері",
        "title": "Бағдарлама көрсеткіштері: өңірлер мен айлар бойынша",
        "intro": "Қосылған сабақ қорытындылары: {sessions}. 1-ден 4-ке дейінгі сандар көрсетілмейді "
        "({hidden}), оларды есептеп шығаруға болатын басқа сандар да көрсетілмейді. Апта оның "
        "бейсенбісі түскен айға жатқызылады.",
        "regions": "Өңірлер",
        "delivery_legend": "Көкшіл-жасыл бағандар — өткізілген сабақтар, қызғылт сары бағандар — "
        "жоспарланған сабақтар.",
        "before_after": "Топтың жауаптары: алғаш және соңғы рет сұралғанда",
        "before_after_legend": "Көкшіл-жасыл бағандар — алғашқы рет, қызғылт сары бағандар — соңғы рет. "
        "Барлық өңірлер.",
        "statements": "Тұжырымдар",
        "statement": "{number}-тұжырым, {round}-сұрау",
        "region": "Өңір",
        "month": "Ай",
        "total": "Барлығы",
        "all": "Жиыны",
    },
}

TITLES: dict[str, dict[str, str]] = {
    "en": {
        "delivery": "Sessions delivered and planned",
        "participants": "Participants",
        "resistance_by_driver": "Resistance moments by driver",
        "resistance_by_form": "Resistance moments by form",
        "resistance_by_outcome": "Resistance moments by outcome",
        "referrals_by_kind": "Referrals offered by kind",
    },
    "ru": {
        "delivery": "Занятия: проведено и запланировано",
        "participants": "Участники",
        "resistance_by_driver": "Моменты сопротивления: что за ними стояло",
        "resistance_by_form": "Моменты сопротивления: в какой форме",
        "resistance_by_outcome": "Моменты сопротивления: чем закончились",
        "referrals_by_kind": "Предложенная помощь специалистов, по видам",
    },
    "kk": {
        "delivery": "Сабақтар: өткізілгені және жоспарланғаны",
        "participants": "Қатысушылар",
        "resistance_by_driver": "Қарсылық сәттері: себебі бойынша",
        "resistance_by_form": "Қарсылық сәттері: түрі бойынша",
        "resistance_by_outcome": "Қарсылық сәттері: немен аяқталды",
        "referrals_by_kind": "Ұсынылған мамандар көмегі, түрі бойынша",
    },
}

CATEGORIES: dict[str, dict[str, str]] = {
    "en": {
        "sessions_delivered": "Sessions delivered",
        "sessions_planned": "Sessions planned",
        "steps_delivered": "Steps delivered",
        "steps_skipped": "Steps skipped",
        "minutes_planned": "Minutes planned",
        "minutes_actual": "Minutes used",
        "participants": "Participants",
        "personal-beliefs": "Personal beliefs",
        "lack-of-knowledge": "Lack of knowledge",
        "change-from-outside": "Change from outside",
        "discomfort": "Discomfort",
        "group-approval": "Group approval",
        "open-argument": "Open argument",
        "ridicule": "Ridicule",
        "downplaying": "Downplaying",
        "undermining-facilitator": "Undermining the facilitator",
        "reinforcing-outside": "Old norms outside",
        "other": "Other",
        "unspecified": "Not specified",
        "defused": "Defused",
        "continued": "Continued",
        "taken-outside": "Taken outside the group",
        "crisis-helpline": "Helpline",
        "psychological-help": "Psychological help",
        "medical": "Medical help",
        "legal-aid": "Legal aid",
        "police": "Police",
        "shelter": "Shelter",
        "programme-for-men": "Programme for men",
    },
    "ru": {
        "sessions_delivered": "Проведено занятий",
        "sessions_planned": "Запланировано занятий",
        "steps_delivered": "Проведено шагов",
        "steps_skipped": "Пропущено шагов",
        "minutes_planned": "Минут по плану",
        "minutes_actual": "Минут на деле",
        "participants": "Участники",
        "personal-beliefs": "Личные убеждения",
        "lack-of-knowledge": "Нехватка знаний",
        "change-from-outside": "Перемены «извне»",
        "discomfort": "Неловкость",
        "group-approval": "Одобрение группы",
        "open-argument": "Открытый спор",
        "ridicule": "Насмешки",
        "downplaying": "Преуменьшение",
        "undermining-facilitator": "Подрыв авторитета ведущего",
        "reinforcing-outside": "Старые нормы вне встречи",
        "other": "Другое",
        "unspecified": "Не указано",
        "defused": "Снято",
        "continued": "Продолжилось",
        "taken-outside": "Перенесено на разговор вне группы",
        "crisis-helpline": "Телефон доверия",
        "psychological-help": "Психологическая помощь",
        "medical": "Медицинская помощь",
        "legal-aid": "Юридическая помощь",
        "police": "Полиция",
        "shelter": "Убежище",
        "programme-for-men": "Программа для мужчин",
    },
    "kk": {
        "sessions_delivered": "Өткізілген сабақтар",
        "sessions_planned": "Жоспарланған сабақтар",
        "steps_delivered": "Өткізілген қадамдар",
        "steps_skipped": "Өткізіп жіберілген қадамдар",
        "minutes_planned": "Жоспар бойынша минут",
        "minutes_actual": "Нақты минут",
        "participants": "Қатысушылар",
        "personal-beliefs": "Жеке сенімдер",
        "lack-of-knowledge": "Білімнің жетіспеуі",
        "change-from-outside": "Өзгеріс «сырттан»",
        "discomfort": "Ыңғайсыздық",
        "group-approval": "Топтың мақұлдауы",
        "open-argument": "Ашық дау",
        "ridicule": "Мазақ пен кекесін",
        "downplaying": "Маңызын кеміту",
        "undermining-facilitator": "Жүргізушінің беделін түсіру",
        "reinforcing-outside": "Сыртта ескі нормаға қайту",
        "other": "Басқа",
        "unspecified": "Көрсетілмеген",
        "defused": "Басылды",
        "continued": "Жалғасты",
        "taken-outside": "Топтан тыс сөйлесуге қалдырылды",
        "crisis-helpline": "Сенім телефоны",
        "psychological-help": "Психологиялық көмек",
        "medical": "Медициналық көмек",
        "legal-aid": "Заң көмегі",
        "police": "Полиция",
        "shelter": "Баспана",
        "programme-for-men": "Ер адамдарға арналған бағдарлама",
    },
}

ANSWERS: dict[str, dict[str, str]] = {
    # the built-in statements' answers, for a statement the built-in plans do not carry
    "en": {"agree": "Agree", "not-sure": "Not sure", "disagree": "Disagree"},
    "ru": {"agree": "Согласен", "not-sure": "Не уверен", "disagree": "Не согласен"},
    "kk": {"agree": "Келісемін", "not-sure": "Сенімді емеспін", "disagree": "Келіспеймін"},
}


def merge_words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def table_title(key: str, language: str) -> str:
    return TITLES.get(language, TITLES["en"]).get(key, key)


def category(key: str, language: str) -> str:
    """A column's label: a category of the vocabulary, or an answer id; else the id as given."""
    if key in CATEGORIES.get(language, {}):
        return CATEGORIES[language][key]
    return ANSWERS.get(language, ANSWERS["en"]).get(key, key)
