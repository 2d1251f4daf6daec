-- 0023_ballot_draft: typed ballots enter the record in batches (trust issue 12, ballot secrecy). Typed entry used to be one
-- timestamped event per ballot, so the record kept when each ballot of the stack was typed. A typed ballot is now saved at
-- once here (a crash loses at most the ballot being typed) and enters the record with the others of its batch, one event for
-- each batch of 20 and one for the rest when the teller finishes. A draft is not part of the record, so the table is not
-- audited: the other teller's independent entry of the same stack is what an altered draft would disagree with, and a round
-- cannot be closed, nor an entry replaced by a sheet, while drafts are pending.
CREATE TABLE ballot_draft (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL,
    typed_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, entry, position)
) STRICT, WITHOUT ROWID;
