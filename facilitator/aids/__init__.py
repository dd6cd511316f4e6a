"""Private aids for the facilitator: resistance cues and the referral sheet. No Qt here."""
