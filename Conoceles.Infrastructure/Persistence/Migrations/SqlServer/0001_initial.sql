CREATE TABLE dbo.processes (
    id nvarchar(32) NOT NULL CONSTRAINT pk_processes PRIMARY KEY,
    process_key nvarchar(40) NOT NULL CONSTRAINT uq_processes_key UNIQUE,
    name nvarchar(300) NOT NULL,
    state nchar(2) NULL,
    election_day date NULL,
    time_zone nvarchar(64) NOT NULL,
    publisher nvarchar(300) NULL,
    is_demo bit NOT NULL CONSTRAINT df_processes_is_demo DEFAULT 0,
    created_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL
);

CREATE TABLE dbo.political_actors (
    id nvarchar(32) NOT NULL CONSTRAINT pk_political_actors PRIMARY KEY,
    process_id nvarchar(32) NOT NULL CONSTRAINT fk_political_actors_process REFERENCES dbo.processes (id),
    name nvarchar(400) NOT NULL,
    abbreviation nvarchar(40) NULL,
    kind nvarchar(20) NOT NULL,
    parties nvarchar(400) NOT NULL,
    ballot_order int NOT NULL
);

CREATE INDEX ix_political_actors_process ON dbo.political_actors (process_id, ballot_order);

CREATE TABLE dbo.candidacies (
    id nvarchar(32) NOT NULL CONSTRAINT pk_candidacies PRIMARY KEY,
    process_id nvarchar(32) NOT NULL CONSTRAINT fk_candidacies_process REFERENCES dbo.processes (id),
    actor_id nvarchar(32) NOT NULL CONSTRAINT fk_candidacies_actor REFERENCES dbo.political_actors (id),
    name nvarchar(400) NOT NULL,
    sort_key nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    search_key nvarchar(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    nickname nvarchar(200) NULL,
    office nvarchar(40) NULL,
    office_as_published nvarchar(200) NULL,
    principle nvarchar(2) NULL,
    state nchar(2) NULL,
    district nvarchar(20) NULL,
    municipality nchar(5) NULL,
    constituency int NULL,
    area_label nvarchar(300) NULL,
    ticket_number nvarchar(40) NULL,
    list_position int NULL,
    role nvarchar(12) NOT NULL,
    sex nvarchar(12) NOT NULL,
    age int NULL,
    affirmative_action bit NULL,
    affirmative_action_group nvarchar(200) NULL,
    status nvarchar(24) NOT NULL,
    replaced_by nvarchar(32) NULL,
    ticket_partner_id nvarchar(32) NULL,
    contact_json nvarchar(max) NOT NULL,
    education_level nvarchar(24) NULL,
    education_status nvarchar(24) NULL,
    education_level_as_published nvarchar(200) NULL,
    education_status_as_published nvarchar(200) NULL,
    other_studies_json nvarchar(max) NOT NULL,
    professional_history nvarchar(max) NULL,
    political_trajectory nvarchar(max) NULL,
    motivation nvarchar(max) NULL,
    proposals_json nvarchar(max) NOT NULL,
    gender_proposal nvarchar(max) NULL,
    curriculum_url nvarchar(2000) NULL,
    photo_url nvarchar(2000) NULL,
    completeness float NOT NULL,
    source_file nvarchar(400) NULL,
    source_publisher nvarchar(300) NULL,
    source_key nvarchar(100) NULL,
    source_row int NULL,
    content_hash nchar(64) NOT NULL,
    imported_at datetimeoffset NOT NULL,
    updated_at datetimeoffset NOT NULL
);

CREATE INDEX ix_candidacies_process_sort ON dbo.candidacies (process_id, status, sort_key, id);
CREATE INDEX ix_candidacies_sort ON dbo.candidacies (status, sort_key, id);
CREATE INDEX ix_candidacies_actor ON dbo.candidacies (actor_id);
CREATE INDEX ix_candidacies_office ON dbo.candidacies (office, process_id);
CREATE INDEX ix_candidacies_state ON dbo.candidacies (state, process_id);

CREATE TABLE dbo.identity_answers (
    candidacy_id nvarchar(32) NOT NULL CONSTRAINT fk_identity_answers_candidacy REFERENCES dbo.candidacies (id),
    question int NOT NULL,
    answer nvarchar(400) NOT NULL,
    detail nvarchar(1000) NULL,
    is_public bit NOT NULL,
    for_statistics bit NOT NULL,
    CONSTRAINT pk_identity_answers PRIMARY KEY (candidacy_id, question)
);
