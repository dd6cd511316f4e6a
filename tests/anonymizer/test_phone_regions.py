"""Google's phone library is asked only in the regions where a run of digits could be a valid
number (patterns._regions_to_ask): the phones found must be exactly those found by asking every
region, for real numbers of every region and type, runs of random digits and runs beside text."""

import random

import phonenumbers
import pytest

from facilitator.anonymizer import patterns
from facilitator.anonymizer.patterns import REGIONS


def _every_region(window: str) -> tuple[tuple[int, int], ...]:
    return patterns._library_phones(window, REGIONS)


def _asked(window: str) -> tuple[tuple[int, int], ...]:
    regions = _regions_to_ask(window)
    return patterns._library_phones(window, regions) if regions else ()


_regions_to_ask = patterns._regions_to_ask


def _real_numbers() -> list[str]:
    """Example numbers of every type of every region (and of the other +7 region), as typed at home
    and with the country code, with and without separators."""
    found = []
    kinds = [value for name, value in vars(phonenumbers.PhoneNumberType).items() if name.isupper()]
    for region in REGIONS:
        for kind in kinds:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            digits = phonenumbers.national_significant_number(number)
            found += [national, digits, f"{number.country_code}{digits}", f"{number.country_code} {digits}"]
    return found


def _windows() -> list[str]:
    rng = random.Random(12)
    windows = []
    for number in _real_numbers():
        windows += [number, f"т {number}.", f"a {number} b"]
    separators = ["", " ", "-", ".", " - ", "(", ")"]
    for _ in range(500):
        length = rng.choice([7, 8, 9, 9, 10, 10, 11, 12, 14, 16])
        digits = "".join(rng.choice("0123456789") for _ in range(length))
        if rng.random() < 0.3:  # the beginnings numbers have at home and abroad
            digits = rng.choice(["8", "0", "9", "7", "996", "998", "992", "00", "810"]) + digits[2:]
        run = digits[0] + "".join(rng.choice(separators[:4]) + digit for digit in digits[1:])
        windows.append(rng.choice(["", ": ", "т ", "+ "]) + run + rng.choice(["", ".", " b", ", "]))
    return windows


@pytest.mark.parametrize("window", _windows())
def test_asking_fewer_regions_finds_the_same_phones(window: str) -> None:
    assert _asked(window) == _every_region(window)


def test_the_condition_lets_real_numbers_through_and_stops_most_random_runs() -> None:
    assert all(_regions_to_ask(number) for number in _real_numbers() if len(number.replace(" ", "")) >= 9)
    assert _regions_to_ask("12-34-567") == ()  # 7 digits: no valid number at home
    assert _regions_to_ask("0098 1234") == REGIONS  # abroad: read everywhere
    asked = sum(len(_regions_to_ask(window)) for window in _windows())
    assert asked < 0.8 * len(REGIONS) * len(_windows())
