"""`offmap` and `python -m app`: the window without a command, else the command line."""

from __future__ import annotations

import sys


def main() -> int:
    from app.cli import main as cli_main

    return cli_main(sys.argv[1:])


def gui_main() -> int:
    from app.cli import build_parser
    from app.gui.launch import run_gui
    from app.paths import resolve_home

    args, _ = build_parser().parse_known_args(sys.argv[1:])
    return run_gui(resolve_home(args.home))


if __name__ == "__main__":
    sys.exit(main())
