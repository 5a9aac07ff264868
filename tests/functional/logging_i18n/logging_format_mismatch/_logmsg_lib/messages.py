RETRY = "retrying %s (attempt %d)"
FAILED = "giving up on %s"
