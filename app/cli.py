"""The command line (CONTRACT.md). Exit 0 done, 1 could not be carried out, 2 usage error.

Building the parser imports every command module, so those import only argparse, app.core and
the services they always need at their top; anything heavy (Qt, Jinja2, app.render, HTTP) is
imported inside the handler that uses it. `offmap --version` is answered before this module
loads (app.__main__)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import COMMAND_MODULES
from app.commands.context import CliContext
from app.core.errors import OffMapError
from app.paths import ensure_home, resolve_home
from app.store.connection import DatabaseError

log = logging.getLogger("app.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"offmap: usage error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="offmap",
        description="OffMap: find who holds your phone location data and make them stop. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"offmap {__version__}")
    parser.add_argument("--home", metavar="DIR",
                        help="data folder (default: OFFMAP_HOME or the platform's data folder)")
    parser.add_argument("--store", metavar="URL",
                        help="a clinic's shared server store, postgresql://USER@HOST[:PORT]/DB "
                        "(default: OFFMAP_STORE, else the server saved in Settings > Clinic > "
                        "Shared store, else the encrypted store in the data folder; 'home' "
                        "means the data folder's store)")
    parser.add_argument("--store-passphrase-stdin", action="store_true",
                        help="the store passphrase is the first line of stdin (used only "
                        "without a secure keyring); the command reads the lines after it")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def fail(message: str) -> int:
    message = " ".join(str(message).split())
    sys.stderr.write(f"offmap: error: {message}\n")
    return 1


def _use_store_keys(args: argparse.Namespace) -> None:
    """The store key comes from the keyring, or from a passphrase: typed at the terminal, or
    the first line of stdin with --store-passphrase-stdin."""
    from app.services import store_keys

    store_keys.install()
    # Read at once, so the command itself (e.g. --password-stdin) gets the lines after it.
    piped = sys.stdin.readline().rstrip("\r\n") \
        if getattr(args, "store_passphrase_stdin", False) else None

    def ask(confirm: bool) -> str | None:
        if piped is not None:
            return piped
        if not sys.stdin.isatty():
            return None
        import getpass

        if confirm:
            sys.stderr.write(str(store_keys.LOST_KEY_WARNING) + "\n")
        typed = getpass.getpass("Store passphrase: ")
        if confirm and getpass.getpass("The same passphrase again: ") != typed:
            raise store_keys.StoreKeyError("the two passphrases differ; nothing was created.")
        return typed

    store_keys.set_passphrase_prompt(ask)


def _lost_key_notice() -> None:
    """Said once, when this command created the encrypted store (setup)."""
    from app.services import store_keys

    if store_keys.take_new_key_notice():
        sys.stderr.write("offmap: note: " + " ".join(str(store_keys.LOST_KEY_WARNING).split())
                         + "\n")


def run_command(args: argparse.Namespace) -> int:
    from app.logging_setup import setup_logging
    from app.services.store_choice import use_saved_server
    from app.store.connection import use_server

    ctx = CliContext(resolve_home(args.home))
    _use_store_keys(args)
    chosen = getattr(args, "store", None)
    # The one rule (app.services.store_choice): --store, OFFMAP_STORE, the saved server, home.
    previous_server = use_server(chosen) if chosen else None
    saved = None if chosen else use_saved_server(ctx.home)
    try:
        ensure_home(ctx.home)
        setup_logging(ctx.home)
        log.info("command %s %s", args.command, getattr(args, "action", "") or "")
        code = int(args.func(ctx, args) or 0)
        _lost_key_notice()
        return code
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: say nothing more, as Python's docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OffMapError as exc:
        log.info("command failed: %s", type(exc).__name__)
        return fail(str(exc))
    except (sqlite3.Error, DatabaseError) as exc:
        log.exception("store error")
        return fail(f"the store could not be used ({exc}); nothing was changed.")
    except OSError as exc:
        log.info("command failed with OSError %s", exc.errno)
        name = f" {exc.filename}" if exc.filename else ""
        return fail(f"{exc.strerror or exc}{name}; nothing was changed.")
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed.")
    finally:
        ctx.close()
        if chosen or saved:
            use_server(previous_server)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.gui.shell.launch import run_gui

        use_window_store(args)
        return run_gui(resolve_home(args.home))
    return run_command(args)


def use_window_store(args: argparse.Namespace) -> None:
    """`offmap --store URL` with no command: the window opens that store, as commands do."""
    if getattr(args, "store", None):
        from app.store.connection import use_server

        use_server(args.store)
