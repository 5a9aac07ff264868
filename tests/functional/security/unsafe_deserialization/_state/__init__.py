"""A small state store that persists objects with jsonpickle."""
