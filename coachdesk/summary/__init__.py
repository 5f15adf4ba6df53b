"""The PDF summary and the coaching prep: QtGui only (QTextDocument, QPainter, QPdfWriter)."""
