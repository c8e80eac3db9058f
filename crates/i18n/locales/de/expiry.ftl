# expiry area
