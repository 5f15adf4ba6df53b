"""The PDF tests read back what was written with poppler-utils and qpdf.

Without them a developer's run skips those tests and says why; under CI (CI set) they fail
instead, so that a CI image without the tools cannot pass by skipping every PDF test.
A module asks with `pytestmark = pytest.mark.pdf_tools("pdftotext", ...)` (conftest.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping


def missing_tools(
    tools: tuple[str, ...],
    env: Mapping[str, str],
    which: Callable[[str], str | None] = shutil.which,
) -> tuple[bool, str] | None:
    """None when every tool is there; else (fail?, why): fail under CI, skip elsewhere."""
    missing = [tool for tool in tools if which(tool) is None]
    if not missing:
        return None
    why = f"needs {', '.join(missing)} (poppler-utils, qpdf: .ci/run installs them)"
    return bool(env.get("CI")), why
