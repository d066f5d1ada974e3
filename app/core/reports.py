"""Company report figures (pure): for each company, across all clients, how many requests were
sent, answered on time, late, refused, still pending, and the median days to the answer.

Definitions (shown to the user with the report):
- sent: a first request (not a reminder, appeal or complaint) with a `sent` event that did not
  bounce.
- answered: the company's final answer (fulfilled, partly fulfilled or refused) was logged.
- on time: answered on or before the deadline in force (the extended one when a valid extension
  was logged), or answered where the law sets no deadline.
- late: answered after the deadline, or no final answer and the deadline has passed.
- pending: no final answer and the deadline has not passed (or there is none).
- refused: the final answer was a refusal (it counts as on time or late as well).
- median days to answer: from the day the request was sent to the final answer.
No client appears in the figures: rows are companies and counts only.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date

FINAL_OUTCOMES = ("fulfilled", "partial", "denied")
REPORT_COLUMNS = ("company", "name", "sent", "on_time", "late", "refused", "pending",
                  "median_days")


@dataclass(frozen=True)
class RequestFacts:
    """What the report needs of one sent request (no client data)."""

    company: str
    sent_on: date
    deadline: date | None
    answered_on: date | None
    outcome: str  # the tracking stage: fulfilled, partial, denied, sent, acknowledged ...


@dataclass
class CompanyFigures:
    company: str
    name: str
    sent: int = 0
    on_time: int = 0
    late: int = 0
    refused: int = 0
    pending: int = 0
    days_to_answer: list[int] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return len(self.days_to_answer)

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days_to_answer) if self.days_to_answer else None

    @property
    def late_share(self) -> float:
        return self.late / self.sent if self.sent else 0.0

    def to_json(self) -> dict[str, object]:
        return {"company": self.company, "name": self.name, "sent": self.sent,
                "on_time": self.on_time, "late": self.late, "refused": self.refused,
                "pending": self.pending, "answered": self.answered,
                "median_days": self.median_days}


def classify(facts: RequestFacts, today: date) -> str:
    """on_time, late or pending."""
    if facts.outcome in FINAL_OUTCOMES and facts.answered_on is not None:
        if facts.deadline is None or facts.answered_on <= facts.deadline:
            return "on_time"
        return "late"
    if facts.deadline is not None and today > facts.deadline:
        return "late"
    return "pending"


def company_figures(rows: list[RequestFacts], names: dict[str, str],
                    today: date) -> list[CompanyFigures]:
    """One row per company with at least one sent request: most late first, then most sent."""
    figures: dict[str, CompanyFigures] = {}
    for facts in rows:
        row = figures.setdefault(facts.company,
                                 CompanyFigures(facts.company, names.get(facts.company,
                                                                         facts.company)))
        row.sent += 1
        kind = classify(facts, today)
        setattr(row, kind, getattr(row, kind) + 1)
        if facts.outcome == "denied":
            row.refused += 1
        if facts.outcome in FINAL_OUTCOMES and facts.answered_on is not None:
            row.days_to_answer.append((facts.answered_on - facts.sent_on).days)
    return sorted(figures.values(),
                  key=lambda f: (-f.late_share, -f.late, -f.sent, f.name.casefold()))


def totals(figures: list[CompanyFigures]) -> CompanyFigures:
    total = CompanyFigures("", "All companies")
    for row in figures:
        total.sent += row.sent
        total.on_time += row.on_time
        total.late += row.late
        total.refused += row.refused
        total.pending += row.pending
        total.days_to_answer += row.days_to_answer
    return total


def csv_rows(figures: list[CompanyFigures]) -> list[list[str]]:
    """Header and rows for a spreadsheet: companies and counts, no client identities."""
    rows = [["company", "name", "sent", "answered_on_time", "late", "refused", "pending",
             "median_days_to_answer"]]
    for row in figures:
        median = row.median_days
        rows.append([row.company, row.name, str(row.sent), str(row.on_time), str(row.late),
                     str(row.refused), str(row.pending),
                     "" if median is None else f"{median:g}"])
    return rows
