"""``NameFinder``'s passes over a note, each a class of methods over the finder's state
(``finder_state.FinderState``), which ``names.NameFinder`` joins."""
