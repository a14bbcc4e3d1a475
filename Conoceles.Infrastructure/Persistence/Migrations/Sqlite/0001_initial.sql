CREATE TABLE processes (
    id TEXT NOT NULL PRIMARY KEY,
    process_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    state TEXT NULL,
    election_day TEXT NULL,
    time_zone TEXT NOT NULL,
    publisher TEXT NULL,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE political_actors (
    id TEXT NOT NULL PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes (id),
    name TEXT NOT NULL,
    abbreviation TEXT NULL,
    kind TEXT NOT NULL,
    parties TEXT NOT NULL,
    ballot_order INTEGER NOT NULL
);

CREATE INDEX ix_political_actors_process ON political_actors (process_id, ballot_order);

CREATE TABLE candidacies (
    id TEXT NOT NULL PRIMARY KEY,
    process_id TEXT NOT NULL REFERENCES processes (id),
    actor_id TEXT NOT NULL REFERENCES political_actors (id),
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    search_key TEXT NOT NULL,
    nickname TEXT NULL,
    office TEXT NULL,
    office_as_published TEXT NULL,
    principle TEXT NULL,
    state TEXT NULL,
    district TEXT NULL,
    municipality TEXT NULL,
    constituency INTEGER NULL,
    area_label TEXT NULL,
    ticket_number TEXT NULL,
    list_position INTEGER NULL,
    role TEXT NOT NULL,
    sex TEXT NOT NULL,
    age INTEGER NULL,
    affirmative_action INTEGER NULL,
    affirmative_action_group TEXT NULL,
    status TEXT NOT NULL,
    replaced_by TEXT NULL,
    ticket_partner_id TEXT NULL,
    contact_json TEXT NOT NULL,
    education_level TEXT NULL,
    education_status TEXT NULL,
    education_level_as_published TEXT NULL,
    education_status_as_published TEXT NULL,
    other_studies_json TEXT NOT NULL,
    professional_history TEXT NULL,
    political_trajectory TEXT NULL,
    motivation TEXT NULL,
    proposals_json TEXT NOT NULL,
    gender_proposal TEXT NULL,
    curriculum_url TEXT NULL,
    photo_url TEXT NULL,
    completeness REAL NOT NULL,
    source_file TEXT NULL,
    source_publisher TEXT NULL,
    source_key TEXT NULL,
    source_row INTEGER NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_candidacies_process_sort ON candidacies (process_id, status, sort_key, id);
CREATE INDEX ix_candidacies_sort ON candidacies (status, sort_key, id);
CREATE INDEX ix_candidacies_actor ON candidacies (actor_id);
CREATE INDEX ix_candidacies_office ON candidacies (office, process_id);
CREATE INDEX ix_candidacies_state ON candidacies (state, process_id);

CREATE TABLE identity_answers (
    candidacy_id TEXT NOT NULL REFERENCES candidacies (id),
    question INTEGER NOT NULL,
    answer TEXT NOT NULL,
    detail TEXT NULL,
    is_public INTEGER NOT NULL,
    for_statistics INTEGER NOT NULL,
    PRIMARY KEY (candidacy_id, question)
);
