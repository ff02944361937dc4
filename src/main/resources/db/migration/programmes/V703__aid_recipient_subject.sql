-- Recipients looked up by the resident or household they reach: exclusions between a person's
-- programme and a household's compare the person's household with the household programme's
-- recipients (and a household's members with the person programme's), and a move carries the
-- recipients and scholarship holders to their new RT.
create index aid_recipient_subject on programmes.aid_recipient (subject_id, programme_id);
create index scholarship_resident on programmes.scholarship (resident_id);
