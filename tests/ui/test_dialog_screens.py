"""Every question asked at start-up opens on the laptop, centred, even with the mouse pointer on
the projector (blind drive: the passphrase, unlock and "already open" boxes opened over the
projected title). Runs tests/helpers/dialog_screens.py on two named offscreen screens."""

import json

from tests.helpers.processes import run_on_screens

LAPTOP = (0, 0, 1366, 768)  # tests/helpers/laptop.json


def test_start_up_dialogs_open_centred_on_the_laptop_with_the_pointer_on_the_projector() -> None:
    result = run_on_screens(["tests.helpers.dialog_screens"], "laptop.json", timeout=60)
    assert result.returncode == 0, result.stderr
    placed = json.loads(result.stdout.strip().splitlines()[-1])
    assert placed.pop("pointer_on") == "Projector"
    assert len(placed) == 9 and None not in placed.values(), placed
    for name, where in placed.items():
        x, y, width, height = where["geometry"]
        assert where["screen"] == "Laptop", name
        assert x >= 0 and y >= 0 and x + width <= LAPTOP[2] and y + height <= LAPTOP[3], name
        assert abs(x + width / 2 - LAPTOP[2] / 2) <= 1 and abs(y + height / 2 - LAPTOP[3] / 2) <= 1, name
