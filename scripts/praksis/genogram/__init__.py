"""Genograms: a case's family, checked, drawn as inline SVG and told in words.

A case describes the family in its front matter under `family`, written by
hand by a caseworker. Only role pseudonyms and ages or age bands, never names
or dates::

    family:
      persons:
        - {id: barn-a, role: Barn A, sex: f, age: 9, focus: true}
        - {id: mor, role: Mor, sex: f, age: 34}
        - {id: far, role: Far, sex: m, age: 38}
        - {id: stedfar, role: Stedfar, sex: m, age: 40}
        - {id: morfar, role: Morfar, sex: m, age_band: "60-70", deceased: true}
        - {id: plejemor, role: Plejemor, sex: f, age: 50}
      relations:
        - {type: divorced, between: [mor, far]}       # couple | married | separated | divorced
        - {type: couple, between: [mor, stedfar]}
        - {type: parent, parent: mor, child: barn-a}   # parent | foster | adoptive
        - {type: parent, parent: far, child: barn-a}
        - {type: parent, parent: morfar, child: mor}
        - {type: foster, parent: plejemor, child: barn-a}
        - {type: close, between: [barn-a, plejemor]}    # close | conflictual | cutoff
      household: [barn-a, plejemor]                      # who lives together

`persons` (required) is a list; each person has `id`, `role` and `sex`
(m, f or u), optionally `age` (whole years) or `age_band` ("60-70" or
"70+"), `deceased` and `focus` (true/false). `relations` (optional) is a
list: partners and emotional ties name two persons in `between`; parentage
names `parent` and `child`. `household` (optional) lists the ids of the
persons who live together; it is drawn as an outline round them.

The public functions never raise on bad input, whatever its YAML shape:

- `validate_family(family, position)` -> problems (G701-G706, see rules/case_views.py),
- `render_genogram(family, *, title="Genogram", key=None)` -> Markup: a
  <figure> with the inline SVG ("" when there is no one to draw),
- `render_relations_text(family)` -> Markup: a Danish Markdown list of the
  persons and every relation, for beside the drawing.
"""

from .model import Problem
from .render import describe_family, render_genogram, render_relations_text
from .validate import validate_family

# The keys of `family`, described in Danish for the contributor guide: key -> (description, example).
FIELDS = {
    "family": ("Familien til genogrammet: personer, relationer og husstand. Kun roller og aldre, aldrig navne "
               "eller datoer.", ""),
    "family.persons": ("Liste over personerne (påkrævet).", "- {id: mor, role: Mor, sex: f, age: 34}"),
    "family.persons[].id": ("Kort id som relationerne bruger; små bogstaver og bindestreg.", "barn-a"),
    "family.persons[].role": ("Rollen som pseudonym; står under symbolet.", "Barn A"),
    "family.persons[].sex": ("m (mand/dreng, firkant), f (kvinde/pige, cirkel) eller u (ikke angivet, rombe).",
                             "f"),
    "family.persons[].age": ("Alder i hele år; for en afdød alderen ved dødsfaldet.", "9"),
    "family.persons[].age_band": ("Omtrentlig alder når den præcise ikke kendes; i stedet for age.",
                                  '"60-70" eller "70+"'),
    "family.persons[].deceased": ("true hvis personen er død (kryds over symbolet).", "true"),
    "family.persons[].focus": ("true for barnet i fokus (dobbelt streg om symbolet).", "true"),
    "family.relations": ("Liste over relationerne.", "- {type: divorced, between: [mor, far]}"),
    "family.relations[].type": ("Parforhold: married (gift), couple (kærester eller samboende), separated (gået "
                                "fra hinanden), divorced (skilt). Forældre og barn: parent, foster (pleje), "
                                "adoptive (adoption). Følelsesmæssige bånd: close (tæt), conflictual "
                                "(konfliktfyldt), cutoff (afbrudt kontakt).", "parent"),
    "family.relations[].between": ("De to personer i et parforhold eller et bånd.", "[mor, far]"),
    "family.relations[].parent": ("Forælderen, plejeforælderen eller adoptivforælderen (ved parent, foster og "
                                  "adoptive).", "mor"),
    "family.relations[].child": ("Barnet (ved parent, foster og adoptive).", "barn-a"),
    "family.household": ("Dem der bor sammen; tegnes med en ramme om dem.", "[barn-a, mor, stedfar]"),
}

__all__ = ["FIELDS", "Problem", "describe_family", "render_genogram", "render_relations_text", "validate_family"]
