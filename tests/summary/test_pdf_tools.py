"""The PDF tests skip without poppler-utils on a developer's machine, and fail under CI."""

from __future__ import annotations

from tests.summary.pdf_tools import missing_tools

WHY = "needs qpdf (poppler-utils, qpdf: .ci/run installs them)"


def without_qpdf(tool: str) -> str | None:
    return None if tool == "qpdf" else f"/usr/bin/{tool}"


def test_every_tool_there_asks_for_nothing() -> None:
    assert missing_tools(("pdftotext",), {}, without_qpdf) is None
    assert missing_tools(("pdftotext",), {"CI": "1"}, without_qpdf) is None


def test_a_missing_tool_skips_on_a_developers_machine() -> None:
    assert missing_tools(("pdftotext", "qpdf"), {}, without_qpdf) == (False, WHY)
    assert missing_tools(("qpdf",), {"CI": ""}, without_qpdf) == (False, WHY)


def test_a_missing_tool_fails_under_ci() -> None:
    assert missing_tools(("pdftotext", "qpdf"), {"CI": "true"}, without_qpdf) == (True, WHY)
