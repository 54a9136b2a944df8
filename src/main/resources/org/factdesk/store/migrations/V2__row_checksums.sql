-- Factdesk project schema, version 2: a SHA-256 of each row's own values, checked on every read, because H2
-- does not checksum the contents of its pages, and a
-- SHA-256 of each story's structure (its facts, citations and narratives in order: StoryParts). Java fills the column for existing rows after this script
-- (RowChecksumBackfill, in the same transaction) and then makes it NOT NULL.
ALTER TABLE source ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE excerpt ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE story ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE fact ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE citation ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE narrative ADD COLUMN row_sha256 CHAR(64);
ALTER TABLE story ADD COLUMN parts_sha256 CHAR(64);
