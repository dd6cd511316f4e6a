"""Rebuild the bundle's ICU data library with only what the app's languages use.

    python packaging/trim_icu.py dist/facilitator/_internal/PySide6/Qt/lib/libicudata.so.73

Qt's ICU data (libicudata, ≈ 31 MB) holds the locale data of every language ICU knows. Qt uses ICU
for collation, case mapping, time-zone names and text codecs; the app's languages are English,
Russian and Kazakh. This keeps every item that is not tied to one locale (the root locale, the
collation base table, normalization, properties, converters, break rules and dictionaries, time
zones, the shared string pools), keeps the en, ru and kk locales in every tree, and drops the other
languages' locales (ICU falls back to the root locale for them) and transliteration (Qt never asks
for a transliterator). The data is taken out of the library, trimmed with ICU's ``icupkg``,
turned back into assembly with ``genccode`` and linked as a library with the same soname and
symbol. Needs icu-devtools (icupkg, genccode) and a C compiler; without them the library is left
as it is (said on stderr).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "ru", "kk")
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
"""A locale's item: ``ru.res``, ``en_GB.res``, ``coll/de__PHONEBOOK.res`` (``root`` and ``pool``
are not matched: they are kept)."""


def dropped(item: str) -> bool:
    """Whether the item (a path inside the ICU package) is left out."""
    if item.startswith("translit/"):
        return True
    match = LOCALE_ITEM.match(item.rsplit("/", 1)[-1])
    return match is not None and match.group(1) not in KEPT_LANGUAGES


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the data blob the library exports (``icudtNN_dat``)."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    )
    for line in symbols.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            address, size = int(fields[1], 16), int(fields[2], 0)
            sections = subprocess.run(
                ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
            )
            for section in sections.stdout.splitlines():
                parts = section.replace("[ ", "[").split()
                if len(parts) > 5 and parts[1] == ".rodata":
                    section_address, offset = int(parts[3], 16), int(parts[4], 16)
                    return fields[7], offset + address - section_address, size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def trim(library: Path) -> tuple[int, int]:
    """Replace ``library`` with the trimmed one; (bytes before, bytes after)."""
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the items' prefix inside the package
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / f"{package}.dat"
        with library.open("rb") as source:
            source.seek(offset)
            data.write_bytes(source.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(data)], capture_output=True, text=True, check=True
        ).stdout.split()
        removed = [item for item in items if dropped(item)]
        (work / "removed.txt").write_text("\n".join(removed) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "removed.txt"), str(data)], check=True)
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", symbol.removesuffix("_dat"), "-d", str(work), str(data)],
            check=True,
        )
        assembly = next(work.glob("*.S"))
        built = work / library.name
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-Wl,-z,noexecstack",
                "-o",
                str(built),
                str(assembly),
            ],
            check=True,
        )
        subprocess.run(["strip", "--strip-unneeded", str(built)], check=True)
        shutil.copyfile(built, library)
    return before, library.stat().st_size


def main() -> int:
    library = Path(sys.argv[1])
    missing = [
        tool for tool in ("icupkg", "genccode", "cc", "readelf", "strip") if shutil.which(tool) is None
    ]
    if missing:
        print(
            f"trim_icu: {', '.join(missing)} not found: {library.name} left whole "
            "(apt-get install icu-devtools)",
            file=sys.stderr,
        )
        return 0
    before, after = trim(library)
    print(
        f"trim_icu: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
        f"(locales kept: {', '.join(KEPT_LANGUAGES)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
