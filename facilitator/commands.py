"""What each ``facilitator`` sub-command does. Output is plain text, one record a line."""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from facilitator.aids.cue_loader import load_cues
from facilitator.aids.places import place_name
from facilitator.aids.referral_csv import export_csv, merge_rows, read_csv_rows
from facilitator.aids.referrals import Directory, Service, Venue
from facilitator.command_messages import refused_target, said_if_notes_unreadable, said_if_read_only
from facilitator.content import builtin_plan_files, builtin_series_files
from facilitator.languages import parse_languages
from facilitator.paths import database_path, user_plans_dir
from facilitator.security.keys import KeyFileError
from facilitator.sessions.durations import format_minutes
from facilitator.sessions.errors import FileError, InvalidFile, StoreError, StoreProblem, read_at_most
from facilitator.sessions.hidden_characters import terminal_safe
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.series_loader import LoadedSeries, is_series_file, load_series, series_position
from facilitator.sessions.session_file import (
    already_imported,
    export_session,
    import_session,
    read_session_file,
)
from facilitator.sessions.store import Store, open_database


def counted(count: int, noun: str) -> str:
    """ "1 step", "2 steps": the commands speak English, whose nouns take -s after any other number."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def plans_list(_: argparse.Namespace) -> int:
    user_files = sorted(user_plans_dir().glob("*.yaml"))
    series_files = builtin_series_files() + [path for path in user_files if is_series_file(path)]
    files = builtin_plan_files() + [path for path in user_files if path not in series_files]
    status = 0
    for path in files:
        try:
            plan = load_plan(path).plan
        except InvalidFile as exc:
            print(
                f"{path}: invalid plan ({counted(len(exc.errors), 'error')}); "
                f"run: facilitator plans validate {path}",
                file=sys.stderr,
            )
            status = 1
            continue
        length = format_minutes(plan.total_with_buffer)  # the session's length, its buffer in it
        row = f"{plan.id}\t{plan.title}\t{plan.language}\t{length}\t{path}"
        position = series_position(plan.id, plan.language, series_files)
        if position is not None:
            where = (
                "follow-up" if position.number is None else f"session {position.number} of {position.total}"
            )
            row += f"\t{position.series_id}: {where}"
        print(row)
    for path in series_files:
        try:
            loaded = load_series(path)
        except InvalidFile as exc:
            print(
                f"{path}: invalid series ({counted(len(exc.errors), 'error')}); "
                f"run: facilitator plans validate {path}",
                file=sys.stderr,
            )
            status = 1
            continue
        print(
            f"{loaded.series.id}\t{loaded.series.title}\t{loaded.series.language}\t{_series_length(loaded)}\t{path}"
        )
    return status


def _series_length(loaded: LoadedSeries) -> str:
    follow = " + follow-up" if loaded.follow_up else ""
    return f"series: {counted(loaded.total, 'session')}{follow}"


def _validate_files(paths: list[Path], check: Callable[[Path], str]) -> int:
    """Run ``check`` on each file: errors on stdout, one a line; exit 1 if any file had one."""
    status = 0
    for path in paths:
        try:
            summary = check(path)
        except InvalidFile as exc:
            for error in exc.errors:
                print(error)
            status = 1
            continue
        print(f"{path}: ok ({summary})", file=sys.stderr)
    return status


def plans_validate(args: argparse.Namespace) -> int:
    def check(path: Path) -> str:
        if is_series_file(path):
            loaded_series = load_series(path)
            for entry in (*loaded_series.sessions, *filter(None, [loaded_series.follow_up])):
                for warning in entry.loaded.warnings:
                    print(f"{warning} (warning)")
            return _series_length(loaded_series)
        loaded = load_plan(path)
        for warning in loaded.warnings:
            print(f"{warning} (warning)")
        plan = loaded.plan
        buffer = f" + {format_minutes(plan.buffer)} buffer" if plan.buffer else ""
        return f"{counted(len(plan.steps), 'step')}, {format_minutes(plan.planned_total)}{buffer}"

    return _validate_files(args.files, check)


def cues_validate(args: argparse.Namespace) -> int:
    return _validate_files(args.files, lambda path: counted(len(load_cues(path).cues), "cue"))


def cues_list(args: argparse.Namespace) -> int:
    """The cues the console offers in a language: the built-in ones and the data folder's own
    (``cues/*.yaml``); a file of the folder that cannot be read is named, as ``plans list`` does."""
    from facilitator.aids.cue_set import load_cue_set

    cues = load_cue_set()
    library = cues.libraries.get(args.language)
    for cue in library.cues if library is not None else ():
        print(f"{cue.id}\t{cue.statement}")
    files: dict[str, int] = {}
    for problem in cues.problems:
        files[problem.file] = files.get(problem.file, 0) + 1
    for path, count in files.items():
        print(
            f"{path}: invalid cue file ({counted(count, 'error')}), left out; "
            f"run: facilitator cues validate {path}",
            file=sys.stderr,
        )
    return 1 if files else 0


PASSPHRASE_ENV = "FACILITATOR_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FACILITATOR_NEW_PASSPHRASE"
"""``passphrase change`` without a terminal: the new one ($FACILITATOR_PASSPHRASE is the current one)."""


class NoAnswer(Exception):
    """Ctrl+D (end of input) at a question: nothing was given, so nothing was done."""


def _ask(prompt: str) -> str:
    """A passphrase typed in the terminal (not echoed); ``NoAnswer`` on Ctrl+D."""
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise NoAnswer("no passphrase given (end of input); nothing was changed") from None


def _typed_or_from(env: str, prompt: str, why: str) -> str:
    """A passphrase from ``$env`` (scripts), else typed in the terminal (not echoed); ``why`` says
    what it opens when there is neither."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise KeyFileError(f"{why}: type the passphrase in a terminal, or set {env}")
    return _ask(prompt)


def _passphrase(prompt: str = "Passphrase: ") -> str:
    """From the terminal (not echoed), or $FACILITATOR_PASSPHRASE for scripts."""
    return _typed_or_from(PASSPHRASE_ENV, prompt, "the notes are encrypted")


FILE_PASSPHRASE_ENV = "FACILITATOR_FILE_PASSPHRASE"


def _file_passphrase(new: bool = False) -> str:
    """The passphrase that seals a session file: from the terminal (twice for a new file), or
    $FACILITATOR_FILE_PASSPHRASE for scripts. It is not the app's own passphrase: the file goes to
    another machine, whose facilitator is told it another way (in person, by phone)."""
    from facilitator.security.sealed import MIN_PASSPHRASE

    prompt = (
        "Passphrase for this session file (tell it to its reader another way): "
        if new
        else "Passphrase of the session file: "
    )
    given = _typed_or_from(FILE_PASSPHRASE_ENV, prompt, "a session file is sealed with a passphrase")
    if new and not os.environ.get(FILE_PASSPHRASE_ENV) and getpass_confirm() != given:
        raise KeyFileError("the two passphrases differ; nothing was written")
    if new and len(given) < MIN_PASSPHRASE:
        raise KeyFileError(
            f"use at least {MIN_PASSPHRASE} characters for the file's passphrase; nothing was written"
        )
    return given


def _open_store(notes: bool = False, writes_notes: bool = False) -> Store:
    """The store; with the passphrase when notes are read or written (they are encrypted)."""
    from facilitator.security import vault

    if notes and vault.has_passphrase():
        codec = vault.unlock(_passphrase())
        try:
            return said_if_read_only(vault.open_store(codec))
        except StoreError as exc:
            # opening encrypts any plain notes left from before: a damaged database fails there,
            # and a command that only reads must not say it could not *save* (an export of it)
            if (
                writes_notes
                or exc.kind is not StoreProblem.DAMAGED
                or not str(exc).startswith("could not save")
            ):
                raise
            raise StoreError(
                f"could not read {exc.path or database_path()}: {exc.reason}", exc.kind, exc.path, exc.reason
            ) from None
    if notes:
        vault.check_key()  # encrypted notes whose key file is gone: say so, not "cannot decrypt"
    if writes_notes:
        raise KeyFileError("no passphrase yet: run 'facilitator passphrase set' (or open the app) first")
    return said_if_read_only(open_database(database_path()))  # as the app: read-only on a full disk


def passphrase_set(_args: argparse.Namespace) -> int:
    from facilitator.security import keys, vault

    if vault.has_passphrase():
        print(
            "facilitator: a passphrase is set already; use 'facilitator passphrase change'", file=sys.stderr
        )
        return 1
    print(PASSPHRASE_WARNING, file=sys.stderr)
    first = _passphrase("New passphrase: ")
    if not os.environ.get(PASSPHRASE_ENV) and getpass_confirm() != first:
        print("facilitator: the two passphrases differ; nothing changed", file=sys.stderr)
        return 1
    if len(first) < 8:
        print(
            "facilitator: use at least 8 characters (a few words is best); nothing changed", file=sys.stderr
        )
        return 1
    open_database(database_path()).close()  # a full disk is said now, before any key is made
    try:
        codec = vault.set_up(first)
    except KeyFileError as exc:
        if exc.problem != "exists":
            raise
        print(  # another 'passphrase set' (or the app's first start) made it a moment ago
            "facilitator: a passphrase is set already; use 'facilitator passphrase change'", file=sys.stderr
        )
        return 1
    try:
        store = vault.open_store(codec)
    except BaseException:  # a full disk, Ctrl+C: the key goes too, so the next try starts afresh
        _unmake_key(keys.destroy, vault.keyfile_path())
        raise
    store.close()
    print("passphrase set: notes are encrypted from now on", file=sys.stderr)
    return 0


def _unmake_key(destroy: Callable[[Path], None], keyfile: Path) -> None:
    """Remove the key a failed ``passphrase set`` made, unless a note is encrypted with it already
    (or that cannot be told): then it stays, and the passphrase just chosen opens them."""
    try:
        store = open_database(database_path())
        try:
            held = store.encrypted_rows()
        finally:
            store.close()
    except Exception:  # cannot tell: the key is kept, never the notes lost
        return
    if held == 0:
        destroy(keyfile)


def getpass_confirm() -> str:
    return _ask("Again: ")


def passphrase_change(_args: argparse.Namespace) -> int:
    from facilitator.security import keys, vault

    old = _passphrase("Current passphrase: ")
    new = os.environ.get(NEW_PASSPHRASE_ENV, "")
    if not new:  # never $FACILITATOR_PASSPHRASE: that is the current one
        if not sys.stdin.isatty():
            print(
                f"facilitator: no new passphrase: type it in a terminal, or set {NEW_PASSPHRASE_ENV}; "
                "nothing changed",
                file=sys.stderr,
            )
            return 1
        new = _ask("New passphrase: ")
        if getpass_confirm() != new:
            print("facilitator: the two passphrases differ; nothing changed", file=sys.stderr)
            return 1
    if len(new) < 8:
        print("facilitator: use at least 8 characters; nothing changed", file=sys.stderr)
        return 1
    if new == old:
        print("facilitator: the new passphrase is the current one; nothing changed", file=sys.stderr)
        return 1
    keys.change_passphrase(vault.keyfile_path(), old, new)
    print(
        "passphrase changed (the notes were not re-encrypted: the same key is kept under the new one)",
        file=sys.stderr,
    )
    return 0


def data_delete_all(args: argparse.Namespace) -> int:
    from facilitator import instance_lock
    from facilitator.paths import data_dir
    from facilitator.security import vault

    holder = instance_lock.holder()
    if holder is not None:  # it would go on "saving" into a deleted folder
        print(
            f"facilitator: Facilitator is open on this data folder ({data_dir()}; {holder.describe()}): "
            "close it first; nothing was deleted",
            file=sys.stderr,
        )
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            print("facilitator: refusing without a terminal; add --yes to confirm", file=sys.stderr)
            return 1
        answer = input("This destroys the key and deletes every session and note for good. Type DELETE: ")
        if answer.strip() != "DELETE":
            print("nothing deleted", file=sys.stderr)
            return 1
    vault.delete_all_data()
    print("all data deleted: the key is destroyed and cannot be recovered", file=sys.stderr)
    return 0


PASSPHRASE_WARNING = (
    "Your passphrase encrypts what participants said. It is never stored: if you forget it, the notes "
    "cannot be recovered by anyone, including us."
)


def _when(wall: float) -> str:
    """The local date and time, or "unknown date" for a time no calendar holds (a damaged row)."""
    try:
        return datetime.fromtimestamp(wall).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError, TypeError):
        return "unknown date"


def sessions_list(_: argparse.Namespace) -> int:
    store = _open_store()
    try:
        for info in store.sessions():
            when = _when(info.created_wall)
            state = "ended" if info.finished else "unfinished"
            figures = [
                str(info.participants) if info.participants is not None else "-",
                info.age_band or "-",
                " ".join((info.town or "-").split()),
            ]
            print("\t".join([info.id, when, state, info.plan_id, info.plan_title, *figures]))
    finally:
        store.close()
    return 0


def sessions_export(args: argparse.Namespace) -> int:
    if refused_target(Path(args.out), args.force):
        return 1
    store = _open_store(notes=True)
    try:
        store.session(args.id)  # an unknown id is said before the passphrase is asked
        export_session(store, args.id, args.out, _file_passphrase(new=True), replace=args.force)
        said_if_notes_unreadable(store, args.id, args.out)
    finally:
        store.close()
    print(f"wrote {args.out} (SENSITIVE: raw notes, sealed with the file's passphrase)", file=sys.stderr)
    return 0


def _warn_file(warning: FileError) -> None:
    """A change made while reading a file (never its text), on standard error."""
    print(f"{warning} (warning)", file=sys.stderr)


def sessions_import(args: argparse.Namespace) -> int:
    record = read_session_file(Path(args.file), _file_passphrase, _warn_file)
    store = _open_store(notes=True, writes_notes=True)
    try:
        existing = already_imported(store, record)
        if existing is not None:
            print(
                f"facilitator: {args.file} holds session {existing.id} ({existing.plan_title}, "
                f"{_when(existing.created_wall)}), which is here already; nothing was imported. To import "
                f"this copy instead, delete that one first: facilitator sessions delete {existing.id}",
                file=sys.stderr,
            )
            return 1
        session_id = import_session(store, record)
    finally:
        store.close()
    print(session_id)
    return 0


def sessions_delete(args: argparse.Namespace) -> int:
    from facilitator import instance_lock

    store = _open_store()
    try:
        info = store.session(args.id)
        holder = instance_lock.holder()
        if holder is not None and not info.finished:  # it may be the session running there now
            print(
                f"facilitator: session {info.id} has not ended and Facilitator is open on this data "
                f"folder ({holder.describe()}): close it first; nothing was deleted",
                file=sys.stderr,
            )
            return 1
        if not args.yes:
            if not sys.stdin.isatty():
                print("facilitator: refusing without a terminal; add --yes to confirm", file=sys.stderr)
                return 1
            answer = input(f'Delete session {info.id} ("{info.plan_title}") and all its notes? [y/N] ')
            if answer.strip().lower() not in {"y", "yes"}:
                print("nothing deleted", file=sys.stderr)
                return 1
        copies = store.delete_session(info.id)
    finally:
        store.close()
    print(f"deleted session {args.id}", file=sys.stderr)
    for copy in copies:  # kept after a crash: they hold some of it (of other sessions too, maybe)
        print(f"deleted {copy}, a copy of a damaged journal that held some of it", file=sys.stderr)
    return 0


def _directory_services(region: str, country: str = "") -> list[Service]:
    store = _open_store()
    try:
        directory = Directory(store)
        return directory.for_region(region, country) if region or country else directory.services()
    finally:
        store.close()


def _say_venue(region: str, country: str) -> None:
    """Say on stderr when the town is not in the town list, and what that means for national services."""
    venue = Venue.of(region, country)
    if country and not venue.country:
        print(f"warning: unknown country {country!r}: expected a code like KZ, KG, UZ or TJ", file=sys.stderr)
    if region and not venue.known:
        shown = f"national services of {venue.country} only" if venue.country else "no national services"
        print(f"warning: {region!r} is not in the town list: {shown} (give --country)", file=sys.stderr)


def referrals_list(args: argparse.Namespace) -> int:
    today = date.today()
    _say_venue(args.region, args.country)
    for service in _directory_services(args.region, args.country):
        warning = service.verification(today)
        flag = f"\t! {warning}" if warning else ""
        where = place_name(service.country, service.region, "en")
        print(f"{service.kind.value}\t{service.name}\t{service.phone}\t{where}{flag}")
    return 0


def referrals_import(args: argparse.Namespace) -> int:
    rows = read_csv_rows(args.file)
    store = _open_store()
    try:
        merged = merge_rows(str(args.file), rows, Directory(store))
    finally:
        store.close()
    print(f"{args.file}: {merged}", file=sys.stderr)
    return 0


def referrals_export(args: argparse.Namespace) -> int:
    if refused_target(args.file, args.force):
        return 1
    export_csv(_directory_services(""), args.file, replace=args.force)
    print(f"wrote {args.file}", file=sys.stderr)
    return 0


def referrals_handout(args: argparse.Namespace) -> int:
    from facilitator.export.handout import render_handout

    if refused_target(args.out, args.force):
        return 1
    _say_venue(args.region, args.country)
    services = _directory_services(args.region, args.country)
    if not services:
        print(f"facilitator: no services for {args.region or 'any region'}; add some first", file=sys.stderr)
        return 1
    today = date.today()
    for service in services:
        warning = service.verification(today)
        if warning:
            print(f"warning: {service.name}: {warning}", file=sys.stderr)
    left_out = render_handout(services, args.lang, args.out, cards=args.cards, replace=args.force)
    full = "the page is full"
    if args.cards:
        full = "the card is full (the A4 sheet, without --cards, has more room)"
    for service in left_out:
        print(f"warning: {service.name}: left out of the handout: {full}", file=sys.stderr)
    print(f"wrote {args.out}" + (f" ({len(left_out)} left out)" if left_out else ""), file=sys.stderr)
    return 0


def anonymize(args: argparse.Namespace) -> int:
    import json

    from facilitator.anonymizer.anonymizer import Anonymizer

    roster: list[str] = []
    if args.roster:
        try:
            # a file or a pipe (--roster <(...)); never a huge or endless one whole, nor a device
            raw = read_at_most(args.roster, MAX_ROSTER_BYTES, pipes=True)
        except OSError as exc:
            raise InvalidFile(
                [FileError(str(args.roster), 0, "", f"cannot read the roster: {exc.strerror}")]
            ) from None
        if len(raw) > MAX_ROSTER_BYTES:
            limit = f"{MAX_ROSTER_BYTES // 1024} KiB"
            raise InvalidFile([FileError(str(args.roster), 0, "", f"larger than {limit}; not a roster")])
        roster = _roster_names(_text(raw, str(args.roster)), str(args.roster))
    raw = sys.stdin.buffer.read(MAX_ANONYMIZE_BYTES + 1)  # never an endless or huge input whole
    if len(raw) > MAX_ANONYMIZE_BYTES:
        message = (
            f"larger than {MAX_ANONYMIZE_BYTES // 1024 // 1024} MiB (a session's notes take a few dozen KiB);"
            " split the text and anonymize each part with the same --roster; nothing was anonymized"
        )
        raise InvalidFile([FileError("standard input", 0, "", message)])
    if len(raw) > SAY_WORKING_BYTES:
        print(f"anonymizing {len(raw) // 1024} KiB of text: this takes up to a minute…", file=sys.stderr)
    text = _text(raw, "standard input")
    language = "en" if args.lang == "auto" else args.lang
    anonymizer = Anonymizer([name for name in roster if name], use_ner=args.lang != "en", language=language)
    spans = anonymizer.detect(text)
    if args.json:
        rows = [
            {
                "start": s.start,
                "end": s.end,
                "kind": s.kind.value,
                "text": text[s.start : s.end],
                "source": s.source,
                "replacement": anonymizer.replacement(s, text),
            }
            for s in spans
        ]
        print(terminal_safe(json.dumps(rows, ensure_ascii=False, indent=2), json_escape=True))
    else:
        sys.stdout.write(terminal_safe(anonymizer.apply(text, spans)))
    return 0


MAX_ANONYMIZE_BYTES = 1024 * 1024
"""The most ``anonymize`` reads from standard input (1 MiB takes about 15 seconds)."""
SAY_WORKING_BYTES = 128 * 1024
MAX_ROSTER_BYTES = 256 * 1024
"""A roster is a few dozen names; a bigger file is not a roster (and would slow the search down)."""


def _roster_names(text: str, name: str) -> list[str]:
    """One name a line. A hidden character (NUL, control, direction control) is removed, with a
    warning naming the line (never the name): left in, it would keep the name from matching the
    notes, and the name would stay in the export."""
    from facilitator.sessions.hidden_characters import hidden_character, without_hidden

    names = []
    for number, line in enumerate(text.splitlines(), start=1):
        problem = hidden_character(line)
        if problem is not None:
            print(f"{FileError(name, number, 'name', problem)}; removed it (warning)", file=sys.stderr)
            line = without_hidden(line)
        names.append(line.strip())
    return names


def _text(raw: bytes, name: str) -> str:
    """``raw`` as text: UTF-8 (a BOM allowed), or UTF-16 with its BOM (Windows Notepad). Anything
    else raises ``InvalidFile`` naming ``name`` and the line, never the text: text in another
    encoding would otherwise go through with every name in it untouched."""
    bom = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if bom else _utf16_without_bom(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        message = "expected UTF-8 text; this has another encoding (save it as UTF-8); nothing was anonymized"
        raise InvalidFile([FileError(name, line, "", message)]) from None
    if text.count("\x00") * 10 > len(text):  # every name would pass with a NUL inside it
        line = text[: text.index("\x00")].count("\n") + 1
        message = "expected text; this is full of NUL characters (save it as UTF-8); nothing was anonymized"
        raise InvalidFile([FileError(name, line, "", message)])
    return text


def _utf16_without_bom(raw: bytes) -> str:
    """UTF-16 saved without its BOM is valid UTF-8 byte by byte, a NUL beside every Latin letter
    or digit ("A\x00i\x00b\x00…"): read that way, no name or phone in it would be found. Which
    half of the pairs holds the NULs says which byte order it is; otherwise it is UTF-8."""
    pairs = len(raw) // 2
    if len(raw) % 2 or not pairs or raw.count(0) * 8 < pairs:
        return "utf-8-sig"
    odd = raw[1::2].count(0)  # the high bytes of Latin letters and digits, little-endian
    even = raw[0::2].count(0)
    return "utf-16-le" if odd > even else "utf-16-be"


def export_report(args: argparse.Namespace) -> int:
    from facilitator.export.pdf import render_pdf
    from facilitator.export.report import build_report

    if refused_target(args.out, args.force):
        return 1
    source = Path(args.session)
    if source.suffix == ".json" or source.is_file():
        record = read_session_file(source, _file_passphrase, _warn_file)
        store = Store.in_memory()  # raw notes never touch the disk in plain text, even if killed
        try:
            report = build_report(store, import_session(store, record))
        finally:
            store.close()
    else:
        store = _open_store(notes=True)
        try:
            report = build_report(store, args.session)
            said_if_notes_unreadable(store, args.session, args.out)
        finally:
            store.close()
    render_pdf(report, args.out, replace=args.force)
    if report.open_quasi:
        print(_unreviewed_descriptions(report.open_quasi), file=sys.stderr)
    if report.strict_notes:
        print(_strict_notes(report.strict_notes), file=sys.stderr)
    print(f"wrote {args.out} (anonymized)", file=sys.stderr)
    return 0


def _strict_notes(count: int) -> str:
    """What the export did with notes too long to be read word by word (anonymizer/long_notes.py)."""
    what = "1 note is" if count == 1 else f"{count} notes are"
    return (
        f"note: {what} too long to be typed in a session (a paste, a chat's export) and "
        "were read the strict way: every number, every capitalised word inside a sentence, every "
        "form of a listed name and every word no dictionary knows is removed"
    )


def _unreviewed_descriptions(count: int) -> str:
    """What the export removed without a review, in plain words, and how to review it."""
    what = (
        "1 description that could identify someone in a small place"
        if count == 1
        else f"{count} descriptions that could identify someone in a small place"
    )
    return (
        f'note: {what} (for example "the only pharmacist in the village") '
        f"{'was' if count == 1 else 'were'} removed from the PDF, because nobody has reviewed "
        f"{'it' if count == 1 else 'them'}. To keep what identifies no one, open the session in the app, "
        'choose "Review notes and export anonymized PDF…" (Ctrl+Shift+E), press Space on the '
        "description to keep it, and export from there."
    )


def slides(args: argparse.Namespace) -> int:
    from facilitator.export.slides import render_slides

    if refused_target(args.out, args.force):
        return 1
    languages = parse_languages(args.language) if args.language else ()
    path = Path(args.plan)
    if not path.exists():  # a built-in plan by id
        builtin = {load_plan(p).plan.id: p for p in builtin_plan_files()}
        if str(args.plan) not in builtin:
            print(f"facilitator: no plan file or built-in plan called {args.plan}", file=sys.stderr)
            return 1
        path = builtin[str(args.plan)]
    if len(languages) == 2:  # both languages on each page, side by side
        from facilitator.sessions.plan_pair import load_pair, sibling_paths

        paths = sibling_paths(path, (languages[0], languages[1]))
        pair = load_pair(paths, (languages[0], languages[1]), languages[0])
        loaded, other = pair.audience
    else:
        loaded, other = load_plan(path), None
    for shown in (loaded, other):
        for warning in shown.warnings if shown else ():  # a refused image is left out
            print(f"{warning} (warning)", file=sys.stderr)
    companion, images = (other.plan, other.images) if other else (None, ())
    for problem in render_slides(loaded.plan, args.out, loaded.images, companion, images, replace=args.force):
        print(f"{problem} (warning)", file=sys.stderr)
    print(f"wrote {args.out} ({len(loaded.plan.steps) + 1} pages)", file=sys.stderr)
    return 0


def planner(args: argparse.Namespace) -> int:
    from facilitator.app import run_planner

    return run_planner(args.plan, ui_language=args.ui_language)
