"""Numbered schema migrations. Applied ones are recorded in ``schema_migrations``;
append new ones at the end, never edit an applied one."""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, analyses, spans, mentions", """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, outlet VARCHAR, url VARCHAR, title VARCHAR, byline VARCHAR,
        published DATE, published_end DATE, published_precision VARCHAR, published_source VARCHAR,
        language VARCHAR, dateline_place VARCHAR, source_path VARCHAR, text VARCHAR NOT NULL,
        n_errors INTEGER DEFAULT 0, ingested_at TIMESTAMP DEFAULT current_timestamp
    );
    -- The whole Analysis as JSON: the source of truth the flat tables are derived from.
    CREATE TABLE analyses (article_id VARCHAR PRIMARY KEY, data JSON NOT NULL);
    -- Every evidence span of every extracted record, for highlighting and auditing.
    CREATE TABLE spans (
        article_id VARCHAR, record VARCHAR, record_idx INTEGER, role VARCHAR,
        start_char INTEGER, end_char INTEGER, text VARCHAR
    );
    CREATE TABLE mentions (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER,
        label VARCHAR, text VARCHAR, entity_id VARCHAR
    );
    """),
    (2, "extracted facts: places, times, quantities, claims, events", """
    CREATE TABLE places (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, surface VARCHAR,
        geonameid BIGINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
        lat DOUBLE, lon DOUBLE, feature_code VARCHAR, geo_precision INTEGER, confidence DOUBLE,
        kind VARCHAR, reason VARCHAR
    );
    CREATE TABLE times (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        start_date DATE, end_date DATE, precision VARCHAR, kind VARCHAR
    );
    CREATE TABLE quantities (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
        kind VARCHAR, low DOUBLE, best DOUBLE, high DOUBLE, subject VARCHAR, vague BOOLEAN,
        aggregate BOOLEAN
    );
    CREATE TABLE claims (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER,
        claimant VARCHAR, claimant_kind VARCHAR, cue VARCHAR, hedges VARCHAR, quote VARCHAR
    );
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, idx INTEGER, event_date DATE, time_precision INTEGER,
        disorder_type VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, plover_type VARCHAR,
        plover_mode VARCHAR, actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR,
        assoc_actor_2 VARCHAR, inter2 INTEGER, civilian_targeting BOOLEAN, country VARCHAR,
        admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,
        geo_precision INTEGER, fatalities INTEGER, injured INTEGER, aggregate BOOLEAN,
        planned BOOLEAN, confidence DOUBLE, claimant VARCHAR, notes VARCHAR, data JSON
    );
    """),
    (3, "links across articles: stories, reuse, cross-events", """
    CREATE TABLE stories (id VARCHAR PRIMARY KEY, title VARCHAR, first_seen DATE, last_seen DATE,
                          n_articles INTEGER, n_outlets INTEGER);
    CREATE TABLE story_articles (story_id VARCHAR, article_id VARCHAR PRIMARY KEY);
    CREATE TABLE reuse (a VARCHAR, b VARCHAR, same_outlet BOOLEAN, score DOUBLE, data JSON);
    CREATE TABLE cross_events (id VARCHAR PRIMARY KEY, story_id VARCHAR, n_outlets INTEGER,
                               n_origins INTEGER, n_claimants INTEGER, data JSON);
    """),
    (4, "incremental linking state, merged events and their sync log", """
    -- Each article's place in the linker's canonical stream: its publication day when first linked
    -- (an ordinal; NULL = undated, streamed last), then its id. Re-dating never moves it.
    CREATE TABLE link_articles (article_id VARCHAR PRIMARY KEY, day INTEGER, minhashed BOOLEAN DEFAULT false,
                                stale BOOLEAN DEFAULT false);
    -- The story grouper's state after every article up to (day, article_id): a run resumes from
    -- the last checkpoint before its earliest new article.
    CREATE TABLE link_checkpoints (day INTEGER, article_id VARCHAR, n_articles INTEGER, settings VARCHAR,
                                   state BLOB);
    -- Stories whose membership changed and whose reuse, cross-events and merged events are to be
    -- recomputed (cleared by the last linker, so a crash leaves them pending).
    CREATE TABLE link_pending (story_id VARCHAR PRIMARY KEY);
    -- LSH index of the articles' MinHash signatures (near-duplicate search) and what it found.
    CREATE TABLE lsh_bands (band INTEGER, key BIGINT, article_id VARCHAR);
    CREATE TABLE near_dups (a VARCHAR, b VARCHAR, PRIMARY KEY (a, b));
    -- Article pairs already aligned that share no passage (so they are not aligned again).
    CREATE TABLE reuse_none (a VARCHAR, b VARCHAR, PRIMARY KEY (a, b));
    -- An article's analysis before it was dated from its story (re-dating starts from it).
    CREATE TABLE analyses_undated (article_id VARCHAR PRIMARY KEY, data JSON NOT NULL);
    -- One row per real-world event (see export.merged), kept up to date by the link stage.
    CREATE TABLE merged_events (
        event_id_cnty VARCHAR PRIMARY KEY, story_id VARCHAR, kind VARCHAR, event_date DATE, year INTEGER,
        time_precision INTEGER, disorder_type VARCHAR, event_type VARCHAR, sub_event_type VARCHAR,
        actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, assoc_actor_2 VARCHAR,
        inter2 INTEGER, interaction INTEGER, civilian_targeting VARCHAR, iso INTEGER, region VARCHAR,
        country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, admin3 VARCHAR, location VARCHAR, latitude DOUBLE,
        longitude DOUBLE, geo_precision INTEGER, source VARCHAR, source_scale VARCHAR, notes VARCHAR,
        fatalities INTEGER, tags VARCHAR, "timestamp" BIGINT, injured INTEGER, fatalities_low INTEGER,
        fatalities_high INTEGER, n_reports INTEGER, n_outlets INTEGER, n_origins INTEGER, n_claimants INTEGER,
        status VARCHAR, article_ids VARCHAR, evidence VARCHAR, plover_type VARCHAR, plover_mode VARCHAR,
        country_code VARCHAR, cross_event VARCHAR, report_ids VARCHAR[], reports JSON, digest VARCHAR,
        created_at TIMESTAMP, updated_at TIMESTAMP
    );
    -- Merged events that existed and were then deleted (merged into another, or re-linked away).
    CREATE TABLE deleted_events (event_id_cnty VARCHAR PRIMARY KEY, deleted_at TIMESTAMP);
    """),
    (5, "the story grouper's paragraph counts, out of its checkpoints", """
    -- The story grouper's large counts (``store.linkcounts``): each row is the value of one key of
    -- one count (``name``) from stream position ``since`` (articles grouped) on, until the key's
    -- next row; n = 0 means the key is absent. A checkpoint after k articles reads, per key, the
    -- row with the largest since <= k, so the checkpoint itself stays small.
    CREATE TABLE link_counts (name VARCHAR, key VARCHAR, since INTEGER, n INTEGER, last VARCHAR NOT NULL);
    """),
    (6, "the grouper's stored counts looked up by a hash of their key", """
    -- A 128-bit hash of (name, key) in two integers (``store.linkcounts.key_hash``): a run finds
    -- the rows of its keys by the first (a join on an integer column; on the key strings it read
    -- every stored key) and checks the second. NULL in rows of stores linked before: those are
    -- deleted when such a store links again (its checkpoints' signature no longer matches).
    ALTER TABLE link_counts ADD COLUMN h BIGINT;
    ALTER TABLE link_counts ADD COLUMN h2 BIGINT;
    """),
    (7, "the outlets' home regions and the places moved to them", """
    -- Each outlet's home region as last linked (``geo.outlets``): an outlet whose home changed
    -- has its articles read again.
    CREATE TABLE outlet_homes (outlet VARCHAR PRIMARY KEY, country VARCHAR, admin1 VARCHAR);
    -- Articles whose namesake towns were moved to their outlet's home region: the mentions as
    -- extracted (to undo the move), the region of the article's first placed event as
    -- extracted (what the outlet's home is learnt from) and a digest of the moved mentions (an
    -- article extracted again no longer matches it, and its row is dropped).
    CREATE TABLE placed_at_home (article_id VARCHAR PRIMARY KEY, original JSON NOT NULL, country VARCHAR,
                                 admin1 VARCHAR, digest VARCHAR NOT NULL);
    """),
    (8, "whether an outlet's home is sure enough to place a page that names no place", """
    -- ``settled``: the outlet's region holds enough of its stories (``geo.outlets.PAGE_HOME_SHARE``)
    -- that a page of its naming no place at all is placed there; NULL in stores linked before,
    -- which read every article of their outlets again on the next link.
    ALTER TABLE outlet_homes ADD COLUMN settled BOOLEAN;
    """),
]
