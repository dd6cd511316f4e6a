#!/usr/bin/env python3
"""Look in the raw PDF bytes (streams inflated) for ASCII identifiers: outlines, annotations, metadata."""

import json
import os
import re
import sys
import zlib

run = sys.argv[1]
planted = json.load(open(os.path.join(run, "planted.json"), encoding="utf-8"))
hits = 0
for name, s in sorted(planted.items()):
    b = open(os.path.join(run, "pdf", name + ".pdf"), "rb").read()
    blob = b
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", b, re.S):
        try:
            blob += zlib.decompress(m.group(1))
        except Exception:
            pass
    low = blob.lower()
    for it in s["identifiers"]:
        v = it["value"]
        for needle in {v, re.sub(r"[\s\-()]", "", v)}:
            try:
                n = needle.lower().encode("ascii")
            except UnicodeEncodeError:
                n = needle.encode("utf-16-be")  # PDF text strings for non-ASCII
            if len(n) >= 4 and n in low:
                hits += 1
                print(f"  raw PDF bytes of {name} hold {it['kind']} {v!r}")
print(f"raw PDF byte scan: {hits} hit(s)")
