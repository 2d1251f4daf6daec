-- 0016_outgoing_reviews: what steps 3 and 7 find about each member of the outgoing committee.
-- Step 3 离任审计 (seed 第五篇 五、3 "对村（社区）党组织委员会成员进行离任经济责任审计，公布审计结果…对审计中发现的问题，
-- 要按有关规定及时妥善处理"): one audit per outgoing member, the problems found and how they were dealt with.
-- Step 7 任期目标考核 (五、7 "领导班子及成员在党员大会和村民代表会议上述职，并进行民主评议，公开结果"): each member's
-- democratic evaluation, as the counts of 满意 / 基本满意 / 不满意, shown with the member when renominated.
CREATE TABLE exit_audit (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    audited_on TEXT NOT NULL,
    -- 审计单位: e.g. 乡镇农经站、县审计局.
    auditor TEXT NOT NULL CHECK (length(trim(auditor)) > 0),
    -- The problems the audit found; NULL when it found none.
    problems TEXT CHECK (problems IS NULL OR length(trim(problems)) > 0),
    -- 妥善处理: how the problems were dealt with, and when.
    handling TEXT CHECK (handling IS NULL OR length(trim(handling)) > 0),
    handled_on TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id),
    CHECK ((handling IS NULL) = (handled_on IS NULL)),
    CHECK (problems IS NOT NULL OR handling IS NULL),
    CHECK (handled_on IS NULL OR handled_on >= audited_on)
) STRICT;

CREATE TABLE term_review (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reviewed_on TEXT NOT NULL,
    -- Verdicts of one village's members and representatives: never more than TermReview.maximumCount each.
    satisfied INTEGER NOT NULL CHECK (satisfied BETWEEN 0 AND 100000),
    basically_satisfied INTEGER NOT NULL CHECK (basically_satisfied BETWEEN 0 AND 100000),
    dissatisfied INTEGER NOT NULL CHECK (dissatisfied BETWEEN 0 AND 100000),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    -- At least one verdict: refused by the act (Refusal.termReviewEmpty).
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE VIEW audit_image_exit_audit AS SELECT json_array(exit_audit.election_id, exit_audit.member_id) AS pk, json_object('election_id', exit_audit.election_id, 'member_id', exit_audit.member_id, 'audited_on', exit_audit.audited_on, 'auditor', exit_audit.auditor, 'problems', exit_audit.problems, 'handling', exit_audit.handling, 'handled_on', exit_audit.handled_on, 'recorded_by', exit_audit.recorded_by, 'recorded_at', exit_audit.recorded_at) AS row FROM exit_audit;
CREATE TRIGGER audit_exit_audit_insert AFTER INSERT ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'audited_on', NEW.audited_on, 'auditor', NEW.auditor, 'problems', NEW.problems, 'handling', NEW.handling, 'handled_on', NEW.handled_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_exit_audit_update AFTER UPDATE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'audited_on', NEW.audited_on, 'auditor', NEW.auditor, 'problems', NEW.problems, 'handling', NEW.handling, 'handled_on', NEW.handled_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_exit_audit_delete AFTER DELETE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;

CREATE VIEW audit_image_term_review AS SELECT json_array(term_review.election_id, term_review.member_id) AS pk, json_object('election_id', term_review.election_id, 'member_id', term_review.member_id, 'reviewed_on', term_review.reviewed_on, 'satisfied', term_review.satisfied, 'basically_satisfied', term_review.basically_satisfied, 'dissatisfied', term_review.dissatisfied, 'recorded_by', term_review.recorded_by, 'recorded_at', term_review.recorded_at) AS row FROM term_review;
CREATE TRIGGER audit_term_review_insert AFTER INSERT ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reviewed_on', NEW.reviewed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_term_review_update AFTER UPDATE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reviewed_on', NEW.reviewed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_term_review_delete AFTER DELETE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;
