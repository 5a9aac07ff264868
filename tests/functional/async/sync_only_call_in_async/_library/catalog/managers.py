"""Custom querysets and managers: their own methods run queries or build them."""

from django.db import models


class BookQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def by(self, author):
        return self.filter(author=author).order_by("-year")

    def total_pages(self):
        return self.aggregate(models.Sum("pages"))["pages__sum"]


class PublishedManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(published=True)

    def latest_title(self):
        return self.get_queryset().latest("year").title
