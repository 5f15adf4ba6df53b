"""The PDF's "Where deals turned" splits each stage by how the deals ended, in words."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore
from tests.storage.test_journal_deals import debrief
from tests.summary.test_export import UNTIL, at, export, text_of

pytestmark = pytest.mark.pdf_tools("pdftotext")


def test_the_pdf_says_how_many_deals_were_won_lost_and_stalled_per_stage(
    qapp: object, store: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    flow = library.get("deal-debrief")
    assert flow is not None
    given = [("proposal", "lost")] * 3 + [("proposal", "won"), ("discovery", "stalled")]
    for i, (stage, outcome) in enumerate(given):
        made = at(UNTIL - timedelta(days=2 + i))
        store.add(debrief(flow, made, "", f"deal {i}", outcome, stage, "L"))
    target = tmp_path / "summary.pdf"
    export(store, target)
    text = " ".join(text_of(target).split())
    assert "Where deals turned" in text
    # The key names each part with its total; each stage says its own numbers in words.
    for said in (
        "won 1",
        "lost 3",
        "stalled 1",
        "Proposal",
        "1 won · 3 lost",
    ):
        assert said in text, said
    assert "Discovery" in text and "1 stalled" in text
    assert "open or not said" not in text  # no part without deals is named
