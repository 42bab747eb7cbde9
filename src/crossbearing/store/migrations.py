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
]
