-- Factdesk project schema, version 4: a source's text can be corrected without losing a citation
-- (docs/decisions/0014). The text a correction replaces is kept in source_text_version (version 1 is the text the
-- source was added with; source.body stays the current text), the file a source was imported from may be kept
-- in source_original for a later re-extraction, and each excerpt records how the last correction found it again.
-- Java then marks every existing excerpt UNCHANGED, rewrites its row checksum to cover that, and makes the column
-- NOT NULL and limited to the three outcomes (ExcerptAnchoringBackfill, in the same transaction).
CREATE TABLE source_text_version (
    source_id   BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    version     INT NOT NULL,
    body        CLOB NOT NULL,
    body_sha256 CHAR(64) NOT NULL,
    replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
    row_sha256  CHAR(64) NOT NULL,
    PRIMARY KEY (source_id, version)
);

CREATE TABLE source_original (
    source_id    BIGINT NOT NULL PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    file_name    VARCHAR NOT NULL,
    media_type   VARCHAR NOT NULL,
    bytes        BLOB NOT NULL,
    bytes_sha256 CHAR(64) NOT NULL,
    row_sha256   CHAR(64) NOT NULL
);

ALTER TABLE excerpt ADD COLUMN anchoring VARCHAR(10);
