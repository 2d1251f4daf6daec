CREATE INDEX approval_election ON approval(election_id, subject);

CREATE INDEX election_organization ON election(organization_id);

CREATE INDEX event_election ON event(election_id, id);

CREATE INDEX member_organization ON member(organization_id, name);

CREATE INDEX nominee_finding_member ON nominee_finding(election_id, member_id);

CREATE INDEX objection_election ON objection(election_id);

CREATE UNIQUE INDEX one_chief_scrutineer ON congress_officer(election_id) WHERE duty = 'chief_scrutineer';

CREATE INDEX organization_parent ON organization(parent_id);

CREATE TABLE approval (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    subject TEXT NOT NULL,
    step INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('township', 'county')),
    digest TEXT,
    figure INTEGER,
    note TEXT,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    approved_at TEXT NOT NULL
) STRICT;

CREATE TABLE attendance (
    election_id INTEGER NOT NULL REFERENCES election(id),
    body TEXT NOT NULL CHECK (body IN ('congress', 'committee')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, body, member_id)
) STRICT;

CREATE TABLE attendance_exclusion (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    proposed_by INTEGER NOT NULL REFERENCES operator(id),
    proposed_at TEXT NOT NULL,
    higher_agreed_by INTEGER REFERENCES operator(id),
    higher_agreed_at TEXT,
    congress_approved_by INTEGER REFERENCES operator(id),
    congress_approved_on TEXT,
    UNIQUE (election_id, member_id),
    CHECK ((higher_agreed_by IS NULL) = (higher_agreed_at IS NULL)),
    CHECK ((congress_approved_by IS NULL) = (congress_approved_on IS NULL))
) STRICT;

CREATE TABLE ballot_entry (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL CHECK (json_valid(ballot)),
    entered_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, entry, position)
) STRICT;

CREATE TABLE congress_officer (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    duty TEXT NOT NULL CHECK (duty IN ('chief_scrutineer', 'scrutineer', 'teller')),
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE counted_ballot (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL CHECK (json_valid(ballot)),
    PRIMARY KEY (round_id, position)
) STRICT;

CREATE TABLE election (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    catalog_id INTEGER NOT NULL REFERENCES procedure_catalog(id),
    rule_set TEXT NOT NULL,
    -- 党员大会日期: the planned congress date; voting rights are judged on this date.
    congress_date TEXT NOT NULL,
    -- 软弱涣散: assessed at step 1; NULL until then.
    weak_and_lax INTEGER CHECK (weak_and_lax IN (0, 1)),
    created_by INTEGER NOT NULL REFERENCES operator(id),
    created_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    operator_id INTEGER REFERENCES operator(id),
    organization_id INTEGER REFERENCES organization(id),
    election_id INTEGER REFERENCES election(id),
    kind TEXT NOT NULL,
    step INTEGER,
    detail TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;

CREATE TABLE filing (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    subject TEXT NOT NULL,
    figure INTEGER NOT NULL,
    filed_on TEXT NOT NULL,
    reference TEXT,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE guidance_member (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    position TEXT NOT NULL,
    UNIQUE (election_id, name)
) STRICT;

CREATE TABLE list_entry (
    election_id INTEGER NOT NULL REFERENCES election(id),
    stage TEXT NOT NULL CHECK (stage IN ('initial', 'inspection', 'prospective')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    posts TEXT NOT NULL CHECK (length(posts) > 0),
    PRIMARY KEY (election_id, stage, member_id)
) STRICT;

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date TEXT NOT NULL,
    id_number TEXT UNIQUE,
    education TEXT NOT NULL CHECK (education IN
        ('postgraduate', 'bachelor', 'associate', 'secondary_vocational', 'high_school', 'junior_high', 'primary')),
    joined_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('full', 'probationary')),
    discipline TEXT NOT NULL CHECK (discipline IN ('none', 'probation', 'detained', 'arrested')),
    probation_start TEXT,
    probation_end TEXT,
    away INTEGER NOT NULL CHECK (away IN (0, 1)),
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((discipline = 'probation') = (probation_end IS NOT NULL)),
    CHECK (probation_start IS NULL OR discipline = 'probation')
) STRICT;

CREATE TABLE nominee_decision (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL CHECK (kind IN ('age_exception', 'sanction_exception', 'education_acknowledged')),
    township_by INTEGER REFERENCES operator(id),
    township_at TEXT,
    county_by INTEGER REFERENCES operator(id),
    county_at TEXT,
    note TEXT,
    PRIMARY KEY (election_id, member_id, kind)
) STRICT;

CREATE TABLE nominee_finding (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL CHECK (kind IN ('disqualifying', 'unsuitable_secretary')),
    code INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    detail TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    CHECK ((kind = 'disqualifying' AND code BETWEEN 1 AND 11) OR (kind = 'unsuitable_secretary' AND code BETWEEN 1 AND 9))
) STRICT;

CREATE TABLE nominee_sanction (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    effect_until TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE objection (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    received_on TEXT NOT NULL,
    summary TEXT NOT NULL CHECK (length(summary) > 0),
    resolution TEXT CHECK (resolution IN ('upheld', 'dismissed')),
    resolution_reason TEXT,
    resolved_by INTEGER REFERENCES operator(id),
    resolved_at TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    CHECK ((resolution IS NULL) = (resolved_by IS NULL)),
    CHECK (resolution IS NULL OR length(resolution_reason) > 0)
) STRICT;

CREATE TABLE "operator" (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
    role TEXT NOT NULL CHECK (role IN ('county', 'county_deputy_head', 'township', 'township_secretary', 'village', 'teller', 'scrutineer')),
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE organization (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level TEXT NOT NULL CHECK (level IN ('county', 'township', 'village', 'community')),
    parent_id INTEGER REFERENCES organization(id),
    -- 上届委员会职数: members of the outgoing committee (villages and communities only)
    previous_committee_size INTEGER CHECK (previous_committee_size BETWEEN 1 AND 15),
    created_at TEXT NOT NULL,
    CHECK ((level = 'county') = (parent_id IS NULL)),
    CHECK (previous_committee_size IS NULL OR level IN ('village', 'community'))
) STRICT;

CREATE TABLE outgoing_member (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    post TEXT NOT NULL CHECK (post IN ('member', 'secretary', 'deputy_secretary')),
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE pledge (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    signed_on TEXT NOT NULL,
    document_sha256 TEXT CHECK (document_sha256 IS NULL OR length(document_sha256) = 64),
    published_on TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE procedure_catalog (
    id INTEGER PRIMARY KEY,
    procedure_key TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    UNIQUE (procedure_key, version)
) STRICT;

CREATE TABLE publicity (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    start_on TEXT NOT NULL,
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 30),
    place TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE recommendation_count (
    round_id INTEGER NOT NULL REFERENCES recommendation_round(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id),
    count INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (round_id, member_id)
) STRICT;

CREATE TABLE recommendation_rejection (
    round_id INTEGER NOT NULL REFERENCES recommendation_round(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_label TEXT,
    value TEXT,
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL
) STRICT;

CREATE TABLE recommendation_round (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    kind TEXT NOT NULL CHECK (kind IN ('members', 'representatives')),
    held_on TEXT NOT NULL,
    max_names INTEGER NOT NULL CHECK (max_names >= 1),
    ballots INTEGER NOT NULL CHECK (ballots >= 0),
    void_ballots INTEGER NOT NULL CHECK (void_ballots >= 0 AND void_ballots <= ballots),
    source_sha256 TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (election_id, kind)
) STRICT;

CREATE TABLE reconciliation (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    place TEXT NOT NULL,
    ballot TEXT CHECK (ballot IS NULL OR json_valid(ballot)),
    note TEXT NOT NULL CHECK (length(note) > 0),
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, place)
) STRICT;

CREATE TABLE registration (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    intention TEXT CHECK (intention IN ('attend', 'absent')),
    notified_via TEXT CHECK (notified_via IN ('phone', 'letter', 'sms', 'wechat', 'in_person')),
    notified_on TEXT,
    note TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id),
    CHECK ((notified_via IS NULL) = (notified_on IS NULL))
) STRICT;

CREATE TABLE result_review (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('reviewed', 'returned')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    result_digest TEXT NOT NULL,
    reviewed_by INTEGER NOT NULL REFERENCES operator(id),
    reviewed_at TEXT NOT NULL
) STRICT;

CREATE TABLE round_result (
    round_id INTEGER PRIMARY KEY REFERENCES voting_round(id),
    count TEXT NOT NULL CHECK (json_valid(count)),
    outcome TEXT CHECK (outcome IS NULL OR json_valid(outcome)),
    base INTEGER NOT NULL,
    base_kind TEXT NOT NULL CHECK (base_kind IN ('expected', 'present'))
) STRICT;

CREATE TABLE seat_plan (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    committee INTEGER NOT NULL CHECK (committee BETWEEN 1 AND 15),
    secretary INTEGER NOT NULL CHECK (secretary = 1),
    deputy_secretary INTEGER NOT NULL CHECK (deputy_secretary BETWEEN 0 AND 2),
    -- 超过上届职数: the approval that allows more seats than the previous term.
    exceeding_approved_by INTEGER REFERENCES operator(id),
    exceeding_reference TEXT,
    set_by INTEGER NOT NULL REFERENCES operator(id),
    set_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE step_outcome (
    election_id INTEGER NOT NULL REFERENCES election(id),
    step INTEGER NOT NULL CHECK (step >= 1),
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped')),
    happened_on TEXT NOT NULL,
    reason TEXT,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, step),
    CHECK (outcome = 'completed' OR length(reason) > 0)
) STRICT;

CREATE TABLE step_record (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('minutes', 'document', 'publication')),
    dated TEXT NOT NULL,
    title TEXT,
    summary TEXT,
    reference TEXT,
    sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    FOREIGN KEY (election_id, step) REFERENCES step_outcome(election_id, step),
    CHECK (kind <> 'document' OR sha256 IS NOT NULL)
) STRICT;

CREATE TABLE structure_acknowledgement (
    election_id INTEGER NOT NULL REFERENCES election(id),
    stage TEXT NOT NULL CHECK (stage IN ('initial', 'inspection', 'prospective')),
    kind TEXT NOT NULL CHECK (kind IN ('no_youth', 'no_woman')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    acknowledged_by INTEGER NOT NULL REFERENCES operator(id),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (election_id, stage, kind)
) STRICT;

CREATE TABLE tally_sheet (
    round_id INTEGER PRIMARY KEY REFERENCES voting_round(id),
    count TEXT NOT NULL CHECK (json_valid(count)),
    entered_by INTEGER NOT NULL REFERENCES operator(id)
) STRICT;

CREATE TABLE township_recommendation (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    posts TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE vetting_answer (
    election_id INTEGER NOT NULL REFERENCES election(id),
    department TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member(id),
    clear INTEGER NOT NULL CHECK (clear IN (0, 1)),
    detail TEXT,
    finding_id INTEGER REFERENCES nominee_finding(id),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, department, member_id),
    CHECK (clear = 1 OR length(detail) > 0)
) STRICT;

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

CREATE TRIGGER approval_no_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are final'); END;

CREATE TRIGGER approval_no_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are final'); END;

CREATE TRIGGER ballot_entry_frozen_delete BEFORE DELETE ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = OLD.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;

CREATE TRIGGER ballot_entry_frozen_insert BEFORE INSERT ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = NEW.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;

CREATE TRIGGER closed_round_frozen BEFORE UPDATE ON voting_round
WHEN OLD.state <> 'open'
BEGIN SELECT RAISE(ABORT, 'a closed round never changes'); END;

CREATE TRIGGER counted_ballot_no_delete BEFORE DELETE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;

CREATE TRIGGER counted_ballot_no_update BEFORE UPDATE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END;

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END;

CREATE TRIGGER procedure_catalog_no_delete BEFORE DELETE ON procedure_catalog
BEGIN SELECT RAISE(ABORT, 'a registered procedure catalog never changes'); END;

CREATE TRIGGER procedure_catalog_no_update BEFORE UPDATE ON procedure_catalog
BEGIN SELECT RAISE(ABORT, 'a registered procedure catalog never changes'); END;

CREATE TRIGGER result_review_no_delete BEFORE DELETE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;

CREATE TRIGGER result_review_no_update BEFORE UPDATE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;

CREATE TRIGGER round_result_no_delete BEFORE DELETE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;

CREATE TRIGGER round_result_no_update BEFORE UPDATE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;

CREATE TRIGGER step_outcome_no_delete BEFORE DELETE ON step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER step_outcome_no_update BEFORE UPDATE ON step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER step_record_no_delete BEFORE DELETE ON step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;

CREATE TRIGGER step_record_no_update BEFORE UPDATE ON step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;
