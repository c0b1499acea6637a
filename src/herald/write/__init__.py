"""Output files written atomically, and the record of what herald wrote."""
