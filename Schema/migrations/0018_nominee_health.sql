-- 0018_nominee_health: 身体健康 (seed 第五篇 三(四) "新推选的村（社区）党组织委员会委员候选人一般应具备高中以上文化程度，
-- 身体健康"). The township records, as the inspection (组织考察, step 16) finds it, whether a new nominee's health lets
-- him serve; from the inspection list on a new nominee stands only with a record saying it does.
CREATE TABLE nominee_health (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    fit INTEGER NOT NULL CHECK (fit IN (0, 1)),
    -- What the finding rests on: a medical report, the inspection's enquiries…; for an unfit finding, what was found.
    basis TEXT NOT NULL CHECK (length(trim(basis)) > 0),
    attested_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE VIEW audit_image_nominee_health AS SELECT json_array(nominee_health.election_id, nominee_health.member_id) AS pk, json_object('election_id', nominee_health.election_id, 'member_id', nominee_health.member_id, 'fit', nominee_health.fit, 'basis', nominee_health.basis, 'attested_on', nominee_health.attested_on, 'recorded_by', nominee_health.recorded_by, 'recorded_at', nominee_health.recorded_at) AS row FROM nominee_health;
CREATE TRIGGER audit_nominee_health_insert AFTER INSERT ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'fit', NEW.fit, 'basis', NEW.basis, 'attested_on', NEW.attested_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_nominee_health_update AFTER UPDATE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'fit', NEW.fit, 'basis', NEW.basis, 'attested_on', NEW.attested_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_nominee_health_delete AFTER DELETE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), NULL); END;
