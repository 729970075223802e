"""Build an archive of cases: find them, skip the unchanged, build the rest in parallel."""
