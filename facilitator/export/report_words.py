"""Headings of the session report in the workshop's language."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "room_answers": "Where the room stood (counts only, never who)",
        "room_hidden": "{total} answered, fewer than {threshold}: the counts are not shown, so that no "
        "one's answer can be read off a small number.",
        "anonymized": "Anonymized session notes",
        "date": "Date",
        "town": "Town or region",
        "participants": "Participants",
        "agenda": "Agenda: planned and actual",
        "step": "Step",
        "planned": "Planned",
        "actual": "Actual",
        "difference": "Difference",
        "skipped": "skipped",
        "not_run": "not run",
        "notes": "Discussion points by step",
        "resistance": "Resistance moments",
        "by_driver": "By what drove it",
        "by_form": "By its form",
        "by_outcome": "By outcome",
        "referrals": "Referrals offered (kind only)",
        "follow_ups": "Follow-ups",
        "none": "None.",
        "unreadable": (
            "{n} note(s) could not be read (damaged in the data file) and are not in this report:"
            " {where}. Every other note is here."
        ),
        "accountability": "Accountability",
        "reflection": "Self-reflection",
        "partner": "Feedback from the partner women's rights organisation",
        "removed": "Names, phone numbers, e-mail addresses, ID numbers, addresses, handles and dates of "
        "birth were replaced before export. "
        "Names are replaced by the same pseudonym throughout (Participant A, Person B).",
        "reviewed": "The facilitator reviewed the notes before export.",
        "not_reviewed": "Exported without a review of the notes: what the rules did not find was not "
        "checked by the facilitator.",
        "quasi": "{n} small-group description(s) were not reviewed and were removed.",
        "strict": "{n} note(s) too long to be typed in a session (a paste, a chat's export) were read "
        "the strict way: every number, every capitalised word inside a sentence, every form of a "
        "listed name and every word no dictionary knows was removed.",
        "page": "Page",
        "count": "Count",
        "defused": "defused",
        "continued": "continued",
        "taken-outside": "taken outside the group",
        "figures": "The session in figures",
        "workshop": "Workshop",
        "age_band": "Age band",
        "steps_run": "Steps run",
        "steps_of": "{run} of {planned}",
        "time_used": "Time used",
        "time_of": "{used} of {planned} planned",
        "resistance_count": "Resistance moments",
        "referrals_count": "Referrals offered",
        "follow_ups_count": "Follow-ups",
        "not_given": "not given",
        "follow_up_referrals": "Referrals offered, by kind: check each was followed up",
        "follow_up_notes": "Notes marked for follow-up",
        "on_time": "0",
        "minutes": "min",
        "date_format": "%Y-%m-%d",
    },
    "ru": {
        "room_answers": "Что думает группа (только числа, без имён)",
        "room_hidden": "Ответили {total}, меньше {threshold}: числа не показаны, чтобы по малому числу "
        "нельзя было узнать чей-то ответ.",
        "anonymized": "Обезличенные заметки встречи",
        "date": "Дата",
        "town": "Город или регион",
        "participants": "Участников",
        "agenda": "Программа: план и факт",
        "step": "Шаг",
        "planned": "План",
        "actual": "Факт",
        "difference": "Разница",
        "skipped": "пропущен",
        "not_run": "не проведён",
        "notes": "Что обсуждали, по шагам",
        "resistance": "Моменты сопротивления",
        "by_driver": "Что стояло за ним",
        "by_form": "В какой форме",
        "by_outcome": "Чем закончилось",
        "referrals": "Предложенные направления к специалистам (только вид)",
        "follow_ups": "Что сделать после",
        "none": "Нет.",
        "unreadable": (
            "Не удалось прочитать заметок: {n} (повреждены в файле данных), их нет в этом отчёте:"
            " {where}. Все остальные заметки здесь."
        ),
        "accountability": "Подотчётность",
        "reflection": "Вопросы к себе",
        "partner": "Отзыв партнёрской женской правозащитной организации",
        "removed": "Перед выгрузкой имена, телефоны, адреса эл. почты, ИИН, адреса, аккаунты и даты "
        "рождения заменены. Одно и то же имя везде заменено одним "
        "псевдонимом (Участник A, Человек B).",
        "reviewed": "Ведущий проверил заметки перед выгрузкой.",
        "not_reviewed": "Выгружено без проверки заметок: то, что правила не нашли, ведущий не проверял.",
        "quasi": "Описаний, по которым можно узнать человека, не проверено и удалено: {n}.",
        "strict": "Прочитано строго заметок, слишком длинных, чтобы их могли набрать на встрече "
        "(вставленный текст, выгрузка чата): {n}. Из них удалены все числа, все слова с заглавной "
        "буквы внутри предложения, все формы имён из списков и все слова, которых нет ни в одном "
        "словаре.",
        "page": "Стр.",
        "count": "Сколько",
        "defused": "снято",
        "continued": "продолжилось",
        "taken-outside": "перенесено на разговор вне группы",
        "figures": "Встреча в цифрах",
        "workshop": "Тренинг",
        "age_band": "Возраст участников",
        "steps_run": "Проведено шагов",
        "steps_of": "{run} из {planned}",
        "time_used": "Затрачено времени",
        "time_of": "{used} из {planned} по плану",
        "resistance_count": "Моменты сопротивления",
        "referrals_count": "Предложено обращений к специалистам",
        "follow_ups_count": "Что сделать после",
        "not_given": "не указано",
        "follow_up_referrals": "Предложенные направления, по видам: проверьте, что по каждому "
        "есть продолжение",
        "follow_up_notes": "Заметки, отмеченные для дальнейших действий",
        "on_time": "0",
        "minutes": "мин",
        "date_format": "%d.%m.%Y",
    },
    "kk": {
        "room_answers": "Топ не ойлайды (тек сандар, есімдерсіз)",
        "room_hidden": "{total} адам жауап берді, {threshold} адамнан аз: аз саннан біреудің жауабы "
        "танылмауы үшін сандар көрсетілмейді.",
        "anonymized": "Анонимделген кездесу жазбалары",
        "date": "Күні",
        "town": "Қала немесе өңір",
        "participants": "Қатысушылар",
        "agenda": "Бағдарлама: жоспар және нақты",
        "step": "Қадам",
        "planned": "Жоспар",
        "actual": "Нақты",
        "difference": "Айырма",
        "skipped": "өткізіп жіберілді",
        "not_run": "өткізілмеді",
        "notes": "Қадамдар бойынша талқылау",
        "resistance": "Қарсылық сәттері",
        "by_driver": "Себебі бойынша",
        "by_form": "Түрі бойынша",
        "by_outcome": "Нәтижесі бойынша",
        "referrals": "Ұсынылған көмек (тек түрі)",
        "follow_ups": "Кейін не істеу керек",
        "none": "Жоқ.",
        "unreadable": (
            "{n} жазбаны оқу мүмкін болмады (деректер файлында зақымдалған), олар бұл есепте жоқ:"
            " {where}. Қалған жазбалардың бәрі осында."
        ),
        "accountability": "Есеп беру",
        "reflection": "Өзіме сұрақтар",
        "partner": "Серіктес әйелдер құқығы ұйымының пікірі",
        "removed": "Экспорт алдында аттар, телефондар, эл. пошта, ЖСН, мекенжайлар, аккаунттар және туған "
        "күндер ауыстырылды. Бір адамның аты бәрінде бір бүркеншік атпен "
        "ауыстырылды (Қатысушы A, Адам B).",
        "reviewed": "Жүргізуші экспорт алдында жазбаларды тексерді.",
        "not_reviewed": "Жазбалар тексерілмей экспортталды: ережелер таппаған нәрсені жүргізуші тексермеді.",
        "quasi": "Адамды тануға болатын {n} сипаттама тексерілмеді және алынып тасталды.",
        "strict": "Кездесуде теруге тым ұзын {n} жазба (көшіріп қойылған мәтін, чат экспорты) "
        "қатаң тәсілмен оқылды: барлық сандар, сөйлем ішіндегі бас әріппен жазылған барлық сөздер, "
        "тізімдегі есімдердің барлық формалары және ешбір сөздікте жоқ барлық сөздер алынып тасталды.",
        "page": "Бет",
        "count": "Саны",
        "defused": "басылды",
        "continued": "жалғасты",
        "taken-outside": "топтан тыс сөйлесуге қалдырылды",
        "figures": "Кездесу сандармен",
        "workshop": "Тренинг",
        "age_band": "Қатысушылардың жасы",
        "steps_run": "Өткізілген қадамдар",
        "steps_of": "{run} (жоспарда {planned})",
        "time_used": "Жұмсалған уақыт",
        "time_of": "{used} (жоспарда {planned})",
        "resistance_count": "Қарсылық сәттері",
        "referrals_count": "Ұсынылған көмек",
        "follow_ups_count": "Кейін не істеу керек",
        "not_given": "көрсетілмеген",
        "follow_up_referrals": "Ұсынылған көмек, түрі бойынша: әрқайсысының жалғасы бар екенін тексеріңіз",
        "follow_up_notes": "Кейін жалғастыру үшін белгіленген жазбалар",
        "on_time": "0",
        "minutes": "мин",
        "date_format": "%d.%m.%Y",
    },
}

REFLECTION: dict[str, tuple[str, ...]] = {
    "en": (
        "Which moments went well, and why?",
        "Where did I lecture instead of asking? Where did I let a harmful remark pass?",
        "Did everyone have a real chance to speak, or to pass?",
        "Did anyone seem upset or need support? Was the referral sheet given to everyone?",
        "What will I do differently next time?",
    ),
    "ru": (
        "Какие моменты удались и почему?",
        "Где я читал(а) лекцию вместо вопроса? Где пропустил(а) вредное высказывание?",
        "У всех ли была возможность высказаться или промолчать?",
        "Кому-то было тяжело, нужна была поддержка? Лист с контактами получили все?",
        "Что я сделаю иначе в следующий раз?",
    ),
    "kk": (
        "Қай сәттер сәтті өтті және неге?",
        "Қай жерде сұрақ қоюдың орнына дәріс оқыдым? Қай жерде зиянды сөзді елемей қалдым?",
        "Әркімнің сөйлеуге немесе үндемеуге мүмкіндігі болды ма?",
        "Біреуге ауыр болды ма, қолдау керек болды ма? Байланыс парағын бәрі алды ма?",
        "Келесі жолы не істеймін басқаша?",
    ),
}

UNITS: dict[str, tuple[str, str, str]] = {
    # hours, minutes, seconds after a number (a no-break space keeps "10 мин" on one line)
    "en": ("\u00a0h", "\u00a0min", "\u00a0s"),
    "ru": ("\u00a0ч", "\u00a0мин", "\u00a0с"),
    "kk": ("\u00a0сағ", "\u00a0мин", "\u00a0с"),
}

AGE_BANDS: dict[str, dict[str, str]] = {
    "en": {"14-17": "14–17", "18-24": "18–24", "25-35": "25–35", "mixed": "mixed ages"},
    "ru": {"14-17": "14–17 лет", "18-24": "18–24 года", "25-35": "25–35 лет", "mixed": "разный возраст"},
    "kk": {"14-17": "14–17 жас", "18-24": "18–24 жас", "25-35": "25–35 жас", "mixed": "әртүрлі жас"},
}

NOTE_TAGS: dict[str, dict[str, str]] = {
    "en": {
        "quote": "quote",
        "insight": "insight",
        "resistance": "resistance",
        "follow-up": "follow-up",
        "referral": "referral offered",
    },
    "ru": {
        "quote": "цитата",
        "insight": "наблюдение",
        "resistance": "сопротивление",
        "follow-up": "что сделать потом",
        "referral": "предложена помощь службы",
    },
    "kk": {
        "quote": "дәйексөз",
        "insight": "маңызды ой",
        "resistance": "қарсылық",
        "follow-up": "кейінгі әрекет",
        "referral": "көмек қызметі ұсынылды",
    },
}


def words_for(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])
