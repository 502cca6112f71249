# -*- coding: utf-8 -*-
"""Hand-written pools for blind36. All persons invented; lists, never sets."""

# origin -> (female first names, male first names, surnames)
NAMES = [
    ("dk", ["Mette", "Hanne", "Louise", "Camilla", "Sofie", "Ida", "Freja", "Clara", "Karla", "Ella",
            "Signe", "Maja", "Line", "Trine", "Pernille", "Birgitte", "Annette", "Kirsten", "Julie", "Nanna"],
           ["Rasmus", "Jonas", "Mads", "Emil", "Magnus", "Frederik", "Søren", "Henrik", "Kasper", "Mikkel",
            "Anders", "Niels", "Thomas", "Jesper", "Morten", "Christian", "Lasse", "Malthe", "Oscar", "William"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen", "Poulsen", "Mortensen",
            "Østergaard", "Dalsgaard", "Bisgaard", "Nørgaard", "Lauridsen", "Frandsen", "Kjærsgaard-Thomsen",
            "Møller Kristiansen"]),
    ("dkrare", ["Liva", "Silje", "Selma", "Merle", "Tilde", "Vigga", "Aya", "Bjørk", "Saga", "Esther"],
               ["Asger", "Vitus", "Eigil", "Halfdan", "Ejvind", "Alfred", "Balder", "Bertram", "Aksel", "Villum"],
               ["Tranekjær", "Hvidtfeldt", "Skovbjerg", "Bækgaard", "Lindholt", "Agerskov", "Brøndum",
                "Kirkegaard-Nøhr", "Steensgaard", "Fjordside"]),
    ("word", ["Sol", "Lykke", "Maj-Britt", "Vår"],
             ["Storm", "Bo", "Ask", "Ulv", "Frej"],
             ["Skov", "Vinter", "Bjerg", "Dahl", "Krog", "Lund"]),
    ("gl", ["Aviaja", "Pipaluk", "Naja", "Nivi", "Arnaq", "Paninnguaq"],
           ["Inuk", "Malik", "Aputsiaq", "Kunuk", "Nuka", "Minik"],
           ["Kleist", "Lynge", "Kreutzmann", "Motzfeldt", "Heilmann", "Berthelsen"]),
    ("fo", ["Turið", "Guðrun", "Rakul", "Sunneva", "Bára"],
           ["Rúni", "Sjúrður", "Bárður", "Jógvan", "Heðin"],
           ["Joensen", "Poulsen", "Djurhuus", "Hammershaimb", "Dam Jacobsen", "Højgaard"]),
    ("so", ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Nimco"],
           ["Abdirahman", "Mohamed", "Liban", "Abdullahi", "Guled", "Farah"],
           ["Warsame", "Abdi Nur", "Hirsi", "Yusuf Ali", "Egal", "Jama"]),
    ("ar", ["Amal", "Noor", "Yasmin", "Rania", "Lina", "Hiba", "Rawan"],
           ["Ahmad", "Khaled", "Omar", "Yousef", "Bilal", "Tariq", "Mahmoud"],
           ["Al-Khatib", "Haddad", "El-Sayed", "Nasser", "Abu Khalil", "Darwish", "Mansour"]),
    ("ku", ["Rojin", "Dilan", "Berivan", "Nishtiman", "Shilan"],
           ["Soran", "Rebaz", "Karwan", "Dilshad", "Hemin"],
           ["Barzani", "Rashid", "Hawrami", "Mahmoudi", "Osman"]),
    ("tr", ["Elif", "Zeynep", "Büşra", "Merve", "Esra"],
           ["Emre", "Mehmet", "Burak", "Yusuf", "Kerem"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Aydın", "Öztürk"]),
    ("af", ["Zahra", "Maryam", "Parwana", "Shabnam", "Fereshta"],
           ["Farid", "Hamid", "Jawad", "Ahmad Shah", "Naweed"],
           ["Ahmadi", "Noori", "Hakimi", "Rahimi", "Sultani"]),
    ("pk", ["Ayesha", "Sana", "Hina", "Mehwish", "Rabia"],
           ["Imran", "Usman", "Bilal", "Faisal", "Zeeshan"],
           ["Iqbal", "Chaudhry", "Butt", "Malik Khan", "Qureshi"]),
    ("pl", ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Aleksandra"],
           ["Piotr", "Tomasz", "Krzysztof", "Jakub", "Paweł"],
           ["Nowak", "Wiśniewska", "Kowalczyk", "Wójcik", "Zielińska", "Lewandowski"]),
    ("ua", ["Oksana", "Iryna", "Olena", "Yuliia", "Daryna"],
           ["Dmytro", "Oleksandr", "Andrii", "Bohdan", "Taras"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachuk"]),
    ("ro", ["Ioana", "Andreea", "Florentina", "Bianca", "Roxana"],
           ["Andrei", "Florin", "Ionuț", "Cătălin", "Bogdan"],
           ["Popescu", "Dumitru", "Stoica", "Ionescu", "Munteanu"]),
    ("ba", ["Amra", "Selma", "Lejla", "Emina", "Azra"],
           ["Edin", "Adnan", "Haris", "Kenan", "Mirza"],
           ["Hodžić", "Begović", "Mehmedović", "Kovačević", "Halilović"]),
    ("er", ["Senait", "Helen", "Saba", "Luwam", "Rahwa"],
           ["Yonas", "Tesfaye", "Dawit", "Filmon", "Mebrahtu"],
           ["Tesfay", "Ghebremariam", "Haile", "Kidane", "Woldu"]),
    ("vn", ["Thi Lan", "Mai Anh", "Thu Trang", "Ngoc Han"],
           ["Van Minh", "Duc Anh", "Quang Huy", "Thanh Tung"],
           ["Nguyen", "Tran", "Pham", "Le", "Hoang"]),
    ("th", ["Siriporn", "Nattaya", "Kanokwan", "Ploy"],
           ["Somchai", "Anan", "Kittisak", "Nattapong"],
           ["Srisuk", "Boonmee", "Chaiyaporn", "Wongsawat"]),
    ("ph", ["Maricel", "Rowena", "Jasmin", "Lorna"],
           ["Jerome", "Rodel", "Jun-Jun", "Arnel"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva"]),
    ("en", ["Charlotte", "Hannah", "Chloe", "Megan"],
           ["Oliver", "Harry", "Callum", "Jack"],
           ["Smith", "O'Connor", "Whitfield", "Hughes", "McKenzie"]),
]

# Nicknames used as the person's name
NICK = {
    "Katarzyna": "Kasia", "Aleksandra": "Ola", "Małgorzata": "Gosia", "Frederik": "Frede",
    "Christian": "Chrille", "Mohamed": "Moha", "Abdirahman": "Abdi", "Oleksandr": "Sasha",
    "Rasmus": "Rasse", "Mikkel": "Mikke", "Magnus": "Mangus", "Jun-Jun": "JJ", "Pipaluk": "Pipa",
    "Nanna": "Nanse", "Birgitte": "Gitte", "Kirsten": "Kis", "William": "Willy", "Charlotte": "Lotte",
    "Abdullahi": "Abdul", "Bogdan": "Bogi", "Zeeshan": "Zee", "Paninnguaq": "Pani", "Yusuf": "Yusi",
}

STREETS = [
    "Skolevej", "Kirkevej", "Bakkevej", "Vestergade", "Østergade", "Nørregade", "Søndergade", "Møllevej",
    "Skovvej", "Engvej", "Birkevej", "Lindevej", "Ahornvej", "Egevej", "Rosenvej", "Stationsvej",
    "Havnegade", "Strandvejen", "Toftevej", "Solvænget", "Fasanvej", "Tulipanvej", "Kastanievej",
    "Grønnegade", "Parkvej", "Markvej", "Violvej", "Byagervej", "Præstevænget", "Gl. Landevej",
    "Ny Vestergade", "Hybenvej", "Syrenvej", "Ringvejen", "Kløvervænget", "Pilevej", "Bøgevej",
    "Mejsevej", "Vibevej", "Teglværksvej", "Smedegade", "Algade", "Vænget", "Anemonevej",
]

# (postcode, town) real Danish postcodes
TOWNS = [
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("5000", "Odense C"), ("5200", "Odense V"),
    ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("2100", "København Ø"), ("2200", "København N"),
    ("2300", "København S"), ("2400", "København NV"), ("2500", "Valby"), ("2650", "Hvidovre"),
    ("2620", "Albertslund"), ("2630", "Taastrup"), ("2730", "Herlev"), ("3000", "Helsingør"),
    ("3400", "Hillerød"), ("4000", "Roskilde"), ("4100", "Ringsted"), ("4200", "Slagelse"), ("4700", "Næstved"),
    ("4800", "Nykøbing F"), ("6000", "Kolding"), ("6100", "Haderslev"), ("6200", "Aabenraa"),
    ("6400", "Sønderborg"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"), ("7500", "Holstebro"),
    ("7800", "Skive"), ("8600", "Silkeborg"), ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"),
    ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("3700", "Rønne"), ("4300", "Holbæk"), ("5700", "Svendborg"),
    ("6800", "Varde"), ("7700", "Thisted"), ("2750", "Ballerup"), ("2860", "Søborg"), ("4600", "Køge"),
    ("5500", "Middelfart"), ("7000", "Fredericia"), ("8300", "Odder"), ("8500", "Grenaa"),
]

FOREIGN_ADDR = [
    "ul. Długa 14/3, 80-831 Gdańsk", "Hauptstraße 12, 24937 Flensburg", "Storgata 8, 0155 Oslo",
    "Drottninggatan 41, 211 41 Malmö", "Aqqusinersuaq 12, 3900 Nuuk", "Tinghúsvegur 5, 100 Tórshavn",
    "vul. Shevchenka 27, kv. 9, Lviv 79005", "Strada Florilor 7, Cluj-Napoca 400000",
    "Bahçelievler Mah. 3. Sokak No: 18, Ankara", "Maakhir Road 22, Hargeisa", "Ulica Ferhadija 9, 71000 Sarajevo",
    "48 Harcourt Street, Leeds LS6 2AB", "Kaiserstraße 88, 60329 Frankfurt am Main",
]

FOREIGN_PHONE = {
    "pl": "+48 512 {a} {b}", "ua": "+380 67 {a} {c}", "ro": "+40 722 {a} {b}", "tr": "+90 532 {a} {d}",
    "gl": "+299 {e}", "fo": "+298 {e}", "so": "+252 61 {c}{a}", "en": "+44 7700 {c}{a}",
    "ba": "+387 61 {a} {b}", "er": "+291 7 {a} {b}", "vn": "+84 90 {a} {c}", "th": "+66 81 {a} {c}",
    "ph": "+63 917 {a} {c}", "af": "+93 70 {a} {c}", "pk": "+92 300 {a}{c}", "ar": "+46 70 {a} {d}",
    "ku": "+964 750 {a} {c}",
}

PRIV_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "yahoo.dk", "live.dk", "mail.dk", "icloud.com", "hotmail.dk"]

KOMMUNER = [
    ("Aarhus", "aarhus.dk"), ("Odense", "odense.dk"), ("Aalborg", "aalborg.dk"), ("Vejle", "vejle.dk"),
    ("Esbjerg", "esbjerg.dk"), ("Randers", "randers.dk"), ("Kolding", "kolding.dk"), ("Horsens", "horsens.dk"),
    ("Silkeborg", "silkeborg.dk"), ("Herning", "herning.dk"), ("Roskilde", "roskilde.dk"), ("Næstved", "naestved.dk"),
    ("Slagelse", "slagelse.dk"), ("Holbæk", "holb.dk"), ("Viborg", "viborg.dk"), ("Hjørring", "hjoerring.dk"),
    ("Svendborg", "svendborg.dk"), ("Sønderborg", "sonderborg.dk"), ("Hvidovre", "hvidovre.dk"), ("Køge", "koege.dk"),
]

# Switchboard-style numbers used as public look-alikes (invented, whitelisted in the checks)
SWITCHBOARDS = ["89 40 20 00", "66 13 13 72", "99 31 31 31", "76 81 00 00", "76 16 16 16", "89 15 15 15",
                "79 79 79 79", "79 29 29 29", "89 70 10 00", "96 28 28 28", "46 31 30 00", "55 88 55 88",
                "58 57 36 00", "72 36 36 36", "87 87 87 87", "72 33 33 33", "62 23 30 00", "88 72 40 00",
                "36 39 36 39", "56 67 67 67"]
CVRS = ["55133018", "35209115", "29189854", "29189447", "29189730", "29189668", "29189714", "29189420",
        "29189919", "29189641"]
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "82 12 12 12", "33 41 12 00", "70 20 22 26"]

WORK_DOMAINS_HOSP = ["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"]

INSTITUTIONS = [
    ("skole", ["Lilleskolen ved Åen", "Friskolen i Bjergby", "Sankt Knuds Privatskole", "Den Frie Skole Nordvest",
               "Rudolf Steiner-skolen i Kvistgaard", "Kirkebakkens Friskole", "Østerbro Lilleskole"]),
    ("efterskole", ["Fjordvang Efterskole", "Bakkely Ungdomsefterskole", "Hovedgaard Idrætsefterskole",
                    "Musikefterskolen Skovlund"]),
    ("dagtilbud", ["Børnehuset Mælkebøtten", "Den Private Vuggestue Humlebien", "Naturbørnehaven Grantoppen",
                   "Puk og Pjok Puljeinstitution"]),
    ("opholdssted", ["Opholdsstedet Kastanjegården", "Bostedet Havbakken ApS", "Opholdsstedet Lærkereden",
                     "Døgntilbuddet Stenhøj"]),
    ("klub", ["Ungdomsklubben Værestedet", "Gamerklubben Pixel", "FC Nørrebro Ungdom", "Spejdergruppen Tranen"]),
    ("pleje", ["Familieplejen Nord ApS", "Plejefamilieforeningen Hjertebarn", "Netværkspleje Danmark"]),
]
