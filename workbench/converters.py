"""Path converters for database ids."""

from __future__ import annotations

# The largest id a bigint primary key can hold, on PostgreSQL and SQLite alike.
MAX_ID = 2**63 - 1


class DatabaseId:
    """A positive integer that fits the database's id column; a longer number matches no URL
    (so it is a 404, not an OverflowError in the query)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError(f"{value} is beyond the largest id")
        return number

    def to_url(self, value: int) -> str:
        return str(value)
