-- 0026_member_digest: members inserted by an act are audited by digest, as ballots are since 0025 (issue 15).
--
-- A roll import writes thousands of members one row at a time; the audit trigger copied each into audit_change, a second
-- write of every row (a quarter of a 100,000-row import). Now the act that inserts members records, like a teller's entry,
-- one bulk_insert row per run of at most 64 consecutive member ids (the scope is [], the position the id), with the SHA-256
-- of their audit images; `audit verify` recomputes it from the table. A run of 64 keeps what a changed row is named by to
-- a page of the roll, not the whole import. Updates and deletes of members stay logged, now with the old row's image, so a
-- run's digest can be checked after its members were updated or removed by a later act. Rows already logged stay logged.
--
-- bulk_insert and bulk_high_water name their tables in a CHECK: rebuilt with 'member' added (same rows, same ids; the
-- copy fires no trigger, so the change log is untouched), and the member table's high-water mark seeded with what is there.
CREATE TABLE bulk_insert_next (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL CHECK (tbl IN ('ballot_entry', 'counted_ballot', 'member')),
    scope TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array'),
    first INTEGER NOT NULL CHECK (first >= 1),
    last INTEGER NOT NULL CHECK (last >= first),
    rows INTEGER NOT NULL CHECK (rows = last - first + 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;
INSERT INTO bulk_insert_next (id, tbl, scope, first, last, rows, sha256) SELECT id, tbl, scope, first, last, rows, sha256 FROM bulk_insert ORDER BY id;
DROP VIEW audit_image_bulk_insert;
DROP TABLE bulk_insert;
ALTER TABLE bulk_insert_next RENAME TO bulk_insert;
CREATE TRIGGER bulk_insert_frozen_update BEFORE UPDATE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;
CREATE TRIGGER bulk_insert_frozen_delete BEFORE DELETE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;
CREATE VIEW audit_image_bulk_insert AS SELECT json_array(bulk_insert.id) AS pk, json_object('id', bulk_insert.id, 'tbl', bulk_insert.tbl, 'scope', bulk_insert.scope, 'first', bulk_insert.first, 'last', bulk_insert.last, 'rows', bulk_insert.rows, 'sha256', bulk_insert.sha256) AS row FROM bulk_insert;
CREATE TRIGGER audit_bulk_insert_insert AFTER INSERT ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_bulk_insert_update AFTER UPDATE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_bulk_insert_delete AFTER DELETE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), NULL); END;

CREATE TABLE bulk_high_water_next (
    tbl TEXT PRIMARY KEY CHECK (tbl IN ('ballot_entry', 'counted_ballot', 'member')),
    high_rowid INTEGER NOT NULL
) STRICT;
INSERT INTO bulk_high_water_next (tbl, high_rowid) SELECT tbl, high_rowid FROM bulk_high_water;
INSERT INTO bulk_high_water_next (tbl, high_rowid) SELECT 'member', coalesce(max(rowid), 0) FROM member;
DROP TABLE bulk_high_water;
ALTER TABLE bulk_high_water_next RENAME TO bulk_high_water;

-- Members: no row image on an insert the program makes (a bulk_insert digest records it); an update or delete logs the old image.
DROP TRIGGER audit_member_insert;
DROP TRIGGER audit_member_update;
DROP TRIGGER audit_member_delete;
-- An insert the program did not make: at an id not above the mark (INSERT OR REPLACE over a member, a chosen id), or any
-- insert while the mark is missing. The program's inserts always take the next id after the mark; these are logged, so
-- that the next act refuses to start (the log has entries no event records) and audit verify names them.
CREATE TRIGGER audit_member_insert AFTER INSERT ON member
WHEN NEW.id <= coalesce((SELECT high_rowid FROM bulk_high_water WHERE tbl = 'member'), 9223372036854775807)
BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'education', NEW.education, 'joined_date', NEW.joined_date, 'status', NEW.status, 'discipline', NEW.discipline, 'probation_start', NEW.probation_start, 'probation_end', NEW.probation_end, 'away', NEW.away, 'phone', NEW.phone, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)); END;
CREATE TRIGGER audit_member_update AFTER UPDATE ON member BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'education', OLD.education, 'joined_date', OLD.joined_date, 'status', OLD.status, 'discipline', OLD.discipline, 'probation_start', OLD.probation_start, 'probation_end', OLD.probation_end, 'away', OLD.away, 'phone', OLD.phone, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'education', NEW.education, 'joined_date', NEW.joined_date, 'status', NEW.status, 'discipline', NEW.discipline, 'probation_start', NEW.probation_start, 'probation_end', NEW.probation_end, 'away', NEW.away, 'phone', NEW.phone, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)); END;
CREATE TRIGGER audit_member_delete AFTER DELETE ON member BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'education', OLD.education, 'joined_date', OLD.joined_date, 'status', OLD.status, 'discipline', OLD.discipline, 'probation_start', OLD.probation_start, 'probation_end', OLD.probation_end, 'away', OLD.away, 'phone', OLD.phone, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at)); END;
