"""The closed lists a summary's categories come from: nothing outside them leaves the laptop.

A resistance moment logged with a driver or form not in these lists (a user's own cue library)
is counted as ``other``; one logged without them as ``unspecified``.
"""

from __future__ import annotations

from facilitator.aids.moments import Outcome
from facilitator.aids.referrals import ServiceKind
from facilitator.languages import LANGUAGES
from facilitator.sessions.figures import AGE_BANDS

UNSPECIFIED = "unspecified"
OTHER = "other"

DRIVERS: tuple[str, ...] = (
    "personal-beliefs",
    "lack-of-knowledge",
    "change-from-outside",
    "discomfort",
    "group-approval",
    OTHER,
    UNSPECIFIED,
)
"""What drives resistance (the built-in cue library's drivers), then other and unspecified."""

FORMS: tuple[str, ...] = (
    "open-argument",
    "ridicule",
    "downplaying",
    "undermining-facilitator",
    "reinforcing-outside",
    OTHER,
    UNSPECIFIED,
)
"""The form resistance takes (the built-in cue library's forms), then other and unspecified."""

OUTCOMES: tuple[str, ...] = tuple(outcome.value for outcome in Outcome)
REFERRAL_KINDS: tuple[str, ...] = tuple(kind.value for kind in ServiceKind)
SUMMARY_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
SUMMARY_AGE_BANDS: tuple[str, ...] = tuple(AGE_BANDS)


def known(value: str, vocabulary: tuple[str, ...]) -> str:
    """``value`` when the vocabulary has it; ``unspecified`` when empty; else ``other``."""
    if not value:
        return UNSPECIFIED
    return value if value in vocabulary else OTHER
