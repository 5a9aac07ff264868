"""An upload service: settings and a storage class that hand out paths."""
