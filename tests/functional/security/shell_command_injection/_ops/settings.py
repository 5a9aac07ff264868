"""Deployment settings, read by other modules."""

USE_SHELL = True
NO_SHELL = False
BACKUP_COMMAND = "pg_dump --format=custom app > /var/backups/app.dump"
ARCHIVE_ROOT = "/srv/releases"
