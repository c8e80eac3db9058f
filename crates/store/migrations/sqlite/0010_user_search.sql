-- The user search ("starts with", any case, on the username, display name, first and
-- last name) reads index ranges instead of every user. SQLite's lower() folds ASCII
-- letters, as the search does on this engine; the username is stored in lower case and
-- already has its unique index.
CREATE INDEX users_display_name_lower ON users (lower(display_name));
CREATE INDEX users_first_name_lower ON users (lower(first_name));
CREATE INDEX users_last_name_lower ON users (lower(last_name));
