-- Three-tier classified management (分类管理). A person without a row here is GENERAL (一般掌握).
CREATE TABLE person_tier (
    person_id   UUID PRIMARY KEY REFERENCES person (id),
    tier        TEXT        NOT NULL,   -- GENERAL, WATCH (纳入视线), KEY (重点掌握)
    reasons     TEXT        NOT NULL,   -- reason codes, comma-separated
    review_due  DATE,                   -- KEY every 90 days, WATCH every 180; none for GENERAL
    set_at      TIMESTAMPTZ NOT NULL,
    set_by      TEXT        NOT NULL,
    approved_by TEXT,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX person_tier_review ON person_tier (review_due) WHERE tier <> 'GENERAL';

-- Raising a tier: an officer proposes, a different commander decides (two-person rule).
CREATE TABLE tier_proposal (
    id            UUID PRIMARY KEY,
    person_id     UUID        NOT NULL REFERENCES person (id),
    from_tier     TEXT        NOT NULL,
    to_tier       TEXT        NOT NULL,
    reasons       TEXT        NOT NULL,
    note          TEXT,
    status        TEXT        NOT NULL,   -- PENDING, APPROVED, REJECTED
    proposed_by   TEXT        NOT NULL,
    proposed_at   TIMESTAMPTZ NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT
);
CREATE INDEX tier_proposal_status ON tier_proposal (status, proposed_at);

-- Every change of a tier, with who, who approved and why. Append-only like the audit.
CREATE TABLE tier_change (
    id          BIGSERIAL PRIMARY KEY,
    person_id   UUID        NOT NULL REFERENCES person (id),
    from_tier   TEXT        NOT NULL,
    to_tier     TEXT        NOT NULL,
    reasons     TEXT        NOT NULL,
    why         TEXT,
    changed_by  TEXT        NOT NULL,
    approved_by TEXT,
    proposal_id UUID REFERENCES tier_proposal (id),
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX tier_change_person ON tier_change (person_id, at);
CREATE FUNCTION tier_change_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'tier_change is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER tier_change_no_update_or_delete BEFORE UPDATE OR DELETE ON tier_change
    FOR EACH ROW EXECUTE FUNCTION tier_change_is_append_only();

-- Incidents naming a registered person (from incident-events): three in 90 days suggest a review.
CREATE TABLE involvement (
    person_id   UUID        NOT NULL,
    incident_id UUID        NOT NULL,
    reported_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, incident_id)
);
CREATE INDEX involvement_person_time ON involvement (person_id, reported_at);

-- Suggestions in the review queue; they never change a tier by themselves.
CREATE TABLE review_suggestion (
    id          BIGSERIAL PRIMARY KEY,
    person_id   UUID        NOT NULL REFERENCES person (id),
    reason      TEXT        NOT NULL,   -- REPEATED_INVOLVEMENT
    detail      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    status      TEXT        NOT NULL,   -- OPEN, DONE
    done_by     TEXT,
    done_at     TIMESTAMPTZ
);
CREATE UNIQUE INDEX review_suggestion_one_open ON review_suggestion (person_id, reason) WHERE status = 'OPEN';
