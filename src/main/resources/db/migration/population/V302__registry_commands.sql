-- The registry kept by commands: life events that can be undone by a return, households that
-- dissolve when their last member leaves, per-RT tallies for fast totals, confirmed warnings and
-- the commands already applied (so a resent form or request is applied once).

-- a missing or departed resident who comes back; each event remembers the household it left
alter table population.life_event drop constraint life_event_kind_check;
alter table population.life_event add constraint life_event_kind_check check (kind in (
    'BIRTH', 'DEATH', 'MOVE_OUT', 'MOVE_IN', 'MOVE_WITHIN', 'MISSING', 'RETURN', 'HOUSEHOLD_SPLIT', 'NEW_HOUSEHOLD'));
alter table population.life_event add column from_household_id bigint references population.household (id);
alter table population.life_event add column command_key uuid;

-- a household whose last living member died or left is dissolved on that date and keeps its history
alter table population.household add column dissolved_on date;

-- exactly one KEPALA KELUARGA among the living members: two can never be written, even by racing requests
create unique index resident_one_head on population.resident (household_id) where relation = 1 and life_status = 'ALIVE';

-- one open period of residence per resident; history rows are closed, never rewritten
create unique index residence_open on population.residence (resident_id) where valid_to is null;

-- "who lived in RT X on date D", in a stable order that pages by resident
drop index population.residence_rt;
create index residence_rt on population.residence (rt_code text_pattern_ops, resident_id) include (valid_from, valid_to);

-- living residents and households with a living member, per RT: totals for any area are a prefix sum
create table population.rt_tally (
    rt_code    text primary key,
    households integer not null check (households >= 0),
    residents  integer not null check (residents >= 0)
);
create index rt_tally_prefix on population.rt_tally (rt_code text_pattern_ops);

insert into population.rt_tally (rt_code, households, residents)
select rt_code, count(distinct household_id), count(*)
from population.resident
where life_status = 'ALIVE'
group by rt_code;

-- a warning the RT head checked and confirmed as true (a child older than a parent by adoption, …)
create table population.confirmed_warning (
    resident_id  bigint not null references population.resident (id),
    code         text not null check (length(code) <= 60),
    confirmed_by text,
    confirmed_at timestamptz not null default now(),
    primary key (resident_id, code)
);

-- every command applied, by the key its sender gave it: a resend answers with the first result
create table population.applied_command (
    key          uuid primary key,
    type         text not null,
    command      jsonb not null,
    household_id bigint,
    resident_id  bigint,
    applied_by   text,
    applied_at   timestamptz not null default now()
);
