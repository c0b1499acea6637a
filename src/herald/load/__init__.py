"""The load stage: a content folder, read the way Jekyll reads it, becomes a Site."""
