"""Search has no relations to batch: a hit carries its labels (see service.py)."""
