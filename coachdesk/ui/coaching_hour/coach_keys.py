"""The coach view's own keys, named once.

The coach view binds them; Settings keeps the curtain key off them. They live here, not
in coach_view.py, because the coach view is loaded only when a session starts.
"""

from __future__ import annotations

NEXT_ITEM = ("Alt+Right", "PgDown")
PREVIOUS_ITEM = ("Alt+Left", "PgUp")
NEXT_QUESTION = ("Ctrl+Return", "Ctrl+Enter")
PREVIOUS_QUESTION = ("Alt+Left",)
PAUSE_REFLECTION = ("Esc",)
ZOOM_IN = ("Ctrl++", "Ctrl+=")
ZOOM_OUT = ("Ctrl+-",)
CONTRAST = ("Ctrl+Shift+H",)
END_SESSION = ("Ctrl+Shift+S",)

ALL = (
    NEXT_ITEM
    + PREVIOUS_ITEM
    + NEXT_QUESTION
    + PREVIOUS_QUESTION
    + PAUSE_REFLECTION
    + ZOOM_IN
    + ZOOM_OUT
    + CONTRAST
    + END_SESSION
)
