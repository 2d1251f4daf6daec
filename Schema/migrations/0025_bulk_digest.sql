-- 0025_bulk_digest: ballots are audited by digest, not copied row by row into the change log (issue 15).
--
-- A teller's entry and a round's counted stack are only ever inserted in bulk, by one act, in the order of their
-- positions. Copying each of a million ballots into audit_change doubled the cost of entering them. Instead the act
-- that inserts them writes one bulk_insert row: which table, the key before the position (scope: [round_id, entry] or
-- [round_id]), the first and last position, the number of rows and the SHA-256 of their audit images in order
-- (each `pk ‖ 0x1F ‖ row ‖ 0x1E`, the texts the audit_image_ view gives). That row is itself logged and so covered by
-- the act's signed event; `audit verify` recomputes the digest from the table. Deletes and updates stay fully logged,
-- now with the old row's image, so an insert's digest can still be checked after its rows were undone or replaced.
CREATE TABLE bulk_insert (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL CHECK (tbl IN ('ballot_entry', 'counted_ballot')),
    scope TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array'),
    first INTEGER NOT NULL CHECK (first >= 1),
    last INTEGER NOT NULL CHECK (last >= first),
    rows INTEGER NOT NULL CHECK (rows = last - first + 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

-- The highest rowid each bulk table had after the last act that inserted into it (seeded here with what is there). An act
-- starts only while no row lies above it: a row added outside the program, which no trigger logs any more, stops every
-- act as an unrecorded change does (a row added with a chosen rowid below the mark is left to `audit verify`).
CREATE TABLE bulk_high_water (
    tbl TEXT PRIMARY KEY CHECK (tbl IN ('ballot_entry', 'counted_ballot')),
    high_rowid INTEGER NOT NULL
) STRICT;
INSERT INTO bulk_high_water (tbl, high_rowid) SELECT 'ballot_entry', coalesce(max(rowid), 0) FROM ballot_entry;
INSERT INTO bulk_high_water (tbl, high_rowid) SELECT 'counted_ballot', coalesce(max(rowid), 0) FROM counted_ballot;

CREATE TRIGGER bulk_insert_frozen_update BEFORE UPDATE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;
CREATE TRIGGER bulk_insert_frozen_delete BEFORE DELETE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;

-- bulk_insert
CREATE VIEW audit_image_bulk_insert AS SELECT json_array(bulk_insert.id) AS pk, json_object('id', bulk_insert.id, 'tbl', bulk_insert.tbl, 'scope', bulk_insert.scope, 'first', bulk_insert.first, 'last', bulk_insert.last, 'rows', bulk_insert.rows, 'sha256', bulk_insert.sha256) AS row FROM bulk_insert;
CREATE TRIGGER audit_bulk_insert_insert AFTER INSERT ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_bulk_insert_update AFTER UPDATE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_bulk_insert_delete AFTER DELETE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), NULL); END;

-- Ballots: no row image on insert (the bulk_insert digest records them); a delete or update logs the old image.
DROP TRIGGER audit_ballot_entry_insert;
DROP TRIGGER audit_ballot_entry_update;
DROP TRIGGER audit_ballot_entry_delete;
CREATE TRIGGER audit_ballot_entry_update AFTER UPDATE ON ballot_entry BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'delete', json_array(OLD.round_id, OLD.entry, OLD.position), json_object('round_id', OLD.round_id, 'entry', OLD.entry, 'position', OLD.position, 'ballot', OLD.ballot, 'entered_by', OLD.entered_by)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'insert', json_array(NEW.round_id, NEW.entry, NEW.position), json_object('round_id', NEW.round_id, 'entry', NEW.entry, 'position', NEW.position, 'ballot', NEW.ballot, 'entered_by', NEW.entered_by)); END;
CREATE TRIGGER audit_ballot_entry_delete AFTER DELETE ON ballot_entry BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'delete', json_array(OLD.round_id, OLD.entry, OLD.position), json_object('round_id', OLD.round_id, 'entry', OLD.entry, 'position', OLD.position, 'ballot', OLD.ballot, 'entered_by', OLD.entered_by)); END;
DROP TRIGGER audit_counted_ballot_insert;
DROP TRIGGER audit_counted_ballot_update;
DROP TRIGGER audit_counted_ballot_delete;
CREATE TRIGGER audit_counted_ballot_update AFTER UPDATE ON counted_ballot BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'delete', json_array(OLD.round_id, OLD.position), json_object('round_id', OLD.round_id, 'position', OLD.position, 'ballot', OLD.ballot)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'insert', json_array(NEW.round_id, NEW.position), json_object('round_id', NEW.round_id, 'position', NEW.position, 'ballot', NEW.ballot)); END;
CREATE TRIGGER audit_counted_ballot_delete AFTER DELETE ON counted_ballot BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'delete', json_array(OLD.round_id, OLD.position), json_object('round_id', OLD.round_id, 'position', OLD.position, 'ballot', OLD.ballot)); END;
