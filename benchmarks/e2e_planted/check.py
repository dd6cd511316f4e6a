#!/usr/bin/env python3
"""Search the exported PDFs' text for every planted identifier; report survivors and must-stay words."""

import json
import os
import re
import sys
import unicodedata
from collections import Counter

work = sys.argv[1]  # run folder holding pdf/sNN.txt, pdf/sNN.info
planted = json.load(open(sys.argv[2], encoding="utf-8"))


def norm(t):
    t = unicodedata.normalize("NFC", t)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").replace("\u00ad", "")
    t = t.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-").replace("\u2212", "-")
    return re.sub(r"\s+", " ", t).lower()


SEP = r"[\s\-().\u00a0/]"


def compact(t):
    return re.sub(SEP + "+", "", t)


def digits_joined(t):
    return re.sub(r"(?<=\d)" + SEP + r"+(?=\d)", "", t)


def variants(it):
    """(label, kind-of-search, needle) triples for one identifier."""
    k, v = it["kind"], norm(it["value"])
    # a name is looked for where a word starts ("азат" is not inside "высказаться"); its endings may follow
    out = [("exact", "prefix" if k in ("name", "first", "nick", "surname") else "sub", v)]
    if k in ("phone", "iin", "passport", "plate", "dob", "address", "email", "link", "handle", "card"):
        out.append(("no spaces/dashes", "compact", compact(v)))
    d = re.sub(r"\D", "", v)
    if k in ("phone", "iin", "passport", "dob", "link", "card") and len(d) >= 6:
        out.append(("digits", "digits", d))
        if k == "phone" and len(d) > 7:
            out.append(("last 7 digits", "digits", d[-7:]))
    if k in ("name", "first", "nick", "surname"):
        parts = [p for p in re.split(r"\s+", v) if p]
        if len(parts) > 1 or it["stems"]:
            for p in parts:
                out.append((f"part '{p}'", "word", p))
    for s in it["stems"]:
        out.append((f"stem '{norm(s)}'", "prefix", norm(s)))
    if k == "email":
        out.append(("local part", "sub", v.split("@")[0]))
    if k == "handle":
        out.append(("without @", "word", v.lstrip("@")))
    if k == "link":
        out.append(("username", "word", v.rstrip("/").split("/")[-1]))
    return out


def find(kind, needle, text, ctext, dtext):
    if kind == "sub":
        return needle in text and text
    if kind == "compact":
        return needle in ctext and ctext
    if kind == "digits":
        return re.search(r"(?<!\d)" + re.escape(needle) + r"(?!\d)", dtext) and dtext
    if kind == "word":
        return re.search(r"(?<![\w@])" + re.escape(needle) + r"(?!\w)", text) and text
    if kind == "prefix":
        return re.search(r"(?<![\w@])" + re.escape(needle), text) and text


def ctx(hay, needle, kind):
    m = re.search((r"(?<![\w@])" if kind in ("word", "prefix") else "") + re.escape(needle), hay)
    if not m:
        return ""
    return hay[max(0, m.start() - 35) : m.end() + 35]


def report_lines(name):
    path = os.path.join(work, "pdf", name + ".txt")
    if not os.path.exists(path):
        return set()
    return {norm(line).strip() for line in open(path, encoding="utf-8", errors="replace")}


# The report's own words (headings, the self-reflection questions: "What will I do differently next
# time?") are the same in every PDF of a language: a line found in five PDFs or more is the app's,
# not a note's, and is not searched ("will" there is not the participant Will)
seen_in = Counter(line for name in planted for line in report_lines(name) if len(line) >= 8)
TEMPLATE = {line for line, n in seen_in.items() if n >= 5}


def without_template(text):
    return "\n".join(line for line in text.split("\n") if norm(line).strip() not in TEMPLATE)


def word_beside(text, at, direction, planted_at=()):
    """The word right before (``direction`` -1) or after (1) ``at``, past at most three non-word
    characters, as ``norm`` writes it; "*" if there is none or it lies in a planted span."""
    if direction < 0:
        m = re.search(r"(\w+)\W{0,3}$", text[max(0, at - 60) : at])
        span = m and (max(0, at - 60) + m.start(1), max(0, at - 60) + m.end(1))
    else:
        m = re.match(r"\W{0,3}(\w+)", text[at : at + 60])
        span = m and (at + m.start(1), at + m.end(1))
    if not m or any(a < span[1] and span[0] < b for a, b in planted_at):
        return "*"
    return norm(m.group(1))


def beside_matches(text, start, end, places):
    """``text[start:end]`` has, on each side, the word one of the must-stay ``places`` has there."""
    before, after = word_beside(text, start, -1), word_beside(text, end, 1)
    return any(b in ("*", before) and a in ("*", after) for b, a in places)


n_sess = n_planted = 0
surv, partial, by_kind, removed_keep = [], [], Counter(), []
kept_n = keep_n = 0
planted_kind = Counter()
for name, s in sorted(planted.items()):
    txtf, infof = os.path.join(work, "pdf", name + ".txt"), os.path.join(work, "pdf", name + ".info")
    if not os.path.exists(txtf):
        print(f"MISSING PDF TEXT for {name}")
        continue
    n_sess += 1
    raw = (
        without_template(open(txtf, encoding="utf-8", errors="replace").read())
        + "\n"
        + open(infof, encoding="utf-8", errors="replace").read()
    )
    text = norm(raw)
    # the words typed right before and after each place of a must-stay word; "*" where that word is a
    # planted identifier's or the note ends (the PDF has something else there). Old planted.json: no
    # places, every place of the word masked
    neighbours: dict[str, list[tuple[str, str]]] = {}
    for (k, start, end), w in zip(s.get("must_stay_places", []), s["must_stay"], strict=False):
        note = s["notes"][k]
        planted_at = [it["at"] for it in s["identifiers"] if it["note"] == k and "at" in it]
        neighbours.setdefault(norm(w), []).append(
            (word_beside(note, start, -1, planted_at), word_beside(note, end, 1, planted_at))
        )
        for part in re.finditer(r"\w+", w) if " " in w else ():
            # each word of a phrase too ("kirpish" of "kirpish zaýytynda", the must-stay "kirpish zaýyty")
            a, b = start + part.start(), start + part.end()
            neighbours.setdefault(norm(part.group()), []).append(
                (word_beside(note, a, -1, planted_at), word_beside(note, b, 1, planted_at))
            )
    # must-stay words: count in the notes as typed vs. in the PDF
    for w in sorted(set(s["must_stay"])):
        whole_word = r"(?<!\w)" + re.escape(norm(w)) + r"(?!\w)"  # "Russia" is not counted in "Russian"
        # as often as the notes hold it, less the times it is a planted identifier's word ("Professor"
        # a nickname and also a must-stay title in the same session)
        want = sum(len(re.findall(whole_word, norm(n))) for n in s["notes"]) - sum(
            len(re.findall(whole_word, norm(it["value"]))) for it in s["identifiers"]
        )
        got = len(re.findall(whole_word, text))
        keep_n += 1
        if got >= want:
            kept_n += 1
        else:
            removed_keep.append((name, w, want, got))
    # mask must-stay words so that e.g. "арманым" does not count as the name "Арман": a place is masked
    # where the word before or after it is the one typed beside the must-stay word (a planted word
    # spelt the same, "Professor týǵan kúni" beside "ol professor sıaqty", is still looked for)
    spots = []
    for w in set(s["must_stay"]):
        # not inside an e-mail, a handle or a link ("timkadyrov.osh@mail.ru" beside the must-stay "Osh")
        pattern = r"(?<![\w.@/])" + re.escape(norm(w)) + r"(?![\w@]|\.\w)"
        beside = neighbours.get(norm(w))
        for m in re.finditer(pattern, text):
            if beside is None or beside_matches(text, m.start(), m.end(), beside):
                spots.append((m.start(), m.end()))
    masked, at = [], 0
    for start, end in sorted(spots):
        if start >= at:
            masked.append(text[at:start] + " ⟦kept⟧ ")
            at = end
    masked = "".join(masked) + text[at:]
    ctext, dtext = compact(masked), digits_joined(masked)
    # the notes themselves (paragraphs opening with a time or a bullet): where very short needles are looked for
    body = open(txtf, encoding="utf-8", errors="replace").read()
    notes_text = norm(" \n ".join(re.findall(r"^\d\d:\d\d .*?(?=\n\s*\n|\f|\Z)", body, re.M | re.S)))
    for it in s["identifiers"]:
        n_planted += 1
        planted_kind[it["kind"]] += 1
        hits = []
        for label, kind, needle in variants(it):
            if len(needle) < 2:
                continue
            if len(needle) < 3:  # e.g. the surname "Ли": only in the notes, as a whole word
                hay = find("word", needle, notes_text, "", "")
            elif label == "exact" and " " in needle and not any(needle in norm(w) for w in s["must_stay"]):
                # a phrase ("the only woman taxi driver in Kulob") is no must-stay word: searched unmasked
                hay = find(kind, needle, text, "", "")
            else:
                hay = find(kind, needle, masked, ctext, dtext)
            if hay:
                hits.append((label, ctx(hay, needle, kind)))
        if not hits:
            continue
        full = any(l in ("exact", "no spaces/dashes", "digits") for l, _ in hits)
        surv.append((name, it["kind"], it["value"], hits, full))
        by_kind[it["kind"]] += 1

print(f"sessions exported and searched: {n_sess}")
print(f"identifiers planted: {n_planted}  ({', '.join(f'{k} {v}' for k, v in planted_kind.most_common())})")
whole = sum(1 for x in surv if x[4])
print(
    f"survivors: {len(surv)} of {n_planted} planted identifiers "
    f"({whole} whole, i.e. the identifier as typed or all its digits; {len(surv) - whole} only in part: "
    f"a part of a name, an inflected form's stem, the last 7 digits of a phone, an e-mail's local part, a handle without @)"
)
for k in planted_kind:
    print(f"   {k:9s} {by_kind[k]:3d} of {planted_kind[k]:3d} survived")
print("survivors, each with its session:")
for name, k, v, hits, full in surv:
    print(
        f"  {name} [{k}] {v!r} ({'WHOLE' if full else 'part'}): " + "; ".join(f"{l} … {c!r}" for l, c in hits)
    )
print(
    f"must-stay words: {keep_n} checked, {kept_n} kept, {len(removed_keep)} removed (fully or some occurrences)"
)
for name, w, want, got in removed_keep:
    print(f"  {name}: {w!r} typed {want}x, in PDF {got}x")
