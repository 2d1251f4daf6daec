-- 0002_candidacy: choosing the candidates (steps 11–19): seats, the outgoing committee,
-- recommendation rounds, candidate lists by stage, findings and decisions about nominees,
-- joint vetting, publicity and objections, discipline pledges; and two roles whose
-- sign-off step 18 needs for the secretary nominee.

-- Roles 乡镇党委书记 and 县委组织部分管副部长 sign off the secretary nominee themselves (step 18).
-- SQLite cannot change a CHECK in place: rebuild the table (foreign keys are checked after the migration).
CREATE TABLE operator_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
    role TEXT NOT NULL CHECK (role IN ('county', 'county_deputy_head', 'township', 'township_secretary', 'village', 'teller', 'scrutineer')),
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    created_at TEXT NOT NULL
) STRICT;
INSERT INTO operator_new (id, name, role, organization_id, created_at) SELECT id, name, role, organization_id, created_at FROM operator;
DROP TABLE operator;
ALTER TABLE operator_new RENAME TO operator;

-- 职数 (四、职数配备), set by the township for one election.
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

-- 上届委员会成员: who sits on the outgoing committee, and as what (incumbents continuing).
CREATE TABLE outgoing_member (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    post TEXT NOT NULL CHECK (post IN ('member', 'secretary', 'deputy_secretary')),
    PRIMARY KEY (election_id, member_id)
) STRICT;

-- 推荐 (step 12): the members' and the villagers' representatives' rounds, and the tally of each.
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

CREATE TABLE recommendation_count (
    round_id INTEGER NOT NULL REFERENCES recommendation_round(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id),
    count INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (round_id, member_id)
) STRICT;

-- Names on recommendation ballots that did not count, kept so the report can say why.
CREATE TABLE recommendation_rejection (
    round_id INTEGER NOT NULL REFERENCES recommendation_round(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_label TEXT,
    value TEXT,
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL
) STRICT;

-- 乡镇党委推荐 (step 13): the township committee's own recommendations.
CREATE TABLE township_recommendation (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    posts TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

-- Candidate lists by stage: 初步人选 (steps 12–15), 考察名单 (16), 候选人预备人选 (17–18).
-- `posts` is a comma-separated set of member, secretary, deputy_secretary.
CREATE TABLE list_entry (
    election_id INTEGER NOT NULL REFERENCES election(id),
    stage TEXT NOT NULL CHECK (stage IN ('initial', 'inspection', 'prospective')),
    member_id INTEGER NOT NULL REFERENCES member(id),
    posts TEXT NOT NULL CHECK (length(posts) > 0),
    PRIMARY KEY (election_id, stage, member_id)
) STRICT;

-- Findings about a nominee: a 不得 condition (1–11) or a 不宜继续担任 condition (1–9), with its source.
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

-- 受处分影响期: a nominee inside a sanction's effect period.
CREATE TABLE nominee_sanction (
    election_id INTEGER NOT NULL REFERENCES election(id),
    member_id INTEGER NOT NULL REFERENCES member(id),
    effect_until TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
) STRICT;

-- Decisions about a nominee: the township's decision and the county group's approval for an
-- incumbent over the age limit or a nominee inside a sanction's effect period; a reviewer's
-- acknowledgement of the education warning.
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

-- Structure warnings acknowledged for a list stage (no one under 35, no woman).
CREATE TABLE structure_acknowledgement (
    election_id INTEGER NOT NULL REFERENCES election(id),
    stage TEXT NOT NULL CHECK (stage IN ('initial', 'inspection', 'prospective')),
    kind TEXT NOT NULL CHECK (kind IN ('no_youth', 'no_woman')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    acknowledged_by INTEGER NOT NULL REFERENCES operator(id),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (election_id, stage, kind)
) STRICT;

-- 资格联审 (step 15): each department's answer for each nominee.
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

-- 公示 (step 17) and the objections received during it.
CREATE TABLE publicity (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    start_on TEXT NOT NULL,
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 30),
    place TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES operator(id),
    recorded_at TEXT NOT NULL
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

-- 纪律承诺 (step 19): each candidate's signed pledge, and its publication.
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

CREATE INDEX nominee_finding_member ON nominee_finding(election_id, member_id);
CREATE INDEX objection_election ON objection(election_id);
