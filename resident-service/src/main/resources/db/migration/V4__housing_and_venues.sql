-- Housing (实有房屋): dwellings at standard addresses, and their rentals with the tenants.
CREATE TABLE dwelling (
    id              UUID PRIMARY KEY,
    address_id      UUID        NOT NULL UNIQUE REFERENCES address (id),
    community       TEXT        NOT NULL REFERENCES community (code),
    owner_person_id UUID REFERENCES person (id),
    owner_name      TEXT,
    use             TEXT        NOT NULL,   -- OWN_USE, RENTED_OUT, VACANT, COMMERCIAL
    kind            TEXT        NOT NULL,   -- FLAT, COURTYARD, SHOP_HOUSE
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX dwelling_community ON dwelling (community, kind);

CREATE TABLE rental (
    id                 UUID PRIMARY KEY,
    dwelling_id        UUID        NOT NULL REFERENCES dwelling (id),
    landlord_person_id UUID REFERENCES person (id),
    start_on           DATE        NOT NULL,
    end_on             DATE,
    registered         BOOLEAN     NOT NULL,  -- reported to the police (出租屋登记)
    registered_at      TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL,
    created_by         TEXT        NOT NULL,
    CHECK (end_on IS NULL OR end_on >= start_on)
);
CREATE INDEX rental_dwelling ON rental (dwelling_id, start_on);

CREATE TABLE rental_tenant (
    rental_id UUID NOT NULL REFERENCES rental (id),
    person_id UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (rental_id, person_id)
);

-- Units / venues (实有单位): shops, malls, hotels, bath houses, KTV and dance halls, the nine small venues.
CREATE TABLE venue (
    id                     UUID PRIMARY KEY,
    name                   TEXT        NOT NULL,
    kind                   TEXT        NOT NULL,
    licence                TEXT,
    person_in_charge       TEXT,
    person_in_charge_phone BYTEA,                 -- encrypted like every phone number
    address_id             UUID REFERENCES address (id),
    community              TEXT        NOT NULL REFERENCES community (code),
    cameras_cover_entrance BOOLEAN     NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT        NOT NULL,
    version                BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX venue_community ON venue (community, kind);

CREATE TABLE inspection (
    id                    UUID PRIMARY KEY,
    venue_id              UUID        NOT NULL REFERENCES venue (id),
    inspected_at          TIMESTAMPTZ NOT NULL,
    inspector             TEXT        NOT NULL,
    findings              TEXT        NOT NULL,   -- finding codes, comma-separated: FIRE, SECURITY, LICENCE
    notes                 TEXT,
    status                TEXT        NOT NULL,   -- PASSED, RECTIFICATION_REQUIRED, CLOSED, ESCALATED
    rectification_due     DATE,
    revisited_at          TIMESTAMPTZ,
    revisited_by          TEXT,
    revisit_note          TEXT
);
CREATE INDEX inspection_open ON inspection (status, rectification_due);
CREATE INDEX inspection_venue ON inspection (venue_id, inspected_at);
