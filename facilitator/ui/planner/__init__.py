"""The workshop planner: library, agenda builder, step editor, checklist."""
