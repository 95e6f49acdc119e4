-- H2 writes an identity's next value to its catalogue every CACHE values, in a commit of its own:
-- by default every 32 events. Reserve positions 10,000 at a time instead. A crash skips the unused
-- ones: positions may have gaps, and stay increasing.
ALTER TABLE ${prefix}events ALTER COLUMN position SET CACHE 10000;
