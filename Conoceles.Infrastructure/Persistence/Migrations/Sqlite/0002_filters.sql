ALTER TABLE political_actors ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';

CREATE INDEX ix_candidacies_district ON candidacies (district, process_id);
CREATE INDEX ix_candidacies_municipality ON candidacies (municipality, process_id);
CREATE INDEX ix_candidacies_principle ON candidacies (principle, process_id);
CREATE INDEX ix_candidacies_role ON candidacies (role, process_id);
CREATE INDEX ix_candidacies_sex ON candidacies (sex, process_id);
CREATE INDEX ix_candidacies_age ON candidacies (age, process_id);
CREATE INDEX ix_candidacies_education ON candidacies (education_level, process_id);
CREATE INDEX ix_candidacies_affirmative_action ON candidacies (affirmative_action, process_id);
CREATE INDEX ix_candidacies_replaced_by ON candidacies (replaced_by);
