-- carnet schema, version 7: phone numbers compare in E.164.
--
-- contacts.phone_key held the digits as written, so `06 12 34 56 78` and
-- `+33 6 12 34 56 78` were two people. This step marks the change; carnet
-- recomputes phone_key and search_key in the same transaction (the E.164
-- rules come from the phonenumber library, not from SQL). Suppression
-- entries are keyed hashes and cannot be recomputed: carnet checks both the
-- old and the new form of a number against them.
UPDATE settings SET value = value WHERE key = 'suppression_key';
