"""`offmap guide ad-id`: the Ad-ID toolkit page's guidance on the command line: where Android
and iPhone keep the advertising ID and how to delete it (each part with its sources), and the
brokers that act only on it. Store a phone's ID on a client with `offmap client edit ID
--ad-id UUID`."""

from __future__ import annotations

import argparse
import textwrap

from app.commands.context import CliContext, print_json

GUIDES = ("ad-id",)
# The few words around the guide's text, in the language asked for.
FRAME_WORDS = {
    "en": {"source": "source", "read_on": "read on",
           "only_ad_id": "Companies that act only on the advertising ID: ",
           "store": "Store a phone's ID on a client with: "},
    "es": {"source": "fuente", "read_on": "leída el",
           "only_ad_id": "Empresas que actúan solo con el ID de publicidad: ",
           "store": "Guarda el ID de un teléfono en un cliente con: "},
}


def register(sub: argparse._SubParsersAction) -> None:
    guide = sub.add_parser("guide", help="step-by-step guidance with its sources (ad-id)")
    guide.add_argument("name", choices=GUIDES, metavar="NAME", help="one of: "
                       + ", ".join(GUIDES))
    guide.add_argument("--language", choices=("en", "es"), default="en",
                       help="language of the guide's text (default: en); its sources stay as "
                       "they were read")
    guide.add_argument("--json", action="store_true")
    guide.set_defaults(func=_guide)


def _guide(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import adid

    guide = adid.ad_id_guide(args.language)
    brokers = adid.ad_id_only_companies(ctx.store)
    if args.json:
        print_json({"read_on": guide.read_on, "language": args.language,
                    "sections": [{"key": s.key, "title": s.title, "steps": list(s.steps),
                                  "notes": list(s.notes), "sources": list(s.sources),
                                  "california_only": s.california_only}
                                 for s in guide.sections],
                    "ad_id_only_companies": [c.slug for c in brokers]})
        return 0
    words = FRAME_WORDS[args.language]
    wrap = textwrap.TextWrapper(width=96, subsequent_indent="     ")
    for section in guide.sections:
        print(section.title + (" (California)" if section.california_only else ""))
        for number, step in enumerate(section.steps, 1):
            print(wrap.fill(f"  {number}. {step}"))
        for note in section.notes:
            print(wrap.fill(f"  - {note}"))
        for source in section.sources:
            print(f"    {words['source']}: {source.get('url')} ({words['read_on']} "
                  f"{source.get('seen')}, {source.get('quality')})")
        print()
    if brokers:
        print(words["only_ad_id"] + ", ".join(f"{c.name} ({c.slug})" for c in brokers) + ".")
    print(words["store"] + "offmap client edit ID --ad-id UUID")
    return 0
