"""The Qt binding itself holds up: emitting signals must not corrupt reference counts."""

from __future__ import annotations

import subprocess
import sys

# PySide6 6.12.0 drops a reference to True on every emit; a session of typing in search
# then aborts the interpreter ("deallocating True or False"). Run in a child process, so
# a broken binding fails this test instead of killing the whole run.
EMIT_MANY = """
import sys, threading
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    happened = Signal(object, object)
emitter = Emitter()
emitter.happened.connect(lambda a, b: None)
before = sys.getrefcount(True)
for n in range(3000):
    emitter.happened.emit(n, [None])
worker = threading.Thread(target=lambda: [emitter.happened.emit(n, None) for n in range(3000)])
worker.start(); worker.join()
app.processEvents()
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_keeps_reference_counts() -> None:
    result = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
