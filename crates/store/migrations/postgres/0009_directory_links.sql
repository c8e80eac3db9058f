-- Accounts and groups synced from an on-premises directory (LDAP, Active Directory):
-- the directory's name (`ldap.name`), the entry's immutable id (objectGUID / entryUUID)
-- and its DN as of the last sync. NULL for Latchkey's own accounts and groups.
ALTER TABLE users ADD COLUMN external_directory TEXT;
ALTER TABLE users ADD COLUMN external_id TEXT;
ALTER TABLE users ADD COLUMN external_dn TEXT;
CREATE UNIQUE INDEX users_external_id ON users (external_directory, external_id) WHERE external_id IS NOT NULL;
ALTER TABLE groups ADD COLUMN external_directory TEXT;
ALTER TABLE groups ADD COLUMN external_id TEXT;
ALTER TABLE groups ADD COLUMN external_dn TEXT;
CREATE UNIQUE INDEX groups_external_id ON groups (external_directory, external_id) WHERE external_id IS NOT NULL;
-- Sign-in blocked in Latchkey (by an administrator, or "this wasn't me"), whatever the
-- directory says: a sync keeps such an account disabled.
ALTER TABLE users ADD COLUMN blocked_here BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE users SET blocked_here = NOT enabled;
