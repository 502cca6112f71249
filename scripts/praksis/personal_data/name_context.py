"""Where names stand: the words around a capitalised word that say it names a person.

Used for names in no list (a stranger needs context to count) and for listed names that are also
ordinary words ('Storm' opening a sentence is a name only if a person does something next).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .columns import line_end
from .words import danish, ordinary

# The agreed role pseudonyms and other role words are never names.
ROLES = frozenset("""
barn mor far mormor morfar farmor farfar stedfar stedmor plejemor plejefar plejeforældre forælder forældre bror
søster halvbror halvsøster storebror lillebror storesøster lillesøster onkel tante moster faster morbror farbror
fætter kusine sagsbehandler sagsejer skolelærer lærer klasselærer pædagog sundhedsplejerske psykolog teamleder
leder faglig koordinator kontaktperson bisidder advokat læge ung dreng pige familieplejer skoleleder tolk værge
nabo ven veninde kæreste
 gravid gravide chauffør ledsager translatør oversætter tandlæge
child patient mother father parent boy girl pupil student applicant sir madam""".split())
# Capitalised only because they open the sentence: they do not start a proper noun.
FUNCTION_WORDS = frozenset("""
og men eller hos med til fra for på i om af at den det de en et der som hvor når hvis da så nu her efter før under
over mellem ved uden mod jeg vi du han hun hans hendes deres vores min din sin også ikke kun bare selv alle både
enten fordi mens siden sammen hvordan hvad hvem hvorfor ifølge blandt bag foran inden gennem omkring via dog
endelig desuden derfor samt både hverken ligesom vedlagt vedhæftet medsendt fremsendt tilsendt
ja nej jo ok okay tak fint godt måske selvfølgelig klart nemlig præcis undskyld altså
mig dig os jer dem ham hende sig
hjemme hjem ude inde
""".split())  # a dialogue's answers ('Mor: Nej, det ...'); where ('Onkel | Hjemme hos onkel')
HONORIFICS = frozenset({"hr", "fru", "frk", "dr", "mr", "mrs", "ms"})
# Months and days, also names ('Maj', 'August'), are no strangers; in the list they need a person's context.
CALENDAR = frozenset("""januar februar marts april maj juni juli august september oktober november december
mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske pinse kristi
feb apr aug sept okt nov dec tirs tirsd onsd torsd lør
monday tuesday wednesday thursday friday saturday sunday""".split())  # not jan, jun, tors, fred: names; English days
# head a mail's 'Sent: Monday, June 30, 2025'
SEASONS = frozenset("forår sommer efterår vinter".split())  # 'Vinter er barnets yndlingsårstid'
_SENTENCE_END = set(".!?:;|#>…")
_BULLETS = "•·▪◦‣"  # a list's item marks: what follows one opens a sentence
_OPENING = " \t*_[(\"'“”„»«`~<!-+–—→☐☑☒✓✔□" + _BULLETS
# A line's date or time before a dash: 'Søn. 7/4 – Lang snak', '22/6 – Høretest'; what follows opens a sentence.
_DATED_LEAD = re.compile(r"(?:^|[ \t(])(?:\d{1,2}[./]\d{1,2}(?:[./-]\d{2,4})?|kl\.?[ \t]*\d{1,2}[.:]\d\d)\.?$")
_FRONT_MATTER_KEY = re.compile(r"[\w-]+:")
_NUMBERED = re.compile(r"\d{1,3}[.)][ \t]")

# Kin and role words: 'moster, X,', 'Sagsbehandler X', 'plejefamilien X'.
KIN_AND_ROLES = frozenset("""
barn barnet mor moderen moren far faderen faren mormor morfar farmor farfar bedstemor bedstefar oldemor oldefar
stedfar stedmor bonusfar bonusmor bonusbror bonussøster papfar papmor
plejemor plejefar plejeforældre plejefamilien plejefamilie familien familie forælder forældre bror broderen søster
søsteren halvbror halvsøster storebror lillebror storesøster lillesøster onkel tante moster faster morbror farbror
fætter kusine nevø niece søn datter sønnen datteren kæreste kæresten ven veninde vennen veninden nabo naboen
sagsbehandler sagsbehandleren socialrådgiver socialrådgiveren familiebehandler familiebehandleren skolelærer lærer
læreren klasselærer klasselæreren pædagog pædagogen kontaktpædagog sundhedsplejerske sundhedsplejersken psykolog
psykologen skolepsykolog teamleder teamlederen leder lederen koordinator kontaktperson kontaktpersonen bisidder
bisidderen advokat advokaten læge lægen tolk tolken værge værgen familieplejer familieplejeren skoleleder
skolelederen afdelingsleder støttekontaktperson mentor mentoren fuldmægtig jurist juristen betjent politibetjent vagthavende
plejebarn plejebarnet unge ung drengen pigen opringer opringeren anmelder anmelderen underretter klager børn
børnene søskende rådgiver rådgiveren myndighedsrådgiver familierådgiver ungerådgiver referent referenten sagsejer
sagsejeren ordstyrer partsrepræsentant tilsynsførende udlejer udlejeren
chauffør chaufføren ledsager ledsageren translatør translatøren oversætter oversætteren tandlæge tandlægen
socialpædagog socialpædagogen pædagogmedhjælper pædagogmedhjælperen vikar vikaren jordemoder jordemoderen
sygeplejerske sygeplejersken politiassistent politiassistenten klubleder klublederen konsulent konsulenten
tidtager tidtageren dommer dommeren familieplejekonsulent familieplejekonsulenten træner træneren klinikassistent
klinikassistenten tandplejer tandplejeren vejleder vejlederen overlæge overlægen speciallæge psykiater psykiateren
præst præsten sognepræst sognepræsten imam imamen rabbiner rabbineren pastor pastoren formand formanden
elev eleven borger borgeren profil profilen hjælper hjælperen arbejdsleder arbejdslederen afløser afløseren
""".split())
# Every word that stands for a person without naming one: the role pseudonyms and the kin and role words.
PERSON_WORDS = KIN_AND_ROLES | ROLES


@lru_cache(maxsize=8192)
def a_persons_compound(low: str) -> bool:
    """A compound of a Danish word and a person's word: 'besøgsmor', 'barnefar', 'ferieafløser', 'weekendfar'. The
    first part has four letters or more, so a name that only ends so stays a name ('Rigmor', 'Jaafar')."""
    for cut in range(_FIRST_PART, len(low) - 2):
        if low[cut:] in PERSON_WORDS:
            head = low[:cut]
            if head in danish() or (head[-1] in "se" and len(head) > _FIRST_PART and head[:-1] in danish()):
                return True
    # a former or a fellow one: 'ekskæresten', 'eksmand', 'medlejer', 'medansøgers'
    rest = low[3:] if low.startswith(("eks", "med")) else low[2:] if low.startswith("ex") else ""
    return len(rest) >= 3 and (rest in PERSON_WORDS or rest.rstrip("s") in PERSON_WORDS
                               or (low.startswith("med") and rest.rstrip("s").endswith("er") and rest.rstrip("s") in danish()))


_FIRST_PART = 4


# Labels of a form or a list whose value is a person: 'Navn: X', 'Til stede: X', 'Ansøger: X'.
LABELS = frozenset("navn stede deltagere ansøger ansøgere kontaktperson anmelder opringer underskrift vedr vedrørende fornavn "
                   "kvinde afbud underskrevet "  # a shelter's intake: 'Kvinde: THU TRUONG'; who sent word: 'Afbud: Balder (syg)'
                   "fornavne efternavn mellemnavn kaldenavn sigtede forurettede pt patient vagt dagvagt aftenvagt "
                   "nattevagt att attn kontakt surname names "
                   "alias stavemåde".split())  # a name's other spellings ('Alias/stavemåde: Nimcoh')
# Where a word in lower case is someone: before what only a person does ('jeg kommer ikke i dag, semhar er syg',
# 'zilan blev hentet af ...', 'Da vitus slog hovedet'), in the genitive before what only a person owns ('ifrahs mail
# er ...', 'brug for turiðs personnummer'), and after a form's filler ('Udfyldt af emre.'). unlisted_names.py reads
# them; anchors.py's one pass says where any stands.
LOWER_CASE_DOINGS = (" bor ", " siger ", " sagde ", " græd ", " græder ", " sidder ", " sover ", " ringede ", " er syg",
                     " blev hentet ", " blev afleveret ", " slog ", " var nervøs", " var lidt nervøs")
LOWER_CASE_BELONGINGS = ("s mail", "s e-mail", "s personnummer", "s cpr", "s mobil", "s telefon", "s adresse",
                         "s fødselsdag", "s mor ", "s far ")
FORM_FILLERS = ("udfyldt", "skrevet", "noteret", "underskrevet", "hentet")
# A verb of speech before the speaker: '"...", siger X'.
SPEECH = frozenset("siger sagde fortæller fortalte spørger spurgte svarer svarede forklarer forklarede råber råbte "
                   "skriver skrev hedder hed kaldet kaldes".split())
# Words after which any capitalised word is a person's name: 'hr. X', 'Kære X', 'familien X'.
ALWAYS_BEFORE = frozenset("hr fru frk dr mr mrs ms kære hej hejsa hi hello dear familien plejefamilien ægteparret "
                          "hilsen mvh kh vh knus tillykke bedring".split())  # 'Tillykke Bubber!', 'god bedring Tutti'
CONTEXT_WORDS = ALWAYS_BEFORE | KIN_AND_ROLES | LABELS | SPEECH
# What a person does to a matter: 'Vinter vurderer, at', 'Jack aftalte med'; no verb of speech, so no word of the
# frequency list becomes a speaker by it (speaks_after).
JUDGING = frozenset("oplever oplevede vurderer vurderede aftaler aftalte roser rosede".split())
# What only a person does: 'X fortæller', 'X græder'. After an unknown word opening a sentence, a name.
HUMAN_VERBS = frozenset("""
fortæller fortalte siger sagde oplyser oplyste forklarer forklarede udtaler udtalte svarer svarede spørger spurgte
nævner nævnte mener mente ønsker ønskede beretter berettede skriver skrev ringer ringede græder græd råber råbte
synes syntes tænker tænkte husker huskede føler følte sover sov spiser spiste leger legede bor boede beskriver beskrev
underretter underrettede trives trivedes smiler smilede griner grinede savner savnede foreslår foreslog tegner tegnede
hæfter hæftede undrer undrede reflekterer reflekterede
henter hentede afleverer afleverede indkalder indkaldte besøger besøgte
retter rettede læser læste godkender godkendte tilføjer tilføjede
""".split()) | JUDGING  # a contact plan's 'Liam henter Nikolaj kl. 09.50', 'Merle indkalder til nyt møde'; not 'tager' ('Storm tager
# til'), 'kommer' ('Sol kommer frem'), 'kører' ('Movia kører ikke', 'TV kørte hele tiden')
# What a person does, and much else too ('X er 9 år', 'Ugeskemaet er hængt op'): a warning at most.
PERSON_VERBS = frozenset("""
fortæller fortalte siger sagde oplyser oplyste forklarer forklarede udtaler udtalte svarer svarede spørger spurgte
nævner nævnte mener mente ønsker ønskede beretter berettede skriver skrev ringer ringede græder græd råber råbte
er var har havde bor boede går gik kommer kom vil ville kan kunne skal skulle må måtte får fik føler følte virker
virkede giver gav ser synes syntes tænker tænkte husker huskede viser viste deltager deltog bliver blev beskriver
beskrev fylder fyldte starter startede begyndte begynder flyttede flytter sover sov spiser spiste leger legede
fulgte følger udeblev udebliver opholder mødte møder hentede henter afleverede afleverer kørte kører
""".split())  # the last line: a log's doings ('kl. 09.23 – Robel udeblev', 'Semere opholder sig i udlandet')
# Animals and toys have names too ('katten Frost', 'Kaninerne hedder Storm og Lykke'): no personal data.
PETS = frozenset("""kat katten katte kattene hund hunden hunde hundene kanin kaninen kaniner kaninerne hamster
hamsteren hamstren marsvin marsvinet hest hesten hestene fisk fisken undulat undulaten papegøje papegøjen dukke
dukken dukkerne bamse
bamsen bamserne tøjdyr tøjdyret krammedyr krammedyret kælenavn labrador hvalp hvalpen puddel terrier schæfer pony
ponyen fugl fuglen kanariefugl skildpadde skildpadden rotte rotten gris grisen høne hønen kylling kyllingen gekko
slange slangen""".split())
# 'team Vest', 'distrikt Nord': a part of the organisation, not a person named Vest.
UNITS = frozenset("""team teamet afdeling afdelingen distrikt distriktet område området region gruppe gruppen klinik
klinikken tandklinik tandklinikken afsnit afsnittet bydel bydelen kvarter kvarteret""".split())  # 'bydel Syd'
COMPASS = frozenset("nord syd øst vest midt oest".split())
# Capitals that are no one's initials: the field's and the office's acronyms, a role's ('SB' sagsbehandler, 'TL'
# teamleder, 'FK' faglig koordinator) and a letter's own ('NB', 'PS').
# ... of which these sign as initials would at a text's end ('/BL', '\n\nSB'): a role's, a law's, a sign-off's.
ROLE_ABBREVIATIONS = frozenset("sb tl fk sr kp pm pf spl".split())  # spl: sygeplejerske
SIGNING_ACRONYMS = ROLE_ABBREVIATIONS | frozenset("bl sl sel fvl vh kh mvh re cc pr hr nb kk".split())
ACRONYMS = SIGNING_ACRONYMS | frozenset("""ics sos ppr bfu ssp kl viso uu uuv stu fgu sfo fo kk hr it pdf cpr nb ps
ok obs ja nej todo fixme eof rss aa eu fn buu nn xx mfl adhd ocd ptsd pet ctr cc bcc re fw fwd tlf mail sms pr faq
wcag lgtm mst fft pmto dap ssd wip tbd tba fyi asap ptal rfc qa ci api url html csv ai ui na eod buf bup bum
ean cvr wisc dob sys adm srv bot root bbr akt tv
wais wppsi mmpi mcmi cbcl sdq ados adi brief kabc nepsy psi bdi scl cap aai trf ysr asq care""".split())  # the
# last line: psychologists' tests
# Particles inside a full name: 'X á Y' (Faroese), 'X van Y', 'X bin Y'.
PARTICLES = frozenset("á í av van von de der den da di du la le al el bin ibn abu binti ter ten dela".split())

# After a label ('Kontaktperson:', '| Mor |') the word is a name when it fills the field: alone, or with a surname.
# The value fills the field when the line, a cell, a comma, a parenthesis ('Barn: Liam Taylor (2007-10-02)') or
# a dash ('Moster: Aviaja – bor i Nuuk') or the next field after two spaces ('Navn: Lin Huang   Fødselsdato:') ends it.
# A particle may stand between the name's words: 'Mor: Jonalyn dela Cruz, tlf. ...'.
_PARTICLE = rf"(?:{'|'.join(sorted(PARTICLES))})"
_NAME_WORDS = rf"(?:[ \t]+(?:[A-ZÆØÅ][^\W\d_]*|{_PARTICLE}(?=(?:[ \t]+{_PARTICLE})*[ \t]+[A-ZÆØÅ])))*"
_FILLS_FIELD = {":": re.compile(rf"{_NAME_WORDS}[ \t]*(?:\||,|\(|–|·|/|\.?[ \t]*$|(?<=[ \t]{{2}})[^\W\d_]+:"
                                r'|"|</)',  # an export's value ends at its quote or its closing tag
                                re.MULTILINE),
                # ... or with its birth after a comma: '| Plejebarn | Rêzan Tran, 23. december 2011 |'
                "|": re.compile(rf"{_NAME_WORDS}[ \t]*(?:\||$|,[ \t]*(?:\d|f\.|født))", re.MULTILINE)}

_ABBREVIATED = HONORIFICS  # 'hr. X'; after any other word a full stop ends the sentence
_REGARDING = frozenset({"vedr"})
_FILLS_LINE = re.compile(rf"{_NAME_WORDS}[ \t]*$", re.MULTILINE)
_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_GENITIVE = re.compile(r"(?:s|'|’)[ \t]+([^\W\d_]+)")
_KIN = ("mor|far|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|bror|søster|storebror|lillebror|"
        "storesøster|lillesøster|halvbror|halvsøster|stedfar|stedmor|plejemor|plejefar|onkel|tante|kusine|fætter|"
        "bedstemor|bedstefar|barn|datter|søn|sagsbehandler|sundhedsplejerske|pædagog|lærer|klasselærer|psykolog|"
        "kontaktperson|familiebehandler|plejeforælder|værge|bisidder|nabo")
# What is said of a person right after the name: an age, a role in parentheses, an apposition.
_AGE_OR_ROLE = (rf"[ \t]*(?:(?:\(|,)[ \t]*\d{{1,2}}[ \t]+(?:år|mdr|måneder)\b|\([ \t]*(?:{_KIN})[ \t]*\)"
                rf"|,[ \t]*(?:som|der)[ \t]+(?:er|var|blev)[ \t]+(?:\d{{1,2}}[ \t]+år\b|(?:[^\W\d_]+[ \t]+)?(?:{_KIN})\b))")
_ENGLISH_MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_AGED = re.compile(rf"(?i){_AGE_OR_ROLE}")
# ... and with dated, a date or a CPR number too.
_DESCRIBED = re.compile(rf"(?i){_AGE_OR_ROLE}|[ \t]*(?:\([ \t]*(?:\d|{_ENGLISH_MONTHS}[ \t]+\d)"
                        r"|[,(][ \t]*(?:cpr|født|fødselsdato|f\.))"
                        r"|[ \t]+(?:født|f\.)[ \t]*\d")  # 'Lægeerklæring: Minh f. 30.01.2017'

_SIGNATURE = re.compile(r"(?i)(?:hilsen|hilsner|mvh|vh)[ \t,.!]*$")


def before(text: str, start: int) -> tuple[str, str, str, int] | None:
    """The word before a word, read backwards over spaces, a separator and a full stop: (word, '.' or '',
    ',', ':', '|' or '', where the word starts). 'moster, X', 'hr. X', 'Navn: X', '| Mor | X'."""
    floor = max(0, start - 80)  # no word of a context is longer; a very long word is read no further
    index = start
    while index > floor and text[index - 1] in " \t":
        index -= 1
    if index == start:
        if text[start - 1:start] in ('"', ">"):
            return _exported_key(text, start, floor)
        return None
    separator = ""
    if index > floor and text[index - 1] in ",:|":
        separator = text[index - 1]
        index -= 1
        while index > floor and text[index - 1] in " \t":
            index -= 1
        numbered = _NUMBERED_LABEL.search(text, floor, index) if separator == ":" else None
        if numbered:  # 'Forælder 1: X'
            index = numbered.start()
    dot = ""
    if index > floor and text[index - 1] == ".":
        dot, index = ".", index - 1
    first = index
    while first > floor and text[first - 1].isalpha():
        first -= 1
    return (text[first:index], dot, separator, first) if first < index else None


_NUMBERED_LABEL = re.compile(r"(?<=[^\W\d_])[ \t]+\d{1,2}$")  # the number of a label: 'Forælder 1', 'Barn 2'
# An export's key before its value: '"navn": "', '<navn>'.
_KEY_BEFORE = re.compile(r'"([^\W\d_]+)"[ \t]*:[ \t]*"$|<([^\W\d_]+)>$')


def _exported_key(text: str, start: int, floor: int) -> tuple[str, str, str, int] | None:
    """A JSON or XML key before its value, read as a label: '"navn": "Aksel Lindskov"', '<navn>Liam Thompson'."""
    key = _KEY_BEFORE.search(text, floor, start)
    if key is None:
        return None
    return (key.group(1) or key.group(2), "", ":", key.start(1) if key.group(1) else key.start(2))


def word_before(text: str, start: int, end: int | None = None) -> str:
    """The word before, lower case; '' after a full stop (but 'hr.'), or after a label the word does not fill."""
    found = before(text, start)
    if found and found[1] and not found[2] and found[0].lower() in _REGARDING and end is not None \
            and _FILLS_LINE.match(text, end):
        return found[0].lower()  # a title's 'Børnesamtale vedr. Merve' that the name ends
    if not found or (found[1] and found[0].lower() not in _ABBREVIATED and not (found[2] and found[0].lower() in LABELS)):
        return ""  # 'Vedr.: X' is a label's value; after 'Vedr. X' or 'møde. X' a sentence starts
    if found[2] in (":", "|") and (end is None or not _FILLS_FIELD[found[2]].match(text, end)):
        return ""
    if found[2] == "|" and heads_a_table(text, start):  # '| Navn | Telefon |': the next column's heading
        return ""
    return found[0].lower()


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}[ \t]*:?[ \t]*\|")


def heads_a_table(text: str, pos: int) -> bool:
    """pos is on a table's heading row: the next line is its rule ('|---|---|'), or the row's cells are a word or
    two each, with no digit, over a row of as many cells with digits ('Kl. | Fra | Barn | Udfald\n18.56 | ...'), or
    each a word of Danish over as many cells ('Deltager | Rolle | Kontakt | Status\nMor | forælder | ...')."""
    stop = text.find("\n", pos)
    if stop == -1:
        return False
    if _TABLE_RULE.match(text, stop + 1) is not None:
        return True
    row = text[text.rfind("\n", 0, pos) + 1:stop]
    following = text[stop + 1:line_end(text, stop + 1)]
    separator = "|" if "|" in row else "\t"  # an export's columns: 'Elev\tOpsamling\tKl.\tRute'
    cells = [cell.strip() for cell in row.split(separator) if cell.strip()]
    words = all(len(cell.split()) == 1 and ordinary(cell.lower()) for cell in cells)  # 'Deltager | Rolle | Status'
    return (len(cells) >= 3 and following.count(separator) == row.count(separator)
            and (any(ch.isdigit() for ch in following) or words)
            and not any(ch.isdigit() for ch in row) and all(len(cell.split()) <= 2 for cell in cells))


def named_before(text: str, start: int, end: int | None = None) -> bool:
    """A word before that makes the next capitalised word a name: 'Kære', 'hr.', 'moster,', 'Navn:', 'siger',
    and any family named by its surname ('Aflastningsfamilien Skov')."""
    before = word_before(text, start, end)
    return (before in ALWAYS_BEFORE or before in KIN_AND_ROLES or before in LABELS or before in SPEECH
            or before.endswith("familien")
            or before == "af" and _AUTHORED_BY.search(text, max(0, start - 30), start) is not None
            or text[start - 2:start].strip() == ":" and _a_persons_key(text, start)
            and (end is None or not ordinary(text[start:end].lower())))  # not 'Familie: Samvær med mor'


# A key that says who: 'Holdleder:', 'Værge underrettet:', 'Tidligere ejer:', 'Fører af knallert:', 'Aftale
# farbror:'; a role, a kin word or a compound ending in a role among its words, and no place's preposition
# ('Far arbejder hos: ...').
_FORMS_KEY_BEFORE = re.compile(r"(?:^|[|·;])[ \t*•-]*([A-ZÆØÅ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3})[ \t]*:[ \t]*$", re.MULTILINE)
_KEY_ROLES = frozenset("""vidne vidnet ejer ejeren fører føreren træner træneren chauffør chaufføren plejer plejeren
dagplejer dagplejeren instruktør instruktøren""".split())
_NOT_A_PERSONS_KEY = frozenset("hos på i fra til ved om med for familie familien".split())


def _a_persons_key(text: str, start: int) -> bool:
    key = _FORMS_KEY_BEFORE.search(text, max(0, start - 40), start)
    return key is not None and a_persons_key(key.group(1))


def a_persons_key(key: str) -> bool:
    """The words of a form's key name a person: 'Holdleder', 'Værge underrettet', 'Fører af knallert'."""
    words = key.lower().split()
    return not any(word in _NOT_A_PERSONS_KEY for word in words) and any(
        word in KIN_AND_ROLES or word in _KEY_ROLES or word.endswith(ROLE_ENDINGS) for word in words)


# What a note's author did, before 'af': 'Journalført af Vilde Ravn', 'Dikteret af: Rêber Nathanielsen' (not
# 'godkendt' nor 'udarbejdet': a body approves and writes reports).
AUTHORED = frozenset("""journalført oprettet skrevet noteret ændret rettet dikteret indtalt renskrevet udfyldt modtaget
henvist tilmeldt""".split())
# ... as a label.
_AUTHORED_BY = re.compile(rf"(?i)(?:{'|'.join(sorted(AUTHORED))})[ \t]+af[ \t]*:[ \t]*$")


def described_after(text: str, end: int, dated: bool = True) -> bool:
    """An age right after ('X (7 år)', 'X, 3 år'), and with dated a date or a CPR number ('X (14.02.2015)',
    'X, cpr ...'); a heading is dated too ('Netværksmøde (12.03.2025)'), so only a stranger's date counts."""
    return (_DESCRIBED if dated else _AGED).match(text, end) is not None


_AGED_AFTER = re.compile(r"(?i)[ \t]+(?:er|blev|bliver|fylder|fyldte)[ \t]+\d{1,2}[ \t]+år\b")
# 'katten Frost', 'en hund, der hedder Bamse', 'en kanin, som hun har kaldt Lykke'.
_PET_BEFORE = re.compile(r"(?i)\b(?:[^\W\d_]{0,20}?(?:hund|hunden|hvalp|hvalpen)|"  # 'en blandingshund ved navn X'
                         + "|".join(sorted(PETS, key=len, reverse=True)) + r")"
                         r"(?:[ \t]+(?:hedder|hed|kaldes|kaldet|ved navn)|(?:[ \t]+[^\W\d_]+){0,2}?,?[ \t]+"
                         r"(?:som|der|hun|han|den|det)(?:[ \t]+[^\W\d_]+){0,3}?"
                         r"[ \t]+(?:hedder|hed|kaldes|kaldet|kaldt|kalder|døbt))?,?[ \t]+$")  # 'schæferhund, Luna'
_PET_AFTER = re.compile(r"(?i)[^\W\d_]+(?:(?:,[ \t]+|[ \t]+og[ \t]+)[^\W\d_]+){0,3}[ \t]+(?:er|var)[ \t]+navne(?:ne|t)"
                        r"[ \t]+på[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:" + "|".join(sorted(PETS, key=len, reverse=True))
                        + r"|grupper|grupperne|stuer|stuerne|hold|holdene|klasser|klasserne|huse|husene|afdelinger"
                        r"|afdelingerne|teams|værelser|værelserne)\b")  # ... or of a place's groups: 'Hjort, Ulv og Bjørn er
# navnene på de tre grupper i SFO'en'
# The pet after its name: 'fortæller om Sofus, deres kat'.
_PET_APPOSITION = re.compile(r"(?i)[^\W\d_]+,[ \t]+(?:deres|hans|hendes|familiens|barnets|sin|sit|vores)[ \t]+(?:"
                             + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b")
# What any match of _PET_BEFORE holds: a pet's word, of which this finds the first letters (the same case rules).
# One search for these is far cheaper than _PET_BEFORE's, and most names have no pet near them.
_PET_STEMS = re.compile("(?i)" + "|".join(sorted({word[:4] for word in PETS})))
_LISTED_BEFORE = re.compile(r"[A-ZÆØÅ][^\W\d_]*(?:,[ \t]+|[ \t]+og[ \t]+)$")


def aged_after(text: str, end: int) -> bool:
    """'X er 9 år', 'X fyldte 7 år'."""
    return _AGED_AFTER.match(text, end) is not None


def pet_named(text: str, start: int) -> bool:
    """An animal's or a toy's name: 'katten Frost', 'Kaninerne hedder Storm og Lykke', 'Storm og Lykke er navnene
    på de to kaniner'."""
    for _ in range(4):  # back over the names listed before: 'Storm og ', 'Storm, '
        m = _LISTED_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            break
        start = m.start()
    before = max(0, start - 40)
    return ((_PET_STEMS.search(text, before, start) is not None and _PET_BEFORE.search(text, before, start) is not None)
            or _PET_AFTER.match(text, start) is not None or _PET_APPOSITION.match(text, start) is not None)


def human_after(text: str, end: int) -> bool:
    """A verb only a person does comes next: 'X fortæller', 'X græder'."""
    m = _AFTER.match(text, end)
    return m is not None and m.group(1).lower() in HUMAN_VERBS


def speaks_after(text: str, end: int) -> bool:
    """A verb only a person does, with the word itself as its subject: 'Lan fortalte, at'; not 'Senere fortalte han',
    'Sådan skrev Mor', where the subject comes after the verb."""
    m = _AFTER.match(text, end)
    if m is None or m.group(1).lower() not in HUMAN_VERBS or m.group(1).lower() in JUDGING:
        return False  # 'Jack aftalte med', but a word of the frequency list is no speaker there ('Vil vurderer')
    following = m.group(2)
    return following is None or not (following[0].isupper() or following.lower() in _SUBJECTS
                                     or following.lower() in PERSON_WORDS)


# A family member after a genitive: 'Liljes mor', 'Vilds storebror' (a role may be anyone's: 'Skolens lærer').
FAMILY = frozenset("""mor far mormor morfar farmor farfar bror søster storebror lillebror storesøster lillesøster
halvbror halvsøster stedfar stedmor moster faster morbror farbror onkel tante bedstemor bedstefar forældre
plejemor plejefar plejeforældre kæreste""".split())
# A professional's word, whose initials may follow in lower case ('psykolog iz', 'Jordemoder hb'): a role, not kin.
STAFF_WORDS = KIN_AND_ROLES - FAMILY - frozenset("""barn barnet moderen moren faderen faren familien familie forælder
bonusfar bonusmor bonusbror bonussøster papfar papmor plejefamilien plejefamilie broderen søsteren fætter kusine nevø
niece søn datter sønnen datteren kæresten ven veninde vennen veninden nabo naboen plejebarn plejebarnet unge ung
drengen pigen børn børnene søskende oldemor oldefar""".split())


def a_staff_word(word: str) -> bool:
    """A professional's word, or a compound ending in one ('skolesundhedsplejerske', 'udvalgssekretær')."""
    return word in STAFF_WORDS or word.endswith(ROLE_ENDINGS)


def acts_after(text: str, end: int, is_name) -> bool:
    """A person verb next ('X fortæller'), a kin word after a genitive ('Xs mor'), or 'og' and a person."""
    genitive = _GENITIVE.match(text, end)
    if genitive and genitive.group(1).lower() in KIN_AND_ROLES:
        return True
    m = _AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    following = m.group(2)
    if word in PERSON_VERBS or word in HUMAN_VERBS:
        return not _inverted(text, m, following)
    if word == "kan" and following is not None and following.lower() in _REACHED:
        return True  # 'Frej kan træffes på ...': one is reached, a thing is not
    return word == "og" and following is not None and (following.lower() in KIN_AND_ROLES or is_name(following))


_REACHED = frozenset("træffes traeffes kontaktes nås naas".split())


# Danish puts the verb second: after 'Fisker vil han være', 'Vedlagt er den ...' the subject is the pronoun, and
# 'Lykke er at have en hund', 'Lykke er, når ...' define a word.
_SUBJECTS = frozenset("han hun de vi jeg du man den det der".split())
_DEFINING = frozenset("at når hvis ifølge".split())


def _inverted(text: str, m: re.Match, following: str | None) -> bool:
    if following is not None and text[m.end(1):m.start(2)].strip() == "":
        low = following.lower()
        if low == "det" and m.group(1).lower() in ("har", "havde"):  # 'X har det svært': how X is
            return False
        return low in _SUBJECTS or (m.group(1).lower() == "er" and low in _DEFINING)
    return m.group(1).lower() == "er" and text[m.end(1):m.end(1) + 1] == ","


# 'X Y er plejemor for ...', 'X er kontaktperson': a role said of the name makes it a person.
_ROLE_AFTER = re.compile(r"(?i)[ \t]+(?:er|var|blev|bliver)[ \t]+(?:(?:hendes|hans|deres|barnets|drengens|pigens|"
                         r"familiens|den|det|en|et|ny|nye|fast|faste|ansat[ \t]+som)[ \t]+)?([^\W\d_]+)")
_ROLE_IN_PARENTHESES = re.compile(r"[ \t]*\(([a-zæøå]+)(?:\)|,[ \t]*\S)")  # also '(mor, f. 14. januar 1979)'
_ROLE_AFTER_A_COMMA = re.compile(r",[ \t]+([a-zæøå]+)(?=[ \t]*(?:[–—-][ \t]|,|\(|\n|$))")
_TITLE_SIGNED = re.compile(r",[ \t]+([A-ZÆØÅ][a-zæøå]+)(?=[ \t]*(?:,|\n|$))")
_NAME_ALONE = re.compile(r"[ \t]*[A-ZÆØÅ][^\W\d_]+(?:[ \t-]+[A-ZÆØÅ][^\W\d_]+){0,2}")
_SURNAMES = re.compile(r"(?:[ \t]+[A-ZÆØÅ](?:['’][A-ZÆØÅ])?[^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?){1,3}")  # "O'Brien" too


_PSEUDONYMS_GENITIVE = re.compile(r"[ \t]+[A-ZÆØÅ](?:['’]s|s)\b")


def role_after(text: str, end: int) -> bool:
    """'Lykke Ulv er pædagog', 'Dag Holm er kontaktperson for den unge', 'Reynaldo Garcia (sagsbehandler)', a list's
    'Huong Vu, moster – bor i Kolding'."""
    m = _ROLE_AFTER.match(text, end) or _ROLE_IN_PARENTHESES.match(text, end) or _ROLE_AFTER_A_COMMA.match(text, end)
    if m is None:  # a signature's line: 'Frej, Socialrådgiver, Børn og Unge'
        title = _TITLE_SIGNED.match(text, end)
        return title is not None and a_staff_word(title.group(1).lower()) and _NAME_ALONE.fullmatch(
            text, text.rfind("\n", 0, end) + 1, end) is not None
    return (m.group(1).lower() in KIN_AND_ROLES
            and not _PSEUDONYMS_GENITIVE.match(text, m.end()))  # 'Vinter er Barn A's yndlingsårstid'


def name_end(text: str, end: int) -> int:
    """Where the capitalised words that follow a name end: 'Rose| Ulv| kom' -> after 'Ulv'."""
    m = _SURNAMES.match(text, end)
    return m.end() if m else end


# What only a person has: after a genitive ('Irynas fødselsdag', 'Yodits telefon') the word before is someone's name.
BELONGINGS = frozenset("""fødselsdag fødselsdato telefon telefonnummer mobil mobilnummer nummer adresse mail e-mail
cpr cpr-nummer personnummer værelse skolegang klasse medicin diagnose praktik pas fritidsjob samvær
sundhed trivsel modenhed holdning behov ønske ønsker mening perspektiv stemme hverdag adfærd fravær vægt sundhedskort
sygesikringskort lektier venner seng cykel sygdom angst sag sager journal handleplan underretning anbringelse
børnesamtale""".split())


def owned_after(text: str, end: int, any_role: bool = True) -> bool:
    """A relative, a role ('Aksels ungerådgiver') or a person's belonging after a genitive. Without any_role only a
    family word or a role's compound: after a word that may be a verb's passive ('Evalueres plejefamilie ...')."""
    m = _AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _OWNERS_ADJECTIVES and m.group(2):  # 'Valentinas gamle adresse', 'Birks nye kæreste'
        word = m.group(2).lower()
    return (word in (KIN_AND_ROLES if any_role else FAMILY) or word in BELONGINGS
            or word.endswith(ROLE_ENDINGS))


_OWNERS_ADJECTIVES = frozenset("nye ny gamle gammel egen eget egne tidligere nuværende første anden forrige".split())


# A compound that ends in a role names a role: 'Familieplejekonsulent', 'Skolesundhedsplejersken'.
ROLE_ENDINGS = tuple("""konsulent konsulenten behandler behandleren rådgiver rådgiveren pædagog pædagogen lærer
læreren leder lederen psykolog psykologen koordinator koordinatoren medarbejder medarbejderen assistent assistenten
terapeut terapeuten plejerske plejersken sekretær sekretæren mentor mentoren betjent betjenten guide guiden""".split())


# How far back the context readers look: a line longer than this is read from this far back only, so that no
# reader costs more than a fixed amount per word (a file of one very long line stays linear).
REACH = 400


def line_start(text: str, pos: int) -> int | None:
    """Where pos's line starts, or None when that is further back than REACH (a very long line)."""
    newline = text.rfind("\n", max(0, pos - REACH), pos)
    if newline != -1:
        return newline + 1
    return 0 if pos <= REACH else None


def _line_before(text: str, start: int) -> tuple[str, int | None]:
    """The line that ends just before start (a line start): its last REACH characters and where it starts."""
    begin = line_start(text, start - 1)
    return text[max(0, start - 1 - REACH) if begin is None else begin:start - 1], begin


def signed(text: str, start: int) -> bool:
    """The line is a signature: the line before (or the one before a blank line) ends with 'Venlig hilsen'."""
    begin = line_start(text, start)
    if not begin or text[begin:start].strip(" \t*_"):
        return False
    previous, previous_start = _line_before(text, begin)
    if not previous.strip() and previous_start:
        previous, _ = _line_before(text, previous_start)
    return _SIGNATURE.search(previous) is not None


def previous_word(text: str, start: int) -> str | None:
    """The word right before: one space between, a full stop allowed ('hr. X')."""
    found = before(text, start)
    if not found or found[2] or start - found[3] - len(found[0]) - len(found[1]) != 1:
        return None
    return found[0]


def sentence_start(text: str, pos: int) -> bool:
    begin = line_start(text, pos)
    prefix = text[pos - REACH if begin is None else begin:pos]
    stripped = prefix.rstrip(_OPENING)
    if "! " in prefix[len(stripped):]:  # 'Held og lykke! Ring ...': '!' opens an image ('![') but ends a sentence
        return True
    if not stripped.strip():
        return begin is not None and (bool(prefix.strip()) or _previous_line_ends(text, begin))
    if begin is not None and _CHECKBOX.fullmatch(prefix):  # a checklist's item: '[ ] Ring til fru Solvang'
        return True
    if begin is not None and any(dash in prefix[len(stripped):] for dash in "-–—→") and _DATED_LEAD.search(stripped):
        return True
    # fields side by side: 'Dagvagt: Rune   Aftenvagt: Flora'
    if prefix.endswith(("   ", "\t", "\u00a0")) and _WIDE_GAP.search(prefix) and _FIELD_LABEL.match(text, pos):
        return True
    # an emoji ends a message's sentence: 'Sorry for den lange besked 🙈 Ring på hovednummeret'
    return stripped[-1] in _SENTENCE_END or _an_emoji(stripped.rstrip("\ufe0f\u200d")[-1:])


def _an_emoji(char: str) -> bool:
    return char >= "\u2600" and unicodedata.category(char) == "So"  # not a scan's '¦'


_CHECKBOX = re.compile(r"[ \t]*[-*•]?[ \t]*\[[ xX✓✔]?\][ \t]*")
_SALUTATIONS = frozenset("kære hej hejsa hi hello dear goddag godmorgen".split())
_WIDE_GAP = re.compile(r"\S(?:[ \u00a0]{3,}|\t)$")
_FIELD_LABEL = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+)?\.?[ \t]*:")


def _previous_line_ends(text: str, begin: int) -> bool:
    """A line without markup opens a sentence unless the line before runs on into it."""
    if begin == 0:
        return True
    previous, previous_start = _line_before(text, begin)
    if previous_start is None:  # a very long line: its end alone tells
        body = previous.strip()
        return not body or body[-1] in _SENTENCE_END
    body = previous.strip()
    if not body or body[-1] in _SENTENCE_END or body[0] in "#|>-*+" + _BULLETS or body.startswith(("<!--", "!!!", "???")):
        return True
    if body[-1] == "," and body.split()[0].lower() in _SALUTATIONS:  # 'Dear Sir or Madam,\nThis is ...'
        return True
    if _NUMBERED.match(body):  # '4. Skoleudtalelse, dok.nr. 65112208': an item of a list, not a sentence running on
        return True
    return bool(_FRONT_MATTER_KEY.match(body))  # a front-matter key
