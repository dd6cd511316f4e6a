# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate, card and date below is made up (the eighteenth set's).
"""Long planted sessions: each of the eighteenth set's sessions with all its notes pasted into one
note among everyday lines until it holds more than 1,000,000 characters, a note too long to be typed
in a session, which the export reads the strict way (anonymizer/long_notes.py). The same planted
identifiers as the eighteenth set, one copy each; must-stay phrases are mostly lost in such a note
(a capitalised word goes), so only the survivors count here."""

import importlib.util
import os
import random

_spec = importlib.util.spec_from_file_location(
    "eighteenth", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sessions_eighteenth.py")
)
_eighteenth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_eighteenth)

FILLER = {
    "ru": [
        "ребята долго спорили, кто в семье решает про деньги, и никто не ушёл раньше.",
        "потом обсуждали, можно ли мужчине плакать, половина группы сказала что можно.",
        "чай закончился, в следующий раз взять больше стаканов и печенья.",
    ],
    "kk": [
        "жігіттер әкелері туралы айтты, бәрі тыңдады, ешкім ерте кетпеді.",
        "келесі жолы жаттығуды топтың өзі бастайды, уақыт жетпей қалды.",
        "бүгін ер адам жылай ала ма деген сұрақты талқыладық.",
    ],
    "en": [
        "the group argued for a long time about who decides on money at home.",
        "we ran out of tea again, bring more cups and biscuits next time.",
        "half of them said a man can cry, the other half laughed and then agreed.",
    ],
}
LONG = 1_050_000

SESSIONS = []
for _number, (_lang, _town, _roster, _notes) in enumerate(_eighteenth.SESSIONS):
    _rng = random.Random(_number)
    _marked = [text for _step, _tags, text in _notes]
    _lines: list[str] = []
    _length = 0
    while _length < LONG:
        _line = _rng.choice(FILLER[_lang])
        _lines.append(_line)
        _length += len(_line) + 1
    for _index, _text in enumerate(_marked):  # spread through the note
        _lines.insert((_index + 1) * len(_lines) // (len(_marked) + 1), _text)
    SESSIONS.append((_lang, _town, _roster, [(2, ["quote"], "\n".join(_lines))]))
