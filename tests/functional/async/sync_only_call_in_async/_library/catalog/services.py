"""Sync services the async views call: some query, some only build querysets."""

from django.db import connection, transaction

from .models import Author, Book


class ModelService:
    """A generic service: ``model`` is set by each subclass."""

    model = None

    def get(self, pk):
        return self.model.objects.get(pk=pk)

    def queryset(self):
        return self.model.objects.all()


class BookService(ModelService):
    model = Book

    def recent(self):
        return Book.objects.published().order_by("-year")[:10]


def top_authors(limit):
    return list(Author.objects.order_by("-name")[:limit])


def raw_count():
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM catalog_book")
        return cursor.fetchone()[0]


def archive(book):
    with transaction.atomic():
        book.delete()


def title_of(book):
    return book.title.upper()
