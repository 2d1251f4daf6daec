-- 0005_signatures: operators' public keys, and each event's signature.
--
-- An operator's private key never enters the database: it lives in a key file sealed with the
-- operator's passphrase. The public key is registered here; from then on every event of that
-- operator must carry an Ed25519 signature over the event's hash, made with that key.

CREATE TABLE operator_key (
    id INTEGER PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 44),
    registered_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX one_key_per_operator ON operator_key(operator_id);

ALTER TABLE event ADD COLUMN key_id INTEGER REFERENCES operator_key(id);
ALTER TABLE event ADD COLUMN signature TEXT;

CREATE VIEW audit_image_operator_key AS SELECT json_array(operator_key.id) AS pk, json_object('id', operator_key.id, 'operator_id', operator_key.operator_id, 'public_key', operator_key.public_key, 'registered_at', operator_key.registered_at) AS row FROM operator_key;
CREATE TRIGGER audit_operator_key_insert AFTER INSERT ON operator_key BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('operator_key', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'operator_id', NEW.operator_id, 'public_key', NEW.public_key, 'registered_at', NEW.registered_at)); END;
CREATE TRIGGER audit_operator_key_update AFTER UPDATE ON operator_key BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), NULL); INSERT INTO pending_change (tbl, op, pk, row) VALUES ('operator_key', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'operator_id', NEW.operator_id, 'public_key', NEW.public_key, 'registered_at', NEW.registered_at)); END;
CREATE TRIGGER audit_operator_key_delete AFTER DELETE ON operator_key BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), NULL); END;
