-- Each folded word of a candidacy's name, so that a name search reads an index range per word
-- (word >= 'garc' AND word < 'gard') instead of scanning every search key with LIKE '% garc%'.
CREATE TABLE candidacy_words (
    word TEXT NOT NULL,
    candidacy_id TEXT NOT NULL REFERENCES candidacies (id),
    PRIMARY KEY (word, candidacy_id)
) WITHOUT ROWID;
CREATE INDEX ix_candidacy_words_candidacy ON candidacy_words (candidacy_id);

-- The words of the candidacies already there, split from the search key (" word word ").
WITH RECURSIVE split (candidacy_id, word, rest) AS (
    SELECT id, '', substr(search_key, 2) FROM candidacies
    UNION ALL
    SELECT candidacy_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
INSERT INTO candidacy_words (word, candidacy_id)
SELECT DISTINCT substr(word, 1, 200), candidacy_id FROM split WHERE word <> '';

UPDATE data_version SET version = version + 1 WHERE id = 1;
