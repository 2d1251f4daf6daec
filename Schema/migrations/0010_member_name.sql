-- 0010_member_name: members by name and birth date, across every roll.
--
-- A roll import warns when a new member shares a name and birth date with someone on another
-- roll (a transfer not completed, or two people). Without this index that check read the whole
-- member table on every import: a village's roll of 50 in a province of 1.5 million members.

CREATE INDEX member_name_birth ON member(name, birth_date);
