-- Each folded word of a candidacy's name, so that a name search reads an index range per word
-- (word >= 'garc' AND word < 'gard') instead of scanning every search key with LIKE '% garc%'.
-- Binary collation: the range bounds rely on code-point order.
CREATE TABLE dbo.candidacy_words (
    word nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    candidacy_id nvarchar(32) NOT NULL CONSTRAINT fk_candidacy_words_candidacy REFERENCES dbo.candidacies (id),
    CONSTRAINT pk_candidacy_words PRIMARY KEY (word, candidacy_id)
);
CREATE INDEX ix_candidacy_words_candidacy ON dbo.candidacy_words (candidacy_id);

-- The words of the candidacies already there, split from the search key (' word word ').
INSERT INTO dbo.candidacy_words (word, candidacy_id)
SELECT DISTINCT LEFT(s.value, 200), c.id
FROM dbo.candidacies c CROSS APPLY STRING_SPLIT(c.search_key, ' ') s
WHERE s.value <> '';

UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
