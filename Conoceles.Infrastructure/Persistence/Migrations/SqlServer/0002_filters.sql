ALTER TABLE dbo.political_actors ADD sort_key nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL
    CONSTRAINT df_political_actors_sort_key DEFAULT '';

CREATE INDEX ix_candidacies_district ON dbo.candidacies (district, process_id);
CREATE INDEX ix_candidacies_municipality ON dbo.candidacies (municipality, process_id);
CREATE INDEX ix_candidacies_principle ON dbo.candidacies (principle, process_id);
CREATE INDEX ix_candidacies_role ON dbo.candidacies (role, process_id);
CREATE INDEX ix_candidacies_sex ON dbo.candidacies (sex, process_id);
CREATE INDEX ix_candidacies_age ON dbo.candidacies (age, process_id);
CREATE INDEX ix_candidacies_education ON dbo.candidacies (education_level, process_id);
CREATE INDEX ix_candidacies_affirmative_action ON dbo.candidacies (affirmative_action, process_id);
CREATE INDEX ix_candidacies_replaced_by ON dbo.candidacies (replaced_by);
