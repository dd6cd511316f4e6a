from facilitator.screens import ScreenInfo, centred_on, choose_audience_screen, laptop_screen

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


def test_a_dialog_with_no_window_behind_it_is_centred_on_the_laptop_whatever_the_pointer() -> None:
    """The laptop is the console's screen (the primary), also when the projector is listed first
    and is larger; where the pointer is plays no part."""
    laptop = ScreenInfo("eDP-1", 0, 0, 1366, 768, is_primary=True)
    projector = ScreenInfo("HDMI-1", 1366, 0, 1920, 1080)
    assert laptop_screen([projector, laptop]) == laptop
    assert centred_on(laptop, 500, 120) == (433, 324)
    assert centred_on(ScreenInfo("left", -1366, 0, 1366, 768, True), 500, 120) == (-933, 324)
    assert centred_on(laptop, 2000, 900) == (0, 0)  # larger than the screen: its corner, not off it
    assert laptop_screen([]) is None
