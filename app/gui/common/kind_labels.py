"""Display names for the identifiers of company kinds and location-data kinds (passed to tr() by
the tables and pickers that show them; catalogued through app/gui/common/i18n_labels.py)."""

from __future__ import annotations

from app.core.model import DATA_KIND_LABELS

COMPANY_KIND_LABELS = {
    "carrier": "Carrier", "mvno": "MVNO (prepaid brand)", "aggregator": "Location aggregator",
    "broker": "Data broker", "app": "App", "platform": "Platform", "government": "Government",
}
DATA_KIND_SHORT_LABELS = DATA_KIND_LABELS
# Request types and statuses: the one table the Requests, Deadlines, Replies and timeline views
# name them from.
REQUEST_TYPE_LABELS = {
    "access": "Access", "delete": "Delete", "correct": "Correct", "opt-out": "Opt-out",
    "limit": "Limit", "withdraw-consent": "Withdraw consent", "cpni-opt-out": "CPNI opt-out",
    "reminder": "Reminder", "appeal": "Appeal", "complaint": "Complaint",
}
REQUEST_STATUS_LABELS = {
    "draft": "Draft", "sent": "Sent", "acknowledged": "Acknowledged", "extended": "Extended",
    "overdue": "Overdue", "fulfilled": "Fulfilled", "partial": "Partly answered",
    "denied": "Refused", "bounced": "Not delivered", "closed": "Closed",
}
QUALITY_LABELS = {
    "verified": "Verified", "secondary": "Secondary source", "unverified": "Unverified",
}
