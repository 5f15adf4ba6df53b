"""The bundle's entry point: the same `main` as the `coachdesk` command of a pip install."""

import sys

from coachdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
