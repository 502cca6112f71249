"""Danish presentation of values shared by the model and the templates."""

from __future__ import annotations

from datetime import date

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def danish_date(value: date | None) -> str:
    """3. februar 2026"""
    if value is None:
        return ""
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"
