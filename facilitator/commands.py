"""What each ``facilitator`` sub-command does. Output is plain text, one record a line."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from facilitator.content import builtin_plan_files
from facilitator.paths import database_path, user_plans_dir
from facilitator.sessions.durations import format_minutes
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.session_file import export_session, import_session, read_session_file
from facilitator.sessions.store import Store


def plans_list(_: argparse.Namespace) -> int:
    files = builtin_plan_files() + sorted(user_plans_dir().glob("*.yaml"))
    status = 0
    for path in files:
        try:
            plan = load_plan(path).plan
        except InvalidFile as exc:
            print(
                f"{path}: invalid plan ({len(exc.errors)} errors); run: facilitator plans validate {path}",
                file=sys.stderr,
            )
            status = 1
            continue
        length = format_minutes(plan.planned_total)
        print(f"{plan.id}\t{plan.title}\t{plan.language}\t{length}\t{path}")
    return status


def plans_validate(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            loaded = load_plan(path)
        except InvalidFile as exc:
            for error in exc.errors:
                print(error)
            status = 1
            continue
        for warning in loaded.warnings:
            print(f"{warning} (warning)")
        print(
            f"{path}: ok ({len(loaded.plan.steps)} steps, {format_minutes(loaded.plan.planned_total)})",
            file=sys.stderr,
        )
    return status


def _open_store() -> Store:
    return Store.open(database_path())


def sessions_list(_: argparse.Namespace) -> int:
    store = _open_store()
    try:
        for info in store.sessions():
            when = datetime.fromtimestamp(info.created_wall).strftime("%Y-%m-%d %H:%M")
            state = "ended" if info.finished else "unfinished"
            print(f"{info.id}\t{when}\t{state}\t{info.plan_id}\t{info.plan_title}")
    finally:
        store.close()
    return 0


def sessions_export(args: argparse.Namespace) -> int:
    store = _open_store()
    try:
        export_session(store, args.id, args.out)
    finally:
        store.close()
    print(f"wrote {args.out} (SENSITIVE: raw notes, not anonymized)", file=sys.stderr)
    return 0


def sessions_import(args: argparse.Namespace) -> int:
    record = read_session_file(Path(args.file))
    store = _open_store()
    try:
        session_id = import_session(store, record)
    finally:
        store.close()
    print(session_id)
    return 0


def sessions_delete(args: argparse.Namespace) -> int:
    store = _open_store()
    try:
        info = store.session(args.id)
        if not args.yes and sys.stdin.isatty():
            answer = input(f'Delete session {info.id} ("{info.plan_title}") and all its notes? [y/N] ')
            if answer.strip().lower() not in {"y", "yes"}:
                print("nothing deleted", file=sys.stderr)
                return 1
        store.delete_session(info.id)
    finally:
        store.close()
    print(f"deleted session {args.id}", file=sys.stderr)
    return 0
