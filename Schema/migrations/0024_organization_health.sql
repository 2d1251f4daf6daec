-- 0024_organization_health: the annual grading (分类定级, 004 第一篇) and the rectification (整顿) as procedures of the same engine, and the official
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
-- Rectification (整顿, 第四篇; 第二篇; 第一篇 三、(二)4) on the same procedure_case: who is sent in (rectification_team),
-- the problem ledger with each problem's source (rectification_problem), a measure per problem with the person
-- responsible and a deadline (rectification_measure), each report on a measure, done or not accepted with a new
-- deadline (rectification_progress: the latest stands), and the representatives' assessment (rectification_assessment).
-- election_rectification_decision is the township's decision to hold an election while its rectification is not yet
-- accepted (the election's step 2). All append-only.
CREATE TABLE rectification_team (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position TEXT NOT NULL CHECK (length(trim(position)) > 0),
    role TEXT NOT NULL CHECK (role IN ('leader', 'member', 'secretary', 'first_secretary')),
    sent_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE TABLE rectification_problem (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    source TEXT NOT NULL CHECK (source IN ('self_check', 'visits', 'forum', 'grading', 'higher_check')),
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    found_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE TABLE rectification_measure (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER NOT NULL REFERENCES rectification_problem(id),
    measure TEXT NOT NULL CHECK (length(trim(measure)) > 0),
    responsible TEXT NOT NULL CHECK (length(trim(responsible)) > 0),
    due_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE TABLE rectification_progress (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES rectification_measure(id),
    reported_on TEXT NOT NULL,
    done INTEGER NOT NULL CHECK (done IN (0, 1)),
    new_due_on TEXT,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    CHECK ((done = 1) = (new_due_on IS NULL))
) STRICT;
CREATE TABLE rectification_assessment (
    case_id INTEGER PRIMARY KEY REFERENCES procedure_case(id),
    assessed_on TEXT NOT NULL,
    satisfied INTEGER NOT NULL CHECK (satisfied >= 0),
    basically_satisfied INTEGER NOT NULL CHECK (basically_satisfied >= 0),
    dissatisfied INTEGER NOT NULL CHECK (dissatisfied >= 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
-- grading_rating_sheet: one teller's entry (A or B) of the rating meeting's anonymous ballots (测评票), in the order of
-- the stack, as a JSON array of marks; the latest of each entry stands, and the two must agree (double entry).
CREATE TABLE grading_rating_sheet (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    ballots TEXT NOT NULL CHECK (json_valid(ballots) AND json_type(ballots) = 'array'),
    entered_by INTEGER NOT NULL REFERENCES operator(id),
    entered_at TEXT NOT NULL
) STRICT;
CREATE TABLE election_rectification_decision (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    decided_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    decided_at TEXT NOT NULL
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
CREATE TRIGGER rectification_team_frozen_update BEFORE UPDATE ON rectification_team
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_team_frozen_delete BEFORE DELETE ON rectification_team
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_problem_frozen_update BEFORE UPDATE ON rectification_problem
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_problem_frozen_delete BEFORE DELETE ON rectification_problem
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_measure_frozen_update BEFORE UPDATE ON rectification_measure
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_measure_frozen_delete BEFORE DELETE ON rectification_measure
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_progress_frozen_update BEFORE UPDATE ON rectification_progress
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_progress_frozen_delete BEFORE DELETE ON rectification_progress
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_assessment_frozen_update BEFORE UPDATE ON rectification_assessment
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER rectification_assessment_frozen_delete BEFORE DELETE ON rectification_assessment
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;
CREATE TRIGGER grading_rating_sheet_frozen_update BEFORE UPDATE ON grading_rating_sheet
BEGIN SELECT RAISE(ABORT, 'an entered rating sheet is final'); END;
CREATE TRIGGER grading_rating_sheet_frozen_delete BEFORE DELETE ON grading_rating_sheet
BEGIN SELECT RAISE(ABORT, 'an entered rating sheet is final'); END;
CREATE TRIGGER election_rectification_decision_frozen_update BEFORE UPDATE ON election_rectification_decision
BEGIN SELECT RAISE(ABORT, 'a recorded decision is final'); END;
CREATE TRIGGER election_rectification_decision_frozen_delete BEFORE DELETE ON election_rectification_decision
BEGIN SELECT RAISE(ABORT, 'a recorded decision is final'); END;

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
CREATE VIEW audit_image_rectification_team AS SELECT json_array(rectification_team.id) AS pk, json_object('id', rectification_team.id, 'case_id', rectification_team.case_id, 'name', rectification_team.name, 'position', rectification_team.position, 'role', rectification_team.role, 'sent_on', rectification_team.sent_on, 'recorded_by', rectification_team.recorded_by, 'recorded_at', rectification_team.recorded_at) AS row FROM rectification_team;
CREATE TRIGGER audit_rectification_team_insert AFTER INSERT ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'name', NEW.name, 'position', NEW.position, 'role', NEW.role, 'sent_on', NEW.sent_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_team_update AFTER UPDATE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'name', NEW.name, 'position', NEW.position, 'role', NEW.role, 'sent_on', NEW.sent_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_team_delete AFTER DELETE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_rectification_problem AS SELECT json_array(rectification_problem.id) AS pk, json_object('id', rectification_problem.id, 'case_id', rectification_problem.case_id, 'source', rectification_problem.source, 'summary', rectification_problem.summary, 'found_on', rectification_problem.found_on, 'recorded_by', rectification_problem.recorded_by, 'recorded_at', rectification_problem.recorded_at) AS row FROM rectification_problem;
CREATE TRIGGER audit_rectification_problem_insert AFTER INSERT ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'source', NEW.source, 'summary', NEW.summary, 'found_on', NEW.found_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_problem_update AFTER UPDATE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'source', NEW.source, 'summary', NEW.summary, 'found_on', NEW.found_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_problem_delete AFTER DELETE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_rectification_measure AS SELECT json_array(rectification_measure.id) AS pk, json_object('id', rectification_measure.id, 'problem_id', rectification_measure.problem_id, 'measure', rectification_measure.measure, 'responsible', rectification_measure.responsible, 'due_on', rectification_measure.due_on, 'recorded_by', rectification_measure.recorded_by, 'recorded_at', rectification_measure.recorded_at) AS row FROM rectification_measure;
CREATE TRIGGER audit_rectification_measure_insert AFTER INSERT ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'problem_id', NEW.problem_id, 'measure', NEW.measure, 'responsible', NEW.responsible, 'due_on', NEW.due_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_measure_update AFTER UPDATE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'problem_id', NEW.problem_id, 'measure', NEW.measure, 'responsible', NEW.responsible, 'due_on', NEW.due_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_measure_delete AFTER DELETE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_rectification_progress AS SELECT json_array(rectification_progress.id) AS pk, json_object('id', rectification_progress.id, 'measure_id', rectification_progress.measure_id, 'reported_on', rectification_progress.reported_on, 'done', rectification_progress.done, 'new_due_on', rectification_progress.new_due_on, 'note', rectification_progress.note, 'recorded_by', rectification_progress.recorded_by, 'recorded_at', rectification_progress.recorded_at) AS row FROM rectification_progress;
CREATE TRIGGER audit_rectification_progress_insert AFTER INSERT ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'measure_id', NEW.measure_id, 'reported_on', NEW.reported_on, 'done', NEW.done, 'new_due_on', NEW.new_due_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_progress_update AFTER UPDATE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'measure_id', NEW.measure_id, 'reported_on', NEW.reported_on, 'done', NEW.done, 'new_due_on', NEW.new_due_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_progress_delete AFTER DELETE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_rectification_assessment AS SELECT json_array(rectification_assessment.case_id) AS pk, json_object('case_id', rectification_assessment.case_id, 'assessed_on', rectification_assessment.assessed_on, 'satisfied', rectification_assessment.satisfied, 'basically_satisfied', rectification_assessment.basically_satisfied, 'dissatisfied', rectification_assessment.dissatisfied, 'recorded_by', rectification_assessment.recorded_by, 'recorded_at', rectification_assessment.recorded_at) AS row FROM rectification_assessment;
CREATE TRIGGER audit_rectification_assessment_insert AFTER INSERT ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'insert', json_array(NEW.case_id), json_object('case_id', NEW.case_id, 'assessed_on', NEW.assessed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_assessment_update AFTER UPDATE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'insert', json_array(NEW.case_id), json_object('case_id', NEW.case_id, 'assessed_on', NEW.assessed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;
CREATE TRIGGER audit_rectification_assessment_delete AFTER DELETE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), NULL); END;
CREATE VIEW audit_image_grading_rating_sheet AS SELECT json_array(grading_rating_sheet.id) AS pk, json_object('id', grading_rating_sheet.id, 'case_id', grading_rating_sheet.case_id, 'entry', grading_rating_sheet.entry, 'ballots', grading_rating_sheet.ballots, 'entered_by', grading_rating_sheet.entered_by, 'entered_at', grading_rating_sheet.entered_at) AS row FROM grading_rating_sheet;
CREATE TRIGGER audit_grading_rating_sheet_insert AFTER INSERT ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'entry', NEW.entry, 'ballots', NEW.ballots, 'entered_by', NEW.entered_by, 'entered_at', NEW.entered_at)); END;
CREATE TRIGGER audit_grading_rating_sheet_update AFTER UPDATE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'entry', NEW.entry, 'ballots', NEW.ballots, 'entered_by', NEW.entered_by, 'entered_at', NEW.entered_at)); END;
CREATE TRIGGER audit_grading_rating_sheet_delete AFTER DELETE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), NULL); END;
CREATE VIEW audit_image_election_rectification_decision AS SELECT json_array(election_rectification_decision.election_id) AS pk, json_object('election_id', election_rectification_decision.election_id, 'decided_on', election_rectification_decision.decided_on, 'reason', election_rectification_decision.reason, 'decided_by', election_rectification_decision.decided_by, 'decided_at', election_rectification_decision.decided_at) AS row FROM election_rectification_decision;
CREATE TRIGGER audit_election_rectification_decision_insert AFTER INSERT ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_election_rectification_decision_update AFTER UPDATE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), NULL); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;
CREATE TRIGGER audit_election_rectification_decision_delete AFTER DELETE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), NULL); END;
