"""Words shared by the window and the PDF (QtCore only): stage names, insight sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from coachdesk.charts import number
from coachdesk.coaching.insights import (
    AttentionShift,
    CommitmentsKept,
    EnergyTrend,
    Observation,
    StressPeak,
    TurningStage,
)


def stage_label(stage: str) -> str:
    """The translated name of a deal stage key."""
    labels = {
        "prospecting": QCoreApplication.translate("stages", "Prospecting"),
        "discovery": QCoreApplication.translate("stages", "Discovery"),
        "demo": QCoreApplication.translate("stages", "Demo"),
        "proposal": QCoreApplication.translate("stages", "Proposal"),
        "negotiation": QCoreApplication.translate("stages", "Negotiation"),
        "closing": QCoreApplication.translate("stages", "Closing"),
        "after-sale": QCoreApplication.translate("stages", "After the sale"),
    }
    return labels.get(stage, stage)


class InsightWords(QObject):
    """Observations as calm sentences; the insights page and the PDF say them alike."""

    def word(self, observation: Observation) -> str:
        """One observation as a calm sentence in the user's language."""
        # Plurals need self.tr: pyside6-lupdate marks only its %n strings as numerus.
        match observation:
            case StressPeak():
                text = self.tr(
                    "Your stress is highest on %1s (%2 against %3 on average, over %n weeks).",
                    "%1 is a weekday (Sunday); the English plural just adds an s",
                    observation.weeks,
                )
                day = QLocale().dayName(observation.weekday + 1)
                values = [day, number(observation.mean), number(observation.overall)]
            case EnergyTrend() if observation.rising:
                text = self.tr(
                    "Your energy went up over the last %n weeks, from %1 to %2.",
                    "",
                    observation.weeks,
                )
                values = [number(observation.start), number(observation.end)]
            case EnergyTrend():
                text = self.tr(
                    "Your energy went down over the last %n weeks, from %1 to %2.",
                    "",
                    observation.weeks,
                )
                values = [number(observation.start), number(observation.end)]
            case AttentionShift() if observation.toward_target:
                text = self.tr(
                    "Your attention moved toward the target over the last %n weeks: from %1"
                    " to %2, where 0 is all on the customer and 100 all on the target.",
                    "",
                    observation.weeks,
                )
                values = [number(observation.start, 0), number(observation.end, 0)]
            case AttentionShift():
                text = self.tr(
                    "Your attention moved toward the customer over the last %n weeks: from %1"
                    " to %2, where 0 is all on the customer and 100 all on the target.",
                    "",
                    observation.weeks,
                )
                values = [number(observation.start, 0), number(observation.end, 0)]
            case TurningStage():
                text = self.tr(
                    "Deals turned most often at this stage: %1 (%2 of %n debriefs).",
                    "",
                    observation.total,
                )
                values = [stage_label(observation.stage), str(observation.count)]
            case CommitmentsKept() if observation.let_go:
                text = self.tr(
                    "You closed %n commitments: %1 done, %2 let go.",
                    "",
                    observation.closed,
                )
                values = [str(observation.kept), str(observation.let_go)]
            case CommitmentsKept():
                text = self.tr(
                    "You closed %n commitments, all of them done.", "", observation.closed
                )
                values = []
        for index, value in enumerate(values, start=1):
            text = text.replace(f"%{index}", value)
        return text
