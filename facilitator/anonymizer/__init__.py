"""Find and replace personal identifiers in session notes (en, ru, kk, mixed). No Qt here."""
