"""The government registry: CISA's .gov data and its kinds, .mil and .us by pattern, the foreign table."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest
import yaml

from shared.reference.government import (
    DOTGOV_COLUMNS,
    DotgovError,
    GovernmentRegistry,
    dotgov_kind,
    government_registry,
    parse_dotgov,
)
from shared.vocabulary import RequesterKind

REGISTRY = government_registry()


def packaged_rows() -> list[dict[str, str]]:
    text = resources.files("shared.reference").joinpath("dotgov.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def foreign_entries() -> list[dict[str, object]]:
    text = resources.files("shared.reference").joinpath("foreign_government.yaml").read_text(encoding="utf-8")
    return list(yaml.safe_load(text)["domains"])


@pytest.mark.parametrize(
    ("domain_type", "kind"),
    [
        ("Federal - Executive", RequesterKind.FEDERAL),
        ("Federal - Legislative", RequesterKind.FEDERAL),
        ("Federal", RequesterKind.FEDERAL),
        ("Federal - Judicial", RequesterKind.COURT),
        ("State or territory", RequesterKind.STATE_LOCAL),
        ("State or territory - Election", RequesterKind.STATE_LOCAL),
        ("County", RequesterKind.STATE_LOCAL),
        ("County - Election", RequesterKind.STATE_LOCAL),
        ("City", RequesterKind.STATE_LOCAL),
        ("Special district", RequesterKind.STATE_LOCAL),
        ("School district", RequesterKind.STATE_LOCAL),
        ("Tribal", RequesterKind.STATE_LOCAL),
        ("Tribal - Election", RequesterKind.STATE_LOCAL),
        ("Interstate", RequesterKind.STATE_LOCAL),
        ("Independent Intrastate", RequesterKind.STATE_LOCAL),
        ("Private", None),
        ("Federal agency", None),
    ],
)
def test_each_cisa_domain_type_maps_to_a_requester_kind(domain_type: str, kind: RequesterKind | None) -> None:
    assert dotgov_kind(domain_type) is kind


def test_the_packaged_copy_is_cisas_registry_without_the_security_contacts() -> None:
    rows = packaged_rows()
    assert tuple(rows[0]) == DOTGOV_COLUMNS
    assert len(rows) > 15_000
    assert not any("@" in value for row in rows for value in row.values())
    assert [r["Domain name"] for r in rows] == sorted({r["Domain name"] for r in rows})
    types = Counter(r["Domain type"].split(" - ")[0] for r in rows)
    assert types["City"] > 5_000 and types["County"] > 1_000 and types["Federal"] > 1_000
    # every row is in the registry with the kind its type maps to, the organisation and state kept
    for row in rows:
        body = REGISTRY.get(row["Domain name"])
        assert body is not None and body.source == "dotgov"
        assert body.kind is dotgov_kind(row["Domain type"]) and body.country == "US"
        assert body.organization == row["Organization name"] and body.state == (row["State"] or None)


@pytest.mark.parametrize(
    ("domain", "registry_domain", "kind", "state"),
    [
        ("ohio.gov", "ohio.gov", RequesterKind.STATE_LOCAL, "OH"),
        ("mail.dps.ohio.gov", "ohio.gov", RequesterKind.STATE_LOCAL, "OH"),
        ("ic.fbi.gov", "fbi.gov", RequesterKind.FEDERAL, "DC"),
        ("uscourts.gov", "uscourts.gov", RequesterKind.COURT, "DC"),
        ("army.mil", "army.mil", RequesterKind.FEDERAL, None),
        ("cid.army.mil", "army.mil", RequesterKind.FEDERAL, None),
        ("ncis.navy.mil", "navy.mil", RequesterKind.FEDERAL, None),
        ("fs.fed.us", "fs.fed.us", RequesterKind.FEDERAL, None),
        ("state.ny.us", "state.ny.us", RequesterKind.STATE_LOCAL, "NY"),
        ("courts.state.ny.us", "state.ny.us", RequesterKind.STATE_LOCAL, "NY"),
        ("police.ci.austin.tx.us", "ci.austin.tx.us", RequesterKind.STATE_LOCAL, "TX"),
        ("sheriff.co.fairfax.va.us", "co.fairfax.va.us", RequesterKind.STATE_LOCAL, "VA"),
        ("town.hudson.ma.us", "town.hudson.ma.us", RequesterKind.STATE_LOCAL, "MA"),
        ("lausd.k12.ca.us", "k12.ca.us", RequesterKind.STATE_LOCAL, "CA"),
        ("state.pr.us", "state.pr.us", RequesterKind.STATE_LOCAL, "PR"),
        ("state.dc.us", "state.dc.us", RequesterKind.STATE_LOCAL, "DC"),
    ],
)
def test_lookup_walks_to_the_most_specific_body_and_knows_mil_and_us_patterns(
    domain: str, registry_domain: str, kind: RequesterKind, state: str | None
) -> None:
    body = REGISTRY.lookup(domain)
    assert body is not None
    assert (body.domain, body.kind, body.country, body.state) == (registry_domain, kind, "US", state)


@pytest.mark.parametrize(
    "domain",
    [
        "example.com",
        "mil.example.com",  # "mil" not as the top-level domain
        "state.zz.us",  # no such state
        "pvt.k12.ca.us",  # private schools
        "school.pvt.k12.ca.us",
        "acme.austin.tx.us",  # a locality name without a government prefix: anyone may register
        "austin.tx.us",
        "ohio.gov.example.com",
        "gov",
        "",
    ],
)
def test_what_is_not_a_government_body(domain: str) -> None:
    assert REGISTRY.lookup(domain) is None


COUNTRIES = {"GB", "DE", "FR", "BR", "IN", "CA", "AU", "ES", "MX", "JP", "IT", "CO", "NL", "IE", "PL", "AR", "KR"}


def test_the_foreign_table_covers_the_countries_that_send_the_most_requests() -> None:
    entries = foreign_entries()
    by_country = Counter(str(e["country"]) for e in entries)
    assert set(by_country) >= COUNTRIES
    for country in COUNTRIES:  # each with its police or justice, not only a government suffix
        branches = {e["branch"] for e in entries if e["country"] == country}
        assert branches & {"police", "justice", "prosecution", "court"}, country
    for entry in entries:
        body = REGISTRY.get(str(entry["domain"]))
        assert body is not None and body.kind is RequesterKind.FOREIGN_GOVERNMENT
        assert len(body.country) == 2 and body.country.isupper()


@pytest.mark.parametrize(
    ("domain", "registry_domain", "country", "branch"),
    [
        ("anyone.gov.uk", "gov.uk", "GB", "government"),
        ("met.police.uk", "met.police.uk", "GB", "police"),
        ("thames-valley.police.uk", "police.uk", "GB", "police"),
        ("kripo.polizei.bayern.de", "polizei.bayern.de", "DE", "police"),
        ("bka.de", "bka.de", "DE", "police"),
        ("justiz.nrw.de", "justiz.nrw.de", "DE", "justice"),
        ("gendarmerie.interieur.gouv.fr", "gendarmerie.interieur.gouv.fr", "FR", "police"),
        ("justice.gouv.fr", "justice.gouv.fr", "FR", "justice"),
        ("dpf.gov.br", "dpf.gov.br", "BR", "police"),
        ("tjrj.jus.br", "jus.br", "BR", "court"),
        ("delhipolice.gov.in", "delhipolice.gov.in", "IN", "police"),
        ("rcmp-grc.gc.ca", "rcmp-grc.gc.ca", "CA", "police"),
        ("afp.gov.au", "afp.gov.au", "AU", "police"),
        ("policia.es", "policia.es", "ES", "police"),
        ("guardiacivil.es", "guardiacivil.es", "ES", "police"),
        ("mossos.cat", "mossos.cat", "ES", "police"),
        ("fgr.org.mx", "fgr.org.mx", "MX", "prosecution"),
        ("npa.go.jp", "npa.go.jp", "JP", "police"),
        ("poliziadistato.it", "poliziadistato.it", "IT", "police"),
        ("carabinieri.it", "carabinieri.it", "IT", "police"),
        ("policia.gov.co", "policia.gov.co", "CO", "police"),
        ("politie.nl", "politie.nl", "NL", "police"),
        ("garda.ie", "garda.ie", "IE", "police"),
        ("policja.gov.pl", "policja.gov.pl", "PL", "police"),
        ("policiafederal.gov.ar", "policiafederal.gov.ar", "AR", "police"),
        ("police.go.kr", "police.go.kr", "KR", "police"),
    ],
)
def test_foreign_bodies(domain: str, registry_domain: str, country: str, branch: str) -> None:
    body = REGISTRY.lookup(domain)
    assert body is not None
    assert (body.domain, body.country, body.branch, body.kind) == (
        registry_domain,
        country,
        branch,
        RequesterKind.FOREIGN_GOVERNMENT,
    )


HEADER = "Domain name,Domain type,Organization name,Suborganization name,City,State,Security contact email\n"


def test_parse_dotgov_keeps_the_columns_it_needs_and_drops_the_security_contact() -> None:
    rows = parse_dotgov(HEADER + "B.gov,City,City of B,,B,OH,soc@b.gov\na.gov,County,A County,,A,OH,(blank)\n")
    assert [r["Domain name"] for r in rows] == ["a.gov", "b.gov"]
    assert all(tuple(r) == DOTGOV_COLUMNS for r in rows)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        (HEADER, "no domains"),
        ("domain,type\na.gov,City\n", "header lacks"),
        (HEADER + "a.com,City,A,,A,OH,\n", "not a .gov domain"),
        (HEADER + "a.gov,Corporate,A,,A,OH,\n", "unknown domain type"),
        (HEADER + "a.gov,City,A,,A,OH,\na.gov,City,A,,A,OH,\n", "listed twice"),
    ],
)
def test_parse_dotgov_refuses_bad_input(text: str, why: str) -> None:
    with pytest.raises(DotgovError, match=why):
        parse_dotgov(text)


def test_a_registry_refuses_a_domain_listed_twice() -> None:
    body = REGISTRY.lookup("ohio.gov")
    assert body is not None
    with pytest.raises(ValueError, match="twice"):
        GovernmentRegistry([body, body])


# --- a registry suffix no source confirms government-only --------------------------------------

_QQ = "FOREIGN_GOVERNMENT"


def _suffix_registry() -> GovernmentRegistry:
    from shared.reference.government import GovernmentBody

    def body(domain: str, name: str, *, restricted: bool = False, unconfirmed_suffix: bool = False) -> GovernmentBody:
        return GovernmentBody(
            domain,
            name,
            RequesterKind(_QQ),
            "QQ",
            "foreign",
            "Foreign",
            restricted=restricted,
            unconfirmed_suffix=unconfirmed_suffix,
        )

    return GovernmentRegistry(
        [
            body("gov.qq", "Qland government (gov.qq)", unconfirmed_suffix=True),
            body("mj.gov.qq", "Qland Ministry of Justice"),
            body("gov.rr", "Rland government (gov.rr)", restricted=True),
        ]
    )


def test_an_unconfirmed_suffix_covers_itself_and_its_listed_entries_but_no_other_name() -> None:
    registry = _suffix_registry()
    assert registry.lookup("gov.qq").name == "Qland government (gov.qq)"  # type: ignore[union-attr]
    assert registry.lookup("mj.gov.qq").name == "Qland Ministry of Justice"  # type: ignore[union-attr]
    assert registry.lookup("mail.mj.gov.qq").name == "Qland Ministry of Justice"  # type: ignore[union-attr]
    assert registry.lookup("police.gov.qq") is None
    assert registry.unconfirmed_suffix_above("police.gov.qq").domain == "gov.qq"  # type: ignore[union-attr]
    assert registry.unconfirmed_suffix_above("mail.mj.gov.qq") is None  # a listed entry covers it
    assert registry.unconfirmed_suffix_above("gov.qq") is None


def test_a_restricted_suffix_covers_every_name_under_it() -> None:
    registry = _suffix_registry()
    assert registry.lookup("police.gov.rr").domain == "gov.rr"  # type: ignore[union-attr]
    assert registry.unconfirmed_suffix_above("police.gov.rr") is None


def test_the_packaged_table_loads_the_unconfirmed_flag_apart_from_restricted() -> None:
    for body in REGISTRY:
        assert not (body.restricted and body.unconfirmed_suffix), body.domain
