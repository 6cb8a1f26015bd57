"""The frozen app's entry point: the same ``station`` command as the installed package's."""

import sys

from station.cli import main

if __name__ == "__main__":
    sys.exit(main())
