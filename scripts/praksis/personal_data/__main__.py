"""`python -m praksis.personal_data scan [...]` (used by the pre-commit hook)."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
