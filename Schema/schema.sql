CREATE INDEX approval_election ON approval(election_id, subject);

CREATE INDEX election_organization ON election(organization_id);

CREATE INDEX event_election ON event(election_id, id);

CREATE INDEX event_organization ON event(organization_id, id);

CREATE INDEX grading_grade_case ON grading_grade(case_id, stage, id);

CREATE INDEX member_name_birth ON member(name, birth_date);

CREATE INDEX member_organization ON member(organization_id, name);

CREATE INDEX nominee_finding_member ON nominee_finding(election_id, member_id);

CREATE INDEX objection_election ON objection(election_id);

CREATE UNIQUE INDEX one_chief_scrutineer ON congress_officer(election_id) WHERE duty = 'chief_scrutineer';

CREATE UNIQUE INDEX one_key_per_operator ON operator_key(operator_id);

CREATE INDEX organization_parent ON organization(parent_id);

CREATE INDEX situation_report_election ON situation_report(election_id, id);

CREATE TABLE adjourned_attendance (
    election_id INTEGER NOT NULL REFERENCES election(id),
    sitting INTEGER NOT NULL CHECK (sitting >= 1),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, sitting, member_id)
) STRICT;

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

CREATE TABLE archive_filing (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
    -- The last event the bundle carries: the chain it archives ends there.
    head_event INTEGER NOT NULL,
    head_hash TEXT NOT NULL CHECK (length(head_hash) = 64),
    signatures INTEGER NOT NULL CHECK (signatures >= 0),
    filed_on TEXT NOT NULL,
    filed_by INTEGER NOT NULL REFERENCES operator(id),
    filed_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE "attendance" (
    election_id INTEGER NOT NULL REFERENCES election(id),
    body TEXT NOT NULL CHECK (body IN ('congress', 'committee')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (election_id, body, member_id)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE "audit_change" (
    seq INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    pk TEXT NOT NULL,
    row TEXT
) STRICT;

CREATE TABLE ballot_draft (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL,
    typed_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, entry, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE ballot_entry (
    round_id INTEGER NOT NULL REFERENCES voting_round(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    position INTEGER NOT NULL CHECK (position >= 1),
    ballot TEXT NOT NULL CHECK (json_valid(ballot)),
    entered_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (round_id, entry, position)
) STRICT;

CREATE TABLE "bulk_high_water" (
    tbl TEXT PRIMARY KEY CHECK (tbl IN ('ballot_entry', 'counted_ballot', 'member')),
    high_rowid INTEGER NOT NULL
) STRICT;

CREATE TABLE "bulk_insert" (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL CHECK (tbl IN ('ballot_entry', 'counted_ballot', 'member')),
    scope TEXT NOT NULL CHECK (json_valid(scope) AND json_type(scope) = 'array'),
    first INTEGER NOT NULL CHECK (first >= 1),
    last INTEGER NOT NULL CHECK (last >= first),
    rows INTEGER NOT NULL CHECK (rows = last - first + 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

CREATE TABLE calendar_day (
    import_id INTEGER NOT NULL REFERENCES calendar_import(id),
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    PRIMARY KEY (import_id, day)
) STRICT;

CREATE TABLE calendar_import (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    source TEXT NOT NULL CHECK (length(trim(source)) > 0),
    imported_by INTEGER NOT NULL REFERENCES operator(id),
    imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE candidacy_revocation (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL CHECK (kind IN ('cancelled', 'void')),
    -- The 不得 finding it rests on; NULL when it rests on another eligibility fact (age, an upheld objection…).
    finding_id INTEGER REFERENCES nominee_finding(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    county_told_on TEXT NOT NULL,
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
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

CREATE TABLE congress_adjournment (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    sitting INTEGER NOT NULL CHECK (sitting >= 1),
    reason TEXT NOT NULL CHECK (reason IN ('no_quorum', 'seats_unfilled')),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    present INTEGER NOT NULL CHECK (present >= 0),
    expected INTEGER NOT NULL CHECK (expected >= 0),
    adjourned_on TEXT NOT NULL,
    reconvene_on TEXT NOT NULL CHECK (reconvene_on > adjourned_on),
    -- The number of the last round opened before it (0: none): later rounds belong to the sittings after.
    rounds_before INTEGER NOT NULL CHECK (rounds_before >= 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (election_id, sitting)
) STRICT;

CREATE TABLE congress_officer (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    duty TEXT NOT NULL CHECK (duty IN ('chief_scrutineer', 'scrutineer', 'teller')),
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE counselling_talk (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    talked_on TEXT NOT NULL,
    -- Who talked with the person for the township committee.
    talked_by TEXT NOT NULL CHECK (length(trim(talked_by)) > 0),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    -- 离任干部待遇: for an outgoing member leaving the committee, what was settled (NULL for others).
    treatment TEXT CHECK (treatment IS NULL OR length(trim(treatment)) > 0),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
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

CREATE TABLE election_board (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    -- the last event of the election or its village when the row was computed
    event_id INTEGER NOT NULL,
    computed_on TEXT NOT NULL,
    date_sensitive INTEGER NOT NULL CHECK (date_sensitive IN (0, 1)),
    engine TEXT NOT NULL,
    line TEXT NOT NULL CHECK (json_valid(line))
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

CREATE TABLE election_rectification_decision (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    decided_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by INTEGER NOT NULL REFERENCES operator(id),
    decided_at TEXT NOT NULL
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
, changes TEXT, prev_hash TEXT, hash TEXT, key_id INTEGER REFERENCES operator_key(id), signature TEXT, changes_from INTEGER, changes_to INTEGER, changes_digest TEXT) STRICT;

CREATE TABLE exit_audit (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    audited_on TEXT NOT NULL,
    -- 审计单位: e.g. 乡镇农经站、县审计局.
    auditor TEXT NOT NULL CHECK (length(trim(auditor)) > 0),
    -- The problems the audit found; NULL when it found none.
    problems TEXT CHECK (problems IS NULL OR length(trim(problems)) > 0),
    -- 妥善处理: how the problems were dealt with, and when.
    handling TEXT CHECK (handling IS NULL OR length(trim(handling)) > 0),
    handled_on TEXT,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id),
    CHECK ((handling IS NULL) = (handled_on IS NULL)),
    CHECK (problems IS NOT NULL OR handling IS NULL),
    CHECK (handled_on IS NULL OR handled_on >= audited_on)
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

CREATE TABLE further_round_limit (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    max_rounds INTEGER NOT NULL CHECK (max_rounds >= 1)
) STRICT;

CREATE TABLE grading_area_score (
    grade_id INTEGER NOT NULL REFERENCES grading_grade(id),
    area TEXT NOT NULL,
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
    PRIMARY KEY (grade_id, area)
) STRICT;

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

CREATE TABLE grading_rating_sheet (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    entry TEXT NOT NULL CHECK (entry IN ('A', 'B')),
    ballots TEXT NOT NULL CHECK (json_valid(ballots) AND json_type(ballots) = 'array'),
    entered_by INTEGER NOT NULL REFERENCES operator(id),
    entered_at TEXT NOT NULL
) STRICT;

CREATE TABLE guidance_member (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    position TEXT NOT NULL,
    UNIQUE (election_id, name)
) STRICT;

CREATE TABLE list_completion (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    publicity_start TEXT NOT NULL,
    publicity_days INTEGER NOT NULL CHECK (publicity_days > 0),
    publicity_place TEXT NOT NULL CHECK (length(trim(publicity_place)) > 0),
    proposed_by INTEGER NOT NULL REFERENCES operator(id),
    proposed_at TEXT NOT NULL,
    -- The township's approval, after the publicity, with the pledge's dates; NULL until approved.
    approved_on TEXT,
    approved_by INTEGER REFERENCES operator(id),
    approved_at TEXT,
    PRIMARY KEY (election_id, member_id),
    CHECK ((approved_on IS NULL) = (approved_by IS NULL)),
    CHECK ((approved_on IS NULL) = (approved_at IS NULL))
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

CREATE TABLE member_attribute (
    member_id INTEGER NOT NULL REFERENCES member(id),
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (member_id, kind, code),
    CHECK ((kind = 'background' AND code IN ('business_leader', 'cooperative_head', 'veteran', 'college_graduate_official', 'village_doctor', 'teacher', 'returned_migrant', 'college_graduate', 'grid_worker', 'community_organization_head', 'seconded_cadre', 'retired_hire'))
        OR (kind = 'post' AND code IN ('residents_committee_chair', 'residents_committee_member', 'youth_league_secretary', 'womens_federation_chair')))
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

CREATE TABLE nominee_health (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    fit INTEGER NOT NULL CHECK (fit IN (0, 1)),
    -- What the finding rests on: a medical report, the inspection's enquiries…; for an unfit finding, what was found.
    basis TEXT NOT NULL CHECK (length(trim(basis)) > 0),
    attested_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE nominee_proposal (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    post TEXT NOT NULL CHECK (post IN ('secretary', 'deputy_secretary')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    county_told_on TEXT NOT NULL,
    -- How many votes for the post had been held when it was proposed: only later votes are on this nominee.
    votes_before INTEGER NOT NULL CHECK (votes_before >= 0),
    proposed_by INTEGER NOT NULL REFERENCES operator(id),
    proposed_at TEXT NOT NULL
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

CREATE TABLE operator_key (
    id INTEGER PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 44),
    registered_at TEXT NOT NULL
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

CREATE TABLE rectification_assessment (
    case_id INTEGER PRIMARY KEY REFERENCES procedure_case(id),
    assessed_on TEXT NOT NULL,
    satisfied INTEGER NOT NULL CHECK (satisfied >= 0),
    basically_satisfied INTEGER NOT NULL CHECK (basically_satisfied >= 0),
    dissatisfied INTEGER NOT NULL CHECK (dissatisfied >= 0),
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

CREATE TABLE rectification_problem (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES procedure_case(id),
    source TEXT NOT NULL CHECK (source IN ('self_check', 'visits', 'forum', 'grading', 'higher_check')),
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    found_on TEXT NOT NULL,
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

CREATE TABLE secretary_assessment (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    -- The item numbers found, comma-separated ('' when none applies).
    found TEXT NOT NULL,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    assessed_on TEXT NOT NULL,
    assessed_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE situation_report (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES election(id),
    kind TEXT NOT NULL CHECK (kind IN ('major_event', 'public_opinion', 'information', 'emerging_problem', 'consultation')),
    occurred_on TEXT NOT NULL,
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    reported_by INTEGER NOT NULL REFERENCES operator(id),
    reported_at TEXT NOT NULL,
    handled_on TEXT,
    handling TEXT CHECK (handling IS NULL OR length(trim(handling)) > 0),
    handled_by INTEGER REFERENCES operator(id),
    CHECK ((handled_on IS NULL) = (handling IS NULL) AND (handling IS NULL) = (handled_by IS NULL))
) STRICT;

CREATE TABLE staff_pledge (
    election_id INTEGER NOT NULL REFERENCES election(id),
    guidance_member_id INTEGER NOT NULL REFERENCES guidance_member(id),
    signed_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (election_id, guidance_member_id)
) STRICT;

CREATE TABLE staff_teller (
    election_id INTEGER NOT NULL REFERENCES election(id),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 50 AND name = trim(name)),
    position TEXT NOT NULL CHECK (length(trim(position)) > 0),
    PRIMARY KEY (election_id, name)
) STRICT;

CREATE TABLE step_due (
    township_id INTEGER NOT NULL REFERENCES organization(id),
    step INTEGER NOT NULL CHECK (step >= 1),
    due_on TEXT NOT NULL,
    set_by INTEGER NOT NULL REFERENCES operator(id),
    PRIMARY KEY (township_id, step)
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

CREATE TABLE term_review (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    reviewed_on TEXT NOT NULL,
    -- Verdicts of one village's members and representatives: never more than TermReview.maximumCount each.
    satisfied INTEGER NOT NULL CHECK (satisfied BETWEEN 0 AND 100000),
    basically_satisfied INTEGER NOT NULL CHECK (basically_satisfied BETWEEN 0 AND 100000),
    dissatisfied INTEGER NOT NULL CHECK (dissatisfied BETWEEN 0 AND 100000),
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL,
    -- At least one verdict: refused by the act (Refusal.termReviewEmpty).
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE township_recommendation (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    posts TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

CREATE TABLE trust_anchor (
    public_key TEXT PRIMARY KEY CHECK (length(public_key) = 44),
    operator_name TEXT NOT NULL,
    county_code TEXT NOT NULL,
    imported_at TEXT NOT NULL
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

CREATE TRIGGER adjourned_attendance_frozen_delete BEFORE DELETE ON adjourned_attendance
BEGIN SELECT RAISE(ABORT, 'adjourned_attendance is append-only'); END;

CREATE TRIGGER adjourned_attendance_frozen_update BEFORE UPDATE ON adjourned_attendance
BEGIN SELECT RAISE(ABORT, 'adjourned_attendance is append-only'); END;

CREATE TRIGGER approval_no_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are final'); END;

CREATE TRIGGER approval_no_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are final'); END;

CREATE TRIGGER audit_adjourned_attendance_delete AFTER DELETE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), json_object('election_id', OLD.election_id, 'sitting', OLD.sitting, 'member_id', OLD.member_id)); END;

CREATE TRIGGER audit_adjourned_attendance_insert AFTER INSERT ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'insert', json_array(NEW.election_id, NEW.sitting, NEW.member_id), json_object('election_id', NEW.election_id, 'sitting', NEW.sitting, 'member_id', NEW.member_id)); END;

CREATE TRIGGER audit_adjourned_attendance_update AFTER UPDATE ON adjourned_attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'delete', json_array(OLD.election_id, OLD.sitting, OLD.member_id), json_object('election_id', OLD.election_id, 'sitting', OLD.sitting, 'member_id', OLD.member_id)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('adjourned_attendance', 'insert', json_array(NEW.election_id, NEW.sitting, NEW.member_id), json_object('election_id', NEW.election_id, 'sitting', NEW.sitting, 'member_id', NEW.member_id)); END;

CREATE TRIGGER audit_approval_delete AFTER DELETE ON approval BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'step', OLD.step, 'level', OLD.level, 'digest', OLD.digest, 'figure', OLD.figure, 'note', OLD.note, 'operator_id', OLD.operator_id, 'approved_at', OLD.approved_at)); END;

CREATE TRIGGER audit_approval_insert AFTER INSERT ON approval BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'step', NEW.step, 'level', NEW.level, 'digest', NEW.digest, 'figure', NEW.figure, 'note', NEW.note, 'operator_id', NEW.operator_id, 'approved_at', NEW.approved_at)); END;

CREATE TRIGGER audit_approval_update AFTER UPDATE ON approval BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'step', OLD.step, 'level', OLD.level, 'digest', OLD.digest, 'figure', OLD.figure, 'note', OLD.note, 'operator_id', OLD.operator_id, 'approved_at', OLD.approved_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('approval', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'step', NEW.step, 'level', NEW.level, 'digest', NEW.digest, 'figure', NEW.figure, 'note', NEW.note, 'operator_id', NEW.operator_id, 'approved_at', NEW.approved_at)); END;

CREATE TRIGGER audit_archive_filing_delete AFTER DELETE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'bundle_sha256', OLD.bundle_sha256, 'head_event', OLD.head_event, 'head_hash', OLD.head_hash, 'signatures', OLD.signatures, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'filed_at', OLD.filed_at)); END;

CREATE TRIGGER audit_archive_filing_insert AFTER INSERT ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'bundle_sha256', NEW.bundle_sha256, 'head_event', NEW.head_event, 'head_hash', NEW.head_hash, 'signatures', NEW.signatures, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'filed_at', NEW.filed_at)); END;

CREATE TRIGGER audit_archive_filing_update AFTER UPDATE ON archive_filing BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'bundle_sha256', OLD.bundle_sha256, 'head_event', OLD.head_event, 'head_hash', OLD.head_hash, 'signatures', OLD.signatures, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'filed_at', OLD.filed_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('archive_filing', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'bundle_sha256', NEW.bundle_sha256, 'head_event', NEW.head_event, 'head_hash', NEW.head_hash, 'signatures', NEW.signatures, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'filed_at', NEW.filed_at)); END;

CREATE TRIGGER audit_archived_election_delete AFTER DELETE ON archived_election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'bundle_sha256', OLD.bundle_sha256, 'county_code', OLD.county_code, 'township_name', OLD.township_name, 'organization_code', OLD.organization_code, 'organization_name', OLD.organization_name, 'title', OLD.title, 'procedure', OLD.procedure, 'done', OLD.done, 'total', OLD.total, 'summary', OLD.summary, 'bundle', OLD.bundle, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); END;

CREATE TRIGGER audit_archived_election_insert AFTER INSERT ON archived_election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'bundle_sha256', NEW.bundle_sha256, 'county_code', NEW.county_code, 'township_name', NEW.township_name, 'organization_code', NEW.organization_code, 'organization_name', NEW.organization_name, 'title', NEW.title, 'procedure', NEW.procedure, 'done', NEW.done, 'total', NEW.total, 'summary', NEW.summary, 'bundle', NEW.bundle, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_archived_election_update AFTER UPDATE ON archived_election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'bundle_sha256', OLD.bundle_sha256, 'county_code', OLD.county_code, 'township_name', OLD.township_name, 'organization_code', OLD.organization_code, 'organization_name', OLD.organization_name, 'title', OLD.title, 'procedure', OLD.procedure, 'done', OLD.done, 'total', OLD.total, 'summary', OLD.summary, 'bundle', OLD.bundle, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('archived_election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'bundle_sha256', NEW.bundle_sha256, 'county_code', NEW.county_code, 'township_name', NEW.township_name, 'organization_code', NEW.organization_code, 'organization_name', NEW.organization_name, 'title', NEW.title, 'procedure', NEW.procedure, 'done', NEW.done, 'total', NEW.total, 'summary', NEW.summary, 'bundle', NEW.bundle, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_attendance_delete AFTER DELETE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), json_object('election_id', OLD.election_id, 'body', OLD.body, 'member_id', OLD.member_id)); END;

CREATE TRIGGER audit_attendance_exclusion_delete AFTER DELETE ON attendance_exclusion BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'detail', OLD.detail, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'higher_agreed_by', OLD.higher_agreed_by, 'higher_agreed_at', OLD.higher_agreed_at, 'congress_approved_by', OLD.congress_approved_by, 'congress_approved_on', OLD.congress_approved_on)); END;

CREATE TRIGGER audit_attendance_exclusion_insert AFTER INSERT ON attendance_exclusion BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'detail', NEW.detail, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'higher_agreed_by', NEW.higher_agreed_by, 'higher_agreed_at', NEW.higher_agreed_at, 'congress_approved_by', NEW.congress_approved_by, 'congress_approved_on', NEW.congress_approved_on)); END;

CREATE TRIGGER audit_attendance_exclusion_update AFTER UPDATE ON attendance_exclusion BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'detail', OLD.detail, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'higher_agreed_by', OLD.higher_agreed_by, 'higher_agreed_at', OLD.higher_agreed_at, 'congress_approved_by', OLD.congress_approved_by, 'congress_approved_on', OLD.congress_approved_on)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('attendance_exclusion', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'detail', NEW.detail, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'higher_agreed_by', NEW.higher_agreed_by, 'higher_agreed_at', NEW.higher_agreed_at, 'congress_approved_by', NEW.congress_approved_by, 'congress_approved_on', NEW.congress_approved_on)); END;

CREATE TRIGGER audit_attendance_insert AFTER INSERT ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'insert', json_array(NEW.election_id, NEW.body, NEW.member_id), json_object('election_id', NEW.election_id, 'body', NEW.body, 'member_id', NEW.member_id)); END;

CREATE TRIGGER audit_attendance_update AFTER UPDATE ON attendance BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'delete', json_array(OLD.election_id, OLD.body, OLD.member_id), json_object('election_id', OLD.election_id, 'body', OLD.body, 'member_id', OLD.member_id)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('attendance', 'insert', json_array(NEW.election_id, NEW.body, NEW.member_id), json_object('election_id', NEW.election_id, 'body', NEW.body, 'member_id', NEW.member_id)); END;

CREATE TRIGGER audit_ballot_entry_delete AFTER DELETE ON ballot_entry BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'delete', json_array(OLD.round_id, OLD.entry, OLD.position), json_object('round_id', OLD.round_id, 'entry', OLD.entry, 'position', OLD.position, 'ballot', OLD.ballot, 'entered_by', OLD.entered_by)); END;

CREATE TRIGGER audit_ballot_entry_update AFTER UPDATE ON ballot_entry BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'delete', json_array(OLD.round_id, OLD.entry, OLD.position), json_object('round_id', OLD.round_id, 'entry', OLD.entry, 'position', OLD.position, 'ballot', OLD.ballot, 'entered_by', OLD.entered_by)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('ballot_entry', 'insert', json_array(NEW.round_id, NEW.entry, NEW.position), json_object('round_id', NEW.round_id, 'entry', NEW.entry, 'position', NEW.position, 'ballot', NEW.ballot, 'entered_by', NEW.entered_by)); END;

CREATE TRIGGER audit_bulk_insert_delete AFTER DELETE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'tbl', OLD.tbl, 'scope', OLD.scope, 'first', OLD.first, 'last', OLD.last, 'rows', OLD.rows, 'sha256', OLD.sha256)); END;

CREATE TRIGGER audit_bulk_insert_insert AFTER INSERT ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_bulk_insert_update AFTER UPDATE ON bulk_insert BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'tbl', OLD.tbl, 'scope', OLD.scope, 'first', OLD.first, 'last', OLD.last, 'rows', OLD.rows, 'sha256', OLD.sha256)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('bulk_insert', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'tbl', NEW.tbl, 'scope', NEW.scope, 'first', NEW.first, 'last', NEW.last, 'rows', NEW.rows, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_calendar_day_delete AFTER DELETE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), json_object('import_id', OLD.import_id, 'day', OLD.day, 'kind', OLD.kind, 'name', OLD.name)); END;

CREATE TRIGGER audit_calendar_day_insert AFTER INSERT ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'insert', json_array(NEW.import_id, NEW.day), json_object('import_id', NEW.import_id, 'day', NEW.day, 'kind', NEW.kind, 'name', NEW.name)); END;

CREATE TRIGGER audit_calendar_day_update AFTER UPDATE ON calendar_day BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'delete', json_array(OLD.import_id, OLD.day), json_object('import_id', OLD.import_id, 'day', OLD.day, 'kind', OLD.kind, 'name', OLD.name)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_day', 'insert', json_array(NEW.import_id, NEW.day), json_object('import_id', NEW.import_id, 'day', NEW.day, 'kind', NEW.kind, 'name', NEW.name)); END;

CREATE TRIGGER audit_calendar_import_delete AFTER DELETE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'year', OLD.year, 'sha256', OLD.sha256, 'source', OLD.source, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); END;

CREATE TRIGGER audit_calendar_import_insert AFTER INSERT ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'year', NEW.year, 'sha256', NEW.sha256, 'source', NEW.source, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_calendar_import_update AFTER UPDATE ON calendar_import BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'year', OLD.year, 'sha256', OLD.sha256, 'source', OLD.source, 'imported_by', OLD.imported_by, 'imported_at', OLD.imported_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('calendar_import', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'year', NEW.year, 'sha256', NEW.sha256, 'source', NEW.source, 'imported_by', NEW.imported_by, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_candidacy_revocation_delete AFTER DELETE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'finding_id', OLD.finding_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

CREATE TRIGGER audit_candidacy_revocation_insert AFTER INSERT ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'finding_id', NEW.finding_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_candidacy_revocation_update AFTER UPDATE ON candidacy_revocation BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'finding_id', OLD.finding_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('candidacy_revocation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'finding_id', NEW.finding_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_case_step_outcome_delete AFTER DELETE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), json_object('case_id', OLD.case_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_case_step_outcome_insert AFTER INSERT ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'insert', json_array(NEW.case_id, NEW.step), json_object('case_id', NEW.case_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_case_step_outcome_update AFTER UPDATE ON case_step_outcome BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'delete', json_array(OLD.case_id, OLD.step), json_object('case_id', OLD.case_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_outcome', 'insert', json_array(NEW.case_id, NEW.step), json_object('case_id', NEW.case_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_case_step_record_delete AFTER DELETE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); END;

CREATE TRIGGER audit_case_step_record_insert AFTER INSERT ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_case_step_record_update AFTER UPDATE ON case_step_record BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('case_step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_change_frozen_delete BEFORE DELETE ON audit_change
WHEN OLD.seq <= (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

CREATE TRIGGER audit_change_frozen_update BEFORE UPDATE ON audit_change
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

CREATE TRIGGER audit_congress_adjournment_delete AFTER DELETE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'sitting', OLD.sitting, 'reason', OLD.reason, 'note', OLD.note, 'present', OLD.present, 'expected', OLD.expected, 'adjourned_on', OLD.adjourned_on, 'reconvene_on', OLD.reconvene_on, 'rounds_before', OLD.rounds_before, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_congress_adjournment_insert AFTER INSERT ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'sitting', NEW.sitting, 'reason', NEW.reason, 'note', NEW.note, 'present', NEW.present, 'expected', NEW.expected, 'adjourned_on', NEW.adjourned_on, 'reconvene_on', NEW.reconvene_on, 'rounds_before', NEW.rounds_before, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_congress_adjournment_update AFTER UPDATE ON congress_adjournment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'sitting', OLD.sitting, 'reason', OLD.reason, 'note', OLD.note, 'present', OLD.present, 'expected', OLD.expected, 'adjourned_on', OLD.adjourned_on, 'reconvene_on', OLD.reconvene_on, 'rounds_before', OLD.rounds_before, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('congress_adjournment', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'sitting', NEW.sitting, 'reason', NEW.reason, 'note', NEW.note, 'present', NEW.present, 'expected', NEW.expected, 'adjourned_on', NEW.adjourned_on, 'reconvene_on', NEW.reconvene_on, 'rounds_before', NEW.rounds_before, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_congress_officer_delete AFTER DELETE ON congress_officer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'duty', OLD.duty)); END;

CREATE TRIGGER audit_congress_officer_insert AFTER INSERT ON congress_officer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'duty', NEW.duty)); END;

CREATE TRIGGER audit_congress_officer_update AFTER UPDATE ON congress_officer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'duty', OLD.duty)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('congress_officer', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'duty', NEW.duty)); END;

CREATE TRIGGER audit_counselling_talk_delete AFTER DELETE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'talked_on', OLD.talked_on, 'talked_by', OLD.talked_by, 'note', OLD.note, 'treatment', OLD.treatment, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_counselling_talk_insert AFTER INSERT ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'talked_on', NEW.talked_on, 'talked_by', NEW.talked_by, 'note', NEW.note, 'treatment', NEW.treatment, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_counselling_talk_update AFTER UPDATE ON counselling_talk BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'talked_on', OLD.talked_on, 'talked_by', OLD.talked_by, 'note', OLD.note, 'treatment', OLD.treatment, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counselling_talk', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'talked_on', NEW.talked_on, 'talked_by', NEW.talked_by, 'note', NEW.note, 'treatment', NEW.treatment, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_counted_ballot_delete AFTER DELETE ON counted_ballot BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'delete', json_array(OLD.round_id, OLD.position), json_object('round_id', OLD.round_id, 'position', OLD.position, 'ballot', OLD.ballot)); END;

CREATE TRIGGER audit_counted_ballot_update AFTER UPDATE ON counted_ballot BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'delete', json_array(OLD.round_id, OLD.position), json_object('round_id', OLD.round_id, 'position', OLD.position, 'ballot', OLD.ballot)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('counted_ballot', 'insert', json_array(NEW.round_id, NEW.position), json_object('round_id', NEW.round_id, 'position', NEW.position, 'ballot', NEW.ballot)); END;

CREATE TRIGGER audit_election_delete AFTER DELETE ON election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'title', OLD.title, 'catalog_id', OLD.catalog_id, 'rule_set', OLD.rule_set, 'congress_date', OLD.congress_date, 'weak_and_lax', OLD.weak_and_lax, 'created_by', OLD.created_by, 'created_at', OLD.created_at)); END;

CREATE TRIGGER audit_election_insert AFTER INSERT ON election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'title', NEW.title, 'catalog_id', NEW.catalog_id, 'rule_set', NEW.rule_set, 'congress_date', NEW.congress_date, 'weak_and_lax', NEW.weak_and_lax, 'created_by', NEW.created_by, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_election_method_delete AFTER DELETE ON election_method BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'threshold_base', OLD.threshold_base, 'quorum_comparison', OLD.quorum_comparison, 'secretary_mode', OLD.secretary_mode, 'adopted_on', OLD.adopted_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_election_method_insert AFTER INSERT ON election_method BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'threshold_base', NEW.threshold_base, 'quorum_comparison', NEW.quorum_comparison, 'secretary_mode', NEW.secretary_mode, 'adopted_on', NEW.adopted_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_election_method_update AFTER UPDATE ON election_method BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'threshold_base', OLD.threshold_base, 'quorum_comparison', OLD.quorum_comparison, 'secretary_mode', OLD.secretary_mode, 'adopted_on', OLD.adopted_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election_method', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'threshold_base', NEW.threshold_base, 'quorum_comparison', NEW.quorum_comparison, 'secretary_mode', NEW.secretary_mode, 'adopted_on', NEW.adopted_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_election_rectification_decision_delete AFTER DELETE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

CREATE TRIGGER audit_election_rectification_decision_insert AFTER INSERT ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_election_rectification_decision_update AFTER UPDATE ON election_rectification_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('election_rectification_decision', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_election_update AFTER UPDATE ON election BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'title', OLD.title, 'catalog_id', OLD.catalog_id, 'rule_set', OLD.rule_set, 'congress_date', OLD.congress_date, 'weak_and_lax', OLD.weak_and_lax, 'created_by', OLD.created_by, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('election', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'title', NEW.title, 'catalog_id', NEW.catalog_id, 'rule_set', NEW.rule_set, 'congress_date', NEW.congress_date, 'weak_and_lax', NEW.weak_and_lax, 'created_by', NEW.created_by, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_exit_audit_delete AFTER DELETE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'audited_on', OLD.audited_on, 'auditor', OLD.auditor, 'problems', OLD.problems, 'handling', OLD.handling, 'handled_on', OLD.handled_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_exit_audit_insert AFTER INSERT ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'audited_on', NEW.audited_on, 'auditor', NEW.auditor, 'problems', NEW.problems, 'handling', NEW.handling, 'handled_on', NEW.handled_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_exit_audit_update AFTER UPDATE ON exit_audit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'audited_on', OLD.audited_on, 'auditor', OLD.auditor, 'problems', OLD.problems, 'handling', OLD.handling, 'handled_on', OLD.handled_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('exit_audit', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'audited_on', NEW.audited_on, 'auditor', NEW.auditor, 'problems', NEW.problems, 'handling', NEW.handling, 'handled_on', NEW.handled_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_filing_delete AFTER DELETE ON filing BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'figure', OLD.figure, 'filed_on', OLD.filed_on, 'reference', OLD.reference, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_filing_insert AFTER INSERT ON filing BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'figure', NEW.figure, 'filed_on', NEW.filed_on, 'reference', NEW.reference, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_filing_update AFTER UPDATE ON filing BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'subject', OLD.subject, 'figure', OLD.figure, 'filed_on', OLD.filed_on, 'reference', OLD.reference, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('filing', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'subject', NEW.subject, 'figure', NEW.figure, 'filed_on', NEW.filed_on, 'reference', NEW.reference, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_further_round_limit_delete AFTER DELETE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'max_rounds', OLD.max_rounds)); END;

CREATE TRIGGER audit_further_round_limit_insert AFTER INSERT ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'max_rounds', NEW.max_rounds)); END;

CREATE TRIGGER audit_further_round_limit_update AFTER UPDATE ON further_round_limit BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'max_rounds', OLD.max_rounds)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('further_round_limit', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'max_rounds', NEW.max_rounds)); END;

CREATE TRIGGER audit_grading_area_score_delete AFTER DELETE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), json_object('grade_id', OLD.grade_id, 'area', OLD.area, 'tenths', OLD.tenths)); END;

CREATE TRIGGER audit_grading_area_score_insert AFTER INSERT ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'insert', json_array(NEW.grade_id, NEW.area), json_object('grade_id', NEW.grade_id, 'area', NEW.area, 'tenths', NEW.tenths)); END;

CREATE TRIGGER audit_grading_area_score_update AFTER UPDATE ON grading_area_score BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'delete', json_array(OLD.grade_id, OLD.area), json_object('grade_id', OLD.grade_id, 'area', OLD.area, 'tenths', OLD.tenths)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_area_score', 'insert', json_array(NEW.grade_id, NEW.area), json_object('grade_id', NEW.grade_id, 'area', NEW.area, 'tenths', NEW.tenths)); END;

CREATE TRIGGER audit_grading_grade_delete AFTER DELETE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'stage', OLD.stage, 'grade', OLD.grade, 'score_tenths', OLD.score_tenths, 'decided_on', OLD.decided_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_grading_grade_insert AFTER INSERT ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'stage', NEW.stage, 'grade', NEW.grade, 'score_tenths', NEW.score_tenths, 'decided_on', NEW.decided_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_grading_grade_update AFTER UPDATE ON grading_grade BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'stage', OLD.stage, 'grade', OLD.grade, 'score_tenths', OLD.score_tenths, 'decided_on', OLD.decided_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_grade', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'stage', NEW.stage, 'grade', NEW.grade, 'score_tenths', NEW.score_tenths, 'decided_on', NEW.decided_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_grading_objection_decision_delete AFTER DELETE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), json_object('objection_id', OLD.objection_id, 'decided_on', OLD.decided_on, 'upheld', OLD.upheld, 'grade', OLD.grade, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); END;

CREATE TRIGGER audit_grading_objection_decision_insert AFTER INSERT ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'insert', json_array(NEW.objection_id), json_object('objection_id', NEW.objection_id, 'decided_on', NEW.decided_on, 'upheld', NEW.upheld, 'grade', NEW.grade, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_grading_objection_decision_update AFTER UPDATE ON grading_objection_decision BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'delete', json_array(OLD.objection_id), json_object('objection_id', OLD.objection_id, 'decided_on', OLD.decided_on, 'upheld', OLD.upheld, 'grade', OLD.grade, 'reason', OLD.reason, 'decided_by', OLD.decided_by, 'decided_at', OLD.decided_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection_decision', 'insert', json_array(NEW.objection_id), json_object('objection_id', NEW.objection_id, 'decided_on', NEW.decided_on, 'upheld', NEW.upheld, 'grade', NEW.grade, 'reason', NEW.reason, 'decided_by', NEW.decided_by, 'decided_at', NEW.decided_at)); END;

CREATE TRIGGER audit_grading_objection_delete AFTER DELETE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'summary', OLD.summary, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_grading_objection_insert AFTER INSERT ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'summary', NEW.summary, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_grading_objection_update AFTER UPDATE ON grading_objection BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'filed_on', OLD.filed_on, 'filed_by', OLD.filed_by, 'summary', OLD.summary, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'filed_on', NEW.filed_on, 'filed_by', NEW.filed_by, 'summary', NEW.summary, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_grading_rating_sheet_delete AFTER DELETE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'entry', OLD.entry, 'ballots', OLD.ballots, 'entered_by', OLD.entered_by, 'entered_at', OLD.entered_at)); END;

CREATE TRIGGER audit_grading_rating_sheet_insert AFTER INSERT ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'entry', NEW.entry, 'ballots', NEW.ballots, 'entered_by', NEW.entered_by, 'entered_at', NEW.entered_at)); END;

CREATE TRIGGER audit_grading_rating_sheet_update AFTER UPDATE ON grading_rating_sheet BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'entry', OLD.entry, 'ballots', OLD.ballots, 'entered_by', OLD.entered_by, 'entered_at', OLD.entered_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('grading_rating_sheet', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'entry', NEW.entry, 'ballots', NEW.ballots, 'entered_by', NEW.entered_by, 'entered_at', NEW.entered_at)); END;

CREATE TRIGGER audit_guidance_member_delete AFTER DELETE ON guidance_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); END;

CREATE TRIGGER audit_guidance_member_insert AFTER INSERT ON guidance_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

CREATE TRIGGER audit_guidance_member_update AFTER UPDATE ON guidance_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('guidance_member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

CREATE TRIGGER audit_list_completion_delete AFTER DELETE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'publicity_start', OLD.publicity_start, 'publicity_days', OLD.publicity_days, 'publicity_place', OLD.publicity_place, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'approved_on', OLD.approved_on, 'approved_by', OLD.approved_by, 'approved_at', OLD.approved_at)); END;

CREATE TRIGGER audit_list_completion_insert AFTER INSERT ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'publicity_start', NEW.publicity_start, 'publicity_days', NEW.publicity_days, 'publicity_place', NEW.publicity_place, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'approved_on', NEW.approved_on, 'approved_by', NEW.approved_by, 'approved_at', NEW.approved_at)); END;

CREATE TRIGGER audit_list_completion_update AFTER UPDATE ON list_completion BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reason', OLD.reason, 'publicity_start', OLD.publicity_start, 'publicity_days', OLD.publicity_days, 'publicity_place', OLD.publicity_place, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at, 'approved_on', OLD.approved_on, 'approved_by', OLD.approved_by, 'approved_at', OLD.approved_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('list_completion', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reason', NEW.reason, 'publicity_start', NEW.publicity_start, 'publicity_days', NEW.publicity_days, 'publicity_place', NEW.publicity_place, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at, 'approved_on', NEW.approved_on, 'approved_by', NEW.approved_by, 'approved_at', NEW.approved_at)); END;

CREATE TRIGGER audit_list_entry_delete AFTER DELETE ON list_entry BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'delete', json_array(OLD.election_id, OLD.stage, OLD.member_id), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'member_id', OLD.member_id, 'posts', OLD.posts)); END;

CREATE TRIGGER audit_list_entry_insert AFTER INSERT ON list_entry BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'insert', json_array(NEW.election_id, NEW.stage, NEW.member_id), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

CREATE TRIGGER audit_list_entry_update AFTER UPDATE ON list_entry BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'delete', json_array(OLD.election_id, OLD.stage, OLD.member_id), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'member_id', OLD.member_id, 'posts', OLD.posts)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('list_entry', 'insert', json_array(NEW.election_id, NEW.stage, NEW.member_id), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

CREATE TRIGGER audit_member_attribute_delete AFTER DELETE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), json_object('member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_member_attribute_insert AFTER INSERT ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'insert', json_array(NEW.member_id, NEW.kind, NEW.code), json_object('member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_member_attribute_update AFTER UPDATE ON member_attribute BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'delete', json_array(OLD.member_id, OLD.kind, OLD.code), json_object('member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member_attribute', 'insert', json_array(NEW.member_id, NEW.kind, NEW.code), json_object('member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_member_delete AFTER DELETE ON member BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'education', OLD.education, 'joined_date', OLD.joined_date, 'status', OLD.status, 'discipline', OLD.discipline, 'probation_start', OLD.probation_start, 'probation_end', OLD.probation_end, 'away', OLD.away, 'phone', OLD.phone, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at)); END;

CREATE TRIGGER audit_member_insert AFTER INSERT ON member
WHEN NEW.id <= coalesce((SELECT high_rowid FROM bulk_high_water WHERE tbl = 'member'), 9223372036854775807)
BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'education', NEW.education, 'joined_date', NEW.joined_date, 'status', NEW.status, 'discipline', NEW.discipline, 'probation_start', NEW.probation_start, 'probation_end', NEW.probation_end, 'away', NEW.away, 'phone', NEW.phone, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)); END;

CREATE TRIGGER audit_member_update AFTER UPDATE ON member BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'name', OLD.name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'education', OLD.education, 'joined_date', OLD.joined_date, 'status', OLD.status, 'discipline', OLD.discipline, 'probation_start', OLD.probation_start, 'probation_end', OLD.probation_end, 'away', OLD.away, 'phone', OLD.phone, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('member', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'name', NEW.name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'education', NEW.education, 'joined_date', NEW.joined_date, 'status', NEW.status, 'discipline', NEW.discipline, 'probation_start', NEW.probation_start, 'probation_end', NEW.probation_end, 'away', NEW.away, 'phone', NEW.phone, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)); END;

CREATE TRIGGER audit_nominee_decision_delete AFTER DELETE ON nominee_decision BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'delete', json_array(OLD.election_id, OLD.member_id, OLD.kind), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'township_by', OLD.township_by, 'township_at', OLD.township_at, 'county_by', OLD.county_by, 'county_at', OLD.county_at, 'note', OLD.note)); END;

CREATE TRIGGER audit_nominee_decision_insert AFTER INSERT ON nominee_decision BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'insert', json_array(NEW.election_id, NEW.member_id, NEW.kind), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'township_by', NEW.township_by, 'township_at', NEW.township_at, 'county_by', NEW.county_by, 'county_at', NEW.county_at, 'note', NEW.note)); END;

CREATE TRIGGER audit_nominee_decision_update AFTER UPDATE ON nominee_decision BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'delete', json_array(OLD.election_id, OLD.member_id, OLD.kind), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'township_by', OLD.township_by, 'township_at', OLD.township_at, 'county_by', OLD.county_by, 'county_at', OLD.county_at, 'note', OLD.note)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_decision', 'insert', json_array(NEW.election_id, NEW.member_id, NEW.kind), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'township_by', NEW.township_by, 'township_at', NEW.township_at, 'county_by', NEW.county_by, 'county_at', NEW.county_at, 'note', NEW.note)); END;

CREATE TRIGGER audit_nominee_finding_delete AFTER DELETE ON nominee_finding BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'source', OLD.source, 'detail', OLD.detail, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_nominee_finding_insert AFTER INSERT ON nominee_finding BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'source', NEW.source, 'detail', NEW.detail, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_nominee_finding_update AFTER UPDATE ON nominee_finding BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'code', OLD.code, 'source', OLD.source, 'detail', OLD.detail, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_finding', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'code', NEW.code, 'source', NEW.source, 'detail', NEW.detail, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_nominee_health_delete AFTER DELETE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'fit', OLD.fit, 'basis', OLD.basis, 'attested_on', OLD.attested_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_nominee_health_insert AFTER INSERT ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'fit', NEW.fit, 'basis', NEW.basis, 'attested_on', NEW.attested_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_nominee_health_update AFTER UPDATE ON nominee_health BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'fit', OLD.fit, 'basis', OLD.basis, 'attested_on', OLD.attested_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_health', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'fit', NEW.fit, 'basis', NEW.basis, 'attested_on', NEW.attested_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_nominee_proposal_delete AFTER DELETE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'post', OLD.post, 'member_id', OLD.member_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'votes_before', OLD.votes_before, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at)); END;

CREATE TRIGGER audit_nominee_proposal_insert AFTER INSERT ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'post', NEW.post, 'member_id', NEW.member_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'votes_before', NEW.votes_before, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at)); END;

CREATE TRIGGER audit_nominee_proposal_update AFTER UPDATE ON nominee_proposal BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'post', OLD.post, 'member_id', OLD.member_id, 'reason', OLD.reason, 'county_told_on', OLD.county_told_on, 'votes_before', OLD.votes_before, 'proposed_by', OLD.proposed_by, 'proposed_at', OLD.proposed_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('nominee_proposal', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'post', NEW.post, 'member_id', NEW.member_id, 'reason', NEW.reason, 'county_told_on', NEW.county_told_on, 'votes_before', NEW.votes_before, 'proposed_by', NEW.proposed_by, 'proposed_at', NEW.proposed_at)); END;

CREATE TRIGGER audit_nominee_sanction_delete AFTER DELETE ON nominee_sanction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'effect_until', OLD.effect_until, 'detail', OLD.detail)); END;

CREATE TRIGGER audit_nominee_sanction_insert AFTER INSERT ON nominee_sanction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'effect_until', NEW.effect_until, 'detail', NEW.detail)); END;

CREATE TRIGGER audit_nominee_sanction_update AFTER UPDATE ON nominee_sanction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'effect_until', OLD.effect_until, 'detail', OLD.detail)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('nominee_sanction', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'effect_until', NEW.effect_until, 'detail', NEW.detail)); END;

CREATE TRIGGER audit_objection_delete AFTER DELETE ON objection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'received_on', OLD.received_on, 'summary', OLD.summary, 'resolution', OLD.resolution, 'resolution_reason', OLD.resolution_reason, 'resolved_by', OLD.resolved_by, 'resolved_at', OLD.resolved_at, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_objection_insert AFTER INSERT ON objection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'received_on', NEW.received_on, 'summary', NEW.summary, 'resolution', NEW.resolution, 'resolution_reason', NEW.resolution_reason, 'resolved_by', NEW.resolved_by, 'resolved_at', NEW.resolved_at, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_objection_update AFTER UPDATE ON objection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'member_id', OLD.member_id, 'received_on', OLD.received_on, 'summary', OLD.summary, 'resolution', OLD.resolution, 'resolution_reason', OLD.resolution_reason, 'resolved_by', OLD.resolved_by, 'resolved_at', OLD.resolved_at, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('objection', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'member_id', NEW.member_id, 'received_on', NEW.received_on, 'summary', NEW.summary, 'resolution', NEW.resolution, 'resolution_reason', NEW.resolution_reason, 'resolved_by', NEW.resolved_by, 'resolved_at', NEW.resolved_at, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_operator_delete AFTER DELETE ON operator BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'name', OLD.name, 'role', OLD.role, 'organization_id', OLD.organization_id, 'created_at', OLD.created_at)); END;

CREATE TRIGGER audit_operator_insert AFTER INSERT ON operator BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'name', NEW.name, 'role', NEW.role, 'organization_id', NEW.organization_id, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_operator_key_delete AFTER DELETE ON operator_key BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'operator_id', OLD.operator_id, 'public_key', OLD.public_key, 'registered_at', OLD.registered_at)); END;

CREATE TRIGGER audit_operator_key_insert AFTER INSERT ON operator_key BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'operator_id', NEW.operator_id, 'public_key', NEW.public_key, 'registered_at', NEW.registered_at)); END;

CREATE TRIGGER audit_operator_key_update AFTER UPDATE ON operator_key BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'operator_id', OLD.operator_id, 'public_key', OLD.public_key, 'registered_at', OLD.registered_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator_key', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'operator_id', NEW.operator_id, 'public_key', NEW.public_key, 'registered_at', NEW.registered_at)); END;

CREATE TRIGGER audit_operator_update AFTER UPDATE ON operator BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'name', OLD.name, 'role', OLD.role, 'organization_id', OLD.organization_id, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('operator', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'name', NEW.name, 'role', NEW.role, 'organization_id', NEW.organization_id, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_organization_delete AFTER DELETE ON organization BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'level', OLD.level, 'parent_id', OLD.parent_id, 'previous_committee_size', OLD.previous_committee_size, 'created_at', OLD.created_at)); END;

CREATE TRIGGER audit_organization_insert AFTER INSERT ON organization BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'level', NEW.level, 'parent_id', NEW.parent_id, 'previous_committee_size', NEW.previous_committee_size, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_organization_update AFTER UPDATE ON organization BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'code', OLD.code, 'name', OLD.name, 'level', OLD.level, 'parent_id', OLD.parent_id, 'previous_committee_size', OLD.previous_committee_size, 'created_at', OLD.created_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('organization', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'code', NEW.code, 'name', NEW.name, 'level', NEW.level, 'parent_id', NEW.parent_id, 'previous_committee_size', NEW.previous_committee_size, 'created_at', NEW.created_at)); END;

CREATE TRIGGER audit_outgoing_member_delete AFTER DELETE ON outgoing_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'post', OLD.post)); END;

CREATE TRIGGER audit_outgoing_member_insert AFTER INSERT ON outgoing_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'post', NEW.post)); END;

CREATE TRIGGER audit_outgoing_member_update AFTER UPDATE ON outgoing_member BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'post', OLD.post)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('outgoing_member', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'post', NEW.post)); END;

CREATE TRIGGER audit_pledge_delete AFTER DELETE ON pledge BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'signed_on', OLD.signed_on, 'document_sha256', OLD.document_sha256, 'published_on', OLD.published_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_pledge_insert AFTER INSERT ON pledge BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'signed_on', NEW.signed_on, 'document_sha256', NEW.document_sha256, 'published_on', NEW.published_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_pledge_update AFTER UPDATE ON pledge BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'signed_on', OLD.signed_on, 'document_sha256', OLD.document_sha256, 'published_on', OLD.published_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('pledge', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'signed_on', NEW.signed_on, 'document_sha256', NEW.document_sha256, 'published_on', NEW.published_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_procedure_case_delete AFTER DELETE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'catalog_id', OLD.catalog_id, 'kind', OLD.kind, 'year', OLD.year, 'opened_by', OLD.opened_by, 'opened_at', OLD.opened_at)); END;

CREATE TRIGGER audit_procedure_case_insert AFTER INSERT ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'catalog_id', NEW.catalog_id, 'kind', NEW.kind, 'year', NEW.year, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at)); END;

CREATE TRIGGER audit_procedure_case_update AFTER UPDATE ON procedure_case BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'organization_id', OLD.organization_id, 'catalog_id', OLD.catalog_id, 'kind', OLD.kind, 'year', OLD.year, 'opened_by', OLD.opened_by, 'opened_at', OLD.opened_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('procedure_case', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'organization_id', NEW.organization_id, 'catalog_id', NEW.catalog_id, 'kind', NEW.kind, 'year', NEW.year, 'opened_by', NEW.opened_by, 'opened_at', NEW.opened_at)); END;

CREATE TRIGGER audit_procedure_catalog_delete AFTER DELETE ON procedure_catalog BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'procedure_key', OLD.procedure_key, 'version', OLD.version, 'sha256', OLD.sha256, 'content', OLD.content, 'registered_at', OLD.registered_at)); END;

CREATE TRIGGER audit_procedure_catalog_insert AFTER INSERT ON procedure_catalog BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'procedure_key', NEW.procedure_key, 'version', NEW.version, 'sha256', NEW.sha256, 'content', NEW.content, 'registered_at', NEW.registered_at)); END;

CREATE TRIGGER audit_procedure_catalog_update AFTER UPDATE ON procedure_catalog BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'procedure_key', OLD.procedure_key, 'version', OLD.version, 'sha256', OLD.sha256, 'content', OLD.content, 'registered_at', OLD.registered_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('procedure_catalog', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'procedure_key', NEW.procedure_key, 'version', NEW.version, 'sha256', NEW.sha256, 'content', NEW.content, 'registered_at', NEW.registered_at)); END;

CREATE TRIGGER audit_publicity_delete AFTER DELETE ON publicity BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'start_on', OLD.start_on, 'days', OLD.days, 'place', OLD.place, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_publicity_insert AFTER INSERT ON publicity BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'start_on', NEW.start_on, 'days', NEW.days, 'place', NEW.place, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_publicity_update AFTER UPDATE ON publicity BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'start_on', OLD.start_on, 'days', OLD.days, 'place', OLD.place, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('publicity', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'start_on', NEW.start_on, 'days', NEW.days, 'place', NEW.place, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_recommendation_count_delete AFTER DELETE ON recommendation_count BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'delete', json_array(OLD.round_id, OLD.member_id), json_object('round_id', OLD.round_id, 'member_id', OLD.member_id, 'count', OLD.count)); END;

CREATE TRIGGER audit_recommendation_count_insert AFTER INSERT ON recommendation_count BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'insert', json_array(NEW.round_id, NEW.member_id), json_object('round_id', NEW.round_id, 'member_id', NEW.member_id, 'count', NEW.count)); END;

CREATE TRIGGER audit_recommendation_count_update AFTER UPDATE ON recommendation_count BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'delete', json_array(OLD.round_id, OLD.member_id), json_object('round_id', OLD.round_id, 'member_id', OLD.member_id, 'count', OLD.count)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_count', 'insert', json_array(NEW.round_id, NEW.member_id), json_object('round_id', NEW.round_id, 'member_id', NEW.member_id, 'count', NEW.count)); END;

CREATE TRIGGER audit_recommendation_rejection_delete AFTER DELETE ON recommendation_rejection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'delete', json_array(OLD.rowid), json_object('round_id', OLD.round_id, 'line', OLD.line, 'column_label', OLD.column_label, 'value', OLD.value, 'reason_zh', OLD.reason_zh, 'reason_en', OLD.reason_en)); END;

CREATE TRIGGER audit_recommendation_rejection_insert AFTER INSERT ON recommendation_rejection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'insert', json_array(NEW.rowid), json_object('round_id', NEW.round_id, 'line', NEW.line, 'column_label', NEW.column_label, 'value', NEW.value, 'reason_zh', NEW.reason_zh, 'reason_en', NEW.reason_en)); END;

CREATE TRIGGER audit_recommendation_rejection_update AFTER UPDATE ON recommendation_rejection BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'delete', json_array(OLD.rowid), json_object('round_id', OLD.round_id, 'line', OLD.line, 'column_label', OLD.column_label, 'value', OLD.value, 'reason_zh', OLD.reason_zh, 'reason_en', OLD.reason_en)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_rejection', 'insert', json_array(NEW.rowid), json_object('round_id', NEW.round_id, 'line', NEW.line, 'column_label', NEW.column_label, 'value', NEW.value, 'reason_zh', NEW.reason_zh, 'reason_en', NEW.reason_en)); END;

CREATE TRIGGER audit_recommendation_round_delete AFTER DELETE ON recommendation_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'max_names', OLD.max_names, 'ballots', OLD.ballots, 'void_ballots', OLD.void_ballots, 'source_sha256', OLD.source_sha256, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_recommendation_round_insert AFTER INSERT ON recommendation_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'max_names', NEW.max_names, 'ballots', NEW.ballots, 'void_ballots', NEW.void_ballots, 'source_sha256', NEW.source_sha256, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_recommendation_round_update AFTER UPDATE ON recommendation_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'max_names', OLD.max_names, 'ballots', OLD.ballots, 'void_ballots', OLD.void_ballots, 'source_sha256', OLD.source_sha256, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('recommendation_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'max_names', NEW.max_names, 'ballots', NEW.ballots, 'void_ballots', NEW.void_ballots, 'source_sha256', NEW.source_sha256, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_reconciliation_delete AFTER DELETE ON reconciliation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'delete', json_array(OLD.round_id, OLD.place), json_object('round_id', OLD.round_id, 'place', OLD.place, 'ballot', OLD.ballot, 'note', OLD.note, 'decided_by', OLD.decided_by)); END;

CREATE TRIGGER audit_reconciliation_insert AFTER INSERT ON reconciliation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'insert', json_array(NEW.round_id, NEW.place), json_object('round_id', NEW.round_id, 'place', NEW.place, 'ballot', NEW.ballot, 'note', NEW.note, 'decided_by', NEW.decided_by)); END;

CREATE TRIGGER audit_reconciliation_update AFTER UPDATE ON reconciliation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'delete', json_array(OLD.round_id, OLD.place), json_object('round_id', OLD.round_id, 'place', OLD.place, 'ballot', OLD.ballot, 'note', OLD.note, 'decided_by', OLD.decided_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('reconciliation', 'insert', json_array(NEW.round_id, NEW.place), json_object('round_id', NEW.round_id, 'place', NEW.place, 'ballot', NEW.ballot, 'note', NEW.note, 'decided_by', NEW.decided_by)); END;

CREATE TRIGGER audit_rectification_assessment_delete AFTER DELETE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), json_object('case_id', OLD.case_id, 'assessed_on', OLD.assessed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_rectification_assessment_insert AFTER INSERT ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'insert', json_array(NEW.case_id), json_object('case_id', NEW.case_id, 'assessed_on', NEW.assessed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_assessment_update AFTER UPDATE ON rectification_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'delete', json_array(OLD.case_id), json_object('case_id', OLD.case_id, 'assessed_on', OLD.assessed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_assessment', 'insert', json_array(NEW.case_id), json_object('case_id', NEW.case_id, 'assessed_on', NEW.assessed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_measure_delete AFTER DELETE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'problem_id', OLD.problem_id, 'measure', OLD.measure, 'responsible', OLD.responsible, 'due_on', OLD.due_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_rectification_measure_insert AFTER INSERT ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'problem_id', NEW.problem_id, 'measure', NEW.measure, 'responsible', NEW.responsible, 'due_on', NEW.due_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_measure_update AFTER UPDATE ON rectification_measure BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'problem_id', OLD.problem_id, 'measure', OLD.measure, 'responsible', OLD.responsible, 'due_on', OLD.due_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_measure', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'problem_id', NEW.problem_id, 'measure', NEW.measure, 'responsible', NEW.responsible, 'due_on', NEW.due_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_problem_delete AFTER DELETE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'source', OLD.source, 'summary', OLD.summary, 'found_on', OLD.found_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_rectification_problem_insert AFTER INSERT ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'source', NEW.source, 'summary', NEW.summary, 'found_on', NEW.found_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_problem_update AFTER UPDATE ON rectification_problem BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'source', OLD.source, 'summary', OLD.summary, 'found_on', OLD.found_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_problem', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'source', NEW.source, 'summary', NEW.summary, 'found_on', NEW.found_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_progress_delete AFTER DELETE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'measure_id', OLD.measure_id, 'reported_on', OLD.reported_on, 'done', OLD.done, 'new_due_on', OLD.new_due_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_rectification_progress_insert AFTER INSERT ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'measure_id', NEW.measure_id, 'reported_on', NEW.reported_on, 'done', NEW.done, 'new_due_on', NEW.new_due_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_progress_update AFTER UPDATE ON rectification_progress BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'measure_id', OLD.measure_id, 'reported_on', OLD.reported_on, 'done', OLD.done, 'new_due_on', OLD.new_due_on, 'note', OLD.note, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_progress', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'measure_id', NEW.measure_id, 'reported_on', NEW.reported_on, 'done', NEW.done, 'new_due_on', NEW.new_due_on, 'note', NEW.note, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_team_delete AFTER DELETE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'name', OLD.name, 'position', OLD.position, 'role', OLD.role, 'sent_on', OLD.sent_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_rectification_team_insert AFTER INSERT ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'name', NEW.name, 'position', NEW.position, 'role', NEW.role, 'sent_on', NEW.sent_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_rectification_team_update AFTER UPDATE ON rectification_team BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'case_id', OLD.case_id, 'name', OLD.name, 'position', OLD.position, 'role', OLD.role, 'sent_on', OLD.sent_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('rectification_team', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'case_id', NEW.case_id, 'name', NEW.name, 'position', NEW.position, 'role', NEW.role, 'sent_on', NEW.sent_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_registration_delete AFTER DELETE ON registration BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'intention', OLD.intention, 'notified_via', OLD.notified_via, 'notified_on', OLD.notified_on, 'note', OLD.note, 'updated_at', OLD.updated_at)); END;

CREATE TRIGGER audit_registration_insert AFTER INSERT ON registration BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'intention', NEW.intention, 'notified_via', NEW.notified_via, 'notified_on', NEW.notified_on, 'note', NEW.note, 'updated_at', NEW.updated_at)); END;

CREATE TRIGGER audit_registration_update AFTER UPDATE ON registration BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'intention', OLD.intention, 'notified_via', OLD.notified_via, 'notified_on', OLD.notified_on, 'note', OLD.note, 'updated_at', OLD.updated_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('registration', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'intention', NEW.intention, 'notified_via', NEW.notified_via, 'notified_on', NEW.notified_on, 'note', NEW.note, 'updated_at', NEW.updated_at)); END;

CREATE TRIGGER audit_result_review_delete AFTER DELETE ON result_review BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'outcome', OLD.outcome, 'reason', OLD.reason, 'result_digest', OLD.result_digest, 'reviewed_by', OLD.reviewed_by, 'reviewed_at', OLD.reviewed_at)); END;

CREATE TRIGGER audit_result_review_insert AFTER INSERT ON result_review BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'outcome', NEW.outcome, 'reason', NEW.reason, 'result_digest', NEW.result_digest, 'reviewed_by', NEW.reviewed_by, 'reviewed_at', NEW.reviewed_at)); END;

CREATE TRIGGER audit_result_review_update AFTER UPDATE ON result_review BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'outcome', OLD.outcome, 'reason', OLD.reason, 'result_digest', OLD.result_digest, 'reviewed_by', OLD.reviewed_by, 'reviewed_at', OLD.reviewed_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('result_review', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'outcome', NEW.outcome, 'reason', NEW.reason, 'result_digest', NEW.result_digest, 'reviewed_by', NEW.reviewed_by, 'reviewed_at', NEW.reviewed_at)); END;

CREATE TRIGGER audit_round_result_delete AFTER DELETE ON round_result BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'outcome', OLD.outcome, 'base', OLD.base, 'base_kind', OLD.base_kind)); END;

CREATE TRIGGER audit_round_result_insert AFTER INSERT ON round_result BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'outcome', NEW.outcome, 'base', NEW.base, 'base_kind', NEW.base_kind)); END;

CREATE TRIGGER audit_round_result_update AFTER UPDATE ON round_result BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'outcome', OLD.outcome, 'base', OLD.base, 'base_kind', OLD.base_kind)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('round_result', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'outcome', NEW.outcome, 'base', NEW.base, 'base_kind', NEW.base_kind)); END;

CREATE TRIGGER audit_seat_plan_delete AFTER DELETE ON seat_plan BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'committee', OLD.committee, 'secretary', OLD.secretary, 'deputy_secretary', OLD.deputy_secretary, 'exceeding_approved_by', OLD.exceeding_approved_by, 'exceeding_reference', OLD.exceeding_reference, 'set_by', OLD.set_by, 'set_at', OLD.set_at)); END;

CREATE TRIGGER audit_seat_plan_insert AFTER INSERT ON seat_plan BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'committee', NEW.committee, 'secretary', NEW.secretary, 'deputy_secretary', NEW.deputy_secretary, 'exceeding_approved_by', NEW.exceeding_approved_by, 'exceeding_reference', NEW.exceeding_reference, 'set_by', NEW.set_by, 'set_at', NEW.set_at)); END;

CREATE TRIGGER audit_seat_plan_update AFTER UPDATE ON seat_plan BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'committee', OLD.committee, 'secretary', OLD.secretary, 'deputy_secretary', OLD.deputy_secretary, 'exceeding_approved_by', OLD.exceeding_approved_by, 'exceeding_reference', OLD.exceeding_reference, 'set_by', OLD.set_by, 'set_at', OLD.set_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_plan', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'committee', NEW.committee, 'secretary', NEW.secretary, 'deputy_secretary', NEW.deputy_secretary, 'exceeding_approved_by', NEW.exceeding_approved_by, 'exceeding_reference', NEW.exceeding_reference, 'set_by', NEW.set_by, 'set_at', NEW.set_at)); END;

CREATE TRIGGER audit_seat_reduction_delete AFTER DELETE ON seat_reduction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'seats_from', OLD.seats_from, 'seats_to', OLD.seats_to, 'votes_for', OLD.votes_for, 'present', OLD.present, 'decided_on', OLD.decided_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_seat_reduction_insert AFTER INSERT ON seat_reduction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'seats_from', NEW.seats_from, 'seats_to', NEW.seats_to, 'votes_for', NEW.votes_for, 'present', NEW.present, 'decided_on', NEW.decided_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_seat_reduction_update AFTER UPDATE ON seat_reduction BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'delete', json_array(OLD.election_id), json_object('election_id', OLD.election_id, 'seats_from', OLD.seats_from, 'seats_to', OLD.seats_to, 'votes_for', OLD.votes_for, 'present', OLD.present, 'decided_on', OLD.decided_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('seat_reduction', 'insert', json_array(NEW.election_id), json_object('election_id', NEW.election_id, 'seats_from', NEW.seats_from, 'seats_to', NEW.seats_to, 'votes_for', NEW.votes_for, 'present', NEW.present, 'decided_on', NEW.decided_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_secretary_assessment_delete AFTER DELETE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'found', OLD.found, 'note', OLD.note, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_secretary_assessment_insert AFTER INSERT ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'found', NEW.found, 'note', NEW.note, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_secretary_assessment_update AFTER UPDATE ON secretary_assessment BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'found', OLD.found, 'note', OLD.note, 'assessed_on', OLD.assessed_on, 'assessed_by', OLD.assessed_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('secretary_assessment', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'found', NEW.found, 'note', NEW.note, 'assessed_on', NEW.assessed_on, 'assessed_by', NEW.assessed_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_situation_report_delete AFTER DELETE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'summary', OLD.summary, 'reported_by', OLD.reported_by, 'reported_at', OLD.reported_at, 'handled_on', OLD.handled_on, 'handling', OLD.handling, 'handled_by', OLD.handled_by)); END;

CREATE TRIGGER audit_situation_report_insert AFTER INSERT ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'summary', NEW.summary, 'reported_by', NEW.reported_by, 'reported_at', NEW.reported_at, 'handled_on', NEW.handled_on, 'handling', NEW.handling, 'handled_by', NEW.handled_by)); END;

CREATE TRIGGER audit_situation_report_update AFTER UPDATE ON situation_report BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'kind', OLD.kind, 'occurred_on', OLD.occurred_on, 'summary', OLD.summary, 'reported_by', OLD.reported_by, 'reported_at', OLD.reported_at, 'handled_on', OLD.handled_on, 'handling', OLD.handling, 'handled_by', OLD.handled_by)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('situation_report', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'kind', NEW.kind, 'occurred_on', NEW.occurred_on, 'summary', NEW.summary, 'reported_by', NEW.reported_by, 'reported_at', NEW.reported_at, 'handled_on', NEW.handled_on, 'handling', NEW.handling, 'handled_by', NEW.handled_by)); END;

CREATE TRIGGER audit_staff_pledge_delete AFTER DELETE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), json_object('election_id', OLD.election_id, 'guidance_member_id', OLD.guidance_member_id, 'signed_on', OLD.signed_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_staff_pledge_insert AFTER INSERT ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'insert', json_array(NEW.election_id, NEW.guidance_member_id), json_object('election_id', NEW.election_id, 'guidance_member_id', NEW.guidance_member_id, 'signed_on', NEW.signed_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_staff_pledge_update AFTER UPDATE ON staff_pledge BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'delete', json_array(OLD.election_id, OLD.guidance_member_id), json_object('election_id', OLD.election_id, 'guidance_member_id', OLD.guidance_member_id, 'signed_on', OLD.signed_on, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_pledge', 'insert', json_array(NEW.election_id, NEW.guidance_member_id), json_object('election_id', NEW.election_id, 'guidance_member_id', NEW.guidance_member_id, 'signed_on', NEW.signed_on, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_staff_teller_delete AFTER DELETE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), json_object('election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); END;

CREATE TRIGGER audit_staff_teller_insert AFTER INSERT ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'insert', json_array(NEW.election_id, NEW.name), json_object('election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

CREATE TRIGGER audit_staff_teller_update AFTER UPDATE ON staff_teller BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'delete', json_array(OLD.election_id, OLD.name), json_object('election_id', OLD.election_id, 'name', OLD.name, 'position', OLD.position)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('staff_teller', 'insert', json_array(NEW.election_id, NEW.name), json_object('election_id', NEW.election_id, 'name', NEW.name, 'position', NEW.position)); END;

CREATE TRIGGER audit_step_due_delete AFTER DELETE ON step_due BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), json_object('township_id', OLD.township_id, 'step', OLD.step, 'due_on', OLD.due_on, 'set_by', OLD.set_by)); END;

CREATE TRIGGER audit_step_due_insert AFTER INSERT ON step_due BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'insert', json_array(NEW.township_id, NEW.step), json_object('township_id', NEW.township_id, 'step', NEW.step, 'due_on', NEW.due_on, 'set_by', NEW.set_by)); END;

CREATE TRIGGER audit_step_due_update AFTER UPDATE ON step_due BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'delete', json_array(OLD.township_id, OLD.step), json_object('township_id', OLD.township_id, 'step', OLD.step, 'due_on', OLD.due_on, 'set_by', OLD.set_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_due', 'insert', json_array(NEW.township_id, NEW.step), json_object('township_id', NEW.township_id, 'step', NEW.step, 'due_on', NEW.due_on, 'set_by', NEW.set_by)); END;

CREATE TRIGGER audit_step_outcome_delete AFTER DELETE ON step_outcome BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'delete', json_array(OLD.election_id, OLD.step), json_object('election_id', OLD.election_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_step_outcome_insert AFTER INSERT ON step_outcome BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'insert', json_array(NEW.election_id, NEW.step), json_object('election_id', NEW.election_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_step_outcome_update AFTER UPDATE ON step_outcome BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'delete', json_array(OLD.election_id, OLD.step), json_object('election_id', OLD.election_id, 'step', OLD.step, 'outcome', OLD.outcome, 'happened_on', OLD.happened_on, 'reason', OLD.reason, 'operator_id', OLD.operator_id, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_outcome', 'insert', json_array(NEW.election_id, NEW.step), json_object('election_id', NEW.election_id, 'step', NEW.step, 'outcome', NEW.outcome, 'happened_on', NEW.happened_on, 'reason', NEW.reason, 'operator_id', NEW.operator_id, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_step_record_delete AFTER DELETE ON step_record BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); END;

CREATE TRIGGER audit_step_record_insert AFTER INSERT ON step_record BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_step_record_update AFTER UPDATE ON step_record BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'step', OLD.step, 'kind', OLD.kind, 'dated', OLD.dated, 'title', OLD.title, 'summary', OLD.summary, 'reference', OLD.reference, 'sha256', OLD.sha256)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('step_record', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'step', NEW.step, 'kind', NEW.kind, 'dated', NEW.dated, 'title', NEW.title, 'summary', NEW.summary, 'reference', NEW.reference, 'sha256', NEW.sha256)); END;

CREATE TRIGGER audit_structure_acknowledgement_delete AFTER DELETE ON structure_acknowledgement BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'delete', json_array(OLD.election_id, OLD.stage, OLD.kind), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'kind', OLD.kind, 'reason', OLD.reason, 'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at)); END;

CREATE TRIGGER audit_structure_acknowledgement_insert AFTER INSERT ON structure_acknowledgement BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'insert', json_array(NEW.election_id, NEW.stage, NEW.kind), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'kind', NEW.kind, 'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by, 'acknowledged_at', NEW.acknowledged_at)); END;

CREATE TRIGGER audit_structure_acknowledgement_update AFTER UPDATE ON structure_acknowledgement BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'delete', json_array(OLD.election_id, OLD.stage, OLD.kind), json_object('election_id', OLD.election_id, 'stage', OLD.stage, 'kind', OLD.kind, 'reason', OLD.reason, 'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('structure_acknowledgement', 'insert', json_array(NEW.election_id, NEW.stage, NEW.kind), json_object('election_id', NEW.election_id, 'stage', NEW.stage, 'kind', NEW.kind, 'reason', NEW.reason, 'acknowledged_by', NEW.acknowledged_by, 'acknowledged_at', NEW.acknowledged_at)); END;

CREATE TRIGGER audit_tally_sheet_delete AFTER DELETE ON tally_sheet BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'entered_by', OLD.entered_by)); END;

CREATE TRIGGER audit_tally_sheet_insert AFTER INSERT ON tally_sheet BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'entered_by', NEW.entered_by)); END;

CREATE TRIGGER audit_tally_sheet_update AFTER UPDATE ON tally_sheet BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'delete', json_array(OLD.round_id), json_object('round_id', OLD.round_id, 'count', OLD.count, 'entered_by', OLD.entered_by)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('tally_sheet', 'insert', json_array(NEW.round_id), json_object('round_id', NEW.round_id, 'count', NEW.count, 'entered_by', NEW.entered_by)); END;

CREATE TRIGGER audit_term_review_delete AFTER DELETE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reviewed_on', OLD.reviewed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_term_review_insert AFTER INSERT ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reviewed_on', NEW.reviewed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_term_review_update AFTER UPDATE ON term_review BEGIN INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'reviewed_on', OLD.reviewed_on, 'satisfied', OLD.satisfied, 'basically_satisfied', OLD.basically_satisfied, 'dissatisfied', OLD.dissatisfied, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO audit_change (tbl, op, pk, row) VALUES ('term_review', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'reviewed_on', NEW.reviewed_on, 'satisfied', NEW.satisfied, 'basically_satisfied', NEW.basically_satisfied, 'dissatisfied', NEW.dissatisfied, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_township_recommendation_delete AFTER DELETE ON township_recommendation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'posts', OLD.posts)); END;

CREATE TRIGGER audit_township_recommendation_insert AFTER INSERT ON township_recommendation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

CREATE TRIGGER audit_township_recommendation_update AFTER UPDATE ON township_recommendation BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'delete', json_array(OLD.election_id, OLD.member_id), json_object('election_id', OLD.election_id, 'member_id', OLD.member_id, 'posts', OLD.posts)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('township_recommendation', 'insert', json_array(NEW.election_id, NEW.member_id), json_object('election_id', NEW.election_id, 'member_id', NEW.member_id, 'posts', NEW.posts)); END;

CREATE TRIGGER audit_trust_anchor_delete AFTER DELETE ON trust_anchor BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), json_object('public_key', OLD.public_key, 'operator_name', OLD.operator_name, 'county_code', OLD.county_code, 'imported_at', OLD.imported_at)); END;

CREATE TRIGGER audit_trust_anchor_insert AFTER INSERT ON trust_anchor BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'insert', json_array(NEW.public_key), json_object('public_key', NEW.public_key, 'operator_name', NEW.operator_name, 'county_code', NEW.county_code, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_trust_anchor_update AFTER UPDATE ON trust_anchor BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'delete', json_array(OLD.public_key), json_object('public_key', OLD.public_key, 'operator_name', OLD.operator_name, 'county_code', OLD.county_code, 'imported_at', OLD.imported_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('trust_anchor', 'insert', json_array(NEW.public_key), json_object('public_key', NEW.public_key, 'operator_name', NEW.operator_name, 'county_code', NEW.county_code, 'imported_at', NEW.imported_at)); END;

CREATE TRIGGER audit_vetting_answer_delete AFTER DELETE ON vetting_answer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'delete', json_array(OLD.election_id, OLD.department, OLD.member_id), json_object('election_id', OLD.election_id, 'department', OLD.department, 'member_id', OLD.member_id, 'clear', OLD.clear, 'detail', OLD.detail, 'finding_id', OLD.finding_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); END;

CREATE TRIGGER audit_vetting_answer_insert AFTER INSERT ON vetting_answer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'insert', json_array(NEW.election_id, NEW.department, NEW.member_id), json_object('election_id', NEW.election_id, 'department', NEW.department, 'member_id', NEW.member_id, 'clear', NEW.clear, 'detail', NEW.detail, 'finding_id', NEW.finding_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_vetting_answer_update AFTER UPDATE ON vetting_answer BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'delete', json_array(OLD.election_id, OLD.department, OLD.member_id), json_object('election_id', OLD.election_id, 'department', OLD.department, 'member_id', OLD.member_id, 'clear', OLD.clear, 'detail', OLD.detail, 'finding_id', OLD.finding_id, 'recorded_by', OLD.recorded_by, 'recorded_at', OLD.recorded_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('vetting_answer', 'insert', json_array(NEW.election_id, NEW.department, NEW.member_id), json_object('election_id', NEW.election_id, 'department', NEW.department, 'member_id', NEW.member_id, 'clear', NEW.clear, 'detail', NEW.detail, 'finding_id', NEW.finding_id, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at)); END;

CREATE TRIGGER audit_voting_round_delete AFTER DELETE ON voting_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'number', OLD.number, 'kind', OLD.kind, 'body', OLD.body, 'seats', OLD.seats, 'candidates', OLD.candidates, 'expected', OLD.expected, 'present', OLD.present, 'issued', OLD.issued, 'returned', OLD.returned, 'state', OLD.state, 'previous_round_id', OLD.previous_round_id, 'opened_at', OLD.opened_at, 'closed_at', OLD.closed_at)); END;

CREATE TRIGGER audit_voting_round_insert AFTER INSERT ON voting_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'number', NEW.number, 'kind', NEW.kind, 'body', NEW.body, 'seats', NEW.seats, 'candidates', NEW.candidates, 'expected', NEW.expected, 'present', NEW.present, 'issued', NEW.issued, 'returned', NEW.returned, 'state', NEW.state, 'previous_round_id', NEW.previous_round_id, 'opened_at', NEW.opened_at, 'closed_at', NEW.closed_at)); END;

CREATE TRIGGER audit_voting_round_update AFTER UPDATE ON voting_round BEGIN INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'delete', json_array(OLD.id), json_object('id', OLD.id, 'election_id', OLD.election_id, 'number', OLD.number, 'kind', OLD.kind, 'body', OLD.body, 'seats', OLD.seats, 'candidates', OLD.candidates, 'expected', OLD.expected, 'present', OLD.present, 'issued', OLD.issued, 'returned', OLD.returned, 'state', OLD.state, 'previous_round_id', OLD.previous_round_id, 'opened_at', OLD.opened_at, 'closed_at', OLD.closed_at)); INSERT INTO "audit_change" (tbl, op, pk, row) VALUES ('voting_round', 'insert', json_array(NEW.id), json_object('id', NEW.id, 'election_id', NEW.election_id, 'number', NEW.number, 'kind', NEW.kind, 'body', NEW.body, 'seats', NEW.seats, 'candidates', NEW.candidates, 'expected', NEW.expected, 'present', NEW.present, 'issued', NEW.issued, 'returned', NEW.returned, 'state', NEW.state, 'previous_round_id', NEW.previous_round_id, 'opened_at', NEW.opened_at, 'closed_at', NEW.closed_at)); END;

CREATE TRIGGER ballot_entry_frozen_delete BEFORE DELETE ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = OLD.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;

CREATE TRIGGER ballot_entry_frozen_insert BEFORE INSERT ON ballot_entry
WHEN (SELECT state FROM voting_round WHERE id = NEW.round_id) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;

CREATE TRIGGER bulk_insert_frozen_delete BEFORE DELETE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;

CREATE TRIGGER bulk_insert_frozen_update BEFORE UPDATE ON bulk_insert
BEGIN SELECT RAISE(ABORT, 'a bulk insert record is final'); END;

CREATE TRIGGER calendar_day_frozen_delete BEFORE DELETE ON calendar_day
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;

CREATE TRIGGER calendar_day_frozen_update BEFORE UPDATE ON calendar_day
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;

CREATE TRIGGER calendar_import_frozen_delete BEFORE DELETE ON calendar_import
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;

CREATE TRIGGER calendar_import_frozen_update BEFORE UPDATE ON calendar_import
BEGIN SELECT RAISE(ABORT, 'a calendar import is final'); END;

CREATE TRIGGER candidacy_revocation_frozen_delete BEFORE DELETE ON candidacy_revocation
BEGIN SELECT RAISE(ABORT, 'candidacy_revocation is append-only'); END;

CREATE TRIGGER candidacy_revocation_frozen_update BEFORE UPDATE ON candidacy_revocation
BEGIN SELECT RAISE(ABORT, 'candidacy_revocation is append-only'); END;

CREATE TRIGGER case_step_outcome_frozen_delete BEFORE DELETE ON case_step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER case_step_outcome_frozen_update BEFORE UPDATE ON case_step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER case_step_record_frozen_delete BEFORE DELETE ON case_step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;

CREATE TRIGGER case_step_record_frozen_update BEFORE UPDATE ON case_step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;

CREATE TRIGGER closed_round_frozen BEFORE UPDATE ON voting_round
WHEN OLD.state <> 'open'
BEGIN SELECT RAISE(ABORT, 'a closed round never changes'); END;

CREATE TRIGGER congress_adjournment_frozen_delete BEFORE DELETE ON congress_adjournment
BEGIN SELECT RAISE(ABORT, 'congress_adjournment is append-only'); END;

CREATE TRIGGER congress_adjournment_frozen_update BEFORE UPDATE ON congress_adjournment
BEGIN SELECT RAISE(ABORT, 'congress_adjournment is append-only'); END;

CREATE TRIGGER counted_ballot_no_delete BEFORE DELETE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;

CREATE TRIGGER counted_ballot_no_update BEFORE UPDATE ON counted_ballot
BEGIN SELECT RAISE(ABORT, 'a counted ballot never changes'); END;

CREATE TRIGGER election_rectification_decision_frozen_delete BEFORE DELETE ON election_rectification_decision
BEGIN SELECT RAISE(ABORT, 'a recorded decision is final'); END;

CREATE TRIGGER election_rectification_decision_frozen_update BEFORE UPDATE ON election_rectification_decision
BEGIN SELECT RAISE(ABORT, 'a recorded decision is final'); END;

CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END;

CREATE TRIGGER event_no_update BEFORE UPDATE ON event WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END;

CREATE TRIGGER grading_area_score_frozen_delete BEFORE DELETE ON grading_area_score
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;

CREATE TRIGGER grading_area_score_frozen_update BEFORE UPDATE ON grading_area_score
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;

CREATE TRIGGER grading_grade_frozen_delete BEFORE DELETE ON grading_grade
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;

CREATE TRIGGER grading_grade_frozen_update BEFORE UPDATE ON grading_grade
BEGIN SELECT RAISE(ABORT, 'a recorded grade is final'); END;

CREATE TRIGGER grading_objection_decision_frozen_delete BEFORE DELETE ON grading_objection_decision
BEGIN SELECT RAISE(ABORT, 'an objection decision is final'); END;

CREATE TRIGGER grading_objection_decision_frozen_update BEFORE UPDATE ON grading_objection_decision
BEGIN SELECT RAISE(ABORT, 'an objection decision is final'); END;

CREATE TRIGGER grading_objection_frozen_delete BEFORE DELETE ON grading_objection
BEGIN SELECT RAISE(ABORT, 'an objection is final'); END;

CREATE TRIGGER grading_objection_frozen_update BEFORE UPDATE ON grading_objection
BEGIN SELECT RAISE(ABORT, 'an objection is final'); END;

CREATE TRIGGER grading_rating_sheet_frozen_delete BEFORE DELETE ON grading_rating_sheet
BEGIN SELECT RAISE(ABORT, 'an entered rating sheet is final'); END;

CREATE TRIGGER grading_rating_sheet_frozen_update BEFORE UPDATE ON grading_rating_sheet
BEGIN SELECT RAISE(ABORT, 'an entered rating sheet is final'); END;

CREATE TRIGGER nominee_proposal_frozen_delete BEFORE DELETE ON nominee_proposal
BEGIN SELECT RAISE(ABORT, 'nominee_proposal is append-only'); END;

CREATE TRIGGER nominee_proposal_frozen_update BEFORE UPDATE ON nominee_proposal
BEGIN SELECT RAISE(ABORT, 'nominee_proposal is append-only'); END;

CREATE TRIGGER procedure_case_frozen_delete BEFORE DELETE ON procedure_case
BEGIN SELECT RAISE(ABORT, 'a procedure case is final'); END;

CREATE TRIGGER procedure_case_frozen_update BEFORE UPDATE ON procedure_case
BEGIN SELECT RAISE(ABORT, 'a procedure case is final'); END;

CREATE TRIGGER procedure_catalog_no_delete BEFORE DELETE ON procedure_catalog
BEGIN SELECT RAISE(ABORT, 'a registered procedure catalog never changes'); END;

CREATE TRIGGER procedure_catalog_no_update BEFORE UPDATE ON procedure_catalog
BEGIN SELECT RAISE(ABORT, 'a registered procedure catalog never changes'); END;

CREATE TRIGGER rectification_assessment_frozen_delete BEFORE DELETE ON rectification_assessment
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_assessment_frozen_update BEFORE UPDATE ON rectification_assessment
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_measure_frozen_delete BEFORE DELETE ON rectification_measure
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_measure_frozen_update BEFORE UPDATE ON rectification_measure
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_problem_frozen_delete BEFORE DELETE ON rectification_problem
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_problem_frozen_update BEFORE UPDATE ON rectification_problem
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_progress_frozen_delete BEFORE DELETE ON rectification_progress
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_progress_frozen_update BEFORE UPDATE ON rectification_progress
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_team_frozen_delete BEFORE DELETE ON rectification_team
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER rectification_team_frozen_update BEFORE UPDATE ON rectification_team
BEGIN SELECT RAISE(ABORT, 'a rectification record is final'); END;

CREATE TRIGGER result_review_no_delete BEFORE DELETE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;

CREATE TRIGGER result_review_no_update BEFORE UPDATE ON result_review
BEGIN SELECT RAISE(ABORT, 'reviews are final'); END;

CREATE TRIGGER round_result_no_delete BEFORE DELETE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;

CREATE TRIGGER round_result_no_update BEFORE UPDATE ON round_result
BEGIN SELECT RAISE(ABORT, 'a round result never changes'); END;

CREATE TRIGGER secretary_assessment_frozen_delete BEFORE DELETE ON secretary_assessment
BEGIN SELECT RAISE(ABORT, 'secretary_assessment is append-only'); END;

CREATE TRIGGER secretary_assessment_frozen_update BEFORE UPDATE ON secretary_assessment
BEGIN SELECT RAISE(ABORT, 'secretary_assessment is append-only'); END;

CREATE TRIGGER step_outcome_no_delete BEFORE DELETE ON step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER step_outcome_no_update BEFORE UPDATE ON step_outcome
BEGIN SELECT RAISE(ABORT, 'step outcomes are final'); END;

CREATE TRIGGER step_record_no_delete BEFORE DELETE ON step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;

CREATE TRIGGER step_record_no_update BEFORE UPDATE ON step_record
BEGIN SELECT RAISE(ABORT, 'step records are final'); END;

CREATE VIEW audit_image_adjourned_attendance AS SELECT json_array(adjourned_attendance.election_id, adjourned_attendance.sitting, adjourned_attendance.member_id) AS pk, json_object('election_id', adjourned_attendance.election_id, 'sitting', adjourned_attendance.sitting, 'member_id', adjourned_attendance.member_id) AS row FROM adjourned_attendance;

CREATE VIEW audit_image_approval AS SELECT json_array(approval.id) AS pk, json_object('id', approval.id, 'election_id', approval.election_id, 'subject', approval.subject, 'step', approval.step, 'level', approval.level, 'digest', approval.digest, 'figure', approval.figure, 'note', approval.note, 'operator_id', approval.operator_id, 'approved_at', approval.approved_at) AS row FROM approval;

CREATE VIEW audit_image_archive_filing AS SELECT json_array(archive_filing.election_id) AS pk, json_object('election_id', archive_filing.election_id, 'bundle_sha256', archive_filing.bundle_sha256, 'head_event', archive_filing.head_event, 'head_hash', archive_filing.head_hash, 'signatures', archive_filing.signatures, 'filed_on', archive_filing.filed_on, 'filed_by', archive_filing.filed_by, 'filed_at', archive_filing.filed_at) AS row FROM archive_filing;

CREATE VIEW audit_image_archived_election AS SELECT json_array(archived_election.id) AS pk, json_object('id', archived_election.id, 'bundle_sha256', archived_election.bundle_sha256, 'county_code', archived_election.county_code, 'township_name', archived_election.township_name, 'organization_code', archived_election.organization_code, 'organization_name', archived_election.organization_name, 'title', archived_election.title, 'procedure', archived_election.procedure, 'done', archived_election.done, 'total', archived_election.total, 'summary', archived_election.summary, 'bundle', archived_election.bundle, 'imported_by', archived_election.imported_by, 'imported_at', archived_election.imported_at) AS row FROM archived_election;

CREATE VIEW audit_image_attendance AS SELECT json_array(attendance.election_id, attendance.body, attendance.member_id) AS pk, json_object('election_id', attendance.election_id, 'body', attendance.body, 'member_id', attendance.member_id) AS row FROM attendance;

CREATE VIEW audit_image_attendance_exclusion AS SELECT json_array(attendance_exclusion.id) AS pk, json_object('id', attendance_exclusion.id, 'election_id', attendance_exclusion.election_id, 'member_id', attendance_exclusion.member_id, 'reason', attendance_exclusion.reason, 'detail', attendance_exclusion.detail, 'proposed_by', attendance_exclusion.proposed_by, 'proposed_at', attendance_exclusion.proposed_at, 'higher_agreed_by', attendance_exclusion.higher_agreed_by, 'higher_agreed_at', attendance_exclusion.higher_agreed_at, 'congress_approved_by', attendance_exclusion.congress_approved_by, 'congress_approved_on', attendance_exclusion.congress_approved_on) AS row FROM attendance_exclusion;

CREATE VIEW audit_image_ballot_entry AS SELECT json_array(ballot_entry.round_id, ballot_entry.entry, ballot_entry.position) AS pk, json_object('round_id', ballot_entry.round_id, 'entry', ballot_entry.entry, 'position', ballot_entry.position, 'ballot', ballot_entry.ballot, 'entered_by', ballot_entry.entered_by) AS row FROM ballot_entry;

CREATE VIEW audit_image_bulk_insert AS SELECT json_array(bulk_insert.id) AS pk, json_object('id', bulk_insert.id, 'tbl', bulk_insert.tbl, 'scope', bulk_insert.scope, 'first', bulk_insert.first, 'last', bulk_insert.last, 'rows', bulk_insert.rows, 'sha256', bulk_insert.sha256) AS row FROM bulk_insert;

CREATE VIEW audit_image_calendar_day AS SELECT json_array(calendar_day.import_id, calendar_day.day) AS pk, json_object('import_id', calendar_day.import_id, 'day', calendar_day.day, 'kind', calendar_day.kind, 'name', calendar_day.name) AS row FROM calendar_day;

CREATE VIEW audit_image_calendar_import AS SELECT json_array(calendar_import.id) AS pk, json_object('id', calendar_import.id, 'year', calendar_import.year, 'sha256', calendar_import.sha256, 'source', calendar_import.source, 'imported_by', calendar_import.imported_by, 'imported_at', calendar_import.imported_at) AS row FROM calendar_import;

CREATE VIEW audit_image_candidacy_revocation AS SELECT json_array(candidacy_revocation.election_id, candidacy_revocation.member_id) AS pk, json_object('election_id', candidacy_revocation.election_id, 'member_id', candidacy_revocation.member_id, 'kind', candidacy_revocation.kind, 'finding_id', candidacy_revocation.finding_id, 'reason', candidacy_revocation.reason, 'county_told_on', candidacy_revocation.county_told_on, 'decided_by', candidacy_revocation.decided_by, 'decided_at', candidacy_revocation.decided_at) AS row FROM candidacy_revocation;

CREATE VIEW audit_image_case_step_outcome AS SELECT json_array(case_step_outcome.case_id, case_step_outcome.step) AS pk, json_object('case_id', case_step_outcome.case_id, 'step', case_step_outcome.step, 'outcome', case_step_outcome.outcome, 'happened_on', case_step_outcome.happened_on, 'reason', case_step_outcome.reason, 'operator_id', case_step_outcome.operator_id, 'recorded_at', case_step_outcome.recorded_at) AS row FROM case_step_outcome;

CREATE VIEW audit_image_case_step_record AS SELECT json_array(case_step_record.id) AS pk, json_object('id', case_step_record.id, 'case_id', case_step_record.case_id, 'step', case_step_record.step, 'kind', case_step_record.kind, 'dated', case_step_record.dated, 'title', case_step_record.title, 'summary', case_step_record.summary, 'reference', case_step_record.reference, 'sha256', case_step_record.sha256) AS row FROM case_step_record;

CREATE VIEW audit_image_congress_adjournment AS SELECT json_array(congress_adjournment.id) AS pk, json_object('id', congress_adjournment.id, 'election_id', congress_adjournment.election_id, 'sitting', congress_adjournment.sitting, 'reason', congress_adjournment.reason, 'note', congress_adjournment.note, 'present', congress_adjournment.present, 'expected', congress_adjournment.expected, 'adjourned_on', congress_adjournment.adjourned_on, 'reconvene_on', congress_adjournment.reconvene_on, 'rounds_before', congress_adjournment.rounds_before, 'recorded_by', congress_adjournment.recorded_by, 'recorded_at', congress_adjournment.recorded_at) AS row FROM congress_adjournment;

CREATE VIEW audit_image_congress_officer AS SELECT json_array(congress_officer.election_id, congress_officer.member_id) AS pk, json_object('election_id', congress_officer.election_id, 'member_id', congress_officer.member_id, 'duty', congress_officer.duty) AS row FROM congress_officer;

CREATE VIEW audit_image_counselling_talk AS SELECT json_array(counselling_talk.election_id, counselling_talk.member_id) AS pk, json_object('election_id', counselling_talk.election_id, 'member_id', counselling_talk.member_id, 'talked_on', counselling_talk.talked_on, 'talked_by', counselling_talk.talked_by, 'note', counselling_talk.note, 'treatment', counselling_talk.treatment, 'recorded_by', counselling_talk.recorded_by, 'recorded_at', counselling_talk.recorded_at) AS row FROM counselling_talk;

CREATE VIEW audit_image_counted_ballot AS SELECT json_array(counted_ballot.round_id, counted_ballot.position) AS pk, json_object('round_id', counted_ballot.round_id, 'position', counted_ballot.position, 'ballot', counted_ballot.ballot) AS row FROM counted_ballot;

CREATE VIEW audit_image_election AS SELECT json_array(election.id) AS pk, json_object('id', election.id, 'organization_id', election.organization_id, 'title', election.title, 'catalog_id', election.catalog_id, 'rule_set', election.rule_set, 'congress_date', election.congress_date, 'weak_and_lax', election.weak_and_lax, 'created_by', election.created_by, 'created_at', election.created_at) AS row FROM election;

CREATE VIEW audit_image_election_method AS SELECT json_array(election_method.election_id) AS pk, json_object('election_id', election_method.election_id, 'threshold_base', election_method.threshold_base, 'quorum_comparison', election_method.quorum_comparison, 'secretary_mode', election_method.secretary_mode, 'adopted_on', election_method.adopted_on, 'recorded_by', election_method.recorded_by, 'recorded_at', election_method.recorded_at) AS row FROM election_method;

CREATE VIEW audit_image_election_rectification_decision AS SELECT json_array(election_rectification_decision.election_id) AS pk, json_object('election_id', election_rectification_decision.election_id, 'decided_on', election_rectification_decision.decided_on, 'reason', election_rectification_decision.reason, 'decided_by', election_rectification_decision.decided_by, 'decided_at', election_rectification_decision.decided_at) AS row FROM election_rectification_decision;

CREATE VIEW audit_image_exit_audit AS SELECT json_array(exit_audit.election_id, exit_audit.member_id) AS pk, json_object('election_id', exit_audit.election_id, 'member_id', exit_audit.member_id, 'audited_on', exit_audit.audited_on, 'auditor', exit_audit.auditor, 'problems', exit_audit.problems, 'handling', exit_audit.handling, 'handled_on', exit_audit.handled_on, 'recorded_by', exit_audit.recorded_by, 'recorded_at', exit_audit.recorded_at) AS row FROM exit_audit;

CREATE VIEW audit_image_filing AS SELECT json_array(filing.id) AS pk, json_object('id', filing.id, 'election_id', filing.election_id, 'subject', filing.subject, 'figure', filing.figure, 'filed_on', filing.filed_on, 'reference', filing.reference, 'operator_id', filing.operator_id, 'recorded_at', filing.recorded_at) AS row FROM filing;

CREATE VIEW audit_image_further_round_limit AS SELECT json_array(further_round_limit.election_id) AS pk, json_object('election_id', further_round_limit.election_id, 'max_rounds', further_round_limit.max_rounds) AS row FROM further_round_limit;

CREATE VIEW audit_image_grading_area_score AS SELECT json_array(grading_area_score.grade_id, grading_area_score.area) AS pk, json_object('grade_id', grading_area_score.grade_id, 'area', grading_area_score.area, 'tenths', grading_area_score.tenths) AS row FROM grading_area_score;

CREATE VIEW audit_image_grading_grade AS SELECT json_array(grading_grade.id) AS pk, json_object('id', grading_grade.id, 'case_id', grading_grade.case_id, 'stage', grading_grade.stage, 'grade', grading_grade.grade, 'score_tenths', grading_grade.score_tenths, 'decided_on', grading_grade.decided_on, 'note', grading_grade.note, 'recorded_by', grading_grade.recorded_by, 'recorded_at', grading_grade.recorded_at) AS row FROM grading_grade;

CREATE VIEW audit_image_grading_objection AS SELECT json_array(grading_objection.id) AS pk, json_object('id', grading_objection.id, 'case_id', grading_objection.case_id, 'filed_on', grading_objection.filed_on, 'filed_by', grading_objection.filed_by, 'summary', grading_objection.summary, 'recorded_by', grading_objection.recorded_by, 'recorded_at', grading_objection.recorded_at) AS row FROM grading_objection;

CREATE VIEW audit_image_grading_objection_decision AS SELECT json_array(grading_objection_decision.objection_id) AS pk, json_object('objection_id', grading_objection_decision.objection_id, 'decided_on', grading_objection_decision.decided_on, 'upheld', grading_objection_decision.upheld, 'grade', grading_objection_decision.grade, 'reason', grading_objection_decision.reason, 'decided_by', grading_objection_decision.decided_by, 'decided_at', grading_objection_decision.decided_at) AS row FROM grading_objection_decision;

CREATE VIEW audit_image_grading_rating_sheet AS SELECT json_array(grading_rating_sheet.id) AS pk, json_object('id', grading_rating_sheet.id, 'case_id', grading_rating_sheet.case_id, 'entry', grading_rating_sheet.entry, 'ballots', grading_rating_sheet.ballots, 'entered_by', grading_rating_sheet.entered_by, 'entered_at', grading_rating_sheet.entered_at) AS row FROM grading_rating_sheet;

CREATE VIEW audit_image_guidance_member AS SELECT json_array(guidance_member.id) AS pk, json_object('id', guidance_member.id, 'election_id', guidance_member.election_id, 'name', guidance_member.name, 'position', guidance_member.position) AS row FROM guidance_member;

CREATE VIEW audit_image_list_completion AS SELECT json_array(list_completion.election_id, list_completion.member_id) AS pk, json_object('election_id', list_completion.election_id, 'member_id', list_completion.member_id, 'reason', list_completion.reason, 'publicity_start', list_completion.publicity_start, 'publicity_days', list_completion.publicity_days, 'publicity_place', list_completion.publicity_place, 'proposed_by', list_completion.proposed_by, 'proposed_at', list_completion.proposed_at, 'approved_on', list_completion.approved_on, 'approved_by', list_completion.approved_by, 'approved_at', list_completion.approved_at) AS row FROM list_completion;

CREATE VIEW audit_image_list_entry AS SELECT json_array(list_entry.election_id, list_entry.stage, list_entry.member_id) AS pk, json_object('election_id', list_entry.election_id, 'stage', list_entry.stage, 'member_id', list_entry.member_id, 'posts', list_entry.posts) AS row FROM list_entry;

CREATE VIEW audit_image_member AS SELECT json_array(member.id) AS pk, json_object('id', member.id, 'organization_id', member.organization_id, 'name', member.name, 'gender', member.gender, 'birth_date', member.birth_date, 'id_number', member.id_number, 'education', member.education, 'joined_date', member.joined_date, 'status', member.status, 'discipline', member.discipline, 'probation_start', member.probation_start, 'probation_end', member.probation_end, 'away', member.away, 'phone', member.phone, 'created_at', member.created_at, 'updated_at', member.updated_at) AS row FROM member;

CREATE VIEW audit_image_member_attribute AS SELECT json_array(member_attribute.member_id, member_attribute.kind, member_attribute.code) AS pk, json_object('member_id', member_attribute.member_id, 'kind', member_attribute.kind, 'code', member_attribute.code, 'recorded_by', member_attribute.recorded_by, 'recorded_at', member_attribute.recorded_at) AS row FROM member_attribute;

CREATE VIEW audit_image_nominee_decision AS SELECT json_array(nominee_decision.election_id, nominee_decision.member_id, nominee_decision.kind) AS pk, json_object('election_id', nominee_decision.election_id, 'member_id', nominee_decision.member_id, 'kind', nominee_decision.kind, 'township_by', nominee_decision.township_by, 'township_at', nominee_decision.township_at, 'county_by', nominee_decision.county_by, 'county_at', nominee_decision.county_at, 'note', nominee_decision.note) AS row FROM nominee_decision;

CREATE VIEW audit_image_nominee_finding AS SELECT json_array(nominee_finding.id) AS pk, json_object('id', nominee_finding.id, 'election_id', nominee_finding.election_id, 'member_id', nominee_finding.member_id, 'kind', nominee_finding.kind, 'code', nominee_finding.code, 'source', nominee_finding.source, 'detail', nominee_finding.detail, 'recorded_by', nominee_finding.recorded_by, 'recorded_at', nominee_finding.recorded_at) AS row FROM nominee_finding;

CREATE VIEW audit_image_nominee_health AS SELECT json_array(nominee_health.election_id, nominee_health.member_id) AS pk, json_object('election_id', nominee_health.election_id, 'member_id', nominee_health.member_id, 'fit', nominee_health.fit, 'basis', nominee_health.basis, 'attested_on', nominee_health.attested_on, 'recorded_by', nominee_health.recorded_by, 'recorded_at', nominee_health.recorded_at) AS row FROM nominee_health;

CREATE VIEW audit_image_nominee_proposal AS SELECT json_array(nominee_proposal.id) AS pk, json_object('id', nominee_proposal.id, 'election_id', nominee_proposal.election_id, 'post', nominee_proposal.post, 'member_id', nominee_proposal.member_id, 'reason', nominee_proposal.reason, 'county_told_on', nominee_proposal.county_told_on, 'votes_before', nominee_proposal.votes_before, 'proposed_by', nominee_proposal.proposed_by, 'proposed_at', nominee_proposal.proposed_at) AS row FROM nominee_proposal;

CREATE VIEW audit_image_nominee_sanction AS SELECT json_array(nominee_sanction.election_id, nominee_sanction.member_id) AS pk, json_object('election_id', nominee_sanction.election_id, 'member_id', nominee_sanction.member_id, 'effect_until', nominee_sanction.effect_until, 'detail', nominee_sanction.detail) AS row FROM nominee_sanction;

CREATE VIEW audit_image_objection AS SELECT json_array(objection.id) AS pk, json_object('id', objection.id, 'election_id', objection.election_id, 'member_id', objection.member_id, 'received_on', objection.received_on, 'summary', objection.summary, 'resolution', objection.resolution, 'resolution_reason', objection.resolution_reason, 'resolved_by', objection.resolved_by, 'resolved_at', objection.resolved_at, 'recorded_by', objection.recorded_by, 'recorded_at', objection.recorded_at) AS row FROM objection;

CREATE VIEW audit_image_operator AS SELECT json_array(operator.id) AS pk, json_object('id', operator.id, 'name', operator.name, 'role', operator.role, 'organization_id', operator.organization_id, 'created_at', operator.created_at) AS row FROM operator;

CREATE VIEW audit_image_operator_key AS SELECT json_array(operator_key.id) AS pk, json_object('id', operator_key.id, 'operator_id', operator_key.operator_id, 'public_key', operator_key.public_key, 'registered_at', operator_key.registered_at) AS row FROM operator_key;

CREATE VIEW audit_image_organization AS SELECT json_array(organization.id) AS pk, json_object('id', organization.id, 'code', organization.code, 'name', organization.name, 'level', organization.level, 'parent_id', organization.parent_id, 'previous_committee_size', organization.previous_committee_size, 'created_at', organization.created_at) AS row FROM organization;

CREATE VIEW audit_image_outgoing_member AS SELECT json_array(outgoing_member.election_id, outgoing_member.member_id) AS pk, json_object('election_id', outgoing_member.election_id, 'member_id', outgoing_member.member_id, 'post', outgoing_member.post) AS row FROM outgoing_member;

CREATE VIEW audit_image_pledge AS SELECT json_array(pledge.election_id, pledge.member_id) AS pk, json_object('election_id', pledge.election_id, 'member_id', pledge.member_id, 'signed_on', pledge.signed_on, 'document_sha256', pledge.document_sha256, 'published_on', pledge.published_on, 'recorded_by', pledge.recorded_by, 'recorded_at', pledge.recorded_at) AS row FROM pledge;

CREATE VIEW audit_image_procedure_case AS SELECT json_array(procedure_case.id) AS pk, json_object('id', procedure_case.id, 'organization_id', procedure_case.organization_id, 'catalog_id', procedure_case.catalog_id, 'kind', procedure_case.kind, 'year', procedure_case.year, 'opened_by', procedure_case.opened_by, 'opened_at', procedure_case.opened_at) AS row FROM procedure_case;

CREATE VIEW audit_image_procedure_catalog AS SELECT json_array(procedure_catalog.id) AS pk, json_object('id', procedure_catalog.id, 'procedure_key', procedure_catalog.procedure_key, 'version', procedure_catalog.version, 'sha256', procedure_catalog.sha256, 'content', procedure_catalog.content, 'registered_at', procedure_catalog.registered_at) AS row FROM procedure_catalog;

CREATE VIEW audit_image_publicity AS SELECT json_array(publicity.election_id) AS pk, json_object('election_id', publicity.election_id, 'start_on', publicity.start_on, 'days', publicity.days, 'place', publicity.place, 'recorded_by', publicity.recorded_by, 'recorded_at', publicity.recorded_at) AS row FROM publicity;

CREATE VIEW audit_image_recommendation_count AS SELECT json_array(recommendation_count.round_id, recommendation_count.member_id) AS pk, json_object('round_id', recommendation_count.round_id, 'member_id', recommendation_count.member_id, 'count', recommendation_count.count) AS row FROM recommendation_count;

CREATE VIEW audit_image_recommendation_rejection AS SELECT json_array(recommendation_rejection.rowid) AS pk, json_object('round_id', recommendation_rejection.round_id, 'line', recommendation_rejection.line, 'column_label', recommendation_rejection.column_label, 'value', recommendation_rejection.value, 'reason_zh', recommendation_rejection.reason_zh, 'reason_en', recommendation_rejection.reason_en) AS row FROM recommendation_rejection;

CREATE VIEW audit_image_recommendation_round AS SELECT json_array(recommendation_round.id) AS pk, json_object('id', recommendation_round.id, 'election_id', recommendation_round.election_id, 'kind', recommendation_round.kind, 'held_on', recommendation_round.held_on, 'max_names', recommendation_round.max_names, 'ballots', recommendation_round.ballots, 'void_ballots', recommendation_round.void_ballots, 'source_sha256', recommendation_round.source_sha256, 'recorded_by', recommendation_round.recorded_by, 'recorded_at', recommendation_round.recorded_at) AS row FROM recommendation_round;

CREATE VIEW audit_image_reconciliation AS SELECT json_array(reconciliation.round_id, reconciliation.place) AS pk, json_object('round_id', reconciliation.round_id, 'place', reconciliation.place, 'ballot', reconciliation.ballot, 'note', reconciliation.note, 'decided_by', reconciliation.decided_by) AS row FROM reconciliation;

CREATE VIEW audit_image_rectification_assessment AS SELECT json_array(rectification_assessment.case_id) AS pk, json_object('case_id', rectification_assessment.case_id, 'assessed_on', rectification_assessment.assessed_on, 'satisfied', rectification_assessment.satisfied, 'basically_satisfied', rectification_assessment.basically_satisfied, 'dissatisfied', rectification_assessment.dissatisfied, 'recorded_by', rectification_assessment.recorded_by, 'recorded_at', rectification_assessment.recorded_at) AS row FROM rectification_assessment;

CREATE VIEW audit_image_rectification_measure AS SELECT json_array(rectification_measure.id) AS pk, json_object('id', rectification_measure.id, 'problem_id', rectification_measure.problem_id, 'measure', rectification_measure.measure, 'responsible', rectification_measure.responsible, 'due_on', rectification_measure.due_on, 'recorded_by', rectification_measure.recorded_by, 'recorded_at', rectification_measure.recorded_at) AS row FROM rectification_measure;

CREATE VIEW audit_image_rectification_problem AS SELECT json_array(rectification_problem.id) AS pk, json_object('id', rectification_problem.id, 'case_id', rectification_problem.case_id, 'source', rectification_problem.source, 'summary', rectification_problem.summary, 'found_on', rectification_problem.found_on, 'recorded_by', rectification_problem.recorded_by, 'recorded_at', rectification_problem.recorded_at) AS row FROM rectification_problem;

CREATE VIEW audit_image_rectification_progress AS SELECT json_array(rectification_progress.id) AS pk, json_object('id', rectification_progress.id, 'measure_id', rectification_progress.measure_id, 'reported_on', rectification_progress.reported_on, 'done', rectification_progress.done, 'new_due_on', rectification_progress.new_due_on, 'note', rectification_progress.note, 'recorded_by', rectification_progress.recorded_by, 'recorded_at', rectification_progress.recorded_at) AS row FROM rectification_progress;

CREATE VIEW audit_image_rectification_team AS SELECT json_array(rectification_team.id) AS pk, json_object('id', rectification_team.id, 'case_id', rectification_team.case_id, 'name', rectification_team.name, 'position', rectification_team.position, 'role', rectification_team.role, 'sent_on', rectification_team.sent_on, 'recorded_by', rectification_team.recorded_by, 'recorded_at', rectification_team.recorded_at) AS row FROM rectification_team;

CREATE VIEW audit_image_registration AS SELECT json_array(registration.election_id, registration.member_id) AS pk, json_object('election_id', registration.election_id, 'member_id', registration.member_id, 'intention', registration.intention, 'notified_via', registration.notified_via, 'notified_on', registration.notified_on, 'note', registration.note, 'updated_at', registration.updated_at) AS row FROM registration;

CREATE VIEW audit_image_result_review AS SELECT json_array(result_review.id) AS pk, json_object('id', result_review.id, 'election_id', result_review.election_id, 'outcome', result_review.outcome, 'reason', result_review.reason, 'result_digest', result_review.result_digest, 'reviewed_by', result_review.reviewed_by, 'reviewed_at', result_review.reviewed_at) AS row FROM result_review;

CREATE VIEW audit_image_round_result AS SELECT json_array(round_result.round_id) AS pk, json_object('round_id', round_result.round_id, 'count', round_result.count, 'outcome', round_result.outcome, 'base', round_result.base, 'base_kind', round_result.base_kind) AS row FROM round_result;

CREATE VIEW audit_image_seat_plan AS SELECT json_array(seat_plan.election_id) AS pk, json_object('election_id', seat_plan.election_id, 'committee', seat_plan.committee, 'secretary', seat_plan.secretary, 'deputy_secretary', seat_plan.deputy_secretary, 'exceeding_approved_by', seat_plan.exceeding_approved_by, 'exceeding_reference', seat_plan.exceeding_reference, 'set_by', seat_plan.set_by, 'set_at', seat_plan.set_at) AS row FROM seat_plan;

CREATE VIEW audit_image_seat_reduction AS SELECT json_array(seat_reduction.election_id) AS pk, json_object('election_id', seat_reduction.election_id, 'seats_from', seat_reduction.seats_from, 'seats_to', seat_reduction.seats_to, 'votes_for', seat_reduction.votes_for, 'present', seat_reduction.present, 'decided_on', seat_reduction.decided_on, 'recorded_by', seat_reduction.recorded_by, 'recorded_at', seat_reduction.recorded_at) AS row FROM seat_reduction;

CREATE VIEW audit_image_secretary_assessment AS SELECT json_array(secretary_assessment.election_id, secretary_assessment.member_id) AS pk, json_object('election_id', secretary_assessment.election_id, 'member_id', secretary_assessment.member_id, 'found', secretary_assessment.found, 'note', secretary_assessment.note, 'assessed_on', secretary_assessment.assessed_on, 'assessed_by', secretary_assessment.assessed_by, 'recorded_at', secretary_assessment.recorded_at) AS row FROM secretary_assessment;

CREATE VIEW audit_image_situation_report AS SELECT json_array(situation_report.id) AS pk, json_object('id', situation_report.id, 'election_id', situation_report.election_id, 'kind', situation_report.kind, 'occurred_on', situation_report.occurred_on, 'summary', situation_report.summary, 'reported_by', situation_report.reported_by, 'reported_at', situation_report.reported_at, 'handled_on', situation_report.handled_on, 'handling', situation_report.handling, 'handled_by', situation_report.handled_by) AS row FROM situation_report;

CREATE VIEW audit_image_staff_pledge AS SELECT json_array(staff_pledge.election_id, staff_pledge.guidance_member_id) AS pk, json_object('election_id', staff_pledge.election_id, 'guidance_member_id', staff_pledge.guidance_member_id, 'signed_on', staff_pledge.signed_on, 'recorded_by', staff_pledge.recorded_by, 'recorded_at', staff_pledge.recorded_at) AS row FROM staff_pledge;

CREATE VIEW audit_image_staff_teller AS SELECT json_array(staff_teller.election_id, staff_teller.name) AS pk, json_object('election_id', staff_teller.election_id, 'name', staff_teller.name, 'position', staff_teller.position) AS row FROM staff_teller;

CREATE VIEW audit_image_step_due AS SELECT json_array(step_due.township_id, step_due.step) AS pk, json_object('township_id', step_due.township_id, 'step', step_due.step, 'due_on', step_due.due_on, 'set_by', step_due.set_by) AS row FROM step_due;

CREATE VIEW audit_image_step_outcome AS SELECT json_array(step_outcome.election_id, step_outcome.step) AS pk, json_object('election_id', step_outcome.election_id, 'step', step_outcome.step, 'outcome', step_outcome.outcome, 'happened_on', step_outcome.happened_on, 'reason', step_outcome.reason, 'operator_id', step_outcome.operator_id, 'recorded_at', step_outcome.recorded_at) AS row FROM step_outcome;

CREATE VIEW audit_image_step_record AS SELECT json_array(step_record.id) AS pk, json_object('id', step_record.id, 'election_id', step_record.election_id, 'step', step_record.step, 'kind', step_record.kind, 'dated', step_record.dated, 'title', step_record.title, 'summary', step_record.summary, 'reference', step_record.reference, 'sha256', step_record.sha256) AS row FROM step_record;

CREATE VIEW audit_image_structure_acknowledgement AS SELECT json_array(structure_acknowledgement.election_id, structure_acknowledgement.stage, structure_acknowledgement.kind) AS pk, json_object('election_id', structure_acknowledgement.election_id, 'stage', structure_acknowledgement.stage, 'kind', structure_acknowledgement.kind, 'reason', structure_acknowledgement.reason, 'acknowledged_by', structure_acknowledgement.acknowledged_by, 'acknowledged_at', structure_acknowledgement.acknowledged_at) AS row FROM structure_acknowledgement;

CREATE VIEW audit_image_tally_sheet AS SELECT json_array(tally_sheet.round_id) AS pk, json_object('round_id', tally_sheet.round_id, 'count', tally_sheet.count, 'entered_by', tally_sheet.entered_by) AS row FROM tally_sheet;

CREATE VIEW audit_image_term_review AS SELECT json_array(term_review.election_id, term_review.member_id) AS pk, json_object('election_id', term_review.election_id, 'member_id', term_review.member_id, 'reviewed_on', term_review.reviewed_on, 'satisfied', term_review.satisfied, 'basically_satisfied', term_review.basically_satisfied, 'dissatisfied', term_review.dissatisfied, 'recorded_by', term_review.recorded_by, 'recorded_at', term_review.recorded_at) AS row FROM term_review;

CREATE VIEW audit_image_township_recommendation AS SELECT json_array(township_recommendation.election_id, township_recommendation.member_id) AS pk, json_object('election_id', township_recommendation.election_id, 'member_id', township_recommendation.member_id, 'posts', township_recommendation.posts) AS row FROM township_recommendation;

CREATE VIEW audit_image_trust_anchor AS SELECT json_array(trust_anchor.public_key) AS pk, json_object('public_key', trust_anchor.public_key, 'operator_name', trust_anchor.operator_name, 'county_code', trust_anchor.county_code, 'imported_at', trust_anchor.imported_at) AS row FROM trust_anchor;

CREATE VIEW audit_image_vetting_answer AS SELECT json_array(vetting_answer.election_id, vetting_answer.department, vetting_answer.member_id) AS pk, json_object('election_id', vetting_answer.election_id, 'department', vetting_answer.department, 'member_id', vetting_answer.member_id, 'clear', vetting_answer.clear, 'detail', vetting_answer.detail, 'finding_id', vetting_answer.finding_id, 'recorded_by', vetting_answer.recorded_by, 'recorded_at', vetting_answer.recorded_at) AS row FROM vetting_answer;

CREATE VIEW audit_image_voting_round AS SELECT json_array(voting_round.id) AS pk, json_object('id', voting_round.id, 'election_id', voting_round.election_id, 'number', voting_round.number, 'kind', voting_round.kind, 'body', voting_round.body, 'seats', voting_round.seats, 'candidates', voting_round.candidates, 'expected', voting_round.expected, 'present', voting_round.present, 'issued', voting_round.issued, 'returned', voting_round.returned, 'state', voting_round.state, 'previous_round_id', voting_round.previous_round_id, 'opened_at', voting_round.opened_at, 'closed_at', voting_round.closed_at) AS row FROM voting_round;
