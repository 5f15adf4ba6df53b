"""A picture large: as big as the screen allows, never enlarged past its own size, on the
window's calm background, with its name under it. Esc (or Close) closes it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.ui.common.theme import GRID, set_role


class ImageViewer(QDialog):
    """One picture, large."""

    def __init__(self, image: QImage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAccessibleName(self.tr("Picture %1").replace("%1", name))
        self._pixmap = QPixmap.fromImage(image)
        self._picture = QLabel(self)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._picture.setAccessibleName(self.tr("Picture %1").replace("%1", name))
        self._picture.setMinimumSize(20 * GRID, 15 * GRID)
        caption = QLabel(
            self.tr("%1 · %2 × %3 pixels")
            .replace("%1", name)
            .replace("%2", str(image.width()))
            .replace("%3", str(image.height())),
            self,
        )
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setWordWrap(True)
        set_role(caption, "soft")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the picture"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 2 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(self._picture, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        self.resize(self._fitting_size(parent))

    def _fitting_size(self, parent: QWidget | None) -> QSize:
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        room = QSize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        extra = QSize(6 * GRID, 14 * GRID)  # margins, caption and button
        picture = self._pixmap.size()
        space = room - extra
        if picture.width() > space.width() or picture.height() > space.height():
            picture = picture.scaled(space, Qt.AspectRatioMode.KeepAspectRatio)
        # The window takes the picture's shape, so no wide bands of nothing around it.
        return (picture + extra).expandedTo(QSize(48 * GRID, 36 * GRID))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self._picture.size()
        pixmap = self._pixmap
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self._picture.setPixmap(pixmap)

    def shown_size(self) -> QSize:
        """The size the picture is drawn at (tests)."""
        pixmap = self._picture.pixmap()
        return pixmap.size() if pixmap is not None else QSize()

    @classmethod
    def show_picture(cls, parent: QWidget, image: QImage, name: str) -> None:
        """Show the picture, modal to the window, until closed."""
        viewer = cls(image, name, parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
