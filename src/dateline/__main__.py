"""``python -m dateline`` runs the same command line as the ``dateline`` script."""

import sys

from dateline.cli import main

# Guarded so that importing the module (pydoc, doctest collection) does not run the CLI and exit.
if __name__ == "__main__":
    sys.exit(main())
