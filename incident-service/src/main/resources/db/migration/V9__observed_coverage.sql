-- Patrol coverage (见警率) per day, from patrol.coverage-computed: the briefing shows the day's figure.
CREATE TABLE observed_coverage (
    day              DATE PRIMARY KEY,
    areas            INT    NOT NULL,
    planned_minutes  BIGINT NOT NULL,
    actual_minutes   BIGINT NOT NULL,
    ratio            DOUBLE PRECISION
);
