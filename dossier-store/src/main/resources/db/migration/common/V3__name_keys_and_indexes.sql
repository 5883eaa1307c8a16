-- Lookups by name without scanning: the normalised name of an entity, speaker or reporter ("vladimir putin") and its
-- last word ("putin"), each indexed, replace LIKE '%...%' over whole tables. New rows get keys from Names.key in
-- Java; rows of older stores are keyed here from what the database can compute (lower case, trimmed), which
-- matches Names.key for plain names.

ALTER TABLE entity ADD COLUMN name_key VARCHAR(1000);
ALTER TABLE entity ADD COLUMN name_last VARCHAR(1000);
UPDATE entity SET name_key = SUBSTRING(merge_key FROM 1 FOR POSITION('|' IN merge_key) - 1);
UPDATE entity SET name_last = REGEXP_REPLACE(name_key, '^.* ', '');
CREATE INDEX entity_name_key ON entity (name_key);
CREATE INDEX entity_name_last ON entity (name_last, type);

ALTER TABLE quotation ADD COLUMN speaker_key VARCHAR(1000);
ALTER TABLE quotation ADD COLUMN speaker_last VARCHAR(1000);
UPDATE quotation SET speaker_key = LOWER(TRIM(speaker_name)) WHERE speaker_name IS NOT NULL;
UPDATE quotation SET speaker_last = REGEXP_REPLACE(speaker_key, '^.* ', '') WHERE speaker_key IS NOT NULL;
CREATE INDEX quotation_speaker_key ON quotation (speaker_key);
CREATE INDEX quotation_speaker_last ON quotation (speaker_last);
CREATE INDEX quotation_speaker_code ON quotation (speaker_code);
CREATE INDEX quotation_published ON quotation (published, id);

ALTER TABLE event_mention ADD COLUMN reported_key VARCHAR(1000);
ALTER TABLE event_mention ADD COLUMN reported_last VARCHAR(1000);
UPDATE event_mention SET reported_key = LOWER(TRIM(reported_by)) WHERE reported_by IS NOT NULL;
UPDATE event_mention SET reported_last = REGEXP_REPLACE(reported_key, '^.* ', '') WHERE reported_key IS NOT NULL;
CREATE INDEX event_mention_reported_key ON event_mention (reported_key);
CREATE INDEX event_mention_reported_last ON event_mention (reported_last);

CREATE INDEX event_source_entity ON event (source_entity);
CREATE INDEX event_target_entity ON event (target_entity);
CREATE INDEX event_dyad ON event (source_code, target_code, event_date);
CREATE INDEX event_dyad_reverse ON event (target_code, source_code, event_date);
CREATE INDEX event_cameo ON event (cameo, event_date);
CREATE INDEX article_actor_entity ON article_actor (entity_id);
CREATE INDEX article_actor_code ON article_actor (actor_code);
CREATE INDEX state_claim_order ON state_claim (state_id, as_of, id);
