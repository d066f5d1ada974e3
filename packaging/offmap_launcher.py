"""PyInstaller's entry script: runs app/__main__.py's main() (the window without a command,
else the command line). Kept outside app/ so the bundle does not put app/ itself on sys.path."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
