"""Settings of the fixture's Django project (never imported by the linter)."""

INSTALLED_APPS = ["django.contrib.contenttypes", "_library.catalog"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "library.db"}}
PAGE_SIZE = 20
