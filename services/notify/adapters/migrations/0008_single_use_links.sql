-- The single-use signed links, renamed from counsel_link_uses: besides counsel's links (the first
-- naming of counsel of record through a link), the table records data stewards' preservation-hold
-- acknowledgements (appointment_id null). Same columns, rows, primary key and grants: the first
-- use of a link inserts its notice, in the transaction that acts on it; the key makes two
-- concurrent uses of one link end with exactly one.
ALTER TABLE notify.counsel_link_uses RENAME TO single_use_links;
ALTER TABLE notify.single_use_links RENAME CONSTRAINT counsel_link_uses_pkey TO single_use_links_pkey;

-- For a rolling upgrade only (the migrate Job runs before or while the services roll out): notify
-- processes from before this migration still use the old name, through this view (a simple
-- view: their INSERT ... ON CONFLICT (notice_id) DO NOTHING lands in the table, the key holds).
-- No code of this version reads it; drop it in a later migration.
CREATE VIEW notify.counsel_link_uses AS
    SELECT notice_id, appointment_id, used_at FROM notify.single_use_links;
