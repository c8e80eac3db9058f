-- Each person's chosen language (a BCP 47 code Latchkey has a catalogue for): the pages
-- open in it after sign-in, and the emails, texts and calls sent to them use it.
CREATE TABLE user_languages (
    user_id  INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    language TEXT    NOT NULL
);
