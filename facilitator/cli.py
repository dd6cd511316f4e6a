"""The ``facilitator`` command: open the app, or manage plans and sessions from a terminal."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator import __version__, start_gc
from facilitator.languages import LANGUAGES, parse_languages

COMMANDS = (
    "plans",
    "sessions",
    "cues",
    "referrals",
    "anonymize",
    "export",
    "slides",
    "passphrase",
    "data",
    "planner",
    "programme",
)
EPILOG = """\
Open the app:
  facilitator [PLAN]                      the workshop in PLAN (a .yaml file), or the built-in one
  facilitator [PLAN] --language kk        the built-in workshop in en, ru or kk
  facilitator [PLAN] --language kk+ru     two languages on the projector, side by side (PLAN:
                                          NAME.kk.yaml beside NAME.ru.yaml, same step ids)
  facilitator --ui-language ru            the app's own language (default: the system's)
  facilitator planner [PLAN]              build or edit a workshop from the library of steps
  facilitator planner SERIES [--ui-language kk]
                                          choose a session of a series (SERIES: a series file)

Commands:
  facilitator slides PLAN --out FILE.pdf  the audience screens, one a page (if the projector fails)
  facilitator slides PLAN --language kk+ru --out FILE.pdf
                                          both languages side by side on each page
  facilitator export SESSION --out FILE.pdf [--force]
                                          the anonymized report (SESSION: an id or an export-json file)
  facilitator anonymize [--roster FILE] [--lang en|ru|kk|auto] [--json]
                                          text on standard input, anonymized on standard output;
                                          --json: the detected spans with their kinds instead
  facilitator plans list                  one plan a line: id, title, language, length, file[, series]
  facilitator plans validate FILE...      exit 0 if all are valid; 1 with every error (file:line)
  facilitator sessions list               one session a line: id, date, state, workshop,
                                          participants, age band, town ("-": not given)
  facilitator sessions export-json ID --out FILE [--force]
                                          the complete raw record (notes as typed), sealed with a
                                          passphrase you choose (asked twice, or
                                          $FACILITATOR_FILE_PASSPHRASE): never plain text;
                                          an existing FILE is replaced only with --force
  facilitator sessions import FILE        add a session from an export-json file (asks its passphrase);
                                          refused if that session is here already
  facilitator sessions delete ID [--yes]  delete a session and its notes for good
  facilitator passphrase set|change      the passphrase that encrypts the notes (never stored);
                                          without a terminal: $FACILITATOR_PASSPHRASE, and for
                                          change the new one in $FACILITATOR_NEW_PASSPHRASE
  facilitator data delete-all [--yes]     destroy the key and delete every session for good
  facilitator programme codes --programme P --facilitator F --region R
                                          the codes the programme gave you (never a name)
  facilitator programme regions           the region codes a summary may carry
  facilitator programme encryption --public-key FILE [--submission-url URL] [--form-version V]
                                          encrypt ODK/Kobo instances to the programme's key
                                          (--off: stop; no option: show)
  facilitator programme export SESSION... --format summary|odk --out PATH [--force]
                                          counts and codes only, for the programme's systems
  facilitator programme merge FILE... --out DIR [--language en|ru|kk] [--force]
                                          add up every facilitator's summary files by region and
                                          month (CSV, PDF, and the values to import into DHIS2)
  facilitator cues list [--language L]    the resistance cues: id, statement
  facilitator cues validate FILE...       check cue library files (file:line errors)
  facilitator referrals list [--region TOWN] [--country KZ]
                                          the referral sheet, with verification warnings
  facilitator referrals import FILE.csv   add services from a CSV (all rows or none)
  facilitator referrals export FILE.csv   write the sheet as CSV (UTF-8, opens in Excel)
  facilitator referrals handout [--region TOWN] [--country KZ] [--lang en|ru|kk] [--cards] --out FILE.pdf
                                          the printable sheet of services for everyone

A file you name (--out, referrals export), and each file a command writes in a folder you name (programme
export, programme merge), is replaced only with --force; never a folder, device or pipe.
Data lives in the platform's user data folder; set FACILITATOR_DATA_DIR (a full path) to use another folder.
Run 'facilitator COMMAND --help' for the options of a command.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Lead workshops that engage young men in gender equality.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    plans = commands.add_parser("plans", help="list and check workshop plans")
    plan_commands = plans.add_subparsers(dest="action", metavar="ACTION", required=True)
    plan_commands.add_parser(
        "list", help="one plan a line: id, title, language, length, file, series; then the series"
    )
    validate = plan_commands.add_parser(
        "validate", help="check plan files; exit 0 if all are valid, 1 with every error otherwise"
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")

    sessions = commands.add_parser("sessions", help="list, export, import and delete sessions")
    session_commands = sessions.add_subparsers(dest="action", metavar="ACTION", required=True)
    session_commands.add_parser(
        "list", help="one session a line: id, date, state, workshop, participants, age band, town"
    )
    export = session_commands.add_parser(
        "export-json",
        help="write a session's complete raw record, sealed with a passphrase you choose (notes as typed)",
    )
    export.add_argument("id", metavar="ID")
    export.add_argument("--out", required=True, type=_file_name, metavar="FILE")
    export.add_argument("--force", action="store_true", help=REPLACE_HELP)
    imported = session_commands.add_parser("import", help="add a session from an export-json file")
    imported.add_argument("file", type=Path, metavar="FILE")
    delete = session_commands.add_parser("delete", help="delete a session and its notes for good")
    delete.add_argument("id", metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    planner = commands.add_parser("planner", help="build or edit a workshop (opens the planner window)")
    planner.add_argument(
        "plan", nargs="?", type=Path, metavar="PLAN", help="a plan, or a series (asks which session)"
    )
    planner.add_argument(
        "--ui-language", choices=LANGUAGES, default=None, help="the planner's language (default: as the app)"
    )
    passphrase = commands.add_parser("passphrase", help="the passphrase that encrypts the notes")
    passphrase_commands = passphrase.add_subparsers(dest="action", metavar="ACTION", required=True)
    passphrase_commands.add_parser("set", help="choose it (first time)")
    passphrase_commands.add_parser("change", help="change it (the notes keep their key)")
    data = commands.add_parser("data", help="all data on this laptop")
    data_commands = data.add_subparsers(dest="action", metavar="ACTION", required=True)
    delete_all = data_commands.add_parser("delete-all", help="destroy the key and delete everything")
    delete_all.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    cues = commands.add_parser("cues", help="the resistance cue library")
    cue_commands = cues.add_subparsers(dest="action", metavar="ACTION", required=True)
    cue_list = cue_commands.add_parser("list", help="one cue a line: id, statement")
    cue_list.add_argument("--language", choices=LANGUAGES, default="en")
    cue_validate = cue_commands.add_parser("validate", help="check cue files; exit 1 with every error")
    cue_validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    slides = commands.add_parser("slides", help="print the audience screens of a plan as a PDF")
    slides.add_argument("plan", type=Path, metavar="PLAN", help="a plan file, or a built-in plan's id")
    slides.add_argument("--out", required=True, type=_file_name, metavar="FILE.pdf")
    slides.add_argument("--force", action="store_true", help=REPLACE_HELP)
    slides.add_argument(
        "--language",
        type=_content_languages,
        default=None,
        help="two languages side by side on each page, e.g. kk+ru (PLAN: NAME.kk.yaml beside NAME.ru.yaml)",
    )
    export_pdf = commands.add_parser("export", help="write the anonymized session report (PDF)")
    export_pdf.add_argument(
        "session", metavar="SESSION", help="a session id, or a file from sessions export-json"
    )
    export_pdf.add_argument("--out", required=True, type=_file_name, metavar="FILE.pdf")
    export_pdf.add_argument("--force", action="store_true", help=REPLACE_HELP)
    anonymize = commands.add_parser("anonymize", help="remove identifiers from text on standard input")
    anonymize.add_argument(
        "--roster",
        type=Path,
        metavar="FILE",
        help="participants' names, one a line (a file, or a pipe: <(...))",
    )
    anonymize.add_argument("--lang", choices=(*LANGUAGES, "auto"), default="auto")
    anonymize.add_argument("--json", action="store_true", help="print the detected spans instead")
    referrals = commands.add_parser("referrals", help="the referral sheet of support services")
    referral_commands = referrals.add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = referral_commands.add_parser("list", help="one service a line, with warnings")
    listed.add_argument("--region", default="", help="the venue's town (its country from the town list)")
    listed.add_argument("--country", default="", help="KZ, KG, UZ, TJ: for a town not in the list")
    imported_csv = referral_commands.add_parser("import", help="add services from a CSV file")
    imported_csv.add_argument("file", type=Path, metavar="FILE.csv")
    exported_csv = referral_commands.add_parser("export", help="write the sheet as CSV")
    exported_csv.add_argument("file", type=_file_name, metavar="FILE.csv")
    exported_csv.add_argument("--force", action="store_true", help=REPLACE_HELP)
    handout = referral_commands.add_parser("handout", help="the printable sheet (PDF) for everyone")
    handout.add_argument("--region", default="", help="the venue's town (its country from the town list)")
    handout.add_argument("--country", default="", help="KZ, KG, UZ, TJ: for a town not in the list")
    handout.add_argument("--lang", choices=LANGUAGES, default="en")
    handout.add_argument("--cards", action="store_true", help="A6 cards, four to an A4 page")
    handout.add_argument("--out", required=True, type=_file_name, metavar="FILE.pdf")
    handout.add_argument("--force", action="store_true", help=REPLACE_HELP)
    _programme_parser(commands)
    return parser


def _programme_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from facilitator.programme.exports import FORMATS

    programme = commands.add_parser("programme", help="session summaries for the programme (no free text)")
    actions = programme.add_subparsers(dest="action", metavar="ACTION", required=True)
    codes = actions.add_parser("codes", help="set or show the programme, facilitator and region codes")
    codes.add_argument("--programme", default=None, metavar="CODE")
    codes.add_argument("--facilitator", default=None, metavar="CODE")
    codes.add_argument("--region", default=None, metavar="CODE", help="e.g. KZ-15 (programme regions)")
    actions.add_parser("regions", help="one region a line: code, name")
    encryption = actions.add_parser(
        "encryption", help="encrypt ODK/Kobo instances to the programme's public key (or show, or stop)"
    )
    encryption.add_argument(
        "--public-key", default=None, metavar="KEY", help="a file with the base64 RSA public key, or the key"
    )
    encryption.add_argument("--submission-url", default=None, metavar="URL", help="the form's submission_url")
    encryption.add_argument(
        "--form-version", default=None, metavar="V", help="the form's version on the server, if not 1"
    )
    encryption.add_argument("--off", action="store_true", help="stop encrypting (forget the key)")
    export = actions.add_parser("export", help="write session summaries (files, or for ODK or KoboToolbox)")
    export.add_argument("sessions", nargs="+", metavar="SESSION", help="session ids (sessions list)")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument(
        "--out", required=True, type=_file_name, metavar="PATH", help="a folder for summary, else a file"
    )
    export.add_argument("--force", action="store_true", help=REPLACE_HELP)
    merge = actions.add_parser(
        "merge", help="add up summary files by region and month (CSV, PDF, values for DHIS2)"
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument("--out", required=True, type=_file_name, metavar="DIR")
    merge.add_argument("--force", action="store_true", help=REPLACE_HELP)
    merge.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the PDF's language (default: the app's language from the settings)",
    )


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator", add_help=False)
    parser.add_argument("plan", nargs="?", type=Path)
    parser.add_argument("--language", type=_content_languages, default=None)
    parser.add_argument("--ui-language", choices=LANGUAGES, default=None)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the windows, run through the first steps, close and exit 0 (packaging checks)",
    )
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="open the windows, paint them once and exit 0 (the start-up benchmark)",
    )
    return parser


REPLACE_HELP = "replace the file if it exists already (never a folder, a device or a pipe)"


def _file_name(text: str) -> Path:
    """A file to write: an empty name (``--out ''``) is refused, not taken as the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("no file name given")
    return Path(text)


def _content_languages(text: str) -> str:
    """``en``, ``ru``, ``kk`` or a pair such as ``kk+ru`` (checked, normalised)."""
    try:
        return "+".join(parse_languages(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help", "--version"}):
        start_gc.release()  # a command may run long: the collector as always
        return _run_command(args)
    start_gc.hold()  # until the console takes keys (facilitator/start_gc.py)
    try:
        return _open_app(args)
    finally:
        start_gc.release()  # whatever happened: never held once the app has returned


def _open_app(args: list[str]) -> int:
    app_args, unknown = build_app_parser().parse_known_args(args)
    if unknown:
        build_parser().error(f"unrecognized arguments: {' '.join(unknown)}")
    from facilitator.app import run_app
    from facilitator.sessions.errors import StoreError

    try:
        return run_app(
            app_args.plan,
            language=app_args.language,
            smoke_test=bool(app_args.smoke_test),
            ui_language=app_args.ui_language,
            quit_when_shown=bool(app_args.quit_when_shown),
        )
    except StoreError as exc:  # e.g. a data folder that cannot be made (a read-only drive)
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1


def _run_command(args: list[str]) -> int:
    parsed = build_parser().parse_args(args)
    try:
        return _run_handler(parsed)
    finally:  # whatever the command did: changes a crash left and SQLite dropped are said once
        from facilitator.command_messages import said_if_changes_lost

        said_if_changes_lost()


def _run_handler(parsed: argparse.Namespace) -> int:
    from facilitator import commands, programme_commands
    from facilitator.commands import NoAnswer
    from facilitator.export.detection import DetectionFailed
    from facilitator.security.keys import KeyFileError, WrongPassphrase
    from facilitator.sessions.atomic import WriteFailed
    from facilitator.sessions.codec import UnreadableData
    from facilitator.sessions.errors import InvalidFile
    from facilitator.sessions.store import StoreError

    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("anonymize", None): commands.anonymize,
        ("export", None): commands.export_report,
        ("slides", None): commands.slides,
        ("planner", None): commands.planner,
        ("passphrase", "set"): commands.passphrase_set,
        ("passphrase", "change"): commands.passphrase_change,
        ("data", "delete-all"): commands.data_delete_all,
        ("plans", "list"): commands.plans_list,
        ("plans", "validate"): commands.plans_validate,
        ("sessions", "list"): commands.sessions_list,
        ("sessions", "export-json"): commands.sessions_export,
        ("sessions", "import"): commands.sessions_import,
        ("sessions", "delete"): commands.sessions_delete,
        ("cues", "list"): commands.cues_list,
        ("cues", "validate"): commands.cues_validate,
        ("referrals", "list"): commands.referrals_list,
        ("referrals", "import"): commands.referrals_import,
        ("referrals", "export"): commands.referrals_export,
        ("referrals", "handout"): commands.referrals_handout,
        ("programme", "codes"): programme_commands.codes,
        ("programme", "regions"): programme_commands.regions,
        ("programme", "encryption"): programme_commands.encryption,
        ("programme", "export"): programme_commands.export,
        ("programme", "merge"): programme_commands.merge,
    }
    try:
        status = handlers[(parsed.command, getattr(parsed, "action", None))](parsed)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return status
    except InvalidFile as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        return 1
    except (WrongPassphrase, DetectionFailed) as exc:  # a name finder's worker killed: said, no file
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        from facilitator.command_messages import what_to_do

        print(f"facilitator: {what_to_do(exc)}", file=sys.stderr)
        return 1
    except (WriteFailed, UnreadableData, KeyFileError) as exc:
        import errno

        lost_race = isinstance(exc, WriteFailed) and exc.errno == errno.EEXIST and hasattr(parsed, "force")
        hint = ". Choose another file, or add --force to replace it" if lost_race else ""  # made meanwhile
        print(f"facilitator: {exc}{hint}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except OSError as exc:  # the last net: a folder that cannot be made, a file in the way
        where = f"cannot use {exc.filename}: " if exc.filename else ""
        print(f"facilitator: {where}{exc.strerror or type(exc).__name__}", file=sys.stderr)
        return 1
    except (NoAnswer, EOFError) as exc:  # Ctrl+D at a question: as Ctrl+C, said on one line
        said = str(exc) if isinstance(exc, NoAnswer) else "no answer given (end of input); nothing was done"
        print(f"\nfacilitator: {said}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        return 130


def _quiet_stdout() -> None:
    """After a broken pipe: standard output points at nothing, so Python's last flush at exit
    cannot fail with "Broken pipe" on standard error."""
    import os

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
