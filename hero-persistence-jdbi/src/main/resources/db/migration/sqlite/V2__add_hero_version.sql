-- Optimistic concurrency: every update bumps the version in the same statement that writes.
ALTER TABLE hero ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
