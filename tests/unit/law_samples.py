"""Small law records in the resources/laws shape, for tests that must not depend on the
shipped data (figures from the team's legal reference, reference/laws.md)."""

from __future__ import annotations

US_CA = {
    "id": "us-ca",
    "short_name": "CCPA/CPRA",
    "roll_weekend": False,
    "grants": {
        "delete": {"citation": "Cal. Civ. Code 1798.105", "deadline": "respond",
                   "extendable": True, "confidence": "statute", "confirm": "confirm"},
        "access": {"citation": "Cal. Civ. Code 1798.110", "deadline": "respond",
                   "extendable": True, "confidence": "statute", "confirm": "confirm"},
        "opt-out": {"citation": "Cal. Civ. Code 1798.120", "deadline": "opt_out",
                    "extendable": False, "confidence": "statute"},
        "limit": {"citation": "Cal. Civ. Code 1798.121", "deadline": "limit",
                  "extendable": False, "confidence": "statute"},
    },
    "deadlines": {
        "confirm": {"amount": 10, "unit": "business", "citation": "11 CCR 7021(a)",
                    "confidence": "regulation"},
        "respond": {"amount": 45, "unit": "calendar", "citation": "11 CCR 7021(b)",
                    "confidence": "regulation"},
        "extension": {"amount": 45, "unit": "calendar", "citation": "11 CCR 7021(b)",
                      "confidence": "regulation"},
        "opt_out": {"amount": 15, "unit": "business", "citation": "11 CCR 7026",
                    "confidence": "unverified"},
        "limit": {"amount": 15, "unit": "business", "citation": "11 CCR 7027",
                  "confidence": "unverified"},
    },
    "appeal": {"available": False},
}

EU_GDPR = {
    "id": "eu-gdpr",
    "short_name": "GDPR",
    "roll_weekend": True,
    "grants": {
        "access": {"citation": "GDPR Art. 15", "deadline": "respond", "extendable": True},
        "delete": {"citation": "GDPR Art. 17", "deadline": "respond", "extendable": True},
    },
    "deadlines": {
        "respond": {"amount": 1, "unit": "months", "citation": "GDPR Art. 12(3)",
                    "confidence": "statute"},
        "extension": {"amount": 2, "unit": "months", "citation": "GDPR Art. 12(3)",
                      "confidence": "statute"},
    },
    "appeal": {"available": False},
}

US_CO = {
    "id": "us-co",
    "short_name": "CPA",
    "grants": {"delete": {"deadline": "respond", "extendable": True}},
    "deadlines": {
        "respond": {"amount": 45, "unit": "calendar", "citation": "C.R.S. 6-1-1306(2)(a)",
                    "confidence": "statute"},
        "extension": {"amount": 45, "unit": "calendar", "citation": "C.R.S. 6-1-1306(2)(a)",
                      "confidence": "statute"},
        "appeal": {"amount": 45, "unit": "calendar", "citation": "C.R.S. 6-1-1306(3)(b)",
                   "confidence": "statute"},
    },
    "appeal": {"available": True, "deadline": "appeal", "citation": "C.R.S. 6-1-1306(3)"},
}

US_NE = {
    "id": "us-ne",
    "grants": {"delete": {"deadline": "respond", "extendable": True}},
    "deadlines": {
        "respond": {"amount": 45, "unit": "calendar", "citation": "Neb. LB 1074",
                    "confidence": "secondary"},
        "extension": {"amount": None, "unit": "calendar", "confidence": "unverified",
                      "note": "no primary source read"},
    },
}

US_CPNI = {
    "id": "us-cpni",
    "grants": {"cpni-opt-out": {"deadline": "opt_out", "extendable": False},
               "access": {"deadline": None, "extendable": False}},
    "deadlines": {"opt_out": {"amount": 30, "unit": "calendar", "confidence": "secondary",
                              "citation": "carrier notices (practice)"}},
}
