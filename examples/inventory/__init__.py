"""A small stock-keeping library with the kind of bugs checkers_pkg finds."""
