"""Programme data: what leaves the laptop for the programme's own systems (counts and codes only).

A session summary (no free text, regions no finer than an oblast, ISO weeks not dates), its
exports for DHIS2 and ODK Central / KoboToolbox, and the merge of many facilitators' summaries
with small counts suppressed. See docs/programme-data.md.
"""
