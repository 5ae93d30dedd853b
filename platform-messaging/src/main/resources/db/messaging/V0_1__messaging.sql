-- Shipped by platform-messaging and run by every service that owns data, before its own
-- migrations (version 0.1 sorts before 1).

-- Events written in the same transaction as the state change they announce; the relay sends
-- them to Kafka and stamps published_at.
create table outbox_event (
    id           uuid primary key,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (created_at, id) where published_at is null;

-- The ids of events a consumer has already applied: a repeat is a no-op.
create table processed_event (
    event_id     varchar(200) primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null
);
