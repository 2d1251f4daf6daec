-- 0011_nominee_proposal: when the secretary (or a community's deputy) nominee is not elected to the
-- committee, or the vote for the post elects no one, the township proposes another nominee from the
-- elected committee, tells the county, and the post's vote is held again (另提人选).

CREATE TABLE nominee_proposal (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    post TEXT NOT NULL CHECK (post IN ('secretary', 'deputy_secretary')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    county_told_on TEXT NOT NULL,
    -- How many votes for the post had been held when it was proposed: only later votes are on this nominee.
    votes_before INTEGER NOT NULL CHECK (votes_before >= 0),
    proposed_by INTEGER NOT NULL REFERENCES operator(id),
    proposed_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER nominee_proposal_frozen_update BEFORE UPDATE ON nominee_proposal
BEGIN SELECT RAISE(ABORT, 'nominee_proposal is append-only'); END;
CREATE TRIGGER nominee_proposal_frozen_delete BEFORE DELETE ON nominee_proposal
BEGIN SELECT RAISE(ABORT, 'nominee_proposal is append-only'); END;

CREATE VIEW audit_image_nominee_proposal AS SELECT json_array(nominee_proposal.id) AS pk, json_object('id', nominee_proposal.id, 'election_id', nominee_proposal.election_id, 'post', nominee_proposal.post, 'member_id', nominee_proposal.member_id, 'reason', nominee_proposal.reason, 'county_told_on', nominee_proposal.county_told_on, 'votes_before', nominee_proposal.votes_before, 'proposed_by', nominee_proposal.proposed_by, 'proposed_at', nominee_proposal.proposed_at) AS row FROM nominee_proposal;
CREATE TRIGGER audit_nominee_proposal_insert AFTER INSERT ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'post', NEW.post, 'member_id', NEW.member_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'votes_before', NEW.votes_before, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at)); END;
CREATE TRIGGER audit_nominee_proposal_update AFTER UPDATE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'post', NEW.post, 'member_id', NEW.member_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'votes_before', NEW.votes_before, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at)); END;
CREATE TRIGGER audit_nominee_proposal_delete AFTER DELETE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), NULL); END;
