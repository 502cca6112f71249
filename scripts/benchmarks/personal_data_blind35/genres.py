# Templates for blind35. {n:role.form} names, {p:} phone, {a:}/{a1:} address, {d:} dob, {c:} cpr, {e:} email.
# Tags: P = planted texts only, C = clean texts only, B = both (names become role words in clean texts).

CLEAN_LABEL = {
 "barn": ("Barn A", "Barn A's"), "ung": ("den unge", "den unges"), "mor": ("mor", "mors"), "far": ("far", "fars"),
 "sb": ("sagsbehandleren", "sagsbehandlerens"), "udlejer": ("udlejeren", "udlejerens"), "stotte": ("kontaktpersonen", "kontaktpersonens"),
 "vicevaert": ("viceværten", "viceværtens"), "laerer": ("læsevejlederen", "læsevejlederens"), "psyk": ("PPR-psykologen", "PPR-psykologens"),
 "traener": ("træneren", "trænerens"), "kasserer": ("kassereren", "kassererens"), "dyrlaege": ("dyrlægen", "dyrlægens"),
 "nabo": ("naboen", "naboens"), "nabo2": ("underboen", "underboens"), "maegler": ("mægleren", "mæglerens"),
 "support": ("supportmedarbejderen", "supportmedarbejderens"), "mormor": ("mormor", "mormors"), "bror": ("storebror", "storebrors"),
 "leder": ("afdelingslederen", "afdelingslederens"), "klasselaerer": ("klasselæreren", "klasselærerens"),
}

def _letter(rcp, snd, sndtitle, subjects, frm, child="barn", childlab="Barnets navn"):
    heads_p = ["{n:%s.full}\n{a:%s}\n\n{by}, {dato}\n\nVedr.: SUBJ" % (rcp, rcp),
               "Att.: {n:%s.full}\n{a:%s}\n\nDato: {dato}\nSagsnr.: {sagsnr}\nVedr.: SUBJ" % (rcp, rcp),
               "{n:%s.caps}\n{a:%s}\n\nSUBJ" % (rcp, rcp),
               "{n:%s.full}\n{a:%s}\n\n{by}, {dato}\n\nVedr.: SUBJ\n%s: {n:%s.full}, født {d:%s}" % (rcp, rcp, childlab, child, child)]
    heads_c = ["Til forældremyndighedsindehaverne\nSagsnr. {sagsnr}\n\n{by}, {dato}\n\nVedr.: SUBJ",
               "Sendt via Digital Post\nDato: {dato}\nJournalnr.: {sagsnr}\nVedr.: SUBJ"]
    signs_p = ["Med venlig hilsen\n\n{n:%s.full}\n%s\nDirekte tlf.: {p:%s}\nE-mail: {e:%s}" % (snd, sndtitle, snd, snd),
               "Venlig hilsen\n{n:%s.full}, %s\n{p:%s} | {e:%s}" % (snd, sndtitle, snd, snd),
               "Med venlig hilsen\n{n:%s.full}\n%s\nTelefontid mandag-torsdag kl. 9-10 på {p:%s}" % (snd, sndtitle, snd)]
    if "boligselskab" in sndtitle:
        signs_c = ["Med venlig hilsen\n\nDriftskontoret, afdeling 14\nBoligselskabets administration", "Venlig hilsen\nEjendomsfunktionæren\nKontortid tirsdag og torsdag kl. 8-9 i beboerhuset"]
    else:
        signs_c = ["Med venlig hilsen\n\n%s\n{kom} Kommune" % sndtitle,
                   "Venlig hilsen\n%s\nBørn og Unge, {kom} Kommune\nHenvendelser uden for telefontiden: Digital Post" % sndtitle]
    msg_p = ["Fra: {n:%s.full} <{e:%s}>\nTil: {n:%s.full} <{e:%s}>\nSendt: {dato} kl. {kl}\nEmne: SUBJ\n\nHej {n:%s.first}" % (frm, frm, snd, snd, snd),
             "SMS fra {p:%s} ({n:%s.first}) modtaget {dato} kl. {kl}:" % (frm, frm),
             "Besked fra {n:%s.full}, indsat i journalen {dato}:\n---" % frm,
             "Fra: {e:%s}\nSendt: {dato} {kl}\nEmne: SUBJ (%s, f. {d:%s})\n\nHej" % (frm, "{n:%s.first}" % child, child),
             "From: {e:%s}\nTo: {e:%s}\nSubject: SUBJ\n\nKære {n:%s.first}" % (frm, snd, snd)]
    msg_c = ["Fra: %s (via Digital Post)\nTil: Myndighed, Børn og Unge\nSendt: {dato} kl. {kl}\nEmne: SUBJ\n\nHej" % CLEAN_LABEL[frm][0].capitalize(),
             "SMS modtaget {dato} kl. {kl} fra %s, indsat i journalen:" % CLEAN_LABEL[frm][0],
             "Besked via borgerens sikre postkasse, {dato}:\n---"]
    msgsign_p = ["Mvh {n:%s.first}\n{p:%s}" % (frm, frm), "Hilsen {n:%s.full}" % frm, "{n:%s.first}\nSendt fra min iPhone" % frm,
                 "Venlig hilsen\n{n:%s.full}\nTlf. {p:%s}" % (frm, frm)]
    msgsign_c = ["Mvh %s" % CLEAN_LABEL[frm][0], "Hilsen %s\nSendt fra min iPhone" % CLEAN_LABEL[frm][0], "---\nIndsat af sagsbehandleren"]
    return {
        "letter_head": {"P": [h.replace("SUBJ", s) for h in heads_p for s in subjects], "C": [h.replace("SUBJ", s) for h in heads_c for s in subjects]},
        "greet": {"P": ["Kære {n:%s.first}" % rcp, "Kære {n:%s.full}" % rcp, "Hej {n:%s.first}" % rcp], "C": ["Kære forældre", "Kære %s" % CLEAN_LABEL[rcp][0], "Hej"]},
        "sign": {"P": signs_p, "C": signs_c},
        "msg_head": {"P": [h.replace("SUBJ", s) for h in msg_p for s in subjects], "C": [h.replace("SUBJ", s) for h in msg_c for s in subjects]},
        "msg_sign": {"P": msgsign_p, "C": msgsign_c},
    }

GENRES = {}

# 1 ---------------------------------------------------------------- youth housing
g = {"formats": ["letter", "kv", "prose", "message", "table", "log", "list"]}
g.update(_letter("ung", "sb", "Myndighedsrådgiver, Team Unge 18-23", ["Efterværn og ungdomsbolig", "Udslusning fra opholdsstedet", "Ansøgning om kollegieværelse", "Depositum og første husleje"], "ung", "ung", "Lejer"))
g["titles"] = ["Notat: udslusning og boligsøgning", "Efterværn - status på bolig", "Opfølgning på flytning", "Tjekliste til indflytning", "Boligsøgning, efterværn § 114", "Referat af møde om udslusning"]
g["prose"] = [
 ("P", "Boligselskabet kræver dokumentation for alder, så {n:ung.first} har vedlagt sygesikringskortet med fødselsdatoen {d:ung}."),
 ("P", "{N:stotte.full} er selv født {d:stotte} og har tidligere arbejdet på kollegiet og kender reglerne for fremleje."),
  ("P", "{N:ung} har fået tilbudt et værelse på {a:ung} med overtagelse den 1. i næste måned."),
 ("P", "Fremvisningen blev aftalt med {n:udlejer.full}, som kan træffes på {p:udlejer} efter kl. 16."),
 ("P", "{N:ung.gen} nuværende adresse er {a1:ung}, og posten skal omstilles, når nøglerne er udleveret."),
 ("P", "Til boligselskabets venteliste oplyste {n:ung} sit cpr-nr. {c:ung} og telefonnummeret {p:ung}."),
 ("P", "{N:ung} er født {d:ung} og fylder dermed 18 år inden indflytningen, så lejekontrakten kan skrives i eget navn."),
 ("P", "Kontaktpersonen {n:stotte.full} hjælper med flytningen og kan kontaktes på {p:stotte} eller {e:stotte}."),
 ("P", "{N:mor} ({n:mor.full}) har tilbudt at låne sin trailer ud og bor selv på {a1:mor}."),
 ("P", "Kvittering for depositum er sendt til {e:ung}, og {n:ung.first} har bekræftet modtagelsen."),
 ("P", "Viceværten {n:vicevaert.full} udleverer nøgler i kælderen og har direkte nummer {p:vicevaert}."),
 ("P", "Ansøgningen om boligstøtte er lagt ind med {n:ung.gen} oplysninger, fødselsdato {d:ung}."),
 ("B", "{N:ung} fortæller, at det bliver både spændende og lidt ensomt at bo alene efter tre år på opholdsstedet."),
 ("B", "Vi aftalte, at {n:stotte} kommer forbi to gange om ugen de første to måneder og hjælper med budget og indkøb."),
 ("B", "{N:sb} gennemgik lejekontrakten med {n:ung}, særligt reglerne om fremleje, husdyr og opsigelse."),
 ("B", "{N:ung} har selv ringet til varmeværket og fået måleren aflæst, hvilket {n:sb} roser."),
 ("B", "Det blev drøftet, om {n:mor} skal stå som kontaktperson ved fejl i lejemålet; {n:ung} ønsker det ikke."),
 ("B", "{N:udlejer} var positiv ved fremvisningen og spurgte ind til, om der er støtte bag, hvis der opstår problemer."),
 ("C", "Efterværn kan bevilges efter Barnets lov til og med det fyldte 22. år, når det vurderes at være af betydning for den unges udvikling."),
 ("C", "Husleje: {husleje} om måneden inkl. a conto varme. Depositum svarer til tre måneders leje, og kommunen yder et rentefrit lån efter aftale."),
 ("C", "Indflytningssynet er fastsat til {dato} kl. {kl}. Mangler skal skrives på indflytningsrapporten senest 14 dage efter overtagelsen."),
 ("C", "Kollegiet ligger tæt ved Banegårdspladsen, og der er 12 minutters gang til erhvervsskolen."),
 ("C", "Ved akut brug for hjælp uden for kontortid henvises til politiets servicenummer 114 eller 112 ved fare for liv."),
 ("C", "Husk: el, internet og indboforsikring skal være på plads før indflytning. Mangler der penge, kan der søges om enkeltydelse."),
 ("C", "Ungdomsboligen er på 32 m² med eget bad og tekøkken. Fællesvaskeriet ligger i kælderen under opgang C."),
 ("C", "Sagen forelægges på visitationsmødet {dato}. Indstillingen lyder på fortsat efterværn i form af kontaktperson, jf. § 114."),
]
g["kv_head"] = {"P": ["Ansøgning om ungdomsbolig\n", "Tjekliste til indflytning - {n:ung.full}\n", "Boligansøgning (indtastet af {n:stotte.first})\n"],
                "C": ["Ansøgning om ungdomsbolig - skabelon\n", "Tjekliste til indflytning\n", "Indstilling til efterværn\n"]}
g["kv"] = [
 ("P", "Ansøger: {n:ung.full}"), ("P", "CPR-nr.: {c:ung}"), ("P", "Fødselsdato: {d:ung}"), ("P", "Nuværende adresse: {a1:ung}"),
 ("P", "Telefon: {p:ung}"), ("P", "E-mail: {e:ung}"), ("P", "Kontaktperson: {n:stotte.full}, tlf. {p:stotte}"),
 ("P", "Udlejer: {n:udlejer.full}, {e:udlejer}"), ("P", "Ny adresse: {a1:ung}"), ("P", "Pårørende: {n:mor.full} (mor), {p:mor}"),
 ("B", "Sagsbehandler: {n:sb}"), ("B", "Nøgler afhentes hos: {n:vicevaert}"),
 ("C", "Boligtype: ungdomsbolig, 1 værelse"), ("C", "Husleje: {husleje} pr. måned"), ("C", "Depositum: 3 x månedlig leje"),
 ("C", "Indflytning: {dato}"), ("C", "Lovgrundlag: Barnets lov § 114 (efterværn)"), ("C", "Sagsnr.: {sagsnr}"),
 ("C", "El-måler aflæst: ja"), ("C", "Indboforsikring: mangler"), ("C", "Boligstøtte søgt: ja, via borger.dk"), ("C", "Alder ved indflytning: {ualder} år"),
]
g["tab_head"] = {"P": ["Kontaktliste - flytning", "Hvem gør hvad ved flytningen"], "C": ["Tidsplan for udslusning", "Budget første måned"]}
g["tab_cols"] = {"P": "| Rolle | Navn | Telefon | E-mail |\n|---|---|---|---|", "C": "| Post | Beløb/dato | Ansvarlig |\n|---|---|---|"}
g["tab_rows"] = {"P": ["| Ung | {n:ung.full} | {p:ung} | {e:ung} |", "| Kontaktperson | {n:stotte.full} | {p:stotte} | {e:stotte} |",
                       "| Udlejer | {n:udlejer.full} | {p:udlejer} | {e:udlejer} |", "| Mor | {n:mor.full} | {p:mor} | {e:mor} |",
                       "| Sagsbehandler | {n:sb.full} | {p:sb} | {e:sb} |", "| Vicevært | {n:vicevaert.full} | {p:vicevaert} | - |"],
                 "C": ["| Husleje | {husleje} | den unge |", "| Depositum | lån fra kommunen | sagsbehandleren |", "| Indflytningssyn | {dato} kl. {kl} | viceværten |",
                       "| El og internet | ca. {kr} | den unge |", "| Indboforsikring | ca. {kr} | kontaktpersonen hjælper |", "| Opfølgningsmøde | {dato} | sagsbehandleren |",
                       "| Flyttebil | {kr} | mor |"]}
g["prose"] += [
 ('B', '{N:ung} har selv fundet et brugt sofabord på nettet og glæder sig til at invitere {n:mor} på middag.'),
 ('B', '{N:stotte} bemærker, at {n:ung} har svært ved at åbne post, og foreslår en fast ugentlig gennemgang.'),
 ('C', 'Kollegiets regler: ingen husdyr, ingen fremleje, og fester i fælleskøkkenet skal slutte kl. 24.'),
 ('C', 'Første husleje forfalder den 1. Betales den ikke rettidigt, sender udlejer en påkravsskrivelse med gebyr.'),
 ('C', 'Efter mødet på Rådhuspladsen gik vi sammen forbi ungdomsboligerne ved Jernbanegade for at se området i dagslys.'),
 ('C', 'Sidste vinter boede den unge midlertidigt på et værelse hos en bekendt; det skal ikke gentages.'),
 ('C', 'Nøgleoverdragelse: 2 nøgler til lejligheden, 1 til postkassen og en brik til vaskeriet er udleveret.'),
]
GENRES["bolig"] = g

# 2 ---------------------------------------------------------------- language and reading
g = {"formats": ["letter", "kv", "prose", "table", "message", "list", "log"]}
g.update(_letter("mor", "laerer", "Læsevejleder", ["Resultat af ordblindetesten", "Sprogvurdering og dansk som andetsprog", "Læseforløb i indskolingen", "Invitation til samtale om læsning"], "mor"))
g["titles"] = ["Læsevejlederens noter", "Sammenfatning af ordblindetest", "Sprogvurdering - opsummering", "Notat fra skolesamtale om læsning", "Status: dansk som andetsprog", "Lærernes observationer"]
g["prose"] = [
 ("P", "Lillesøster {n:soster.first}, født {d:soster}, skal sprogvurderes i børnehaven til foråret."),
  ("P", "{N:barn.full} (f. {d:barn}) blev testet med Ordblindetesten i uge 10 og ligger i den gule kategori."),
 ("P", "Læsevejleder {n:laerer.full} kan kontaktes på {p:laerer} eller {e:laerer}, hvis I har spørgsmål til resultatet."),
 ("P", "{N:mor} har bedt om, at resultatet også sendes til {n:far.full} på {e:far}, da forældrene har fælles forældremyndighed."),
 ("P", "Sprogvurderingen af {n:barn} er registreret under cpr-nr. {c:barn} i elevadministrationen."),
 ("P", "{N:barn.gen} skolevej ændres efter flytningen til {a1:mor}, men {n:barn.first} fortsætter i samme klasse."),
 ("P", "Psykolog {n:psyk.full} fra PPR ringer til {n:mor} på {p:mor} for at aftale en observation."),
 ("P", "{N:far} oplyser, at {n:barn.first} er født {d:barn} i udlandet og kom til Danmark som fireårig."),
 ("P", "Mor ønsker svar på e-mail: {e:mor}. Hun taler godt dansk, men vil gerne have tolk på til mødet."),
 ("B", "{N:barn} læser langsomt men sikkert og gætter ofte ud fra første bogstav, især ved lange sammensatte ord."),
 ("B", "I dansktimerne bruger {n:barn} oplæsningsprogrammet og har fået hjælp til at lave ordkort med {n:laerer}."),
 ("B", "{N:klasselaerer} oplever, at {n:barn} deltager mere mundtligt, når opgaverne har billeder og stikord."),
 ("B", "{N:mor} fortalte, at der hjemme tales to sprog, og at {n:barn} helst læser tegneserier."),
 ("B", "{N:laerer} anbefaler et læseforløb på 12 uger med tre ugentlige lektioner i lille gruppe."),
 ("B", "{N:psyk} deltog i mødet og lagde vægt på, at {n:barn.gen} trivsel ikke må gå tabt i arbejdet med testen."),
 ("C", "Ordblindetesten kan tidligst tages i slutningen af 3. klasse. Resultatet angives som rød, gul eller grøn kategori."),
 ("C", "Sprogvurderingen af 3-årige er lovpligtig, når der er tegn på behov for sprogunderstøttende aktiviteter, jf. dagtilbudsloven."),
 ("C", "Eleven modtager undervisning i dansk som andetsprog, basis, fire lektioner om ugen i {lokale}."),
 ("C", "Mødet holdes {dato} kl. {kl} i klasse {klasse}'s lokale. Tolk på arabisk er bestilt via tolkeservice."),
 ("C", "Der er ikke givet en diagnose. Dysleksi registreres i sundhedsvæsenet som ICD-10 R48.0, men skolen bruger kun testresultatet."),
 ("C", "Glad og nysgerrig i frikvartererne, men trækker sig, når der skal læses højt i klassen."),
 ("C", "Hjælpemidler: AppWriter og CD-ORD er installeret på skolens computer. Licensen betales af skolen."),
 ("C", "Ved spørgsmål om tilbud efter Barnets lov kan forældrene kontakte Borgerservice på kommunens hovednummer."),
]
g["kv_head"] = {"P": ["Testsammenfatning\n", "Elevoplysninger til PPR\n", "Indstilling til læseforløb - {n:barn.full}\n"],
                "C": ["Testsammenfatning (anonymiseret)\n", "Indstilling til læseforløb\n", "Sprogvurdering - resultatark\n"]}
g["kv"] = [
 ("P", "Elev: {n:barn.full}"), ("P", "Fødselsdato: {d:barn}"), ("P", "CPR: {c:barn}"), ("P", "Forælder: {n:mor.full}, {p:mor}"),
 ("P", "Adresse: {a1:mor}"), ("P", "E-mail til forælder: {e:mor}"), ("P", "Testet af: {n:laerer.full} ({e:laerer})"), ("P", "Far: {n:far.full}, tlf. {p:far}"),
 ("B", "Klasselærer: {n:klasselaerer}"), ("B", "PPR-kontakt: {n:psyk}"),
 ("C", "Klasse: {klasse}"), ("C", "Alder: {alder} år"), ("C", "Test: Ordblindetesten, 3. niveau"), ("C", "Resultat: gul kategori (usikker fonologisk afkodning)"),
 ("C", "Modersmål: dari og dansk"), ("C", "Tolk: ja, bestilt"), ("C", "Dato for test: {dato}"), ("C", "Næste evaluering: {dato}"), ("C", "Journalnr.: {sagsnr}"),
 ("C", "Lokale: {lokale}"),
]
g["tab_head"] = {"P": ["Deltagere i skolemødet", "Kontaktoplysninger"], "C": ["Testresultater", "Læseplan for perioden"]}
g["tab_cols"] = {"P": "| Navn | Rolle | Telefon | E-mail |\n|---|---|---|---|", "C": "| Delprøve | Resultat | Bemærkning |\n|---|---|---|"}
g["tab_rows"] = {"P": ["| {n:barn.full} | elev | - | - |", "| {n:mor.full} | mor | {p:mor} | {e:mor} |", "| {n:far.full} | far | {p:far} | {e:far} |",
                       "| {n:laerer.full} | læsevejleder | {p:laerer} | {e:laerer} |", "| {n:psyk.full} | PPR-psykolog | {p:psyk} | {e:psyk} |", "| {n:klasselaerer.full} | klasselærer | {p:klasselaerer} | - |"],
                 "C": ["| Orddiktat | 14 af 30 | usikker ved vokaler |", "| Nonordslæsning | 9 af 24 | langsom |", "| Sætningslæsning | 18 af 35 | gætter |",
                       "| Stavning | 11 af 20 | lydret stavning |", "| Læsehastighed | 62 ord/min | under klassetrin |", "| Ordforråd | middel | styrket siden august |", "| Samlet | gul | nyt forløb {dato} |"]}
g["prose"] += [
 ('B', "{N:barn} siger selv, at bogstaverne 'hopper', når der er meget tekst på siden."),
 ('B', '{N:laerer} har lånt {n:barn} lydbøger fra skolebiblioteket, som læses sammen med {n:far} om aftenen.'),
 ('C', 'Læsevejlederen har træffetid onsdag kl. 12.15-13.00 i skolebiblioteket, lokale B12.'),
 ('C', 'Resultatet er sendt til forældrene via Aula. Der er ikke sendt kopi til andre end skolens ledelse.'),
 ('C', 'Sommerferien bør bruges på højtlæsning; 15 minutter om dagen gør en tydelig forskel.'),
 ('C', 'Skolen ligger ved Kirkevej, og klassen har fået nyt lokale på 1. sal efter ombygningen.'),
]
GENRES["sprog"] = g

# 3 ---------------------------------------------------------------- leisure pass
g = {"formats": ["kv", "message", "table", "letter", "prose", "list", "log"]}
g.update(_letter("mor", "sb", "Sagsbehandler, Børn og Unge", ["Bevilling af fritidspas", "Kontingent til svømmeklubben", "Ferieaktiviteter i sommerferien", "Kvittering for fodboldudstyr"], "traener"))
g["titles"] = ["Fritidspas - opfølgning", "Ferieaktiviteter sommer", "Notat: kontingent og udstyr", "Bekræftelse fra klubben", "Liste over betalte aktiviteter", "Fritidsliv - status"]
g["prose"] = [
 ("P", "Holdet er for børn født i 2014 og 2015; {n:barn} er født {d:barn} og kan derfor godt være med."),
 ("P", "Lillebror {n:bror.full}, født {d:bror}, er også søgt ind på holdet for de små."),
  ("P", "Træner {n:traener.full} bekræfter, at {n:barn} er tilmeldt U11-holdet og har deltaget i alle træninger siden august."),
 ("P", "Kontingentet opkræves hos kasserer {n:kasserer.full}, {e:kasserer}, som sender faktura direkte til kommunen."),
 ("P", "{N:mor} har underskrevet ansøgningen og oplyst telefonnummer {p:mor}."),
 ("P", "Fritidspasset er udstedt til {n:barn.full}, født {d:barn}, og gælder til og med sæsonen."),
 ("P", "Ved tilmeldingen skrev klubben {n:barn.gen} cpr-nummer {c:barn} på holdlisten, hvilket vi har bedt dem slette."),
 ("P", "Udstyret hentes hos {n:traener.first}, som bor på {a1:traener}, og kvitteringen sendes til {e:sb}."),
 ("P", "Hvis {n:barn} ikke møder op, ringer træneren til {n:far.full} på {p:far}."),
 ("P", "Kvittering for ridelejren er sendt fra {e:mor} med {n:mor.gen} underskrift."),
 ("P", "{N:barn.full} bor hos {n:mormor.full} på {a1:mormor} i ferien og bliver hentet derfra til lejren."),
 ("B", "{N:barn} fortæller, at det bedste ved svømning er, at ingen spørger om skolen, når man er i vandet."),
 ("B", "{N:traener} oplever {n:barn} som en god holdkammerat, der hjælper de nye drenge med øvelserne."),
 ("B", "{N:mor} havde svært ved at finde bekræftelsen i e-Boks og fik hjælp af {n:sb} over telefonen."),
 ("B", "{N:kasserer} spørger, om kommunen også kan dække træningsdragt, da den er obligatorisk til stævner."),
 ("B", "{N:barn} ønsker at prøve klatring i efterårsferien sammen med en kammerat fra klassen."),
 ("C", "Fritidspasset dækker kontingent op til {kr} pr. sæson. Udstyr kan dækkes efter konkret vurdering."),
 ("C", "Ferieaktiviteten er en uge på sommerlejr på lejrcentret ved skoven i uge 28, med afgang ved Banegårdspladsen kl. {kl}."),
 ("C", "Beløbet udbetales til klubbens konto. CVR 29189919 og EAN 5798000012345 fremgår af fakturaen."),
 ("C", "Sommerferien byder på sol, kano og overnatning i shelter; deltagerne skal selv medbringe sovepose."),
 ("C", "Bevillingen er givet som en tidligt forebyggende indsats efter Barnets lov § 30 og revurderes efter et år."),
 ("C", "Bemærk: klubben holder lukket i juli og hele maj måned på grund af renovering af hallen."),
 ("C", "Kraftig storm og regn aflyste stævnet i lørdags, så kampen er flyttet til {dato} kl. {kl}."),
 ("C", "Kvittering modtaget: holdkontingent forår, {kr}, betalt {dato}. Ingen restance."),
]
g["kv_head"] = {"P": ["Ansøgning om fritidspas\n", "Kvittering - kontingent\n", "Bekræftelse fra klub vedr. {n:barn.full}\n"],
                "C": ["Ansøgning om fritidspas (uden personoplysninger)\n", "Kvittering - kontingent\n", "Bevillingsoversigt\n"]}
g["kv"] = [
 ("P", "Barnets navn: {n:barn.full}"), ("P", "Fødselsdato: {d:barn}"), ("P", "CPR-nr.: {c:barn}"), ("P", "Forælder: {n:mor.full}"), ("P", "Forælders tlf.: {p:mor}"),
 ("P", "Forælders e-mail: {e:mor}"), ("P", "Adresse: {a1:mor}"), ("P", "Træner: {n:traener.full}, {p:traener}"), ("P", "Kasserer: {n:kasserer.full}, {e:kasserer}"),
 ("B", "Kontaktperson i kommunen: {n:sb}"),
 ("C", "Aktivitet: svømning, hold Delfinerne"), ("C", "Sæson: august til juni"), ("C", "Kontingent: {kr}"), ("C", "Udstyr: {kr}"), ("C", "Betalt: {dato}"),
 ("C", "Bevilget efter: Barnets lov § 30"), ("C", "Sagsnr.: {sagsnr}"), ("C", "Klub-CVR: 29189919"), ("C", "Alder: {alder} år"), ("C", "Ferieaktivitet: sommerlejr uge 28"),
]
g["tab_head"] = {"P": ["Deltagere med fritidspas - holdliste", "Kontakter vedrørende fritidspasset"], "C": ["Betalte aktiviteter", "Oversigt over udgifter"]}
g["tab_cols"] = {"P": "| Navn | Født/rolle | Forælder | Telefon |\n|---|---|---|---|", "C": "| Aktivitet | Beløb | Periode | Bemærkning |\n|---|---|---|---|"}
g["tab_rows"] = {"P": ["| {n:barn.full} | {d:barn} | {n:mor.full} | {p:mor} |", "| {n:bror.full} | {d:bror} | {n:far.full} | {p:far} |",
                       "| {n:traener.full} | træner | - | {p:traener} |", "| {n:kasserer.full} | kasserer | - | {p:kasserer} |"],
                 "C": ["| Fodbold | {kr} | forår | kontingent |", "| Svømning | {kr} | efterår | inkl. badehætte |", "| Sommerlejr | {kr} | uge 28 | transport med bus |",
                       "| Ridning | {kr} | 10 gange | hjelm lånes |", "| Klatring | {kr} | efterårsferie | dagsforløb |", "| Spejder | {kr} | helår | uniform søgt |", "| Udstyr | {kr} | engangsbeløb | kvittering modtaget |"]}
g["prose"] += [
 ('B', '{N:barn} har fået nye fodboldstøvler og viste dem stolt frem til {n:sb} ved besøget.'),
 ('B', '{N:far} spørger, om fritidspasset kan bruges til et andet barn i familien; det kræver en ny ansøgning.'),
 ('C', 'Klubben træner tirsdag og torsdag kl. 16.30-18.00 på kunstgræsbanen bag hallen.'),
 ('C', 'Udstyr købt i Intersport: benskinner, støvler og træningstøj. Kvitteringen er vedlagt sagen.'),
 ('C', 'Juni og juli er der ferieaktiviteter i kommunens regi; tilmelding sker via skolernes intranet.'),
 ('C', 'Fritidspasset er ikke en pengeydelse og kan ikke udbetales kontant til familien.'),
]
GENRES["fritid"] = g

# 4 ---------------------------------------------------------------- pets and animal welfare
g = {"formats": ["prose", "log", "message", "kv", "letter", "list", "table"]}
g.update(_letter("mor", "sb", "Sagsbehandler, Børn og Unge", ["Hunden i hjemmet", "Henvendelse fra Dyrenes Beskyttelse", "Dyrenes trivsel og børnenes sikkerhed", "Aftale om pasning af dyr"], "nabo"))
g["titles"] = ["Notat om dyr i hjemmet", "Hjemmebesøg - dyrene", "Opfølgning efter anmeldelse til dyreværnet", "Aftale om pasning", "Observationer ved besøg", "Dyr og børn - status"]
g["prose"] = [
 ("P", "Lillebror {n:bror.first} (født {d:bror}) sover i samme værelse som hundens kurv."),
  ("P", "Ved hjemmebesøget på {a:mor} blev vi mødt af to store hunde, som {n:far} lukkede ind i soveværelset."),
 ("P", "Dyrlæge {n:dyrlaege.full} har behandlet katten for lopper og kan bekræfte forløbet på {p:dyrlaege}."),
 ("P", "{N:nabo.full} ringede fra {p:nabo} og fortalte, at hunden gør hele natten, når familien er væk."),
 ("P", "Under familiens indlæggelse passes hunden af {n:mormor.full}, {a1:mormor}."),
 ("P", "{N:barn}, født {d:barn}, er blevet bidt i hånden og blev set på skadestuen samme aften."),
 ("P", "Anmeldelsen blev sendt fra {e:nabo} med billeder af kaninburet i haven."),
 ("P", "{N:mor} skrev fra {e:mor}, at hun har solgt den ene hund til en bekendt, {n:nabo2.full}."),
 ("P", "Oplysninger om {n:barn.full} (cpr {c:barn}) er ikke videregivet til Dyrenes Beskyttelse."),
 ("P", "Hundens dyrlægejournal står på {n:far.full}, {a1:far}, tlf. {p:far}."),
 ("B", "{N:barn} viser stolt kaninen frem og fortæller, at den får frisk vand hver morgen før skole."),
 ("B", "{N:far} forklarer, at hunden er en tryghed for børnene, fordi de ofte er alene hjemme om eftermiddagen."),
 ("B", "{N:dyrlaege} vurderer, at hunden er underernæret, men ikke aggressiv over for børn."),
 ("B", "{N:sb} aftalte med {n:mor}, at hunden ikke må være i rum med lillesøster uden en voksen til stede."),
 ("B", "{N:mormor} har sagt ja til at tage katten, hvis familien skal flytte til en bolig uden husdyr."),
 ("C", "Dyrenes Vagtcentral kan kontaktes døgnet rundt på 1812 ved akutte sager om dyr i nød."),
 ("C", "Hunden er en schæferblanding på ca. 35 kg. Den var i snor ved ankomst og faldt hurtigt til ro."),
 ("C", "Fødevarestyrelsen fører tilsyn med dyrevelfærd. Kommunen kan ikke selv fjerne et dyr, men kan underrette politiet."),
 ("C", "Der lugtede af urin i gangen, og kattebakken var ikke tømt. Køkkenet fremstod i øvrigt ryddeligt."),
 ("C", "Have og skov ligger lige ved huset, og børnene går tur med hunden efter skole, typisk ved 15-tiden."),
 ("C", "Ved bid fra hund anbefales stivkrampevaccination. Barnet fik Panodil og en forbinding på skadestuen."),
 ("C", "Næste besøg er aftalt til {dato} kl. {kl}. Sagen følges efter Barnets lov § 20 i den børnefaglige undersøgelse."),
 ("C", "Familien har foder fra Royal Canin og et nyt hundebur fra Zoo-butikken ved Banegårdspladsen."),
]
g["kv_head"] = {"P": ["Registrering af dyr i hjemmet\n", "Anmeldelse fra nabo - oplysninger\n", "Pasningsaftale for hund\n"],
                "C": ["Registrering af dyr i hjemmet\n", "Tjekliste ved hjemmebesøg\n", "Pasningsaftale - skabelon\n"]}
g["kv"] = [
 ("P", "Ejer: {n:far.full}"), ("P", "Adresse: {a1:far}"), ("P", "Telefon: {p:far}"), ("P", "Anmelder: {n:nabo.full}, {p:nabo}"), ("P", "Anmelders e-mail: {e:nabo}"),
 ("P", "Passer: {n:mormor.full}, tlf. {p:mormor}"), ("P", "Dyrlæge: {n:dyrlaege.full}, {e:dyrlaege}"), ("P", "Barn: {n:barn.full}, f. {d:barn}"), ("P", "Mor: {n:mor.full}, cpr {c:mor}"),
 ("B", "Besøg foretaget af: {n:sb}"),
 ("C", "Dyr: 2 hunde, 1 kat, 3 kaniner"), ("C", "Chipnummer registreret: ja, i Dansk Hunderegister"), ("C", "Vaccineret: ja"), ("C", "Hundens vægt: ca. 35 kg"),
 ("C", "Akut nummer: Dyrenes Vagtcentral 1812"), ("C", "Besøgsdato: {dato}, kl. {kl}"), ("C", "Sagsnr.: {sagsnr}"), ("C", "Bid registreret: nej"), ("C", "Børnenes alder: {alder} og {alder} år"),
]
g["tab_head"] = {"P": ["Hvem passer dyrene", "Kontakter i sagen om dyrene"], "C": ["Observationer ved besøg", "Aftaler om dyrene"]}
g["tab_cols"] = {"P": "| Navn | Rolle | Telefon | Adresse |\n|---|---|---|---|", "C": "| Emne | Observation | Opfølgning |\n|---|---|---|"}
g["tab_rows"] = {"P": ["| {n:mormor.full} | passer hund | {p:mormor} | {a1:mormor} |", "| {n:nabo.full} | anmelder | {p:nabo} | {a1:nabo} |",
                       "| {n:dyrlaege.full} | dyrlæge | {p:dyrlaege} | - |", "| {n:far.full} | ejer | {p:far} | {a1:far} |", "| {n:mor.full} | mor | {p:mor} | - |"],
                 "C": ["| Hunde | rolige ved besøg | nyt besøg {dato} |", "| Kat | mager, lopper | dyrlæge kontaktet |", "| Kaniner | bur uden læ | flyttes ind |",
                       "| Børnenes sikkerhed | bid i januar | aftale om snor |", "| Hygiejne | lugt af urin | følges op |", "| Foder | tilstrækkeligt | ingen |", "| Pasning | mormor ved indlæggelse | aftale skrevet |"]}
g["prose"] += [
 ('B', '{N:barn} er bange for den store hund og sover helst med døren lukket, fortæller {n:mor}.'),
 ('B', '{N:nabo} har tidligere fodret katten, når familien var væk i weekenderne.'),
 ('C', "Hunden hedder noget med storm på engelsk, men børnene kalder den bare 'bamsen'."),
 ('C', 'Politiet kan efter hundeloven give påbud om snor og mundkurv, hvis en hund har bidt.'),
 ('C', 'Der står to akvarier i stuen og et terrarium med en skildpadde i børneværelset.'),
 ('C', 'Glade børn og en rolig hund mødte os i døren. Dyrene virkede velplejede ved dette besøg.'),
]
GENRES["dyr"] = g

# 5 ---------------------------------------------------------------- neighbour conflicts
g = {"formats": ["letter", "message", "prose", "log", "kv", "table", "list"]}
g.update(_letter("mor", "vicevaert", "Ejendomsfunktionær, boligselskabets driftskontor", ["Advarsel om støj", "Klage fra naboer", "Indkaldelse til mægling", "Husorden og beboerklagenævnet"], "nabo"))
g["titles"] = ["Referat af mæglingsmøde", "Nabostrid - notat", "Klagesag: støj fra lejligheden", "Naboernes udsagn", "Tidslinje over klager", "Opfølgning på advarsel"]
g["prose"] = [
 ("P", "Naboen nævner i sin klage både {n:barn.first} og lillebror {n:bror.first}, født henholdsvis {d:barn} og {d:bror}."),
  ("P", "Boligselskabet har sendt en skriftlig advarsel til {n:mor.full}, {a:mor}, om støj efter kl. 22."),
 ("P", "Naboen {n:nabo.full} oplyser, at der dunkes i gulvet næsten hver aften, og kan kontaktes på {p:nabo}."),
 ("P", "{N:nabo2.full} fra stuen har skrevet til boligselskabet fra {e:nabo2} og beskriver råb og grædende børn."),
 ("P", "Mægleren {n:maegler.full} tilbyder et møde og kan træffes på {p:maegler} eller {e:maegler}."),
 ("P", "{N:far.full} er født {d:far} og står ikke på lejekontrakten, men opholder sig ofte i lejligheden."),
 ("P", "Klagen nævner {n:barn.full} ved navn og fødselsdatoen {d:barn}, hvilket vi har bedt boligselskabet undlade."),
 ("P", "Viceværten {n:vicevaert.full}, tlf. {p:vicevaert}, har været på stedet tre gange uden at høre støj."),
 ("P", "{N:mor} har selv klaget over naboen på {a1:nabo}, som hun mener råber ad børnene på trappen."),
 ("P", "Kopi af advarslen blev sendt til {e:mor} og lagt i e-Boks under {n:mor.gen} cpr-nr. {c:mor}."),
 ("B", "{N:barn} fortæller, at det er storebror, der spiller bold i stuen, og at mor bliver ked af det, når naboen banker på."),
 ("B", "{N:nabo} understreger, at klagen ikke handler om børnene, men om voksne, der skændes højlydt om natten."),
 ("B", "{N:maegler} ledede mødet og fik parterne til at aftale, at der er ro fra kl. 21 på hverdage."),
 ("B", "{N:mor} siger, at familien føler sig overvåget, og at {n:nabo} filmer børnene fra altanen."),
 ("B", "{N:vicevaert} har opsat filt under stoleben og tilbudt et tæppe til stuen, som {n:far} har taget imod."),
 ("C", "Efter almenlejeloven kan boligselskabet opsige lejemålet, hvis en skriftlig advarsel om husordenen ikke efterleves."),
 ("C", "Klager kan indbringes for beboerklagenævnet. Sagsbehandlingstiden er typisk tre måneder."),
 ("C", "Mæglingsmødet holdes i beboerhusets {lokale} {dato} kl. {kl}. Kaffe og te står klar."),
 ("C", "Ved uro eller vold på trappen ringes 114, og ved akut fare 112. Naboer opfordres ikke til selv at gå ind i konflikten."),
 ("C", "Husordenen siger, at der skal være ro mellem kl. 22 og 7. Boldspil er ikke tilladt i opgangene."),
 ("C", "Glad musik og fødselsdagsfest sidste lørdag er ikke i sig selv et brud på husordenen, så længe det slutter til tiden."),
 ("C", "Sagen er registreret som underretning, og der er foretaget en vurdering inden for 24 timer, jf. Barnets lov § 136."),
 ("C", "Mandag og onsdag var der ingen klager. Fredag kom der to, begge om musik efter midnat."),
]
g["kv_head"] = {"P": ["Klage modtaget af boligselskabet\n", "Partsliste - mægling\n", "Registrering af naboklage\n"],
                "C": ["Klage modtaget af boligselskabet\n", "Mægling - praktisk\n", "Registrering af naboklage\n"]}
g["kv"] = [
 ("P", "Klager: {n:nabo.full}"), ("P", "Klagers adresse: {a1:nabo}"), ("P", "Klagers tlf.: {p:nabo}"), ("P", "Indklaget: {n:mor.full}"), ("P", "Lejemål: {a1:mor}"),
 ("P", "E-mail: {e:mor}"), ("P", "Mægler: {n:maegler.full}, {p:maegler}"), ("P", "Medklager: {n:nabo2.full}, {e:nabo2}"), ("P", "Lejers cpr-nr.: {c:mor}"),
 ("B", "Vicevært: {n:vicevaert}"), ("B", "Sagsbehandler orienteret: {n:sb}"),
 ("C", "Afdeling: 14, opgang C"), ("C", "Type: støj efter kl. 22"), ("C", "Antal klager: 4"), ("C", "Advarsel: skriftlig, sendt {dato}"), ("C", "Mægling: {dato} kl. {kl}"),
 ("C", "Sagsnr.: {sagsnr}"), ("C", "Husorden: ro kl. 22-7"), ("C", "Næste skridt: beboerklagenævnet"),
]
g["tab_head"] = {"P": ["Parter i nabosagen", "Deltagere i mæglingen"], "C": ["Tidslinje for klager", "Aftaler fra mæglingsmødet"]}
g["tab_cols"] = {"P": "| Navn | Adresse | Telefon | Rolle |\n|---|---|---|---|", "C": "| Dato | Klage/aftale | Bemærkning |\n|---|---|---|"}
g["tab_rows"] = {"P": ["| {n:mor.full} | {a1:mor} | {p:mor} | lejer |", "| {n:nabo.full} | {a1:nabo} | {p:nabo} | klager |", "| {n:nabo2.full} | {a1:nabo2} | {p:nabo2} | medklager |",
                       "| {n:maegler.full} | - | {p:maegler} | mægler |", "| {n:vicevaert.full} | - | {p:vicevaert} | vicevært |"],
                 "C": ["| {dato} | støj kl. 23.40 | musik |", "| {dato} | råb på trappen | to voksne |", "| {dato} | advarsel sendt | skriftlig |", "| {dato} | mæglingsmøde | begge parter mødte |",
                       "| {dato} | ro fra kl. 21 | aftalt |", "| {dato} | ingen klager | opfølgning |", "| {dato} | tæppe lagt i stuen | viceværten hjalp |"]}
g["prose"] += [
 ('B', '{N:far} har tilbudt at banke på hos {n:nabo} og undskylde, men {n:maegler} anbefaler at vente til mødet.'),
 ('B', '{N:nabo2} har skrevet, at {n:barn} altid hilser pænt på trappen.'),
 ('C', 'Lejligheden er en treværelses på 78 m², og børneværelset ligger lige over underboens soveværelse.'),
 ('C', 'Beboermødet i afdelingen vedtog sidste år nye regler om støj i weekenden og brug af gården.'),
 ('C', 'Boligselskabet har sat lydisolerende plader op i opgang B efter klager over trinlyd.'),
 ('C', 'Maj og juni er der mange klager over grill på altanerne; det er en anden sag end denne.'),
]
GENRES["nabo"] = g

# 6 ---------------------------------------------------------------- digital self-service
g = {"formats": ["kv", "log", "message", "prose", "table", "letter", "list"]}
g.update(_letter("mor", "sb", "Sagsbehandler, Børn og Unge", ["Din ansøgning er modtaget", "Fejl i den digitale ansøgning", "Manglende bilag i selvbetjeningen", "Kvittering for indsendt formular"], "mor"))
g["titles"] = ["Supportchat - udskrift", "Fejlbesked ved indsendelse", "Kvittering fra selvbetjeningen", "Notat: hjælp til digital ansøgning", "Indsendt formular (kopi)", "Log over henvendelser"]
g["prose"] = [
 ("P", "Fejlbesked: Fødselsdatoen {d:barn} stemmer ikke overens med cpr-nummeret. Kontrollér dine oplysninger."),
 ("P", "Ansøgningen vedrører {n:bror.full}, født {d:bror}, men blev indsendt under storesøsters sag."),
  ("P", "Supporter {n:support.first}: Jeg kan se, at ansøgningen fra {n:mor.full} stoppede ved trin 3, hvor cpr-nummeret {c:barn} blev afvist."),
 ("P", "Borgeren skriver: Jeg har prøvet tre gange, og mit nummer {p:mor} bliver ikke godkendt i feltet."),
 ("P", "Formularen viste: Adressen '{a1:mor}' kunne ikke findes i adresseregistret."),
 ("P", "Kvitteringen blev sendt til {e:mor} og i kopi til {n:sb.full} på {e:sb}."),
 ("P", "{N:mor} ringede fra {p:mor} og fik hjælp af {n:sb} til at uploade lægeerklæringen."),
 ("P", "Ansøger: {n:ung.full}, født {d:ung}. Fejlkode 409: ansøgningen er allerede indsendt."),
 ("P", "{N:far.full} havde skrevet fødselsdatoen {d:barn} i feltet til cpr-nummer, og systemet afviste det."),
 ("P", "Supporteren {n:support.full} sendte et link til {e:far}, men linket var udløbet efter 24 timer."),
 ("P", "Medansøger {n:far.full} bor på {a1:far} og skal godkende med sit eget MitID."),
 ("P", "Barnets cpr-nr. {c:barn} og mors cpr-nr. {c:mor} fremgår af kvitteringen i fuld længde."),
 ("B", "{N:mor} har ikke MitID på telefonen og må bruge kodeviser, som hun ikke kan finde."),
 ("B", "{N:support} forklarer, at siden skal genindlæses, og at bilag højst må fylde 10 MB."),
 ("B", "{N:sb} tilbød {n:mor} en tid i borgerservice, hvor ansøgningen kan udfyldes sammen."),
 ("B", "{N:ung} har søgt om efterværn via borger.dk, men fik en fejl i feltet, hvor kommunen skal vælges."),
 ("C", "Fejl 500: Der opstod en teknisk fejl. Prøv igen senere, eller kontakt kommunen på hovednummeret."),
 ("C", "Din ansøgning er modtaget {dato} kl. {kl}. Kvitteringsnummer {ref}. Du får svar i Digital Post inden for 4 uger."),
 ("C", "Sessionen er udløbet. Af sikkerhedshensyn logges du ud efter 30 minutters inaktivitet."),
 ("C", "Bilaget kunne ikke uploades. Tilladte filtyper er PDF, JPG og PNG. Maksimal størrelse er 10 MB."),
 ("C", "MitID-support har åbent alle dage, og borgeren kan også få hjælp i Borgerservice ved Rådhuspladsen."),
 ("C", "Feltet 'Barnets alder' accepterer kun tal mellem 0 og 17. Du har skrevet 'ti'."),
 ("C", "Husk at vælge 'Ansøgning om støtte efter Barnets lov' og ikke 'Ældre og handicap' i rullemenuen."),
 ("C", "Formularen er indsendt, men bilag 2 mangler. Ansøgningen behandles først, når alle bilag er modtaget."),
]
g["kv_head"] = {"P": ["Kvittering for indsendt ansøgning\n", "Udfyldt formular - kopi\n", "Selvbetjening: ansøgning om fritidspas\n"],
                "C": ["Kvittering for indsendt ansøgning\n", "Fejlrapport\n", "Systemstatus\n"]}
g["kv"] = [
 ("P", "Navn: {n:mor.full}"), ("P", "CPR-nummer: {c:mor}"), ("P", "Barnets navn: {n:barn.full}"), ("P", "Barnets cpr: {c:barn}"), ("P", "Barnets fødselsdato: {d:barn}"),
 ("P", "Adresse: {a1:mor}"), ("P", "Telefon: {p:mor}"), ("P", "E-mail: {e:mor}"), ("P", "Medansøger: {n:far.full}, {e:far}"),
 ("B", "Sagsbehandler: {n:sb}"),
 ("C", "Kvitteringsnr.: {ref}"), ("C", "Modtaget: {dato} kl. {kl}"), ("C", "Status: Under behandling"), ("C", "Bilag: 2 af 3 uploadet"), ("C", "Fejlkode: 422 - ugyldigt felt"),
 ("C", "Browser: Chrome 126, Windows 11"), ("C", "Log-in: MitID"), ("C", "Sagsområde: Børn og familie"), ("C", "Forventet svartid: 4 uger"), ("C", "Journalnr.: {sagsnr}"),
]
g["tab_head"] = {"P": ["Indsendte felter", "Oversigt over ansøgere"], "C": ["Fejllog", "Status på ansøgninger denne uge"]}
g["tab_cols"] = {"P": "| Felt | Indtastet værdi |\n|---|---|", "C": "| Tidspunkt | Hændelse | Status |\n|---|---|---|"}
g["tab_rows"] = {"P": ["| Ansøgers navn | {n:mor.full} |", "| Ansøgers cpr | {c:mor} |", "| Barn | {n:barn.full} |", "| Barnets fødselsdato | {d:barn} |",
                       "| Adresse | {a1:mor} |", "| Mobil | {p:mor} |", "| E-mail | {e:mor} |", "| Medansøger | {n:far.full} |", "| Medansøgers tlf. | {p:far} |"],
                 "C": ["| kl. {kl} | log-in med MitID | ok |", "| kl. {kl} | trin 2 udfyldt | ok |", "| kl. {kl} | upload af bilag | fejl 413 |", "| kl. {kl} | session udløbet | fejl |",
                       "| kl. {kl} | ny session | ok |", "| kl. {kl} | ansøgning indsendt | kvittering {ref} |", "| kl. {kl} | Digital Post afsendt | ok |"]}
g["prose"] += [
 ('B', "{N:mor} skrev i chatten: 'Jeg kan ikke finde knappen til at sende, der står bare en rød boks.'"),
 ('B', '{N:support} har lukket henvendelsen og sendt et nyt link til formularen.'),
 ('C', 'Chatten er åben mandag-fredag kl. 9-15. Uden for åbningstid kan der sendes en besked via Digital Post.'),
 ('C', 'Fejl 403: Du har ikke adgang til denne side. Log ud og log ind igen med MitID.'),
 ('C', 'Kvitteringen kan downloades som PDF i 30 dage. Derefter findes den kun i Digital Post.'),
 ('C', 'Storage-fejl hos leverandøren betød, at 14 ansøgninger skulle indsendes igen den følgende dag.'),
]
GENRES["digital"] = g

INSTITUTION_TEXTS = [
 ("Barn A går i 4. klasse på {I0} og har været tilmeldt lektiecaféen siden efterårsferien.", ["Friskolen ved Gudenåen"]),
 ("Den unge er udsluset fra {I0} og flytter i egen bolig med støtte fra {I1}.", ["Opholdsstedet Havblik", "Bostøtteteamet Broen ApS"]),
 ("Plejefamilien er tilknyttet {I0}, som også står for supervisionen hvert kvartal.", ["Familieplejeforeningen Trinbrættet"]),
 ("Mor har søgt optagelse på {I0} til næste skoleår, hvor Barn A skal gå i 9. klasse.", ["Efterskolen Rosenbakken"]),
 ("Læsevejlederen fra {I0} deltog i mødet sammen med en pædagog fra {I1}.", ["Den Private Realskole Nordstjernen", "Fritidshjemmet Gnisten"]),
 ("Barn B går i {I0} om formiddagen og kommer i dagplejen om eftermiddagen.", ["Børnehuset Mariehønen"]),
 ("Fritidspasset dækker kontingentet i {I0}, hvor drengen spiller på U11-holdet.", ["Boldklubben Frem Vestbyen"]),
 ("Den unge har været på aflastning på {I0} hver tredje weekend siden januar.", ["Aflastningshjemmet Lindely"]),
 ("Skolen anbefaler et skift til {I0}, som har små klasser og særlig støtte til ordblinde elever.", ["Heldagsskolen Kompasset"]),
 ("Ferieaktiviteten foregår på {I0} i uge 28 med overnatning i telte.", ["Spejdergruppen Ulvetrop Øst"]),
 ("Barn A er anbragt på {I0} efter Barnets lov § 46, og skolegangen foregår på stedets interne skole.", ["Døgninstitutionen Solstrålen"]),
 ("Foreningen {I0} har bekræftet, at kontingentet for foråret er betalt af kommunen.", ["Svømmeklubben Bølgen"]),
 ("Efter mødet på {I0} blev det aftalt, at PPR laver en observation i klassen.", ["Lilleskolen Kastanjen"]),
 ("Den unge bor på {I0} og får efterværn med ugentlige samtaler med en kontaktperson.", ["Ungdomskollegiet Vestervang"]),
 ("Plejemor har fået tilbudt kursus hos {I0} om børn med tilknytningsvanskeligheder.", ["Plejefamiliecentret Fyrtårnet"]),
 ("Lillebror går i {I0}, og storesøster går i {I1} lige ved siden af.", ["Vuggestuen Troldehøj", "Fritidsklubben Kometen"]),
 ("Der er søgt om optagelse på {I0}, en privat efterskole med linjer for heste og natur.", ["Efterskolen Hestehaven"]),
 ("Barn A har gået til ridning på {I0} i to år, og kommunen betaler halvdelen af prisen.", ["Rideskolen Engbakken"]),
 ("Opholdsstedet {I0} har sendt en statusrapport til myndighedsrådgiveren forud for opfølgningsmødet om barnets plan.", ["Bostedet Kildehuset"]),
 ("Drengen deltager i lektiehjælp hos {I0} to gange om ugen efter skoletid.", ["Foreningen Lektiebroen"]),
 ("Mor ønsker, at pigen fortsætter i {I0}, selvom familien flytter til den anden side af byen.", ["Den Tysk-Danske Friskole"]),
 ("Den unge har fået værelse gennem {I0} og er skrevet op til en større bolig.", ["Kollegiet Egebo"]),
 ("Familien modtager familiebehandling hos {I0}, der også arrangerer forældrekurser om aftenen.", ["Familiehuset Ankerpladsen ApS"]),
 ("Sprogvurderingen blev foretaget af pædagogerne i {I0} i samarbejde med sprogkonsulenten.", ["Børnehaven Regnbuen"]),
 ("Barn A har været i praktik hos {I0} og ønsker at fortsætte på {I1} efter sommerferien.", ["Værkstedet Tømrergården", "Produktionsskolen Ådalen"]),
 ("Klatringen foregår i {I0}, hvor instruktørerne har erfaring med børn med ADHD.", ["Klatreklubben Vertikal"]),
 ("Teamet har kontakt til {I0}, som tilbyder hundeterapi til børn med angst.", ["Foreningen Poter og Børn"]),
 ("Pigen har gået i {I0} siden børnehaveklassen og har mange venner der.", ["Privatskolen Havnely"]),
 ("Den unge er optaget på {I0} og skal bo på skolen fra august.", ["Idrætsefterskolen Stevnsbo"]),
 ("Aflastningen er flyttet fra {I0} til {I1}, fordi der var ventetid.", ["Weekendhjemmet Mosegården", "Aflastningscentret Lærkereden"]),
]
