-- Labour-force figures by area and month, kept current from the registry's events.
create schema if not exists analytics;

-- The months that have figures. The current month is open and follows every approved change;
-- a month is closed when the next begins, and its rows stay as they stood at its end (the snapshot).
create table analytics.period (
    period    date primary key check (extract(day from period) = 1),
    built_at  timestamptz not null default now(),
    closed_at timestamptz
);

-- Counts of residents by area, month and cell (sex x age band x education). RT rows are the
-- aggregate of the registry; rows of every enclosing area (RW, kelurahan, kecamatan, city) are
-- their sums, written in the same statement, so that a city answer reads a few hundred rows.
--   age_band: 0 = 0-14, 1 = 15-19, 2 = 20-24, ... 10 = 60-64, 11 = 65+ (age on the month's last day)
--   education: Dukcapil code 1-10 for residents aged 15+, 0 = unknown (and always 0 for children)
--   answered: aged 15+ with a labour block whose reference date lies in the month or the five before
create table analytics.labour_count (
    period     date not null,
    area_code  text not null,
    depth      smallint not null,
    sex        char(1) not null,
    age_band   smallint not null,
    education  smallint not null,
    residents  integer not null,
    answered   integer not null,
    employed   integer not null,
    unemployed integer not null,
    primary key (period, area_code, sex, age_band, education)
);

create index labour_count_level on analytics.labour_count (period, depth, area_code text_pattern_ops);
