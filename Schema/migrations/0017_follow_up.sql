-- 0017_follow_up: what steps 29 and 30 rest on.
-- Step 29 思想疏导 (seed 第五篇 五、29 "乡镇党委与换届选举中落选和不再继续提名的同志谈心谈话，落实好符合条件的离任村（社区）
-- 干部待遇"): one talk per person who lost or was not renominated, with, for an outgoing member leaving the committee,
-- what was done about the departing cadre's treatment.
-- Step 30 材料归档 (五、30 "指导村（社区）党组织收集整理换届选举工作材料，一并归档"): the archive bundle exported from this
-- database, checked (its chain is this database's, its signatures trace to the trust list, it covers the steps before
-- the archive) and filed; its digest is kept.
CREATE TABLE counselling_talk (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    talked_on TEXT NOT NULL,
    -- Who talked with the person for the township committee.
    talked_by TEXT NOT NULL CHECK (length(trim(talked_by)) > 0),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    -- 离任干部待遇: for an outgoing member leaving the committee, what was settled (NULL for others).
    treatment TEXT CHECK (treatment IS NULL OR length(trim(treatment)) > 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE archive_filing (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
    -- The last event the bundle carries: the chain it archives ends there.
    head_event INTEGER NOT NULL,
    head_hash TEXT NOT NULL CHECK (length(head_hash) = 64),
    signatures INTEGER NOT NULL CHECK (signatures >= 0),
    filed_on TEXT NOT NULL,
    filed_by INTEGER NOT NULL REFERENCES operator(id),
    filed_at TEXT NOT NULL
) STRICT;

CREATE VIEW audit_image_counselling_talk AS SELECT json_array(counselling_talk.election_id, counselling_talk.member_id) AS pk, json_object('election_id', counselling_talk.election_id, 'member_id', counselling_talk.member_id, 'talked_on', counselling_talk.talked_on, 'talked_by', counselling_talk.talked_by, 'note', counselling_talk.note, 'treatment', counselling_talk.treatment, 'recorded_by', counselling_talk.recorded_by, 'recorded_at', counselling_talk.recorded_at) AS row FROM counselling_talk;
CREATE TRIGGER audit_counselling_talk_insert AFTER INSERT ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'talked_on', NEW.talked_on, 'talked_by', NEW.talked_by, 'note', NEW.note, 'treatment', NEW.treatment, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_counselling_talk_update AFTER UPDATE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'talked_on', NEW.talked_on, 'talked_by', NEW.talked_by, 'note', NEW.note, 'treatment', NEW.treatment, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_counselling_talk_delete AFTER DELETE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;

CREATE VIEW audit_image_archive_filing AS SELECT json_array(archive_filing.election_id) AS pk, json_object('election_id', archive_filing.election_id, 'bundle_sha256', archive_filing.bundle_sha256, 'head_event', archive_filing.head_event, 'head_hash', archive_filing.head_hash, 'signatures', archive_filing.signatures, 'filed_on', archive_filing.filed_on, 'filed_by', archive_filing.filed_by, 'filed_at', archive_filing.filed_at) AS row FROM archive_filing;
CREATE TRIGGER audit_archive_filing_insert AFTER INSERT ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'bundle_sha256', NEW.bundle_sha256, 'head_event', NEW.head_event, 'head_hash', NEW.head_hash, 'signatures', NEW.signatures, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'filed_at', NEW.filed_at)); END;
CREATE TRIGGER audit_archive_filing_update AFTER UPDATE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'bundle_sha256', NEW.bundle_sha256, 'head_event', NEW.head_event, 'head_hash', NEW.head_hash, 'signatures', NEW.signatures, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'filed_at', NEW.filed_at)); END;
CREATE TRIGGER audit_archive_filing_delete AFTER DELETE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), NULL); END;
