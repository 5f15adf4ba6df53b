"""`python -m coachdesk`."""

import sys

from coachdesk.app import main

sys.exit(main())
