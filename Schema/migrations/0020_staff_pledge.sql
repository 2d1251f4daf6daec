-- 0020_staff_pledge: 纪律承诺 of the staff (seed 第五篇 五、19 "乡镇党委与参与换届的工作人员、村（社区）“两委”班子成员、候选人
-- 预备人选开展换届纪律谈话，签订严守换届纪律承诺书"). The candidates' and the outgoing committee's pledges are rows of
-- pledge (members of the roll); the staff working on the election — the guidance group (指导组, step 5) — are not on the
-- roll, so their pledges are kept here, one per guidance group member.
CREATE TABLE staff_pledge (
    election_id INTEGER NOT NULL REFERENCES election(id),
    guidance_member_id INTEGER NOT NULL REFERENCES guidance_member(id),
    signed_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, guidance_member_id)
) STRICT;

CREATE VIEW audit_image_staff_pledge AS SELECT json_array(staff_pledge.election_id, staff_pledge.guidance_member_id) AS pk, json_object('election_id', staff_pledge.election_id, 'guidance_member_id', staff_pledge.guidance_member_id, 'signed_on', staff_pledge.signed_on, 'recorded_by', staff_pledge.recorded_by, 'recorded_at', staff_pledge.recorded_at) AS row FROM staff_pledge;
CREATE TRIGGER audit_staff_pledge_insert AFTER INSERT ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'insert', json_array(NEW.election_id, NEW.guidance_member_id), json_object('election_id', NEW.election_id, 'guidance_member_id', NEW.guidance_member_id, 'signed_on', NEW.signed_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_staff_pledge_update AFTER UPDATE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'insert', json_array(NEW.election_id, NEW.guidance_member_id), json_object('election_id', NEW.election_id, 'guidance_member_id', NEW.guidance_member_id, 'signed_on', NEW.signed_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_staff_pledge_delete AFTER DELETE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), NULL); END;
