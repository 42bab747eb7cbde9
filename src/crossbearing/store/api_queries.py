"""SQL behind the REST API's list endpoints: what each resource is, how it filters, sorts,
pages (keyset) and counts. Every value travels as a bound parameter; the only names that
reach SQL text come from the whitelists below.

The API's connection is an in-memory DuckDB with the store attached read-only as ``src``.
``prepare`` materialises the flattened, ACLED-shaped event rows once (joins, cross-event
membership and status, country names) into ``memory.main.api_events``, and each other resource
into its own table (``DERIVED_SQL``), so each request is a scan of one table: at 100,000 events a
list page costs 6-37 ms of CPU (``benchmarks/api_load.py``). Pages and streamed exports choose row
ids by filter and sort first and read the wide rows of those only; exports go in keyset batches,
so their memory does not grow with the result. ``EVENTS_SQL`` is the one place that says what an API event is: point
it at another table (e.g. merged events) and every endpoint, export and facet follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterator, Optional

MEM = "memory.main"  # DuckDB's name for the in-memory database the API connection opens
SRC = "src.main"     # the store, attached read-only

# Types of the values a filter takes (parsed and checked by the HTTP layer).
DATE, INT, FLOAT, STR, BOOL, BBOX, TIME = "date", "int", "float", "str", "bool", "bbox", "time"

# Fields whose disagreement is a difference in *coding*, not a contradiction (see
# link.align.coding_differences / status_of, which this mirrors in SQL; a test compares them).
_SOFT_ALWAYS = ("detail", "event_type", "sub_event_type")
_SOFT_UNLESS_VIOLENT = ("actor1", "actor2")

_WS = "' ' || chr(9) || chr(10) || chr(13)"

# --- events -------------------------------------------------------------------------------
# One row per article's event (a report), as stored: what a store not linked yet serves, and
# the rows of the reports resource.
ARTICLE_EVENTS_SQL = f"""
SELECT e.id AS event_id, e.event_date, year(e.event_date) AS year, e.time_precision, e.disorder_type,
       e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, coalesce(e.inter1, 0) AS inter1,
       e.actor2, e.assoc_actor_2, coalesce(e.inter2, 0) AS inter2,
       CASE WHEN least(coalesce(e.inter1, 0), coalesce(e.inter2, 0)) > 0
            THEN least(e.inter1, e.inter2) * 10 + greatest(e.inter1, e.inter2)
            ELSE greatest(coalesce(e.inter1, 0), coalesce(e.inter2, 0)) * 10 END AS interaction,
       CASE WHEN e.civilian_targeting THEN 'Civilian targeting' ELSE '' END AS civilian_targeting,
       k.iso, coalesce(k.name, e.country) AS country, e.admin1, e.admin2, e.location, e.latitude, e.longitude,
       e.geo_precision, a.outlet AS source, trim(coalesce(e.notes, ''), {_WS}) AS notes,
       coalesce(e.fatalities, 0) AS fatalities,
       e.article_id, e.country AS country_code, e.injured, e.planned, e.aggregate, e.claimant, e.confidence,
       e.plover_type, e.plover_mode, m.cross_event, coalesce(m.n_outlets, 1) AS n_outlets,
       coalesce(m.n_origins, 1) AS n_origins, m.n_claimants, coalesce(m.story_id, sa.story_id) AS story_id,
       coalesce(m.status, 'single') AS status, [e.article_id] AS article_ids, 1 AS n_reports,
       NULL::TIMESTAMP AS created_at, NULL::TIMESTAMP AS updated_at,
       a.title AS article_title, a.url AS article_url, a.published AS article_published,
       lower(concat_ws(' ', e.notes, e.location, e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2,
                       e.event_type, e.sub_event_type, e.admin1, e.admin2, k.name, e.country, a.outlet,
                       e.claimant)) AS _text
FROM {SRC}.events e
JOIN {SRC}.articles a ON a.id = e.article_id
LEFT JOIN {MEM}.api_countries k ON k.code = upper(e.country)
LEFT JOIN {MEM}.api_membership m ON m.event_id = e.id
LEFT JOIN {SRC}.story_articles sa ON sa.article_id = e.article_id
"""

# The one definition of an API event: the merged events the link stage stored (one row per
# real-world event, see export.merged), and, for reports no merged event holds yet (a store not
# linked), the report itself.
EVENTS_SQL = f"""
SELECT m.event_id_cnty AS event_id, m.event_date, m.year, m.time_precision, m.disorder_type, m.event_type,
       m.sub_event_type, m.actor1, m.assoc_actor_1, coalesce(m.inter1, 0) AS inter1, m.actor2, m.assoc_actor_2,
       coalesce(m.inter2, 0) AS inter2, m.interaction, m.civilian_targeting, m.iso, m.country, m.admin1, m.admin2,
       m.location, m.latitude, m.longitude, m.geo_precision, m.source, trim(coalesce(m.notes, ''), {_WS}) AS notes,
       coalesce(m.fatalities, 0) AS fatalities, string_split(m.article_ids, ';')[1] AS article_id,
       m.country_code, m.injured, m.kind = 'planned' AS planned, m.kind = 'aggregate' AS aggregate,
       NULL::VARCHAR AS claimant, NULL::DOUBLE AS confidence, m.plover_type, m.plover_mode, m.cross_event,
       m.n_outlets, m.n_origins, m.n_claimants, m.story_id, m.status, string_split(m.article_ids, ';') AS article_ids,
       m.n_reports, m.created_at, m.updated_at, NULL::VARCHAR AS article_title, NULL::VARCHAR AS article_url,
       NULL::DATE AS article_published,
       lower(concat_ws(' ', m.notes, m.location, m.actor1, m.actor2, m.assoc_actor_1, m.assoc_actor_2, m.event_type,
                       m.sub_event_type, m.admin1, m.admin2, m.country, m.country_code, m.source)) AS _text
FROM {SRC}.merged_events m
UNION ALL BY NAME
SELECT * FROM {MEM}.api_article_events WHERE event_id NOT IN (SELECT report_id FROM {MEM}.api_event_map)
"""

# report (article event) id → the merged event that holds it
EVENT_MAP_SQL = f"SELECT unnest(report_ids) AS report_id, event_id_cnty AS event_id FROM {SRC}.merged_events"

# Columns the event filters read, computed once at start-up rather than for every row of every request:
# a merged event's outlets ("GPA; PressTV" → a list) and its actors' names in one lower-case string.
_DERIVED_COLUMNS = ("string_split(source, '; ') AS _outlets, "
                    "lower(concat_ws(chr(31), actor1, actor2, assoc_actor_1, assoc_actor_2)) AS _actors")

# What each resource's in-memory table holds (built by ``prepare`` in this order, after api_events),
# so that a request filters, counts and pages one table and joins nothing.
DERIVED_SQL = {
    "api_article_stats": f"SELECT article_id, count(*) AS n_events FROM {SRC}.events GROUP BY 1",
    "api_reports": f"""
        SELECT coalesce(m.event_id, r.event_id) || '@' || r.article_id AS report_id,
               coalesce(m.event_id, r.event_id) AS event_id, r.* EXCLUDE (event_id), {_DERIVED_COLUMNS}
        FROM {MEM}.api_article_events r LEFT JOIN {MEM}.api_event_map m ON m.report_id = r.event_id
        ORDER BY r.event_date DESC NULLS LAST, report_id DESC""",
    "api_articles": f"""
        SELECT a.id, a.outlet, a.url, a.title, a.published, a.published_end, a.published_precision,
               a.published_source, a.language, a.dateline_place, substr(a.text, 1, 200) AS lead,
               coalesce(s.n_events, 0) AS n_events, sa.story_id, a.ingested_at
        FROM {SRC}.articles a LEFT JOIN {MEM}.api_article_stats s ON s.article_id = a.id
        LEFT JOIN {SRC}.story_articles sa ON sa.article_id = a.id
        ORDER BY a.published DESC NULLS LAST, a.id DESC""",
    "api_stories": f"""
        SELECT s.id, s.title, s.first_seen, s.last_seen, s.n_articles, s.n_outlets, o.outlets
        FROM {SRC}.stories s LEFT JOIN (
            SELECT x.story_id, list(DISTINCT a.outlet ORDER BY a.outlet) AS outlets FROM {SRC}.story_articles x
            JOIN {SRC}.articles a ON a.id = x.article_id GROUP BY 1) o ON o.story_id = s.id
        ORDER BY s.last_seen DESC NULLS LAST, s.id DESC""",
    "api_outlets": f"""
        SELECT coalesce(a.outlet, '') AS outlet, count(*) AS n_articles, sum(coalesce(s.n_events, 0)) AS n_events,
               count(DISTINCT sa.story_id) AS n_stories, min(a.published) AS first_published,
               max(a.published) AS last_published
        FROM {SRC}.articles a LEFT JOIN {MEM}.api_article_stats s ON s.article_id = a.id
        LEFT JOIN {SRC}.story_articles sa ON sa.article_id = a.id GROUP BY 1""",
    "api_actors": f"""
        SELECT actor, arg_max(inter, n) AS inter, sum(n) AS n_events, sum(f) AS fatalities, min(d0) AS first_date,
               max(d1) AS last_date FROM (
            SELECT actor, inter, count(*) AS n, sum(fatalities) AS f, min(event_date) AS d0, max(event_date) AS d1
            FROM (SELECT actor1 AS actor, inter1 AS inter, fatalities, event_date FROM {MEM}.api_events
                  WHERE NOT coalesce(aggregate, false) UNION ALL
                  SELECT actor2, inter2, fatalities, event_date FROM {MEM}.api_events
                  WHERE NOT coalesce(aggregate, false))
            WHERE actor IS NOT NULL GROUP BY 1, 2) GROUP BY 1""",
}

# event id → the cross-event (fact across outlets) it belongs to, with its agree/conflict/single status.
# Each cross-event's JSON is read once for its field names and statuses (two aligned lists, not a
# row per field with the field's whole value: that took 6 GB and 12 s for 125,000 cross-events).
MEMBERSHIP_SQL = f"""
WITH c AS (
    SELECT id, n_outlets, n_origins, n_claimants, story_id,
           json_keys(data, '$.fields') AS ks, json_extract_string(data, '$.fields.*.status') AS sts,
           list_has_any(json_extract_string(data, '$.fields.event_type.values[*].value'), ?::VARCHAR[]) AS violent,
           CAST(json_extract(data, '$.event_ids') AS VARCHAR[]) AS event_ids
    FROM {SRC}.cross_events
), f AS (
    SELECT id, violent, unnest(ks) AS k, unnest(sts) AS st FROM c
), conflicts AS (
    SELECT id, count(*) FILTER (WHERE st = 'conflict' AND NOT list_contains(?::VARCHAR[], k)
                                AND (violent OR NOT list_contains(?::VARCHAR[], k))) AS n
    FROM f GROUP BY id
), ce AS (
    SELECT c.id AS cross_event, c.n_outlets, c.n_origins, c.n_claimants, c.story_id,
           CASE WHEN c.n_outlets <= 1 THEN 'single' WHEN coalesce(x.n, 0) > 0 THEN 'conflict' ELSE 'agree' END
               AS status,
           unnest(c.event_ids) AS event_id
    FROM c LEFT JOIN conflicts x ON x.id = c.id
)
SELECT * FROM ce QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY n_origins DESC, cross_event) = 1
"""


def prepare(con, countries: list[tuple[str, str, Optional[int]]], violent_types: tuple[str, ...]) -> None:
    """Build the API's in-memory tables from the attached store (once, at start-up)."""
    con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_countries (code VARCHAR, name VARCHAR, iso INTEGER)")
    if countries:
        con.executemany(f"INSERT INTO {MEM}.api_countries VALUES (?, ?, ?)", countries)
    con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_membership AS {MEMBERSHIP_SQL}",
                [list(violent_types), list(_SOFT_ALWAYS), list(_SOFT_UNLESS_VIOLENT)])
    con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_article_events AS {ARTICLE_EVENTS_SQL}")
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'src' "
                   "AND table_name = 'merged_events'").fetchone()[0]:
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_event_map AS {EVENT_MAP_SQL}")
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_events AS SELECT *, {_DERIVED_COLUMNS} "
                    f"FROM ({EVENTS_SQL}) "
                    "ORDER BY event_date DESC NULLS LAST, event_id DESC")
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_deleted AS SELECT event_id_cnty AS event_id, deleted_at "
                    f"FROM {SRC}.deleted_events")
    else:  # a store from before merged events (opened read-only, so not migrated): its reports
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_event_map (report_id VARCHAR, event_id VARCHAR)")
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_events AS SELECT *, {_DERIVED_COLUMNS} "
                    f"FROM {MEM}.api_article_events "
                    "ORDER BY event_date DESC NULLS LAST, event_id DESC")
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.api_deleted (event_id VARCHAR, deleted_at TIMESTAMP)")
    for table, sql in DERIVED_SQL.items():
        con.execute(f"CREATE OR REPLACE TABLE {MEM}.{table} AS {sql}")
    con.execute(f"DROP TABLE {MEM}.api_article_events")  # its rows live on in api_events and api_reports


# a merged event's source lists its outlets ("GPA; PressTV"): split once at start-up into _outlets
_OUTLETS = "_outlets"
# facets over columns that hold a list: each member counted once per row
_LIST_FACETS = {"source": _OUTLETS}


# --- resources ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Filter:
    name: str
    kind: str
    sql: Callable[[Any], tuple[str, list]]  # parsed value → (SQL condition, its bound values)
    help: str
    multi: bool = False           # repeatable (?event_type=A&event_type=B): any of them
    minimum: Optional[float] = None
    choices: tuple[str, ...] = ()
    default: Any = None           # applied when the parameter is absent


@dataclass(frozen=True)
class Resource:
    name: str
    relation: str                  # a table or a parenthesised SELECT
    key: str                       # unique, non-null: the keyset tie-breaker
    columns: tuple[str, ...]       # what a row holds, in order
    sorts: dict[str, str]          # public sort name → its SQL type (the column of that name)
    default_sort: str
    filters: dict[str, Filter] = field(default_factory=dict)
    facets: tuple[str, ...] = ()
    geo: bool = False              # rows have latitude/longitude (a .geojson twin)


def _eq(col: str) -> Callable:
    return lambda vs: (f"list_contains(?, {col})", [list(vs)])


def _ieq(col: str) -> Callable:
    return lambda vs: (f"list_contains(?, lower({col}))", [[v.lower() for v in vs]])


def _contains(expr: str) -> Callable:
    # contains() is a plain substring test: % and _ in the value are not wildcards
    return lambda v: (f"contains({expr}, ?)", [v.lower()])


def _cmp(col: str, op: str, cast: str = "") -> Callable:
    return lambda v: (f"{col} {op} ?{cast}", [v.isoformat() if isinstance(v, date) else v])


def _bbox(lon: str = "longitude", lat: str = "latitude") -> Callable:
    def sql(b):
        minlon, minlat, maxlon, maxlat = b
        if minlon <= maxlon:
            return f"({lon} BETWEEN ? AND ? AND {lat} BETWEEN ? AND ?)", [minlon, maxlon, minlat, maxlat]
        # a box across the antimeridian (minlon > maxlon)
        return f"(({lon} >= ? OR {lon} <= ?) AND {lat} BETWEEN ? AND ?)", [minlon, maxlon, minlat, maxlat]
    return sql


def _has(col: str) -> Callable:
    return lambda v: (f"({col} IS NOT NULL) = ?", [v])


def _date_filters(col: str, what: str) -> dict[str, Filter]:
    return {"date_from": Filter("date_from", DATE, _cmp(col, ">=", "::DATE"), f"{what} on or after (YYYY-MM-DD)"),
            "date_to": Filter("date_to", DATE, _cmp(col, "<=", "::DATE"), f"{what} on or before (YYYY-MM-DD)")}


_EVENT_COLUMNS = ("event_id", "event_date", "year", "time_precision", "disorder_type", "event_type",
                  "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                  "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "location",
                  "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                  "article_id", "country_code", "injured", "planned", "aggregate", "claimant", "confidence",
                  "plover_type", "plover_mode", "cross_event", "n_outlets", "n_origins", "n_claimants", "story_id",
                  "status", "n_reports", "article_ids", "created_at", "updated_at")

_EVENT_FILTERS = {
    **_date_filters("event_date", "event date"),
    "event_type": Filter("event_type", STR, _eq("event_type"), "ACLED event type (repeat for any of several)", True),
    "sub_event_type": Filter("sub_event_type", STR, _eq("sub_event_type"), "ACLED sub-event type", True),
    "disorder_type": Filter("disorder_type", STR, _eq("disorder_type"), "ACLED disorder type", True),
    "actor": Filter("actor", STR, _contains("_actors"), "an actor or associated actor contains this (any case)"),
    "inter": Filter("inter", INT, lambda vs: ("(list_contains(?, inter1) OR list_contains(?, inter2))",
                                              [list(vs), list(vs)]), "actor type code on either side (0-8)",
                    True, minimum=0),
    "interaction": Filter("interaction", INT, _eq("interaction"), "ACLED interaction code (e.g. 17)", True, 0),
    "country": Filter("country", STR, lambda vs: ("(list_contains(?, lower(country)) OR list_contains(?, "
                                                  "lower(country_code)))", [[v.lower() for v in vs]] * 2),
                      "country name or ISO alpha-2 code", True),
    "admin1": Filter("admin1", STR, _ieq("admin1"), "first-level region (exact, any case)", True),
    # a merged event's source lists its outlets ("GPA; PressTV"): match any of them
    "outlet": Filter("outlet", STR, lambda vs: (f"list_has_any({_OUTLETS}, ?)", [list(vs)]),
                     "an outlet that reported it (any of several)", True),
    "geo_precision": Filter("geo_precision", INT, _eq("geo_precision"),
                            "ACLED geo_precision: 1 the town, 2 near it, 3 only the region", True, 1),
    "bbox": Filter("bbox", BBOX, _bbox(), "minlon,minlat,maxlon,maxlat (WGS84)"),
    "min_origins": Filter("min_origins", INT, _cmp("n_origins", ">="), "at least this many independent origins",
                          minimum=0),
    "min_outlets": Filter("min_outlets", INT, _cmp("n_outlets", ">="), "reported by at least this many outlets",
                          minimum=0),
    "min_fatalities": Filter("min_fatalities", INT, _cmp("fatalities", ">="), "at least this many killed",
                             minimum=0),
    "status": Filter("status", STR, _eq("status"), "agreement across outlets", True,
                     choices=("agree", "conflict", "single")),
    "q": Filter("q", STR, _contains("_text"), "text contains this (notes, place, actors, type, outlet; any case)"),
    "has_date": Filter("has_date", BOOL, _has("event_date"), "only events with (true) or without (false) a date"),
    "has_coords": Filter("has_coords", BOOL, _has("latitude"), "only events with (true) or without (false) "
                                                               "coordinates"),
    "include_aggregates": Filter("include_aggregates", BOOL,
                                 lambda v: ("TRUE", []) if v else ("NOT coalesce(aggregate, false)", []),
                                 "include aggregate figures (\"since the war began\")", default=False),
    "article": Filter("article", STR, lambda vs: ("list_has_any(article_ids, ?)", [list(vs)]),
                      "reported in this article (full id)", True),
    "updated_since": Filter("updated_since", TIME, _cmp("updated_at", ">", "::TIMESTAMP"),
                            "created or changed after this UTC time (YYYY-MM-DDTHH:MM:SS): for incremental sync; "
                            "the ids deleted since are at /api/events/deleted"),
    "story": Filter("story", STR, _eq("story_id"), "in this story (full id)", True),
    "cross_event": Filter("cross_event", STR, _eq("cross_event"), "part of this cross-outlet fact (full id)", True),
}

_EVENT_SORTS = {"event_date": "DATE", "event_id": "VARCHAR", "fatalities": "INTEGER", "injured": "INTEGER",
                "n_origins": "INTEGER", "n_outlets": "INTEGER", "country": "VARCHAR", "admin1": "VARCHAR",
                "location": "VARCHAR", "event_type": "VARCHAR", "sub_event_type": "VARCHAR", "source": "VARCHAR",
                "latitude": "DOUBLE", "longitude": "DOUBLE", "geo_precision": "INTEGER",
                "time_precision": "INTEGER", "confidence": "DOUBLE", "updated_at": "TIMESTAMP"}
_EVENT_FACETS = ("event_type", "sub_event_type", "disorder_type", "country", "admin1", "source", "actor1",
                 "actor2", "interaction", "status", "n_origins", "year", "event_date", "geo_precision",
                 "time_precision", "civilian_targeting")

EVENTS = Resource("events", f"{MEM}.api_events", "event_id", _EVENT_COLUMNS, _EVENT_SORTS, "-event_date",
                  _EVENT_FILTERS, _EVENT_FACETS, geo=True)

# One row per event × article that reports it. Each stored event comes from one article today;
# once events are merged across articles this becomes a join of merged events with their reports.
_REPORT_COLUMNS = ("report_id", "event_id", "article_id", "source", "article_title", "article_url",
                   "article_published", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
                   "country", "admin1", "location", "latitude", "longitude", "fatalities", "injured", "claimant",
                   "cross_event", "story_id", "n_origins", "status", "notes")
REPORTS = Resource(
    "reports", f"{MEM}.api_reports", "report_id",
    _REPORT_COLUMNS, {**_EVENT_SORTS, "report_id": "VARCHAR", "article_published": "DATE"}, "-event_date",
    {**_EVENT_FILTERS, **_date_filters("event_date", "event date"),
     # a report's source is its one article's outlet: a plain comparison, no list per row
     "outlet": Filter("outlet", STR, _eq("source"), "the outlet of its article (any of several)", True),
     "published_from": Filter("published_from", DATE, _cmp("article_published", ">=", "::DATE"),
                              "article published on or after"),
     "published_to": Filter("published_to", DATE, _cmp("article_published", "<=", "::DATE"),
                            "article published on or before")},
    _EVENT_FACETS, geo=True)

ARTICLES = Resource(
    "articles", f"{MEM}.api_articles",
    "id",
    ("id", "outlet", "url", "title", "published", "published_end", "published_precision", "published_source",
     "language", "dateline_place", "lead", "n_events", "story_id"),
    {"published": "DATE", "id": "VARCHAR", "outlet": "VARCHAR", "title": "VARCHAR", "n_events": "INTEGER",
     "ingested_at": "TIMESTAMP"},
    "-published",
    {**_date_filters("published", "published"),
     "outlet": Filter("outlet", STR, _eq("outlet"), "outlet (exact)", True),
     "story": Filter("story", STR, _eq("story_id"), "in this story (full id)", True),
     "min_events": Filter("min_events", INT, _cmp("n_events", ">="), "at least this many events", minimum=0),
     # the texts stay in the store (not copied into memory): a semi-join reads them only for q
     "q": Filter("q", STR, lambda v: (f"id IN (SELECT id FROM {SRC}.articles WHERE contains(lower(concat_ws("
                                      f"' ', title, outlet, text)), ?))", [v.lower()]),
                 "title, outlet or text contains this (any case)")},
    ("outlet", "published", "published_precision", "language", "n_events"))

STORIES = Resource(
    "stories", f"{MEM}.api_stories",
    "id",
    ("id", "title", "first_seen", "last_seen", "n_articles", "n_outlets", "outlets"),
    {"id": "VARCHAR", "title": "VARCHAR", "first_seen": "DATE", "last_seen": "DATE", "n_articles": "INTEGER",
     "n_outlets": "INTEGER"},
    "-last_seen",
    {"date_from": Filter("date_from", DATE, _cmp("coalesce(last_seen, first_seen)", ">=", "::DATE"),
                         "still reported on or after"),
     "date_to": Filter("date_to", DATE, _cmp("coalesce(first_seen, last_seen)", "<=", "::DATE"),
                       "first reported on or before"),
     "min_outlets": Filter("min_outlets", INT, _cmp("n_outlets", ">="), "at least this many outlets", minimum=0),
     "min_articles": Filter("min_articles", INT, _cmp("n_articles", ">="), "at least this many articles",
                            minimum=0),
     "outlet": Filter("outlet", STR, lambda vs: ("list_has_any(outlets, ?)", [list(vs)]),
                      "an outlet among its articles", True),
     "q": Filter("q", STR, _contains("lower(coalesce(title, ''))"), "title contains this (any case)")},
    ("n_outlets", "n_articles"))

OUTLETS = Resource(
    "outlets", f"{MEM}.api_outlets",
    "outlet",
    ("outlet", "n_articles", "n_events", "n_stories", "first_published", "last_published"),
    {"outlet": "VARCHAR", "n_articles": "BIGINT", "n_events": "BIGINT", "n_stories": "BIGINT",
     "first_published": "DATE", "last_published": "DATE"},
    "-n_articles",
    {"min_articles": Filter("min_articles", INT, _cmp("n_articles", ">="), "at least this many articles",
                            minimum=0),
     "q": Filter("q", STR, _contains("lower(outlet)"), "name contains this (any case)")})

ACTORS = Resource(
    "actors", f"{MEM}.api_actors",
    "actor",
    ("actor", "inter", "n_events", "fatalities", "first_date", "last_date"),
    {"actor": "VARCHAR", "n_events": "HUGEINT", "fatalities": "HUGEINT", "first_date": "DATE",
     "last_date": "DATE"},
    "-n_events",
    {"inter": Filter("inter", INT, _eq("inter"), "actor type code (0-8)", True, minimum=0),
     "min_events": Filter("min_events", INT, _cmp("n_events", ">="), "in at least this many events", minimum=0),
     "q": Filter("q", STR, _contains("lower(actor)"), "name contains this (any case)")},
    ("inter",))

RESOURCES = {r.name: r for r in (EVENTS, REPORTS, ARTICLES, STORIES, OUTLETS, ACTORS)}


# --- building queries ----------------------------------------------------------------------
@dataclass
class Query:
    resource: Resource
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    sort: str = ""

    @property
    def sort_column(self) -> str:
        return self.sort.lstrip("-")

    @property
    def descending(self) -> bool:
        return self.sort.startswith("-")

    def where_sql(self, extra: Optional[str] = None) -> str:
        conds = self.where + ([extra] if extra else [])
        return (" WHERE " + " AND ".join(f"({c})" for c in conds)) if conds else ""

    def order_sql(self, col: Optional[str] = None, key: Optional[str] = None) -> str:
        """ORDER BY the sort column then the key (``col`` / ``key``: the names they have in an
        outer query, when not their own)."""
        d = "DESC" if self.descending else "ASC"
        same = self.sort_column == self.resource.key
        col, key = col or self.sort_column, key or self.resource.key
        return f" ORDER BY {col} {d} NULLS LAST" + ("" if same else f", {key} {d}")


def build(resource: Resource, values: dict[str, Any], sort: Optional[str] = None) -> Query:
    """``values``: parsed filter values by name (absent ones take the filter's default)."""
    q = Query(resource, sort=sort or resource.default_sort)
    if q.sort_column not in resource.sorts:
        raise ValueError(f"cannot sort {resource.name} by {q.sort_column!r}")
    for name, f in resource.filters.items():
        v = values.get(name, f.default)
        if v is None:
            continue
        cond, params = f.sql(v)
        q.where.append(cond)
        q.params.extend(params)
    return q


def _after_sql(q: Query, after: tuple) -> tuple[str, list]:
    """Rows strictly after (value, key) in the query's order (NULLs last either way)."""
    value, key = after
    col, k, typ = q.sort_column, q.resource.key, q.resource.sorts[q.sort_column]
    op = "<" if q.descending else ">"
    if col == k:
        return f"{k} {op} ?", [key]
    if value is None:
        return f"{col} IS NULL AND {k} {op} ?", [key]
    return (f"({col} IS NULL OR {col} {op} CAST(? AS {typ}) OR ({col} = CAST(? AS {typ}) AND {k} {op} ?))",
            [value, value, key])


def count(con, q: Query) -> int:
    return con.execute(f"SELECT count(*) FROM {q.resource.relation} t{q.where_sql()}", q.params).fetchone()[0]


def _late(q: Query, where: str, tail: str, select: str = "") -> str:
    """Rows of ``q``'s relation chosen by ``where`` + ``tail`` (ORDER BY … LIMIT), the filter and sort read
    first on row ids alone and the wide rows fetched only for those chosen (top-N over a few columns,
    not over every column of every row)."""
    rel = q.resource.relation
    cols = ", ".join(f"t.{c}" for c in q.resource.columns)
    return (f"WITH k AS (SELECT rowid AS _r FROM {rel} t{where}{tail}) "
            f"SELECT {cols}{select} FROM k JOIN {rel} t ON t.rowid = k._r{q.order_sql()}")


def _cut(rows: list[dict], limit: int) -> tuple[list[dict], Optional[tuple]]:
    """The first ``limit`` of ``limit + 1`` fetched rows, and the (sort value, key) to continue
    after when there was one more; the helper sort columns are dropped."""
    nxt = None
    if len(rows) > limit:
        rows = rows[:limit]
        nxt = (rows[-1]["_sort_value"], rows[-1]["_sort_key"])
    for r in rows:
        del r["_sort_value"], r["_sort_key"]
    return rows, nxt


def page(con, q: Query, limit: int, after: Optional[tuple] = None) -> tuple[list[dict], Optional[tuple]]:
    """One page of rows and the (sort value, key) to continue after, or None at the end."""
    extra, extra_params = _after_sql(q, after) if after is not None else (None, [])
    sql = _late(q, q.where_sql(extra), f"{q.order_sql()} LIMIT ?",
                f", t.{q.sort_column} AS _sort_value, t.{q.resource.key} AS _sort_key")
    cur = con.execute(sql, q.params + extra_params + [limit + 1])
    names = [d[0] for d in cur.description]
    return _cut([dict(zip(names, r)) for r in cur.fetchall()], limit)


def total_and_page(con, q: Query, limit: int, after: Optional[tuple] = None
                   ) -> tuple[int, list[dict], Optional[tuple]]:
    """``count`` and ``page`` in one query: the filter runs once (into row id, sort value and key),
    the total counts those and the page is a top-N over them — a third less work than two queries
    when the filter is a text search or a list test over every row."""
    col, key = q.sort_column, q.resource.key
    keep = col if col == key else f"{col}, {key}"
    extra, extra_params = _after_sql(q, after) if after is not None else (None, [])
    rel = q.resource.relation
    cols = ", ".join(f"t.{c}" for c in q.resource.columns)
    sql = (f"WITH f AS MATERIALIZED (SELECT rowid AS _r, {keep} FROM {rel} t{q.where_sql()}), "
           f"k AS (SELECT _r FROM f{' WHERE ' + extra if extra else ''}{q.order_sql()} LIMIT ?), "
           f"p AS (SELECT {cols}, t.{col} AS _sort_value, t.{key} AS _sort_key FROM k JOIN {rel} t ON t.rowid = k._r) "
           f"SELECT (SELECT count(*) FROM f) AS _total, p.* FROM (SELECT 1 AS _one) one LEFT JOIN p ON true"
           f"{q.order_sql('_sort_value', '_sort_key')}")
    cur = con.execute(sql, q.params + extra_params + [limit + 1])
    names = [d[0] for d in cur.description]
    fetched = cur.fetchall()
    total = fetched[0][0] if fetched else 0
    rows, nxt = _cut([dict(zip(names[1:], r[1:])) for r in fetched if r[-1] is not None], limit)
    return total, rows, nxt


def facets(con, q: Query, names: list[str], size: int = 100) -> dict[str, list[dict]]:
    out = {}
    for name in names:
        if name not in q.resource.facets:
            raise ValueError(f"cannot facet {q.resource.name} by {name!r}")
        value = f"unnest({_LIST_FACETS[name]})" if name in _LIST_FACETS else name
        rows = con.execute(f"SELECT {value} AS value, count(*) AS n FROM {q.resource.relation} t{q.where_sql()} "
                           f"GROUP BY 1 ORDER BY n DESC, value NULLS LAST LIMIT ?", q.params + [size]).fetchall()
        out[name] = [{"value": v, "count": n} for v, n in rows]
    return out


def stream(con, q: Query, batch: int = 5000) -> Iterator[tuple[list[str], list[tuple]]]:
    """The whole filtered result in query order, ``batch`` rows at a time, each batch a keyset page
    (the rows after the last one sent): memory stays that of one batch however many rows match,
    where one ORDER BY over everything would sort the whole result in memory first."""
    after: Optional[tuple] = None
    while True:
        extra, extra_params = _after_sql(q, after) if after is not None else (None, [])
        cur = con.execute(_late(q, q.where_sql(extra), f"{q.order_sql()} LIMIT ?",
                                f", t.{q.sort_column} AS _sort_value, t.{q.resource.key} AS _sort_key"),
                          q.params + extra_params + [batch])
        rows = cur.fetchall()
        if not rows:
            return
        names = [d[0] for d in cur.description][:-2]
        yield names, [r[:-2] for r in rows]
        if len(rows) < batch:
            return
        after = (rows[-1][-2], rows[-1][-1])


def one(con, resource: Resource, key: str) -> Optional[dict]:
    """The row whose key is exactly ``key`` (no pattern matching)."""
    cur = con.execute(f"SELECT {', '.join(resource.columns)} FROM {resource.relation} t WHERE {resource.key} = ?",
                      [key])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return dict(zip(names, row)) if row else None


def deleted(con, since=None) -> list[dict]:
    """Ids of merged events deleted (after ``since``, a UTC datetime), oldest first."""
    where, params = ("", []) if since is None else (" WHERE deleted_at > ?::TIMESTAMP", [since])
    cur = con.execute(f"SELECT event_id, deleted_at FROM {MEM}.api_deleted{where} ORDER BY deleted_at, event_id",
                      params)
    return [{"event_id": r[0], "deleted_at": r[1]} for r in cur.fetchall()]


def resolve_id(con, table: str, ident: str) -> Optional[str]:
    """A full id from an exact id or a unique prefix (starts_with: no wildcards). ``table`` is one of
    the store's tables with an ``id`` column, never user input."""
    assert table in ("articles", "stories", "events", "cross_events")
    exact = con.execute(f"SELECT id FROM {SRC}.{table} WHERE id = ?", [ident]).fetchone()
    if exact:
        return exact[0]
    rows = con.execute(f"SELECT id FROM {SRC}.{table} WHERE starts_with(id, ?) LIMIT 2", [ident]).fetchall()
    return rows[0][0] if len(rows) == 1 and ident else None


def offset_page(con, q: Query, limit: int, offset: int) -> list[dict]:
    """A page by position (for protocols that page by offset: OGC API Features, ACLED)."""
    cur = con.execute(_late(q, q.where_sql(), f"{q.order_sql()} LIMIT ? OFFSET ?"), q.params + [limit, offset])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
