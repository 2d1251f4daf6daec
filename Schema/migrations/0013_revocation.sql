-- 0013_revocation: 取消候选人资格 / 宣布当选无效 (seed 第五篇 六、2 "被确认为有贿选行为的，取消其候选人资格或宣布其当选无效").
-- After the list's approval a confirmed 不得 finding no longer changes a frozen list: the township cancels the
-- candidacy (the person leaves the ballot and every further round) or, once the person is elected, declares the
-- election void (the seat is empty again and goes to a further round). The same acts settle any other fact that
-- makes the person ineligible (a write-in over age, say). The county is told; the date is kept.
CREATE TABLE candidacy_revocation (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL CHECK (kind IN ('cancelled', 'void')),
    -- The 不得 finding it rests on; NULL when it rests on another eligibility fact (age, an upheld objection…).
    finding_id INTEGER REFERENCES nominee_finding(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    county_told_on TEXT NOT NULL,
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TRIGGER candidacy_revocation_frozen_update BEFORE UPDATE ON candidacy_revocation
BEGIN SELECT RAISE(ABORT, 'candidacy_revocation is append-only'); END;
CREATE TRIGGER candidacy_revocation_frozen_delete BEFORE DELETE ON candidacy_revocation
BEGIN SELECT RAISE(ABORT, 'candidacy_revocation is append-only'); END;

CREATE VIEW audit_image_candidacy_revocation AS SELECT json_array(candidacy_revocation.election_id, candidacy_revocation.member_id) AS pk, json_object('election_id', candidacy_revocation.election_id, 'member_id', candidacy_revocation.member_id, 'kind', candidacy_revocation.kind, 'finding_id', candidacy_revocation.finding_id, 'reason', candidacy_revocation.reason, 'county_told_on', candidacy_revocation.county_told_on, 'decided_by', candidacy_revocation.decided_by, 'decided_at', candidacy_revocation.decided_at) AS row FROM candidacy_revocation;
CREATE TRIGGER audit_candidacy_revocation_insert AFTER INSERT ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'finding_id', NEW.finding_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_candidacy_revocation_update AFTER UPDATE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'finding_id', NEW.finding_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_candidacy_revocation_delete AFTER DELETE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;
