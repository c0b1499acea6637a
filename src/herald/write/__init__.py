"""Output folders: what marks one as herald's (`folder.py`), and writing one atomically
(`output.py`)."""
