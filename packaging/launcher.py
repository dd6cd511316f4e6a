"""Entry point of the bundled app (PyInstaller runs this file)."""

import sys

if getattr(sys, "frozen", False):  # the review's name finder runs in a spawned worker process:
    import multiprocessing  # in the bundle, that worker starts this executable again, and

    multiprocessing.freeze_support()  # this runs the worker's job and exits instead of the app

from facilitator import start_gc

start_gc.hold()  # the collector waits until the console takes keys (or main lets it go)

from facilitator.cli import main  # noqa: E402

sys.exit(main())
