-- 0012_adjournment: a congress that cannot finish its business at one sitting. Short of its quorum it
-- cannot vote and adjourns to another date; with seats still empty after the further rounds its method
-- allows it may adjourn and report to the township. It meets again with a new check-in; the expected
-- attendance stays as approved, and who was present at each earlier sitting is kept.

-- 休会: each adjournment ends one sitting (the first sitting is 1).
CREATE TABLE congress_adjournment (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    sitting INTEGER NOT NULL CHECK (sitting >= 1),
    reason TEXT NOT NULL CHECK (reason IN ('no_quorum', 'seats_unfilled')),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    present INTEGER NOT NULL CHECK (present >= 0),
    expected INTEGER NOT NULL CHECK (expected >= 0),
    adjourned_on TEXT NOT NULL,
    reconvene_on TEXT NOT NULL CHECK (reconvene_on > adjourned_on),
    -- The number of the last round opened before it (0: none): later rounds belong to the sittings after.
    rounds_before INTEGER NOT NULL CHECK (rounds_before >= 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (election_id, sitting)
) STRICT;

-- Who was present at a sitting that adjourned: moved here from `attendance`, which holds the current sitting.
CREATE TABLE adjourned_attendance (
    election_id INTEGER NOT NULL REFERENCES election(id),
    sitting INTEGER NOT NULL CHECK (sitting >= 1),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, sitting, member_id)
) STRICT;

-- 另行选举的次数: the limit the adopted method sets on further rounds (none: the 条例 sets no limit).
CREATE TABLE further_round_limit (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    max_rounds INTEGER NOT NULL CHECK (max_rounds >= 1)
) STRICT;

CREATE TRIGGER congress_adjournment_frozen_update BEFORE UPDATE ON congress_adjournment
BEGIN SELECT RAISE(ABORT, 'congress_adjournment is append-only'); END;
CREATE TRIGGER congress_adjournment_frozen_delete BEFORE DELETE ON congress_adjournment
BEGIN SELECT RAISE(ABORT, 'congress_adjournment is append-only'); END;
CREATE TRIGGER adjourned_attendance_frozen_update BEFORE UPDATE ON adjourned_attendance
BEGIN SELECT RAISE(ABORT, 'adjourned_attendance is append-only'); END;
CREATE TRIGGER adjourned_attendance_frozen_delete BEFORE DELETE ON adjourned_attendance
BEGIN SELECT RAISE(ABORT, 'adjourned_attendance is append-only'); END;

CREATE VIEW audit_image_congress_adjournment AS SELECT json_array(congress_adjournment.id) AS pk, json_object('id', congress_adjournment.id, 'election_id', congress_adjournment.election_id, 'sitting', congress_adjournment.sitting, 'reason', congress_adjournment.reason, 'note', congress_adjournment.note, 'present', congress_adjournment.present, 'expected', congress_adjournment.expected, 'adjourned_on', congress_adjournment.adjourned_on, 'reconvene_on', congress_adjournment.reconvene_on, 'rounds_before', congress_adjournment.rounds_before, 'recorded_by', congress_adjournment.recorded_by, 'recorded_at', congress_adjournment.recorded_at) AS row FROM congress_adjournment;
CREATE TRIGGER audit_congress_adjournment_insert AFTER INSERT ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'sitting', NEW.sitting, 'reason', NEW.reason, 'note', NEW.note, 'present', NEW.present, 'expected', NEW.expected, 'adjourned_on', NEW.adjourned_on, 'reconvene_on', NEW.reconvene_on, 'rounds_before', NEW.rounds_before, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_congress_adjournment_update AFTER UPDATE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'sitting', NEW.sitting, 'reason', NEW.reason, 'note', NEW.note, 'present', NEW.present, 'expected', NEW.expected, 'adjourned_on', NEW.adjourned_on, 'reconvene_on', NEW.reconvene_on, 'rounds_before', NEW.rounds_before, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_congress_adjournment_delete AFTER DELETE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_adjourned_attendance AS SELECT json_array(adjourned_attendance.election_id, adjourned_attendance.sitting, adjourned_attendance.member_id) AS pk, json_object('election_id', adjourned_attendance.election_id, 'sitting', adjourned_attendance.sitting, 'member_id', adjourned_attendance.member_id) AS row FROM adjourned_attendance;
CREATE TRIGGER audit_adjourned_attendance_insert AFTER INSERT ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'insert', json_array(NEW.election_id, NEW.sitting, NEW.member_id), json_object('election_id', NEW.election_id, 'sitting', NEW.sitting, 'member_id', NEW.member_id)); END;
CREATE TRIGGER audit_adjourned_attendance_update AFTER UPDATE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'insert', json_array(NEW.election_id, NEW.sitting, NEW.member_id), json_object('election_id', NEW.election_id, 'sitting', NEW.sitting, 'member_id', NEW.member_id)); END;
CREATE TRIGGER audit_adjourned_attendance_delete AFTER DELETE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), NULL); END;
CREATE VIEW audit_image_further_round_limit AS SELECT json_array(further_round_limit.election_id) AS pk, json_object('election_id', further_round_limit.election_id, 'max_rounds', further_round_limit.max_rounds) AS row FROM further_round_limit;
CREATE TRIGGER audit_further_round_limit_insert AFTER INSERT ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'max_rounds', NEW.max_rounds)); END;
CREATE TRIGGER audit_further_round_limit_update AFTER UPDATE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'max_rounds', NEW.max_rounds)); END;
CREATE TRIGGER audit_further_round_limit_delete AFTER DELETE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), NULL); END;
