"""Display names for the identifiers of company kinds and location-data kinds (passed to tr() by
the tables and pickers that show them; catalogued through app/gui/i18n_labels.py)."""

from __future__ import annotations

from app.core.model import DATA_KIND_LABELS

COMPANY_KIND_LABELS = {
    "carrier": "Carrier", "mvno": "MVNO (prepaid brand)", "aggregator": "Location aggregator",
    "broker": "Data broker", "app": "App", "platform": "Platform", "government": "Government",
}
DATA_KIND_SHORT_LABELS = DATA_KIND_LABELS
QUALITY_LABELS = {
    "verified": "Verified", "secondary": "Secondary source", "unverified": "Unverified",
}
