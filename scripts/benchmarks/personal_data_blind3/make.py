# -*- coding: utf-8 -*-
"""Build the blind3 held-out corpus: planted.jsonl, clean.jsonl, institutions.jsonl.
Templates are hand-written in tpl_*.py; engine.py fills slots and records offsets."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
from engine import R, render
import tpl_p1, tpl_p2, tpl_p3, tpl_p4, tpl_p5, tpl_p6, tpl_p7, tpl_c1, tpl_c2, tpl_c3, tpl_c4, tpl_i

OUT = os.path.dirname(os.path.abspath(__file__))

# Hand-written closing sentences without personal data; appended to some prose notes.
TAILS = [
 "Næste skridt: sagsbehandleren følger op inden for 14 dage og orienterer teamlederen.",
 "Notatet er læst op for Mor, som er enig i indholdet, dog med den bemærkning, at hun ikke kan genkende beskrivelsen af morgenerne.",
 "Sagen drøftes på teammødet {WEEKDAY}, hvor det besluttes, om der skal iværksættes en børnefaglig undersøgelse efter § 20.",
 "Forældrene er vejledt om retten til aktindsigt og om muligheden for at have en bisidder med til møderne.",
 "Der er ikke på nuværende tidspunkt grundlag for at handle uden forældrenes samtykke.",
 "Teamlederen har godkendt vurderingen {DATE}.",
 "Notatet er journaliseret under sagsnr. {CASENO}.",
 "Barnet er orienteret i et sprog, der passer til alderen, og har fået at vide, hvem det kan kontakte.",
 "Skolen er bedt om at sende en skriftlig pædagogisk udtalelse inden fire uger.",
 "Der bestilles tolk til næste møde, da Far ønsker at kunne tale på sit modersmål.",
 "Opfølgning aftalt til {DATE} {TIME}.",
 "Vurderingen sker med udgangspunkt i ICS og barnets perspektiv, jf. Barnets lov §§ 4 og 5.",
 "Sundhedsplejen og skolen er orienteret om, at sagen er åben.",
 "Sagsbehandleren vurderer, at der fortsat er grund til bekymring, men at familien samarbejder.",
 "Det er aftalt, at alle parter giver besked, hvis der sker ændringer inden næste møde.",
 "Mødet sluttede {TIME}, og alle fik udleveret en kopi af aftalerne.",
 "Hvis der kommer nye oplysninger, vurderes sagen på ny.",
 "Notatet sendes ikke til samarbejdspartnere, da det indeholder oplysninger om forældrenes helbred.",
 "Familien får skriftlig besked om aftalerne via Digital Post.",
 "Den samlede vurdering indgår i opfølgningen på barnets plan.",
 "Der er ikke behov for akut handling, men sagen prioriteres.",
 "Forældrene fik tid til at stille spørgsmål, og de sagde begge, at de havde forstået planen.",
]

def can_tail(tpl):
    last = tpl.rstrip().split("\n")[-1]
    if not last.endswith(".") or len(last) < 80: return False
    if re.search(r"hilsen|Mvh|Kh |\{[A-Z]\d\.(full|first)\}$", last): return False
    return True

def add_tail(text, spans, tpl):
    if can_tail(tpl) and R.random() < 0.55:
        t, sp = render(R.choice(TAILS), allow_personal=False)
        assert not sp
        text = text + " " + t
    return text, spans

def has_person_slots(t): return bool(re.search(r"\{[GBWMSTIYZ]\d\.", t))

def build(templates, prefix, allow_personal, reps_slotted, reps_fixed, minimum):
    jobs = []
    for ti, t in enumerate(templates):
        n = reps_slotted if ((has_person_slots(t) and "[[" not in t) or not allow_personal) else reps_fixed
        jobs += [ti] * n
    slotted = [ti for ti, t in enumerate(templates) if (has_person_slots(t) and "[[" not in t) or (not allow_personal)]
    extra = list(slotted); R.shuffle(extra)
    while len(jobs) < minimum:
        jobs.append(extra.pop())
    R.shuffle(jobs)
    rows = []; seen = set()
    for i, ti in enumerate(jobs):
        tpl = templates[ti]
        for _ in range(20):
            text, spans = render(tpl, allow_personal=allow_personal)
            if text not in seen: break
        seen.add(text)
        text, spans = add_tail(text, spans, tpl)
        for sp in spans:
            assert text[sp["start"]:sp["end"]] == sp["text"]
        if not allow_personal:
            spans = [s for s in spans if s["kind"] == "institution"]
        rows.append({"id": "%s%03d" % (prefix, i + 1), "text": text, "planted": spans, "template": "%s-t%03d" % (prefix.rstrip("-"), ti + 1)})
    return rows

planted_T = tpl_p1.T + tpl_p2.T + tpl_p3.T + tpl_p4.T + tpl_p5.T + tpl_p6.T + tpl_p7.T
clean_T = tpl_c1.T + tpl_c2.T + tpl_c3.T + tpl_c4.T
inst_T = tpl_i.T

planted = build(planted_T, "blind3-p", True, 3, 1, 250)
clean = build(clean_T, "blind3-c", False, 3, 3, 250)
for r in clean: assert r["planted"] == []
inst = build(inst_T, "blind3-i", False, 3, 3, 39)
for r in inst: assert r["planted"] and all(s["kind"] == "institution" for s in r["planted"])

def dump(rows, name):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            r = {"id": r["id"], "text": r["text"], "planted": r["planted"]}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump(planted, "planted.jsonl"); dump(clean, "clean.jsonl"); dump(inst, "institutions.jsonl")

# verification pass from disk
from collections import Counter
tot = Counter(); words = Counter(); paras = Counter()
for name in ["planted.jsonl", "clean.jsonl", "institutions.jsonl"]:
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            for sp in o["planted"]:
                assert o["text"][sp["start"]:sp["end"]] == sp["text"], (o["id"], sp)
                tot[(name, sp["kind"])] += 1
            words[name] += len(o["text"].split()); paras[name] += 1
print("templates: planted %d, clean %d, institutions %d, total %d" % (len(planted_T), len(clean_T), len(inst_T), len(planted_T) + len(clean_T) + len(inst_T)))
for name in paras:
    print("%s: %d paragraphs, %d words (avg %.1f)" % (name, paras[name], words[name], words[name] / paras[name]))
for k, v in sorted(tot.items()): print("  %s %s: %d" % (k[0], k[1], v))
print("words total: %d" % sum(words.values()))
