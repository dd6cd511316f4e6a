"""The ``facilitator programme`` sub-commands: codes, regions, encryption, export and merge."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from facilitator.command_messages import refused_target
from facilitator.languages import LANGUAGES
from facilitator.paths import database_path
from facilitator.programme.codes import CodeError
from facilitator.programme.exports import DHIS2_FILES, export_paths, write_dhis2, write_export
from facilitator.programme.identity import Sender, checked_sender
from facilitator.programme.merge import CSV_HEADER, load_summaries, merged_rows, tables
from facilitator.programme.merge_pdf import render_merge_pdf
from facilitator.programme.odk_encryption import (
    PublicKeyError,
    checked_url,
    checked_version,
    encryption_from_settings,
    key_fingerprint,
    normalized_key,
)
from facilitator.programme.regions import region_codes, region_name
from facilitator.programme.summary import Summary, build_summary
from facilitator.sessions.atomic import write_atomic
from facilitator.sessions.errors import StoreProblem
from facilitator.sessions.store import StoreError, open_database
from facilitator.settings import change_settings_or_fail, load_settings


def sender_from_settings() -> Sender:
    """The codes saved in the settings, or ``CodeError`` saying which is missing and how to set it."""
    settings = load_settings()
    try:
        return checked_sender(settings.programme_code, settings.facilitator_code, settings.region_code)
    except CodeError as exc:
        raise CodeError(
            f"{exc}. Set the codes your programme gave you: facilitator programme codes "
            "--programme CODE --facilitator CODE --region CODE"
        ) from None


def codes(args: argparse.Namespace) -> int:
    settings = load_settings()
    programme = args.programme if args.programme is not None else settings.programme_code
    facilitator = args.facilitator if args.facilitator is not None else settings.facilitator_code
    region = args.region if args.region is not None else settings.region_code
    if any(value is not None for value in (args.programme, args.facilitator, args.region)):
        try:
            sender = checked_sender(programme, facilitator, region)
        except CodeError as exc:
            print(f"facilitator: {exc}; nothing was changed", file=sys.stderr)
            return 1
        change_settings_or_fail(  # WriteFailed (a full disk): the command says so, exit 1
            programme_code=sender.programme,
            facilitator_code=sender.facilitator,
            region_code=sender.region,
        )
        programme, facilitator, region = sender.programme, sender.facilitator, sender.region
    print(f"programme\t{programme or '-'}")
    print(f"facilitator\t{facilitator or '-'}")
    print(f"region\t{region or '-'}\t{region_name(region) if region else ''}".rstrip())
    return 0


def _key_text(value: str) -> str:
    """``--public-key``: a file holding the key (base64 or PEM), or the base64 itself."""
    path = Path(value)
    try:
        if len(value) < 1000 and path.is_file():
            return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PublicKeyError(f"{path}: cannot read the key ({exc.__class__.__name__})") from None
    return value


def encryption(args: argparse.Namespace) -> int:
    """Set, clear or show the programme's public key for ODK/Kobo exports."""
    try:
        if args.off:
            change_settings_or_fail(odk_public_key="", odk_submission_url="", odk_form_version="")
        elif args.public_key is not None:
            change_settings_or_fail(
                odk_public_key=normalized_key(_key_text(args.public_key)),
                odk_submission_url=checked_url(args.submission_url or ""),
                odk_form_version=checked_version(args.form_version or ""),
            )
        elif args.submission_url is not None or args.form_version is not None:
            raise PublicKeyError("--submission-url and --form-version go with --public-key")
    except PublicKeyError as exc:
        print(f"facilitator: {exc}; nothing was changed", file=sys.stderr)
        return 1
    current = encryption_from_settings()
    if current is None:
        print("encryption\toff (ODK/Kobo instances are written in plain XML)")
        return 0
    print(f"encryption\ton (RSA key {key_fingerprint(current.public_key)})")
    print(f"submission_url\t{current.submission_url or '-'}")
    print(f"form_version\t{current.form_version or '-'}")
    return 0


def regions(_args: argparse.Namespace) -> int:
    for code in region_codes():
        print(f"{code}\t{region_name(code)}")
    return 0


def export(args: argparse.Namespace) -> int:
    try:
        sender = sender_from_settings()
    except CodeError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    from facilitator.command_messages import said_if_read_only

    store = said_if_read_only(open_database(database_path()))
    try:
        summaries: list[Summary] = []
        for session_id in dict.fromkeys(args.sessions):  # a session named twice is counted once
            if not store.session(session_id).finished:
                raise StoreError(
                    f'session "{session_id}" has not ended; end it before sending its summary',
                    StoreProblem.REFUSED,
                )
            summaries.append(build_summary(store, session_id, sender))
    finally:
        store.close()
    if refused_targets(export_paths(summaries, args.format, args.out), args.force):
        return 1
    try:
        written = write_export(summaries, args.format, args.out, encryption_from_settings(), args.force)
    except PublicKeyError as exc:
        print(
            f"facilitator: {exc}; set it again: facilitator programme encryption --public-key FILE",
            file=sys.stderr,
        )
        return 1
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def merge_language(args: argparse.Namespace) -> str:
    """The merge PDF's language: ``--language``, else the app's language chosen in the settings
    (its UI language, else its workshops' language), else English."""
    if args.language is not None:
        return str(args.language)
    settings = load_settings()
    for chosen in (settings.ui_language, settings.content_language):
        if chosen in LANGUAGES:
            return chosen
    return "en"


MERGE_FILES = ("programme-figures.csv", "programme-figures.pdf", *DHIS2_FILES)
"""What the merge writes in its output folder."""


def refused_targets(paths: list[Path], force: bool) -> bool:
    """Whether any of the files a command is about to write must not be written (each said, as
    ``refused_target`` says it): nothing is written then."""
    return any([refused_target(path, force) for path in paths])  # every refusal said, not the first


def merge(args: argparse.Namespace) -> int:
    if refused_targets([args.out / name for name in MERGE_FILES], args.force):
        return 1
    loaded = load_summaries(args.files)
    for message in (*loaded.problems, *loaded.duplicates):
        print(message, file=sys.stderr)
    if not loaded.summaries:
        print("facilitator: no summary could be merged; nothing written", file=sys.stderr)
        return 1
    result = tables(loaded.summaries)
    args.out.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(merged_rows(result))
    write_atomic(args.out / "programme-figures.csv", buffer.getvalue().encode("utf-8"), replace=args.force)
    pdf = args.out / "programme-figures.pdf"
    render_merge_pdf(result, len(loaded.summaries), pdf, merge_language(args), replace=args.force)
    dhis2_files = write_dhis2(loaded.summaries, args.out, replace=args.force)
    merged = f"{len(loaded.summaries)} {'summary' if len(loaded.summaries) == 1 else 'summaries'}"
    print(
        f"merged {merged} into {args.out / 'programme-figures.csv'} and "
        f"{args.out / 'programme-figures.pdf'}; for DHIS2: " + ", ".join(map(str, dhis2_files)),
        file=sys.stderr,
    )
    return 1 if loaded.problems else 0
