"""A metrics package whose helpers reuse builtin names."""
