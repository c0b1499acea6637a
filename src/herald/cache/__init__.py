"""Everything herald keeps between builds: read posts, and the record of the last build."""
