"""The inference layer: questions about code, answered with astroid.

Pure functions over astroid nodes, memoised for the run. They know nothing of
pylint messages or options, never raise on odd code, and return small typed
values. Checkers ask; this layer answers.
"""

from checkers_pkg.inference._cache import clear_caches
from checkers_pkg.inference.instances import (
    instance_class,
    instance_member_names,
    instance_type,
    instance_type_names,
)
from checkers_pkg.inference.names import qualified_name, qualified_names
from checkers_pkg.inference.values import (
    constant_value,
    inferred_values,
    known_values,
    single_known_value,
)

__all__ = [
    "clear_caches",
    "constant_value",
    "inferred_values",
    "instance_class",
    "instance_member_names",
    "instance_type",
    "instance_type_names",
    "known_values",
    "qualified_name",
    "qualified_names",
    "single_known_value",
]
