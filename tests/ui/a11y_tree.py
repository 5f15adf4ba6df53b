"""What a screen reader gets from a window: its tree of accessible objects, read as Orca
reads them (label, then name, once when they say the same), checked for silence and echo.

On Linux Qt names a combo box by its current text whatever its accessible name, so a combo
box is told apart only by a label tied to it (a QLabel buddy: AT-SPI's labelled-by).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
Text = QAccessible.Text

# Objects a user moves to or operates; their children (list items, a combo's popup) are
# the items of one control and are not walked.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.EditableText,
    Role.Slider,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTab,
    Role.Link,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.Chart,
}
HOLDS_ITEMS = {Role.List, Role.Table, Role.Tree, Role.ComboBox, Role.PageTabList, Role.MenuBar}
_ECHO = re.compile(r"\b(\w[\w'’]*(?:\s+\w[\w'’]*)*)[\s,.:]+\1\b", re.IGNORECASE)


@dataclass(frozen=True)
class Spoken:
    """One object as a screen reader presents it."""

    role: QAccessible.Role
    name: str
    label: str  # the text of the labels tied to it (AT-SPI labelled-by), if any
    description: str
    value: str
    focusable: bool
    interface: QAccessibleInterface

    @property
    def heard(self) -> str:
        """Label and name as Orca speaks them: one of the two when they say the same."""
        if not self.label:
            return self.name
        if not self.name:
            return self.label
        if _redundant(self.label, self.name):
            return self.name if len(self.name) >= len(self.label) else self.label
        return f"{self.label} {self.name}"

    @property
    def interactive(self) -> bool:
        """Something a user moves to with the keyboard or operates."""
        return self.role in INTERACTIVE or self.focusable

    def __str__(self) -> str:
        return f"{self.role.name} {self.heard!r}"


def _redundant(label: str, name: str) -> bool:
    # Orca's rule (speech_generator, _strings_are_redundant): contained in the other and
    # longer than three words, or at least 70% alike.
    longer = (label in name and len(label.split()) > 3) or (name in label and len(name.split()) > 3)
    return longer or SequenceMatcher(None, label.lower(), name.lower()).ratio() >= 0.7


def spoken(interface: QAccessibleInterface) -> Spoken:
    """`interface` as a screen reader presents it."""
    labels = interface.relations(QAccessible.RelationFlag.Label)
    label = " ".join(
        other.text(Text.Name) for other, _relation in labels if other is not None
    ).strip()
    return Spoken(
        interface.role(),
        interface.text(Text.Name).strip(),
        label,
        interface.text(Text.Description).strip(),
        interface.text(Text.Value).strip(),
        bool(interface.state().focusable),
        interface,
    )


def walk(root: QWidget) -> list[Spoken]:
    """Every object a screen reader meets below `root` (shown ones), in its order."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()
    found: list[Spoken] = []
    # Depth first with a stack, not a nested function: a closure that calls itself is a
    # reference cycle, which kept these wrappers of Qt's interfaces alive until the garbage
    # collector ran, after their widgets (and the interfaces) were gone: a crash later on.
    stack = [top]
    while stack:
        interface = stack.pop()
        if interface is not top:
            found.append(spoken(interface))
            if interface.role() in HOLDS_ITEMS:
                continue  # the items of one control
        children = [interface.child(i) for i in range(interface.childCount())]
        shown = [c for c in children if c is not None and c.isValid() and not c.state().invisible]
        stack.extend(reversed(shown))
    return found


def problems(root: QWidget) -> list[str]:
    """What a screen reader user would miss or hear twice below `root`: an interactive
    object that is silent, one whose label and name repeat ("Lock after Lock after idle
    minutes"), a combo box no label says the purpose of."""
    found = []
    for one in walk(root):
        if not one.interactive:
            continue
        if not one.heard:
            found.append(f"silent: {one.role.name} (description {one.description!r})")
        elif _ECHO.search(one.heard):
            found.append(f"repeats itself: {one}")
        if one.role == Role.ComboBox and not one.label:
            found.append(f"combo box named only by its current text: {one}")
    return found
