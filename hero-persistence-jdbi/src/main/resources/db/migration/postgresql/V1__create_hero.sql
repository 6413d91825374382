-- An identity column: its sequence never hands out an id twice.
CREATE TABLE hero (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT    NOT NULL,
    secret_name TEXT    NOT NULL,
    age         INTEGER
);

CREATE INDEX ix_hero_name ON hero (name);
CREATE INDEX ix_hero_age ON hero (age);
