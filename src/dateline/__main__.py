"""``python -m dateline`` runs the same command line as the ``dateline`` script."""

import sys

from dateline.cli import main

sys.exit(main())
