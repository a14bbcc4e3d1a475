-- Public lists accept more than one status (a correction request keeps a candidacy listed), so
-- indexes that begin with the status cannot give the name order; these ones can.
DROP INDEX ix_candidacies_process_sort;
DROP INDEX ix_candidacies_sort;
CREATE INDEX ix_candidacies_name_order ON candidacies (sort_key, id);
CREATE INDEX ix_candidacies_process_name_order ON candidacies (process_id, sort_key, id);
