"""Where the service's backends live."""

REDIS_URL = "redis://localhost:6379/0"
DATABASE_URL = "postgresql://app@localhost/app"
ASYNC_DATABASE_URL = "postgresql+asyncpg://app@localhost/app"
BUCKET = "uploads"
