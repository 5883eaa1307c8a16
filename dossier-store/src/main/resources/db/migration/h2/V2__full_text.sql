-- H2's own full-text index (org.h2.fulltext.FullText): kept up to date by triggers, inside the same transaction.
CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init';
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'TITLE,BODY');
