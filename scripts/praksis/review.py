"""`praksis review`: the principles due for review, by owner, for the faglig koordinator's agenda.

The same list as the site's "Til revision" page (history_views.HistoryViews.due), as text or JSON.
"""

from __future__ import annotations

import json
from datetime import date

from .danish import danish_date
from .history import History
from .history_views import HistoryViews
from .pipeline import Run

Agenda = list[tuple[str, list[tuple[object, object]]]]  # (owner, [(Entry, ReviewView)])


def agenda(result: Run, within: int) -> Agenda:
    views = HistoryViews(result.kb, History(), result.sitemap, lambda entry: None)
    return views.due(within)


def as_text(owners: Agenda, today: date, within: int) -> str:
    if not owners:
        return f"Ingen principper skal revideres inden for {within} dage (i dag er {danish_date(today)})."
    total = sum(len(items) for _, items in owners)
    lines = [f"Til revision: {total} {'princip' if total == 1 else 'principper'} inden for {within} dage "
             f"(i dag er {danish_date(today)})."]
    for owner, items in owners:
        lines += ["", owner]
        for entry, review in items:
            state = (f"overskredet med {-review.days} {_day(-review.days)}" if review.level == "overdue"
                     else f"om {review.days} {_day(review.days)}")
            lines.append(f"  {review.iso}  {entry.id}  {entry.title}  ({state}; {entry.path})")
    return "\n".join(lines)


def _day(count: int) -> str:
    return "dag" if count == 1 else "dage"


def as_json(owners: Agenda, today: date) -> str:
    return json.dumps({"today": today.isoformat(), "owners": [
        {"owner": owner, "principles": [
            {"id": entry.id, "title": entry.title, "path": entry.path, "status": entry.status,
             "review_by": review.iso, "days": review.days, "overdue": review.level == "overdue"}
            for entry, review in items]}
        for owner, items in owners]}, ensure_ascii=False, indent=2)
