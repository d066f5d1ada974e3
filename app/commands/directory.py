"""`offmap directory search|show|stats|import-cppa|update`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.core import directory as core
from app.core.model import COMPANY_KINDS
from app.services import directory as directory_service

CONTACT_LABELS = {"email": "E-mail", "webform": "Web form", "postal": "Post", "phone": "Phone",
                  "cpni_opt_out": "CPNI opt-out", "privacy_page": "Privacy page"}


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "directory", "search the company directory, import, update")

    search = actions.add_parser("search", help="companies matching a name, alias or brand")
    search.add_argument("text", nargs="?", default="",
                        help="a name, alias or brand, or the start of one of its words; "
                        "accents, case and punctuation are ignored")
    search.add_argument("--kind", choices=COMPANY_KINDS)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=_search)

    show = actions.add_parser("show", help="one company: contacts, host network, successor")
    show.add_argument("slug")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)

    stats = actions.add_parser("stats", help="coverage: companies, e-mail and verified channels")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=_stats)

    imp = actions.add_parser("import-cppa", help="merge the California data broker registry CSV")
    imp.add_argument("csv", metavar="CSV", type=Path)
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=_import)

    update = actions.add_parser("update", help="download a newer directory (https)")
    update.add_argument("--url", default=None)
    update.add_argument("--json", action="store_true")
    update.set_defaults(func=_update)


def _search(ctx: CliContext, args: argparse.Namespace) -> int:
    index = directory_service.directory_index(ctx.store)
    found = core.search(index.values(), args.text, args.kind)
    if args.json:
        print_json([directory_service.company_json(c, index) for c in found])
    elif not found:
        print("No company matches. Try a shorter name, or add your own in the Directory window.")
    else:
        print_table([[c.slug, c.name, c.kind, ", ".join(c.hosts) or "-", c.quality]
                     for c in found], ["SLUG", "NAME", "KIND", "HOSTS", "QUALITY"])
    return 0


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    index = directory_service.directory_index(ctx.store)
    company = core.lookup(index, args.slug)
    if args.json:
        print_json(directory_service.company_json(company, index))
        return 0
    print(f"{company.name} ({company.slug}) — {company.kind}")
    if company.successor:
        later = index.get(company.successor)
        print(f"  Now part of: {later.name if later else company.successor} "
              f"({company.successor_reason or 'successor'}); send requests there.")
    if company.hosts:
        print("  Host network: " + ", ".join(index[h].name if h in index else h
                                              for h in company.hosts))
    from app.core.provenance import contact_sources

    sources = contact_sources(company)
    for key in core.CONTACT_KEYS:
        value = company.contacts.get(key)
        if value:
            print(f"  {CONTACT_LABELS[key]}: " + value.replace("\n", ", "))
            if key in sources:
                print(f"    from: {sources[key].label}")
    for channel in company.channels:
        purpose = f" ({channel['purpose']})" if channel.get("purpose") else ""
        value = ", ".join(line.strip() for line in str(channel["value"]).splitlines()
                          if line.strip())
        print(f"  Channel: {channel['kind']}{purpose}: {value} — {channel['quality']}, "
              f"seen {channel['seen']} <{channel['source']}>")
    if company.required_identification:
        print("  Needs: " + ", ".join(company.required_identification))
    if company.do_not_send:
        print("  Do not send: " + ", ".join(company.do_not_send))
    if core.drop_covers(company):
        print("  California DROP: a California resident's DROP request reaches this broker.")
    if company.extra.get("withdrawn"):
        print(f"  Withdrawn: the directory update of {company.extra['withdrawn']} no longer "
              "lists it; kept because your requests use it.")
    print(f"  Quality: {_quality_line(company.quality, company.verified_on)}")
    for source in company.sources:
        print(f"  Source: {source['title']} <{source['url']}>")
    if company.notes:
        print(f"  Notes: {company.notes}")
    return 0


def _stats(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.coverage import directory_coverage

    figures = directory_coverage(ctx.store)
    if args.json:
        print_json(figures.to_json())
        return 0
    print(f"Companies: {figures.companies}")
    print("  " + ", ".join(f"{kind} {count}" for kind, count in figures.by_kind.items()))
    print(f"With an e-mail address: {figures.with_email}")
    print(f"With a verified channel: {figures.with_verified_channel}")
    print(f"Records verified: {figures.verified}")
    print(f"Reference companies reachable: {figures.seed_companies_reachable} of "
          f"{figures.seed_companies}")
    if figures.seed_unreachable:
        print("  Not yet: " + ", ".join(figures.seed_unreachable))
    return 0


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import registry_import

    result = registry_import.import_registry(ctx.store, args.csv)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Imported the {result.style} registry file: {result.added} added, {result.updated} "
          f"updated, {result.unchanged} unchanged, {result.skipped} skipped.")
    for problem in result.problems[:20]:
        print(f"  line {problem['line']}: {problem['reason']}", file=sys.stderr)
    return 0


def _update(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import directory_update  # HTTP and signatures: only when updating

    result = directory_update.update_directory(ctx.store, args.url)
    if args.json:
        print_json(result.to_json())
    elif result.changed:
        print(f"Directory updated: {result.companies} companies (dated {result.generated_on}).")
    else:
        print(f"The directory is already up to date ({result.companies} companies).")
    if result.withdrawn and not args.json:
        print(f"Kept {len(result.withdrawn)} companies your requests or holdings use that the "
              "update no longer lists (marked withdrawn): " + ", ".join(result.withdrawn))
    return 0


# What each quality means (the directory's schema), said so that "unverified" and the date of
# the record's last review do not read as a contradiction.
QUALITY_WORDS = {
    "verified": "verified: contacts read on the organisation's own page on {day}",
    "secondary": "secondary: from third-party or archived pages, reviewed {day}",
    "unverified": "unverified: a lead not confirmed, or no contact known; reviewed {day}",
}


def _quality_line(quality: str, day: str | None) -> str:
    words = QUALITY_WORDS.get(quality, quality + ", reviewed {day}")
    return words.replace("{day}", day or "never")

