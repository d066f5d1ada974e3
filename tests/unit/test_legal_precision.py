"""Issue 14, legal precision: each finding fixed at its source (law data or template), checked
through the core, the services and the command line, with the letters read back as text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core import laws
from app.core.clinic import ClinicProfile, agent_rule
from app.core.day_counting import is_overdue
from app.core.deadlines import compute_due
from app.core.errors import ValidationError
from app.core.law_review import law_review_markdown
from app.core.model import Client
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.services import followups, tracking
from app.services import letters as letter_service
from app.services import requests as request_service
from tests.cli_run import ok_json as _cli_json
from tests.cli_run import run as _cli

D = date.fromisoformat
ROOT = Path(__file__).resolve().parents[2]
STATE_LAWS = [law_id for law_id in laws.law_ids()
              if law_id.startswith("us-") and laws.get_law(law_id)["jurisdiction"]["state"]]


# ------------------------------------------------------------------ 6. late_after

@pytest.mark.parametrize(("law_id", "received", "region", "due_on", "late_after"), [
    # California: Sat 2026-01-17, Sun, then Martin Luther King Jr. Day: on time until Tuesday.
    ("us-ca", "2025-12-03", None, "2026-01-17", "2026-01-20"),
    ("us-ca", "2026-04-15", None, "2026-05-30", "2026-06-01"),   # Saturday -> Monday
    ("us-ca", "2025-11-20", None, "2026-01-04", "2026-01-05"),   # Sunday -> Monday
    ("us-ca", "2026-11-20", None, "2027-01-04", "2027-01-04"),   # a Monday: unchanged
    # GDPR: 8 May 2026 is a public holiday in France, not in Germany (Reg. 1182/71 Art. 3(4)).
    ("eu-gdpr", "2026-04-08", "FR", "2026-05-08", "2026-05-11"),
    ("eu-gdpr", "2026-04-08", "DE", "2026-05-08", "2026-05-08"),
    # The contract's month rule already moves a Saturday to Monday in due_on.
    ("eu-gdpr", "2026-01-31", "FR", "2026-03-02", "2026-03-02"),
    # PIPEDA: Sundays and holidays, not Saturdays (Interpretation Act ss. 26, 35).
    ("ca-pipeda", "2025-11-21", None, "2025-12-21", "2025-12-22"),
    ("ca-pipeda", "2025-11-20", None, "2025-12-20", "2025-12-20"),
    # Quebec: 24 June (Fête nationale) is a holiday.
    ("ca-qc", "2026-05-25", None, "2026-06-24", "2026-06-25"),
    # Virginia: a Sunday last day moves to Monday (Va. Code 1-210(E)).
    ("us-va", "2025-11-20", None, "2026-01-04", "2026-01-05"),
    # Oregon: ORS 174.120 does not reach a controller's answer, so a Sunday stays the last day.
    ("us-or", "2025-11-20", None, "2026-01-04", "2026-01-04"),
])
def test_late_after_follows_each_laws_roll_off(law_id, received, region, due_on, late_after):
    law = laws.get_law(law_id)
    request_type = "access"
    info = compute_due(law, request_type, D(received), region)
    assert info.due_on == D(due_on)
    assert info.late_after == D(late_after)
    assert is_overdue(info.late_after, D(late_after)) is False
    assert is_overdue(info.late_after, D(late_after) + timedelta(days=1)) is True
    if late_after != due_on:
        assert any("still on time" in note for note in info.notes)


def test_gdpr_without_a_known_member_state_says_so():
    info = compute_due(laws.get_law("eu-gdpr"), "access", D("2026-04-08"))
    assert info.late_after == D("2026-05-08")
    assert any("controller's country are not known" in note for note in info.notes)


def test_holiday_region_comes_from_the_controller_else_the_client(store):
    client = client_service.add_client(store, Client(name="Marie", country="FR",
                                                     emails=["m@example.fr"]))
    request = request_service.new_request(store, client.id, "kochava", "access")
    assert request.law == "eu-gdpr" and request.details["holiday_region"] == "FR"
    ca = client_service.add_client(store, Client(name="Ana", state="CA", country="US"))
    assert "holiday_region" not in request_service.new_request(store, ca.id, "kochava",
                                                               "access").details


def _sent(store, state: str, company: str, request_type: str, on: str,
          country: str = "US") -> int:
    client = client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        phones=["+1 415 555 0100"], address="1 Main St\nSpringfield"))
    request = request_service.new_request(store, client.id, company, request_type)
    tracking.mark_sent(store, request.id, on=on)
    return request.id


def test_overdue_and_reminders_wait_until_after_late_after(store):
    request_id = _sent(store, "CA", "kochava", "delete", "2025-12-03")
    tracking.log_event(store, request_id, "acknowledged", on="2025-12-05")
    shown = tracking.derive_one(store, request_id, D("2026-01-20"))
    assert (shown.due_on, shown.late_after) == (D("2026-01-17"), D("2026-01-20"))
    assert shown.overdue is False
    assert followups.check_followup(store, request_id, "reminder", D("2026-01-20"))
    assert tracking.derive_one(store, request_id, D("2026-01-21")).overdue is True
    assert followups.check_followup(store, request_id, "reminder", D("2026-01-21")) is None
    assert followups.check_followup(store, request_id, "complaint", D("2026-01-20"))
    assert followups.check_followup(store, request_id, "complaint", D("2026-01-21")) is None


def test_mark_overdue_rederives_rows_cached_before_late_after_existed(store):
    request_id = _sent(store, "CA", "kochava", "delete", "2025-12-03")
    with store.transaction() as conn:   # as the migration leaves a row: the unmoved date
        conn.execute("UPDATE requests SET late_after = due_on, status = 'sent' WHERE id = ?",
                     (request_id,))
    assert tracking.mark_overdue(store, D("2026-01-19")) == 0   # a holiday, still on time
    row = store.conn.execute("SELECT late_after, status FROM requests WHERE id = ?",
                             (request_id,)).fetchone()
    assert tuple(row) == ("2026-01-20", "sent")
    assert tracking.mark_overdue(store, D("2026-01-20")) == 0
    assert tracking.mark_overdue(store, D("2026-01-21")) == 1


# ------------------------------------------------------------------ the command line

def test_cli_request_and_deadlines_json_carry_late_after(capsys, tmp_path):
    home = tmp_path / "h"
    client = _cli_json(capsys, home, "client", "add", "--name", "Ana", "--state", "CA",
                       "--country", "US", "--email", "ana@example.org")["id"]
    request = _cli_json(capsys, home, "request", "new", "--client", str(client),
                        "--company", "kochava", "--type", "delete")
    _cli(capsys, home, "request", "mark-sent", str(request["id"]), "--on", "2025-12-03")
    shown = _cli_json(capsys, home, "request", "show", str(request["id"]))
    assert (shown["due_on"], shown["late_after"]) == ("2026-01-17", "2026-01-20")
    listed = _cli_json(capsys, home, "request", "list")
    assert listed[0]["late_after"] == "2026-01-20"
    on_time = _cli_json(capsys, home, "deadlines", "--as-of", "2026-01-20")
    assert on_time[0]["late_after"] == "2026-01-20" and on_time[0]["overdue"] is False
    assert on_time[0]["days_left"] == -3   # days_left still counts to due_on
    late = _cli_json(capsys, home, "deadlines", "--as-of", "2026-01-21")
    assert late[0]["overdue"] is True
    text = _letter_cli(capsys, home, request["id"], tmp_path)
    assert "January 17, 2026" in text and "January 20, 2026 (2026-01-20) is still on time" in text
    assert "Code Civ. Proc. 12a" in text


def _letter_cli(capsys, home: Path, request_id: int, tmp_path: Path) -> str:
    out = tmp_path / f"letter-{request_id}.txt"
    code, _, err = _cli(capsys, home, "letter", str(request_id), "--format", "txt", "--out",
                        str(out))
    assert code == 0, err
    return " ".join(out.read_text(encoding="utf-8").split())


# ------------------------------------------------------------------ letters read back as text

def _client(store, state: str = "", country: str = "US") -> int:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        phones=["+1 415 555 0100"], address="1 Main St\nSpringfield")).id


def _letter_text(store, request_id: int) -> str:
    return " ".join(letter_service.render_letter(store, request_id, "txt").decode().split())


LETTERS = [
    # (state, country, company, type, law, present, absent)
    ("CA", "US", "kochava", "delete", "us-ca",
     ["Cal. Civ. Code 1798.105", "Cal. Civ. Code 1798.120", "1798.99.86", "(DROP)",
      "I am a resident of California"],
     ["do not collect it again"]),
    ("CO", "US", "kochava", "delete", "us-co",
     ["Colo. Rev. Stat. 6-1-1306", "I am a resident of Colorado",
      "Colo. Rev. Stat. 6-1-1306(1)(a)(I)"],
     ["do not collect it again", "DROP"]),
    ("IA", "US", "kochava", "opt-out", "us-ia",
     ["Iowa Code 715D.3(1)(d)", "stop selling my personal data", "I am a resident of Iowa"],
     ["targeted advertising", "profiling", "sharing"]),
    ("UT", "US", "kochava", "opt-out", "us-ut",
     ["Utah Code 13-61-201(4)", "targeted advertising"],
     ["profiling"]),
    ("ON", "CA", "rogers", "access", "ca-pipeda",
     ["PIPEDA s. 8(3)", "information about my use of your telecommunications service"],
     ["CPNI", "customer proprietary network information", "911"]),
    ("", "FR", "att", "access", "eu-gdpr",
     ["Art. 15", "Art. 12(3)"],
     ["CPNI", "911", "I am a resident"]),
    ("QC", "CA", "rogers", "correct", "ca-qc",
     ["Section 28", "inaccurate, incomplete or equivocal", "not justified by the object"],
     ["CPNI", "911"]),
    ("CA", "US", "dhs", "access", "us-privacy-act",
     ["5 U.S.C. 552a(d)(1)", "Freedom of Information Act (5 U.S.C. 552)",
      "The Freedom of Information Act requires you to respond within 20 business days",
      "5 U.S.C. 552(a)(6)(A)(i)", "The Privacy Act sets no time limit"],
     ["records about me in a system of records, and to records under"]),
    ("CA", "US", "dhs", "correct", "us-privacy-act",
     ["5 U.S.C. 552a(d)(2)", "acknowledge this request in writing within 10 business days",
      "5 U.S.C. 552a(d)(2)(A)", "promptly"],
     ["requires you to respond within"]),
    ("CA", "US", "att", "cpni-opt-out", "us-cpni",
     ["47 U.S.C. 222(c)(1) and (d)", "billing", "fraud", "required by law", "E911"],
     ["requires you", "carrier practice"]),
    ("CA", "US", "att", "delete", "us-ca",
     ["E911", "I am a resident of California"], []),
]


@pytest.mark.parametrize(("state", "country", "company", "kind", "law_id", "present", "absent"),
                         LETTERS, ids=[f"{row[4]}-{row[3]}-{row[2]}" for row in LETTERS])
def test_letters_say_what_the_law_says(store, state, country, company, kind, law_id, present,
                                       absent):
    request = request_service.new_request(store, _client(store, state, country), company, kind,
                                          law=law_id)
    text = _letter_text(store, request.id)
    for phrase in present:
        assert phrase in text, phrase
    for phrase in absent:
        assert phrase not in text, phrase


def test_pipeda_letter_states_the_later_date(store):
    request_id = _sent(store, "ON", "rogers", "access", "2025-11-21", country="CA")
    text = _letter_text(store, request_id)
    assert "by December 21, 2025 (2025-12-21)" in text
    assert "December 22, 2025 (2025-12-22) is still on time (Interpretation Act" in text


def test_complaint_to_calprivacy_cites_the_refused_right_not_the_response_time(store):
    request_id = _sent(store, "CA", "kochava", "delete", "2025-12-03")
    tracking.log_event(store, request_id, "denied", on="2025-12-20")
    complaint = followups.draft_followup(store, request_id, "complaint")
    text = _letter_text(store, complaint.id)
    assert "refused my request to delete personal information" in text
    assert any("California Attorney General (Cal. Civ. Code 1798.199.90)" in w
               for w in complaint.details["warnings"])
    assert "(Cal. Civ. Code 1798.105)" in text
    assert "7021(b)" not in text


def test_quebec_complaint_warns_of_the_30_day_window(store):
    request_id = _sent(store, "QC", "rogers", "access", "2025-10-01", country="CA")
    complaint = followups.draft_followup(store, request_id, "complaint")
    # 30 days from 2025-10-01 is 2025-10-31 (a Friday): a deemed refusal, 30 days to file.
    assert complaint.details["file_by"] == "2025-11-30"
    assert any("s. 43" in w for w in complaint.details["warnings"])
    text = _letter_text(store, complaint.id)
    assert "CQLR c. P-39.1, s. 43" in text and "2025" in text


def test_privacy_act_amendment_appeal_and_no_ogis_complaint(store):
    request_id = _sent(store, "CA", "dhs", "correct", "2025-11-03")
    tracking.log_event(store, request_id, "denied", on="2025-11-20")
    with pytest.raises(ValidationError, match=r"552a\(g\)"):
        followups.draft_followup(store, request_id, "complaint")
    appeal = followups.draft_followup(store, request_id, "appeal")
    assert any("6 CFR 5.8(a)(1)" in w and "90 business days" in w and "regulation" in w
               and "refused amendment follows the agency's Privacy Act rule" in w
               for w in appeal.details["warnings"])
    text = _letter_text(store, appeal.id)
    assert "within 30 business days" in text and "5 U.S.C. 552a(d)(3)" in text
    assert "complaint to the Office of Government Information Services" not in text
    assert "552a(g)" in text


def test_foia_access_appeal_uses_foias_twenty_days(store):
    request_id = _sent(store, "CA", "dhs", "access", "2025-11-03")
    tracking.log_event(store, request_id, "denied", on="2025-11-20")
    text = _letter_text(store, followups.draft_followup(store, request_id, "appeal").id)
    assert "The Freedom of Information Act requires you to answer this appeal within 20 " \
           "business days" in text
    assert "5 U.S.C. 552(a)(6)(A)(ii)" in text


def test_colorado_appeal_can_be_extended_by_sixty_days():
    due = compute_due(laws.get_law("us-co"), "appeal", D("2026-03-02"))
    assert due.due_on == D("2026-03-02") + timedelta(days=45)
    assert due.extended_due_on == D("2026-03-02") + timedelta(days=45 + 60)
    assert due.extension_rule["citation"] == "Colo. Rev. Stat. 6-1-1306(3)(b)"


# ------------------------------------------------------------------ the law data

OPT_OUT_ONLY = ["us-co", "us-ct", "us-de", "us-tx", "us-mt", "us-ne", "us-nj", "us-mn",
                "us-md", "us-nh"]


@pytest.mark.parametrize("law_id", OPT_OUT_ONLY)
def test_agents_may_only_opt_out_where_the_law_says_so(law_id):
    law = laws.get_law(law_id)
    assert law["agent"]["allowed"] is True and law["agent"]["only_for"] == ["opt-out"]
    assert agent_rule(law, "opt-out")["only_for"] == ["opt-out"]
    with pytest.raises(ValidationError, match="only these requests: opt-out"):
        agent_rule(law, "access")
    # A reminder follows the request it follows up.
    assert agent_rule(law, "reminder", parent_type="opt-out")
    with pytest.raises(ValidationError):
        agent_rule(law, "appeal", parent_type="delete")


@pytest.mark.parametrize(("law_id", "citation"), [
    ("us-co", "Colo. Rev. Stat. 6-1-1306(1)(a)(II)"), ("us-ct", "Conn. Gen. Stat. 42-519"),
    ("us-tx", "Tex. Bus. & Com. Code 541.055(e)"), ("us-mt", "Mont. Code Ann. 30-14-2809(1)"),
    ("us-md", "Md. Code, Com. Law 14-4706"), ("us-nj", "N.J. Stat. 56:8-166.11(a)"),
    ("us-nh", "N.H. Rev. Stat. 507-H:4, II"),
])
def test_agent_rules_read_in_the_statute_cite_it(law_id, citation):
    agent = laws.get_law(law_id)["agent"]
    assert agent["citation"].startswith(citation) and agent["confidence"] == "statute"


@pytest.mark.parametrize("law_id", ["us-nj", "us-mn", "us-nh"])
def test_universal_opt_out_is_required(law_id):
    gpc = laws.get_law(law_id)["global_privacy_control"]
    assert gpc["valid_opt_out"] is True
    assert gpc["confidence"] in ("statute", "secondary") and gpc.get("source")


def test_maryland_signal_is_a_permitted_method_not_a_duty():
    # 14-4707(f)(3) (enacted as 14-4607(f)(3)): a controller "may utilize" a link or a signal.
    gpc = laws.get_law("us-md")["global_privacy_control"]
    assert gpc["valid_opt_out"] is False
    assert gpc["citation"] == "Md. Code, Com. Law 14-4707(f)(3)"
    assert "'may utilize'" in gpc["note"] and "not a duty" in gpc["note"]
    row = "| opt-out | universal opt-out signal (GPC) | not required | " \
        "Md. Code, Com. Law 14-4707(f)(3) |"
    assert row in law_review_markdown(laws.load_laws())


def test_clinic_explains_the_per_request_agent_rule(store):
    clinic_service.save_profile(store, ClinicProfile(
        name="Bay Privacy Clinic", staff="Rosa Staff", address="1 Main St\nOakland CA",
        email="help@clinic.example.org", mode="agent"))
    client_id = _client(store, "CO")
    access = request_service.new_request(store, client_id, "kochava", "access")
    with pytest.raises(ValidationError) as refused:
        letter_service.render_letter(store, access.id, "txt")
    assert "only these requests: opt-out (Colo. Rev. Stat. 6-1-1306(1)(a)(II))" in \
        refused.value.text
    assert "must come from the client" in refused.value.text
    opt_out = request_service.new_request(store, client_id, "kochava", "opt-out")
    text = _letter_text(store, opt_out.id)
    assert "authorized agent of Ana Client" in text and "6-1-1306(1)(a)(II)" in text
    gdpr = request_service.new_request(store, _client(store, "", "FR"), "kochava", "access")
    text = _letter_text(store, gdpr.id)
    assert "written mandate" in text and "Art. 80" not in text


def test_privacy_act_and_foia_clocks():
    law = laws.get_law("us-privacy-act")
    deadlines = law["deadlines"]
    assert (deadlines["respond"]["amount"], deadlines["respond"]["citation"]) == \
        (20, "5 U.S.C. 552(a)(6)(A)(i)")
    assert deadlines["extension"]["citation"] == "5 U.S.C. 552(a)(6)(B)(i)"
    assert deadlines["confirm"]["citation"] == "5 U.S.C. 552a(d)(2)(A)"
    assert law["grants"]["correct"]["deadline"] is None
    assert deadlines[law["appeal"]["by_type"]["correct"]]["amount"] == 30
    assert law["regulator"]["covers"] == ["access"]
    due = compute_due(law, "correct", D("2026-03-02"))
    assert due.due_on is None and due.confirm_by == D("2026-03-16")


def test_cpni_thirty_days_is_a_practice():
    rule = laws.get_law("us-cpni")["deadlines"]["opt_out"]
    assert rule["practice"] is True and rule["confidence"] == "secondary"
    assert "64.2008(d)(1)" in rule["note"]


@pytest.mark.parametrize(("law_id", "kind", "citation", "amount"), [
    ("ca-qc", "complaint", "CQLR c. P-39.1, s. 43", 30),
    ("ca-pipeda", "court", "PIPEDA s. 14(2)", 1),
])
def test_next_step_time_limits_are_encoded(law_id, kind, citation, amount):
    remedy = next(r for r in laws.get_law(law_id)["remedies"] if r["kind"] == kind)
    assert (remedy["citation"], remedy["amount"]) == (citation, amount)


@pytest.mark.parametrize(("law_id", "name", "citation"), [
    ("us-ca", "California Attorney General", "Cal. Civ. Code 1798.199.90"),
    ("us-ut", "Utah Division of Consumer Protection", "Utah Code 13-61-401"),
])
def test_other_enforcers_are_named(law_id, name, citation):
    also = laws.get_law(law_id)["regulator"]["also"]
    assert {"name": name, "citation": citation}.items() <= also[0].items()


def test_every_law_states_its_roll_off_rule():
    for law_id in laws.law_ids():
        roll = laws.get_law(law_id).get("roll_off")
        assert roll is not None, law_id
        assert roll["confidence"] in laws.CONFIDENCES
        if roll["skip"]:
            assert roll.get("source") or roll["confidence"] == "unverified", law_id


@pytest.mark.parametrize("law_id", STATE_LAWS)
def test_state_figures_read_in_the_text_cite_a_section(law_id):
    law = laws.get_law(law_id)
    records = [*law["grants"].values(), *law["deadlines"].values(), law["agent"]]
    for record in records:
        if record.get("confidence") in ("statute", "regulation"):
            assert "et seq." not in record["citation"] and " ch. " not in record["citation"], \
                (law_id, record["citation"])


def test_sources_read_carry_the_date():
    for law_id in laws.law_ids():
        law = laws.get_law(law_id)
        read = {s["url"] for s in law["sources"] if s.get("read_on")}
        for record in [*law["deadlines"].values(), law["agent"], law.get("roll_off") or {},
                       law.get("global_privacy_control") or {}, *(law.get("remedies") or [])]:
            if record.get("source"):
                assert record["source"] in read, (law_id, record["source"])


# ------------------------------------------------------------------ docs/laws.md

def test_law_review_document_is_current():
    current = (ROOT / "docs" / "laws.md").read_text(encoding="utf-8")
    assert current == law_review_markdown(laws.load_laws()), "run `make laws-doc`"


def test_law_review_lists_every_figure_with_section_and_confidence():
    text = law_review_markdown(laws.load_laws())
    assert "| access | answer | 45 calendar days | 11 CCR 7021(b) | regulation |" in text
    assert "| opt-out | right | the right to opt out of the sale of personal data | " \
           "Iowa Code 715D.3(1)(d) | secondary |" in text
    assert "practice, not a legal deadline" in text
    assert "OffMap is not legal advice" in text
    for law_id in laws.law_ids():
        assert f"(`{law_id}`)" in text


@pytest.mark.parametrize(("state", "country", "company", "kind", "law_id", "present", "absent"),
                         LETTERS, ids=[f"cli-{row[4]}-{row[3]}-{row[2]}" for row in LETTERS])
def test_cli_letters_say_what_the_law_says(capsys, tmp_path, state, country, company, kind,
                                           law_id, present, absent):
    home = tmp_path / "h"
    args = ["client", "add", "--name", "Ana Client", "--country", country, "--email",
            "ana@example.org", "--phone", "+14155550100", "--address", "1 Main St"]
    client = _cli_json(capsys, home, *args, *(["--state", state] if state else []))["id"]
    request = _cli_json(capsys, home, "request", "new", "--client", str(client), "--company",
                        company, "--type", kind, "--law", law_id)
    text = _letter_cli(capsys, home, request["id"], tmp_path)
    for phrase in present:
        assert phrase in text, phrase
    for phrase in absent:
        assert phrase not in text, phrase


def test_reports_count_an_answer_on_the_rolled_day_as_on_time(store):
    from app.services import reports as report_service

    request_id = _sent(store, "CA", "kochava", "delete", "2025-12-03")   # due Sat 2026-01-17
    tracking.log_event(store, request_id, "fulfilled", on="2026-01-20")  # after MLK Day
    facts = report_service.request_facts(store, D("2026-02-01"))
    assert [f.deadline for f in facts] == [D("2026-01-20")]
    row = report_service.company_report(store, D("2026-02-01"))[0]
    assert (row.on_time, row.late) == (1, 0)
