"""Question sets handed over as files: a coach's flow imported, any flow exported.

Only files: nothing is fetched. An imported flow is checked whole before it is kept, so a
bad file changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from coachdesk.coaching.flows import Flow, FlowFormatError, FlowLibrary, flow_to_toml, parse_flow
from coachdesk.storage.files import replaced_atomically

MAX_FLOW_BYTES = 256 * 1024  # a flow is a page of questions; anything larger is not one
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")  # it becomes a file name


class FlowImportError(ValueError):
    """The file cannot be imported; the message names the problem."""


def read_flow_file(path: Path, library: FlowLibrary) -> tuple[Flow, str]:
    """The flow in `path` and its text, checked against the flows already there."""
    try:
        if path.stat().st_size > MAX_FLOW_BYTES:
            raise FlowImportError(f"{path.name} is too large to be a question set")
        data = path.read_bytes()
    except OSError as error:
        raise FlowImportError(f"{path.name} cannot be read ({error.strerror})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FlowImportError(f"{path.name} is not a text file (TOML, UTF-8)") from None
    try:
        flow = parse_flow(text)
    except FlowFormatError as error:
        raise FlowImportError(f"{path.name}: {error}") from None
    if not _SAFE_ID.match(flow.id):
        raise FlowImportError(
            f"{path.name}: the flow id '{flow.id}' may hold only a-z, 0-9 and '-'"
        )
    if library.get(flow.id) is not None:
        raise FlowImportError(f"{path.name}: a question set with id '{flow.id}' already exists")
    taken = {f.title.casefold() for f in library.flows}
    if flow.title.casefold() in taken:
        raise FlowImportError(f"{path.name}: a question set titled '{flow.title}' already exists")
    return flow, text


def keep_flow(flow: Flow, text: str, folder: Path) -> Path:
    """Keep an imported flow in `folder` as it was written (comments and all); all or nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{flow.id}.toml"
    with replaced_atomically(target) as out:
        out.write(text)
    return target


def export_flow(flow: Flow, target: Path) -> None:
    """Write `flow` to `target` in the format the app reads."""
    with replaced_atomically(target) as out:
        out.write(flow_to_toml(flow))
