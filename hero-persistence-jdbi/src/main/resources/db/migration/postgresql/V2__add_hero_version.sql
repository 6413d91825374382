-- Optimistic concurrency: every update bumps the version in the same statement that writes.
ALTER TABLE hero ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- A B-tree entry holds at most about 2.7 kB, so a longer name failed to insert (a 500). A hash
-- index keeps names indexed for equality lookups whatever their length, as on SQLite.
DROP INDEX ix_hero_name;
CREATE INDEX ix_hero_name ON hero USING HASH (name);
