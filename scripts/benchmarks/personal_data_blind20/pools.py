"""Invented-name and place pools for the blind20 corpus (written by hand, no library).

All lists are lists (never sets) so that iteration order is fixed.
Each origin: (male first names, female first names, surnames).
"""

ORIGINS = {
    "dk": (
        ["Mads", "Jonas", "Frederik", "Emil", "Lucas", "Magnus", "Anders", "Søren", "Henrik",
         "Thomas", "Kasper", "Rasmus", "Mikkel", "Jesper", "Niels", "Morten", "Christian", "Jeppe"],
        ["Mette", "Anne", "Camilla", "Louise", "Sofie", "Emma", "Ida", "Freja", "Clara", "Karen",
         "Hanne", "Lene", "Susanne", "Maja", "Katrine", "Pernille", "Signe", "Birthe"],
        ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Thomsen", "Poulsen", "Møller",
         "Mortensen", "Frederiksen", "Knudsen", "Mikkelsen", "Dalgaard", "Kjærgaard", "Østergaard",
         "Bech", "Damgaard", "Thygesen", "Bisgaard", "Kjeldsen", "Vestergaard"],
    ),
    "dk_rare": (
        ["Alfred", "Aksel", "Vitus", "Bertram", "Valdemar", "Eskild", "Thorvald", "Villum", "Anker",
         "Bo", "Storm", "Ask", "Ulv", "Frej"],
        ["Esther", "Alma", "Silje", "Liva", "Merle", "Ellinor", "Gry", "Dagmar", "Sol", "Lykke",
         "Rigmor", "Asta"],
        ["Fuglsang", "Lyngsø", "Stjernholm", "Bregnhøj", "Ravnkilde", "Hedelund", "Nordenhof",
         "Skovgaard-Hviid", "Skov", "Vinter", "Ravn", "Lerbech-Aagaard", "Kildebæk", "Engholt"],
    ),
    "gl": (
        ["Aputsiaq", "Inuk", "Malik", "Nuka", "Kunuk", "Minik", "Kaali", "Ulloriaq"],
        ["Pipaluk", "Naja", "Aviaja", "Ivalo", "Paninnguaq", "Arnaq", "Nivi", "Ujarak"],
        ["Kleist", "Lynge", "Petrussen", "Heilmann", "Berthelsen", "Motzfeldt", "Kreutzmann",
         "Kristiansen", "Sandgreen"],
    ),
    "fo": (
        ["Rúni", "Jóannes", "Bárður", "Sjúrður", "Heðin", "Høgni"],
        ["Turið", "Rannvá", "Guðrun", "Brynhild", "Sunnvá", "Bjørg"],
        ["Joensen", "Jacobsen", "Djurhuus", "Hammershaimb", "á Lakjuni", "í Líð", "Mohr"],
    ),
    "so": (
        ["Abdi", "Mohamed", "Hamza", "Abdullahi", "Guled", "Mahad", "Abdirahman"],
        ["Hodan", "Fadumo", "Ayaan", "Ilhan", "Nimco", "Sahra", "Hibo"],
        ["Warsame", "Jama", "Farah", "Hirsi", "Osman", "Mohamud", "Yusuf", "Ali", "Egal"],
    ),
    "ar": (
        ["Ahmad", "Yousef", "Khaled", "Omar", "Samir", "Karim", "Bilal", "Tariq"],
        ["Layla", "Fatima", "Amira", "Nour", "Rania", "Mariam", "Yasmin", "Hala"],
        ["Al-Hassan", "Haddad", "Khalil", "Nasser", "El-Sayed", "Abu Shanab", "Saleh", "Hamdan",
         "Darwish"],
    ),
    "ku": (
        ["Azad", "Baran", "Rebwar", "Hozan", "Soran", "Dilshad"],
        ["Rojin", "Dilan", "Berivan", "Shilan", "Zozan", "Hêvî"],
        ["Ahmadi", "Karimi", "Zebari", "Hawrami", "Amedi", "Doski"],
    ),
    "tr": (
        ["Emre", "Mehmet", "Burak", "Kerem", "Deniz", "Yusuf"],
        ["Elif", "Zeynep", "Ayşe", "Merve", "Esra", "Büşra"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"],
    ),
    "af": (
        ["Farid", "Wahid", "Habibullah", "Mohammad Nabi", "Jawad", "Sayed Ali"],
        ["Zahra", "Mursal", "Shabnam", "Parwana", "Freshta", "Marzia"],
        ["Rahimi", "Ahmadzai", "Popal", "Sultani", "Noori", "Hakimi", "Stanikzai"],
    ),
    "pk": (
        ["Imran", "Usman", "Asif", "Faisal", "Zeeshan", "Hamid"],
        ["Ayesha", "Sana", "Hina", "Zainab", "Saima", "Nadia"],
        ["Qureshi", "Butt", "Chaudhry", "Khan", "Iqbal", "Raza", "Mirza", "Bhatti"],
    ),
    "pl": (
        ["Jakub", "Kacper", "Michał", "Piotr", "Wojciech", "Tomasz"],
        ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Ewa"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
         "Szymańska"],
    ),
    "ua": (
        ["Oleksandr", "Dmytro", "Andrii", "Bohdan", "Taras", "Mykola"],
        ["Olena", "Iryna", "Oksana", "Yuliia", "Sofiia", "Nataliia"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
         "Hrytsenko"],
    ),
    "ro": (
        ["Andrei", "Ionuț", "Mihai", "Florin", "Cătălin", "Bogdan"],
        ["Ioana", "Andreea", "Florentina", "Denisa", "Larisa", "Roxana"],
        ["Popescu", "Ionescu", "Dumitru", "Munteanu", "Constantin", "Lupu", "Rădulescu"],
    ),
    "ba": (
        ["Amir", "Adnan", "Emir", "Haris", "Mirsad", "Senad"],
        ["Amra", "Lejla", "Selma", "Aida", "Emina", "Merima"],
        ["Hodžić", "Hadžić", "Begić", "Mehmedović", "Kovačević", "Delić", "Halilović"],
    ),
    "er": (
        ["Tesfay", "Yonas", "Berhane", "Dawit", "Filmon", "Kidane"],
        ["Senait", "Selam", "Mebrat", "Saba", "Luwam", "Semhar"],
        ["Gebremedhin", "Tesfamariam", "Haile", "Ghebreyesus", "Woldu", "Tekle", "Habte"],
    ),
    "vn": (
        ["Minh", "Tuấn", "Huy", "Duc", "Quang", "Bao"],
        ["Linh", "Trang", "Thảo", "Ngoc Anh", "Huong", "Mai Lan"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    ),
    "th": (
        ["Somchai", "Anan", "Niran", "Kittipong", "Chaiwat"],
        ["Siriporn", "Ratana", "Malee", "Kanya", "Pim", "Nattaya"],
        ["Saetang", "Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Phromphan"],
    ),
    "ph": (
        ["Jerome", "Mark Anthony", "Rodel", "Jun-Jun", "Arnel"],
        ["Maricel", "Jocelyn", "Rowena", "Kristine", "Rhea Mae", "Lovely"],
        ["Santos", "Reyes", "Bautista", "dela Cruz", "Mendoza", "Villanueva", "Aquino"],
    ),
    "en": (
        ["James", "Liam", "Jack", "Harry", "Callum", "Oliver"],
        ["Charlotte", "Emily", "Grace", "Chloe", "Poppy", "Isla"],
        ["Smith", "Taylor", "Wilson", "Walker", "Hughes", "O'Connor", "Clarke", "Fletcher"],
    ),
}

# Weighted origin draw (Danish origins more frequent, every origin present).
ORIGIN_WEIGHTS = [
    ("dk", 26), ("dk_rare", 10), ("gl", 5), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4), ("tr", 5),
    ("af", 4), ("pk", 4), ("pl", 5), ("ua", 5), ("ro", 4), ("ba", 3), ("er", 3), ("vn", 3),
    ("th", 2), ("ph", 3), ("en", 3),
]

NICKNAMES = {
    "Frederik": "Frede", "Christian": "Chris", "Katrine": "Trine", "Mohamed": "Mo",
    "Oleksandr": "Sasha", "Małgorzata": "Gosia", "Aputsiaq": "Apu", "Abdirahman": "Abdi-R",
    "Valdemar": "Valde", "Magnus": "Mangus", "Jakub": "Kuba", "Katarzyna": "Kasia",
    "Habibullah": "Habib", "Thorvald": "Thor", "Sebastian": "Basse", "Mikkel": "Mikke",
    "Susanne": "Sanne", "Pernille": "Pelle", "Zeeshan": "Zee", "Kittipong": "Kit",
    "Nataliia": "Natasha", "Charlotte": "Lotte", "Ellinor": "Nora", "Ulloriaq": "Ullo",
}

# Common Danish street names (none named after a person).
STREETS = [
    "Skovvej", "Kirkevej", "Møllevej", "Nørregade", "Søndergade", "Vestergade", "Østergade",
    "Bakkevej", "Engvej", "Birkevej", "Lindevej", "Egevej", "Strandvejen", "Stationsvej",
    "Skolevej", "Rosenvænget", "Ahornvej", "Kastanievej", "Bøgevej", "Granvej", "Fasanvej",
    "Vibevej", "Lærkevej", "Mågevej", "Hybenvej", "Kløvervej", "Valmuevej", "Bygaden",
    "Præstevænget", "Grønnegade", "Havnegade", "Toftevej", "Markvej", "Enghavevej", "Åbyvej",
    "Solsikkevej", "Tjørnevej", "Hasselvej", "Poppelvej", "Elmevej", "Nyvej", "Banevej",
    "Kongevejen", "Parkvej", "Holmevej", "Ringvejen", "Vænget", "Tornsangervej", "Rønnebærvej",
]

# Real postcode/town pairs.
TOWNS = [
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("8260", "Viby J"), ("8800", "Viborg"), ("8900", "Randers C"), ("7100", "Vejle"),
    ("7400", "Herning"), ("7500", "Holstebro"), ("6700", "Esbjerg"), ("6400", "Sønderborg"),
    ("6000", "Kolding"), ("5000", "Odense C"), ("5200", "Odense V"), ("5700", "Svendborg"),
    ("4000", "Roskilde"), ("4700", "Næstved"), ("4200", "Slagelse"), ("3400", "Hillerød"),
    ("2300", "København S"), ("2200", "København N"), ("2400", "København NV"),
    ("2630", "Taastrup"), ("2650", "Hvidovre"), ("2750", "Ballerup"), ("9000", "Aalborg"),
    ("9200", "Aalborg SV"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("8700", "Horsens"),
    ("8600", "Silkeborg"), ("7800", "Skive"), ("4800", "Nykøbing F"), ("3700", "Rønne"),
    ("8500", "Grenaa"), ("6100", "Haderslev"), ("6200", "Aabenraa"), ("4300", "Holbæk"),
    ("9700", "Brønderslev"),
]

# Foreign addresses (invented house numbers on real-looking streets and real postcodes).
FOREIGN_ADDR = [
    "ul. Długa 15 m. 3, 80-827 Gdańsk, Polen",
    "ul. Piotrkowska 112/4, 90-006 Łódź, Polen",
    "Hauptstraße 22, 24937 Flensburg, Tyskland",
    "Storgatan 12, 211 42 Malmö, Sverige",
    "Aqqusinersuaq 14, 3900 Nuuk",
    "Niels Finsens gøta 5, FO-100 Tórshavn",
    "vul. Shevchenka 12, kv. 5, 79000 Lviv, Ukraine",
    "Strada Mihai Eminescu 8, 400000 Cluj-Napoca, Rumænien",
    "Mustafa Kemal Cad. No: 45 D: 3, 06000 Ankara, Tyrkiet",
    "Ulica Ferhadija 9, 71000 Sarajevo, Bosnien-Hercegovina",
    "14 Ashgrove Road, Leeds LS6 2DL, England",
    "Gamle Drammensvei 31, 1369 Stabekk, Norge",
]

# Municipalities with real web domains (used for work e-mails and headers).
KOMMUNER = [
    ("Aarhus Kommune", "aarhus.dk"), ("Viborg Kommune", "viborg.dk"),
    ("Randers Kommune", "randers.dk"), ("Vejle Kommune", "vejle.dk"),
    ("Odense Kommune", "odense.dk"), ("Aalborg Kommune", "aalborg.dk"),
    ("Esbjerg Kommune", "esbjerg.dk"), ("Herning Kommune", "herning.dk"),
    ("Silkeborg Kommune", "silkeborg.dk"), ("Næstved Kommune", "naestved.dk"),
    ("Roskilde Kommune", "roskilde.dk"), ("Horsens Kommune", "horsens.dk"),
    ("Kolding Kommune", "kolding.dk"), ("Holstebro Kommune", "holstebro.dk"),
    ("Hjørring Kommune", "hjoerring.dk"), ("Sønderborg Kommune", "sonderborg.dk"),
]

# Switchboard-style public numbers (whitelisted look-alikes, never planted).
PUBLIC_NUMBERS = [
    ("Københavns Kommunes hovednummer", "33 66 33 66"),
    ("Aarhus Kommunes hovednummer", "89 40 20 00"),
    ("Aalborg Kommunes hovednummer", "99 31 31 31"),
    ("Esbjerg Kommunes hovednummer", "76 16 16 16"),
    ("Vejle Kommunes hovednummer", "76 81 81 81"),
    ("Randers Kommunes hovednummer", "89 15 15 15"),
    ("Viborg Kommunes hovednummer", "87 87 87 87"),
    ("Ankestyrelsens hovednummer", "33 41 12 00"),
    ("Rigshospitalets omstilling", "35 45 35 45"),
    ("Aarhus Universitetshospitals omstilling", "78 45 00 00"),
]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.dk", "mail.dk",
                "icloud.com", "hotmail.dk", "jubii.dk", "protonmail.com", "stofanet.dk", "wp.pl",
                "ukr.net", "yahoo.com"]

WORK_MAIL = ["advokathuset-midt.dk", "adv-nord.dk", "familiepleje-konsulent.dk", "rm.dk",
             "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk", "skolekom.dk",
             "tolkeservice.dk", "bisidder-net.dk", "socialtilsyn.dk"]

# Invented private institutions for institutions.jsonl (no person names inside).
INSTITUTIONS = [
    ("Børnehuset Mælkebøtten", "daginstitution"), ("Den Private Børnehave Solsikken", "daginstitution"),
    ("Vuggestuen Humlebien", "daginstitution"), ("Lilleskolen ved Åen", "friskole"),
    ("Friskolen Bakkedal", "friskole"), ("Kildeskovens Privatskole", "privatskole"),
    ("Opholdsstedet Bakkely", "opholdssted"), ("Opholdsstedet Egely", "opholdssted"),
    ("Bosted Fyrtårnet", "opholdssted"), ("Ungehuset Trædestenen", "opholdssted"),
    ("Døgntilbuddet Lindely", "opholdssted"), ("Ungdomsklubben Vulkanen", "klub"),
    ("Fritidsklubben Krudtuglen", "klub"), ("Idrætsforeningen Lynet", "klub"),
    ("Familieplejen Kompasset", "plejefamilieorganisation"),
    ("Netværksplejen Vestjylland ApS", "plejefamilieorganisation"),
    ("Nordvang Efterskole", "efterskole"), ("Efterskolen Havblik", "efterskole"),
    ("Strandbakken Idrætsefterskole", "efterskole"), ("Dagplejen Trillebøtten", "daginstitution"),
    ("Skovbørnehaven Grankoglen", "daginstitution"), ("Behandlingsskolen Trappen", "privatskole"),
    ("Den Lille Musikskole Tonica", "klub"), ("Spejdergruppen Ørneredet", "klub"),
    ("Plejefamilieforeningen Rugen", "plejefamilieorganisation"),
]
