# -*- coding: utf-8 -*-
"""Invented pools for the blind29 held-out corpus (written by hand, no library).

Every list is a plain list (never a set) so iteration order is fixed.
"""

# ---------------------------------------------------------------- names
# origin -> female first names, male first names, surnames.
# A surname may be a (male, female) tuple where the language inflects it.
NAMES = {
    "dk": {
        "f": ["Anne", "Mette", "Louise", "Camilla", "Maria", "Sara", "Julie", "Emma", "Ida",
              "Laura", "Sofie", "Freja", "Clara", "Alma", "Ella", "Karla", "Nanna", "Signe",
              "Line", "Trine", "Pernille", "Malene", "Stine", "Rikke", "Heidi", "Susanne",
              "Tina", "Charlotte", "Katrine", "Cecilie", "Josefine", "Mathilde", "Caroline",
              "Amalie", "Frederikke", "Johanne", "Astrid", "Agnes", "Lærke", "Birgitte",
              "Hanne", "Lone", "Bente", "Kirsten", "Jytte", "Anne-Sofie", "Marie-Louise",
              "Lise-Lotte", "Ann-Britt", "Emilie"],
        "m": ["Anders", "Mads", "Rasmus", "Jesper", "Martin", "Thomas", "Morten", "Søren",
              "Jens", "Peter", "Lars", "Henrik", "Michael", "Christian", "Kasper", "Mikkel",
              "Jonas", "Frederik", "Oliver", "William", "Noah", "Lucas", "Emil", "Magnus",
              "Victor", "Alfred", "Carl", "Aksel", "Malthe", "Villads", "Oskar", "Elias",
              "Valdemar", "Johan", "Niels", "Poul", "Erik", "Bjarne", "Flemming", "Torben",
              "Kim", "Brian", "Kenneth", "Dennis", "Jens-Peter", "Carl-Emil", "Karl-Johan"],
        "sur": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen",
                "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
                "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lund",
                "Schmidt", "Eriksen", "Holm", "Clausen", "Simonsen", "Svendsen", "Andreasen",
                "Iversen", "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Lauridsen",
                "Kjær", "Carlsen", "Mogensen", "Holst", "Bech", "Friis", "Dalgaard", "Bak",
                "Thygesen", "Brandt", "Høgh", "Nørgaard", "Overgaard", "Damgaard"],
        "mid": ["Marie", "Louise", "Kathrine", "Emilie", "Juul", "Krogh", "Bonde", "Munk"],
    },
    # rare and newly formed Danish names
    "dkrare": {
        "f": ["Saga", "Nola", "Ronja", "Vilja", "Idun", "Esther", "Merle", "Isolde", "Solvej",
              "Ingrid", "Liva", "Silje", "Thyra", "Gry", "Alberte"],
        "m": ["Loke", "Eik", "Hjalte", "Kalle", "Sigurd", "Balder", "Thorvald", "Folmer",
              "Ejnar", "Rumle", "Halfdan", "Vitus", "Bertram", "Asger", "Harald"],
        "sur": ["Fuglsang", "Stentoft", "Gravesen", "Bisgaard", "Hesselbjerg", "Lindbjerg",
                "Agerskov", "Elkjær", "Rosenkilde", "Bundgaard", "Tarp", "Hvidtfeldt",
                "Juhl", "Kragelund", "Bredahl"],
    },
    # names that are also ordinary Danish words
    "word": {
        "f": ["Sol", "Lykke", "Maj", "Vibe", "Lærke"],
        "m": ["Storm", "Bo", "Ask", "Ulv", "Frej", "Mark", "Sten"],
        "sur": ["Skov", "Vinter", "Sommer", "Dam", "Ravn", "Have", "Bjerg", "Krog", "Storm",
                "Sand", "Bøg"],
    },
    "gl": {
        "f": ["Naja", "Nivi", "Pipaluk", "Ivalu", "Aviaja", "Paninnguaq", "Arnaq", "Nukaaka"],
        "m": ["Aputsiaq", "Inuk", "Malik", "Kuupik", "Nukannguaq", "Minik", "Hans-Ole", "Pavia"],
        "sur": ["Kleist", "Lynge", "Berthelsen", "Heilmann", "Kreutzmann", "Lyberth",
                "Fleischer", "Motzfeldt", "Egede", "Petrussen"],
    },
    "fo": {
        "f": ["Turið", "Sunneva", "Gunnvá", "Beinta", "Ragnhild", "Sólrun", "Rannvá"],
        "m": ["Rógvi", "Jógvan", "Sjúrður", "Bárður", "Eyðun", "Hallur", "Óli"],
        "sur": ["Joensen", "Dalsgaard", "Niclasen", "Debes", "Hammershaimb", "Djurhuus",
                "Mortensen", "Poulsen"],
    },
    "so": {
        "f": ["Ayaan", "Hodan", "Fartun", "Sahra", "Amina", "Deeqa", "Ilhan", "Hibaaq", "Nimco"],
        "m": ["Abdirahman", "Mohamed", "Abdi", "Hassan", "Yusuf", "Ismail", "Liban", "Mahad",
              "Abdullahi"],
        "sur": ["Farah", "Warsame", "Jama", "Hirsi", "Nur", "Osman", "Aden", "Abdi Farah",
                "Hassan Ali", "Egal"],
    },
    "ar": {
        "f": ["Fatima", "Mariam", "Layla", "Yasmin", "Nour", "Rania", "Huda", "Lina", "Ranim"],
        "m": ["Ahmad", "Omar", "Khaled", "Youssef", "Rami", "Hamza", "Bilal", "Tarek", "Anas"],
        "sur": ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Abu-Khalil",
                "El-Sayed", "Hamdan", "Al-Ali"],
    },
    "ku": {
        "f": ["Rojin", "Berfin", "Dilan", "Zilan", "Shilan", "Hêvî", "Nazdar", "Avin"],
        "m": ["Azad", "Rebwar", "Karwan", "Shvan", "Baran", "Dilshad", "Serhat", "Hoshyar"],
        "sur": ["Barzani", "Rashid", "Hawrami", "Zebari", "Qadir", "Mahmoud", "Sindi"],
    },
    "tr": {
        "f": ["Elif", "Zeynep", "Ayşe", "Ebru", "Esra", "Merve", "Büşra", "Gülsüm"],
        "m": ["Mehmet", "Emre", "Burak", "Kerem", "Murat", "Hakan", "Oğuz", "Selim"],
        "sur": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan",
                "Doğan", "Korkmaz"],
    },
    "af": {
        "f": ["Zahra", "Mursal", "Fereshta", "Parwana", "Mahbooba", "Freshta", "Nilofar", "Shabnam"],
        "m": ["Farid", "Rahim", "Hamid", "Sohrab", "Wahid", "Nasir", "Jawad", "Mujtaba"],
        "sur": ["Ahmadi", "Rahimi", "Hashimi", "Sultani", "Nazari", "Karimi", "Hosseini",
                "Popal", "Wardak", "Amiri"],
    },
    "pk": {
        "f": ["Ayesha", "Sana", "Hina", "Mehwish", "Rabia", "Saima", "Uzma"],
        "m": ["Imran", "Usman", "Faisal", "Adeel", "Zeeshan", "Kamran", "Waqas"],
        "sur": ["Khan", "Butt", "Chaudhry", "Qureshi", "Iqbal", "Raza", "Akhtar", "Malik"],
    },
    "pl": {
        "f": ["Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Małgorzata", "Joanna", "Aleksandra",
              "Natalia"],
        "m": ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Łukasz", "Jakub", "Marcin", "Grzegorz"],
        "sur": [("Kowalski", "Kowalska"), "Nowak", ("Wiśniewski", "Wiśniewska"), "Wójcik",
                ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
                ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
                ("Dąbrowski", "Dąbrowska"), "Kaczmarek"],
    },
    "ua": {
        "f": ["Olena", "Oksana", "Iryna", "Tetiana", "Kateryna", "Sofiia", "Yuliia", "Anastasiia"],
        "m": ["Andrii", "Oleksandr", "Dmytro", "Mykola", "Bohdan", "Taras", "Yurii", "Serhii"],
        "sur": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
                "Oliinyk", "Boiko", "Hrytsenko", "Lysenko"],
    },
    "ro": {
        "f": ["Ioana", "Andreea", "Elena", "Mihaela", "Roxana", "Bianca", "Florentina"],
        "m": ["Alexandru", "Andrei", "Ionuț", "Florin", "Vasile", "Cătălin", "Marius"],
        "sur": ["Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu", "Georgescu",
                "Moldovan", "Stoica"],
    },
    "ba": {
        "f": ["Amra", "Selma", "Lejla", "Emina", "Aida", "Merima", "Alma"],
        "m": ["Adnan", "Emir", "Haris", "Mirza", "Nermin", "Edin", "Senad"],
        "sur": ["Hodžić", "Begić", "Delić", "Kovačević", "Mujić", "Hadžić", "Selimović",
                "Omerović"],
    },
    "er": {
        "f": ["Semhar", "Luwam", "Feven", "Selam", "Winta", "Helen", "Saba", "Rahwa"],
        "m": ["Yonas", "Tesfay", "Dawit", "Mehari", "Filmon", "Robel", "Amanuel", "Natnael"],
        "sur": ["Tesfamariam", "Ghebreyesus", "Haile", "Kidane", "Berhane", "Woldu", "Tekle",
                "Gebremedhin"],
    },
    "vn": {
        "f": ["Lan", "Hoa", "Linh", "Thảo", "Ngoc", "Huong", "Trang"],
        "m": ["Minh", "Hùng", "Tuấn", "Duc", "Quang", "Khanh", "Long"],
        "sur": ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
        "midf": ["Thi"], "midm": ["Van"],
    },
    "th": {
        "f": ["Siriporn", "Nattaya", "Kanya", "Pim", "Malee", "Ratana", "Wanida"],
        "m": ["Somchai", "Anan", "Niran", "Kittisak", "Prasert", "Chaiwat"],
        "sur": ["Srisuk", "Wongsawat", "Boonmee", "Rattanakorn", "Saelim", "Chaiyasit"],
    },
    "ph": {
        "f": ["Maricel", "Rowena", "Jocelyn", "Angelica", "Mary Grace", "Lorna", "Rhea"],
        "m": ["Jomar", "Rodel", "Jerome", "Arnel", "Mark Anthony", "Reynaldo"],
        "sur": ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Ramos",
                "Aquino"],
    },
    "en": {
        "f": ["Emily", "Charlotte", "Chloe", "Olivia", "Hannah", "Megan", "Bethany"],
        "m": ["Jack", "Harry", "George", "Oliver", "Callum", "Liam", "Ryan"],
        "sur": ["Smith", "Taylor", "Brown", "Walker", "Wright", "Hughes", "Bennett", "O'Connor"],
    },
}

# weights used when the origin of a family is drawn
ORIGIN_WEIGHTS = [("dk", 40), ("dkrare", 6), ("word", 6), ("gl", 4), ("fo", 3), ("so", 5),
                  ("ar", 5), ("ku", 4), ("tr", 4), ("af", 4), ("pk", 3), ("pl", 4), ("ua", 5),
                  ("ro", 3), ("ba", 3), ("er", 3), ("vn", 2), ("th", 2), ("ph", 2), ("en", 2)]

NICK = {
    "Katrine": "Trine", "Frederikke": "Fie", "Christian": "Chris", "Alexandru": "Alex",
    "Mohamed": "Mo", "Abdirahman": "Abdi", "Małgorzata": "Gosia", "Katarzyna": "Kasia",
    "Aleksandra": "Ola", "Oleksandr": "Sasha", "Anastasiia": "Nastia", "Jakub": "Kuba",
    "Frederik": "Freddy", "Mathilde": "Tilde", "Caroline": "Caro", "Josefine": "Josse",
    "Valdemar": "Valde", "Villads": "Ville", "Sebastian": "Basse", "Kenneth": "Kenn",
    "Elisabeth": "Lis", "Johanne": "Hanne", "Amalie": "Malle", "Magnus": "Mangus",
    "Abdullahi": "Abdul", "Aputsiaq": "Aputs", "Paninnguaq": "Panin", "Nukannguaq": "Nuka",
    "Charlotte": "Lotte", "Cecilie": "Cille", "Magdalena": "Magda", "Tomasz": "Tomek",
    "Natnael": "Nati", "Mary Grace": "Grace", "Mark Anthony": "Anthony", "Kateryna": "Katia",
    "Zeeshan": "Zee", "Bethany": "Beth", "Amanuel": "Amanu", "Hamza": "Hamzi",
}

# ---------------------------------------------------------------- places
STREETS = ["Søndergade", "Nørregade", "Vestergade", "Østergade", "Skolevej", "Kirkevej",
           "Stationsvej", "Møllevej", "Bakkevej", "Engvej", "Skovvej", "Birkevej", "Egevej",
           "Bøgevej", "Ahornvej", "Lindevej", "Rosenvej", "Violvej", "Syrenvej", "Fasanvej",
           "Ringvej", "Parkvej", "Havevej", "Markvej", "Ågade", "Strandvejen", "Jernbanegade",
           "Torvegade", "Hybenvej", "Kastanievej", "Vibevej", "Lærkevej", "Mågevej",
           "Solsikkevej", "Grønnegade", "Toftevej", "Kongevejen", "Fynsgade", "Tværgade",
           "Elmevej", "Granvej", "Tjørnevej", "Poppelvej", "Kløvervej", "Præstevej",
           "Holmevej", "Spurvevej", "Valmuevej", "Blegdamsvej", "Banegårdsgade", "Nygade",
           "Algade", "Bredgade", "Storegade", "Rådhusvej", "Hovedgaden", "Vænget",
           "Ved Kæret", "Lupinvej", "Højvangen", "Grønningen", "Kærvej", "Gartnervej"]

# streets or squares only ever written without a number (places, look-alikes)
PLACE_STREETS = ["Banegårdspladsen", "Torvet", "Rådhuspladsen", "Havnegade", "Strøget"]

POSTTOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"),
             ("8220", "Brabrand"), ("8260", "Viby J"), ("8270", "Højbjerg"),
             ("5000", "Odense C"), ("5200", "Odense V"), ("5220", "Odense SØ"),
             ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9400", "Nørresundby"),
             ("7100", "Vejle"), ("6000", "Kolding"), ("6700", "Esbjerg"), ("7400", "Herning"),
             ("8600", "Silkeborg"), ("8700", "Horsens"), ("8900", "Randers C"),
             ("4000", "Roskilde"), ("4700", "Næstved"), ("4200", "Slagelse"),
             ("3400", "Hillerød"), ("3000", "Helsingør"), ("2200", "København N"),
             ("2300", "København S"), ("2400", "København NV"), ("2450", "København SV"),
             ("2500", "Valby"), ("2610", "Rødovre"), ("2630", "Taastrup"), ("2650", "Hvidovre"),
             ("2800", "Kongens Lyngby"), ("2750", "Ballerup"), ("2600", "Glostrup"),
             ("7500", "Holstebro"), ("7800", "Skive"), ("8800", "Viborg"), ("9800", "Hjørring"),
             ("9900", "Frederikshavn"), ("6400", "Sønderborg"), ("6200", "Aabenraa"),
             ("6100", "Haderslev"), ("4800", "Nykøbing F"), ("3700", "Rønne"),
             ("5700", "Svendborg"), ("4300", "Holbæk"), ("4600", "Køge"), ("7000", "Fredericia"),
             ("7700", "Thisted"), ("8300", "Odder"), ("8500", "Grenaa"), ("6800", "Varde"),
             ("6900", "Skjern"), ("7430", "Ikast"), ("8450", "Hammel"), ("9700", "Brønderslev"),
             ("4100", "Ringsted"), ("4400", "Kalundborg"), ("5500", "Middelfart")]

# foreign and North Atlantic addresses: (format string with {n}, {m}, country code)
FOREIGN_ADDR = {
    "pl": ["ul. Kwiatowa {n}/{m}, 80-{p3} Gdańsk", "ul. Długa {n} m. {m}, 00-{p3} Warszawa",
           "ul. Ogrodowa {n}, 61-{p3} Poznań"],
    "ua": ["vul. Shevchenka {n}, kv. {m}, Lviv 79{p3}", "vul. Sadova {n}, Kharkiv 61{p3}",
           "prov. Tykhyi {n}, kv. {m}, Kyiv 02{p3}"],
    "de": ["Hauptstraße {n}, 24937 Flensburg", "Bahnhofstraße {n}, 24768 Rendsburg"],
    "se": ["Storgatan {n}, 211 {p2} Malmö", "Kungsgatan {n}, lgh {m}, 252 {p2} Helsingborg"],
    "gl": ["Aqqusinersuaq {n}, 3900 Nuuk", "Imaneq {n}, 1. sal, 3900 Nuuk"],
    "fo": ["Dalavegur {n}, FO-100 Tórshavn", "Áarvegur {n}, FO-100 Tórshavn"],
    "ro": ["Str. Florilor nr. {n}, ap. {m}, 400{p3} Cluj-Napoca",
           "Bd. Unirii nr. {n}, bl. 4, ap. {m}, 030{p3} București"],
    "en": ["{n} Church Lane, Leeds LS6 {p1}AB", "{n} Victoria Road, Hull HU5 {p1}QT"],
    "tr": ["Atatürk Cad. No: {n} D: {m}, 35{p3} İzmir"],
}

FOREIGN_PHONE = {  # country -> list of patterns (x = random digit)
    "pl": ["+48 5xx xxx xxx", "+48 6xx-xxx-xxx", "0048 7xx xxx xxx"],
    "ua": ["+380 67 xxx xx xx", "+380 (50) xxx-xx-xx", "+38 093 xxx xxxx"],
    "de": ["+49 151 xxxxxxxx", "+49 (0) 461 xxxxxx"],
    "se": ["+46 70 xxx xx xx", "+46 73-xxx xx xx"],
    "gl": ["+299 xx xx xx", "(+299) 5x xx xx"],
    "fo": ["+298 2x xx xx", "+298 xxxxxx"],
    "ro": ["+40 7xx xxx xxx", "0040 7xx xxx xxx"],
    "en": ["+44 7xxx xxxxxx", "+44 (0)7xxx xxx xxx"],
    "tr": ["+90 5xx xxx xx xx"],
    "so": ["+252 61 xxxxxxx", "+252 63 xxx xxxx"],
    "er": ["+291 7 xxx xxx"],
    "af": ["+93 7x xxx xxxx"],
    "ar": ["+963 9xx xxx xxx", "+961 3 xxx xxx"],
    "pk": ["+92 3xx xxxxxxx"],
    "ba": ["+387 6x xxx xxx"],
    "vn": ["+84 9x xxx xx xx"],
    "th": ["+66 8x xxx xxxx"],
    "ph": ["+63 9xx xxx xxxx"],
}

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.com",
                   "icloud.com", "mail.dk", "hotmail.dk", "protonmail.com", "jubii.dk"]
FOREIGN_DOMAINS = {"pl": ["wp.pl", "onet.pl", "gmail.com"], "ua": ["ukr.net", "gmail.com", "i.ua"],
                   "ro": ["yahoo.ro", "gmail.com"], "tr": ["hotmail.com.tr", "gmail.com"],
                   "gl": ["greennet.gl", "gmail.com"], "fo": ["olivant.fo", "gmail.com"]}

# municipalities: (name, mail domain)
KOMMUNER = [("Aarhus Kommune", "aarhus.dk"), ("Odense Kommune", "odense.dk"),
            ("Aalborg Kommune", "aalborg.dk"), ("Vejle Kommune", "vejle.dk"),
            ("Esbjerg Kommune", "esbjerg.dk"), ("Herning Kommune", "herning.dk"),
            ("Silkeborg Kommune", "silkeborg.dk"), ("Horsens Kommune", "horsens.dk"),
            ("Randers Kommune", "randers.dk"), ("Roskilde Kommune", "roskilde.dk"),
            ("Næstved Kommune", "naestved.dk"), ("Slagelse Kommune", "slagelse.dk"),
            ("Holbæk Kommune", "holbaek.dk"), ("Viborg Kommune", "viborg.dk"),
            ("Kolding Kommune", "kolding.dk"), ("Køge Kommune", "koege.dk")]

REGION_DOMAINS = ["rm.dk", "regionh.dk", "rsyd.dk", "rn.dk", "regionsjaelland.dk"]

HOSPITALS = ["Aarhus Universitetshospital", "Odense Universitetshospital", "Rigshospitalet",
             "Hvidovre Hospital", "Herlev Hospital", "Aalborg Universitetshospital",
             "Regionshospitalet Gødstrup", "Sjællands Universitetshospital, Roskilde",
             "Sygehus Lillebælt, Kolding", "Regionshospitalet Randers"]

BUP = ["Børne- og Ungdomspsykiatrisk Center, Glostrup", "Børne- og Ungdomspsykiatrien, Aarhus",
       "BUP Odense", "Børne- og Ungdomspsykiatrisk Afdeling, Aalborg",
       "Børne- og Ungdomspsykiatrien, Roskilde", "BUP Herning"]

PRISONS = ["Statsfængslet Østjylland", "Statsfængslet i Nyborg", "Storstrøm Fængsel",
"Vestre Fængsel", "Statsfængslet Møgelkær",
           "Anstalten ved Horserød", "Kragskovhede Fængsel", "Nr. Snede Fængsel",
           "Arresthuset i Holstebro"]

# public numbers that may appear outside spans (look-alikes)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "70 201 201", "33 66 33 66", "89 40 20 00"]
