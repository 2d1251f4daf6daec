-- 0024_organization_health: the annual grading (分类定级, 004 第一篇) as a procedure of the same engine, and the official
-- calendar its working-day deadlines are counted on.
--
-- calendar_import / calendar_day: a county's holiday table for one year (放假调休, the State Council's notice), imported
-- whole; the latest import of a year replaces the shipped calendar for that year (Core/Rules/WorkingDays.swift). Both
-- append-only: a correction is a new import, and the old one stays on file.
CREATE TABLE calendar_import (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    source TEXT NOT NULL CHECK (length(trim(source)) > 0),
    imported_by INTEGER NOT NULL REFERENCES operator(id),
    imported_at TEXT NOT NULL
) STRICT;
CREATE TABLE calendar_day (
    import_id INTEGER NOT NULL REFERENCES calendar_import(id),
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (import_id, day)
) STRICT;

-- procedure_case: one run of a procedure other than the election for one organization and year (a grading now; a
-- rectification next), pinned to its catalog like an election. case_step_outcome and case_step_record are its steps, as
-- step_outcome and step_record are an election's: append-only.
CREATE TABLE procedure_case (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    catalog_id INTEGER NOT NULL REFERENCES procedure_catalog(id),
    kind TEXT NOT NULL CHECK (kind IN ('grading', 'rectification')),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    opened_by INTEGER NOT NULL REFERENCES operator(id),
    opened_at TEXT NOT NULL,
    UNIQUE (organization_id, kind, year)
) STRICT;
CREATE TABLE case_step_outcome (
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 100),
    outcome TEXT NOT NULL CHECK (outcome = 'completed' OR outcome = 'skipped'),
    happened_on TEXT NOT NULL,
    reason TEXT,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (case_id, step),
    CHECK (outcome = 'completed' OR length(trim(reason)) > 0)
) STRICT;
CREATE TABLE case_step_record (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'minutes' OR kind = 'document' OR kind = 'publication'),
    dated TEXT NOT NULL,
    title TEXT,
    summary TEXT,
    reference TEXT,
    sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) BETWEEN 64 AND 64),
    FOREIGN KEY (case_id, step) REFERENCES case_step_outcome(case_id, step),
    CHECK (sha256 IS NOT NULL OR kind <> 'document')
) STRICT;

-- grading_grade: a grade given in the grading, by stage: the organization's own (self, 支委会表决), the township's initial
-- grade from its score (initial, 初评), the county's result (county, 综合考评) and the December re-grading (regrade, 年底复核);
-- the year's grade is the county's, or what an objection upheld set (grading_objection_decision). A stage's latest row stands until its step closes; the township's
-- score is kept with its five areas (grading_area_score), in tenths of a point. Append-only.
CREATE TABLE grading_grade (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    stage TEXT NOT NULL CHECK (stage IN ('self', 'initial', 'county', 'regrade')),
    grade TEXT NOT NULL CHECK (grade IN ('good', 'fairly_good', 'average', 'poor')),
    score_tenths INTEGER CHECK (score_tenths IS NULL OR score_tenths BETWEEN 0 AND 1000),
    decided_on TEXT NOT NULL,
    note TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    CHECK ((stage IN ('initial', 'regrade')) = (score_tenths IS NOT NULL))
) STRICT;
CREATE INDEX grading_grade_case ON grading_grade(case_id, stage, id);
CREATE TABLE grading_area_score (
    grade_id INTEGER NOT NULL REFERENCES grading_grade(id),
    area TEXT NOT NULL,
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
    PRIMARY KEY (grade_id, area)
) STRICT;

-- grading_objection: 异议 to the county's result, filed by the township or the organization within the working days
-- the version allows, and the county's 复核审定 (upheld with the grade it sets, or dismissed). Append-only: the decision
-- is its own row.
CREATE TABLE grading_objection (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    filed_on TEXT NOT NULL,
    filed_by TEXT NOT NULL CHECK (length(trim(filed_by)) > 0),
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE TABLE grading_objection_decision (
    objection_id INTEGER PRIMARY KEY REFERENCES grading_objection(id),
    decided_on TEXT NOT NULL,
    upheld INTEGER NOT NULL CHECK (upheld IN (0, 1)),
    grade TEXT CHECK (grade IS NULL OR grade IN ('good', 'fairly_good', 'average', 'poor')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    decided_at TEXT NOT NULL,
    CHECK ((upheld = 1) = (grade IS NOT NULL))
) STRICT;

CREATE TRIGGER calendar_import_frozen_update BEFORE UPDATE ON calendar_import
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;
CREATE TRIGGER calendar_import_frozen_delete BEFORE DELETE ON calendar_import
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;
CREATE TRIGGER calendar_day_frozen_update BEFORE UPDATE ON calendar_day
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;
CREATE TRIGGER calendar_day_frozen_delete BEFORE DELETE ON calendar_day
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;
CREATE TRIGGER procedure_case_frozen_update BEFORE UPDATE ON procedure_case
BEGIN SELECT RAISE(ABORT, 'a procedure case is final'); END;
CREATE TRIGGER procedure_case_frozen_delete BEFORE DELETE ON procedure_case
BEGIN SELECT RAISE(ABORT, 'a procedure case is final'); END;
CREATE TRIGGER case_step_outcome_frozen_update BEFORE UPDATE ON case_step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;
CREATE TRIGGER case_step_outcome_frozen_delete BEFORE DELETE ON case_step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;
CREATE TRIGGER case_step_record_frozen_update BEFORE UPDATE ON case_step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;
CREATE TRIGGER case_step_record_frozen_delete BEFORE DELETE ON case_step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;
CREATE TRIGGER grading_grade_frozen_update BEFORE UPDATE ON grading_grade
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;
CREATE TRIGGER grading_grade_frozen_delete BEFORE DELETE ON grading_grade
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;
CREATE TRIGGER grading_area_score_frozen_update BEFORE UPDATE ON grading_area_score
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;
CREATE TRIGGER grading_area_score_frozen_delete BEFORE DELETE ON grading_area_score
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;
CREATE TRIGGER grading_objection_frozen_update BEFORE UPDATE ON grading_objection
BEGIN SELECT RAISE(ABORT, 'an objection is final'); END;
CREATE TRIGGER grading_objection_frozen_delete BEFORE DELETE ON grading_objection
BEGIN SELECT RAISE(ABORT, 'an objection is final'); END;
CREATE TRIGGER grading_objection_decision_frozen_update BEFORE UPDATE ON grading_objection_decision
BEGIN SELECT RAISE(ABORT, 'an objection decision is final'); END;
CREATE TRIGGER grading_objection_decision_frozen_delete BEFORE DELETE ON grading_objection_decision
BEGIN SELECT RAISE(ABORT, 'an objection decision is final'); END;

CREATE VIEW audit_image_calendar_import AS SELECT json_array(calendar_import.id) AS pk, json_object('id', calendar_import.id, 'year', calendar_import.year, 'sha256', calendar_import.sha256, 'source', calendar_import.source, 'imported_by', calendar_import.imported_by, 'imported_at', calendar_import.imported_at) AS row FROM calendar_import;
CREATE TRIGGER audit_calendar_import_insert AFTER INSERT ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'year', NEW.year, 'sha256', NEW.sha256, 'source', NEW.source, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_calendar_import_update AFTER UPDATE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'year', NEW.year, 'sha256', NEW.sha256, 'source', NEW.source, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_calendar_import_delete AFTER DELETE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_calendar_day AS SELECT json_array(calendar_day.import_id, calendar_day.day) AS pk, json_object('import_id', calendar_day.import_id, 'day', calendar_day.day, 'kind', calendar_day.kind, 'name', calendar_day.name) AS row FROM calendar_day;
CREATE TRIGGER audit_calendar_day_insert AFTER INSERT ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'insert', json_array(NEW.import_id, NEW.day), json_object('import_id', NEW.import_id, 'day', NEW.day, 'kind', NEW.kind, 'name', NEW.name)); END;
CREATE TRIGGER audit_calendar_day_update AFTER UPDATE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'insert', json_array(NEW.import_id, NEW.day), json_object('import_id', NEW.import_id, 'day', NEW.day, 'kind', NEW.kind, 'name', NEW.name)); END;
CREATE TRIGGER audit_calendar_day_delete AFTER DELETE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), NULL); END;
CREATE VIEW audit_image_procedure_case AS SELECT json_array(procedure_case.id) AS pk, json_object('id', procedure_case.id, 'organization_id', procedure_case.organization_id, 'catalog_id', procedure_case.catalog_id, 'kind', procedure_case.kind, 'year', procedure_case.year, 'opened_by', procedure_case.opened_by, 'opened_at', procedure_case.opened_at) AS row FROM procedure_case;
CREATE TRIGGER audit_procedure_case_insert AFTER INSERT ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'catalog_id', NEW.catalog_id, 'kind', NEW.kind, 'year', NEW.year, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at)); END;
CREATE TRIGGER audit_procedure_case_update AFTER UPDATE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'catalog_id', NEW.catalog_id, 'kind', NEW.kind, 'year', NEW.year, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at)); END;
CREATE TRIGGER audit_procedure_case_delete AFTER DELETE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_case_step_outcome AS SELECT json_array(case_step_outcome.case_id, case_step_outcome.step) AS pk, json_object('case_id', case_step_outcome.case_id, 'step', case_step_outcome.step, 'outcome', case_step_outcome.outcome, 'happened_on', case_step_outcome.happened_on, 'reason', case_step_outcome.reason, 'operator_id', case_step_outcome.operator_id, 'recorded_at', case_step_outcome.recorded_at) AS row FROM case_step_outcome;
CREATE TRIGGER audit_case_step_outcome_insert AFTER INSERT ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'insert', json_array(NEW.case_id, NEW.step), json_object('case_id', NEW.case_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_case_step_outcome_update AFTER UPDATE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'insert', json_array(NEW.case_id, NEW.step), json_object('case_id', NEW.case_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_case_step_outcome_delete AFTER DELETE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), NULL); END;
CREATE VIEW audit_image_case_step_record AS SELECT json_array(case_step_record.id) AS pk, json_object('id', case_step_record.id, 'case_id', case_step_record.case_id, 'step', case_step_record.step, 'kind', case_step_record.kind, 'dated', case_step_record.dated, 'title', case_step_record.title, 'summary', case_step_record.summary, 'reference', case_step_record.reference, 'sha256', case_step_record.sha256) AS row FROM case_step_record;
CREATE TRIGGER audit_case_step_record_insert AFTER INSERT ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_case_step_record_update AFTER UPDATE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;
CREATE TRIGGER audit_case_step_record_delete AFTER DELETE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_grading_grade AS SELECT json_array(grading_grade.id) AS pk, json_object('id', grading_grade.id, 'case_id', grading_grade.case_id, 'stage', grading_grade.stage, 'grade', grading_grade.grade, 'score_tenths', grading_grade.score_tenths, 'decided_on', grading_grade.decided_on, 'note', grading_grade.note, 'recorded_by', grading_grade.recorded_by, 'recorded_at', grading_grade.recorded_at) AS row FROM grading_grade;
CREATE TRIGGER audit_grading_grade_insert AFTER INSERT ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'stage', NEW.stage, 'grade', NEW.grade, 'score_tenths', NEW.score_tenths, 'decided_on', NEW.decided_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_grading_grade_update AFTER UPDATE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'stage', NEW.stage, 'grade', NEW.grade, 'score_tenths', NEW.score_tenths, 'decided_on', NEW.decided_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_grading_grade_delete AFTER DELETE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_grading_area_score AS SELECT json_array(grading_area_score.grade_id, grading_area_score.area) AS pk, json_object('grade_id', grading_area_score.grade_id, 'area', grading_area_score.area, 'tenths', grading_area_score.tenths) AS row FROM grading_area_score;
CREATE TRIGGER audit_grading_area_score_insert AFTER INSERT ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'insert', json_array(NEW.grade_id, NEW.area), json_object('grade_id', NEW.grade_id, 'area', NEW.area, 'tenths', NEW.tenths)); END;
CREATE TRIGGER audit_grading_area_score_update AFTER UPDATE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'insert', json_array(NEW.grade_id, NEW.area), json_object('grade_id', NEW.grade_id, 'area', NEW.area, 'tenths', NEW.tenths)); END;
CREATE TRIGGER audit_grading_area_score_delete AFTER DELETE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), NULL); END;
CREATE VIEW audit_image_grading_objection AS SELECT json_array(grading_objection.id) AS pk, json_object('id', grading_objection.id, 'case_id', grading_objection.case_id, 'filed_on', grading_objection.filed_on, 'filed_by', grading_objection.filed_by, 'summary', grading_objection.summary, 'recorded_by', grading_objection.recorded_by, 'recorded_at', grading_objection.recorded_at) AS row FROM grading_objection;
CREATE TRIGGER audit_grading_objection_insert AFTER INSERT ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'summary', NEW.summary, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_grading_objection_update AFTER UPDATE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'summary', NEW.summary, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_grading_objection_delete AFTER DELETE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_grading_objection_decision AS SELECT json_array(grading_objection_decision.objection_id) AS pk, json_object('objection_id', grading_objection_decision.objection_id, 'decided_on', grading_objection_decision.decided_on, 'upheld', grading_objection_decision.upheld, 'grade', grading_objection_decision.grade, 'reason', grading_objection_decision.reason, 'decided_by', grading_objection_decision.decided_by, 'decided_at', grading_objection_decision.decided_at) AS row FROM grading_objection_decision;
CREATE TRIGGER audit_grading_objection_decision_insert AFTER INSERT ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'insert', json_array(NEW.objection_id), json_object('objection_id', NEW.objection_id, 'decided_on', NEW.decided_on, 'upheld', NEW.upheld, 'grade', NEW.grade, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_grading_objection_decision_update AFTER UPDATE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'insert', json_array(NEW.objection_id), json_object('objection_id', NEW.objection_id, 'decided_on', NEW.decided_on, 'upheld', NEW.upheld, 'grade', NEW.grade, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_grading_objection_decision_delete AFTER DELETE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), NULL); END;
