"""Suggests what a company's reply means, locally, from the rules in resources/replies/rules.json
(English and Spanish phrases as data). The result names the event to log and says why: the words
that decided it, the refusal's reason, the new date of an extension, what a verification request
asks for, or what failed in a bounce."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.reply_mail import ReceivedMail
from app.core.resources import resource
from app.core.text import Text

SUGGESTIONS = ("acknowledged", "extended", "needs-verification", "fulfilled", "partial", "denied",
               "bounced", "auto-reply", "unrelated")
_URL = re.compile(r"https://[^\s<>\"')]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Suggestion:
    event: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Rule:
    event: str
    pattern: re.Pattern[str]
    reason: str


@dataclass(frozen=True)
class Rules:
    quote_markers: tuple[re.Pattern[str], ...]
    forward_markers: tuple[re.Pattern[str], ...]
    out_of_office: tuple[re.Pattern[str], ...]
    bounce_subject: tuple[re.Pattern[str], ...]
    bounce_transcript: re.Pattern[str]
    classes: tuple[tuple[str, tuple[_Rule, ...], dict[str, Any]], ...]
    denial_reasons: dict[str, str]
    verification_items: dict[str, tuple[re.Pattern[str], ...]]
    data_file_types: frozenset[str]
    months: dict[str, int]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


@functools.cache
def load_rules() -> Rules:
    data = json.loads(resource("replies", "rules.json").read_text(encoding="utf-8"))
    classes = []
    for item in data["classes"]:
        rules = tuple(_Rule(item["event"], _compile(p["re"]), p.get("reason", ""))
                      for p in item["patterns"])
        classes.append((item["event"], rules, item))
    months = {name: number + 1 for names in data["months"].values()
              for number, name in enumerate(names)}
    return Rules(
        quote_markers=tuple(_compile(p) for p in data["quote_markers"]),
        forward_markers=tuple(_compile(p) for p in data["forward_markers"]),
        out_of_office=tuple(_compile(p) for p in data["out_of_office"]),
        bounce_subject=tuple(_compile(p) for p in data["bounce_subject"]),
        bounce_transcript=_compile(data["bounce_transcript"]),
        classes=tuple(classes),
        denial_reasons=dict(data["denial_reasons"]),
        verification_items={label: tuple(_compile(p) for p in patterns)
                            for label, patterns in data["verification_items"].items()},
        data_file_types=frozenset(data["data_file_types"]),
        months=months,
    )


def own_words(text: str, rules: Rules | None = None) -> str:
    """The reply without the earlier messages it quotes ('> ' lines, 'On ... wrote:' and what
    follows). For a forwarded reply, the forwarded message is the reply's own words."""
    rules = rules or load_rules()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if any(m.search(line.strip()) for m in rules.forward_markers):
            lines = _after_header_block(lines[index + 1:])
            break
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if any(m.search(stripped) for m in rules.quote_markers):
            break
        if not stripped.startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def _after_header_block(lines: list[str]) -> list[str]:
    """Skips the 'From: / Date: / Subject:' lines a forward starts with."""
    for index, line in enumerate(lines):
        if not line.strip() or not re.match(r"^[\w -]{2,20}:", line.strip()):
            return lines[index:]
    return lines


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\n")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[a-z]|etc|vs|e\.g|i\.e)$")  # "Cal. Civ. Code"


def _quote(text: str, match: re.Match[str]) -> str:
    """The sentence around a match, at most ~280 characters, on one line."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())
            if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start())]
    start = max(max(ends or [0]), match.start() - 160)
    after = next((m for m in _SENTENCE_END.finditer(text, match.end())
                  if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start())), None)
    end = min(after.end() if after else len(text), match.end() + 120)
    return " ".join(text[start:end].split())


def classify(mail: ReceivedMail, today: date | None = None) -> Suggestion:
    rules = load_rules()
    bounce = _bounce(mail, rules)
    if bounce is not None:
        return bounce
    words = re.sub(r"[ \t]+", " ", re.sub(r"(?<!\n)\n(?!\n)", " ", own_words(mail.text, rules)))
    body = f"{mail.subject}\n\n{words}"
    for pattern in rules.out_of_office:
        match = pattern.search(body)
        if match:
            return Suggestion("auto-reply", Text("automatic reply: “{quote}”",
                                                 quote=_quote(body, match)))
    automatic = _automatic(mail)
    for event, class_rules, spec in rules.classes:
        found = _first_match(class_rules, body)
        if found is None:
            continue
        rule, match = found
        suggestion = _explain(event, rule, match, body, mail, rules, spec, today)
        if suggestion is not None:
            if automatic and event == "acknowledged":
                return Suggestion(event, Text("automatic acknowledgement: {reason}",
                                              reason=suggestion.reason), suggestion.details)
            return suggestion
    data_files = _data_files(mail, rules)
    if data_files and not automatic:
        return Suggestion("fulfilled", Text("a data file is attached ({files})",
                                            files=", ".join(data_files)),
                          {"files": data_files})
    if automatic:
        return Suggestion("auto-reply", Text("marked as an automatic message ({header})",
                                             header=automatic))
    return Suggestion("unrelated", Text("no acknowledgement, extension, verification request, "
                                        "data, refusal or bounce found in the text"))


def _first_match(class_rules: tuple[_Rule, ...],
                 body: str) -> tuple[_Rule, re.Match[str]] | None:
    for rule in class_rules:
        match = rule.pattern.search(body)
        if match:
            return rule, match
    return None


def _automatic(mail: ReceivedMail) -> str:
    """The RFC 3834 (or older) header that marks the mail automatic, or ''."""
    headers = mail.auto_headers
    submitted = headers.get("auto-submitted", "no")
    if submitted and submitted != "no":
        return f"Auto-Submitted: {submitted}"
    for name in ("x-autoreply", "x-autorespond"):
        if name in headers:
            return name
    if headers.get("precedence") in ("auto_reply", "auto-reply"):
        return f"Precedence: {headers['precedence']}"
    return ""


def _data_files(mail: ReceivedMail, rules: Rules) -> list[str]:
    return [a.filename for a in mail.attachments
            if not a.inline_image and a.mime in rules.data_file_types]


def _explain(event: str, rule: _Rule, match: re.Match[str], body: str, mail: ReceivedMail,
             rules: Rules, spec: dict[str, Any], today: date | None) -> Suggestion | None:
    quote = _quote(body, match)
    if event == "denied":
        why = rules.denial_reasons.get(rule.reason, rule.reason)
        return Suggestion(event, Text("refused ({why}): “{quote}”", why=why, quote=quote),
                          {"denial_reason": rule.reason})
    if event == "fulfilled":
        files = [a.filename for a in mail.attachments if not a.inline_image]
        links = _URL.findall(body)
        done_words = tuple(spec.get("done_without_file", ()))
        if not files and not links and not any(w in match.group(0).lower() for w in done_words):
            return None
        details: dict[str, Any] = {"files": files, "links": links[:5]}
        what = ", ".join(files) or ", ".join(links[:2])
        if what:
            return Suggestion(event, Text("data delivered ({what}): “{quote}”", what=what,
                                          quote=quote), details)
        return Suggestion(event, Text("done: “{quote}”", quote=quote), details)
    if event == "extended":
        until = find_date(body[match.start():match.start() + 400], rules, today)
        days = _days(match.group(0))
        details = {"extended_until": until.isoformat() if until else None, "days": days}
        if until:
            return Suggestion(event, Text("extension to {until}: “{quote}”",
                                          until=until.isoformat(), quote=quote), details)
        return Suggestion(event, Text("extension: “{quote}”", quote=quote), details)
    if event == "needs-verification":
        asks = [label for label, patterns in rules.verification_items.items()
                if any(p.search(body) for p in patterns)]
        if asks:
            return Suggestion(event, Text("asks for {items}: “{quote}”",
                                          items=", ".join(asks), quote=quote), {"asks_for": asks})
        return Suggestion(event, Text("asks to verify the identity: “{quote}”", quote=quote),
                          {"asks_for": []})
    if event == "partial":
        return Suggestion(event, Text("partly answered: “{quote}”", quote=quote))
    return Suggestion(event, Text("received: “{quote}”", quote=quote))


_NUMBERS = {"thirty": 30, "forty-five": 45, "forty five": 45, "sixty": 60}


def _days(words: str) -> int | None:
    found = re.search(r"(\d{1,3})\s*(calendar |business )?(days|d[ií]as)", words, re.IGNORECASE)
    if found:
        return int(found.group(1))
    for name, number in _NUMBERS.items():
        if name in words.lower():
            return number
    return None


def find_date(text: str, rules: Rules | None = None, today: date | None = None) -> date | None:
    """The first full date in the text: 2027-03-15, March 15, 2027, 15 March 2027 or
    15 de marzo de 2027. Dates before `today` are ignored (an extension points forward)."""
    rules = rules or load_rules()
    month_names = "|".join(sorted(rules.months, key=len, reverse=True))
    patterns: list[tuple[str, Callable[[re.Match[str]], tuple[int, int, int]]]] = [
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (rf"\b({month_names})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b",
         lambda m: (int(m[3]), rules.months[m[1].lower()], int(m[2]))),
        (rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:de )?({month_names}),? (?:de |del )?(\d{{4}})\b",
         lambda m: (int(m[3]), rules.months[m[2].lower()], int(m[1]))),
    ]
    found: list[tuple[int, date]] = []
    for pattern, parts in patterns:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            try:
                day = date(*parts(match))
            except (ValueError, KeyError):
                continue
            if today is None or day >= today:
                found.append((match.start(), day))
    return min(found)[1] if found else None


def _bounce(mail: ReceivedMail, rules: Rules) -> Suggestion | None:
    report = mail.report
    if report is not None:
        if not report.permanent:
            return Suggestion("auto-reply", Text("delivery delayed, not failed ({status}); the "
                                                 "server keeps trying", status=report.status or
                                                 report.action))
        return Suggestion("bounced", Text("not delivered to {recipient}: {diagnostic}",
                                          recipient=report.recipient or "?",
                                          diagnostic=report.diagnostic or report.status),
                          {"recipient": report.recipient, "status": report.status})
    if not any(p.search(mail.subject) for p in rules.bounce_subject):
        return None
    match = rules.bounce_transcript.search(mail.text)
    if match is None:
        return None
    addresses = [a.lower() for a in _EMAIL.findall(mail.text)
                 if a.lower() not in mail.to_addrs and a.lower() != mail.from_addr]
    recipient = addresses[0] if addresses else ""
    return Suggestion("bounced", Text("not delivered to {recipient}: {diagnostic}",
                                      recipient=recipient or "?",
                                      diagnostic=" ".join(match.group(0).split())),
                      {"recipient": recipient, "status": match.group(2) or match.group(1)})
