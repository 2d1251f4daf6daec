-- 0006_archives: the county's trust list as imported by a township, and the county's store of
-- verified archive bundles from its townships.

-- 信任列表: the county reviewers' public keys this database trusts for checking bundles.
CREATE TABLE trust_anchor (
    public_key TEXT PRIMARY KEY CHECK (length(public_key) = 44),
    operator_name TEXT NOT NULL,
    county_code TEXT NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

-- 县级归档: a township's bundle, verified against the trust list, kept whole with a summary to list it by.
CREATE TABLE archived_election (
    id INTEGER PRIMARY KEY,
    bundle_sha256 TEXT NOT NULL UNIQUE CHECK (length(bundle_sha256) = 64),
    county_code TEXT NOT NULL,
    township_name TEXT,
    organization_code TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    title TEXT NOT NULL,
    procedure TEXT NOT NULL,
    done INTEGER NOT NULL,
    total INTEGER NOT NULL,
    summary TEXT NOT NULL CHECK (json_valid(summary)),
    bundle TEXT NOT NULL CHECK (json_valid(bundle)),
    imported_by INTEGER NOT NULL REFERENCES operator(id),
    imported_at TEXT NOT NULL
) STRICT;

CREATE VIEW audit_image_trust_anchor AS SELECT json_array(trust_anchor.public_key) AS pk, json_object('public_key', trust_anchor.public_key, 'operator_name', trust_anchor.operator_name, 'county_code', trust_anchor.county_code, 'imported_at', trust_anchor.imported_at) AS row FROM trust_anchor;
CREATE TRIGGER audit_trust_anchor_insert AFTER INSERT ON trust_anchor BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('trust_anchor', 'insert', json_array(NEW.public_key), json_object('public_key', NEW.public_key, 'operator_name', NEW.operator_name, 'county_code', NEW.county_code, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_trust_anchor_update AFTER UPDATE ON trust_anchor BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), NULL); INSERT INTO pending_change (tbl, op, pk, row) VALUES ('trust_anchor', 'insert', json_array(NEW.public_key), json_object('public_key', NEW.public_key, 'operator_name', NEW.operator_name, 'county_code', NEW.county_code, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_trust_anchor_delete AFTER DELETE ON trust_anchor BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), NULL); END;
CREATE VIEW audit_image_archived_election AS SELECT json_array(archived_election.id) AS pk, json_object('id', archived_election.id, 'bundle_sha256', archived_election.bundle_sha256, 'county_code', archived_election.county_code, 'township_name', archived_election.township_name, 'organization_code', archived_election.organization_code, 'organization_name', archived_election.organization_name, 'title', archived_election.title, 'procedure', archived_election.procedure, 'done', archived_election.done, 'total', archived_election.total, 'summary', archived_election.summary, 'bundle', archived_election.bundle, 'imported_by', archived_election.imported_by, 'imported_at', archived_election.imported_at) AS row FROM archived_election;
CREATE TRIGGER audit_archived_election_insert AFTER INSERT ON archived_election BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('archived_election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'bundle_sha256', NEW.bundle_sha256, 'county_code', NEW.county_code, 'township_name', NEW.township_name, 'organization_code', NEW.organization_code, 'organization_name', NEW.organization_name, 'title', NEW.title, 'procedure', NEW.procedure, 'done', NEW.done, 'total', NEW.total, 'summary', NEW.summary, 'bundle', NEW.bundle, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_archived_election_update AFTER UPDATE ON archived_election BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), NULL); INSERT INTO pending_change (tbl, op, pk, row) VALUES ('archived_election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'bundle_sha256', NEW.bundle_sha256, 'county_code', NEW.county_code, 'township_name', NEW.township_name, 'organization_code', NEW.organization_code, 'organization_name', NEW.organization_name, 'title', NEW.title, 'procedure', NEW.procedure, 'done', NEW.done, 'total', NEW.total, 'summary', NEW.summary, 'bundle', NEW.bundle, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;
CREATE TRIGGER audit_archived_election_delete AFTER DELETE ON archived_election BEGIN INSERT INTO pending_change (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), NULL); END;
