"""The sidebar and the toolbar show one icon set, drawn in the palette's text colour: dark strokes on a
light palette, light strokes on a dark one (the system's dark mode), so both stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette

from ropa_desktop.gui.icon_set import ACTION_ICONS, PAGE_ICONS, themed_icon
from ropa_desktop.gui.main_window import MainWindow


def _stroke_lightness(image: QImage) -> float:
    """The mean lightness (0–255) of the icon's visible pixels."""
    values = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    visible = [c.lightness() for c in values if c.alpha() > 128]
    assert visible, "the icon draws nothing"
    return sum(visible) / len(visible)


def _palette(window_color: str, text_color: str) -> QPalette:
    palette = QPalette(QColor(window_color))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text_color))
    palette.setColor(QPalette.ColorRole.Text, QColor(text_color))
    return palette


def test_every_page_in_the_sidebar_has_an_icon_that_follows_light_and_dark_palettes(window: MainWindow) -> None:
    window.setPalette(_palette("#f5f5f5", "#1e1e1e"))
    icons = [window.sidebar.item(row).icon() for row in range(window.sidebar.count())]
    assert all(not icon.isNull() for icon in icons)
    light = [_stroke_lightness(icon.pixmap(20).toImage()) for icon in icons]

    window.setPalette(_palette("#202124", "#e8eaed"))  # as the system's dark mode sets it
    dark = [_stroke_lightness(window.sidebar.item(row).icon().pixmap(20).toImage())
            for row in range(window.sidebar.count())]

    assert max(light) < 90 and min(dark) > 165
    assert window.sidebar.iconSize().height() >= 20


def test_the_toolbar_shows_the_same_icon_set_as_the_sidebar(window: MainWindow) -> None:
    by_action = {id(action): attr for attr, action in vars(window.actions_).items()}
    shown = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert shown and all(id(a) in by_action and by_action[id(a)] in ACTION_ICONS for a in shown)
    palette = window.palette()
    for action in shown:
        expected = themed_icon(ACTION_ICONS[by_action[id(action)]], palette).pixmap(20).toImage()
        assert action.icon().pixmap(20).toImage() == expected, by_action[id(action)]
    assert set(PAGE_ICONS) == {window.pages.key(row) for row in range(len(window.pages))}
