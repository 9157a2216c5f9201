"""An invoice rendered to PDF with fpdf2: number, dates, organization, client, lines, taxes, totals.

Uses the PDF core font (Helvetica), which covers Latin-1; other characters print as "?" until a
Unicode TTF font ships with the project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from backend.core.money import in_minor_units
from backend.invoices import totals
from backend.invoices.models import DiscountKind, Invoice, InvoiceLine, InvoiceStatus
from backend.orgs.models import Organization


def _text(value: object) -> str:
    return str(value).encode("latin-1", "replace").decode("latin-1")


def _money(amount: Decimal, currency: str) -> str:
    return f"{in_minor_units(amount, currency):,} {currency}"


def _rate(rate: Decimal) -> str:
    return f"{rate.normalize():f}%"


def render_invoice_pdf(
    invoice: Invoice, lines: Sequence[InvoiceLine], organization: Organization
) -> bytes:
    currency = invoice.currency
    computed = totals.compute(
        [totals.LineInput(line.quantity, line.unit_price, line.tax_rate) for line in lines],
        currency=currency,
        discount_kind=invoice.discount_kind,
        discount_value=invoice.discount_value,
        amount_paid=invoice.amount_paid,
    )
    pdf = FPDF(format="A4")
    pdf.set_title(_text(f"Invoice {invoice.number or 'draft'}"))
    pdf.set_author(_text(organization.name))
    pdf.add_page()
    width = pdf.epw

    def row(*cells: tuple[str, float, str], bold: bool = False, size: int = 10) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", size)
        for text, share, align in cells:
            pdf.cell(width * share, 7, _text(text), align=align)
        pdf.ln(7)

    title = f"Invoice {invoice.number}" if invoice.number else "Invoice (DRAFT)"
    if invoice.status == InvoiceStatus.VOID:
        title += " - VOID"
    row((organization.name, 0.5, "L"), (title, 0.5, "R"), bold=True, size=14)
    row(("", 0.5, "L"), (f"Issued: {invoice.issue_date or '-'}", 0.5, "R"))
    row(("", 0.5, "L"), (f"Due: {invoice.due_date or '-'}", 0.5, "R"))
    pdf.ln(4)
    row(("Bill to", 1.0, "L"), bold=True)
    pdf.set_font("Helvetica", "", 10)
    client = [invoice.client_name or "", invoice.client_address or ""]
    if invoice.client_tax_id:
        client.append(f"Tax id: {invoice.client_tax_id}")
    pdf.multi_cell(width, 5, _text("\n".join(part for part in client if part)))
    pdf.ln(4)

    columns = (0.46, 0.12, 0.14, 0.1, 0.18)
    row(
        ("Description", columns[0], "L"),
        ("Quantity", columns[1], "R"),
        ("Unit price", columns[2], "R"),
        ("Tax", columns[3], "R"),
        ("Amount", columns[4], "R"),
        bold=True,
    )
    for line, line_totals in zip(lines, computed.lines, strict=True):
        row(
            (line.description[:70], columns[0], "L"),
            (f"{line.quantity.normalize():f}", columns[1], "R"),
            (f"{line.unit_price.normalize():f}", columns[2], "R"),
            (_rate(line.tax_rate), columns[3], "R"),
            (_money(line_totals.amount, currency), columns[4], "R"),
        )
    pdf.ln(3)

    def total(label: str, amount: Decimal, *, bold: bool = False) -> None:
        row(("", 0.4, "L"), (label, 0.35, "R"), (_money(amount, currency), 0.25, "R"), bold=bold)

    total("Subtotal", computed.subtotal)
    if computed.discount_total:
        label = "Discount"
        if invoice.discount_kind is DiscountKind.PERCENT and invoice.discount_value is not None:
            label += f" ({_rate(invoice.discount_value)})"
        total(label, -computed.discount_total)
    taxes: dict[Decimal, Decimal] = defaultdict(Decimal)
    for line, line_totals in zip(lines, computed.lines, strict=True):
        taxes[line.tax_rate.normalize()] += line_totals.tax
    for rate, tax in sorted(taxes.items()):
        if rate:
            total(f"Tax {_rate(rate)}", tax)
    total("Total", computed.total, bold=True)
    if computed.amount_paid:
        total("Paid", computed.amount_paid)
    total("Balance due", invoice.balance, bold=True)
    if invoice.notes:
        pdf.ln(6)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(width, 5, _text(invoice.notes), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())
