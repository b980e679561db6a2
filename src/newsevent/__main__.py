"""``python -m newsevent``: the same command line as ``newsevent``."""

import sys

from .cli import main

sys.exit(main())
