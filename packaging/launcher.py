"""Entry point of the bundled app (PyInstaller runs this file)."""

import sys

from facilitator.cli import main

sys.exit(main())
