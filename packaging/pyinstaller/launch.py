"""The bundle's entry point, for both its programs (coachdesk.spec): `coachdesk`, a console
program, and `coachdesk-app`, which on Windows opens no console. Either runs a subcommand
without loading Qt's widgets (the window's export child among them), and opens the window
without one, as the `coachdesk` command of a pip install does."""

import sys

from coachdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
