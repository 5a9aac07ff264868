"""Output formats pylint lacks. None yet: pylint's own reporters serve today."""
