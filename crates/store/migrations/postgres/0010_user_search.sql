-- The user search ("starts with", any case, on the username, display name, first and
-- last name) reads index ranges instead of every user. The ranges compare bytes
-- (collation "C"), whatever the database's collation, so they hold every continuation
-- of the search.
CREATE INDEX users_username_prefix ON users ((username) COLLATE "C");
CREATE INDEX users_display_name_lower ON users ((lower(display_name)) COLLATE "C");
CREATE INDEX users_first_name_lower ON users ((lower(first_name)) COLLATE "C");
CREATE INDEX users_last_name_lower ON users ((lower(last_name)) COLLATE "C");
