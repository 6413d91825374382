-- AUTOINCREMENT: an id is never handed out again, even after the hero with the highest id is deleted.
CREATE TABLE hero (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    secret_name TEXT    NOT NULL,
    age         INTEGER
);

CREATE INDEX ix_hero_name ON hero (name);
CREATE INDEX ix_hero_age ON hero (age);
