-- 0027_old_images: every audited table's update and delete log the row as it was (issue 15, the attack review of 0026).
--
-- The triggers log an update as the delete of the old row and the insert of the new. Until now the delete carried no
-- image (only ballots, since 0025, and members, since 0026, did), so `audit verify` could not tell whether the row an
-- honest act updated was still the row the record had: an edit made with the sqlite3 shell to a column the act does not
-- set survived the act, and the replay then took the act's new image for the truth. Now each delete carries the old row's
-- image (the same json_object as the table's insert and audit view, with OLD for NEW), and verify checks every logged
-- delete against the row as last recorded (`checkLoggedRemovals`).
--
-- Generated from the insert triggers of schema.sql after 0026 (72 tables; ballot_entry, counted_ballot and member
-- already log their old images).

DROP TRIGGER audit_adjourned_attendance_update;
CREATE TRIGGER audit_adjourned_attendance_update AFTER UPDATE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), json_object('election_id', OLD.election_id, 'sitting', OLD.sitting, 'member_id', OLD.member_id)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'insert', json_array(NEW.election_id, NEW.sitting, NEW.member_id), json_object('election_id', NEW.election_id, 'sitting', NEW.sitting, 'member_id', NEW.member_id)); END;

DROP TRIGGER audit_adjourned_attendance_delete;
CREATE TRIGGER audit_adjourned_attendance_delete AFTER DELETE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), json_object('election_id', OLD.election_id, 'sitting', OLD.sitting, 'member_id', OLD.member_id)); END;

DROP TRIGGER audit_approval_update;
CREATE TRIGGER audit_approval_update AFTER UPDATE ON approval BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'step', OLD.step, 'level', OLD.level, 'digest', OLD.digest, 'figure', OLD.figure, 'note', OLD.note, 'operator_id', OLD.operator_id, 'approved_at', OLD.approved_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'step', NEW.step, 'level', NEW.level, 'digest', NEW.digest, 'figure', NEW.figure, 'note', NEW.note, 'operator_id', NEW.operator_id, 'approved_at', NEW.approved_at)); END;

DROP TRIGGER audit_approval_delete;
CREATE TRIGGER audit_approval_delete AFTER DELETE ON approval BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'step', OLD.step, 'level', OLD.level, 'digest', OLD.digest, 'figure', OLD.figure, 'note', OLD.note, 'operator_id', OLD.operator_id, 'approved_at', OLD.approved_at)); END;

DROP TRIGGER audit_archive_filing_update;
CREATE TRIGGER audit_archive_filing_update AFTER UPDATE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'bundle_sha256', OLD.bundle_sha256, 'head_event', OLD.head_event, 'head_hash', OLD.head_hash, 'signatures', OLD.signatures, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'filed_at', OLD.filed_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'bundle_sha256', NEW.bundle_sha256, 'head_event', NEW.head_event, 'head_hash', NEW.head_hash, 'signatures', NEW.signatures, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'filed_at', NEW.filed_at)); END;

DROP TRIGGER audit_archive_filing_delete;
CREATE TRIGGER audit_archive_filing_delete AFTER DELETE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'bundle_sha256', OLD.bundle_sha256, 'head_event', OLD.head_event, 'head_hash', OLD.head_hash, 'signatures', OLD.signatures, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'filed_at', OLD.filed_at)); END;

DROP TRIGGER audit_archived_election_update;
CREATE TRIGGER audit_archived_election_update AFTER UPDATE ON archived_election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'bundle_sha256', OLD.bundle_sha256, 'county_code', OLD.county_code, 'township_name', OLD.township_name, 'organization_code', OLD.organization_code, 'organization_name', OLD.organization_name, 'title', OLD.title, 'procedure', OLD.procedure, 'done', OLD.done, 'total', OLD.total, 'summary', OLD.summary, 'bundle', OLD.bundle, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'bundle_sha256', NEW.bundle_sha256, 'county_code', NEW.county_code, 'township_name', NEW.township_name, 'organization_code', NEW.organization_code, 'organization_name', NEW.organization_name, 'title', NEW.title, 'procedure', NEW.procedure, 'done', NEW.done, 'total', NEW.total, 'summary', NEW.summary, 'bundle', NEW.bundle, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

DROP TRIGGER audit_archived_election_delete;
CREATE TRIGGER audit_archived_election_delete AFTER DELETE ON archived_election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'bundle_sha256', OLD.bundle_sha256, 'county_code', OLD.county_code, 'township_name', OLD.township_name, 'organization_code', OLD.organization_code, 'organization_name', OLD.organization_name, 'title', OLD.title, 'procedure', OLD.procedure, 'done', OLD.done, 'total', OLD.total, 'summary', OLD.summary, 'bundle', OLD.bundle, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); END;

DROP TRIGGER audit_attendance_update;
CREATE TRIGGER audit_attendance_update AFTER UPDATE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), json_object('election_id', OLD.election_id, 'body', OLD.body, 'member_id', OLD.member_id)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'insert', json_array(NEW.election_id, NEW.body, NEW.member_id), json_object('election_id', NEW.election_id, 'body', NEW.body, 'member_id', NEW.member_id)); END;

DROP TRIGGER audit_attendance_delete;
CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), json_object('election_id', OLD.election_id, 'body', OLD.body, 'member_id', OLD.member_id)); END;

DROP TRIGGER audit_attendance_exclusion_update;
CREATE TRIGGER audit_attendance_exclusion_update AFTER UPDATE ON attendance_exclusion BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'detail', OLD.detail, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'higher_agreed_by', OLD.higher_agreed_by, 'higher_agreed_at', OLD.higher_agreed_at, 'congress_approved_by', OLD.congress_approved_by, 'congress_approved_on', OLD.congress_approved_on)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'detail', NEW.detail, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'higher_agreed_by', NEW.higher_agreed_by, 'higher_agreed_at', NEW.higher_agreed_at, 'congress_approved_by', NEW.congress_approved_by, 'congress_approved_on', NEW.congress_approved_on)); END;

DROP TRIGGER audit_attendance_exclusion_delete;
CREATE TRIGGER audit_attendance_exclusion_delete AFTER DELETE ON attendance_exclusion BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'detail', OLD.detail, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'higher_agreed_by', OLD.higher_agreed_by, 'higher_agreed_at', OLD.higher_agreed_at, 'congress_approved_by', OLD.congress_approved_by, 'congress_approved_on', OLD.congress_approved_on)); END;

DROP TRIGGER audit_bulk_insert_update;
CREATE TRIGGER audit_bulk_insert_update AFTER UPDATE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'tbl', OLD.tbl, 'scope', OLD.scope, 'first', OLD.first, 'last', OLD.last, 'rows', OLD.rows, 'sha256', OLD.sha256)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;

DROP TRIGGER audit_bulk_insert_delete;
CREATE TRIGGER audit_bulk_insert_delete AFTER DELETE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'tbl', OLD.tbl, 'scope', OLD.scope, 'first', OLD.first, 'last', OLD.last, 'rows', OLD.rows, 'sha256', OLD.sha256)); END;

DROP TRIGGER audit_calendar_day_update;
CREATE TRIGGER audit_calendar_day_update AFTER UPDATE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), json_object('import_id', OLD.import_id, 'day', OLD.day, 'kind', OLD.kind, 'name', OLD.name)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'insert', json_array(NEW.import_id, NEW.day), json_object('import_id', NEW.import_id, 'day', NEW.day, 'kind', NEW.kind, 'name', NEW.name)); END;

DROP TRIGGER audit_calendar_day_delete;
CREATE TRIGGER audit_calendar_day_delete AFTER DELETE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), json_object('import_id', OLD.import_id, 'day', OLD.day, 'kind', OLD.kind, 'name', OLD.name)); END;

DROP TRIGGER audit_calendar_import_update;
CREATE TRIGGER audit_calendar_import_update AFTER UPDATE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'year', OLD.year, 'sha256', OLD.sha256, 'source', OLD.source, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'year', NEW.year, 'sha256', NEW.sha256, 'source', NEW.source, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

DROP TRIGGER audit_calendar_import_delete;
CREATE TRIGGER audit_calendar_import_delete AFTER DELETE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'year', OLD.year, 'sha256', OLD.sha256, 'source', OLD.source, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); END;

DROP TRIGGER audit_candidacy_revocation_update;
CREATE TRIGGER audit_candidacy_revocation_update AFTER UPDATE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'finding_id', OLD.finding_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'finding_id', NEW.finding_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

DROP TRIGGER audit_candidacy_revocation_delete;
CREATE TRIGGER audit_candidacy_revocation_delete AFTER DELETE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'finding_id', OLD.finding_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

DROP TRIGGER audit_case_step_outcome_update;
CREATE TRIGGER audit_case_step_outcome_update AFTER UPDATE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), json_object('case_id', OLD.case_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'insert', json_array(NEW.case_id, NEW.step), json_object('case_id', NEW.case_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_case_step_outcome_delete;
CREATE TRIGGER audit_case_step_outcome_delete AFTER DELETE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), json_object('case_id', OLD.case_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_case_step_record_update;
CREATE TRIGGER audit_case_step_record_update AFTER UPDATE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

DROP TRIGGER audit_case_step_record_delete;
CREATE TRIGGER audit_case_step_record_delete AFTER DELETE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); END;

DROP TRIGGER audit_congress_adjournment_update;
CREATE TRIGGER audit_congress_adjournment_update AFTER UPDATE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'sitting', OLD.sitting, 'reason', OLD.reason, 'note', OLD.note, 'present', OLD.present, 'expected', OLD.expected, 'adjourned_on', OLD.adjourned_on, 'reconvene_on', OLD.reconvene_on, 'rounds_before', OLD.rounds_before, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'sitting', NEW.sitting, 'reason', NEW.reason, 'note', NEW.note, 'present', NEW.present, 'expected', NEW.expected, 'adjourned_on', NEW.adjourned_on, 'reconvene_on', NEW.reconvene_on, 'rounds_before', NEW.rounds_before, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_congress_adjournment_delete;
CREATE TRIGGER audit_congress_adjournment_delete AFTER DELETE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'sitting', OLD.sitting, 'reason', OLD.reason, 'note', OLD.note, 'present', OLD.present, 'expected', OLD.expected, 'adjourned_on', OLD.adjourned_on, 'reconvene_on', OLD.reconvene_on, 'rounds_before', OLD.rounds_before, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_congress_officer_update;
CREATE TRIGGER audit_congress_officer_update AFTER UPDATE ON congress_officer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'duty', OLD.duty)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'duty', NEW.duty)); END;

DROP TRIGGER audit_congress_officer_delete;
CREATE TRIGGER audit_congress_officer_delete AFTER DELETE ON congress_officer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'duty', OLD.duty)); END;

DROP TRIGGER audit_counselling_talk_update;
CREATE TRIGGER audit_counselling_talk_update AFTER UPDATE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'talked_on', OLD.talked_on, 'talked_by', OLD.talked_by, 'note', OLD.note, 'treatment', OLD.treatment, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'talked_on', NEW.talked_on, 'talked_by', NEW.talked_by, 'note', NEW.note, 'treatment', NEW.treatment, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_counselling_talk_delete;
CREATE TRIGGER audit_counselling_talk_delete AFTER DELETE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'talked_on', OLD.talked_on, 'talked_by', OLD.talked_by, 'note', OLD.note, 'treatment', OLD.treatment, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_election_update;
CREATE TRIGGER audit_election_update AFTER UPDATE ON election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'title', OLD.title, 'catalog_id', OLD.catalog_id, 'rule_set', OLD.rule_set, 'congress_date', OLD.congress_date, 'weak_and_lax', OLD.weak_and_lax, 'created_by', OLD.created_by, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'title', NEW.title, 'catalog_id', NEW.catalog_id, 'rule_set', NEW.rule_set, 'congress_date', NEW.congress_date, 'weak_and_lax', NEW.weak_and_lax, 'created_by', NEW.created_by, 'created_at', NEW.created_at)); END;

DROP TRIGGER audit_election_delete;
CREATE TRIGGER audit_election_delete AFTER DELETE ON election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'title', OLD.title, 'catalog_id', OLD.catalog_id, 'rule_set', OLD.rule_set, 'congress_date', OLD.congress_date, 'weak_and_lax', OLD.weak_and_lax, 'created_by', OLD.created_by, 'created_at', OLD.created_at)); END;

DROP TRIGGER audit_election_method_update;
CREATE TRIGGER audit_election_method_update AFTER UPDATE ON election_method BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'threshold_base', OLD.threshold_base, 'quorum_comparison', OLD.quorum_comparison, 'secretary_mode', OLD.secretary_mode, 'adopted_on', OLD.adopted_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'threshold_base', NEW.threshold_base, 'quorum_comparison', NEW.quorum_comparison, 'secretary_mode', NEW.secretary_mode, 'adopted_on', NEW.adopted_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_election_method_delete;
CREATE TRIGGER audit_election_method_delete AFTER DELETE ON election_method BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'threshold_base', OLD.threshold_base, 'quorum_comparison', OLD.quorum_comparison, 'secretary_mode', OLD.secretary_mode, 'adopted_on', OLD.adopted_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_election_rectification_decision_update;
CREATE TRIGGER audit_election_rectification_decision_update AFTER UPDATE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

DROP TRIGGER audit_election_rectification_decision_delete;
CREATE TRIGGER audit_election_rectification_decision_delete AFTER DELETE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

DROP TRIGGER audit_exit_audit_update;
CREATE TRIGGER audit_exit_audit_update AFTER UPDATE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'audited_on', OLD.audited_on, 'auditor', OLD.auditor, 'problems', OLD.problems, 'handling', OLD.handling, 'handled_on', OLD.handled_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'audited_on', NEW.audited_on, 'auditor', NEW.auditor, 'problems', NEW.problems, 'handling', NEW.handling, 'handled_on', NEW.handled_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_exit_audit_delete;
CREATE TRIGGER audit_exit_audit_delete AFTER DELETE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'audited_on', OLD.audited_on, 'auditor', OLD.auditor, 'problems', OLD.problems, 'handling', OLD.handling, 'handled_on', OLD.handled_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_filing_update;
CREATE TRIGGER audit_filing_update AFTER UPDATE ON filing BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'figure', OLD.figure, 'filed_on', OLD.filed_on, 'reference', OLD.reference, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'figure', NEW.figure, 'filed_on', NEW.filed_on, 'reference', NEW.reference, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_filing_delete;
CREATE TRIGGER audit_filing_delete AFTER DELETE ON filing BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'figure', OLD.figure, 'filed_on', OLD.filed_on, 'reference', OLD.reference, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_further_round_limit_update;
CREATE TRIGGER audit_further_round_limit_update AFTER UPDATE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'max_rounds', OLD.max_rounds)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'max_rounds', NEW.max_rounds)); END;

DROP TRIGGER audit_further_round_limit_delete;
CREATE TRIGGER audit_further_round_limit_delete AFTER DELETE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'max_rounds', OLD.max_rounds)); END;

DROP TRIGGER audit_grading_area_score_update;
CREATE TRIGGER audit_grading_area_score_update AFTER UPDATE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), json_object('grade_id', OLD.grade_id, 'area', OLD.area, 'tenths', OLD.tenths)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'insert', json_array(NEW.grade_id, NEW.area), json_object('grade_id', NEW.grade_id, 'area', NEW.area, 'tenths', NEW.tenths)); END;

DROP TRIGGER audit_grading_area_score_delete;
CREATE TRIGGER audit_grading_area_score_delete AFTER DELETE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), json_object('grade_id', OLD.grade_id, 'area', OLD.area, 'tenths', OLD.tenths)); END;

DROP TRIGGER audit_grading_grade_update;
CREATE TRIGGER audit_grading_grade_update AFTER UPDATE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'stage', OLD.stage, 'grade', OLD.grade, 'score_tenths', OLD.score_tenths, 'decided_on', OLD.decided_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'stage', NEW.stage, 'grade', NEW.grade, 'score_tenths', NEW.score_tenths, 'decided_on', NEW.decided_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_grading_grade_delete;
CREATE TRIGGER audit_grading_grade_delete AFTER DELETE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'stage', OLD.stage, 'grade', OLD.grade, 'score_tenths', OLD.score_tenths, 'decided_on', OLD.decided_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_grading_objection_update;
CREATE TRIGGER audit_grading_objection_update AFTER UPDATE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'summary', OLD.summary, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'summary', NEW.summary, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_grading_objection_delete;
CREATE TRIGGER audit_grading_objection_delete AFTER DELETE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'summary', OLD.summary, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_grading_objection_decision_update;
CREATE TRIGGER audit_grading_objection_decision_update AFTER UPDATE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), json_object('objection_id', OLD.objection_id, 'decided_on', OLD.decided_on, 'upheld', OLD.upheld, 'grade', OLD.grade, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'insert', json_array(NEW.objection_id), json_object('objection_id', NEW.objection_id, 'decided_on', NEW.decided_on, 'upheld', NEW.upheld, 'grade', NEW.grade, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

DROP TRIGGER audit_grading_objection_decision_delete;
CREATE TRIGGER audit_grading_objection_decision_delete AFTER DELETE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), json_object('objection_id', OLD.objection_id, 'decided_on', OLD.decided_on, 'upheld', OLD.upheld, 'grade', OLD.grade, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

DROP TRIGGER audit_grading_rating_sheet_update;
CREATE TRIGGER audit_grading_rating_sheet_update AFTER UPDATE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'entry', OLD.entry, 'ballots', OLD.ballots, 'entered_by', OLD.entered_by, 'entered_at', OLD.entered_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'entry', NEW.entry, 'ballots', NEW.ballots, 'entered_by', NEW.entered_by, 'entered_at', NEW.entered_at)); END;

DROP TRIGGER audit_grading_rating_sheet_delete;
CREATE TRIGGER audit_grading_rating_sheet_delete AFTER DELETE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'entry', OLD.entry, 'ballots', OLD.ballots, 'entered_by', OLD.entered_by, 'entered_at', OLD.entered_at)); END;

DROP TRIGGER audit_guidance_member_update;
CREATE TRIGGER audit_guidance_member_update AFTER UPDATE ON guidance_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

DROP TRIGGER audit_guidance_member_delete;
CREATE TRIGGER audit_guidance_member_delete AFTER DELETE ON guidance_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); END;

DROP TRIGGER audit_list_completion_update;
CREATE TRIGGER audit_list_completion_update AFTER UPDATE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'publicity_start', OLD.publicity_start, 'publicity_days', OLD.publicity_days, 'publicity_place', OLD.publicity_place, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'approved_on', OLD.approved_on, 'approved_by', OLD.approved_by, 'approved_at', OLD.approved_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'publicity_start', NEW.publicity_start, 'publicity_days', NEW.publicity_days, 'publicity_place', NEW.publicity_place, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'approved_on', NEW.approved_on, 'approved_by', NEW.approved_by, 'approved_at', NEW.approved_at)); END;

DROP TRIGGER audit_list_completion_delete;
CREATE TRIGGER audit_list_completion_delete AFTER DELETE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'publicity_start', OLD.publicity_start, 'publicity_days', OLD.publicity_days, 'publicity_place', OLD.publicity_place, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'approved_on', OLD.approved_on, 'approved_by', OLD.approved_by, 'approved_at', OLD.approved_at)); END;

DROP TRIGGER audit_list_entry_update;
CREATE TRIGGER audit_list_entry_update AFTER UPDATE ON list_entry BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'delete', json_array(OLD.election_id, OLD.stage, OLD.member_id), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'member_id', OLD.member_id, 'posts', OLD.posts)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'insert', json_array(NEW.election_id, NEW.stage, NEW.member_id), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

DROP TRIGGER audit_list_entry_delete;
CREATE TRIGGER audit_list_entry_delete AFTER DELETE ON list_entry BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'delete', json_array(OLD.election_id, OLD.stage, OLD.member_id), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'member_id', OLD.member_id, 'posts', OLD.posts)); END;

DROP TRIGGER audit_member_attribute_update;
CREATE TRIGGER audit_member_attribute_update AFTER UPDATE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), json_object('member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'insert', json_array(NEW.member_id, NEW.kind, NEW.code), json_object('member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_member_attribute_delete;
CREATE TRIGGER audit_member_attribute_delete AFTER DELETE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), json_object('member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_nominee_decision_update;
CREATE TRIGGER audit_nominee_decision_update AFTER UPDATE ON nominee_decision BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'delete', json_array(OLD.election_id, OLD.member_id, OLD.kind), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'township_by', OLD.township_by, 'township_at', OLD.township_at, 'county_by', OLD.county_by, 'county_at', OLD.county_at, 'note', OLD.note)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'insert', json_array(NEW.election_id, NEW.member_id, NEW.kind), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'township_by', NEW.township_by, 'township_at', NEW.township_at, 'county_by', NEW.county_by, 'county_at', NEW.county_at, 'note', NEW.note)); END;

DROP TRIGGER audit_nominee_decision_delete;
CREATE TRIGGER audit_nominee_decision_delete AFTER DELETE ON nominee_decision BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'delete', json_array(OLD.election_id, OLD.member_id, OLD.kind), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'township_by', OLD.township_by, 'township_at', OLD.township_at, 'county_by', OLD.county_by, 'county_at', OLD.county_at, 'note', OLD.note)); END;

DROP TRIGGER audit_nominee_finding_update;
CREATE TRIGGER audit_nominee_finding_update AFTER UPDATE ON nominee_finding BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'source', OLD.source, 'detail', OLD.detail, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'source', NEW.source, 'detail', NEW.detail, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_nominee_finding_delete;
CREATE TRIGGER audit_nominee_finding_delete AFTER DELETE ON nominee_finding BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'source', OLD.source, 'detail', OLD.detail, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_nominee_health_update;
CREATE TRIGGER audit_nominee_health_update AFTER UPDATE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'fit', OLD.fit, 'basis', OLD.basis, 'attested_on', OLD.attested_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'fit', NEW.fit, 'basis', NEW.basis, 'attested_on', NEW.attested_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_nominee_health_delete;
CREATE TRIGGER audit_nominee_health_delete AFTER DELETE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'fit', OLD.fit, 'basis', OLD.basis, 'attested_on', OLD.attested_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_nominee_proposal_update;
CREATE TRIGGER audit_nominee_proposal_update AFTER UPDATE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'post', OLD.post, 'member_id', OLD.member_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'votes_before', OLD.votes_before, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'post', NEW.post, 'member_id', NEW.member_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'votes_before', NEW.votes_before, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at)); END;

DROP TRIGGER audit_nominee_proposal_delete;
CREATE TRIGGER audit_nominee_proposal_delete AFTER DELETE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'post', OLD.post, 'member_id', OLD.member_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'votes_before', OLD.votes_before, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at)); END;

DROP TRIGGER audit_nominee_sanction_update;
CREATE TRIGGER audit_nominee_sanction_update AFTER UPDATE ON nominee_sanction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'effect_until', OLD.effect_until, 'detail', OLD.detail)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'effect_until', NEW.effect_until, 'detail', NEW.detail)); END;

DROP TRIGGER audit_nominee_sanction_delete;
CREATE TRIGGER audit_nominee_sanction_delete AFTER DELETE ON nominee_sanction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'effect_until', OLD.effect_until, 'detail', OLD.detail)); END;

DROP TRIGGER audit_objection_update;
CREATE TRIGGER audit_objection_update AFTER UPDATE ON objection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'received_on', OLD.received_on, 'summary', OLD.summary, 'resolution', OLD.resolution, 'resolution_reason', OLD.resolution_reason, 'resolved_by', OLD.resolved_by, 'resolved_at', OLD.resolved_at, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'received_on', NEW.received_on, 'summary', NEW.summary, 'resolution', NEW.resolution, 'resolution_reason', NEW.resolution_reason, 'resolved_by', NEW.resolved_by, 'resolved_at', NEW.resolved_at, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_objection_delete;
CREATE TRIGGER audit_objection_delete AFTER DELETE ON objection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'received_on', OLD.received_on, 'summary', OLD.summary, 'resolution', OLD.resolution, 'resolution_reason', OLD.resolution_reason, 'resolved_by', OLD.resolved_by, 'resolved_at', OLD.resolved_at, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_operator_update;
CREATE TRIGGER audit_operator_update AFTER UPDATE ON operator BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'name', OLD.name, 'role', OLD.role, 'organization_id', OLD.organization_id, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'name', NEW.name, 'role', NEW.role, 'organization_id', NEW.organization_id, 'created_at', NEW.created_at)); END;

DROP TRIGGER audit_operator_delete;
CREATE TRIGGER audit_operator_delete AFTER DELETE ON operator BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'name', OLD.name, 'role', OLD.role, 'organization_id', OLD.organization_id, 'created_at', OLD.created_at)); END;

DROP TRIGGER audit_operator_key_update;
CREATE TRIGGER audit_operator_key_update AFTER UPDATE ON operator_key BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'operator_id', OLD.operator_id, 'public_key', OLD.public_key, 'registered_at', OLD.registered_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'operator_id', NEW.operator_id, 'public_key', NEW.public_key, 'registered_at', NEW.registered_at)); END;

DROP TRIGGER audit_operator_key_delete;
CREATE TRIGGER audit_operator_key_delete AFTER DELETE ON operator_key BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'operator_id', OLD.operator_id, 'public_key', OLD.public_key, 'registered_at', OLD.registered_at)); END;

DROP TRIGGER audit_organization_update;
CREATE TRIGGER audit_organization_update AFTER UPDATE ON organization BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'level', OLD.level, 'parent_id', OLD.parent_id, 'previous_committee_size', OLD.previous_committee_size, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'level', NEW.level, 'parent_id', NEW.parent_id, 'previous_committee_size', NEW.previous_committee_size, 'created_at', NEW.created_at)); END;

DROP TRIGGER audit_organization_delete;
CREATE TRIGGER audit_organization_delete AFTER DELETE ON organization BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'level', OLD.level, 'parent_id', OLD.parent_id, 'previous_committee_size', OLD.previous_committee_size, 'created_at', OLD.created_at)); END;

DROP TRIGGER audit_outgoing_member_update;
CREATE TRIGGER audit_outgoing_member_update AFTER UPDATE ON outgoing_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'post', OLD.post)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'post', NEW.post)); END;

DROP TRIGGER audit_outgoing_member_delete;
CREATE TRIGGER audit_outgoing_member_delete AFTER DELETE ON outgoing_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'post', OLD.post)); END;

DROP TRIGGER audit_pledge_update;
CREATE TRIGGER audit_pledge_update AFTER UPDATE ON pledge BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'signed_on', OLD.signed_on, 'document_sha256', OLD.document_sha256, 'published_on', OLD.published_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'signed_on', NEW.signed_on, 'document_sha256', NEW.document_sha256, 'published_on', NEW.published_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_pledge_delete;
CREATE TRIGGER audit_pledge_delete AFTER DELETE ON pledge BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'signed_on', OLD.signed_on, 'document_sha256', OLD.document_sha256, 'published_on', OLD.published_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_procedure_case_update;
CREATE TRIGGER audit_procedure_case_update AFTER UPDATE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'catalog_id', OLD.catalog_id, 'kind', OLD.kind, 'year', OLD.year, 'opened_by', OLD.opened_by, 'opened_at', OLD.opened_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'catalog_id', NEW.catalog_id, 'kind', NEW.kind, 'year', NEW.year, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at)); END;

DROP TRIGGER audit_procedure_case_delete;
CREATE TRIGGER audit_procedure_case_delete AFTER DELETE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'catalog_id', OLD.catalog_id, 'kind', OLD.kind, 'year', OLD.year, 'opened_by', OLD.opened_by, 'opened_at', OLD.opened_at)); END;

DROP TRIGGER audit_procedure_catalog_update;
CREATE TRIGGER audit_procedure_catalog_update AFTER UPDATE ON procedure_catalog BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'procedure_key', OLD.procedure_key, 'version', OLD.version, 'sha256', OLD.sha256, 'content', OLD.content, 'registered_at', OLD.registered_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'procedure_key', NEW.procedure_key, 'version', NEW.version, 'sha256', NEW.sha256, 'content', NEW.content, 'registered_at', NEW.registered_at)); END;

DROP TRIGGER audit_procedure_catalog_delete;
CREATE TRIGGER audit_procedure_catalog_delete AFTER DELETE ON procedure_catalog BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'procedure_key', OLD.procedure_key, 'version', OLD.version, 'sha256', OLD.sha256, 'content', OLD.content, 'registered_at', OLD.registered_at)); END;

DROP TRIGGER audit_publicity_update;
CREATE TRIGGER audit_publicity_update AFTER UPDATE ON publicity BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'start_on', OLD.start_on, 'days', OLD.days, 'place', OLD.place, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'start_on', NEW.start_on, 'days', NEW.days, 'place', NEW.place, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_publicity_delete;
CREATE TRIGGER audit_publicity_delete AFTER DELETE ON publicity BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'start_on', OLD.start_on, 'days', OLD.days, 'place', OLD.place, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_recommendation_count_update;
CREATE TRIGGER audit_recommendation_count_update AFTER UPDATE ON recommendation_count BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'delete', json_array(OLD.round_id, OLD.member_id), json_object('round_id', OLD.round_id, 'member_id', OLD.member_id, 'count', OLD.count)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'insert', json_array(NEW.round_id, NEW.member_id), json_object('round_id', NEW.round_id, 'member_id', NEW.member_id, 'count', NEW.count)); END;

DROP TRIGGER audit_recommendation_count_delete;
CREATE TRIGGER audit_recommendation_count_delete AFTER DELETE ON recommendation_count BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'delete', json_array(OLD.round_id, OLD.member_id), json_object('round_id', OLD.round_id, 'member_id', OLD.member_id, 'count', OLD.count)); END;

DROP TRIGGER audit_recommendation_rejection_update;
CREATE TRIGGER audit_recommendation_rejection_update AFTER UPDATE ON recommendation_rejection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'delete', json_array(OLD.rowid), json_object('round_id', OLD.round_id, 'line', OLD.line, 'column_label', OLD.column_label, 'value', OLD.value, 'reason_zh', OLD.reason_zh, 'reason_en', OLD.reason_en)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'insert', json_array(NEW.rowid), json_object('round_id', NEW.round_id, 'line', NEW.line, 'column_label', NEW.column_label, 'value', NEW.value, 'reason_zh', NEW.reason_zh, 'reason_en', NEW.reason_en)); END;

DROP TRIGGER audit_recommendation_rejection_delete;
CREATE TRIGGER audit_recommendation_rejection_delete AFTER DELETE ON recommendation_rejection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'delete', json_array(OLD.rowid), json_object('round_id', OLD.round_id, 'line', OLD.line, 'column_label', OLD.column_label, 'value', OLD.value, 'reason_zh', OLD.reason_zh, 'reason_en', OLD.reason_en)); END;

DROP TRIGGER audit_recommendation_round_update;
CREATE TRIGGER audit_recommendation_round_update AFTER UPDATE ON recommendation_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'max_names', OLD.max_names, 'ballots', OLD.ballots, 'void_ballots', OLD.void_ballots, 'source_sha256', OLD.source_sha256, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'max_names', NEW.max_names, 'ballots', NEW.ballots, 'void_ballots', NEW.void_ballots, 'source_sha256', NEW.source_sha256, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_recommendation_round_delete;
CREATE TRIGGER audit_recommendation_round_delete AFTER DELETE ON recommendation_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'max_names', OLD.max_names, 'ballots', OLD.ballots, 'void_ballots', OLD.void_ballots, 'source_sha256', OLD.source_sha256, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_reconciliation_update;
CREATE TRIGGER audit_reconciliation_update AFTER UPDATE ON reconciliation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'delete', json_array(OLD.round_id, OLD.place), json_object('round_id', OLD.round_id, 'place', OLD.place, 'ballot', OLD.ballot, 'note', OLD.note, 'decided_by', OLD.decided_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'insert', json_array(NEW.round_id, NEW.place), json_object('round_id', NEW.round_id, 'place', NEW.place, 'ballot', NEW.ballot, 'note', NEW.note, 'decided_by', NEW.decided_by)); END;

DROP TRIGGER audit_reconciliation_delete;
CREATE TRIGGER audit_reconciliation_delete AFTER DELETE ON reconciliation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'delete', json_array(OLD.round_id, OLD.place), json_object('round_id', OLD.round_id, 'place', OLD.place, 'ballot', OLD.ballot, 'note', OLD.note, 'decided_by', OLD.decided_by)); END;

DROP TRIGGER audit_rectification_assessment_update;
CREATE TRIGGER audit_rectification_assessment_update AFTER UPDATE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), json_object('case_id', OLD.case_id, 'assessed_on', OLD.assessed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'insert', json_array(NEW.case_id), json_object('case_id', NEW.case_id, 'assessed_on', NEW.assessed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_rectification_assessment_delete;
CREATE TRIGGER audit_rectification_assessment_delete AFTER DELETE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), json_object('case_id', OLD.case_id, 'assessed_on', OLD.assessed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_rectification_measure_update;
CREATE TRIGGER audit_rectification_measure_update AFTER UPDATE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'problem_id', OLD.problem_id, 'measure', OLD.measure, 'responsible', OLD.responsible, 'due_on', OLD.due_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'problem_id', NEW.problem_id, 'measure', NEW.measure, 'responsible', NEW.responsible, 'due_on', NEW.due_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_rectification_measure_delete;
CREATE TRIGGER audit_rectification_measure_delete AFTER DELETE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'problem_id', OLD.problem_id, 'measure', OLD.measure, 'responsible', OLD.responsible, 'due_on', OLD.due_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_rectification_problem_update;
CREATE TRIGGER audit_rectification_problem_update AFTER UPDATE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'source', OLD.source, 'summary', OLD.summary, 'found_on', OLD.found_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'source', NEW.source, 'summary', NEW.summary, 'found_on', NEW.found_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_rectification_problem_delete;
CREATE TRIGGER audit_rectification_problem_delete AFTER DELETE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'source', OLD.source, 'summary', OLD.summary, 'found_on', OLD.found_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_rectification_progress_update;
CREATE TRIGGER audit_rectification_progress_update AFTER UPDATE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'measure_id', OLD.measure_id, 'reported_on', OLD.reported_on, 'done', OLD.done, 'new_due_on', OLD.new_due_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'measure_id', NEW.measure_id, 'reported_on', NEW.reported_on, 'done', NEW.done, 'new_due_on', NEW.new_due_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_rectification_progress_delete;
CREATE TRIGGER audit_rectification_progress_delete AFTER DELETE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'measure_id', OLD.measure_id, 'reported_on', OLD.reported_on, 'done', OLD.done, 'new_due_on', OLD.new_due_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_rectification_team_update;
CREATE TRIGGER audit_rectification_team_update AFTER UPDATE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'name', OLD.name, 'position', OLD.position, 'role', OLD.role, 'sent_on', OLD.sent_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'name', NEW.name, 'position', NEW.position, 'role', NEW.role, 'sent_on', NEW.sent_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_rectification_team_delete;
CREATE TRIGGER audit_rectification_team_delete AFTER DELETE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'name', OLD.name, 'position', OLD.position, 'role', OLD.role, 'sent_on', OLD.sent_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_registration_update;
CREATE TRIGGER audit_registration_update AFTER UPDATE ON registration BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'intention', OLD.intention, 'notified_via', OLD.notified_via, 'notified_on', OLD.notified_on, 'note', OLD.note, 'updated_at', OLD.updated_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'intention', NEW.intention, 'notified_via', NEW.notified_via, 'notified_on', NEW.notified_on, 'note', NEW.note, 'updated_at', NEW.updated_at)); END;

DROP TRIGGER audit_registration_delete;
CREATE TRIGGER audit_registration_delete AFTER DELETE ON registration BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'intention', OLD.intention, 'notified_via', OLD.notified_via, 'notified_on', OLD.notified_on, 'note', OLD.note, 'updated_at', OLD.updated_at)); END;

DROP TRIGGER audit_result_review_update;
CREATE TRIGGER audit_result_review_update AFTER UPDATE ON result_review BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'outcome', OLD.outcome, 'reason', OLD.reason, 'result_digest', OLD.result_digest, 'reviewed_by', OLD.reviewed_by, 'reviewed_at', OLD.reviewed_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'outcome', NEW.outcome, 'reason', NEW.reason, 'result_digest', NEW.result_digest, 'reviewed_by', NEW.reviewed_by, 'reviewed_at', NEW.reviewed_at)); END;

DROP TRIGGER audit_result_review_delete;
CREATE TRIGGER audit_result_review_delete AFTER DELETE ON result_review BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'outcome', OLD.outcome, 'reason', OLD.reason, 'result_digest', OLD.result_digest, 'reviewed_by', OLD.reviewed_by, 'reviewed_at', OLD.reviewed_at)); END;

DROP TRIGGER audit_round_result_update;
CREATE TRIGGER audit_round_result_update AFTER UPDATE ON round_result BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'outcome', OLD.outcome, 'base', OLD.base, 'base_kind', OLD.base_kind)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'outcome', NEW.outcome, 'base', NEW.base, 'base_kind', NEW.base_kind)); END;

DROP TRIGGER audit_round_result_delete;
CREATE TRIGGER audit_round_result_delete AFTER DELETE ON round_result BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'outcome', OLD.outcome, 'base', OLD.base, 'base_kind', OLD.base_kind)); END;

DROP TRIGGER audit_seat_plan_update;
CREATE TRIGGER audit_seat_plan_update AFTER UPDATE ON seat_plan BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'committee', OLD.committee, 'secretary', OLD.secretary, 'deputy_secretary', OLD.deputy_secretary, 'exceeding_approved_by', OLD.exceeding_approved_by, 'exceeding_reference', OLD.exceeding_reference, 'set_by', OLD.set_by, 'set_at', OLD.set_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'committee', NEW.committee, 'secretary', NEW.secretary, 'deputy_secretary', NEW.deputy_secretary, 'exceeding_approved_by', NEW.exceeding_approved_by, 'exceeding_reference', NEW.exceeding_reference, 'set_by', NEW.set_by, 'set_at', NEW.set_at)); END;

DROP TRIGGER audit_seat_plan_delete;
CREATE TRIGGER audit_seat_plan_delete AFTER DELETE ON seat_plan BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'committee', OLD.committee, 'secretary', OLD.secretary, 'deputy_secretary', OLD.deputy_secretary, 'exceeding_approved_by', OLD.exceeding_approved_by, 'exceeding_reference', OLD.exceeding_reference, 'set_by', OLD.set_by, 'set_at', OLD.set_at)); END;

DROP TRIGGER audit_seat_reduction_update;
CREATE TRIGGER audit_seat_reduction_update AFTER UPDATE ON seat_reduction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'seats_from', OLD.seats_from, 'seats_to', OLD.seats_to, 'votes_for', OLD.votes_for, 'present', OLD.present, 'decided_on', OLD.decided_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'seats_from', NEW.seats_from, 'seats_to', NEW.seats_to, 'votes_for', NEW.votes_for, 'present', NEW.present, 'decided_on', NEW.decided_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_seat_reduction_delete;
CREATE TRIGGER audit_seat_reduction_delete AFTER DELETE ON seat_reduction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'seats_from', OLD.seats_from, 'seats_to', OLD.seats_to, 'votes_for', OLD.votes_for, 'present', OLD.present, 'decided_on', OLD.decided_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_secretary_assessment_update;
CREATE TRIGGER audit_secretary_assessment_update AFTER UPDATE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'found', OLD.found, 'note', OLD.note, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'found', NEW.found, 'note', NEW.note, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_secretary_assessment_delete;
CREATE TRIGGER audit_secretary_assessment_delete AFTER DELETE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'found', OLD.found, 'note', OLD.note, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_situation_report_update;
CREATE TRIGGER audit_situation_report_update AFTER UPDATE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'summary', OLD.summary, 'reported_by', OLD.reported_by, 'reported_at', OLD.reported_at, 'handled_on', OLD.handled_on, 'handling', OLD.handling, 'handled_by', OLD.handled_by)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'summary', NEW.summary, 'reported_by', NEW.reported_by, 'reported_at', NEW.reported_at, 'handled_on', NEW.handled_on, 'handling', NEW.handling, 'handled_by', NEW.handled_by)); END;

DROP TRIGGER audit_situation_report_delete;
CREATE TRIGGER audit_situation_report_delete AFTER DELETE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'summary', OLD.summary, 'reported_by', OLD.reported_by, 'reported_at', OLD.reported_at, 'handled_on', OLD.handled_on, 'handling', OLD.handling, 'handled_by', OLD.handled_by)); END;

DROP TRIGGER audit_staff_pledge_update;
CREATE TRIGGER audit_staff_pledge_update AFTER UPDATE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), json_object('election_id', OLD.election_id, 'guidance_member_id', OLD.guidance_member_id, 'signed_on', OLD.signed_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'insert', json_array(NEW.election_id, NEW.guidance_member_id), json_object('election_id', NEW.election_id, 'guidance_member_id', NEW.guidance_member_id, 'signed_on', NEW.signed_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_staff_pledge_delete;
CREATE TRIGGER audit_staff_pledge_delete AFTER DELETE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), json_object('election_id', OLD.election_id, 'guidance_member_id', OLD.guidance_member_id, 'signed_on', OLD.signed_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_staff_teller_update;
CREATE TRIGGER audit_staff_teller_update AFTER UPDATE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), json_object('election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'insert', json_array(NEW.election_id, NEW.name), json_object('election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

DROP TRIGGER audit_staff_teller_delete;
CREATE TRIGGER audit_staff_teller_delete AFTER DELETE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), json_object('election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); END;

DROP TRIGGER audit_step_due_update;
CREATE TRIGGER audit_step_due_update AFTER UPDATE ON step_due BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), json_object('township_id', OLD.township_id, 'step', OLD.step, 'due_on', OLD.due_on, 'set_by', OLD.set_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'insert', json_array(NEW.township_id, NEW.step), json_object('township_id', NEW.township_id, 'step', NEW.step, 'due_on', NEW.due_on, 'set_by', NEW.set_by)); END;

DROP TRIGGER audit_step_due_delete;
CREATE TRIGGER audit_step_due_delete AFTER DELETE ON step_due BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), json_object('township_id', OLD.township_id, 'step', OLD.step, 'due_on', OLD.due_on, 'set_by', OLD.set_by)); END;

DROP TRIGGER audit_step_outcome_update;
CREATE TRIGGER audit_step_outcome_update AFTER UPDATE ON step_outcome BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'delete', json_array(OLD.election_id, OLD.step), json_object('election_id', OLD.election_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'insert', json_array(NEW.election_id, NEW.step), json_object('election_id', NEW.election_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_step_outcome_delete;
CREATE TRIGGER audit_step_outcome_delete AFTER DELETE ON step_outcome BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'delete', json_array(OLD.election_id, OLD.step), json_object('election_id', OLD.election_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_step_record_update;
CREATE TRIGGER audit_step_record_update AFTER UPDATE ON step_record BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

DROP TRIGGER audit_step_record_delete;
CREATE TRIGGER audit_step_record_delete AFTER DELETE ON step_record BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); END;

DROP TRIGGER audit_structure_acknowledgement_update;
CREATE TRIGGER audit_structure_acknowledgement_update AFTER UPDATE ON structure_acknowledgement BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'delete', json_array(OLD.election_id, OLD.stage, OLD.kind), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'kind', OLD.kind, 'reason', OLD.reason, 'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'insert', json_array(NEW.election_id, NEW.stage, NEW.kind), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'kind', NEW.kind, 'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by, 'acknowledged_at', NEW.acknowledged_at)); END;

DROP TRIGGER audit_structure_acknowledgement_delete;
CREATE TRIGGER audit_structure_acknowledgement_delete AFTER DELETE ON structure_acknowledgement BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'delete', json_array(OLD.election_id, OLD.stage, OLD.kind), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'kind', OLD.kind, 'reason', OLD.reason, 'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at)); END;

DROP TRIGGER audit_tally_sheet_update;
CREATE TRIGGER audit_tally_sheet_update AFTER UPDATE ON tally_sheet BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'entered_by', OLD.entered_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'entered_by', NEW.entered_by)); END;

DROP TRIGGER audit_tally_sheet_delete;
CREATE TRIGGER audit_tally_sheet_delete AFTER DELETE ON tally_sheet BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'entered_by', OLD.entered_by)); END;

DROP TRIGGER audit_term_review_update;
CREATE TRIGGER audit_term_review_update AFTER UPDATE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reviewed_on', OLD.reviewed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reviewed_on', NEW.reviewed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_term_review_delete;
CREATE TRIGGER audit_term_review_delete AFTER DELETE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reviewed_on', OLD.reviewed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_township_recommendation_update;
CREATE TRIGGER audit_township_recommendation_update AFTER UPDATE ON township_recommendation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'posts', OLD.posts)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

DROP TRIGGER audit_township_recommendation_delete;
CREATE TRIGGER audit_township_recommendation_delete AFTER DELETE ON township_recommendation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'posts', OLD.posts)); END;

DROP TRIGGER audit_trust_anchor_update;
CREATE TRIGGER audit_trust_anchor_update AFTER UPDATE ON trust_anchor BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), json_object('public_key', OLD.public_key, 'operator_name', OLD.operator_name, 'county_code', OLD.county_code, 'imported_at', OLD.imported_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'insert', json_array(NEW.public_key), json_object('public_key', NEW.public_key, 'operator_name', NEW.operator_name, 'county_code', NEW.county_code, 'imported_at', NEW.imported_at)); END;

DROP TRIGGER audit_trust_anchor_delete;
CREATE TRIGGER audit_trust_anchor_delete AFTER DELETE ON trust_anchor BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), json_object('public_key', OLD.public_key, 'operator_name', OLD.operator_name, 'county_code', OLD.county_code, 'imported_at', OLD.imported_at)); END;

DROP TRIGGER audit_vetting_answer_update;
CREATE TRIGGER audit_vetting_answer_update AFTER UPDATE ON vetting_answer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'delete', json_array(OLD.election_id, OLD.department, OLD.member_id), json_object('election_id', OLD.election_id, 'department', OLD.department, 'member_id', OLD.member_id, 'clear', OLD.clear, 'detail', OLD.detail, 'finding_id', OLD.finding_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'insert', json_array(NEW.election_id, NEW.department, NEW.member_id), json_object('election_id', NEW.election_id, 'department', NEW.department, 'member_id', NEW.member_id, 'clear', NEW.clear, 'detail', NEW.detail, 'finding_id', NEW.finding_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

DROP TRIGGER audit_vetting_answer_delete;
CREATE TRIGGER audit_vetting_answer_delete AFTER DELETE ON vetting_answer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'delete', json_array(OLD.election_id, OLD.department, OLD.member_id), json_object('election_id', OLD.election_id, 'department', OLD.department, 'member_id', OLD.member_id, 'clear', OLD.clear, 'detail', OLD.detail, 'finding_id', OLD.finding_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

DROP TRIGGER audit_voting_round_update;
CREATE TRIGGER audit_voting_round_update AFTER UPDATE ON voting_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'number', OLD.number, 'kind', OLD.kind, 'body', OLD.body, 'seats', OLD.seats, 'candidates', OLD.candidates, 'expected', OLD.expected, 'present', OLD.present, 'issued', OLD.issued, 'returned', OLD.returned, 'state', OLD.state, 'previous_round_id', OLD.previous_round_id, 'opened_at', OLD.opened_at, 'closed_at', OLD.closed_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'number', NEW.number, 'kind', NEW.kind, 'body', NEW.body, 'seats', NEW.seats, 'candidates', NEW.candidates, 'expected', NEW.expected, 'present', NEW.present, 'issued', NEW.issued, 'returned', NEW.returned, 'state', NEW.state, 'previous_round_id', NEW.previous_round_id, 'opened_at', NEW.opened_at, 'closed_at', NEW.closed_at)); END;

DROP TRIGGER audit_voting_round_delete;
CREATE TRIGGER audit_voting_round_delete AFTER DELETE ON voting_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'number', OLD.number, 'kind', OLD.kind, 'body', OLD.body, 'seats', OLD.seats, 'candidates', OLD.candidates, 'expected', OLD.expected, 'present', OLD.present, 'issued', OLD.issued, 'returned', OLD.returned, 'state', OLD.state, 'previous_round_id', OLD.previous_round_id, 'opened_at', OLD.opened_at, 'closed_at', OLD.closed_at)); END;
