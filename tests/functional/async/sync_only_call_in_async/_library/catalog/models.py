"""The catalogue app's models."""

from django.db import models

from .managers import BookQuerySet, PublishedManager


class Author(models.Model):
    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name

    def book_count(self):
        return self.books.count()


class Tag(models.Model):
    label = models.CharField(max_length=30)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, related_name="books", on_delete=models.CASCADE)
    tags = models.ManyToManyField(Tag)
    published = models.BooleanField(default=False)
    year = models.IntegerField()
    pages = models.IntegerField()

    objects = BookQuerySet.as_manager()
    live = PublishedManager()

    def publish(self):
        self.published = True
        self.save(update_fields=["published"])


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
    stars = models.IntegerField()
