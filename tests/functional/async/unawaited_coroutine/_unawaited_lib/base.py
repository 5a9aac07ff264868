import abc


class Repository(abc.ABC):
    @abc.abstractmethod
    def table(self):
        """The table this repository reads."""

    async def save(self, record):
        return record

    async def close(self):
        return None
