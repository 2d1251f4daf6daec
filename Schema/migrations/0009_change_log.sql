-- 0009_change_log: the audit keeps row changes in an append-only log instead of copying them into
-- each event.
--
-- The triggers of 0004 go on writing each row change, as its canonical JSON image, to the same
-- table, now named audit_change and never emptied. An event records the range of the log its act
-- wrote (changes_from .. changes_to) and the SHA-256 of that range (changes_digest), and the chain
-- hashes those three instead of the changes themselves: an import of a million ballots costs one
-- pass over its own rows, not one JSON document of a million images held in memory and written
-- twice. Changes past the last event's range are changes no event records. Events written before
-- this migration keep their inline changes and are checked as before.

ALTER TABLE pending_change RENAME TO audit_change;

ALTER TABLE event ADD COLUMN changes_from INTEGER;
ALTER TABLE event ADD COLUMN changes_to INTEGER;
ALTER TABLE event ADD COLUMN changes_digest TEXT;

-- Recorded changes never change. (Anyone with the file can drop these; the digests still tell.)
CREATE TRIGGER audit_change_frozen_update BEFORE UPDATE ON audit_change
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER audit_change_frozen_delete BEFORE DELETE ON audit_change
WHEN OLD.seq <= (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
