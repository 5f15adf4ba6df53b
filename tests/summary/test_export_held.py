"""Saving a PDF over one another program holds open, as Windows refuses it (os.replace
raises PermissionError while a PDF viewer or a virus scanner has the file)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coachdesk.coaching.summary import SummaryRequest
from coachdesk.storage import JournalStore, files
from coachdesk.summary.export import ExportFailed, PdfOptions, export_pdf
from coachdesk.summary.gather import read_summary
from tests.platforms import assert_mode
from tests.summary.test_export import SINCE, UNTIL


def held(monkeypatch: pytest.MonkeyPatch, target: Path, times: int) -> None:
    real_replace = os.replace
    refused = [0]

    def replace(source: object, into: object) -> None:
        if Path(str(into)) == target and refused[0] < times:
            refused[0] += 1
            raise PermissionError(errno.EACCES, "Access is denied", str(into))
        real_replace(source, into)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_pause", lambda seconds: None)


def test_a_pdf_held_open_is_refused_clearly_and_left_as_it_was(
    qapp: object, filled: JournalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = read_summary(filled, SummaryRequest(SINCE, UNTIL), UNTIL)
    existing = tmp_path / "summary.pdf"
    existing.write_bytes(b"the earlier export")
    held(monkeypatch, existing, 100)
    with pytest.raises(ExportFailed, match="open in another program"):
        export_pdf(data, existing, PdfOptions())
    assert existing.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_a_pdf_held_for_a_moment_is_replaced_and_keeps_its_mode(
    qapp: object, filled: JournalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = read_summary(filled, SummaryRequest(SINCE, UNTIL), UNTIL)
    existing = tmp_path / "summary.pdf"
    existing.write_bytes(b"the earlier export")
    existing.chmod(0o640)  # shared with a group on purpose: a new export keeps that
    held(monkeypatch, existing, 2)
    assert export_pdf(data, existing, PdfOptions()) > 0
    assert existing.read_bytes().startswith(b"%PDF")
    assert_mode(existing, 0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
