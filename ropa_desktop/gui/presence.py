"""Who else has the register open: the sentence for the info bar at the top of the window."""

from __future__ import annotations

from typing import Any

from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.when import local_time


def presence_text(others: list[dict[str, Any]]) -> str:
    """One sentence naming the first other program, and how many more; '' when alone."""
    if not others:
        return ""
    first = others[0]
    if len(others) == 1:
        text = tr("This register is also open by %1 on %2 since %3. You can both work: if you both change "
                  "the same item, the second save is refused and you are asked to reload.")
    else:
        text = tr("This register is also open by %1 on %2 since %3, and by %4 more. You can all work: if two "
                  "of you change the same item, the second save is refused and that person is asked to "
                  "reload.").replace("%4", str(len(others) - 1))
    return (text.replace("%1", str(first.get("user") or "?")).replace("%2", str(first.get("host") or "?"))
            .replace("%3", local_time(str(first.get("started_at") or ""))))
