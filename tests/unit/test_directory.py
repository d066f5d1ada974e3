"""Directory search, successors, merging and the holdings wizard's suggestions (core + service)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.core import directory as core
from app.core.errors import NotFoundError, ValidationError
from app.core.model import Company
from app.services import directory as service
from app.store import companies as company_repo


@pytest.fixture(scope="module")
def index() -> dict[str, Company]:
    companies = core.parse_document(core.bundled_directory_path().read_bytes())
    return {c.slug: c for c in companies}


def slugs(companies) -> list[str]:
    return [c.slug for c in companies]


def test_search_by_name_alias_and_brand(index):
    assert slugs(core.search(index.values(), "securus"))[0] == "securus"
    assert "securus" in slugs(core.search(index.values(), "aventiv"))  # alias
    assert slugs(core.search(index.values(), "AT&T"))[0] == "att"
    assert slugs(core.search(index.values(), "at&t mobility"))[0] == "att"
    assert "verizon" in slugs(core.search(index.values(), "straight talk"))  # brand
    # The brand's own record ranks before the owner that lists it as a brand.
    assert slugs(core.search(index.values(), "straight talk"))[0] == "straight-talk"


def test_search_ignores_case_accents_and_punctuation(index):
    assert slugs(core.search(index.values(), "T MOBILE"))[0] == "t-mobile"
    assert slugs(core.search(index.values(), "tmobile"))[0] == "t-mobile"
    assert slugs(core.search(index.values(), "placer.ai"))[0] == "placer-ai"


def test_search_by_kind_only_returns_that_kind_sorted(index):
    mvnos = core.search(index.values(), kind="mvno")
    assert mvnos and all(c.kind == "mvno" for c in mvnos)
    names = [core.normalise(c.name) for c in mvnos]
    assert names == sorted(names)


def test_search_unknown_kind_says_which_kinds_exist(index):
    with pytest.raises(ValidationError, match="carrier, mvno"):
        core.search(index.values(), kind="bank")


def test_search_with_no_match_is_empty(index):
    assert core.search(index.values(), "zzzz-no-such-company") == []


def test_sprint_resolves_to_t_mobile(index):
    assert core.resolve(index, "sprint").slug == "t-mobile"
    assert core.resolve(index, "t-mobile").slug == "t-mobile"
    assert slugs(core.successor_chain(index, "sprint")) == ["sprint", "t-mobile"]


def test_successor_cycle_does_not_loop():
    a = Company(slug="a", name="A", kind="broker", successor="b", successor_reason="merged")
    b = Company(slug="b", name="B", kind="broker", successor="a", successor_reason="merged")
    assert core.resolve({"a": a, "b": b}, "a").slug == "b"


def test_unknown_slug_tells_what_to_do(index):
    with pytest.raises(NotFoundError, match="no company 'nope'; try `offmap directory search`"):
        core.lookup(index, "nope")


def test_phone_service_wizard_adds_host_and_aggregators_with_reasons(index):
    suggestions = core.phone_service_suggestions(index, "cricket-wireless")
    by_slug = {s.company.slug: s for s in suggestions}
    assert by_slug["cricket-wireless"].role == "service"
    assert by_slug["att"].role == "host"
    assert "AT&T" in by_slug["att"].reason
    for recipient in ("locationsmart", "zumigo", "securus", "3cinteractive", "dea"):
        assert by_slug[recipient].role == "recipient"
        assert by_slug[recipient].reason and by_slug[recipient].source
        assert by_slug[recipient].via == "att"


def test_phone_service_wizard_follows_successor(index):
    by_slug = {s.company.slug: s for s in core.phone_service_suggestions(index, "sprint")}
    assert by_slug["t-mobile"].role == "successor"
    assert by_slug["microbilt"].role == "recipient"


def test_app_wizard_lists_sdk_partners(index):
    by_slug = {s.company.slug: s for s in core.app_suggestions(index, "life360")}
    assert {"arity", "placer-ai", "cuebiq"} <= set(by_slug)
    assert all(s.reason for s in by_slug.values())


def test_registry_overlay_never_adds_or_changes_contacts(index):
    base = index["zumigo"]
    imported = Company(slug="zumigo", name="Zumigo", kind="broker", origin="cppa",
                       contacts={"email": "other@example.org", "phone": "555-0100"},
                       extra={"registry": {"drop": True, "precise_geolocation": True}})
    merged = core.merge_directory([base], [imported])["zumigo"]
    assert merged.contacts == base.contacts
    assert core.drop_covers(merged)
    assert merged.origin == "bundled"


def test_user_record_replaces_bundled(index):
    mine = Company(slug="att", name="AT&T (my notes)", kind="carrier", origin="user")
    assert core.merge_directory(index.values(), [mine])["att"].name == "AT&T (my notes)"


# ------------------------------------------------------------------ service (store)
def test_service_get_resolve_search(store):
    assert service.get_company(store, "sprint").successor == "t-mobile"
    assert service.resolve_company(store, "sprint").slug == "t-mobile"
    assert service.search_companies(store, "securus")[0].slug == "securus"
    with pytest.raises(NotFoundError):
        service.get_company(store, "no-such")


def test_user_company_is_stored_marked_and_searchable(store):
    saved = service.save_user_company(store, Company(
        slug="", name="Acme Locate", kind="broker", aliases=["Acme"],
        contacts={"email": "privacy@acme.example"}))
    assert saved.slug == "acme-locate" and saved.origin == "user"
    assert company_repo.get(store.conn, "acme-locate").origin == "user"
    assert service.search_companies(store, "acme")[0].slug == "acme-locate"


def test_user_company_bad_email_is_refused_and_nothing_saved(store):
    with pytest.raises(ValidationError, match="not an e-mail address"):
        service.save_user_company(store, Company(slug="", name="Bad", kind="broker",
                                                 contacts={"email": "nope"}))
    assert company_repo.list_all(store.conn) == []


def test_user_mvno_needs_an_existing_host(store):
    with pytest.raises(ValidationError, match="host network"):
        service.save_user_company(store, Company(slug="", name="Tiny Mobile", kind="mvno"))
    with pytest.raises(ValidationError, match="not a company in the directory"):
        service.save_user_company(store, Company(slug="", name="Tiny Mobile", kind="mvno",
                                                 hosts=["nowhere"]))
    saved = service.save_user_company(store, Company(slug="", name="Tiny Mobile", kind="mvno",
                                                     hosts=["t-mobile"]))
    assert service.get_company(store, saved.slug).hosts == ["t-mobile"]


def test_only_own_companies_can_be_deleted(store):
    with pytest.raises(NotFoundError, match="not one of your own"):
        service.delete_user_company(store, "att")


def test_company_json_has_contract_keys(store):
    index = service.directory_index(store)
    data = service.company_json(index["cricket-wireless"], index)
    for key in ("slug", "name", "kind", "aliases", "hosts", "successor", "contacts", "sources",
                "verified_on", "quality"):
        assert key in data
    assert data["host_names"] == ["AT&T"]
    assert set(data["contacts"]) >= {"email", "webform", "postal", "phone"}


def test_search_matches_word_starts_not_word_middles(index):
    found = slugs(core.search(index.values(), "t-mobile"))
    assert found[0] == "t-mobile" and "boost-mobile" not in found
    assert "t-mobile" in slugs(core.search(index.values(), "mobile"))


def test_the_reused_index_follows_every_change_of_the_store_and_the_file(store):
    """directory_index reuses its last merge; a stale one would address a letter wrongly."""
    first = service.directory_index(store)
    first.pop("att")  # each caller gets its own dict
    assert service.directory_index(store)["att"].origin == "bundled"
    mine = Company(slug="att", name="AT&T (mine)", kind="carrier",
                   contacts={"email": "me@att.example"})
    service.save_user_company(store, mine)
    assert service.directory_index(store)["att"].contacts["email"] == "me@att.example"
    service.save_user_company(store, replace(mine, contacts={"email": "new@att.example"}))
    assert service.directory_index(store)["att"].contacts["email"] == "new@att.example"
    service.delete_user_company(store, "att")
    assert service.directory_index(store)["att"].origin == "bundled"

    document = json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))
    for record in document["companies"]:
        if record["slug"] == "att":
            record["name"] = "AT&T Updated"
    override = service.home_directory_path(store.home)
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(json.dumps(document), encoding="utf-8")
    assert service.directory_index(store)["att"].name == "AT&T Updated"
    override.unlink()
    assert service.directory_index(store)["att"].name == "AT&T"
