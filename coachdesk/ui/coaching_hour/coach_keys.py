"""The coach view's own keys, named once.

The coach view binds them; Settings keeps the curtain key off them. They live here, not
in coach_view.py, because the coach view is loaded only when a session starts.
"""

from __future__ import annotations

from coachdesk.ui.common.shortcuts import keys_for

# From the one table of keys (macOS has its own for a few: ui/common/shortcuts.py).
NEXT_ITEM = keys_for("coach_next_item")
PREVIOUS_ITEM = keys_for("coach_previous_item")
NEXT_QUESTION = keys_for("coach_next_question")
PREVIOUS_QUESTION = keys_for("coach_previous_question")
PAUSE_REFLECTION = keys_for("coach_pause")
ZOOM_IN = keys_for("coach_zoom_in")
ZOOM_OUT = keys_for("coach_zoom_out")
CONTRAST = keys_for("coach_contrast")
END_SESSION = keys_for("coach_end")

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
