"""The `coachdesk` command (and `python -m coachdesk`): a subcommand runs in the terminal
without loading Qt (cli/); anything else opens the window (app.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from coachdesk import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `coachdesk` console command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in cli.COMMANDS:
        return cli.main(arguments)
    from coachdesk import app  # Qt: only for the window

    return app.main(arguments)


if __name__ == "__main__":
    sys.exit(main())
