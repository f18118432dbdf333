-- Standard addresses (标准地址): one tree from district down to room, each node with a stable code.
CREATE TABLE address (
    id         UUID PRIMARY KEY,
    code       TEXT        NOT NULL UNIQUE,
    level      TEXT        NOT NULL,   -- DISTRICT, STATION, COMMUNITY, GRID, STREET, NUMBER, BUILDING, UNIT, FLOOR, ROOM
    parent_id  UUID REFERENCES address (id),
    name       TEXT        NOT NULL,   -- this level's own name, e.g. 3号楼
    full_name  TEXT        NOT NULL,   -- the path from the community down, e.g. 万苑社区万源街12号院3号楼
    community  TEXT REFERENCES community (code),
    latitude   DOUBLE PRECISION,
    longitude  DOUBLE PRECISION,
    created_at TIMESTAMPTZ NOT NULL,
    created_by TEXT        NOT NULL
);
CREATE INDEX address_parent ON address (parent_id);
-- Prefix search on the Chinese names (LIKE 'prefix%' uses these whatever the collation).
CREATE INDEX address_name_prefix ON address (name text_pattern_ops);
CREATE INDEX address_full_name_prefix ON address (full_name text_pattern_ops);
CREATE INDEX address_community ON address (community, level);

-- The real population (实有人口). The resident ID and the phone are stored only encrypted
-- (AES-256-GCM, key from configuration); id_number_lookup is a keyed hash (HMAC-SHA256) so one ID
-- number can be found and kept unique without ever being stored in clear.
CREATE TABLE person (
    id                UUID PRIMARY KEY,
    id_number_lookup  TEXT        NOT NULL UNIQUE,
    id_number_cipher  BYTEA       NOT NULL,
    name              TEXT        NOT NULL,
    gender            TEXT        NOT NULL,
    birth_date        DATE        NOT NULL,
    phone_cipher      BYTEA,
    household_type    TEXT        NOT NULL,   -- REGISTERED, TEMPORARY, FLOATING
    address_id        UUID REFERENCES address (id),
    community         TEXT        NOT NULL REFERENCES community (code),
    occupation        TEXT,
    workplace         TEXT,
    permit_from       DATE,
    permit_until      DATE,
    registered_at     TIMESTAMPTZ NOT NULL,
    registered_by     TEXT        NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CHECK (permit_until IS NULL OR permit_from IS NULL OR permit_until >= permit_from)
);
CREATE INDEX person_community_name ON person (community, name text_pattern_ops);
CREATE INDEX person_address ON person (address_id);
