-- Staff accounts of the web app and the API. Passwords are argon2id hashes; sessions and API
-- tokens are stored as SHA-256 of the secret handed out (high-entropy random values), never
-- the secret itself.
CREATE TABLE intake.staff (
    staff_id      uuid PRIMARY KEY,
    email         text NOT NULL,
    display_name  text NOT NULL,
    role          text NOT NULL CHECK (role IN ('INTAKE_CLERK', 'LEGAL_OPS', 'COUNSEL', 'ADMIN')),
    password_hash text,                      -- null: no password login (API tokens only)
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_email ON intake.staff (lower(email));

CREATE TABLE intake.staff_sessions (
    session_hash text PRIMARY KEY,
    staff_id     uuid NOT NULL REFERENCES intake.staff (staff_id) ON DELETE CASCADE,
    csrf_token   text NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_staff ON intake.staff_sessions (staff_id);

CREATE TABLE intake.api_tokens (
    token_id     uuid PRIMARY KEY,
    staff_id     uuid NOT NULL REFERENCES intake.staff (staff_id) ON DELETE CASCADE,
    name         text NOT NULL,
    token_hash   text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_staff ON intake.api_tokens (staff_id);
