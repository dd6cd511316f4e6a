#!/usr/bin/env python3
"""Build raw session records (plain format-1 JSON) + planted.json from sessions_src.py."""

import importlib.util
import json
import os
import re
import sys

checkout = sys.argv[1] if len(sys.argv) > 1 else "/work/main"
out = sys.argv[2] if len(sys.argv) > 2 else "raw"
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "src", os.environ.get("E2E_SESSIONS", os.path.join(here, "sessions_src.py"))
)
src = importlib.util.module_from_spec(spec)
spec.loader.exec_module(src)
os.makedirs(out, exist_ok=True)
PLAN = {"en": "young-men-equality-2h", "ru": "young-men-equality-2h-ru", "kk": "young-men-equality-2h-kk"}
TITLE = {"en": "Being a young man today", "ru": "Быть мужчиной сегодня", "kk": "Ер азамат болу деген не?"}
MARK = re.compile(r"\[\[(\w+):([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{([^}]+)\}\}")
planted = {}
for i, (lang, town, roster, notes) in enumerate(src.SESSIONS, 1):
    name = f"s{i:02d}"
    plan_file = os.path.join(checkout, "facilitator/content/plans", f"young-men-equality-2h.{lang}.yaml")
    plan_src = open(plan_file, encoding="utf-8").read()
    t0 = 1780000000.0 + i * 86400 * 3 + 3600 * (i % 5)
    events = [{"kind": "start", "step": 0, "value": 0.0, "wall": t0 + 60}]
    for st in range(1, 12):
        events.append({"kind": "goto", "step": st, "value": 0.0, "wall": t0 + 60 + st * 600})
    events.append({"kind": "end", "step": 11, "value": 0.0, "wall": t0 + 60 + 12 * 600})
    recs, items, keep, keep_places = [], [], [], []
    for k, (step, tags, text) in enumerate(notes):
        shift = [0]  # characters the markup before this point took in the marked-up text

        def sub(m):
            if m.group(4):
                keep.append(m.group(4))
                start = m.start() - shift[0]
                keep_places.append([k, start, start + len(m.group(4))])
                shift[0] += len(m.group(0)) - len(m.group(4))
                return m.group(4)
            kind, val, stems = m.group(1), m.group(2), m.group(3)
            start = m.start() - shift[0]
            items.append(
                {
                    "kind": kind,
                    "value": val,
                    "stems": stems.split(",") if stems else [],
                    "note": k,
                    "at": [start, start + len(val)],  # in the note's plain text
                }
            )
            shift[0] += len(m.group(0)) - len(val)
            return val

        plain = MARK.sub(sub, text)
        w = t0 + 60 + step * 600 + 120 + k
        recs.append({"step": step, "created_wall": w, "updated_wall": w + 5, "tags": tags, "text": plain})
    rec = {
        "format": 1,
        "kind": "facilitator-session",
        "sensitive": "SENSITIVE: raw notes of a workshop session, as typed, not anonymized.",
        "session": {
            "id": f"e2e{i:02d}aa",
            "plan_id": PLAN[lang],
            "plan_title": TITLE[lang],
            "language": lang,
            "plan_name": os.path.basename(plan_file),
            "created_wall": t0,
            "ended_wall": t0 + 60 + 12 * 600,
            "participants": 6 + i % 15,
            "town": town,
            "age_band": ("14-17" if i % 3 == 0 else "18-24"),
        },
        "plan_source": plan_src,
        "events": events,
        "notes": recs,
        "roster": roster,
    }
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
    planted[name] = {
        "language": lang,
        "town": town,
        "roster": roster,
        "identifiers": items,
        "must_stay": keep,
        "must_stay_places": keep_places,  # [note, start, end] of each in its note's plain text
        "notes": [r["text"] for r in recs],
    }
with open(os.path.join(os.path.dirname(out.rstrip("/")), "planted.json"), "w", encoding="utf-8") as f:
    json.dump(planted, f, ensure_ascii=False, indent=1)
print(
    f"built {len(planted)} sessions, {sum(len(v['identifiers']) for v in planted.values())} identifiers, "
    f"{sum(len(v['must_stay']) for v in planted.values())} must-stay"
)
