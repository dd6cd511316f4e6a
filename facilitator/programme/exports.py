"""Writing what leaves a laptop: summary files, or the ODK / KoboToolbox instances zip (with the
programme's XLSForm beside it); and what the merge writes for DHIS2 from every facilitator's
summaries at once (values as JSON and CSV, the metadata to import once).

A laptop writes no DHIS2 values: DHIS2 keeps one value per data element, period, org unit and
combinations, so two laptops' values for the same region and month would replace each other on
import (see dhis2.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from facilitator.programme import dhis2, odk
from facilitator.programme.odk_encryption import Encryption, normalized_key
from facilitator.programme.summary import Summary
from facilitator.programme.summary_file import summary_json
from facilitator.programme.xlsform import FORM_FILE, sheets
from facilitator.programme.xlsx import workbook_bytes
from facilitator.sessions.atomic import write_atomic

FORMATS = ("summary", "odk")
DHIS2_FILES = ("dhis2-values.json", "dhis2-values.csv", "dhis2-metadata.json")
"""What the merge writes for DHIS2, in its output folder."""


def summary_file_name(summary: Summary) -> str:
    """A summary's file name: its week and its instance id (nothing finer, no name)."""
    return f"summary-{summary.week}-{odk.instance_name(summary)}.json"


def form_bytes(encryption: Encryption | None) -> bytes:
    """The XLSForm to upload: the shipped one, or with the programme's encryption settings."""
    if encryption is None:
        return FORM_FILE.read_bytes()
    key = normalized_key(encryption.public_key)
    return workbook_bytes(sheets(key, encryption.submission_url, encryption.form_version))


def export_paths(summaries: Sequence[Summary], fmt: str, out: Path) -> list[Path]:
    """The files ``write_export`` writes for ``summaries`` in ``fmt`` at ``out``, in order."""
    if fmt == "summary":
        return [out / summary_file_name(summary) for summary in summaries]
    if fmt == "odk":
        return [out, out.with_name(f"{out.stem}.form.xlsx")]
    raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")


def write_export(
    summaries: Sequence[Summary],
    fmt: str,
    out: Path,
    encryption: Encryption | None = None,
    replace: bool = True,
) -> list[Path]:
    """Write ``summaries`` in ``fmt`` at ``out`` (a folder for ``summary``, else a file); the
    paths written, in order. Each file is written atomically. ``encryption``: the programme's
    public key, for ``odk`` (instances encrypted as ODK Collect does, the form carrying the key).
    ``replace``: False keeps a file made at ``path`` meanwhile (``WriteFailed``), as ``write_atomic``."""
    paths = export_paths(summaries, fmt, out)
    if fmt == "summary":
        out.mkdir(parents=True, exist_ok=True)
        for summary, path in zip(summaries, paths, strict=True):
            write_atomic(path, summary_json(summary).encode("utf-8"), replace=replace)
        return paths
    if fmt == "odk":
        form = paths[1]
        form_body = form_bytes(encryption)  # checks the key before anything is written
        write_atomic(out, odk.instances_zip(summaries, encryption), replace=replace)
        write_atomic(form, form_body, replace=replace)
        return [out, form]
    raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")


def write_dhis2(summaries: Sequence[Summary], folder: Path, replace: bool = True) -> list[Path]:
    """The DHIS2 files of a merge in ``folder``: the values of all ``summaries`` (every facilitator's,
    each session once) added up per month and region, as JSON and as CSV, and the metadata to
    import once. Each file is written atomically (``replace``: as ``write_export``); the paths, in
    ``DHIS2_FILES`` order."""
    meta = dhis2.metadata(dhis2.tally_keys(summaries))
    bodies = (
        json.dumps(dhis2.data_value_set(summaries), ensure_ascii=False, indent=2) + "\n",
        dhis2.data_value_csv(summaries),
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
    )
    written = []
    for name, body in zip(DHIS2_FILES, bodies, strict=True):
        write_atomic(folder / name, body.encode("utf-8"), replace=replace)
        written.append(folder / name)
    return written
