"""Objects that look like the ORM but are not: nothing here talks to Django."""

# pylint: disable=unused-variable

import collections

from django.db import models

from _library.catalog.models import Book


class Registry:
    """A plain in-memory registry with a Django-like spelling."""

    def __init__(self):
        self._items = {}

    def get(self, key):
        return self._items.get(key)

    def count(self):
        return len(self._items)

    def all(self):
        return list(self._items.values())


class Document:
    objects = Registry()

    def save(self):
        return dict(vars(self))


class Settings(models.TextChoices):
    DARK = "dark"
    LIGHT = "light"


async def lookalikes(items, cache: dict):
    doc = Document.objects.get("a")
    n = Document.objects.count()
    for value in Document.objects.all():
        print(value)
    Document().save()
    counter = collections.Counter(items)
    counter.update(items)
    cache.get("key")
    values = list(Settings)
    label = Settings.DARK.label
    return doc, n, values, label


async def only_builds(author):
    query = Book.objects.filter(author=author).exclude(year=0).only("title")
    query = query.order_by("-year").select_related("author")[:20]
    names = Book.objects.values_list("title", flat=True)
    first = await query.afirst()
    total = await Book.objects.acount()
    async for name in names:
        print(name)
    return first, total, first.author
