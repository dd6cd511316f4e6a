"""Write the programme's XLSForm (facilitator/content/programme/session-summary.xlsx) from
facilitator/programme/xlsform.py. Run after changing the form; a test checks the shipped file
holds the same rows (tests/programme/test_odk.py).

    .venv/bin/python scripts/make_xlsform.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # a dev tool: openpyxl is not needed at run time

from facilitator.programme.xlsform import FORM_FILE, sheets


def main() -> None:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets().items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    book.save(FORM_FILE)
    print(f"wrote {FORM_FILE}")


if __name__ == "__main__":
    main()
