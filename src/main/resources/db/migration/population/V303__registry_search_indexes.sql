-- Residents who no longer live in the city (dead, moved out, missing) are few: their lists walk
-- an index of their own instead of every living resident's.
create index resident_rt_departed on population.resident (rt_code text_pattern_ops, id) where life_status <> 'ALIVE';

-- Who lived in a KK on a date, for a search by KK number in the residence history.
create index residence_household on population.residence (household_id, valid_from);
