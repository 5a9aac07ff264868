"""Django's models as the ORM questions see them: which classes are models,
managers and querysets (by astroid's ancestors, or by the import paths of
the bases when Django is not installed), and which attributes of a model
instance are related managers."""

from __future__ import annotations

from typing import NamedTuple

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import import_paths, qualified_names
from checkers_pkg.inference.values import assigned_value, hierarchy_of, single_known_value

MODEL = "model"
MANAGER = "manager"
QUERYSET = "queryset"
INSTANCE = "instance"
RELATED = "related"

MODEL_BASES = frozenset({"django.db.models.base.Model", "django.db.models.Model"})
MANAGER_BASES = frozenset(
    {"django.db.models.manager.BaseManager", "django.db.models.manager.Manager",
     "django.db.models.Manager"}
)
QUERYSET_BASES = frozenset({"django.db.models.query.QuerySet", "django.db.models.QuerySet"})
_RELATION_FIELDS = frozenset(
    {"django.db.models.ForeignKey", "django.db.models.fields.related.ForeignKey",
     "django.db.models.ManyToManyField", "django.db.models.fields.related.ManyToManyField",
     "django.db.models.OneToOneField", "django.db.models.fields.related.OneToOneField"}
)
_MANY_TO_MANY = frozenset(
    {"django.db.models.ManyToManyField", "django.db.models.fields.related.ManyToManyField"}
)


class OrmValue(NamedTuple):
    """A value of the ORM: its role, its model (if known) and the custom
    manager or queryset class of the linted code whose methods it has."""

    role: str
    model: nodes.ClassDef | None = None
    custom: nodes.ClassDef | None = None

    def name(self) -> str:
        """``Book queryset``, ``Book instance``: for messages."""
        owner = f"a {self.model.name}" if self.model is not None else "a"
        return f"{owner} {self.role}"


@memoise_per_node(on_cycle=False)
def has_base(cls: nodes.ClassDef, bases: frozenset[str]) -> bool:
    """Whether ``cls`` derives from one of ``bases``: by astroid's ancestors
    (Django installed) or by the import paths of the bases as written."""
    for klass in hierarchy_of(cls)[:16]:
        if klass.qname() in bases:
            return True
        for base in klass.bases:
            if bases.intersection(import_paths(base)):
                return True
    return False


def is_model_class(cls: nodes.ClassDef) -> bool:
    return has_base(cls, MODEL_BASES)


def model_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    value = single_known_value(node) if isinstance(node, (nodes.Name, nodes.Attribute)) else None
    return value if isinstance(value, nodes.ClassDef) and is_model_class(value) else None


def relation_of(model: nodes.ClassDef, attribute: str) -> OrmValue | None:
    """``book.tags`` (a many-to-many field), ``author.books`` (a foreign key
    of a model of the same module with that ``related_name``),
    ``book.review_set``: related managers."""
    for klass in hierarchy_of(model)[:16]:
        for binding in klass.locals.get(attribute, ()):
            value = assigned_value(binding)
            if isinstance(value, nodes.Call) and _MANY_TO_MANY.intersection(
                _field_names(value)
            ):
                return OrmValue(RELATED, _related_model(value))
            return None  # a field, a method, a property: not a manager
    if attribute in _reverse_relations(model):
        return OrmValue(RELATED, _reverse_relations(model)[attribute])
    return None


def _field_names(call: nodes.Call) -> tuple[str, ...]:
    return qualified_names(call.func) or import_paths(call.func)


def _related_model(field: nodes.Call) -> nodes.ClassDef | None:
    target = field.args[0] if field.args else None
    return model_class(target) if isinstance(target, (nodes.Name, nodes.Attribute)) else None


@memoise_per_node(on_cycle={})
def _reverse_relations(model: nodes.ClassDef) -> dict[str, nodes.ClassDef | None]:
    """The related managers other models of the model's module give it:
    ``related_name="books"``, or ``<model>_set`` by default."""
    found: dict[str, nodes.ClassDef | None] = {}
    for other in model.root().nodes_of_class(nodes.ClassDef):
        if not is_model_class(other):
            continue
        for statement in other.body:
            value = statement.value if isinstance(statement, nodes.Assign) else None
            if not isinstance(value, nodes.Call) or not value.args:
                continue
            if not _RELATION_FIELDS.intersection(_field_names(value)):
                continue
            if _related_model(value) is not model:
                continue
            name = _keyword(value, "related_name")
            if name is None:
                name = f"{other.name.lower()}_set"
            if name != "+" and not name.endswith("+"):
                found[name] = other
    return found


def _keyword(call: nodes.Call, name: str) -> str | None:
    for keyword in call.keywords or ():
        if keyword.arg == name and isinstance(keyword.value, nodes.Const):
            return keyword.value.value if isinstance(keyword.value.value, str) else None
    return None
