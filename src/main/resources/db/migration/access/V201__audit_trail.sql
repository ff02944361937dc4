-- The audit trail of personal data: append-only entries, sealed into a hash chain.
--
-- Writers only insert entries (cheap, no lock on the chain). A single sealer then gives each
-- pending entry the next place in the chain: seal.hash = SHA-256(previous hash, place, entry).
-- Neither table can be updated or deleted through SQL; an entry altered behind the triggers'
-- back no longer matches its seal, and a removed entry or seal leaves a gap in the chain.
create table access.audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default clock_timestamp(),
    username    text,
    action      text not null,
    record_type text,
    record_id   text,
    area        text,
    client      text,
    detail      jsonb
);

create index audit_entry_at on access.audit_entry (at desc);
create index audit_entry_user on access.audit_entry (username, id desc);
create index audit_entry_action on access.audit_entry (action, id desc);
create index audit_entry_area on access.audit_entry (area text_pattern_ops);

create table access.audit_seal (
    seq       bigint primary key,
    entry_id  bigint not null unique,
    prev_hash text not null,
    hash      text not null
);

-- Entries not sealed yet; filled by a trigger, emptied by the sealer.
create table access.audit_pending (
    entry_id bigint primary key
);

create function access.audit_entry_pending() returns trigger language plpgsql as $$
begin
    insert into access.audit_pending (entry_id) values (new.id);
    return new;
end
$$;

create trigger audit_entry_pending after insert on access.audit_entry
    for each row execute function access.audit_entry_pending();

create function access.audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on access.audit_entry
    for each row execute function access.audit_append_only();
create trigger audit_entry_no_truncate before truncate on access.audit_entry
    for each statement execute function access.audit_append_only();
create trigger audit_seal_append_only before update or delete on access.audit_seal
    for each row execute function access.audit_append_only();
create trigger audit_seal_no_truncate before truncate on access.audit_seal
    for each statement execute function access.audit_append_only();
