-- The read model of legal-hold.v1: each preservation hold as it stands (its latest change), for
-- the case page and the "Holds" view. No accounts here (the case shows its own targets): the
-- hold's categories, dates and the cases it touched.
CREATE TABLE intake.holds (
    hold_id         uuid PRIMARY KEY,
    cases           uuid[] NOT NULL,
    change          text NOT NULL,
    sequence        integer NOT NULL,
    data_categories text[] NOT NULL,
    records_as_of   timestamptz NOT NULL,
    expires_at      timestamptz,
    extended        boolean NOT NULL,
    follows_case_id uuid,
    release_reason  text,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX holds_cases ON intake.holds USING gin (cases);
CREATE INDEX holds_expiring ON intake.holds (expires_at) WHERE change <> 'RELEASED';
