"""A small service package whose clients do their I/O when built."""
