-- dossier ledger, schema version 1. One row per stored document, its sentences and actor
-- mentions; `mentions` holds every coded event record (one report of an event) and `events` the
-- real-world events they are linked into ("one event, many reports"); `entities` one row per
-- real actor however it is named. `mentions.actor_key` is the sorted actor countries
-- (`CZE`, `CHN USA`): linking looks only at reports of the same kind and actors.
CREATE TABLE documents (
    doc       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    hash      TEXT NOT NULL UNIQUE,
    origin    TEXT NOT NULL,
    title     TEXT,
    publisher TEXT,
    url       TEXT,
    date      TEXT,
    text      TEXT NOT NULL,
    ingested  INTEGER NOT NULL
);
CREATE TABLE sentences (
    doc   INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    n     INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE TABLE entities (
    entity INTEGER PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    code   TEXT
);
CREATE TABLE actors (
    doc      INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    n        INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    code     TEXT,
    entity   INTEGER REFERENCES entities(entity),
    PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX actors_entity ON actors(entity);
CREATE TABLE events (
    event      INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    target     TEXT NOT NULL,
    first_date TEXT,
    last_date  TEXT,
    mentions   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_kind ON events(kind, first_date);
CREATE INDEX events_last ON events(last_date);
CREATE TABLE mentions (
    mention        INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    n              INTEGER NOT NULL,
    sentence       INTEGER NOT NULL,
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL,
    cameo          TEXT,
    actor          TEXT NOT NULL,
    target         TEXT NOT NULL,
    actor_key      TEXT NOT NULL,
    status         TEXT NOT NULL,
    claimants      TEXT NOT NULL,
    date           TEXT,
    date_precision TEXT,
    day            INTEGER,
    names          TEXT NOT NULL,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    record         TEXT NOT NULL,
    event          INTEGER NOT NULL REFERENCES events(event),
    UNIQUE (doc, n)
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_link ON mentions(kind, actor_key, day);
CREATE INDEX mentions_doc ON mentions(doc);
