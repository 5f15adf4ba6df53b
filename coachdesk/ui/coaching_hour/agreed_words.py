"""An agreement in words: what, by when, and what became of it (prep dialog, coach view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.ui.common.formatting import short_date


def agreed_line(commitment: Commitment) -> str:
    """'Call Jan — by Fri 18 Dec', or only the words when there is no due date."""
    if commitment.due is None:
        return commitment.text
    line = QCoreApplication.translate("CoachView", "%1 — by %2")
    return line.replace("%1", commitment.text).replace("%2", short_date(commitment.due))


def fate_words(commitment: Commitment) -> str:
    """'Done: he signed', 'Let go', 'Open, due Fri 18 Dec': where an agreement stands,
    in words (never colour alone), with what happened when the user said."""
    translate = QCoreApplication.translate
    outcome = commitment.outcome.strip()
    if commitment.state is CommitmentState.DONE:
        if outcome:
            return translate("LastTime", "Done: %1").replace("%1", outcome)
        return translate("LastTime", "Done")
    if commitment.state is CommitmentState.LET_GO:
        if outcome:
            return translate("LastTime", "Let go: %1").replace("%1", outcome)
        return translate("LastTime", "Let go")
    if commitment.due is not None:
        return translate("LastTime", "Open, due %1").replace("%1", short_date(commitment.due))
    return translate("LastTime", "Open")


def fate_line(commitment: Commitment) -> str:
    """'Call Jan — Done: he signed': the agreement and where it stands, on one line."""
    line = QCoreApplication.translate("LastTime", "%1 — %2")
    return line.replace("%1", commitment.text).replace("%2", fate_words(commitment))


def due_words(commitment: Commitment) -> str:
    """'Due Fri 18 Dec', or 'No due date': a commitment on the coach's screen."""
    if commitment.due is None:
        return QCoreApplication.translate("CoachView", "No due date")
    due = QCoreApplication.translate("CoachView", "Due %1")
    return due.replace("%1", short_date(commitment.due))
