-- When the data of a household were last checked: by the RT head on a visit ("sudah diperiksa"),
-- or by an approved change that touched it. The monthly attestation asks which households of an
-- RT were not checked in the last months.
alter table population.household add column checked_on date;
alter table population.household add column checked_by text;

-- Per-RT counts for completeness, kept current by every change and refreshed daily as people
-- turn 15 and labour answers grow old: residents 15+, those of them with a labour block answered
-- in the last six months, and open warnings (null until first counted).
alter table population.rt_tally add column working_age integer not null default 0 check (working_age >= 0);
alter table population.rt_tally add column labour_current integer not null default 0 check (labour_current >= 0);
alter table population.rt_tally add column open_warnings integer check (open_warnings >= 0);
alter table population.rt_tally add column counted_on date;

update population.rt_tally t
set working_age = c.working_age, labour_current = c.labour_current, counted_on = current_date
from (
    select rt_code,
           count(*) filter (where birth_date <= current_date - interval '15 years') as working_age,
           count(*) filter (where birth_date <= current_date - interval '15 years'
                            and labour_reference_date >= current_date - interval '6 months') as labour_current
    from population.resident where life_status = 'ALIVE' group by rt_code) c
where c.rt_code = t.rt_code;

create index rt_tally_stale on population.rt_tally (counted_on);
