"""Records the SQL statements a block of code sends, with their values and the rows they return."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Statement:
    sql: str
    values: list[Any]
    rows: int  # rows the database returned to Python


@dataclass
class StatementRecorder:
    """Wraps the tortoise connection's query methods while active (like tests.support.QueryCounter)."""

    connection: Any
    statements: list[Statement] = field(default_factory=list)

    def __enter__(self) -> StatementRecorder:
        cls = type(self.connection)
        self._originals = {n: getattr(cls, n) for n in ("execute_query", "execute_query_dict")}
        for name, original in self._originals.items():
            setattr(cls, name, self._wrap(original))
        return self

    def _wrap(self, original: Any) -> Any:
        async def recorded(client: Any, query: str, values: list[Any] | None = None) -> Any:
            result = await original(client, query, values)
            # execute_query answers (rowcount, rows); execute_query_dict answers the rows.
            rows = result[1] if isinstance(result, tuple) else result
            self.statements.append(Statement(query, list(values or []), len(rows)))
            return result

        return recorded

    def __exit__(self, *exc: object) -> None:
        for name, original in self._originals.items():
            setattr(type(self.connection), name, original)

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.statements)

    def counts(self) -> list[str]:
        return [s.sql for s in self.statements if "COUNT(" in s.sql.upper()]
