-- 0019_list_completion: 补足候选人. After the list's approval (step 18) a cancelled candidacy (取消候选人资格, 0013) can
-- leave the ballot below the 20% margin; the congress then does not vote on it until the township completes the list
-- through the normal stages: a person recommended and vetted (补充联审) and, where the plan asks, found fit at the
-- inspection, is proposed with the reason and published for the plan's days; after the publicity, with his discipline
-- pledge signed and published, the township approves him and he joins the prospective list and the ballot.
CREATE TABLE list_completion (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    publicity_start TEXT NOT NULL,
    publicity_days INTEGER NOT NULL CHECK (publicity_days > 0),
    publicity_place TEXT NOT NULL CHECK (length(trim(publicity_place)) > 0),
    proposed_by INTEGER NOT NULL REFERENCES operator(id),
    proposed_at TEXT NOT NULL,
    -- The township's approval, after the publicity, with the pledge's dates; NULL until approved.
    approved_on TEXT,
    approved_by INTEGER REFERENCES operator(id),
    approved_at TEXT,
    PRIMARY KEY (election_id, member_id),
    CHECK ((approved_on IS NULL) = (approved_by IS NULL)),
    CHECK ((approved_on IS NULL) = (approved_at IS NULL))
) STRICT;

CREATE VIEW audit_image_list_completion AS SELECT json_array(list_completion.election_id, list_completion.member_id) AS pk, json_object('election_id', list_completion.election_id, 'member_id', list_completion.member_id, 'reason', list_completion.reason, 'publicity_start', list_completion.publicity_start, 'publicity_days', list_completion.publicity_days, 'publicity_place', list_completion.publicity_place, 'proposed_by', list_completion.proposed_by, 'proposed_at', list_completion.proposed_at, 'approved_on', list_completion.approved_on, 'approved_by', list_completion.approved_by, 'approved_at', list_completion.approved_at) AS row FROM list_completion;
CREATE TRIGGER audit_list_completion_insert AFTER INSERT ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'publicity_start', NEW.publicity_start, 'publicity_days', NEW.publicity_days, 'publicity_place', NEW.publicity_place, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'approved_on', NEW.approved_on, 'approved_by', NEW.approved_by, 'approved_at', NEW.approved_at)); END;
CREATE TRIGGER audit_list_completion_update AFTER UPDATE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'publicity_start', NEW.publicity_start, 'publicity_days', NEW.publicity_days, 'publicity_place', NEW.publicity_place, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'approved_on', NEW.approved_on, 'approved_by', NEW.approved_by, 'approved_at', NEW.approved_at)); END;
CREATE TRIGGER audit_list_completion_delete AFTER DELETE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;
