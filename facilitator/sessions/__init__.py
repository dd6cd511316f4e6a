"""The session core: plans, the live-session engine and the durable store. No Qt here."""
