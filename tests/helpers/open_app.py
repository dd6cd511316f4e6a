"""The real app on $FACILITATOR_DATA_DIR with its questions answered (passphrase given, no resume);
prints "open PID" once the console and the projector are up (and the space kept aside beside the
database made and the disclosure list read, which the app does right after), then runs until it is killed.

    python -m tests.helpers.open_app
"""

from __future__ import annotations

import os
import sys

from facilitator.aids.disclosure import prepare as prepare_disclosure_words
from facilitator.cli import main
from facilitator.ui import dialogs, launch

PASSPHRASE = "a passphrase for process tests"


def _open_and_say(self: launch.Launcher, *args, original=launch.Launcher.open, **kwargs) -> bool:  # type: ignore[no-untyped-def]
    opened = original(self, *args, **kwargs)  # as the app opens it (the previews drawn later)
    bridge = getattr(self, "bridge", None)
    if bridge is not None:  # what the app does just after: the data folder is settled when said
        bridge.make_reserve()
    prepare_disclosure_words()  # and the notes box reads its list (into the cache of checked files)
    print(f"open {os.getpid()}", flush=True)
    return bool(opened)


dialogs.ask_passphrase = lambda *_a, **_k: PASSPHRASE  # type: ignore[assignment]
dialogs.ask = lambda *_a: False  # type: ignore[assignment]
dialogs.tell = lambda _parent, title, text: print(f"told {title}: {text}", flush=True)  # type: ignore[assignment]
launch.Launcher.open = _open_and_say  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
