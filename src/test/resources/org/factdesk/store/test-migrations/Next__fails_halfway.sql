-- A test step that fails after its first statement has been committed (H2 commits DDL at once).
ALTER TABLE story ADD COLUMN notes VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE no_such_table ADD COLUMN flag BOOLEAN;
