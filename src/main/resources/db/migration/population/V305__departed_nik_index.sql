-- A NIK is looked up among the living through resident_nik_alive (unique); the NIKs of the dead
-- and the departed get an index of their own instead of a second index over every resident's NIK,
-- which every new resident paid for (a second random insertion per row; about a fifth of a bulk
-- load's cost in the resident table). Queries that look a NIK up whatever the resident's status
-- ask both (RegistryStore.RESIDENTS_WITH_NIK).
drop index population.resident_nik;
create index resident_nik_departed on population.resident (nik) where life_status <> 'ALIVE';
