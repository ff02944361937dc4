-- Exclusions between a person's programme and a household's compare the person's household with
-- the household programme's recipients (and a household's members with the person programme's):
-- recipients are looked up by the resident or household they reach.
create index aid_recipient_subject on programmes.aid_recipient (subject_id, programme_id);
