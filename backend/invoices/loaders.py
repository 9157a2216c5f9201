"""Invoice rows by id and an invoice's lines, batched per request."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from strawberry.dataloader import DataLoader

from backend.core.loaders import by_id
from backend.invoices.models import Invoice, InvoiceLine

invoices_by_id = by_id(Invoice)


def _lines_by_invoice() -> DataLoader[str, list[InvoiceLine]]:
    async def load(ids: Sequence[str]) -> list[list[InvoiceLine]]:
        grouped: dict[str, list[InvoiceLine]] = defaultdict(list)
        for line in await InvoiceLine.filter(invoice_id__in=list(ids)).order_by("position"):
            grouped[str(line.invoice_id)].append(line)
        return [grouped[str(i)] for i in ids]

    return DataLoader(load_fn=load)


lines_by_invoice: Callable[[], DataLoader[str, list[InvoiceLine]]] = _lines_by_invoice
