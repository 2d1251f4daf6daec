-- 0022_attendance_unordered: 签到 kept as a set (trust issue 12, ballot secrecy). The attendance table had a rowid, so the
-- order in which members checked in survived in the file; rebuilt WITHOUT ROWID it is stored in key order (election,
-- body, member) and an act inserts its members in that order too, so neither the table nor the change log of one
-- check-in keeps who came first. Connections delete securely (PRAGMA secure_delete), so the old pages do not keep it.
CREATE TABLE attendance_set (
    election_id INTEGER NOT NULL REFERENCES election(id),
    body TEXT NOT NULL CHECK (body IN ('congress', 'committee')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, body, member_id)
) STRICT, WITHOUT ROWID;
INSERT INTO attendance_set (election_id, body, member_id) SELECT election_id, body, member_id FROM attendance ORDER BY election_id, body, member_id;
DROP VIEW audit_image_attendance;
DROP TABLE attendance;
ALTER TABLE attendance_set RENAME TO attendance;

CREATE VIEW audit_image_attendance AS SELECT json_array(attendance.election_id, attendance.body, attendance.member_id) AS pk, json_object('election_id', attendance.election_id, 'body', attendance.body, 'member_id', attendance.member_id) AS row FROM attendance;
CREATE TRIGGER audit_attendance_insert AFTER INSERT ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'insert', json_array(NEW.election_id, NEW.body, NEW.member_id), json_object('election_id', NEW.election_id, 'body', NEW.body, 'member_id', NEW.member_id)); END;
CREATE TRIGGER audit_attendance_update AFTER UPDATE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'insert', json_array(NEW.election_id, NEW.body, NEW.member_id), json_object('election_id', NEW.election_id, 'body', NEW.body, 'member_id', NEW.member_id)); END;
CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), NULL); END;
