-- The newborn one-stop application (出生一件事): one application, five steps run as a saga. External
-- steps are handed to the city systems (events) and completed by their callbacks; the hukou step is ours.
CREATE TABLE newborn_application (
    id                    UUID PRIMARY KEY,
    number                TEXT        NOT NULL UNIQUE,  -- public, unguessable: the status query needs only this
    status                TEXT        NOT NULL,         -- IN_PROGRESS, COMPLETED, FAILED, WITHDRAWN
    child_name            TEXT        NOT NULL,
    child_gender          TEXT        NOT NULL,
    birth_date            DATE        NOT NULL,
    birth_place           TEXT        NOT NULL,
    birth_certificate_no  TEXT        NOT NULL,
    father_id_cipher      BYTEA,
    mother_id_cipher      BYTEA,
    hukou_address_id      UUID        NOT NULL REFERENCES address (id),
    community             TEXT        NOT NULL REFERENCES community (code),
    person_id             UUID,                         -- the child, once registered (withdrawn on compensation)
    submitted_at          TIMESTAMPTZ NOT NULL,
    submitted_by          TEXT        NOT NULL,
    finished_at           TIMESTAMPTZ,
    version               BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE newborn_step (
    id             BIGSERIAL PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES newborn_application (id),
    step           TEXT        NOT NULL,   -- BIRTH_CERTIFICATE, HUKOU, VACCINATION, MEDICAL_INSURANCE, SOCIAL_SECURITY_CARD
    status         TEXT        NOT NULL,   -- WAITING, REQUESTED, DONE, FAILED, CANCELLED, COMPENSATED
    due_at         TIMESTAMPTZ,
    reference      TEXT,
    note           TEXT,
    updated_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (application_id, step)
);
