"""Every shortcut's keys, by name, for the system coachdesk runs on: the one place they live.

On Linux and Windows the keys are DESIGN.md's. Qt already reads "Ctrl" as Cmd on macOS
(and "Meta" as the Control key), so most keys need nothing more there. A few do, because
macOS takes them or gives them another meaning:

- Cmd+H hides the app (the system's Hide), so This week is Cmd+Shift+H.
- Option+Left/Right jump a word in a text field (the answer has focus while answering),
  so back and forth are Cmd+[ and Cmd+], the Mac's own Back and Forward.
- Cmd+Shift+Y is the system's "Make New Sticky Note" service: the story bank is Cmd+Shift+B.
- F1, F2 and F9 need fn on a Mac keyboard (the top row is brightness, volume, media), and
  there is no Delete key (only fn+Backspace): each gets a Cmd key as well, or instead.
- Cmd+? opens the Help menu's search on macOS: the list of shortcuts is Cmd+/.

No Qt is imported here: settings.py reads the curtain's default without loading QtGui.
"""

from __future__ import annotations

import sys

KeyTable = dict[str, tuple[str, ...]]

# Linux and Windows (DESIGN.md); the names are those of the action table and the coach view.
STANDARD: KeyTable = {
    # The journal window (ui/journal/journal_actions.py).
    "new": ("Ctrl+N",),
    "open": ("F2",),
    "details": ("Ctrl+T",),
    "delete": ("Del",),
    "attach": ("Ctrl+Shift+A",),
    "check_in": ("Ctrl+K",),
    "commit": ("Ctrl+Shift+N",),
    "export_pdf": ("Ctrl+E",),
    "lock": ("Ctrl+L",),
    "settings": ("Ctrl+,",),
    "quit": ("Ctrl+Q",),
    "search": ("Ctrl+F",),
    "filters": ("Ctrl+Shift+F",),
    "on_this_day": ("Ctrl+D",),
    "journal": ("Ctrl+J",),
    "this_week": ("Ctrl+H",),
    "insights": ("Ctrl+I",),
    "stories": ("Ctrl+Shift+Y",),
    "deals": ("Ctrl+Shift+D",),
    "larger_text": ("Ctrl++", "Ctrl+="),
    "smaller_text": ("Ctrl+-",),
    "normal_text": ("Ctrl+0",),
    "back": ("Esc",),
    "next": ("Ctrl+Enter", "Ctrl+Return"),  # Enter first: what the hint says
    "previous": ("Alt+Left",),
    "later": ("Esc",),
    "coach_session": ("Ctrl+Shift+S",),
    "shortcuts": ("F1",),
    # The coach view (ui/coaching_hour/coach_keys.py).
    "coach_next_item": ("Alt+Right", "PgDown"),
    "coach_previous_item": ("Alt+Left", "PgUp"),
    "coach_next_question": ("Ctrl+Enter", "Ctrl+Return"),
    "coach_previous_question": ("Alt+Left",),
    "coach_pause": ("Esc",),
    "coach_zoom_in": ("Ctrl++", "Ctrl+="),
    "coach_zoom_out": ("Ctrl+-",),
    "coach_contrast": ("Ctrl+Shift+H",),
    "coach_end": ("Ctrl+Shift+S",),
    # The privacy curtain's default (a setting; the user may choose another key).
    "curtain": ("F9",),
}

# macOS: only what differs ("Ctrl" is Cmd there). The first key is the one hints show.
MACOS: KeyTable = {
    "open": ("Ctrl+O", "F2"),
    "next": ("Ctrl+Return", "Ctrl+Enter"),  # Return (↩) first: the Mac's main key
    "coach_next_question": ("Ctrl+Return", "Ctrl+Enter"),
    "delete": ("Ctrl+Backspace", "Del"),
    "this_week": ("Ctrl+Shift+H",),
    "stories": ("Ctrl+Shift+B",),
    "previous": ("Ctrl+[",),
    "shortcuts": ("Ctrl+/", "F1"),
    "coach_next_item": ("Ctrl+]", "PgDown"),
    "coach_previous_item": ("Ctrl+[", "PgUp"),
    "coach_previous_question": ("Ctrl+[",),
    "curtain": ("Ctrl+.",),  # Cmd+. is the Mac's "stop"; F9 would need fn
}


def shortcut_keys(platform: str | None = None) -> KeyTable:
    """The keys of every shortcut on `platform` (sys.platform's spelling; this system's
    when None), in Qt's portable notation."""
    table = dict(STANDARD)
    if (platform or sys.platform) == "darwin":
        table.update(MACOS)
    return table


def keys_for(name: str, platform: str | None = None) -> tuple[str, ...]:
    """The keys of one shortcut."""
    return shortcut_keys(platform)[name]


def key_text(name: str) -> str:
    """How this system writes the shortcut's first key ("Ctrl+N" here, "⌘N" on a Mac),
    for hints and tooltips: never a spelling written into a sentence."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(keys_for(name)[0]).toString(QKeySequence.SequenceFormat.NativeText)
