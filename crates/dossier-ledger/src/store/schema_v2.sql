-- dossier ledger, schema version 2: each mention keeps the record id of the claim it answers
-- (a denial's accusation, a confirmation's report), so an event's claim history can list the
-- answers other documents and events give it. Ledgers of version 1 take it from their stored
-- records.
ALTER TABLE mentions ADD COLUMN answers TEXT;
UPDATE mentions SET answers = json_extract(record, '$.claim.answers') WHERE json_valid(record);
CREATE INDEX mentions_answers ON mentions(answers) WHERE answers IS NOT NULL;
CREATE INDEX mentions_record ON mentions(record_id);
