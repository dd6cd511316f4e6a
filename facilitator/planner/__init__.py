"""Building workshops: the editable draft, the step library and the pre-session checklist. No Qt."""
