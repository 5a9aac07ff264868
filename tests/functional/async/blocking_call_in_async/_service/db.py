"""Engines and session factories, sync and async."""

from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from . import settings

engine = create_engine(settings.DATABASE_URL)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
async_engine = create_async_engine(settings.ASYNC_DATABASE_URL)
AsyncSessionLocal = async_sessionmaker(async_engine)


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


SESSION_FACTORIES = {"default": SessionLocal}


def get_scoped_db() -> Iterator[Session]:
    session = SESSION_FACTORIES["default"]()
    try:
        yield session
    finally:
        session.close()


def count_users(db: Session) -> int:
    return db.execute("SELECT count(*) FROM users").scalar_one()
