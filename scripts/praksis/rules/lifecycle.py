"""L4xx: the lifecycle of a principle, as log4brains keeps its decision records.

proposed -> adopted -> superseded (by a newer principle) or retired. Status, decision date,
meeting and supersedes chains must tell one story, because the card shows all of them.
"""

from __future__ import annotations

from ..diagnostics import Severity
from . import Rule

E, W = Severity.ERROR, Severity.WARNING

NO_DECISION_DATE = Rule(
    "L401", "missing-decision-date", E, "Princippet mangler beslutningsdato",
    "Et princip med status '{status}' skal have en beslutningsdato.",
    "Tilføj 'decided: ÅÅÅÅ-MM-DD' med datoen for mødet hvor det blev besluttet.",
    "Et vedtaget princip blev besluttet på et bestemt møde; datoen viser, hvor gammel praksis er.",
    "status: adopted\nmeeting: M-2026-02-03", "status: adopted\ndecided: 2026-02-03\nmeeting: M-2026-02-03")
NOTHING_REPLACES = Rule(
    "L402", "superseded-by-nothing", E, "Erstattet princip uden et princip der erstatter det",
    "{id} er markeret som erstattet, men intet vedtaget princip erstatter det.", "{fix}",
    "Et erstattet princip skal pege videre til den praksis, der gælder nu; det gør det nye princips "
    "'supersedes'.", "# P-0013\nstatus: superseded", "# P-0013\nstatus: superseded\n# P-0001\nsupersedes: [P-0013]")
SUPERSEDES_CYCLE = Rule(
    "L403", "supersedes-cycle", E, "Ring i kæden af erstatninger",
    "Principperne erstatter hinanden i ring: {chain}.",
    "Et princip kan kun erstatte ældre principper; fjern én af henvisningerne.",
    "Går erstatningerne i ring, er der intet princip, der gælder.", "# P-0001: supersedes: [P-0002]\n"
    "# P-0002: supersedes: [P-0001]", "# P-0002: supersedes: [P-0001]")
STALE_POINTER = Rule(
    "L404", "points-to-old-practice", W, "Vedtaget princip henviser til et erstattet eller udgået princip",
    "Vedtaget princip henviser til {target}, som er {state}.", "{fix}",
    "Gældende praksis bør henvise til det, der gælder nu.", "related: [P-0013]  # erstattet af P-0001",
    "related: [P-0001]")
REVIEW_OVERDUE = Rule(
    "L405", "review-overdue", W, "Revisionsdatoen er overskredet",
    "Revisionsdatoen {date} er overskredet.", "Tag princippet op på et teammøde og sæt en ny 'review_by'-dato.",
    "Principper tages op igen med faste mellemrum, så praksis ikke bliver forældet i stilhed.",
    "review_by: 2025-01-01", "review_by: 2027-06-01")
DATE_NOT_MEETING = Rule(
    "L406", "decision-date-mismatch", E, "Beslutningsdatoen passer ikke med mødets dato",
    "'decided' er {decided}, men mødet {meeting} blev holdt {held}.",
    "Ret datoen, eller henvis til det møde hvor princippet blev besluttet.",
    "Beslutningsdatoen og mødet skal pege på den samme beslutning.",
    "decided: 2026-02-04\nmeeting: M-2026-02-03", "decided: 2026-02-03\nmeeting: M-2026-02-03")
REPLACED_BUT_CURRENT = Rule(
    "L407", "replaced-but-current", E, "Et princip er erstattet, men har ikke status 'superseded'",
    "{id} er erstattet af {newer}, men har stadig status '{status}'.",
    "Ret status til 'superseded', eller fjern henvisningen under 'supersedes' i {newer}.",
    "Ellers viser princippets side både 'Vedtaget' og 'Erstattet af' på samme tid.",
    "# P-0013\nstatus: adopted\n# P-0001\nsupersedes: [P-0013]",
    "# P-0013\nstatus: superseded\n# P-0001\nsupersedes: [P-0013]")
FUTURE_DECISION = Rule(
    "L408", "future-decision", E, "Beslutningsdatoen ligger i fremtiden",
    "Beslutningsdatoen {date} ligger i fremtiden.",
    "Skriv datoen for det møde, hvor princippet blev besluttet; et kommende møde kan ikke have besluttet "
    "noget endnu.", "Et princip kan ikke være vedtaget på et møde, der ikke er holdt.", "decided: 2030-01-01",
    "decided: 2026-02-03")
PROPOSAL_AS_DECISION = Rule(
    "L409", "proposal-as-decision", E, "Et forslag står som beslutning i et mødereferat",
    "{id} står under 'decisions', men er et forslag (status 'proposed').",
    "Flyt {id} ud af 'decisions', til det er vedtaget; et forslag, der nævner mødet under 'meeting', vises som "
    "forslag på mødets side.",
    "Et forslag er ikke besluttet; mødets side ville ellers vise det som en beslutning.",
    "# mødet\ndecisions: [P-0016]\n# P-0016\nstatus: proposed", "# P-0016\nstatus: proposed\nmeeting: M-2026-12-01")
DECIDED_PROPOSAL = Rule(
    "L410", "decided-proposal", E, "Et forslag har en beslutningsdato",
    "Et forslag har en beslutningsdato; siden ville vise 'Forslag' og 'Besluttet' på én gang.",
    "Er forslaget vedtaget, så ret status til 'adopted'; ellers fjern 'decided'.",
    "Status og beslutningsdato skal fortælle det samme.", "status: proposed\ndecided: 2026-12-01",
    "status: adopted\ndecided: 2026-12-01")
ADOPTED_WITHOUT_MEETING = Rule(
    "L411", "adopted-without-meeting", E, "Et princip bliver vedtaget uden at nævne mødet, der vedtog det",
    "{id} bliver vedtaget med denne ændring, men {problem}.", "{fix}",
    "En vedtagelse er en beslutning truffet på et møde, og mødereferatet er dokumentationen for, hvem der "
    "besluttede hvad og hvornår. Reglen ser på, hvad en ændring gør: den kontrolleres af 'praksis changes' og "
    "'praksis check --base REF' (fx i en pull request), når et princip, der var et forslag eller ikke fandtes, "
    "får status 'adopted'.",
    "# P-0016, før: status: proposed\nstatus: adopted\ndecided: 2026-12-01",
    "# P-0016\nstatus: adopted\ndecided: 2026-12-01\nmeeting: M-2026-12-01\n# M-2026-12-01\ndecisions: [P-0016]")

RULES = (NO_DECISION_DATE, NOTHING_REPLACES, SUPERSEDES_CYCLE, STALE_POINTER, REVIEW_OVERDUE, DATE_NOT_MEETING,
         REPLACED_BUT_CURRENT, FUTURE_DECISION, PROPOSAL_AS_DECISION, DECIDED_PROPOSAL,
         ADOPTED_WITHOUT_MEETING)
