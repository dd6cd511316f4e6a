from facilitator.screens import ScreenInfo, choose_audience_screen

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1366, 768, is_primary=True)
PROJECTOR = ScreenInfo("HDMI-1", 1366, 0, 1024, 768)
TV = ScreenInfo("DP-2", 2390, 0, 1920, 1080)


def test_one_screen_means_rehearsal_mode() -> None:
    assert choose_audience_screen([LAPTOP], LAPTOP) is None


def test_the_audience_never_goes_on_the_console_screen() -> None:
    assert choose_audience_screen([LAPTOP, PROJECTOR], LAPTOP) == PROJECTOR
    assert choose_audience_screen([PROJECTOR, LAPTOP], PROJECTOR) == LAPTOP


def test_the_remembered_projector_wins_over_the_largest_screen() -> None:
    assert choose_audience_screen([LAPTOP, PROJECTOR, TV], LAPTOP) == TV
    assert choose_audience_screen([LAPTOP, PROJECTOR, TV], LAPTOP, remembered="HDMI-1") == PROJECTOR


def test_screens_with_the_same_name_are_told_apart_by_geometry() -> None:
    first = ScreenInfo("screen", 0, 0, 1280, 800, is_primary=True)
    second = ScreenInfo("screen", 0, 0, 1920, 1080)
    assert choose_audience_screen([first, second], first) == second
