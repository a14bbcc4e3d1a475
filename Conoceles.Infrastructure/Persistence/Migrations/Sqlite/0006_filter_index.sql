-- Every filter of a public search in the indexes a search reads, so neither counting the matches
-- nor walking a page in name order reads the wide candidacy rows that a filter leaves out.
CREATE INDEX ix_candidacies_filters ON candidacies (
    process_id, status, office, state, district, municipality, actor_id, sex, role, principle, age,
    education_level, affirmative_action);

DROP INDEX ix_candidacies_name_order;
DROP INDEX ix_candidacies_process_name_order;
CREATE INDEX ix_candidacies_name_order ON candidacies (
    sort_key, id, status, process_id, office, state, district, municipality, actor_id, sex, role,
    principle, age, education_level, affirmative_action);
CREATE INDEX ix_candidacies_process_name_order ON candidacies (
    process_id, sort_key, id, status, office, state, district, municipality, actor_id, sex, role,
    principle, age, education_level, affirmative_action);

-- A ballot asks for the statewide contests (no district, no municipality) of a state.
DROP INDEX ix_candidacies_state;
CREATE INDEX ix_candidacies_place ON candidacies (state, district, municipality, process_id);
