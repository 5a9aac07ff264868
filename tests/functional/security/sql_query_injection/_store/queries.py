"""Queries kept as constants."""

BY_STATUS = "SELECT id, name FROM orders WHERE status = ?"
ORDER_COLUMNS = "id, name, status"
ARCHIVE = "DELETE FROM orders WHERE created < date('now', '-1 year')"
