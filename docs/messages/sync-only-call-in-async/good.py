from django.db import models
from django.http import JsonResponse


class Book(models.Model):
    title = models.CharField(max_length=200)
    published = models.BooleanField(default=False)


def published_books():
    return Book.objects.filter(published=True)


async def catalogue(request):
    books = published_books()
    total = await books.acount()
    titles = [book.title async for book in books]
    return JsonResponse({"total": total, "titles": titles})
