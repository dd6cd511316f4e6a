"""The rules and knowledge ``names.NameFinder`` applies, one kind a module."""
