"""`offmap` and `python -m app`: the window without a command, else the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def asks_only_version(argv: Sequence[str]) -> bool:
    """True when --version comes before any command (argparse would print the version and stop
    there), so it can be answered without loading the command line."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--version":
            return True
        if token == "--home":
            next(tokens, None)
        elif not token.startswith("--home=") and token != "--":
            return False
    return False


def main() -> int:
    argv = sys.argv[1:]
    if asks_only_version(argv):
        from app import __version__

        sys.stdout.write(f"offmap {__version__}\n")
        return 0
    from app.cli import main as cli_main

    return cli_main(argv)


def gui_main() -> int:
    from app.cli import build_parser, use_window_store
    from app.gui.shell.launch import run_gui
    from app.paths import resolve_home

    args, _ = build_parser().parse_known_args(sys.argv[1:])
    use_window_store(args)
    return run_gui(resolve_home(args.home))


if __name__ == "__main__":
    sys.exit(main())
