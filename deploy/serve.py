"""`make serve`: the production stack on this machine (see portal/stack.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.stack import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
