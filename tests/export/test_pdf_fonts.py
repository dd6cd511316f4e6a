"""Every PDF the app writes embeds every font it uses: the bundled DejaVu, never Helvetica or Times.

A font that is only referenced is drawn by whatever the reader substitutes: on a partner's office
PC that may have no Cyrillic or Kazakh letters at all. Checked with ``pdffonts`` (poppler-utils).
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.aids.moments import (
    Outcome,
    ReferralOffered,
    ResistanceMoment,
    log_resistance,
    offer_referral,
)
from facilitator.aids.referrals import Service, ServiceKind
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.content import default_workshop
from facilitator.export.handout import render_handout
from facilitator.export.pdf import render_pdf
from facilitator.export.redaction import Redaction
from facilitator.export.report import build_report
from facilitator.export.slides import render_slides
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
LANGUAGES = ("en", "ru", "kk")
NOTE = {"en": "Aigerim said her father never cooked.", "ru": "Отец никогда не готовил, сказал он.",
        "kk": "Әкем ешқашан тамақ пісірмеген, деді ол."}  # fmt: skip


def font_rows(path: Path) -> list[tuple[str, str]]:
    """(font name, "yes"/"no" embedded) for every font ``pdffonts`` lists in ``path``."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in listing.splitlines()[2:]:  # a header and a rule
        words = line.split()
        rows.append((words[0], words[-5]))  # ... emb sub uni object-number generation
    return rows


def assert_all_embedded(path: Path) -> None:
    rows = font_rows(path)
    assert rows, f"{path.name}: no fonts listed"
    for name, embedded in rows:
        assert embedded == "yes", f"{path.name}: {name} is not embedded"
        assert "Helvetica" not in name and "Times" not in name, f"{path.name}: {name}"
        assert "DejaVuSans" in name, f"{path.name}: {name}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_anonymized_report_embeds_every_font(tmp_path: Path, language: str) -> None:
    store = Store.open(database_path())
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop(language)), f"workshop.{language}.yaml", clock)
    store.update_session(live.id, participants=12, town="Ақтөбе")
    live.engine.start()
    live.add_note(NOTE[language], ["quote", "follow-up"])
    log_resistance(
        store,
        live.id,
        ResistanceMoment(
            0, "western-idea", "change-from-outside", "open-argument", "ask", Outcome.DEFUSED, 1.0
        ),
    )
    offer_referral(store, live.id, ReferralOffered(0, ServiceKind.CRISIS_HELPLINE, clock.wall()))
    clock.advance(600)
    live.engine.end()
    # the fonts do not depend on what the name finder finds: the rules alone, in this process
    redaction = Redaction.for_session(store, live.id, Anonymizer(use_ner=False, language=language))
    out = tmp_path / f"report-{language}.pdf"
    render_pdf(build_report(store, live.id, redaction), out)
    store.close()
    assert_all_embedded(out)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("cards", [False, True])
def test_the_referral_handout_embeds_every_font(tmp_path: Path, language: str, cards: bool) -> None:
    services = [Service("Кризисный центр «Жан»", ServiceKind.SHELTER, "+7 7132 55 11 22", region="Актобе")]
    out = tmp_path / f"handout-{language}.pdf"
    render_handout(services, language, out, cards=cards)
    assert_all_embedded(out)


@pytest.mark.parametrize("language", LANGUAGES)
def test_printable_slides_embed_every_font(tmp_path: Path, language: str) -> None:
    loaded = load_plan(default_workshop(language))
    out = tmp_path / f"slides-{language}.pdf"
    assert render_slides(loaded.plan, out, loaded.images) == []
    assert_all_embedded(out)
