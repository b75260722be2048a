// The store's tables, as both backends create them when absent: one row per document (its
// record as JSON plus the text), one table per record part (entities, quotes, events, counts)
// and every evidence span. The types are spelled so SQLite and PostgreSQL read them alike
// (BIGINT, DOUBLE PRECISION: SQLite's INTEGER and REAL affinities).
#pragma once

namespace sitrep::store {

inline constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS documents(
  sha256 TEXT PRIMARY KEY CHECK(length(sha256) = 64), id TEXT NOT NULL, source TEXT NOT NULL,
  url TEXT, title TEXT, lang TEXT, published TEXT, bytes BIGINT, text TEXT NOT NULL,
  record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE TABLE IF NOT EXISTS entities(
  sha256 TEXT NOT NULL REFERENCES documents(sha256), idx BIGINT NOT NULL, kind TEXT NOT NULL,
  text TEXT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL, name TEXT, entity_id TEXT,
  country TEXT, sector TEXT, PRIMARY KEY(sha256, idx));
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS quotes(
  sha256 TEXT NOT NULL REFERENCES documents(sha256), idx BIGINT NOT NULL, text TEXT NOT NULL,
  start BIGINT NOT NULL, "end" BIGINT NOT NULL, direct INTEGER NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_kind TEXT, cue_text TEXT,
  PRIMARY KEY(sha256, idx));
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_name);
CREATE TABLE IF NOT EXISTS events(
  sha256 TEXT NOT NULL REFERENCES documents(sha256), idx BIGINT NOT NULL, event_id TEXT,
  type TEXT NOT NULL, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT, cameo TEXT,
  actor1 TEXT, actor2 TEXT, location TEXT, country TEXT, admin1 TEXT, lat DOUBLE PRECISION,
  lon DOUBLE PRECISION, geonames_id BIGINT, date TEXT, fatalities BIGINT,
  confidence DOUBLE PRECISION,
  start BIGINT NOT NULL, "end" BIGINT NOT NULL, cluster TEXT,
  duplicate INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(sha256, idx));
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_country ON events(country);
CREATE TABLE IF NOT EXISTS counts(
  sha256 TEXT NOT NULL REFERENCES documents(sha256), idx BIGINT NOT NULL,
  event_idx BIGINT, what TEXT NOT NULL, who TEXT, value BIGINT NOT NULL, low BIGINT,
  high BIGINT, qualifier TEXT NOT NULL, text TEXT NOT NULL, start BIGINT NOT NULL,
  "end" BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS counts_doc ON counts(sha256);
CREATE TABLE IF NOT EXISTS spans(
  sha256 TEXT NOT NULL REFERENCES documents(sha256), part TEXT NOT NULL,
  part_idx BIGINT NOT NULL, sub_idx BIGINT, start BIGINT NOT NULL,
  "end" BIGINT NOT NULL CHECK("end" >= start));
CREATE INDEX IF NOT EXISTS spans_doc ON spans(sha256, start);
)sql";

}  // namespace sitrep::store
