"""Invented pools for the blind51 corpus (written by hand, no library)."""

# (origin, first names, surnames)
ORIGINS = [
    ("dk", ["Mads", "Freja", "Emil", "Ida", "Mathias", "Sofie", "Lars", "Mette", "Anne", "Søren",
            "Henrik", "Lone", "Jesper", "Camilla", "Kasper", "Tina", "Rikke", "Jonas", "Maja", "Anders",
            "Pernille", "Morten", "Louise", "Nikolaj", "Signe", "Bente", "Thomas", "Charlotte", "Anne-Sofie",
            "Karl-Emil", "Niels", "Rasmus", "Julie", "Katrine"],
     ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
      "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Mikkelsen", "Frederiksen",
      "Nørgaard-Hansen", "Bach", "Krogh", "Kjær", "Friis", "Juhl", "Ravn", "Vestergaard", "Dahl"]),
    ("dk-rare", ["Eskild", "Tilde", "Bjørk", "Malthe", "Saga", "Elvin", "Vigga", "Asger", "Rigmor",
                 "Alfa", "Kaj", "Ingrid", "Aksel", "Nohr", "Silke", "Villum", "Ellemarie", "Tjalfe"],
     ["Bjerregaard", "Kirkegaard", "Brøndum", "Fuglsang", "Ejlersen", "Dyrberg", "Skovbjerg",
      "Lykkegaard", "Hvidtfeldt", "Overgaard", "Damgaard", "Iversen", "Brix", "Ladefoged"]),
    ("dk-word", ["Sol", "Storm", "Lykke", "Bo", "Ask", "Ulv", "Frej", "Vinter"],
     ["Skov", "Vinter", "Storm", "Lykke", "Bjerg", "Krog"]),
    ("gl", ["Aputsiaq", "Naja", "Nivi", "Inuk", "Malik", "Pipaluk", "Kuupik", "Ivalo", "Arnaq", "Paninnguaq"],
     ["Kleist", "Lynge", "Petrussen", "Olsvig", "Heilmann", "Berthelsen", "Motzfeldt"]),
    ("fo", ["Rógvi", "Bárður", "Jógvan", "Turið", "Marjun", "Sámal", "Rannvá", "Eyðun"],
     ["Joensen", "Poulsen", "Dalsgaard", "Jacobsen", "Háberg", "Reinert"]),
    ("so", ["Hodan", "Abdirahman", "Farhiya", "Mohamed", "Ayaan", "Liibaan", "Hibo", "Sahra", "Abdullahi"],
     ["Warsame", "Farah", "Abdi", "Jama", "Hersi", "Osman", "Mohamud"]),
    ("ar", ["Ahmad", "Yasmin", "Omar", "Layla", "Khalid", "Noor", "Rania", "Mahmoud", "Fatima", "Youssef"],
     ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Abu Zaid", "El-Sayed", "Darwish"]),
    ("ku", ["Rojin", "Dilan", "Azad", "Berivan", "Shilan", "Rebaz", "Hozan", "Nishtiman"],
     ["Zebari", "Rashid", "Amedi", "Barzinji", "Doski"]),
    ("tr", ["Elif", "Emre", "Mehmet", "Zeynep", "Yusuf", "Ayşe", "Burak", "Esra"],
     ["Yilmaz", "Öztürk", "Demir", "Kaya", "Çelik", "Arslan", "Aydın"]),
    ("af", ["Farid", "Zahra", "Mursal", "Wahid", "Hamida", "Sediqa", "Najib"],
     ["Ahmadzai", "Rahimi", "Popal", "Noori", "Sultani", "Hakimi"]),
    ("pk", ["Imran", "Ayesha", "Bilal", "Sana", "Usman", "Mehwish", "Hamza"],
     ["Chaudhry", "Qureshi", "Butt", "Malik", "Iqbal", "Javed"]),
    ("pl", ["Kacper", "Zofia", "Wiktoria", "Jakub", "Agnieszka", "Paweł", "Małgorzata", "Tomasz"],
     ["Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski"]),
    ("ua", ["Oleksandr", "Daryna", "Mykola", "Sofiia", "Iryna", "Bohdan", "Oksana", "Taras"],
     ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Hnatyuk"]),
    ("ro", ["Andrei", "Ioana", "Mihai", "Florentina", "Bogdan", "Alexandra", "Cătălin"],
     ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Constantinescu"]),
    ("ba", ["Amela", "Emir", "Selma", "Adnan", "Lejla", "Haris", "Merima", "Dženan"],
     ["Hodžić", "Begić", "Delić", "Mehmedović", "Softić", "Kovačević"]),
    ("er", ["Semhar", "Yonas", "Filmon", "Senait", "Mussie", "Helen", "Abrehet", "Dawit"],
     ["Tesfay", "Ghebremariam", "Habte", "Kidane", "Tekle", "Berhane"]),
    ("vn", ["Linh", "Minh", "Thao", "Quang", "Huong", "Duc", "Mai Anh"],
     ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"]),
    ("th", ["Siriporn", "Kanya", "Somchai", "Ploy", "Nattaya", "Arthit", "Wanida"],
     ["Srisuk", "Wongsakul", "Chaiyaporn", "Boonmee", "Rattanakorn"]),
    ("ph", ["Maricel", "Jericho", "Rowena", "Joy", "Analyn", "Rodel", "Cherry"],
     ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza"]),
    ("en", ["Chloe", "Jack", "Megan", "Oliver", "Harry", "Amelia", "Liam", "Grace"],
     ["Smith", "Walker", "Brown", "O'Connor", "Taylor", "Whitfield"]),
]

ORIGIN_WEIGHTS = [26, 8, 6, 4, 3, 5, 6, 4, 4, 4, 3, 4, 4, 3, 3, 4, 3, 2, 2, 2]

NICKNAMES = {"Mohamed": "Mo", "Abdirahman": "Abdi", "Oleksandr": "Sasha", "Nikolaj": "Nikko",
             "Katrine": "Trine", "Bilal": "Bille", "Mathias": "Thias", "Jericho": "Jeco",
             "Aputsiaq": "Aputsi", "Rasmus": "Rasse", "Youssef": "Jussi", "Wiktoria": "Wika",
             "Abdullahi": "Abdul", "Malthe": "Malle", "Charlotte": "Lotte"}

MISSPELL = {"Mohamed": "Mohammed", "Sørensen": "Sørnsen", "Kristensen": "Kristiansen",
            "Christensen": "Kristensen", "Yasmin": "Jasmin", "Chaudhry": "Choudry", "Zeynep": "Zeynap",
            "Ghebremariam": "Gebremariam", "Kowalski": "Kovalski", "Shevchenko": "Sjevtjenko",
            "Jørgensen": "Jørgesen", "Hodžić": "Hodzic", "Yilmaz": "Yılmaz", "Nguyen": "Nguyên",
            "Camilla": "Kamilla", "Louise": "Lousie", "Fatima": "Fatma"}

FEMALE = set()  # not used for logic; gender is drawn at random

STREETS = ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Møllevej",
           "Engvej", "Birkevej", "Bøgevej", "Egevej", "Ahornvej", "Lindevej", "Rosenvej", "Violvej",
           "Stationsvej", "Parkvej", "Skovvej", "Strandvejen", "Bakkevej", "Kastanievej", "Tværvej",
           "Nygade", "Jernbanegade", "Algade", "Grønnegade", "Enghavevej", "Mågevej", "Fasanvej",
           "Granvej", "Hybenvej", "Tulipanvej", "Valmuevej", "Markvej", "Højvangen", "Toftevej",
           "Kærvej", "Lærkevej", "Drosselvej", "Hasselvej", "Mosevej", "Pilevej", "Vibevej",
           "Rønnebærvej", "Gartnervænget", "Agerhøjen", "Smedegade", "Torvegade", "Klostervej"]

TOWNS = [("6000", "Kolding", "kolding.dk", "Kolding Kommune"), ("7100", "Vejle", "vejle.dk", "Vejle Kommune"),
         ("8700", "Horsens", "horsens.dk", "Horsens Kommune"), ("5000", "Odense C", "odense.dk", "Odense Kommune"),
         ("8000", "Aarhus C", "aarhus.dk", "Aarhus Kommune"), ("9000", "Aalborg", "aalborg.dk", "Aalborg Kommune"),
         ("6700", "Esbjerg", "esbjerg.dk", "Esbjerg Kommune"), ("2300", "København S", "kk.dk", "Københavns Kommune"),
         ("2200", "København N", "kk.dk", "Københavns Kommune"), ("2000", "Frederiksberg", "frederiksberg.dk", "Frederiksberg Kommune"),
         ("4000", "Roskilde", "roskilde.dk", "Roskilde Kommune"), ("4700", "Næstved", "naestved.dk", "Næstved Kommune"),
         ("7400", "Herning", "herning.dk", "Herning Kommune"), ("7500", "Holstebro", "holstebro.dk", "Holstebro Kommune"),
         ("8800", "Viborg", "viborg.dk", "Viborg Kommune"), ("8900", "Randers C", "randers.dk", "Randers Kommune"),
         ("6400", "Sønderborg", "sonderborg.dk", "Sønderborg Kommune"), ("6100", "Haderslev", "haderslev.dk", "Haderslev Kommune"),
         ("3400", "Hillerød", "hillerod.dk", "Hillerød Kommune"), ("4200", "Slagelse", "slagelse.dk", "Slagelse Kommune"),
         ("5700", "Svendborg", "svendborg.dk", "Svendborg Kommune"), ("9800", "Hjørring", "hjoerring.dk", "Hjørring Kommune"),
         ("8600", "Silkeborg", "silkeborg.dk", "Silkeborg Kommune"), ("6200", "Aabenraa", "aabenraa.dk", "Aabenraa Kommune"),
         ("3000", "Helsingør", "helsingor.dk", "Helsingør Kommune"), ("2750", "Ballerup", "balk.dk", "Ballerup Kommune"),
         ("8300", "Odder", "odder.dk", "Odder Kommune"), ("6900", "Skjern", "rksk.dk", "Ringkøbing-Skjern Kommune"),
         ("7000", "Fredericia", "fredericia.dk", "Fredericia Kommune"), ("5500", "Middelfart", "middelfart.dk", "Middelfart Kommune"),
         ("6800", "Varde", "varde.dk", "Varde Kommune"), ("8500", "Grenaa", "norddjurs.dk", "Norddjurs Kommune")]

FOREIGN_ADDR = ["ul. Długa 14/3, 80-827 Gdańsk", "Bahnhofstraße 12, 24937 Flensburg", "Storgatan 5, 211 34 Malmö",
                "vul. Shevchenka 41, kv. 7, 79000 Lviv", "Strada Mihai Eminescu 22, 400001 Cluj-Napoca",
                "Atatürk Cad. No: 118/4, 35220 Konak/İzmir", "Aqqusinersuaq 9, 3900 Nuuk", "Niels Finsens gøta 11, FO-100 Tórshavn",
                "Ferhadija 17, 71000 Sarajevo", "82 Church Road, Leeds LS6 3AY", "Mariahilfer Straße 88, 1070 Wien"]

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.dk", "mail.dk", "icloud.com", "jubii.dk", "gmail.com", "hotmail.dk"]
FIRM_DOMAINS = ["advokathuset-syd.dk", "lexnord.dk", "koereskolen-centrum.dk", "bornsvilkar-bisidder.dk", "elevkontakt.dk", "ungementor.dk"]

FOREIGN_PHONES = ["+46 70 {a}{b} {c}{d} {e}{f}", "+48 5{a}{b} {c}{d}{e} {f}{g}{h}", "+90 53{a} {b}{c}{d} {e}{f} {g}{h}",
                  "+49 171 {a}{b}{c}{d}{e}{f}{g}", "+380 67 {a}{b}{c} {d}{e}{f}{g}", "+252 61 {a}{b}{c}{d}{e}{f}{g}",
                  "+299 {a}{b} {c}{d} {e}{f}", "+298 {a}{b}{c}{d}{e}{f}", "+44 7700 9{a}{b}{c}{d}{e}"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ORD = ["", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
       "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
       "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
       "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"]

# ---- look-alikes for clean texts (public or non-personal) ----
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111"]
SWITCHBOARDS = [("Kolding Kommune", "79 79 79 79"), ("Vejle Kommune", "76 81 00 00"), ("Esbjerg Kommune", "76 16 16 16"),
                ("Horsens Kommune", "76 29 29 29"), ("Aalborg Kommune", "99 31 31 31"), ("Aarhus Kommune", "89 40 20 00"),
                ("Københavns Kommune", "33 66 33 66")]
CVR = ["29189587", "31546672", "40112398", "25798801", "36674512"]
WHITELIST = PUBLIC_NUMBERS + [s[1] for s in SWITCHBOARDS] + CVR
EAN = ["5798008475112", "5798007331906", "5790001234569"]
LAWS = ["§ 32, stk. 1, nr. 3, i barnets lov", "barnets lov § 46", "§ 47 i barnets lov", "§ 91 (barnets plan)",
        "§ 108 (ungeplan)", "barnets lov § 5, stk. 3", "§ 6 i barnets lov (bisidder)", "§ 20, stk. 3",
        "§ 137, stk. 2", "§ 9 (tilsyn)", "serviceloven § 52, stk. 3", "§ 18-screening", "§ 19 (afdækning)"]
ICD = ["F90.0", "F84.5", "F32.1", "E10.9", "J45.9", "F41.1", "G40.9", "F93.8"]
MEDS = ["Ritalin", "Concerta", "Melatonin", "Ventoline", "Panodil", "Sertralin", "Epipen", "Insulin NovoRapid"]
BODIES = ["Familieretshuset", "Ankestyrelsen", "PPR", "Sundhedsplejen", "UU-vejledningen", "Jobcenter Ungeindsatsen",
          "Politiet", "Færdselsstyrelsen", "Udbetaling Danmark", "Børnehuset", "Borgerservice", "Socialtilsynet", "Skat"]
BRANDS = ["Netto", "Rema 1000", "Føtex", "H&M", "Jysk", "Matas", "Sport 24", "Flying Tiger", "Bilka", "Lidl", "Normal", "Elgiganten"]
PLACES = ["ved Banegårdspladsen", "nede ved Havnen", "på Torvet", "ved Rådhuspladsen", "i Storegade-området",
          "ude ved Skovvejen", "ved rundkørslen på Nørregade", "i gågaden", "ved Stadion", "ved Kulturhuset"]
CASE_NOS = ["2025-014327", "SAG-24-08813", "27.24.00-G01-112-25", "J.nr. 2026/0417-12", "BFU-2025/336", "27.12.08-P20-3-25"]
