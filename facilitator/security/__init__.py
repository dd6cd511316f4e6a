"""Raw notes at rest: a data key wrapped under the facilitator's passphrase. No Qt here."""
