-- 0008_board: the reviewers' board kept current, so a county of 600 villages reads in one query.
--
-- One row per election: what the engine concluded (phase, steps done, next steps, blockers with
-- their reasons in both languages, result awaiting review) as of the last event that concerns the
-- election or its village. Derived data, not audited: a row is used only while no later event of
-- the election or its village exists, the engine tag matches the program's, and, when a condition
-- depends on the date (the publicity period), only on the day it was computed; otherwise the
-- board is recomputed from the facts, which the audit covers.

CREATE TABLE election_board (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    -- the last event of the election or its village when the row was computed
    event_id INTEGER NOT NULL,
    computed_on TEXT NOT NULL,
    date_sensitive INTEGER NOT NULL CHECK (date_sensitive IN (0, 1)),
    engine TEXT NOT NULL,
    line TEXT NOT NULL CHECK (json_valid(line))
) STRICT;

CREATE INDEX event_organization ON event(organization_id, id);
