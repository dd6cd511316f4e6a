"""The planner's line of totals: the steps, the buffer kept free, the target, and when it ends."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator.planner.draft import Draft
from facilitator.ui import i18n
from facilitator.ui.i18n import translate


def totals_line(draft: Draft, start: datetime) -> str:
    """``Total 80 + 10 buffer = 90 / 90 min (fits) · ends 11:20, buffer to 11:30`` in the UI's
    language: the steps and the buffer together are what must fit the target length."""
    steps, buffer = draft.steps_minutes(), draft.buffer_minutes()
    total, target = steps + buffer, draft.target_minutes() or 0
    difference = total - target
    fits = (
        translate("Planner", "fits")
        if abs(difference) < 0.5
        else (i18n.standing(difference * 60) if target else "")
    )
    end = start + timedelta(minutes=steps)
    if not buffer:
        return translate("Planner", "Total {total} / {target} min ({fits}) · ends {end}").format(
            total=f"{total:g}", target=f"{target:g}", fits=fits, end=f"{end:%H:%M}"
        )
    return translate(
        "Planner",
        "Total {steps} + {buffer} buffer = {total} / {target} min ({fits}) · ends {end}, buffer to {close}",
    ).format(
        steps=f"{steps:g}",
        buffer=buffer,
        total=f"{total:g}",
        target=f"{target:g}",
        fits=fits,
        end=f"{end:%H:%M}",
        close=f"{end + timedelta(minutes=buffer):%H:%M}",
    )
