import sys

from facilitator import start_gc

start_gc.hold()  # the collector waits until the console takes keys (or main lets it go)

from facilitator.cli import main  # noqa: E402

sys.exit(main())
