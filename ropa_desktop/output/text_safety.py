"""Register texts made safe to show in a document: bidirectional controls made visible.

A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) or an isolate such as U+2067 makes a
viewer draw the text that follows it in another order than it is stored: "Kunder
\u202egnirötnevni" reads as something else than it says, and a notice or register could show
the reader a text other than the one the DPO recorded. Every document (HTML and PDF notice,
PDF and Excel register) passes its register texts through :func:`visible_controls`, which
shows each such control as its code point, e.g. ``⟨U+202E⟩``: the text's order on the page
is the order it is stored in, and the reader sees that something was there.

Shown, not dropped: a DPO who finds ``⟨U+202E⟩`` in an export can find and fix the text in
the register; a silently cleaned export would hide that the register holds it.
"""

from __future__ import annotations

import re

# The embedding and override controls (U+202A–U+202E) and the isolates (U+2066–U+2069).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def shown_control(char: str) -> str:
    """How a bidi control is shown in a document: its code point between angle brackets."""
    return f"⟨U+{ord(char):04X}⟩"


def visible_controls(text: str) -> str:
    """``text`` with every bidi embedding, override or isolate control shown as ``⟨U+XXXX⟩``."""
    # Nearly every text has none and is returned as it is. A short text (a cell, a name) is
    # scanned fastest by one character class; a long one by nine substring scans (C's fast
    # search), which cost far less than the character class over thousands of characters.
    if not text:
        return text
    if len(text) < 256:
        if _ANY_CONTROL.search(text) is None:
            return text
    elif not any(control in text for control in BIDI_CONTROLS):
        return text
    return text.translate(_SHOWN)


_ANY_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SHOWN = {ord(control): shown_control(control) for control in BIDI_CONTROLS}
