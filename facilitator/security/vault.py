"""Where the key file lives, and opening the store with the facilitator's passphrase."""

from __future__ import annotations

import os
import time
from contextlib import suppress
from pathlib import Path

from facilitator.paths import data_dir, database_path
from facilitator.security import keys
from facilitator.security.cipher import AesGcmCodec
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.journal_rescue import RECOVERED_FOLDER
from facilitator.sessions.reserve import RESERVE_NAME
from facilitator.sessions.store import KEY_FILE_NAME, Store, open_database


def keyfile_path() -> Path:
    return data_dir() / KEY_FILE_NAME


def has_passphrase() -> bool:
    return keyfile_path().exists()


def check_key() -> None:
    """Refuse (``KeyFileError``) when the key file is gone but encrypted notes are still here.

    A new key would not open them, and the app would fail on them later: say so now, once.
    """
    if has_passphrase() or not database_path().exists():
        return
    store = open_database(database_path())
    try:
        held = store.encrypted_rows()
    finally:
        store.close()
    if held:
        raise keys.missing(keyfile_path(), held)


def set_up(passphrase: str, n: int = keys.SCRYPT_N) -> AesGcmCodec:
    """First start: create the key; notes written before (plain) are encrypted on the next open.

    Refused when encrypted notes remain from a key file that is now missing (``check_key``).
    """
    check_key()
    return AesGcmCodec(keys.create(keyfile_path(), passphrase, n))


def unlock(passphrase: str) -> AesGcmCodec:
    """The encrypting codec, or ``keys.WrongPassphrase`` (nothing changed)."""
    return AesGcmCodec(keys.unlock(keyfile_path(), passphrase))


def check_store_key(store: Store, codec: AesGcmCodec) -> None:
    """Refuse (``KeyFileError``, problem ``foreign``) a key that does not open this store's notes,
    before anything is written with it (every note would show as damaged, and new ones would be
    written with a key the others do not share); the right key is remembered in the store (a
    store made by an earlier version gets its key record the first time it opens)."""
    from facilitator.sessions.errors import StoreError

    if not store.key_fits(codec):
        raise keys.foreign(keyfile_path())
    with suppress(StoreError):  # a full disk: remembered at a later start
        store.remember_key(codec)


def open_store(codec: AesGcmCodec) -> Store:
    """The store with notes encrypted, any plain notes from before encrypted now; ``KeyFileError``
    (nothing changed) when the key is not this data folder's (``check_store_key``)."""
    store = open_database(database_path())
    try:
        check_store_key(store, codec)
    except BaseException:
        store.close()
        raise
    store.set_codec(codec)
    store.encrypt_plain_rows()  # read-only (a full disk): done at a later start
    return store


def delete_all_data() -> None:
    """Destroy the key (nothing encrypted can be read again), then remove the database files (and
    the space the app kept aside beside them).

    Also destroys what a killed ``passphrase change`` left (``.key.json.*.tmp``: a wrapped key).
    A folder that cannot be changed is refused before anything is touched (``WriteFailed``).
    """
    folder = data_dir()
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteFailed(f"cannot delete anything in {folder}: the folder is read-only; nothing was deleted")
    try:
        destroy_leftover_keys(older_than=0)
        _delete_all(folder)
    except OSError as exc:
        raise WriteFailed(f"cannot delete {exc.filename or folder}: {exc.strerror}") from None


def destroy_leftover_keys(older_than: float = 60.0) -> int:
    """Destroy the ``.key.json.*.tmp`` a killed ``passphrase change`` left (each a wrapped key);
    returns how many. Only those older than ``older_than`` seconds: a younger one may be a change
    being written right now, about to become key.json. ``OSError`` when one cannot be removed."""
    now = time.time()
    destroyed = 0
    for leftover in sorted(data_dir().glob(f".{keyfile_path().name}.*.tmp")):
        try:
            if now - leftover.stat().st_mtime < older_than:
                continue
            keys.destroy(leftover)
        except FileNotFoundError:
            continue  # renamed into place or removed meanwhile
        destroyed += 1
    return destroyed


def _delete_all(folder: Path) -> None:
    keys.destroy(keyfile_path())
    database = database_path()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    kept = database.parent / RECOVERED_FOLDER  # -wal files a crash left damaged (encrypted notes)
    if kept.is_dir() and not kept.is_symlink():
        for copy in kept.iterdir():
            copy.unlink()
        kept.rmdir()
    (folder / "settings.json").unlink(missing_ok=True)
    reserve = folder / RESERVE_NAME  # zeros only, but the app's: nothing of it stays behind
    if reserve.is_file() or reserve.is_symlink():
        reserve.unlink()
    Path(f"{reserve}.partial").unlink(missing_ok=True)
