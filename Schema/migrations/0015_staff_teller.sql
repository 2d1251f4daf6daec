-- 0015_staff_teller: 计票人 designated from the meeting's staff (rules.md "People at the count": tellers come from the
-- staff or from members who are not candidates, so a teller need not be on the roll). Replaced with the officers.
CREATE TABLE staff_teller (
    election_id INTEGER NOT NULL REFERENCES election(id),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50 AND name = trim(name)),
    position TEXT NOT NULL CHECK (length(trim(position)) > 0),
    PRIMARY KEY (election_id, name)
) STRICT;

CREATE VIEW audit_image_staff_teller AS SELECT json_array(staff_teller.election_id, staff_teller.name) AS pk, json_object('election_id', staff_teller.election_id, 'name', staff_teller.name, 'position', staff_teller.position) AS row FROM staff_teller;
CREATE TRIGGER audit_staff_teller_insert AFTER INSERT ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'insert', json_array(NEW.election_id, NEW.name), json_object('election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;
CREATE TRIGGER audit_staff_teller_update AFTER UPDATE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'insert', json_array(NEW.election_id, NEW.name), json_object('election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;
CREATE TRIGGER audit_staff_teller_delete AFTER DELETE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), NULL); END;
