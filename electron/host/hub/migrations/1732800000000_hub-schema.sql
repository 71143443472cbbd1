-- Up Migration
-- Published journeys, every version: one row per journey id; a lineage is its versions.
CREATE TABLE journeys (
  id text PRIMARY KEY,
  lineage_id text NOT NULL,
  name text NOT NULL,
  version integer NOT NULL,
  status text NOT NULL,
  revision integer NOT NULL,
  updated_at text NOT NULL,
  content_hash text NOT NULL,
  body jsonb NOT NULL,
  pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journeys_lineage ON journeys (lineage_id, version);

-- The reference data the journeys use (one document, as a data directory's workspace.json).
CREATE TABLE workspace (
  id smallint PRIMARY KEY CHECK (id = 1),
  body jsonb NOT NULL
);

-- Custom Action definitions, never their secrets.
CREATE TABLE actions (
  id text PRIMARY KEY,
  name text NOT NULL,
  module text NOT NULL,
  config jsonb NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL
);

-- Saved scenarios of a journey, in save order.
CREATE TABLE scenarios (
  journey_id text PRIMARY KEY REFERENCES journeys (id) ON DELETE CASCADE,
  list jsonb NOT NULL
);

-- API tokens: only a sha256 of the value is kept.
CREATE TABLE tokens (
  id text PRIMARY KEY,
  label text NOT NULL,
  sha256 text NOT NULL UNIQUE,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);

-- Every push attempt; an applied push id is unique, which is what makes retries idempotent.
CREATE TABLE pushes (
  seq bigserial PRIMARY KEY,
  push_id text NOT NULL,
  sha256 text NOT NULL,
  token_id text,
  token_label text NOT NULL,
  policy text NOT NULL,
  journey_ids text[] NOT NULL,
  result text NOT NULL CHECK (result IN ('applied', 'replayed', 'refused')),
  message text,
  summary jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX pushes_applied_once ON pushes (push_id) WHERE result = 'applied';

-- Every change the hub makes.
CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  target text,
  detail text
);

-- Down Migration
DROP TABLE audit;
DROP TABLE pushes;
DROP TABLE tokens;
DROP TABLE scenarios;
DROP TABLE actions;
DROP TABLE workspace;
DROP TABLE journeys;
