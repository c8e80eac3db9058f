-- When the on-premises directory says a synced account's password expires (Unix seconds),
-- as of the last sync: AD msDS-UserPasswordExpiryTimeComputed (or pwdLastSet + maxPwdAge),
-- OpenLDAP pwdChangedTime + ppolicy pwdMaxAge. NULL when it never expires, the directory
-- does not say, or the account is Latchkey's own.
ALTER TABLE users ADD COLUMN external_password_expires_at INTEGER;
