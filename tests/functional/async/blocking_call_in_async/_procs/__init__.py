"""A process supervisor's shared constants."""
