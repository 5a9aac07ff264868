"""A store front whose translation module wraps the standard library."""
