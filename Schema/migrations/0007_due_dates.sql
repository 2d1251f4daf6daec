-- 0007_due_dates: the township plan's due date for each step (乡镇方案中的时间要求).

CREATE TABLE step_due (
    township_id INTEGER NOT NULL REFERENCES organization(id),
    step INTEGER NOT NULL CHECK (step >= 1),
    due_on TEXT NOT NULL,
    set_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (township_id, step)
) STRICT;

CREATE VIEW audit_image_step_due AS SELECT json_array(step_due.township_id, step_due.step) AS pk, json_object('township_id', step_due.township_id, 'step', step_due.step, 'due_on', step_due.due_on, 'set_by', step_due.set_by) AS row FROM step_due;
CREATE TRIGGER audit_step_due_insert AFTER INSERT ON step_due BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('step_due', 'insert', json_array(NEW.township_id, NEW.step), json_object('township_id', NEW.township_id, 'step', NEW.step, 'due_on', NEW.due_on, 'set_by', NEW.set_by)); END;
CREATE TRIGGER audit_step_due_update AFTER UPDATE ON step_due BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), NULL); INSERT INTO pending_change (tbl, op, pk, row) VALUES ('step_due', 'insert', json_array(NEW.township_id, NEW.step), json_object('township_id', NEW.township_id, 'step', NEW.step, 'due_on', NEW.due_on, 'set_by', NEW.set_by)); END;
CREATE TRIGGER audit_step_due_delete AFTER DELETE ON step_due BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), NULL); END;
