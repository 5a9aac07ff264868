"""Model instances and querysets known by their annotations, and @async_unsafe."""

# pylint: disable=unused-variable

from django.db.models import QuerySet
from django.utils.asyncio import async_unsafe

from _library.catalog.models import Author, Book


def count_of(books: QuerySet) -> int:
    return books.count()


@async_unsafe
def migrate_titles():
    return None


def retitle(book: Book, title: str) -> Book:
    book.title = title
    return book


async def rename(book: Book, author: Author, books: QuerySet[Book]):
    book.refresh_from_db()  # [sync-only-call-in-async]
    author.delete()  # [sync-only-call-in-async]
    n = count_of(books)  # [sync-only-call-in-async]
    m = books.exists()  # [sync-only-call-in-async]
    migrate_titles()  # [sync-only-call-in-async]
    changed = retitle(book, "New")
    await changed.asave(update_fields=["title"])
    return n, m


async def count_any(items: QuerySet) -> int:
    """django-ninja's pagination: the handler is for lists passed instead."""
    try:
        return await items.all().acount()
    except AttributeError:
        return len(items)
