"""The store schema, as named, ordered migrations recorded in ``_dateline_migrations``.

One schema for DuckDB and PostgreSQL: only types and statements both understand are used
(``TEXT``, ``INTEGER``, ``BIGINT``, ``DOUBLE PRECISION``, ``BOOLEAN``, ``DATE``, ``TIMESTAMP``).
A migration, once released, is never edited: a change is a new migration appended to
``MIGRATIONS``.  ``migrate`` applies, in one transaction, those not yet recorded.

Tables (all offsets are character offsets into ``documents.text``):

- ``documents``: one row per article (id is the article id: re-coding replaces it).
- ``sentences``, ``mentions``, ``places``: per-document analysis rows, keyed (doc_id, idx).
- ``actors``: distinct resolved actors (name, country, sector); ``mentions.actor_id`` points here.
- ``events``: one row per coded event, with its sentence text, primary actor/recipient and
  location denormalised for fast filtering; ``date_start``/``date_end`` span the event's date at
  its granularity; ``story_id`` links it to its cross-article story.
- ``event_json`` (migration 0006): the event's ``Event.to_json()`` exactly as coded (the record
  the PLOVER export and event pages use; ``events.json`` is no longer filled).
- ``event_participants``: every actor and recipient of an event (role, country, sector, span).
- ``event_mentions``: every sentence that reports an event (the main one first, ``is_primary``).
- ``event_dyads`` (migration 0005): every distinct actor x recipient pair of an event, for networks.
- ``stories``: cross-article story events (``dateline.dedup``) with n_mentions, n_articles,
  n_sources, first/last seen.
- ``runs``: one row per ``dateline code --db`` run.
"""

from __future__ import annotations

from datetime import datetime, timezone

from dateline.store.backends import Backend

MIGRATION_SET = "dateline.store"

_V1 = [
    """CREATE TABLE IF NOT EXISTS runs (
        id TEXT PRIMARY KEY,
        started_at TIMESTAMP,
        finished_at TIMESTAMP,
        pipeline_version TEXT,
        n_documents INTEGER,
        n_events INTEGER,
        args TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        date DATE,
        title TEXT,
        url TEXT,
        source TEXT,
        text TEXT NOT NULL,
        focus_country TEXT,
        warnings TEXT,
        excluded TEXT,
        timexes TEXT,
        pipeline_version TEXT,
        run_id TEXT,
        coded_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        excluded BOOLEAN NOT NULL,
        PRIMARY KEY (doc_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        id TEXT PRIMARY KEY,
        name TEXT,
        country TEXT,
        sector TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS mentions (
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT,
        actor_id TEXT,
        actor_name TEXT,
        country TEXT,
        sector TEXT,
        person TEXT,
        role TEXT,
        flags TEXT,
        reason TEXT,
        ref INTEGER,
        PRIMARY KEY (doc_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS places (
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT,
        name TEXT,
        geonameid BIGINT,
        country TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        kind TEXT,
        admin1 TEXT,
        reason TEXT,
        PRIMARY KEY (doc_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        story_id TEXT,
        type TEXT NOT NULL,
        mode TEXT,
        quad INTEGER,
        score DOUBLE PRECISION,
        status TEXT,
        confidence DOUBLE PRECISION,
        context TEXT,
        reason TEXT,
        date TEXT,
        date_granularity TEXT,
        date_reason TEXT,
        date_start DATE,
        date_end DATE,
        date_span_start INTEGER,
        date_span_end INTEGER,
        date_span_text TEXT,
        sentence_start INTEGER,
        sentence_end INTEGER,
        sentence_text TEXT,
        trigger_start INTEGER,
        trigger_end INTEGER,
        trigger_text TEXT,
        actor_country TEXT,
        actor_sector TEXT,
        actor_name TEXT,
        actor_text TEXT,
        recipient_country TEXT,
        recipient_sector TEXT,
        recipient_name TEXT,
        recipient_text TEXT,
        location_name TEXT,
        location_text TEXT,
        location_start INTEGER,
        location_end INTEGER,
        location_geonameid BIGINT,
        location_country TEXT,
        location_admin1 TEXT,
        location_kind TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        doc_date DATE,
        source TEXT,
        n_mentions INTEGER,
        json TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS event_participants (
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        role TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER,
        end_char INTEGER,
        text TEXT,
        country TEXT,
        sector TEXT,
        name TEXT,
        flags TEXT,
        PRIMARY KEY (event_id, role, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS event_mentions (
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT,
        is_primary BOOLEAN NOT NULL,
        PRIMARY KEY (event_id, idx)
    )""",
    """CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        status TEXT,
        founder_event_id TEXT,
        actor_keys TEXT,
        recipient_keys TEXT,
        date TEXT,
        date_granularity TEXT,
        date_start DATE,
        date_end DATE,
        location_country TEXT,
        location_kind TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        n_events INTEGER,
        n_mentions INTEGER,
        n_articles INTEGER,
        n_sources INTEGER,
        first_seen DATE,
        last_seen DATE
    )""",
    "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (date_start)",
    "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
    "CREATE INDEX IF NOT EXISTS events_story ON events (story_id)",
    "CREATE INDEX IF NOT EXISTS events_dyad ON events (actor_country, recipient_country)",
    "CREATE INDEX IF NOT EXISTS participants_country ON event_participants (country, role)",
    "CREATE INDEX IF NOT EXISTS participants_doc ON event_participants (doc_id)",
    "CREATE INDEX IF NOT EXISTS event_mentions_doc ON event_mentions (doc_id)",
    "CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id)",
    "CREATE INDEX IF NOT EXISTS stories_type_date ON stories (type, date_start)",
]

# Search columns, so filters scan one short column instead of joining participants:
# lower-cased sentence and participant text (filled by the writer with Python's str.lower, so both
# backends compare the same text), and the event's participant countries as "|NER|USA|" (all,
# actor side, recipient side).  Plus indexes for per-event lookups (event pages).
_V2 = [
    "ALTER TABLE events ADD COLUMN sentence_lc TEXT",
    "ALTER TABLE events ADD COLUMN countries TEXT",
    "ALTER TABLE events ADD COLUMN actor_countries TEXT",
    "ALTER TABLE events ADD COLUMN recipient_countries TEXT",
    "ALTER TABLE event_participants ADD COLUMN search TEXT",
    "UPDATE events SET sentence_lc = lower(sentence_text)",
    "UPDATE event_participants SET search = lower(COALESCE(name, '') || ' ' || COALESCE(text, ''))",
    """UPDATE events SET
        countries = '|' || (SELECT string_agg(DISTINCT p.country, '|') FROM event_participants p
                            WHERE p.event_id = events.id) || '|',
        actor_countries = '|' || (SELECT string_agg(DISTINCT p.country, '|') FROM event_participants p
                                  WHERE p.event_id = events.id AND p.role = 'actor') || '|',
        recipient_countries = '|' || (SELECT string_agg(DISTINCT p.country, '|') FROM event_participants p
                                      WHERE p.event_id = events.id AND p.role = 'recipient') || '|'""",
    "CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions (event_id)",
    "CREATE INDEX IF NOT EXISTS participants_event ON event_participants (event_id)",
]

# Participant names of a story's founder: cross-article matching uses them as corroboration.
_V3 = [
    "ALTER TABLE stories ADD COLUMN actor_names TEXT",
    "ALTER TABLE stories ADD COLUMN recipient_names TEXT",
]

# Every distinct (actor country+sector, recipient country+sector) pair of an event, with the
# event's score, quad and date: dyad networks and dyad timelines group this table instead of
# joining participants with themselves.  ``country_first`` marks one row per (event, actor
# country, recipient country): the one with the smallest "actor_sector|recipient_sector".
_V5 = [
    """CREATE TABLE IF NOT EXISTS event_dyads (
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        actor_country TEXT NOT NULL,
        actor_sector TEXT,
        recipient_country TEXT NOT NULL,
        recipient_sector TEXT,
        country_first BOOLEAN NOT NULL,
        score DOUBLE PRECISION,
        quad INTEGER,
        date_start DATE,
        date_granularity TEXT
    )""",
    """INSERT INTO event_dyads
        SELECT DISTINCT pa.event_id, pa.doc_id, pa.country, pa.sector, pr.country, pr.sector, FALSE,
               e.score, e.quad, e.date_start, e.date_granularity
        FROM event_participants pa
        JOIN event_participants pr ON pr.event_id = pa.event_id AND pr.role = 'recipient'
        JOIN events e ON e.id = pa.event_id
        WHERE pa.role = 'actor' AND pa.country IS NOT NULL AND pr.country IS NOT NULL""",
    """UPDATE event_dyads SET country_first = TRUE
        WHERE event_id || '|' || actor_country || '|' || recipient_country || '|'
              || COALESCE(actor_sector, '') || '|' || COALESCE(recipient_sector, '') IN (
            SELECT event_id || '|' || actor_country || '|' || recipient_country || '|'
                   || MIN(COALESCE(actor_sector, '') || '|' || COALESCE(recipient_sector, ''))
            FROM event_dyads GROUP BY event_id, actor_country, recipient_country)""",
    "CREATE INDEX IF NOT EXISTS event_dyads_event ON event_dyads (event_id)",
    "CREATE INDEX IF NOT EXISTS event_dyads_doc ON event_dyads (doc_id)",
]

# The coded event JSON moves to its own table: inline in ``events`` it made every PostgreSQL row
# ~2 KB, so each filtered scan read the whole wide heap.  ``events.json`` stays (DuckDB cannot drop
# a column of an indexed table) but is NULL from now on.
_V6 = [
    """CREATE TABLE IF NOT EXISTS event_json (
        event_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        json TEXT NOT NULL
    )""",
    "INSERT INTO event_json SELECT id, doc_id, json FROM events WHERE json IS NOT NULL",
    "UPDATE events SET json = NULL WHERE json IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS event_json_doc ON event_json (doc_id)",
]

# One row per (event, actor key) at each level the actors view groups by - ``country``;
# ``sector`` (country + sector); ``name`` (country + sector + name, else span text) - with whether
# the key is an actor and/or a recipient of the event, and the event's score.  /actors then groups
# one narrow table in one pass (no join with the wide events rows, no per-event de-duplication at
# query time): ~0.4-1.9 s on PostgreSQL at 100,000 events before.
_ACTOR_LEVELS = {"country": ("p.country", "NULL", "NULL"), "sector": ("p.country", "p.sector", "NULL"),
                 "name": ("p.country", "p.sector", "COALESCE(p.name, p.text)")}
_V7 = [
    """CREATE TABLE IF NOT EXISTS actor_events (
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        level TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        name TEXT,
        as_actor INTEGER NOT NULL,
        as_recipient INTEGER NOT NULL,
        score DOUBLE PRECISION
    )""",
    *(f"""INSERT INTO actor_events
        SELECT p.event_id, MIN(p.doc_id), '{level}', {c}, {s}, {n},
               MAX(CASE WHEN p.role = 'actor' THEN 1 ELSE 0 END),
               MAX(CASE WHEN p.role = 'recipient' THEN 1 ELSE 0 END), MAX(e.score)
        FROM event_participants p JOIN events e ON e.id = p.event_id
        GROUP BY p.event_id, {', '.join(x for x in (c, s, n) if x != 'NULL')}"""
      for level, (c, s, n) in _ACTOR_LEVELS.items()),
    "CREATE INDEX IF NOT EXISTS actor_events_event ON actor_events (event_id)",
    "CREATE INDEX IF NOT EXISTS actor_events_doc ON actor_events (doc_id)",
]

def cluster_step(db: Backend) -> None:
    from dateline.store.cluster import migrate_step

    migrate_step(db)


def filter_index_step(db: Backend) -> None:
    from dateline.store.cluster import postgres_filter_index

    postgres_filter_index(db)


# (name, statements), in order; a statement is SQL or a function of the backend.  Append only.
MIGRATIONS: list[tuple[str, list]] = [
    ("0001_initial", _V1),
    ("0002_search_columns", _V2),
    ("0003_story_names", _V3),
    ("0004_sort_index", [
        # The default event order (newest first): lets PostgreSQL read a page without sorting.
        "CREATE INDEX IF NOT EXISTS events_date_desc ON events (date_start DESC NULLS LAST, id)",
    ]),
    ("0005_event_dyads", _V5),
    ("0006_event_json_table", _V6),
    ("0007_actor_events", _V7),
    # Events in date order (dateline.store.cluster): a step that differs per backend, so a function.
    ("0008_events_date_order", [cluster_step]),
    ("0009_postgres_filter_index", [filter_index_step]),
]

TABLES = ["runs", "documents", "sentences", "actors", "mentions", "places", "events",
          "event_participants", "event_mentions", "stories", "event_dyads", "event_json", "actor_events"]


def applied(db: Backend) -> list[str]:
    """Names of the migrations already applied, in order."""
    rows = db.execute("SELECT name FROM _dateline_migrations WHERE migration_set = ? ORDER BY name",
                      [MIGRATION_SET])
    return [r[0] for r in rows]


def pending(db: Backend) -> list[str]:
    """Names of the migrations this code has that the store has not applied yet."""
    try:
        done = set(applied(db))
    except Exception:  # no _dateline_migrations table: nothing applied (driver-specific error types)
        done = set()
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(db: Backend) -> list[str]:
    """Apply pending migrations in one transaction; returns the names applied now."""
    done_now = []
    with db.transaction():
        db.lock_for_migrations()
        db.execute("""CREATE TABLE IF NOT EXISTS _dateline_migrations (
            migration_set TEXT NOT NULL,
            name TEXT NOT NULL,
            applied_at TIMESTAMP NOT NULL,
            PRIMARY KEY (migration_set, name))""")
        done = set(applied(db))
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            for statement in statements:
                if callable(statement):  # a step whose SQL differs per backend
                    statement(db)
                else:
                    db.execute(statement)
            db.execute("INSERT INTO _dateline_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                       [MIGRATION_SET, name, datetime.now(timezone.utc).replace(tzinfo=None)])
            done_now.append(name)
    if done_now:
        db.maintain(TABLES)  # outside the transaction: PostgreSQL's VACUUM cannot run inside one
    return done_now
