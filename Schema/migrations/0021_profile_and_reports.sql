-- 0021_profile_and_reports: two facts the seed asks for that the roll and the steps do not hold.
--
-- member_attribute: where a member comes from (来源渠道, 第五篇 三 "拓宽来源渠道…从本村致富带头人、农民专业合作组织负责人、复员
-- 退伍军人、大学生村官、乡村医生和教师等人员中选拔…选派…聘请") and what else they hold (四 "一肩挑"、团支部书记、妇联主席), one
-- row per attribute; recording a member's profile replaces all of theirs. The lists and the elected committee show the
-- composition they give (Core/Candidacy/Composition.swift).
CREATE TABLE member_attribute (
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (member_id, kind, code),
    CHECK ((kind = 'background' AND code IN ('business_leader', 'cooperative_head', 'veteran', 'college_graduate_official', 'village_doctor', 'teacher', 'returned_migrant', 'college_graduate', 'grid_worker', 'community_organization_head', 'seconded_cadre', 'retired_hire'))
        OR (kind = 'post' AND code IN ('residents_committee_chair', 'residents_committee_member', 'youth_league_secretary', 'womens_federation_chair')))
) STRICT;

-- situation_report: 情况报送 (六、组织领导 1 "健全…情况报送制度…重大事件、重要舆情、重要信息及时报县委组织部"; 3 "随时注意换届选举工作
-- 动向，及时发现和解决好苗头性、倾向性问题"; 五、8 "定期与乡镇党委沟通情况"): what happened, when, who reported it, and how it
-- was dealt with. Handling is all three columns or none.
CREATE TABLE situation_report (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    kind TEXT NOT NULL CHECK (kind IN ('major_event', 'public_opinion', 'information', 'emerging_problem', 'consultation')),
    occurred_on TEXT NOT NULL,
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    reported_by INTEGER NOT NULL REFERENCES operator(id),
    reported_at TEXT NOT NULL,
    handled_on TEXT,
    handling TEXT CHECK (handling IS NULL OR length(trim(handling)) > 0),
    handled_by INTEGER REFERENCES operator(id),
    CHECK ((handled_on IS NULL) = (handling IS NULL) AND (handling IS NULL) = (handled_by IS NULL))
) STRICT;
CREATE INDEX situation_report_election ON situation_report(election_id, id);

CREATE VIEW audit_image_member_attribute AS SELECT json_array(member_attribute.member_id, member_attribute.kind, member_attribute.code) AS pk, json_object('member_id', member_attribute.member_id, 'kind', member_attribute.kind, 'code', member_attribute.code, 'recorded_by', member_attribute.recorded_by, 'recorded_at', member_attribute.recorded_at) AS row FROM member_attribute;
CREATE TRIGGER audit_member_attribute_insert AFTER INSERT ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'insert', json_array(NEW.member_id, NEW.kind, NEW.code), json_object('member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_member_attribute_update AFTER UPDATE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'insert', json_array(NEW.member_id, NEW.kind, NEW.code), json_object('member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_member_attribute_delete AFTER DELETE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), NULL); END;
CREATE VIEW audit_image_situation_report AS SELECT json_array(situation_report.id) AS pk, json_object('id', situation_report.id, 'election_id', situation_report.election_id, 'kind', situation_report.kind, 'occurred_on', situation_report.occurred_on, 'summary', situation_report.summary, 'reported_by', situation_report.reported_by, 'reported_at', situation_report.reported_at, 'handled_on', situation_report.handled_on, 'handling', situation_report.handling, 'handled_by', situation_report.handled_by) AS row FROM situation_report;
CREATE TRIGGER audit_situation_report_insert AFTER INSERT ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'summary', NEW.summary, 'reported_by', NEW.reported_by, 'reported_at', NEW.reported_at, 'handled_on', NEW.handled_on, 'handling', NEW.handling, 'handled_by', NEW.handled_by)); END;
CREATE TRIGGER audit_situation_report_update AFTER UPDATE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'summary', NEW.summary, 'reported_by', NEW.reported_by, 'reported_at', NEW.reported_at, 'handled_on', NEW.handled_on, 'handling', NEW.handling, 'handled_by', NEW.handled_by)); END;
CREATE TRIGGER audit_situation_report_delete AFTER DELETE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), NULL); END;
