-- 0014_secretary_assessment: 不宜继续担任村（社区）党组织书记 (seed 第五篇 三(四) (1)–(9)). Before an incumbent secretary
-- stands for secretary again, the township committee weighs all nine items; the items it finds are recorded as
-- findings (nominee_finding, kind unsuitable_secretary) and this row says the nine were weighed, when and why.
CREATE TABLE secretary_assessment (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    -- The item numbers found, comma-separated ('' when none applies).
    found TEXT NOT NULL,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    assessed_on TEXT NOT NULL,
    assessed_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TRIGGER secretary_assessment_frozen_update BEFORE UPDATE ON secretary_assessment
BEGIN SELECT RAISE(ABORT, 'secretary_assessment is append-only'); END;
CREATE TRIGGER secretary_assessment_frozen_delete BEFORE DELETE ON secretary_assessment
BEGIN SELECT RAISE(ABORT, 'secretary_assessment is append-only'); END;

CREATE VIEW audit_image_secretary_assessment AS SELECT json_array(secretary_assessment.election_id, secretary_assessment.member_id) AS pk, json_object('election_id', secretary_assessment.election_id, 'member_id', secretary_assessment.member_id, 'found', secretary_assessment.found, 'note', secretary_assessment.note, 'assessed_on', secretary_assessment.assessed_on, 'assessed_by', secretary_assessment.assessed_by, 'recorded_at', secretary_assessment.recorded_at) AS row FROM secretary_assessment;
CREATE TRIGGER audit_secretary_assessment_insert AFTER INSERT ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'found', NEW.found, 'note', NEW.note, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_secretary_assessment_update AFTER UPDATE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'found', NEW.found, 'note', NEW.note, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_secretary_assessment_delete AFTER DELETE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;
