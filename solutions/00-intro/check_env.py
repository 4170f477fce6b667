"""Print the Python version and fail if it is older than 3.10."""

import platform
import sys

MIN_VERSION = (3, 10)


def main() -> int:
    """Return 0 when this Python is supported, 1 otherwise."""
    print(f"Python {platform.python_version()} at {sys.executable}")
    if sys.version_info < MIN_VERSION:
        print("ERROR: this course needs Python 3.10 or newer", file=sys.stderr)
        return 1
    print("OK: Python version is supported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
