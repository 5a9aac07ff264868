"""Helpers that pick which members of a release archive to extract."""
