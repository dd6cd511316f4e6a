"""The built-in (seed) services, with their texts in en, ru and kk (content/referrals/seed.yaml).

The database holds a seed entry's English text; the sheet and the handout show the text in their
language for each field the facilitator has not changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

import yaml

from facilitator.content import CONTENT_DIR

if TYPE_CHECKING:
    from facilitator.aids.referrals import Service

SEED_FILE = CONTENT_DIR / "referrals" / "seed.yaml"
TEXT_FIELDS = ("name", "description", "notes")


@cache
def seed_texts() -> dict[str, dict[str, dict[str, str]]]:
    """seed key -> language -> field -> text."""
    data = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
    return {
        key: {
            language: {field: " ".join(str(text).split()) for field, text in texts.items()}
            for language, texts in entry["texts"].items()
        }
        for key, entry in data.items()
    }


def localized(service: Service, language: str) -> Service:
    """``service`` with its seed texts in ``language`` (fields the facilitator changed stay as they are)."""
    texts = seed_texts().get(service.seed)
    if not texts or language not in texts:
        return service
    changes: dict[str, object] = {
        field: texts[language][field]
        for field in TEXT_FIELDS
        if getattr(service, field) == texts["en"].get(field) and field in texts[language]
    }
    return replace(service, **changes)  # type: ignore[arg-type]


def only_seed(services: Iterable[Service]) -> bool:
    """True when the sheet holds nothing of the organisation's own (only built-in entries, or none)."""
    return all(service.seed for service in services)
