-- The file a version's text was read from, kept byte for byte as filed (at most 20 MB), with how
-- its text was got. A version submitted as JSON text has none.
create table version_file (
    version_id  uuid         primary key references report_version (id),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    sha256      varchar(64)  not null,
    extractor   varchar(200) not null,
    encoding    varchar(50),
    -- what was left out of the text, one warning a line; empty for none
    warnings    text         not null,
    content     bytea        not null
);
