-- 0003_congress: the members' congress (steps 20–27): the adopted election method, scrutineers
-- and tellers, attendance, voting rounds, ballots entered twice, the scrutineers' rulings and
-- reconciliation decisions, and each round's result.
--
-- Ballot secrecy: attendance and ballots are separate tables with nothing to join them on, and
-- ballot rows carry no timestamp (the round has its own).

-- 选举办法: what the congress adopted (step 24).
CREATE TABLE election_method (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    -- 当选票数的基数: expected (应到会) or present (实到会) members with a vote.
    threshold_base TEXT NOT NULL CHECK (threshold_base IN ('expected', 'present')),
    -- 会议有效: more than, or at least, 4/5 of the expected attendance.
    quorum_comparison TEXT NOT NULL CHECK (quorum_comparison IN ('moreThan', 'atLeast')),
    -- 书记的选举方式: indirect (by the new committee's first plenary) or direct (by the congress).
    secretary_mode TEXT NOT NULL CHECK (secretary_mode IN ('indirect', 'direct')),
    adopted_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;

-- 监票人（总监票人）和计票人.
CREATE TABLE congress_officer (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    duty TEXT NOT NULL CHECK (duty IN ('chief_scrutineer', 'scrutineer', 'teller')),
    PRIMARY KEY (election_id, member_id)
) STRICT;
CREATE UNIQUE INDEX one_chief_scrutineer ON congress_officer(election_id) WHERE duty = 'chief_scrutineer';

-- 实到会: members with a vote present at the congress (or at the new committee's plenary).
CREATE TABLE attendance (
    election_id INTEGER NOT NULL REFERENCES election(id),
    body TEXT NOT NULL CHECK (body IN ('congress', 'committee')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, body, member_id)
) STRICT;

-- A voting round. Closed rounds never change; a new round never edits an old one.
CREATE TABLE voting_round (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('committee', 'further', 'runoff', 'secretary', 'deputy')),
    body TEXT NOT NULL CHECK (body IN ('congress', 'committee')),
    seats INTEGER NOT NULL CHECK (seats >= 1),
    candidates TEXT NOT NULL CHECK (json_valid(candidates)),
    expected INTEGER NOT NULL CHECK (expected >= 0),
    present INTEGER NOT NULL CHECK (present >= 0),
    issued INTEGER CHECK (issued >= 0),
    returned INTEGER CHECK (returned >= 0),
    state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'void')),
    previous_round_id INTEGER REFERENCES voting_round(id),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    UNIQUE (election_id, number)
) STRICT;

-- Ballots as entered, one row per ballot per teller's entry (A and B), by position in the counted stack.
CREATE TABLE ballot_entry (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL CHECK (json_valid(ballot)),
    entered_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, entry, position)
) STRICT;

-- The scrutineers' decision on one place of the aligned entries, after re-reading the paper ballot:
-- where the entries differ, where a ballot is in one entry only, or where a mark is unclear. `place`
-- names it as "A12/B12", "A12/-" or "-/B13"; `ballot` is the ballot as read (NULL: there is none).
CREATE TABLE reconciliation (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    place TEXT NOT NULL,
    ballot TEXT CHECK (ballot IS NULL OR json_valid(ballot)),
    note TEXT NOT NULL CHECK (length(note) > 0),
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, place)
) STRICT;

-- The counted stack of a closed round: the reconciled ballots with every ruling applied.
CREATE TABLE counted_ballot (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL CHECK (json_valid(ballot)),
    PRIMARY KEY (round_id, position)
) STRICT;

-- 计票结果: a closed round's count and what it decided.
CREATE TABLE round_result (
    round_id INTEGER PRIMARY KEY REFERENCES voting_round(id),
    count TEXT NOT NULL CHECK (json_valid(count)),
    outcome TEXT CHECK (outcome IS NULL OR json_valid(outcome)),
    base INTEGER NOT NULL,
    base_kind TEXT NOT NULL CHECK (base_kind IN ('expected', 'present'))
) STRICT;

CREATE TRIGGER counted_ballot_no_update BEFORE UPDATE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;
CREATE TRIGGER counted_ballot_no_delete BEFORE DELETE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;
CREATE TRIGGER round_result_no_update BEFORE UPDATE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;
CREATE TRIGGER round_result_no_delete BEFORE DELETE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;
CREATE TRIGGER closed_round_frozen BEFORE UPDATE ON voting_round
WHEN OLD.state <> 'open'
BEGIN SELECT RAISE(ABORT, 'a closed round never changes'); END;
CREATE TRIGGER ballot_entry_frozen_insert BEFORE INSERT ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = NEW.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;
CREATE TRIGGER ballot_entry_frozen_delete BEFORE DELETE ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = OLD.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;

-- 县委组织部审核: the county reviews the approved result, or sends it back with a reason.
CREATE TABLE result_review (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('reviewed', 'returned')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    result_digest TEXT NOT NULL,
    reviewed_by INTEGER NOT NULL REFERENCES operator(id),
    reviewed_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER result_review_no_update BEFORE UPDATE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;
CREATE TRIGGER result_review_no_delete BEFORE DELETE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;

-- 手工计票: a round counted by hand, entered as per-person figures (instead of ballot by ballot).
CREATE TABLE tally_sheet (
    round_id INTEGER PRIMARY KEY REFERENCES voting_round(id),
    count TEXT NOT NULL CHECK (json_valid(count)),
    entered_by INTEGER NOT NULL REFERENCES operator(id)
) STRICT;

-- 减少职数: after a shortfall, the congress may reduce the seats to those elected, with the consent
-- of more than half of the members present with a vote.
CREATE TABLE seat_reduction (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    seats_from INTEGER NOT NULL,
    seats_to INTEGER NOT NULL CHECK (seats_to < seats_from),
    votes_for INTEGER NOT NULL,
    present INTEGER NOT NULL CHECK (2 * votes_for > present),
    decided_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;
