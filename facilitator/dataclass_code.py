"""The methods Python writes for each dataclass, compiled once and kept, as Python keeps the
bytecode of modules.

``dataclasses`` writes the source of each dataclass's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` (and, frozen, ``__setattr__`` and ``__delattr__``) and compiles it every time the
class is made: 265 small compilations for the ≈ 48 dataclasses the app makes before its console
takes keys, 20–50 ms of the start by the machine's load, the largest part of making them. Here the
compiled code is kept in the data folder's cache, keyed by the exact source text and the exact
Python that compiled it: the same text gives the same code, so a class made from the kept code is
the one ``dataclasses`` would have made (its methods, their names, annotations and defaults; only
the compiling is skipped). A text not kept is compiled as before. The file holds nothing but the
code of those methods (field names of the app's own classes), public and safe to delete; a file
that does not read back, or from another Python, is ignored.

``install`` (before the app's modules are imported) has ``dataclasses`` compile through here;
``save`` keeps what this start compiled or used, once the app has its data folder to itself (the
smoke test's throwaway folder for a smoke test: the real one is then only read).
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

FORMAT = 1
_code: dict[str, CodeType] = {}
"""Compiled code by source text: what the file held, and what this process compiled."""
_used: set[str] = set()
"""The texts this process compiled or took from the file (kept by ``save``; the rest dropped)."""
_compiled = False
"""Whether this process compiled a text the file did not hold (``save`` writes only then)."""


def install(folder: Path) -> None:
    """Have ``dataclasses`` take the compiled code of its methods from ``folder`` (the data
    folder's cache; read now, written by ``save``). Once: a second call does nothing."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        return
    _code.update(_read(_file(folder)))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # shadows the builtin there alone


def _file(folder: Path) -> Path:
    return folder / f"dataclass-methods.{sys.implementation.cache_tag}.marshal"


def uninstall() -> None:
    """``dataclasses`` compiles on its own again (tests)."""
    global _compiled
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _compiled = False
    _code.clear()
    _used.clear()


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """``exec`` as ``dataclasses`` calls it, on kept code when the text was compiled before."""
    global _compiled
    if isinstance(source, str):
        code = _code.get(source)
        if code is None:
            # as ``exec`` compiles a text: named "<string>", with the caller's (``dataclasses``')
            # future features, which are none; never this module's
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _code[source] = code
            _compiled = True
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _read(path: Path) -> dict[str, CodeType]:
    """The kept code, or nothing if the file is missing, damaged or from another Python."""
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (FORMAT, sys.version)):
        return {}
    table = kept[2]
    if not isinstance(table, dict):
        return {}
    return {
        text: code for text, code in table.items() if isinstance(text, str) and isinstance(code, CodeType)
    }


def save(folder: Path) -> None:
    """Keep in ``folder`` the code of the texts this process used, if it compiled any that
    ``install`` did not find. A folder that cannot be written is no error: the next start
    compiles again."""
    if not _compiled:
        return
    kept = {text: _code[text] for text in _used}
    path = _file(folder)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((FORMAT, sys.version, kept)))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
