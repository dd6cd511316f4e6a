"""Writing what leaves: summary files, DHIS2 JSON or CSV (with the metadata to import once), or
the ODK / KoboToolbox instances zip (with the programme's XLSForm beside it)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from facilitator.programme import dhis2, odk
from facilitator.programme.summary import Summary
from facilitator.programme.summary_file import summary_json
from facilitator.programme.xlsform import FORM_FILE
from facilitator.sessions.atomic import write_atomic

FORMATS = ("summary", "dhis2-json", "dhis2-csv", "odk")


def summary_file_name(summary: Summary) -> str:
    """A summary's file name: its week and its instance id (nothing finer, no name)."""
    return f"summary-{summary.week}-{odk.instance_name(summary)}.json"


def write_export(summaries: Sequence[Summary], fmt: str, out: Path) -> list[Path]:
    """Write ``summaries`` in ``fmt`` at ``out`` (a folder for ``summary``, else a file); the
    paths written, in order. Each file is written atomically."""
    if fmt == "summary":
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for summary in summaries:
            path = out / summary_file_name(summary)
            write_atomic(path, summary_json(summary).encode("utf-8"))
            written.append(path)
        return written
    if fmt in ("dhis2-json", "dhis2-csv"):
        if fmt == "dhis2-json":
            body = json.dumps(dhis2.data_value_set(summaries), ensure_ascii=False, indent=2) + "\n"
        else:
            body = dhis2.data_value_csv(summaries)
        metadata = out.with_name(f"{out.stem}.metadata.json")
        write_atomic(out, body.encode("utf-8"))
        meta = dhis2.metadata(dhis2.tally_keys(summaries))
        write_atomic(metadata, (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return [out, metadata]
    if fmt == "odk":
        form = out.with_name(f"{out.stem}.form.xlsx")
        write_atomic(out, odk.instances_zip(summaries))
        write_atomic(form, FORM_FILE.read_bytes())
        return [out, form]
    raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
