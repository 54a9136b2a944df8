-- Factdesk project schema, version 3: each fact keeps a colour of its own (0 to 7), chosen once when the fact is
-- made, instead of one worked out from its id each time it is shown. Java then gives every existing fact the
-- colour it was shown in before (its id modulo 8), rewrites its row checksum to cover the colour, and makes the
-- column NOT NULL and limited to 0..7 (FactColourBackfill, in the same transaction).
ALTER TABLE fact ADD COLUMN colour INT;
