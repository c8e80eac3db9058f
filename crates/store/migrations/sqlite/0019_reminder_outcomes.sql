-- What became of a reminder's message once it left `deliveries`: a delivered message is
-- simply gone, but a failed one that an administrator dismissed (or that was pruned)
-- keeps its failure here, so the reminder report never reads it as delivered.
ALTER TABLE expiry_reminder_deliveries ADD COLUMN failed_error TEXT;
