"""Async views of a Django app: ORM queries on the event loop, and what is fine."""

# pylint: disable=unused-variable

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import aget_object_or_404, get_object_or_404

from _library import settings
from _library.catalog.models import Author, Book, Tag
from _library.catalog.services import BookService, archive, raw_count, title_of, top_authors


async def book_detail(request, pk):
    book = Book.objects.get(pk=pk)  # [sync-only-call-in-async]
    same = await Book.objects.aget(pk=pk)
    count = Book.objects.filter(author=same.author).count()  # [sync-only-call-in-async]
    exists = await Book.objects.filter(year=2000).aexists()
    if await Book.objects.count() == 0:  # [sync-only-call-in-async]
        return JsonResponse({})
    Book.objects.filter(year__lt=1900).update(published=False)  # [sync-only-call-in-async]
    Book.objects.create(title="New", author=same.author, year=2024, pages=1)  # [sync-only-call-in-async]
    return JsonResponse({"title": book.title, "count": count, "exists": exists})


async def book_list(request):
    books = Book.objects.filter(published=True).order_by("title")
    titles = [book.title for book in books]  # [sync-only-call-in-async]
    first = books[0]  # [sync-only-call-in-async]
    page = books[: settings.PAGE_SIZE]
    async for book in page:
        titles.append(book.title)
    if books:  # [sync-only-call-in-async]
        titles.append("...")
    total = len(books)  # [sync-only-call-in-async]
    every_other = books[::2]  # [sync-only-call-in-async]
    for book in Book.objects.all():  # [sync-only-call-in-async]
        titles.append(book.title)
    everything = list(Book.objects.select_related("author"))  # [sync-only-call-in-async]
    wanted = first in books  # [sync-only-call-in-async]
    return JsonResponse({"titles": titles, "total": total, "n": len(every_other)})


async def author_page(request, pk):
    author = await Author.objects.aget(pk=pk)
    books = author.books.all()
    count = author.books.count()  # [sync-only-call-in-async]
    also = await author.books.acount()
    per_author = author.book_count()  # [sync-only-call-in-async]
    book = await books.afirst()
    tags = [tag async for tag in Tag.objects.all()]
    book.tags.set(tags)  # [sync-only-call-in-async]
    reviews = book.review_set.count()  # [sync-only-call-in-async]
    book.save()  # [sync-only-call-in-async]
    await book.asave()
    book.publish()  # [sync-only-call-in-async]
    return JsonResponse({"title": title_of(book), "author": book.author_id, "user": str(request.user)})


async def through_services(request, pk):
    service = BookService()
    book = service.get(pk)  # [sync-only-call-in-async]
    recent = service.recent()
    async for item in recent:
        print(item)
    names = top_authors(5)  # [sync-only-call-in-async]
    rows = raw_count()  # [sync-only-call-in-async]
    archive(book)  # [sync-only-call-in-async]
    cursor = connection.cursor()  # [sync-only-call-in-async]
    title = Book.live.latest_title()  # [sync-only-call-in-async]
    pages = Book.objects.total_pages()  # [sync-only-call-in-async]
    published = Book.objects.published().by(book.author)
    count = await published.acount()
    found = get_object_or_404(Book, pk=pk)  # [sync-only-call-in-async]
    again = await aget_object_or_404(Book, pk=pk)
    return JsonResponse({"names": names, "rows": rows, "title": title, "pages": pages})


async def handed_to_threads(request, pk):
    book = await sync_to_async(Book.objects.get)(pk=pk)
    books = await sync_to_async(list)(Book.objects.filter(published=True))
    count = await database_sync_to_async(Book.objects.count)()
    names = await sync_to_async(top_authors)(5)
    rows = await sync_to_async(raw_count, thread_sensitive=True)()

    def in_thread():
        return Book.objects.get(pk=pk).title

    title = await sync_to_async(in_thread)()
    return JsonResponse({"book": book.pk, "count": count, "title": title})


class ShelfView:
    """A class-based async view holding its querysets on self."""

    queryset = Book.objects.filter(published=True)

    def __init__(self, author):
        self.recent = Book.objects.filter(author=author).order_by("-year")

    async def get(self, request):
        total = self.queryset.count()  # [sync-only-call-in-async]
        first = await self.recent.afirst()
        for book in self.recent:  # [sync-only-call-in-async]
            print(book.title)
        return JsonResponse({"total": total, "first": first.pk, "user": str(request.user)})


@database_sync_to_async
def load_book(pk):
    return Book.objects.get(pk=pk)


@sync_to_async
def load_author(pk):
    return Author.objects.get(pk=pk)


async def consumer(pk):
    book = await load_book(pk)
    author = await load_author(pk)
    return book, author


def sync_view(request, pk):
    """Sync code may query: nothing to report."""
    book = Book.objects.get(pk=pk)
    book.save()
    return list(Book.objects.all()), top_authors(3), len(Book.objects.all())
