"""Render resources/icons/coachdesk.svg into the PNG sizes desktops ask for.

The PNGs are committed resources (menus, the Windows and macOS bundles and some docks want
bitmaps); run this again after changing the SVG: `python tools/render_icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square of `size` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> None:
    """Write coachdesk-<size>.png for every size beside the SVG."""
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter on QImage needs one for fonts)
    svg = ICONS / "coachdesk.svg"
    for size in SIZES:
        target = ICONS / f"coachdesk-{size}.png"
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not write")
        print(target.relative_to(ICONS.parent.parent))


if __name__ == "__main__":
    main()
