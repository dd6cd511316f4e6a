"""Documents the app writes: the referral handout (and, later, the anonymized session report)."""
