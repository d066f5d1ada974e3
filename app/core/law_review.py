"""The law-review table (docs/laws.md) built from the law data, so a reviewer reads exactly what
the letters and deadlines use: for every law and request type each figure, the section it comes
from, how confident OffMap is of it and the source read. Pure: law records in, Markdown out
(packaging/laws_doc.py writes the file; a test checks it is current)."""

from __future__ import annotations

from typing import Any

from app.core.model import REQUEST_TYPES

TITLE = "# OffMap law review"
INTRO = """\
Generated from `resources/laws/*.json` by `make laws-doc`; do not edit by hand (a test checks
that this file matches the data).

OffMap is not legal advice. Each figure below carries the section it comes from and a
confidence:

- **statute**: read in the text of the statute (or of an EU/UK regulation) itself;
- **regulation**: read in the text of an implementing regulation (e.g. 11 CCR);
- **secondary**: taken from a regulator's guidance, a law firm or a tracker, not the text itself;
- **unverified**: not confirmed by OffMap; treat it as a lead, check the law before relying on it.

"Source read" is the page read on the date shown in the law's sources; a dash means the figure
was not re-read in the last review."""

FIGURE_HEADER = ("| Request | Figure | Value | Section | Confidence | Source read |\n"
                 "|---|---|---|---|---|---|")
_UNIT_WORDS = {"calendar": "calendar days", "business": "business days", "months": "months",
               "years": "years"}


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ") or "-"


def _period(rule: dict[str, Any]) -> str:
    amount, unit = rule.get("amount"), str(rule.get("unit"))
    if amount is None:
        return "-"
    words = _UNIT_WORDS.get(unit, unit)
    if amount == 1 and unit in ("months", "years"):
        words = words[:-1]
    return f"{amount} {words}" + (" (practice, not a legal deadline)" if rule.get("practice")
                                  else "")


def _row(request: str, figure: str, value: str, record: dict[str, Any]) -> str:
    cells = (request, figure, value, record.get("citation"), record.get("confidence"),
             record.get("source"))
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _deadline_rows(law: dict[str, Any], request: str, grant: dict[str, Any]) -> list[str]:
    deadlines = law.get("deadlines", {})
    rows = []
    for figure, key in (("answer", grant.get("deadline")), ("confirm receipt",
                                                           grant.get("confirm"))):
        rule = deadlines.get(key or "")
        if rule:
            rows.append(_row(request, figure, _period(rule), rule))
        elif figure == "answer":
            value = grant.get("deadline_note") or "no deadline set by the law"
            rows.append(_row(request, figure, value, {"source": grant.get("deadline_source")}))
    follow_up = deadlines.get(grant.get("follow_up") or "")
    if follow_up:
        rows.append(_row(request, "suggested follow-up", _period(follow_up), follow_up))
    extension = deadlines.get("extension")
    if grant.get("extendable") and extension:
        rows.append(_row(request, "extension", "+" + _period(extension), extension))
    return rows


def _grant_rows(law: dict[str, Any]) -> list[str]:
    rows = []
    for request in REQUEST_TYPES:
        grant = law.get("grants", {}).get(request)
        if not grant:
            continue
        rows.append(_row(request, "right", grant.get("right", ""), grant))
        rows.extend(_deadline_rows(law, request, grant))
    return rows


def _appeal_rows(law: dict[str, Any]) -> list[str]:
    appeal = law.get("appeal") or {}
    deadlines = law.get("deadlines", {})
    if not appeal.get("available"):
        return [_row("appeal", "available", "no: " + appeal.get("note", "no appeal step"),
                     appeal)]
    rows = [_row("appeal", "available", "yes", appeal)]
    keys = {"answer": appeal.get("deadline")}
    for parent, key in (appeal.get("by_type") or {}).items():
        keys[f"answer ({parent} appealed)"] = key
    for figure, key in keys.items():
        rule = deadlines.get(key or "")
        if rule:
            rows.append(_row("appeal", figure, _period(rule), rule))
    extension = deadlines.get(appeal.get("extension") or "")
    if extension:
        rows.append(_row("appeal", "extension", "+" + _period(extension), extension))
    if appeal.get("file_within"):
        rows.append(_row("appeal", "time to file", _period(appeal["file_within"]),
                         appeal["file_within"]))
    return rows


def _rule_rows(law: dict[str, Any]) -> list[str]:
    rows = []
    roll = law.get("roll_off") or {}
    skip = roll.get("skip") or []
    value = ("moves past " + ", ".join(skip) + (f" ({roll['calendar']} holidays)"
                                                 if roll.get("calendar") else "")
             if skip else "not moved")
    rows.append(_row("all", "last day on a weekend/holiday", value, roll))
    agent = law.get("agent") or {}
    if agent.get("allowed"):
        only = agent.get("only_for")
        value = ("only " + ", ".join(only) if only else "all requests") + \
            (" (under a mandate)" if agent.get("basis") == "mandate" else "")
    else:
        value = "not provided for"
    rows.append(_row("all", "authorized agent", value, agent))
    term = law.get("data_word")
    rows.append(_row("all", "term for the data", f"\"{term['word']}\"", term) if term else
                _row("all", "term for the data", "\"personal information\" (general wording)", {}))
    gpc = law.get("global_privacy_control")
    if gpc:
        rows.append(_row("opt-out", "universal opt-out signal (GPC)",
                         "valid opt-out" if gpc.get("valid_opt_out") else "not required", gpc))
    geo = law.get("precise_geolocation") or {}
    value = f"{'sensitive' if geo.get('sensitive') else 'not sensitive'}, {geo.get('effect')}"
    if geo.get("radius_feet"):
        value += f", {geo['radius_feet']:,} ft"
    rows.append(_row("all", "precise geolocation", value, geo))
    for remedy in law.get("remedies") or []:
        rows.append(_row("next step", remedy["where"],
                         f"{_period(remedy)} after {remedy['after']}", remedy))
    return rows


def _regulator_lines(law: dict[str, Any]) -> list[str]:
    regulator = law.get("regulator") or {}
    lines = [f"Regulator: {regulator.get('name', '-')} ({regulator.get('confidence', '-')})"
             + (f"; handles only: {', '.join(regulator['covers'])}" if regulator.get("covers")
                else "") + "."]
    for other in regulator.get("also") or []:
        lines.append(f"Also enforces: {other['name']} ({other['citation']}, "
                     f"{other['confidence']}).")
    return lines


def _source_lines(law: dict[str, Any]) -> list[str]:
    lines = []
    for source in law.get("sources", []):
        read = f"read {source['read_on']}" if source.get("read_on") else "not re-read"
        lines.append(f"- {source['title']}: <{source['url']}> ({read})")
    return lines


def law_section(law: dict[str, Any]) -> str:
    jurisdiction = law["jurisdiction"]
    place = jurisdiction["country"] + (f"-{jurisdiction['state']}" if jurisdiction["state"]
                                       else "")
    parts = [f"## {law['short_name']} (`{law['id']}`)",
             f"{law['name']}. Jurisdiction: {place}; applies to: "
             f"{', '.join(law['applies_to'])}; in force {law['in_force']}; last checked "
             f"{law.get('checked_on', '-')}.",
             "\n".join([FIGURE_HEADER, *_grant_rows(law), *_appeal_rows(law),
                        *_rule_rows(law)]),
             "\n".join(_regulator_lines(law)),
             "Sources:\n" + "\n".join(_source_lines(law))]
    return "\n\n".join(parts)


def law_review_markdown(laws: dict[str, dict[str, Any]]) -> str:
    """docs/laws.md for these law records (in id order)."""
    sections = [law_section(laws[law_id]) for law_id in sorted(laws)]
    return "\n\n".join([TITLE, INTRO, *sections]) + "\n"
