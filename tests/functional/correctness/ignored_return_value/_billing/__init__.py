"""A billing package whose settings and factories hand out stdlib values."""
