"""The printable referral handout: the services, in the workshop's language, for everyone.

Given to every participant so no one is singled out. It holds no participant data: only the
services. A4: a list; A6 cards: four to an A4 page, to cut.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from facilitator.aids.places import place_name
from facilitator.aids.referral_seed import localized
from facilitator.aids.referrals import Service, ServiceKind
from facilitator.export.fonts import register_fonts
from facilitator.sessions.atomic import write_atomic

WORDS = {
    "en": {
        "title": "Where to find support",
        "intro": "Everyone in today's workshop gets this sheet. Keep it for yourself, or for a friend, "
        "a sister, a mother. Calling is your choice; you do not have to give your name.",
        "phone": "Phone",
        "hours": "Hours",
        "languages": "Languages",
        "cost": "Cost",
        "region": "Where",
    },
    "ru": {
        "title": "Куда обратиться за поддержкой",
        "intro": "Этот листок получает каждый участник. Сохраните его для себя или для друга, сестры, "
        "мамы. Звонить или нет — решаете вы; называть своё имя не обязательно.",
        "phone": "Телефон",
        "hours": "Часы работы",
        "languages": "Языки",
        "cost": "Стоимость",
        "region": "Где",
    },
    "kk": {
        "title": "Қолдауды қайдан табуға болады",
        "intro": "Бұл парақты бүгінгі кездесудің әр қатысушысы алады. Оны өзіңізге немесе досыңызға, "
        "әпкеңізге, анаңызға сақтаңыз. Хабарласу — өз еркіңіз; атыңызды айту міндетті емес.",
        "phone": "Телефон",
        "hours": "Жұмыс уақыты",
        "languages": "Тілдер",
        "cost": "Құны",
        "region": "Қайда",
    },
}
KINDS = {
    "en": {
        ServiceKind.CRISIS_HELPLINE: "Crisis helpline",
        ServiceKind.PSYCHOLOGICAL: "Psychological help",
        ServiceKind.MEDICAL: "Medical help",
        ServiceKind.LEGAL_AID: "Legal aid",
        ServiceKind.POLICE: "Police",
        ServiceKind.SHELTER: "Shelter",
        ServiceKind.PERPETRATOR_PROGRAMME: "Programme for men who want to stop violence",
    },
    "ru": {
        ServiceKind.CRISIS_HELPLINE: "Телефон доверия",
        ServiceKind.PSYCHOLOGICAL: "Психологическая помощь",
        ServiceKind.MEDICAL: "Медицинская помощь",
        ServiceKind.LEGAL_AID: "Юридическая помощь",
        ServiceKind.POLICE: "Полиция",
        ServiceKind.SHELTER: "Убежище (кризисный центр)",
        ServiceKind.PERPETRATOR_PROGRAMME: "Программа для мужчин, которые хотят прекратить насилие",
    },
    "kk": {
        ServiceKind.CRISIS_HELPLINE: "Сенім телефоны",
        ServiceKind.PSYCHOLOGICAL: "Психологиялық көмек",
        ServiceKind.MEDICAL: "Медициналық көмек",
        ServiceKind.LEGAL_AID: "Заң көмегі",
        ServiceKind.POLICE: "Полиция",
        ServiceKind.SHELTER: "Баспана (дағдарыс орталығы)",
        ServiceKind.PERPETRATOR_PROGRAMME: "Зорлықты тоқтатқысы келетін ер адамдарға арналған бағдарлама",
    },
}


def render_handout(
    services: Sequence[Service], language: str, path: Path, cards: bool = False, replace: bool = True
) -> list[Service]:
    """Write the handout PDF to ``path`` (atomically). ``cards``: A6 cards, four to an A4 page.
    Returns the services left out because the page (or card) was full: say so, never silently.
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    from reportlab.lib.pagesizes import A4, A6
    from reportlab.pdfgen.canvas import Canvas

    regular, bold = register_fonts()
    words = WORDS.get(language, WORDS["en"])
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=regular)  # never Helvetica
    canvas.setTitle(words["title"])
    canvas.setAuthor("")
    canvas.setCreator("Facilitator")
    canvas.setSubject("")
    width, height = A4
    if cards:
        card_w, card_h = A6
        origins = [(0, card_h), (card_w, card_h), (0, 0), (card_w, 0)]
        for origin in origins:
            canvas.saveState()
            canvas.translate(*origin)
            shown = _page(canvas, services, language, card_w, card_h, regular, bold, scale=0.62)
            canvas.restoreState()
        canvas.setDash(3, 3)
        canvas.line(card_w, 0, card_w, height)
        canvas.line(0, card_h, width, card_h)
    else:
        shown = _page(canvas, services, language, width, height, regular, bold, scale=1.0)
    canvas.showPage()
    canvas.save()
    write_atomic(path, buffer.getvalue(), replace=replace)
    return list(services[shown:])


class _Column:
    """Writes wrapped lines down a column, keeping track of the baseline."""

    def __init__(self, canvas: Any, left: float, top: float, width: float, bottom: float) -> None:
        self.canvas, self.left, self.y, self.width, self.bottom = canvas, left, top, width, bottom

    def room_for(self, blocks: Sequence[tuple[str, str, float, float, float]]) -> bool:
        """Whether all of ``blocks`` (text, font, size, indent, after) fit, written one after another."""
        from reportlab.lib.utils import simpleSplit

        height = 0.0
        for text, font, size, indent, after in blocks:
            height += size * 1.25 * len(simpleSplit(text, font, size, self.width - indent)) + after
        return self.y - height >= self.bottom

    def write(self, text: str, font: str, size: float, indent: float = 0.0, after: float = 0.0) -> bool:
        """Write ``text`` wrapped; False (nothing written) when it would not fit."""
        from reportlab.lib.utils import simpleSplit

        lines = simpleSplit(text, font, size, self.width - indent)
        if self.y - size * 1.25 * len(lines) < self.bottom:
            return False
        self.canvas.setFont(font, size)
        for line in lines:
            self.y -= size * 1.25
            self.canvas.drawString(self.left + indent, self.y, line)
        self.y -= after
        return True


def _page(
    canvas: Any,
    services: Sequence[Service],
    language: str,
    width: float,
    height: float,
    regular: str,
    bold: str,
    scale: float,
) -> int:
    """Draw the sheet; the number of services on it (whole entries, in order, until it is full)."""
    words = WORDS.get(language, WORDS["en"])
    kinds = KINDS.get(language, KINDS["en"])
    margin = 36 * scale
    column = _Column(canvas, margin, height - margin, width - 2 * margin, margin)
    column.write(words["title"], bold, 22 * scale, after=4 * scale)
    column.write(words["intro"], regular, 10 * scale, after=10 * scale)
    shown = 0
    for service in (localized(each, language) for each in services):
        where = place_name(service.country, service.region, language)
        details = " · ".join(
            [
                f"{words[key]}: {getattr(service, key)}"
                for key in ("hours", "languages", "cost")
                if getattr(service, key)
            ]
            + ([f"{words['region']}: {where}"] if where else [])
        )
        blocks = [(f"{kinds[service.kind]}: {service.name}", bold, 11.5 * scale, 0.0, 1 * scale)]
        if service.description:
            blocks.append((service.description, regular, 9.5 * scale, 8 * scale, 0.0))
        if service.phone:
            blocks.append((f"{words['phone']}: {service.phone}", bold, 15 * scale, 8 * scale, 0.0))
        if details:
            blocks.append((details, regular, 9.5 * scale, 8 * scale, 0.0))
        if not column.room_for(blocks):
            break  # whole entries only: never a service's name without its phone
        for text, font, size, indent, after in blocks:
            column.write(text, font, size, indent, after)
        column.y -= 10 * scale
        shown += 1
    return shown
