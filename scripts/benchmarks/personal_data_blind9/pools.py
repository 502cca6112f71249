# -*- coding: utf-8 -*-
"""Hand-written Danish pools for the blind9 personal-data corpus.

All persons are invented.  Town names and postcodes are real Danish ones.
Template syntax (rendered by make.py):

  {ROLE} / {ROLE:form}   person slot, ROLE in C S S2 M F SF MM MF FM AU UN V V2
                         T P H Y D W W2 W3 K L KP FB B TR NB PM PF
  {name}                 look-alike / context slot (lower case), see make.py
  [[A||B]]               A when every person named in A is rendered with
                         real data, otherwise B (used in the clean corpus)
  "flag,flag|template"   template only used when the case has the flags
                         (a leading ! negates a flag)
"""

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
# Each origin: f / m given names, last names (str, or (male, female) pair),
# optional middle names, interpreter language, country and calling code.

ORIGINS = {
    "dk": {
        "f": ["Emma", "Ida", "Clara", "Freja", "Alma", "Anna", "Sofie", "Laura", "Karla", "Agnes",
              "Olivia", "Josefine", "Emilie", "Mathilde", "Frida", "Nora", "Ellen", "Victoria",
              "Caroline", "Alberte", "Marie", "Liva", "Asta", "Johanne", "Maja", "Signe", "Cecilie",
              "Julie", "Amalie", "Sara", "Nanna", "Line", "Louise", "Camilla", "Mette", "Lene", "Tina",
              "Susanne", "Hanne", "Pia", "Charlotte", "Anne", "Helle", "Rikke", "Trine", "Sanne",
              "Kirsten", "Birgitte", "Dorthe", "Gitte", "Jeanette", "Grethe", "Inge", "Bente", "Karen",
              "Ulla", "Jytte", "Marianne", "Heidi", "Stine", "Katrine", "Malene", "Sidsel", "Tove",
              "Vibeke", "Frederikke", "Vigga", "Silje", "Esther", "Vilma", "Ellie", "Merete", "Lisbeth"],
        "m": ["William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Emil", "Alfred",
              "Elias", "Magnus", "Frederik", "Oliver", "Aksel", "Valdemar", "Felix", "Arthur", "August",
              "Anton", "Johan", "Villads", "Mikkel", "Mads", "Rasmus", "Jonas", "Christian", "Kasper",
              "Jesper", "Thomas", "Martin", "Søren", "Lars", "Henrik", "Michael", "Jens", "Peter",
              "Kenneth", "Brian", "Dennis", "René", "Bjarne", "Flemming", "Preben", "Finn", "Niels",
              "Poul", "Erik", "Torben", "Allan", "Claus", "Morten", "Jakob", "Nikolaj", "Sebastian",
              "Tobias", "Mathias", "Benjamin", "Alexander", "Theodor", "Laurits", "Bertram",
              "Kristoffer", "Steffen", "Jannik", "Ulrik", "Bent", "Kurt", "Jørgen"],
        "last": ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                 "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
                 "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
                 "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Schmidt", "Eriksen", "Kristiansen",
                 "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen",
                 "Vestergaard", "Nørgaard", "Bach", "Dam", "Kjær", "Lauridsen", "Bruun", "Krogh", "Bech",
                 "Mølgaard", "Overgaard", "Dalgaard", "Thygesen", "Damgaard", "Juhl", "Friis", "Brandt",
                 "Toft", "Kragh", "Buch", "Hald", "Enevoldsen", "Søndergaard", "Østergaard", "Gravgaard",
                 "Holm-Pedersen", "Nielsen-Bak", "Friis-Hansen", "Bang-Jensen", "Kjær-Madsen",
                 "la Cour", "von Holstein", "de Neergaard", "Ladefoged", "Høj", "Bjerre"],
        "middle_f": ["Marie", "Louise", "Kragh", "Bach", "Elisabeth", "Sofie", "Holm", "Vinther", "Kathrine"],
        "middle_m": ["Peter", "Bach", "Kragh", "Juul", "Vinther", "Emil", "Skovgaard", "Holm", "Christian"],
        "lang": None, "land": None, "cc": None,
    },
    "dk_rare": {
        "f": ["Hjørdis", "Ingeborg", "Dagmar", "Thyra", "Gunhild", "Sigrid", "Ragnhild", "Rigmor",
              "Edel", "Oda", "Yrsa", "Elna", "Magna", "Thora", "Bodil", "Valborg", "Gudrun"],
        "m": ["Aage", "Holger", "Palle", "Ejnar", "Gorm", "Tage", "Knud", "Verner", "Leif", "Kaj",
              "Egon", "Harald", "Asger", "Ebbe", "Mogens", "Vagn", "Thorkild", "Jørn", "Svend", "Eigil"],
        "last": ["Ladefoged", "Hvidtfeldt", "Gyldenstjerne", "Brøchner", "Thrane", "Kirkegaard",
                 "Bønnelycke", "Hjortshøj", "Rønnow", "Vognsen", "Tolstrup", "Sejersen", "Ibsen-Krag",
                 "Fuglsang", "Hørlyck", "Lindved", "Kastbjerg", "Mørup"],
        "lang": None, "land": None, "cc": None,
    },
    "dk_word": {  # Danish names that are also ordinary Danish words
        "f": ["Lærke", "Rose", "Mai", "Sol", "Vilde", "Lykke", "Maj", "Liv", "Iris", "Viol"],
        "m": ["Storm", "Sten", "Bo", "Ask", "Birk", "Elm", "Dag", "Ravn", "Bjørn", "Mark", "Falk"],
        "last": ["Skov", "Holm", "Lind", "Ravn", "Falk", "Due", "Sommer", "Winther", "Lykke", "Sand",
                 "Bang", "Fog", "Kirk", "Storm", "Hjort", "Bak", "Krog", "Vang", "Birk", "Mark"],
        "lang": None, "land": None, "cc": None,
    },
    "fo": {
        "f": ["Guðrun", "Rannvá", "Marjun", "Jóhanna", "Turið", "Bára", "Ása", "Súsanna", "Sólja",
              "Ragna", "Elin", "Hervør"],
        "m": ["Rógvi", "Sjúrður", "Bárður", "Jógvan", "Tróndur", "Heðin", "Sámal", "Óli", "Hallur",
              "Pætur", "Símun", "Magni"],
        "last": ["Joensen", "Djurhuus", "Johannesen", "Zachariasen", "Niclasen", "Lamhauge", "Debes",
                 "Weihe", "Hammershaimb", "á Lakjuni", "í Skorini", "við Stein", "Dalsgaard", "Mikkelsen"],
        "lang": None, "land": "Færøerne", "cc": "298",
    },
    "gl": {
        "f": ["Naja", "Pipaluk", "Nivi", "Ivalu", "Arnaq", "Paninnguaq", "Aviaja", "Najaaraq",
              "Nukaaka", "Bolethe", "Asii", "Nuka"],
        "m": ["Aputsiaq", "Malik", "Inuk", "Minik", "Kunuk", "Aqqaluk", "Kaali", "Ulloriaq",
              "Tuukkaq", "Hans-Henrik", "Angutimmarik", "Kuluk"],
        "last": ["Lynge", "Kleist", "Berthelsen", "Motzfeldt", "Heilmann", "Lyberth", "Kreutzmann",
                 "Egede", "Fleischer", "Rosing", "Olsvig", "Thorleifsen", "Kuko", "Siegstad"],
        "lang": "grønlandsk", "land": "Grønland", "cc": "299",
    },
    "so": {
        "f": ["Hodan", "Fadumo", "Sahra", "Hibo", "Ayaan", "Ifrah", "Nasra", "Ubah", "Deeqa", "Hamdi",
              "Sagal", "Khadra"],
        "m": ["Abdirahman", "Abdullahi", "Mohamed", "Hassan", "Yusuf", "Liban", "Guled", "Mahad",
              "Khadar", "Bashir", "Abdikarim", "Said"],
        "last": ["Warsame", "Farah", "Hussein", "Aden", "Osman", "Jama", "Mohamud", "Ahmed", "Nur",
                 "Hirsi", "Egal", "Abdi", "Dirie", "Elmi"],
        "patronymic": True,
        "lang": "somali", "land": "Somalia", "cc": "252",
    },
    "ar": {
        "f": ["Fatima", "Aisha", "Maryam", "Noor", "Layla", "Rania", "Yasmin", "Huda", "Amira",
              "Salma", "Zainab", "Malak", "Jana", "Rim"],
        "m": ["Mohammed", "Ahmad", "Omar", "Yousef", "Khaled", "Ibrahim", "Karim", "Hamza", "Adam",
              "Zakaria", "Bilal", "Samir", "Tarek", "Walid", "Mustafa"],
        "last": ["Al-Hassan", "El-Sayed", "Haddad", "Khalil", "Nasser", "Saleh", "Hamdan",
                 "Abu Khalil", "al-Masri", "Darwish", "Mansour", "Abdallah", "Qasim", "Zaher", "Chaker"],
        "lang": "arabisk", "land": "Libanon", "cc": "961",
    },
    "ku": {
        "f": ["Rojda", "Dilan", "Berfin", "Hêvî", "Zîlan", "Ronahi", "Nazdar", "Gulistan", "Helin",
              "Jiyan", "Evîn", "Rojin", "Avin", "Sherin"],
        "m": ["Azad", "Baran", "Rênas", "Serhat", "Dilshad", "Karwan", "Rebwar", "Shvan", "Hogir",
              "Kawa", "Zana", "Delil"],
        "last": ["Zebari", "Amedi", "Hawrami", "Rashid", "Jaf", "Bapir", "Kaya", "Sindi", "Tahir",
                 "Aydın", "Barzinji", "Doski"],
        "lang": "kurdisk (kurmanji)", "land": "Irak", "cc": "964",
    },
    "ua": {
        "f": ["Olena", "Oksana", "Iryna", "Yuliia", "Sofiia", "Anastasiia", "Kateryna", "Daryna",
              "Viktoriia", "Nataliia", "Tetiana", "Polina", "Mariia"],
        "m": ["Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Taras", "Bohdan", "Yaroslav",
              "Maksym", "Artem", "Volodymyr", "Denys", "Kyrylo"],
        "last": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
                 "Boiko", "Moroz", "Lysenko", "Savchenko", "Rudenko", "Marchenko", "Ponomarenko",
                 "Kovalchuk", "Oliinyk", "Hrytsenko"],
        "lang": "ukrainsk", "land": "Ukraine", "cc": "380",
    },
    "pl": {
        "f": ["Zofia", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Natalia",
              "Aleksandra", "Wiktoria", "Zuzanna", "Oliwia", "Hanna", "Ewa"],
        "m": ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Michał", "Kacper", "Jakub", "Szymon",
              "Wojciech", "Łukasz", "Mateusz", "Filip", "Antoni", "Bartosz"],
        "last": [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
                 ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
                 ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Woźniak", "Woźniak"),
                 ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Mazur", "Mazur"),
                 ("Krawczyk", "Krawczyk"), ("Grabowski", "Grabowska"), ("Pawlak", "Pawlak")],
        "lang": "polsk", "land": "Polen", "cc": "48",
    },
    "ro": {
        "f": ["Andreea", "Ioana", "Elena", "Bianca", "Roxana", "Mihaela", "Cristina", "Daniela",
              "Larisa", "Denisa", "Alina", "Georgiana"],
        "m": ["Ionuț", "Andrei", "Alexandru", "Mihai", "Florin", "Cosmin", "Gheorghe", "Vasile",
              "Constantin", "Ștefan", "Adrian", "Darius", "Marian"],
        "last": ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Stoica", "Munteanu",
                 "Constantinescu", "Gheorghiu", "Rusu", "Moldovan", "Lungu", "Ciobanu", "Matei", "Dinu"],
        "lang": "rumænsk", "land": "Rumænien", "cc": "40",
    },
    "vn": {
        "f": ["Lan", "Trang", "Hoa", "Linh", "Thao", "Huong", "Phuong", "Ngoc", "Hanh", "Yen", "Mai"],
        "m": ["Minh", "Tuan", "Hung", "Quang", "Khoa", "Bao", "Long", "Huy", "Thanh", "Duc", "Phong"],
        "middle_f": ["Thi", "Ngoc", "Thu", "Bich"],
        "middle_m": ["Van", "Duc", "Quoc", "Minh"],
        "last": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo",
                 "Duong", "Ly"],
        "vietnamese": True,
        "lang": "vietnamesisk", "land": "Vietnam", "cc": "84",
    },
    "th": {
        "f": ["Siriporn", "Nattaya", "Kanya", "Malee", "Sunisa", "Pranee", "Wanida", "Ratana",
              "Somjai", "Duangjai", "Pensri", "Chanida", "Araya"],
        "m": ["Somchai", "Anan", "Prasert", "Kittisak", "Chaiwat", "Nattapong", "Somsak", "Thanawat",
              "Wichai", "Preecha"],
        "last": ["Srisuk", "Chaiyaporn", "Wongsawat", "Saetang", "Boonmee", "Kaewkla", "Thongchai",
                 "Rattanakorn", "Phromma", "Sukprasert"],
        "lang": "thai", "land": "Thailand", "cc": "66",
    },
    "er": {
        "f": ["Senait", "Selam", "Saba", "Rahwa", "Luwam", "Yordanos", "Mebrat", "Aster", "Winta",
              "Ruta", "Hiwet", "Feven", "Semhar"],
        "m": ["Yonas", "Filmon", "Dawit", "Mehari", "Henok", "Robel", "Biniam", "Yohannes",
              "Amanuel", "Kibrom", "Natnael", "Tesfalem"],
        "last": ["Tesfay", "Gebremedhin", "Haile", "Kidane", "Tekle", "Berhane", "Ghebreyesus",
                 "Habte", "Woldu", "Asmerom", "Gebru", "Tewolde", "Negash"],
        "patronymic": True,
        "lang": "tigrinya", "land": "Eritrea", "cc": "291",
    },
    "af": {
        "f": ["Farida", "Zahra", "Shabnam", "Mursal", "Parwana", "Freshta", "Zarghona", "Nilofar",
              "Madina", "Sahar", "Laila", "Masooma"],
        "m": ["Mohammad", "Hamid", "Farhad", "Jawad", "Naweed", "Wahid", "Rahim", "Sohrab",
              "Elyas", "Omid", "Ramin", "Ali"],
        "last": ["Rahimi", "Ahmadi", "Hosseini", "Sultani", "Karimi", "Noori", "Haidari",
                 "Mohammadi", "Sadat", "Safi", "Popal", "Stanikzai", "Amiri", "Rezai", "Jafari", "Wardak"],
        "lang": "dari", "land": "Afghanistan", "cc": "93",
    },
    "ba": {
        "f": ["Amra", "Lejla", "Amina", "Selma", "Emina", "Aida", "Mirela", "Jasmina", "Sanela",
              "Merima", "Ajla", "Dženana", "Elma"],
        "m": ["Emir", "Adnan", "Amer", "Haris", "Edin", "Kenan", "Mirza", "Tarik", "Nedim",
              "Dženan", "Almir", "Senad", "Armin", "Elvir"],
        "last": ["Hodžić", "Begić", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Husić",
                 "Salihović", "Mujić", "Alić", "Softić", "Hasanović", "Omerović", "Čaušević", "Bešić"],
        "lang": "bosnisk", "land": "Bosnien-Hercegovina", "cc": "387",
    },
    "en": {
        "f": ["Chloe", "Emily", "Hannah", "Grace", "Amelia", "Jessica", "Megan", "Lucy", "Abigail",
              "Charlotte", "Imogen"],
        "m": ["Jack", "Harry", "George", "James", "Liam", "Ethan", "Ryan", "Connor", "Callum",
              "Oliver", "Rhys"],
        "last": ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Davies", "Thompson", "Walker",
                 "Wright", "O'Brien", "McAllister", "Clarke", "Hughes", "Murphy", "Fitzgerald"],
        "lang": "engelsk", "land": "England", "cc": "44",
    },
}

# Share of families per origin (weights).  Professionals use PRO_ORIGINS.
FAMILY_ORIGINS = [("dk", 30), ("dk_rare", 6), ("dk_word", 8), ("fo", 4), ("gl", 5), ("so", 5),
                  ("ar", 5), ("ku", 4), ("ua", 5), ("pl", 5), ("ro", 4), ("vn", 3), ("th", 3),
                  ("er", 4), ("af", 4), ("ba", 3), ("en", 2)]
PRO_ORIGINS = [("dk", 46), ("dk_rare", 6), ("dk_word", 10), ("fo", 3), ("gl", 2), ("ba", 4),
               ("ar", 4), ("pl", 3), ("ku", 2), ("so", 2), ("af", 2), ("er", 1), ("vn", 2),
               ("ua", 2), ("en", 1)]

# Nicknames that are names (spanned).  Keyed by the registered first name.
NICKNAMES = {
    "Emilie": ["Mille"], "Mathilde": ["Tilde"], "Caroline": ["Caro"], "Josefine": ["Fie", "Josse"],
    "Frederikke": ["Rikke", "Frede"], "Alexander": ["Alex"], "Benjamin": ["Benji"],
    "Christian": ["Chris"], "Kristoffer": ["Kris"], "Valdemar": ["Valde"], "Theodor": ["Theo"],
    "Victoria": ["Vicky"], "Sebastian": ["Seb"], "Nikolaj": ["Nikki"], "Frederik": ["Freddy"],
    "Oleksandr": ["Sasha"], "Anastasiia": ["Nastia"], "Dmytro": ["Dima"], "Kateryna": ["Katia"],
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Mohammed": ["Hamoudi"],
    "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Ibrahim": ["Ibbe"], "Mohammad": ["Mo"],
    "Amina": ["Mina"], "Jóhanna": ["Hanna"], "Paninnguaq": ["Pani"], "Aputsiaq": ["Aputsi"],
    "Yohannes": ["Johnny"], "Constantin": ["Costi"], "Alexandru": ["Alex"], "Zuzanna": ["Zuza"],
    "Abdikarim": ["Karim"], "Bertram": ["Berti"], "Laurits": ["Lauge"], "Tobias": ["Tobi"],
    "Oliver": ["Olli"], "Charlotte": ["Lotte"], "Cecilie": ["Cille"], "Laura": ["Lulu"],
    "Zakaria": ["Zak"], "Mustafa": ["Musse"], "Ronahi": ["Roni"], "Andreea": ["Andi"],
    "Florin": ["Flo"], "Yaroslav": ["Slava"], "Volodymyr": ["Vova"], "Mykola": ["Kolya"],
    "Sofiia": ["Sonia"], "Siriporn": ["Ploy"], "Wanida": ["Nok"], "Nattaya": ["Nat"],
    "Najaaraq": ["Naja"], "Alberte": ["Berte"], "Esther": ["Essi"],
    "Johanne": ["Hanne"], "Jakub": ["Kuba"], "Wiktoria": ["Wika"], "Khadra": ["Khadi"],
}

# Non-name nicknames (never spanned) used as look-alikes.
FAKE_NICKS = ["Lillemus", "Lillebror", "Lillesøster", "Bamse", "Skrubben", "Mini", "Stjerne",
              "Prinsessen", "Chefen", "Professoren", "Tumlingen", "Myren"]

PET_NAMES = ["Bella", "Luna", "Rufus", "Simba", "Misser", "Snuden", "Kuller", "Bamse", "Trofast",
             "Plet", "Pjuske", "Nala", "Coco", "Mango", "Pelle", "Zorro", "Molly", "Charlie", "Max",
             "Fnug", "Smut", "Kanel"]
PET_SPECIES = ["hunden", "katten", "kaninen", "marsvinet", "hamsteren", "undulaten", "hvalpen",
               "katten", "hunden"]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
KOMMUNER = [
    ("Aarhus Kommune", "aarhus", "Aarhus", [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"),
        ("8220", "Brabrand"), ("8260", "Viby J"), ("8270", "Højbjerg"), ("8240", "Risskov"), ("8381", "Tilst")]),
    ("Odense Kommune", "odense", "Odense", [("5000", "Odense C"), ("5200", "Odense V"), ("5210", "Odense NV"),
        ("5220", "Odense SØ"), ("5230", "Odense M"), ("5250", "Odense SV"), ("5270", "Odense N")]),
    ("Aalborg Kommune", "aalborg", "Aalborg", [("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9210", "Aalborg SØ"),
        ("9220", "Aalborg Øst"), ("9400", "Nørresundby"), ("9230", "Svenstrup J")]),
    ("Randers Kommune", "randers", "Randers", [("8900", "Randers C"), ("8920", "Randers NV"), ("8930", "Randers NØ"),
        ("8940", "Randers SV"), ("8960", "Randers SØ")]),
    ("Vejle Kommune", "vejle", "Vejle", [("7100", "Vejle"), ("7120", "Vejle Øst"), ("7080", "Børkop"),
        ("7300", "Jelling"), ("7323", "Give")]),
    ("Esbjerg Kommune", "esbjerg", "Esbjerg", [("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("6710", "Esbjerg V"),
        ("6715", "Esbjerg N"), ("6731", "Tjæreborg"), ("6740", "Bramming")]),
    ("Næstved Kommune", "naestved", "Næstved", [("4700", "Næstved"), ("4160", "Herlufmagle"), ("4171", "Glumsø"),
        ("4736", "Karrebæksminde")]),
    ("Holbæk Kommune", "holbaek", "Holbæk", [("4300", "Holbæk"), ("4420", "Regstrup"), ("4440", "Mørkøv"),
        ("4450", "Jyderup"), ("4390", "Vipperød")]),
    ("Silkeborg Kommune", "silkeborg", "Silkeborg", [("8600", "Silkeborg"), ("8653", "Them"), ("8620", "Kjellerup"),
        ("8680", "Ry"), ("8883", "Gjern")]),
    ("Herning Kommune", "herning", "Herning", [("7400", "Herning"), ("7451", "Sunds"), ("7480", "Vildbjerg"),
        ("7490", "Aulum")]),
    ("Københavns Kommune", "kk", "København", [("2200", "København N"), ("2300", "København S"),
        ("2400", "København NV"), ("2450", "København SV"), ("2500", "Valby"), ("2700", "Brønshøj"),
        ("2720", "Vanløse"), ("2100", "København Ø")]),
    ("Høje-Taastrup Kommune", "htk", "Taastrup", [("2630", "Taastrup"), ("2640", "Hedehusene")]),
    ("Slagelse Kommune", "slagelse", "Slagelse", [("4200", "Slagelse"), ("4220", "Korsør"), ("4230", "Skælskør")]),
    ("Sønderborg Kommune", "sonderborg", "Sønderborg", [("6400", "Sønderborg"), ("6430", "Nordborg"),
        ("6300", "Gråsten"), ("6440", "Augustenborg")]),
    ("Viborg Kommune", "viborg", "Viborg", [("8800", "Viborg"), ("8830", "Tjele"), ("8850", "Bjerringbro")]),
    ("Frederikshavn Kommune", "frederikshavn", "Frederikshavn", [("9900", "Frederikshavn"), ("9990", "Skagen"),
        ("9982", "Ålbæk"), ("9970", "Strandby")]),
    ("Guldborgsund Kommune", "guldborgsund", "Nykøbing F", [("4800", "Nykøbing F"), ("4850", "Stubbekøbing"),
        ("4874", "Gedser")]),
]

STREETS = ["Skovvej", "Bøgevej", "Egevej", "Ahornvej", "Lindevej", "Kastanievej", "Rosenvænget",
           "Solsikkevej", "Vestergade", "Østergade", "Nørregade", "Søndergade", "Jernbanegade",
           "Stationsvej", "Møllevej", "Kirkevej", "Skolevej", "Engvej", "Toftevej", "Hybenvej",
           "Tjørnevej", "Violvej", "Syrenvej", "Kløvervænget", "Granvej", "Fyrrevej", "Havrevænget",
           "Rugvænget", "Bygvænget", "Ringvejen", "Parkvej", "Højvangen", "Åbakken", "Bakkedraget",
           "Engdraget", "Fasanvej", "Vibevej", "Mågevej", "Svalevej", "Drosselvej", "Spurvevej",
           "Gartnervænget", "Rådhusstræde", "Gammel Kongevej", "Nørre Allé", "Vester Allé",
           "Ny Østergade", "Grønnegade", "Brobakken", "Smedegade", "Fælledvej", "Holmevej",
           "Præstevænget", "Agerhønevej", "Teglværksvej", "Hvedemarken", "Strandvejen",
           "Tværgade", "Kildebakken", "Langelinie", "Ved Bækken", "Anemonevej", "Æblehaven",
           "Lyngbakken", "Mosevej", "Hasselvej", "Pilevej", "Birkevej", "Kornvænget"]

# ---------------------------------------------------------------------------
# Institutions (look-alikes in planted/clean, spans in institutions.jsonl)
# ---------------------------------------------------------------------------
SCHOOLS = ["Nørrebakkeskolen", "Lindholm Skole", "Vestervangskolen", "Søndervangskolen",
           "Kirkebjerg Skole", "Engsøskolen", "Skovvangskolen", "Rosenlundskolen", "Østbyskolen",
           "Fjordskolen", "Bavnehøj Skole", "Kærhaveskolen", "Højvangskolen", "Hedeskolen",
           "Ådalskolen", "Tingbakkeskolen"]
SPECIAL_SCHOOLS = ["Specialskolen Kildebakken", "Heldagsskolen Egebækken", "Behandlingsskolen Fyrren",
                   "Skolen ved Søerne"]
DAYCARES = ["Børnehuset Solsikken", "Børnehaven Mariehønen", "Vuggestuen Myretuen",
            "Daginstitutionen Troldehøj", "Børnehuset Kastanjen", "Naturbørnehaven Skovtroldene",
            "Børnehuset Regnbuen", "Vuggestuen Humlebien", "Børnehaven Spiren", "Børnehuset Mælkebøtten"]
PLACEMENTS = ["Opholdsstedet Kastanjegården", "Opholdsstedet Lærkereden", "Døgninstitutionen Skovbrynet",
              "Behandlingshjemmet Bakkely", "Ungehjemmet Fyrtårnet", "Børnehjemmet Sølyst",
              "Opholdsstedet Havbrisen", "Døgntilbuddet Engbo", "Opholdsstedet Stjerneskuddet"]
FOSTER_ORGS = ["Familieplejen Østjylland", "Plejefamiliecentret Midt", "Foreningen Plejefamilier Vest",
               "Familieplejeenheden Nordsjælland", "Netværkshuset Plejekompasset"]
FOUNDATIONS = ["Fonden Trinbrættet", "Lindegårdsfonden", "Fonden Børnenes Bro", "Fonden Sammen om Barnet",
               "Ferielejrfonden Sommerhuset", "Fritidsfonden Springbrættet"]
FAMILY_CENTRES = ["Familiecenter Øst", "Familiehuset Ankeret", "Center for Familiebehandling",
                  "Familieværkstedet Broen", "Familiecentret Vesterbro"]
CLUBS = ["Viby IF", "Brabrand IF", "Hasle Boldklub", "Vejle Svømmeklub", "Sunds Gymnastikforening",
         "Holbæk Atletik", "Næstved Rideklub", "Ungdomsklubben Vulkanen", "Fritidsklubben Basen",
         "SFO Krudtuglen", "Spejderne i Gjern", "Taekwondo Klub Syd"]
VENUES = ["Familiehuset, mødelokale 3", "rådhuset, {room}", "Børne- og Familieafdelingen, {room}",
          "skolens personalerum", "Sundhedshuset, {room}", "Familiecentret, stuen (lokale 0.07)"]

# ---------------------------------------------------------------------------
# Look-alike pools
# ---------------------------------------------------------------------------
LAWS = ["barnets lov § 20", "barnets lov § 32, stk. 1, nr. 3", "barnets lov § 47", "barnets lov § 91",
        "forvaltningsloven § 19", "barnets lov § 5, stk. 3", "barnets lov § 133", "barnets lov § 137, stk. 2",
        "barnets lov § 46", "barnets lov § 18", "barnets lov § 19", "barnets lov § 6", "barnets lov § 30",
        "serviceloven § 50 (før 2024)", "serviceloven § 52, stk. 3 (før 2024)", "barnets lov § 108"]
HELPLINES = ["Børnetelefonen på 116 111", "112 ved akut fare", "lægevagten på 1813",
             "politiet på 114", "Livslinien på 70 201 201", "Giftlinjen på 82 12 12 12",
             "Børns Vilkårs forældretelefon", "Socialvagten via 112 uden for åbningstid",
             "Headspace (chat og telefon)", "Bedre Psykiatris rådgivning"]
ROOMS = ["mødelokale 2.14", "lokale 117", "rum 3.08", "mødelokale 1.03", "lokale 0.12",
         "mødelokale 4.21", "lokale 206", "samtalerum 5"]
BUSES = ["linje 4A", "bus 350S", "linje 13", "linje 2A", "linje 18", "bus 21", "letbanen (L2)",
         "linje 5C", "natbus 91N"]
TEAMS = ["Team Øst", "Team Vest", "Team 0-6 år", "Team Unge 13-17", "Team Syd", "Team Nord",
         "Team Børn og Familie 2", "Team Handicap"]
LANG_FALLBACK = ["arabisk", "somali", "tigrinya", "ukrainsk", "dari", "polsk"]
CLEAN_PLACES = ["skolens lille mødelokale", "biblioteket på skolen", "rådhuset, {room}",
                "bilen på vej fra skole", "køkkenet derhjemme", "Familiehuset, samtalerum 2",
                "en bænk i skolegården", "{room}"]

# Clean renderings of person data slots (grammatically fit the same place)
CLEAN = {
    "b": ["{age}", "{age} gammel", "født i {year}"],
    "bp": ["({age})", "(f. {year})", "({age})"],
    "bv": ["udeladt", "fremgår af sagen", "anonymiseret"],
    "cpr": ["cpr.nr. fremgår af sagen", "CPR-nr. udeladt", "cpr: xxxxxx-xxxx", "{jnr}"],
    "cprv": ["xxxxxx-xxxx", "udeladt", "******-****", "fremgår af sagen"],
    "tlf": ["tlf. via omstillingen", "tlf. kendt af forvaltningen", "lokalnr. {ext}",
            "tlf.-tid kl. 8.30-9.30"],
    "num": ["det kendte nummer", "det oplyste nummer", "mobilen"],
    "tlfv": ["ikke oplyst", "hemmeligt nummer", "oplyses ikke", "via sagsbehandler"],
    "mail": ["mail via Digital Post", "besked via Aula", "sikker mail via kommunens hjemmeside",
             "mail via e-Boks"],
    "mailv": ["via Digital Post", "via Aula", "sikker post", "ikke oplyst"],
    "bor": ["bor i lejlighed i kommunen", "bor i et rækkehus i den nordlige del af byen",
            "bor i en toværelses lejlighed på 3. sal", "bor i en nabokommune",
            "bor i almen bolig med tre værelser", "bor på landet uden for byen",
            "bor i et parcelhus tæt på skolen"],
    "adrv": ["adresse kendt af forvaltningen", "beskyttet adresse", "fremgår af folkeregistret",
             "oplyses ved henvendelse"],
    "adr2": ["(adressen sendes særskilt)", "(beskyttet adresse)", "adresse oplyses ved tilmelding"],
}

# ---------------------------------------------------------------------------
# Genre 1: minutes of a sparring meeting (written afterwards by the case owner)
# ---------------------------------------------------------------------------
G1_HEAD = [
    "Referat – faglig sparring på teammødet {weekday} {date}, {time}\n[[Sagsejer: {W:f}. Faglig koordinator: {K:f}.||Sagsejer og faglig koordinator fra teamet deltog.]]\n{jnr}",
    "Sparring i {team}, {date}, {room}\nTil stede: [[{K:f} (faglig koordinator), {W2:f}, {W3:f} og sagsejer {W:f}||faglig koordinator, to kolleger fra teamet og sagsejer]].",
    "Faglig sparring {date} – sag vedr. [[{C:f} {C:bp}||Barn A ({C:age})]]\nFremlagt af {W:f}. {jnr}.",
    "REFERAT AF SPARRING ({team}, {date})\n[[Faglig koordinator {K:f}||Den faglige koordinator]] styrede tiden (max. en time). Sagen blev fremlagt af {W:f}.",
    "Notat efter sparringsmøde {date} kl. {hm}\nDeltagere: [[{K:f} (faglig koordinator), {L:f} (teamleder), {W2:f} og undertegnede, {W:f}||faglig koordinator, teamleder, en kollega og undertegnede sagsejer]].",
    "Teammøde {weekday} {date} – punkt 3: sparring\nSag: [[{C:f}, {C:cpr}||Barn A, {C:age}]]. Sagsejer: {W:f}.",
    "Faglig sparring – [[{C:f}, {C:cpr}||Barn A, {C:age}]]\n{date}, {team}. Sagsejer: {W:f}.",
]

G1_FREM = [
    "#home,!anb|{W} præsenterede sagen om {C}, {C:age}, som {C:bor} sammen med {M:t}[[ og {S:t}||]].",
    "#home,!anb,sep|{C} {C:bor} med {M:t} og {S:t}. {F:t} {F:bor} og har samvær hver anden weekend.",
    "anb|{C} har siden {yr} været anbragt i plejefamilie hos {PM:t} og {PF:t}, der {PM:bor}.",
    "school|Sagen blev åbnet efter en underretning fra {school}, hvor {T:t} havde bemærket, at {C} ofte kom sulten i skole.",
    "small|Sagen blev åbnet efter en underretning fra {dag}. {P:t} havde set blå mærker på {C:g} overarm.",
    "{M} har tidligere haft kontakt til psykiatrien, og {F} har et kendt alkoholforbrug, som han selv kalder \"weekenddruk\".",
    "Den børnefaglige undersøgelse efter barnets lov § 20 skal være afsluttet senest {dl}, dvs. fire måneder efter underretningen.",
    "Familien har modtaget støttende indsatser efter § 32 siden {yr}, senest familiebehandling ved {FB:t}.",
    "{C} har ifølge {H:t} ligget under vægtkurven siden toårsundersøgelsen.",
    "!anb|{M:t} har selv bedt om hjælp og siger, at hun \"ikke kan mere\" om aftenen, når {C} og {S} skændes.",
    "#fhome,sep|Forældrene gik fra hinanden i {yr}, og der har siden været uenighed om samværet. {F} {F:bor}.",
    "school|{C:Han} har et højt fravær ({pct} % i indeværende skoleår), og {T:t} beskriver {C:ham} som stille og træt.",
    "{MM:t} er en vigtig ressource og henter {C} to gange om ugen.",
    "teen|{C} er {C:age} og har siden efteråret været meget væk hjemmefra om natten. Politiet har to gange kørt {C:ham} hjem.",
    "{C}, {C:b}, er den ældste af søskendeflokken og tager ifølge skolen meget ansvar derhjemme.",
    "foreign|Familien kom til Danmark i {yr}. {F} taler kun lidt dansk, og der bruges tolk på {lang} til alle møder.",
    "sf|{M} har siden {yr} boet sammen med {SF}, som {C} beskriver som \"streng, men okay\".",
    "{W} har haft sagen i syv måneder og er den tredje sagsbehandler på sagen, siden den blev oprettet.",
    "Mor og far har fælles forældremyndighed. {F:Han} har ikke deltaget i de seneste to møder.",
    "{C} {C:gaar} og har ifølge {P:t} svært ved overgangene i løbet af dagen.",
    "I ICS-trekanten fylder siden om forældrekompetencer mest: trygt omsorgsmiljø og stimulering er markeret med rødt.",
    "#home,!anb|Familien {M:bor} og har boet der siden {yr}.",
    "{C:g} {S:rel}, [[{S:f} {S:bp}||Barn B]], er også kendt i forvaltningen fra en tidligere underretning.",
    "#mnum|[[{M} kan kontaktes på {M:num} og {F} på {F:num}||Mor og far kan kontaktes pr. telefon]]; begge foretrækker sms frem for opkald.",
    "nick|{C}, som hele familien kalder {C:nq}, {C:gaar}.",
    "#fhome,sep|{F} {F:bor} sammen med sin nye kæreste. {C} har eget værelse der.",
]

G1_GENO_HEAD = ["Genogram (som tegnet på tavlen):", "Genogram i ord:", "Genogram:", "Familien (genogram):"]
G1_GENO = [
    "- Mor: [[{M:f}, {M:b}||{M:by}]]. {M:bor}.",
    "sep|- Far: [[{F:f} {F:bp}||{F:age}]], {F:bor}, samvær hver anden weekend.",
    "!sep|- Far: [[{F:f}, {F:by}||{F:by}]], bor sammen med mor og børnene.",
    "- [[{C:f} {C:bp}||Barn A, {C:age}]]: sagens barn, {C:gaar}.",
    "- [[{S:f}||Barn B]] ({S:age}): {S:rel} til {C}, samme forældre.",
    "s2|- [[{S2:f}||Barn C]] ({S2:age}): {S2:rel} på fars side, bor hos sin mor i {town2}.",
    "- Mormor: [[{MM:f}, {MM:by}||{MM:by}]], bor i {town2} og ser børnene hver søndag.",
    "mfdead|- Morfar: [[{MF:f}, ||]]død i {yr}; mor siger, at \"det var dér, det gik galt\".",
    "- Moster: [[{AU:f}, {AU:tlf}||{AU:age}, tæt kontakt]], {AU:bor}.",
    "abroad|- Farmor: [[{FM:f}||{FM:age}]], bor i {FM:land} og taler med børnene på video om søndagen.",
    "sf|- Mors samlever: [[{SF:f} {SF:bp}||{SF:bp}]], flyttede ind i {yr}.",
    "- Farbror: [[{UN:f}, {UN:by}||{UN:by}]], har et godt forhold til {C} og tager {C:ham} med til fodbold.",
    "anb|- Plejeforældre: [[{PM:f} og {PF:f}||Plejemor og Plejefar]], {PM:bor}.",
    "- {pet_cap} bor hos mor og er ifølge {C} \"den, der passer på mig\".",
    "Streger på tavlen: tyk streg mellem {C} og {MM}, brudt streg mellem {M} og {F}.",
    "!anb|- [[{C:f}, {C:cpr}||Barn A]] – bor hos mor, {C:age}.",
    "- [[{S:f}, {S:cpr}||Barn B, {S:age}]]: {S:rel}, bor sammen med mor.",
    "sep|- Far: [[{F:f}, {F:cpr}||{F:age}]], {F:bor}.",
    "- Mor: [[{M:f}, {M:cpr}||{M:age}]], {M:bor}, {M:tlf}.",
    "!mfdead|- Mormor og morfar: [[{MM:f} {MM:bp} og {MF:f} {MF:bp}||{MM:age} og {MF:age}]], {MM:bor}.",
    "- [[{S:f} {S:bp}||Barn B ({S:age})]]: {S:rel}, går i samme klub som {C}.",
]

G1_TL_HEAD = ["Tidslinje fra tavlen:", "Tidslinje (fra whiteboardet):", "Sagsforløb på tavlen:"]
G1_TL = [
    "school|{tl}: underretning fra {school} (fravær og sult).",
    "small|{tl}: underretning fra {dag} om blå mærker.",
    "{tl}: screening efter § 18 – videre til børnefaglig undersøgelse.",
    "{tl}: børnesamtale med {C}; {C:han} tegnede de tre huse.",
    "{tl}: {M} indlagt i psykiatrien i 11 dage, børnene boede hos {MM:t}.",
    "sep|{tl}: politiet tilkaldt til {F:g} lejlighed efter uro. Børnene var ikke til stede.",
    "{tl}: netværksmøde med {MM:t}, {AU:t} og {W}.",
    "{tl}: afgørelse om aflastning efter barnets lov § 32 (hver 3. weekend).",
    "anb|{tl}: anbringelse med samtykke efter § 46; {C} flyttede til {PM:t} og {PF:t}.",
    "{tl}: partshøring sendt til mor og far (forvaltningsloven § 19).",
    "{tl}: ny underretning fra {H:t} om manglende vægtøgning.",
    "{tl}: mor og far mødte ikke op til planlagt møde.",
    "{tl}: familiebehandling opstartet ved {FB:t}.",
    "school|{tl}: skoleskift til {school2}.",
    "{tl}: opfølgning på barnets plan; {C} deltog selv i 20 minutter.",
    "sep|{tl}: samvær med far suspenderet midlertidigt.",
    "{tl}: sikkerhedsplan underskrevet af mor, {MM:t} og {AU:t}.",
    "{tl}: foreløbig vurdering, da fristen på fire måneder ikke kunne holdes.",
    "!anb|{tl}: mor og børnene flyttede til [[{M:adrv}||en mindre lejlighed]].",
    "sep|{tl}: far flyttede til [[{F:adrv}||egen lejlighed i {town2}]].",
]

G1_Q = [
    "Sagsejer ønskede sparring på: Hvordan kan vi inddrage {MM:t} uden at {M} føler sig sat uden for?",
    "{W} ønskede sparring på, om der er grundlag for en anbringelse uden samtykke efter § 47, eller om en sikkerhedsplan med netværket er tilstrækkelig.",
    "Spørgsmål til teamet: Hvordan taler vi med {C} om {F:g} drikkeri, uden at {C} skal vælge side?",
    "Sparringsspørgsmål: Er vi blevet for optagede af {M:g} samarbejde og har mistet {C} af syne?",
    "Jeg vil gerne have sparring på, hvad vi gør, hvis {F} igen udebliver fra samværet.",
    "{W} bad om sparring på, hvordan {C:g} egen stemme kan komme tydeligere frem i undersøgelsen.",
]

G1_REFL_HEAD = ["Refleksionsrunde (sagsejer lyttede):", "Refleksionsrunde:", "Teamets refleksioner:"]
G1_REFL = [
    "{W2} undrede sig over, at {C} i alle samtaler nævner {MM}, men at {MM:t} aldrig er inviteret til et møde.",
    "{W3} hæftede sig ved, at {M} i sine sms'er skriver meget kærligt om {C}, men sjældent svarer, når man ringer.",
    "Der blev spurgt ind til, hvem der egentlig laver mad i hjemmet. {C:Hans} svar til {T:t} var: \"Det gør jeg, når mor sover.\"",
    "En kollega pegede på, at tidslinjen viser et mønster: underretningerne kommer hver gang efter sommer- og juleferien.",
    "{K} mindede om, at refleksionsrunden ikke er stedet for løsninger, og bad teamet blive ved bekymringerne lidt endnu.",
    "sf|{W2} spurgte, om {SF} er et beskyttende element eller en ny risiko for {C}. Det ved vi ikke endnu.",
    "Teamet talte om, hvorvidt {S} bliver overset, fordi al opmærksomhed går til {C}.",
    "{W3} foreslog at se på ICS-trekantens side om familie og netværk: her er {AU:t} og {NB:t} de eneste faste voksne uden for hjemmet.",
    "Rose og ris: Teamet roste {W} for en tydelig tidslinje, men savnede barnets perspektiv i fremstillingen.",
    "Storm i et glas vand eller reel bekymring? Spørgsmålet gik igen i runden, da vi kom til episoden i bussen ({bus}).",
    "Håb blev nævnt flere gange: {M} har selv sagt, at hun håber at få ro på hjemmet inden sommerferien.",
    "{L} spurgte til, om {Y:t} har set {C} alene, eller kun sammen med mor.",
    "Flere undrede sig over, at {F:g} netværk slet ikke er tegnet ind i genogrammet.",
    "Teamet brugte Signs of Safety-skemaet med de tre kolonner: Hvad er vi bekymrede for? Hvad virker godt? Hvad skal der ske?",
    "{W3} savnede et økokort ved siden af genogrammet, så netværket omkring {C} bliver synligt.",
    "{W2} var optaget af, at {C} på skalaen fra 0 til 10 selv satte sig på 3, mens mor satte familien på 8.",
]

G1_HYP_HEAD = ["Hypoteser:", "Arbejdshypoteser:", "Hypoteser fra runden:"]
G1_HYP = [
    "sep|Hypotese {n}: {C:g} ondt i maven om mandagen hænger sammen med overgangen fra samvær hos {F:t}.",
    "Hypotese {n}: {M:g} tilbagetrækning er et tegn på depression og ikke på manglende vilje.",
    "Hypotese {n}: {C} tager ansvar for {S} i et omfang, der går ud over {C:g} egen trivsel.",
    "Hypotese {n}: Konflikten mellem {M} og {MM} gør, at netværket ikke bliver brugt, selv om det er der.",
    "Hypotese {n}: {F:g} udeblivelser handler mere om skam end om manglende interesse for {C}.",
    "school|Hypotese {n}: Fraværet skyldes mobning i klassen og ikke forholdene derhjemme; {T:t} skal spørges direkte.",
    "Hypotese {n}: Familien har vænnet sig til, at kommunen \"kommer og går\", og viser derfor kun det, de tror, vi vil se.",
]

G1_CONCL_HEAD = ["Faglig koordinators afslutning:", "Afslutning og aftaler:", "Konklusion:"]
G1_CONCL = [
    "{K} afsluttede: {W} indkalder til netværksmøde senest {dl}, og {C} tilbydes en samtale med {Y:t} inden da.",
    "[[Faglig koordinator {K}||Den faglige koordinator]] konkluderede, at sagen fortsat håndteres efter § 32, men at sikkerhedsplanen skal revurderes {dl}.",
    "Konklusion ved {K}: Der udarbejdes en foreløbig vurdering, da undersøgelsen ikke kan nås inden fristen {dl}.",
    "Princip til vidensbanken: Når et barn selv nævner en voksen som tryg, inviteres denne voksne altid til næste netværksmøde.",
    "{K} bad {W} om at skalere sikkerheden igen på teammødet {dl}; i dag lå teamet mellem 3 og 5 på skalaen fra 0 til 10.",
    "Næste skridt: {W} taler med {C} alene, {W2} deltager som observatør, og sagen tages op igen {dl}.",
    "{K} lukkede punktet {time} og noterede, at sparringen tog 52 minutter.",
]
G1_SIG = ["Ref.: {W:i}", "/{W:i}", "Referent: {W:i}, {date}", "Godkendt af {K:i}", "Referat: {W:f}"]

# ---------------------------------------------------------------------------
# Genre 2: notes from a conversation with a child (børnesamtale)
# ---------------------------------------------------------------------------
G2_HEAD = [
    "Referat af børnesamtale med [[{C:f} {C:bp}||Barn A ({C:age})]]\nDato: {date}, {time}. Sted: {place}.\nSamtalen blev holdt af {W:f}.",
    "Samtale med {C}, {C:age} – {date}\n{jnr}\nTil stede: {C} og {W:t}[[ samt {B:f} som bisidder||]].",
    "Børnesamtale (barnets lov § 5, stk. 3) – {date}\nBarn: [[{C:f}, {C:cpr}||Barn A, {C:age}]]\nSamtaleleder: {W:f}",
    "Notat: samtale med {C} efter underretning (§ 137) {date}\nSted: {place}. Varighed ca. {mins} minutter.",
    "{weekday_cap} {date}: samtale med {C} i {place}.",
    "SAMTALE MED BARNET\nNavn: [[{C:f}||Barn A]]. Fødselsdato: {C:bv}.\nDato for samtale: {date}.",
    "Børnesamtale – [[{C:f}, {C:cprv}||Barn A]]\n{date}, {time}\nSamtaleleder: {W:f}, {W:tlf}",
]
G2_BODY = [
    "nick|{C} ville gerne kaldes {C:nq}, \"for det siger alle, undtagen når jeg er i problemer\".",
    "{C} fortalte, at {C:hans} bedste ven er {V:t}, som går i parallelklassen.",
    "Om mor sagde {C}: \"Hun sover meget. Så laver jeg toast til {S}.\"",
    "{C} sagde: \"{F} er sjov, men ikke når han har drukket øl. Så råber han af {petn}.\"",
    "school|Da vi talte om skolen, sagde {C}: \"{T} er den eneste voksne, der spørger, om jeg har spist.\"",
    "sep|I huset med bekymringer tegnede {C} en sky over {F:g} lejlighed og skrev: \"Nogle gange kommer han ikke.\"",
    "school|I huset med de gode ting skrev {C}: {MM:t}, fodbold med {TR:t}, {pet} og \"når {S} sover, og der er stille\".",
    "Drømmehuset: \"At vi bor et sted med have. At mor er glad. At {F} kommer til min fødselsdag.\"",
    "{C} viste billeder på sin telefon af {pet} og fortalte, at {petn} sover i {C:hans} seng, \"så jeg ikke drømmer grimt\".",
    "{C} satte et kryds ved 3 på skalaen fra 0 til 10, hvor 10 er \"alt er godt derhjemme\".",
    "På spørgsmålet om, hvem {C:han} kan gå til, når noget er svært, svarede {C}: \"{AU:t}. Eller {NB}, naboen.\"",
    "{C} kalder {S:t} for \"{fnick}\", og det er kun {C}, der må sige det.",
    "sf|{C} blev stille, da vi talte om {SF}. Efter en pause sagde {C:han}: \"Han er okay. Men jeg kan ikke lide, når han bestemmer over {S}.\"",
    "{C} spurgte, om {V2:t} også kan få en sagsbehandler, \"for det er også svært hjemme hos dem\".",
    "anb|{C} sagde, at {C:han} godt kan lide at være hos {PM:t} og {PF:t}, men savner {M:t} \"mest om aftenen\".",
    "sep|Om weekenderne hos far: \"Vi spiller FIFA og spiser pizza. {F} sover til klokken to.\"",
    "school|{C} ønskede ikke, at {T:t} skulle vide, hvad vi havde talt om.",
    "Jeg spurgte, hvad {C} ville sige til borgmesteren, hvis {C:han} måtte bestemme. Svaret var: \"At børn skal have deres egen sagsbehandler, som ikke skifter.\"",
    "{C} tegnede sin familie sammen med mig. {C:Han} satte {MM} tættest på sig selv og {F} længst væk.",
    "{C} har ifølge eget udsagn ingen telefon, \"kun mors gamle, når den virker\".",
    "{C} gav lov til, at vi fortæller {M} om tegningen, men ikke om det, {C:han} sagde om far.",
    "Vi skrev Børnetelefonens nummer, 116 111, på en seddel, som {C} puttede i lommen.",
    "Mandag er den værste dag, sagde {C}, \"for så har jeg været hos far, og så er mor sur\".",
    "Vinter er {C:g} yndlingsårstid, fordi \"så er vi mest inde, og så er mor gladere\".",
    "{C} fortalte, at {S} og {C:han} deler værelse, og at {S} græder om natten.",
    "{C} sagde om {MM:t}: \"Hos hende er der altid mad, og man må se fjernsyn.\"",
    "{C} vil gerne blive ved med at gå til svømning i {club} og spurgte, om kommunen kan betale.",
    "nick|\"Det er kun mormor, der siger {C:n}\", sagde {C} og grinede.",
    "{C} fortalte om {V}, som {C:han} har kendt siden børnehaven: \"Vi er ligesom søskende.\"",
    "Lykke er, ifølge {C}, \"når alle er hjemme og ingen råber\".",
    "school|I frikvartererne er {C} mest sammen med {V} og {V2}. {C:Han} sagde, at de andre \"ikke gider\".",
    "{C} var optaget af, om {pet} må flytte med, hvis familien skal flytte.",
    "!anb|{C} {C:bor} sammen med mor og {S}, \"men mest er det bare os børn\".",
    "teen|[[{C} kan sit eget nummer udenad og skrev det på tegningen: {C:num}.||{C} har fået sin egen telefon og var stolt af det.]]",
    "school|[[\"Min mors nummer er {M:num}\", sagde {C}||\"Mor har fået ny telefon\", sagde {C}]], \"men hun tager den ikke altid\".",
    "nick|{C} vil helst hedde {C:n}: \"Det andet navn er til, når lærerne er sure.\"",
    "anb|{C} har tegnet huset hos {PM:t}, hvor {C:han} bor nu, og skrevet adressen under: [[{PM:adrv}||(overstreget af barnet)]].",
]
G2_END = [
    "Samtalen sluttede med, at {C} fik at vide, hvornår vi ses igen: {dl}.",
    "Referatet er læst op for {C}, som ikke havde rettelser. /{W:i}",
    "{C} blev fulgt tilbage af {P:t} kl. {hm}.",
    "Næste samtale: {dl} {time}, samme sted.",
    "Referent: {W:f}. Referatet er gennemgået med {C} {date}.",
]

# ---------------------------------------------------------------------------
# Genre 3: excerpts of barnets plan / handleplan
# ---------------------------------------------------------------------------
G3_HEAD = [
    "BARNETS PLAN – uddrag (barnets lov § 91)\nBarn: [[{C:f}, {C:cpr}||Barn A, {C:age}]]\n{jnr}\nDato for plan: {date}",
    "Barnets plan, revideret {date}\nVedr.: [[{C:f} {C:bp}||Barn A ({C:age})]]\n[[Sagsbehandler: {W:f}, {W:tlf}||Sagsbehandler: se sagens forside]]",
    "Uddrag af barnets plan for {C}\nUdarbejdet {date} af {W:t} sammen med [[{M:t} og {F:t}||forældrene]].",
    "Plan for [[{C:f}||Barn A]] – indsats efter § 32, stk. 1\nGældende fra {date} til {dl}",
    "Handleplan (før 2024) / barnets plan – opdateret {date}\nBarn: [[{C:f}||Barn A]], fødselsdato {C:bv}",
    "BARNETS PLAN\nNavn: [[{C:f}||Barn A]]\nCPR: {C:cprv}\nAdresse: {C:adrv}\nPlan udarbejdet: {date}",
]
G3_BODY = [
    "school|Mål {n}: {C} møder i skole mindst 4 ud af 5 dage om ugen inden {dl}. Ansvarlig: {M:t} (morgenrutine) og {T:t} (fraværsregistrering).",
    "Mål {n}: {C} har en fast voksen uden for hjemmet: {KP:t}, som ses med {C} hver {wd} kl. 15-17.",
    "Mål {n}: {M} deltager i forældrekursus (kursusgebyr på {amount} dækkes af kommunen) og får støtte fra {FB:t}.",
    "Delmål: {C} sover i egen seng og er i seng senest kl. 21. Opfølgning: {FB} skalerer sammen med familien hver 14. dag.",
    "Hvem gør hvad: {W} indkalder til opfølgningsmøde {dl}; {P:t} sender status senest en uge før; {M} og {F} deltager.",
    "Kontaktpersoner:\n- Kontaktperson: [[{KP:f}, {KP:tlf}, {KP:mail}||kontaktpersonen (træffes via sagsbehandler)]]\n- Familiebehandler: [[{FB:f}, {FB:tlf}||familiebehandleren, {org}]]\n- Sagsbehandler: [[{W:f}, {W:tlf}, {W:mail}||sagsbehandleren, tlf.-tid kl. 8.30-9.30]]",
    "#mc|Forældremyndighedsindehaver: [[{M:f}, {M:adrv}, {M:tlf}||mor (fælles forældremyndighed med far)]].",
    "Barnets egne ord om målet: \"Jeg vil gerne kunne sove hos {V} uden at mor bliver bange.\"",
    "sep|Samvær: {C} ser {F:t} hver anden lørdag kl. 10-16 i {venue}. Samværet er overvåget af {FB}.",
    "#pm,anb|Plejefamilie: [[{PM:f} og {PF:f}, {PM:adrv}, tlf. {PM:num}||plejefamilien, kontakt via familieplejekonsulenten i {fosterorg}]].",
    "school|Skole: {C} {C:gaar}. Kontaktlærer: [[{T:f}, {T:mail}||klasselæreren]].",
    "Sundhed: {C} er henvist til {Y:t} på grund af angst; ventetiden er ca. 12 uger. {H:t} følger vægten hver måned.",
    "Fritid: Kommunen dækker kontingent til {club} med op til {amount} årligt.",
    "Næste revision af planen: {dl}. Planen sendes i kopi til [[{M} og {F}||forældrene]].",
    "Tidsplan:\n{dl}: statusmøde\n{dl}: ny samtale med {C}\n{dl}: revision af planen",
    "Netværk: {MM:t} ({MM:tlf}) henter {C} tirsdag og torsdag. {AU:t} er reserve, {AU:tlf}.",
    "Sikkerhedsplan, punkt {n}: Hvis {F} kommer beruset hjem, ringer {C} til {MM:t} på {MM:num}, eller til 112 ved fare.",
    "Samtykke: {M} og {F} har givet skriftligt samtykke til indsatsen {date}.",
    "Ansvarlig for opfølgning: {W:t}, {kommune}, {W:mail}.",
    "Lovgrundlag: barnets lov § 32, stk. 1, nr. 3 (familiebehandling) og § 91 (barnets plan). Afgørelse af {date}.",
    "Bevilling: {hours} timers kontaktperson om ugen, svarende til {amount} om måneden.",
    "Mål {n}: {C} deltager i en fritidsaktivitet mindst en gang om ugen sammen med {V} eller en anden jævnaldrende.",
    "Mål {n}: Samarbejdet mellem mor og far om {C} skal foregå uden råb foran børnene; familiebehandleren følger op hver måned.",
    "teen|Mål {n}: {C} er hjemme senest kl. 22 på hverdage. {C} har selv foreslået, at {C:han} sender en sms til mor kl. 21.",
    "{C:g} ønske til planen: \"At jeg ikke skal fortælle det hele forfra til en ny voksen.\"",
    "Skalering ({date}): Mor 6, far 5, {C} 4, sagsbehandler 4. Målet er 7 inden {dl}.",
    "#cc|Kontaktoplysninger, barnet: [[{C:f}, {C:adrv}||Barn A, adresse kendt af forvaltningen]].",
    "#mc|Mor: [[{M:f}, {M:cpr}, {M:tlf}, {M:mail}||kontakt via sagsbehandler]]",
    "Far: [[{F:f}, {F:adrv}, {F:tlf}, {F:mail}||kontakt via sagsbehandler]]",
    "Søskende: [[{S:f} {S:bp}||Barn B, {S:age}]], bor hjemme.",
    "#pm,anb|Plejefamiliens adresse:\n[[{PM:f} og {PF:f}\n{PM:adr2}||oplyses ikke til forældrene]]",
    "nick|Barnet ønsker at blive kaldt {C:n} i alle breve og på møder.",
    "#cc,teen|Barnets adresse: [[{C:adrv}||som forældremyndighedsindehaver]]. Barnets telefon: [[{C:num}||har ingen]].",
]

# ---------------------------------------------------------------------------
# Genre 4: telephone / SMS / voicemail log in the case journal
# ---------------------------------------------------------------------------
G4_HEAD = [
    "Journal – telefon og sms\n{jnr}[[\nSagsbehandler: {W:f}||]]",
    "Telefonnotater vedr. [[{C:f}||Barn A]] ({C:age})",
    "Journalnotater, telefon, uge {week}",
    "LOG: opkald, sms og vm\nSag: {jnr}",
    "Telefonjournal – [[{C:f} {C:bp}||Barn A ({C:age})]]",
    "Telefonnotater vedr. [[{C:f}, {C:cpr}||Barn A, {C:age}]][[\nSagsbehandler: {W:f}||]]",
]
G4_LINE = [
    "{ld} kl. {hm}: Ringede til {M} på {M:num}. Intet svar, lagt vm.",
    "{ld} {hm} – sms fra {F} ({F:num}): \"kan ikke nå samvær i dag, ringer i morgen\".",
    "school|{ld}: vm fra {T:t}, {school}, {T:tlf}. Ønsker opringning vedr. fravær.",
    "{ld}: tlf. m. {MM:t} på {MM:num}. Bekymret for {C:g} søvn: \"{C:han} er vågen til langt ud på natten\".",
    "{ld} kl. {hm}: ringede {H:t} ({H:tlf}) – {C} vejet, stadig under kurven.",
    "{ld}: sms til {M}: \"Hej[[ {M}||]], husk mødet {dl} kl. {hm} på rådhuset, {room}. Mvh {W}\"",
    "{ld}: opkald fra skjult nummer kl. {hm}, lagde på uden at sige noget.",
    "{ld}: [[{M} ringede fra nyt nr.: {M:num}. Det gamle nr. ({M:num2}) er lukket.||{M} ringede fra nyt nr., som er rettet i kontaktoplysningerne. Det gamle nr. er lukket.]]",
    "{ld}: tlf. til {F}[[, {F:tlf}||]], ingen forbindelse. Brev sendt via Digital Post.",
    "{ld}: sms fra {AU:t}: \"Børnene er hos mig i nat. Mor er ikke hjemme. [[Ring {AU:num}||Ring til mig]]\".",
    "small|{ld}: vm fra {P:t}, {dag}: {C} blev ikke hentet kl. 17. Mor kom kl. 17.45.",
    "{ld}: talte med vagthavende hos politiet (114) om anmeldelsen fra {NB:t}, der {NB:bor}.",
    "{ld}: mail fra {Y:t} ({Y:mailv}) videresendt til journalen.",
    "teen|{ld}: {C} ringede selv fra {C:num} og spurgte, om {C:han} må sove hos {V} i weekenden.",
    "abroad|{ld}: opkald fra {FM:t} i {FM:land} ({FM:num}) via tolk. Vil gerne have billeder af børnene.",
    "{ld}: henviste {M} til Livslinien (70 201 201) og lægevagten (1813).",
    "{ld}: vm fra {KP}: {C} mødte ikke op til aftalen kl. {hm}. [[Ring {KP:num}.||Ring tilbage.]]",
    "sep|{ld} kl. {hm}: tlf. m. {F}. [[Oplyser ny adresse: {F:adrv}.||Oplyser, at han er flyttet; adressen er opdateret i CPR.]]",
    "{ld}: sms til {C}: \"Hej[[ {C}||]], det var godt at snakke med dig i dag. Vi ses {dl}. Hilsen {W}\"",
    "{ld}: ingen kontakt trods tre opkald og to sms'er. Brev sendt.",
    "school|{ld}: tlf. m. skolens kontor (omstillingen): {C} er ikke mødt i dag.",
    "{ld}: sms fra {M} kl. {hm}: \"undskyld jeg ikke tog den. {S} har feber. kan vi flytte til {wd}?\"",
    "anb|{ld}: ringede til {PM:t} på {PM:num}. {C} har sovet godt hele ugen, \"første gang længe\".",
    "{ld}: vm fra {B:t}, bisidder for mor, {B:tlf}. Ønsker kopi af partshøringen.",
    "{ld}: tlf. m. {FB:t} ({FB:num}): hjemmebesøget {dl} er flyttet til {time}.",
    "sf|{ld}: {SF} ringede fra {SF:num} og ville vide, hvorfor han ikke er indkaldt til mødet.",
    "{ld}: mail fra {M} ({M:mailv}): beder om kopi af barnets plan.",
    "{ld}: [[{F} skriver fra ny mail, {F:mailv}, at||{F} skriver via Digital Post, at]] han gerne vil deltage i mødet.",
    "{ld}: [[{M} oplyser {S:g} cpr-nr. ({S:cprv}) til brug for henvisningen.||{M} har sendt oplysninger om {S} til brug for henvisningen.]]",
    "teen|{ld}: ringede til {C} på {C:num}; {C:han} var i skole og ringer tilbage.",
    "{ld}: opslag i CPR viser, at {M} nu {M:bor}.",
    "{ld}: vm fra {NB:t} ({NB:num}), der {NB:bor}: larm i lejligheden hele natten.",
    "nick|{ld}: sms til {C}: \"Hej {C:n}! Husk vi ses i morgen efter skole. Mvh {W}\"",
    "{ld}: Storm og glatte veje – hjemmebesøget aflyst, ny tid sendt pr. sms til mor.",
    "school|{ld}: sms fra {TR:t}: \"{C} var til træning i går og var glad. Mvh {TR}\"",
]
G4_SIG = ["/{W:i}", "Noteret af {W:i}", "{W:i}", "Journalført af {W:f}"]

# ---------------------------------------------------------------------------
# Genre 5: network meeting invitations and participant lists
# ---------------------------------------------------------------------------
G5_HEAD = [
    "#venue|Invitation til netværksmøde\nVedr.: [[{C:f} {C:bp}||Barn A ({C:age})]]\nTid: {weekday} {date}, {time}\nSted: {venue}",
    "#venue|Kære [[{M} og {F}||forældre]]\n\nI inviteres hermed til netværksmøde om {C} {weekday} {date} {time} i {venue}.",
    "Hej alle\n\nSom aftalt holder vi netværksmøde om {C:g} situation {date}, {time}.",
    "NETVÆRKSMØDE – DELTAGERLISTE\n{jnr}\nMødedato: {date}",
    "#venue|Invitation til netværksmøde\nVedr.: [[{C:f}, {C:cpr}||Barn A, {C:age}]]\n{date}, {time}, {venue}",
    "Kære {MM:t}\n\nDu inviteres til netværksmøde om {C} {date} {time}, fordi {C} har peget på dig som en vigtig voksen.",
]
G5_BODY = [
    "Formålet er at lave en sikkerhedsplan sammen med familie og netværk, så {C} ved, hvem {C:han} kan gå til, hvis det bliver svært derhjemme.",
    "foreign|Der er bestilt tolk på {lang}.",
    "Mødet ledes af {W:t}. Referat skrives af {W2}.",
    "Giv venligst besked senest {dl}, om du kan deltage, til {W} på {W:num} eller {W:mailv}.",
    "Der er parkering i gården, og {bus} holder lige ved indgangen.",
    "#venue|Mødested:\n[[{MM:f}\n{MM:adr2}||hos mormor (adressen sendes til deltagerne særskilt)]]",
    "#venue|Mødet holdes hjemme hos {MM:t}, [[{MM:adrv}||adressen sendes særskilt]].",
    "Dagsorden:\n1. Velkomst og runde ({mins} min.)\n2. Hvad er vi bekymrede for?\n3. Hvad går godt?\n4. Hvad skal der ske? – sikkerhedsplan\n5. Aftaler og næste møde {dl}",
    "{C} har ønsket, at {V:t} og {V:g} mor også inviteres.",
    "school|{C} har selv valgt {AU:t} og {TR:t} som sine voksne i netværket.",
    "sep|Bemærk: {F} og {M} sidder ikke ved samme bord, og {F} deltager de første 30 minutter.",
    "Husk, at alle deltagere har tavshedspligt om det, der bliver sagt på mødet. Har du brug for at tale med nogen bagefter, kan du kontakte {help}.",
    "Kontakt ved afbud: {W2:f}, {W2:tlf}.",
    "Der serveres kaffe og boller. Mødet varer {mins} minutter.",
    "{C} deltager selv den første halve time og går derefter med {P:t} i {dag_or_school}.",
    "Vi mødes igen {dl} for at se, om planen holder.",
    "#venue,!anb|Mødested: familiens hjem, [[{M:adrv}||adressen er kendt af deltagerne]].",
    "Spørgsmål kan rettes til {W} på {W:mail} eller {W:tlf}.",
    "nick|{C} – kaldet {C:n} – har selv lavet navneskilte til alle.",
]
G5_PART_HEAD = ["Deltagere:", "Inviterede:", "Deltagerliste:", "Disse er inviteret:"]
G5_PART = [
    "- [[{M:f} (mor), {M:tlf}||Mor]]",
    "sep|- [[{F:f} (far), {F:adrv}, {F:tlf}, {F:mail}||Far (egen bolig, kontakt via sagsbehandler)]]",
    "!sep|- [[{F:f} (far), {F:tlf}||Far]]",
    "- [[{C:f}, {C:b}||Barn A, {C:age}]] (deltager den første halve time)",
    "- [[{MM:f}, mormor, {MM:b}, {MM:tlf}||Mormor]]",
    "- [[{AU:f} (moster), {AU:mail}||Moster]]",
    "school|- [[{T:f}, klasselærer, {school}, {T:mail}||Klasselærer, {school}]]",
    "small|- [[{P:f}, pædagog, {dag}||Pædagog, {dag}]]",
    "school|- [[{TR:f}, fodboldtræner, {club}, {TR:tlf}||Træner fra {club}]]",
    "- [[{NB:f}, nabo, {NB:adrv}||Nabo fra opgangen]]",
    "- [[{W:f}, myndighedsrådgiver, {kommune}, {W:tlf}, {W:mail}||Myndighedsrådgiver, {kommune}]]",
    "- [[{FB:f}, familiebehandler, {org}||Familiebehandler, {org}]]",
    "sf|- [[{SF:f}, mors samlever, {SF:b}||Mors samlever]]",
    "anb|- [[{PM:f} og {PF:f}, plejeforældre, {PM:adrv}||Plejeforældrene]]",
    "abroad|- [[{FM:f} (farmor), deltager via video fra {FM:land}, {FM:tlf}||Farmor (deltager via video)]]",
    "- [[{UN:f} (farbror), {UN:tlf}||Farbror]]",
    "- [[{M:f}, mor, {M:b}, {M:adrv}, {M:mail}||Mor]]",
    "- [[{S:f} ({S:rel}), {S:b}||Barn B ({S:rel})]]",
    "!mfdead|- [[{MF:f} (morfar), {MF:tlf}, {MF:mail}||Morfar]]",
    "- [[{AU:f} (moster), {AU:adrv}, {AU:tlf}||Moster]]",
    "- [[{V:f} og forældre, {V:adrv}||En klassekammerat og forældre]]",
]
G5_SIG = [
    "Med venlig hilsen\n[[{W:f}\n{W:title}, {kommune}\n{W:tlf} | {W:mail}||Myndighedsrådgiver, Børne- og Familieafdelingen, {kommune}]]",
    "Venlig hilsen\n{W}",
    "Mvh. [[{W:f}, {W:tlf}||sagsbehandleren]]",
    "Hilsen {W:i}",
]

# ---------------------------------------------------------------------------
# Extra look-alike sentences (no persons) used mostly in the clean corpus
# ---------------------------------------------------------------------------
LOOKALIKE_EXTRA = {
    1: ["Sagen har {jnr} og blev sidst drøftet på teammødet {date}.",
        "Maj 2023 står på tavlen som det tidspunkt, hvor det \"knækkede\".",
        "Fristen efter § 20, stk. 3, udløber {dl}.",
        "Husk at journalisere referatet under {jnr} senest {dl}.",
        "Mødet startede {time} i {room} og sluttede til tiden.",
        "Sikkerhedsmålet blev skaleret til 4 på skalaen fra 0 til 10 (Signs of Safety).",
        "Genogram og tidslinje er fotograferet og lagt på sagen under {jnr}."],
    2: ["Samtalen fandt sted i {room} {time}.",
        "Tre huse-metoden blev brugt; tegningen er scannet ind under {jnr}.",
        "Fredag skal barnet til tandlæge, så næste samtale er flyttet til {dl}.",
        "Barnet tager {bus} hjem og var bekymret for at nå bussen kl. {hm}."],
    3: ["Planen er journaliseret under {jnr}.",
        "Udgiften til indsatsen er {amount} pr. måned og afholdes efter {law}.",
        "Juni 2025: forventet afslutning af den støttende indsats.",
        "Opfølgning sker senest {dl} jf. {law}.",
        "Metode: Signs of Safety. Sikkerhedsplanen er vedhæftet som bilag 2.",
        "ICS-trekanten er udfyldt for alle tre sider; se bilag 1."],
    4: ["{ld}: ringede til kommunens hovednummer, ventetid 25 min. Opgav.",
        "{ld}: sms-påmindelse om mødet {dl} {time} sendt automatisk fra systemet.",
        "{ld}: journalnotat oprettet under {jnr}.",
        "{ld} kl. {hm}: vm fra lægesekretær – ring tilbage i telefontiden 8-9."],
    5: ["Mødet holdes i {room}; tag elevatoren til 2. sal.",
        "Sagsnummeret ({jnr}) bedes angivet ved afbud.",
        "Tirsdag {dl} er reservedato, hvis mødet må aflyses.",
        "Ved akut fare ring 112. Børn og unge kan ringe anonymt til Børnetelefonen på 116 111."],
}

# ---------------------------------------------------------------------------
# institutions.jsonl templates ({I1}, {I2} are institution spans; persons by role only)
# ---------------------------------------------------------------------------
INST_TEMPLATES = [
    "Barnet går i 3.b på {school} og bruger SFO'en efter skoletid.",
    "Drengen skiftede i august fra {school} til {special}, hvor klasserne har højst seks elever.",
    "Pigen har gået i {kindergarten} siden hun var tre år, og pædagogerne beskriver hende som vellidt.",
    "Den unge er anbragt på {placement}, og kontaktpædagogen deltager i næste netværksmøde.",
    "Plejefamilien er godkendt og får supervision gennem {foster}.",
    "Familien har fået et ferieophold betalt af {foundation}.",
    "Underretningen kom fra {school}, hvor klasselæreren havde set mærker på barnets arme.",
    "Efter sommerferien flytter søskendeparret til {placement}; den ældste fortsætter på {school}.",
    "Lillebror går i {kindergarten}, mens storesøster går i 5. klasse på {school}.",
    "Socialrådgiveren har bedt {foundation} om støtte til et sommerlejrophold.",
    "Mor ønsker, at barnet bliver i {kindergarten} frem til skolestart.",
    "Familiebehandlingen foregår i {centre}, to gange om ugen.",
    "Plejemor fortalte, at familieplejekonsulenten fra {foster} kommer hver sjette uge.",
    "Den unge bor nu på {placement} og går i skole på {special}.",
    "Skolens AKT-lærer fra {school} og pædagogen fra {daycare} mødtes for at planlægge overgangen.",
    "Ansøgningen til {foundation} blev sendt af sagsbehandleren sammen med en udtalelse fra {school}.",
    "Barnet var i aflastning på {placement} hver tredje weekend i foråret.",
    "Far henter barnet i {daycare} om torsdagen, og mormor henter om fredagen.",
    "Ifølge lederen af {placement} har den unge ikke været væk om natten i to måneder.",
    "Sundhedsplejersken har et ugentligt åbent hus i {centre}.",
]
# Lower-case generic heads stay outside the span (convention shown in institutions.jsonl)
INST_LOWER = [
    ("Den unge har boet på opholdsstedet ", "Kastanjegården", " siden marts, og kontaktpædagogen ringer hver fredag."),
    ("Mor og pædagogerne fra børnehaven ", "Mariehønen", " er enige om, at overgangen til skole skal ske langsomt."),
    ("Drengen var på døgninstitutionen ", "Skovbrynet", " i tre måneder, inden han kom i plejefamilie."),
    ("Lillesøster er startet i vuggestuen ", "Myretuen", ", og mor henter hende kl. 15."),
    ("Støtten til ferieturen kom fra fonden ", "Trinbrættet", ", efter at sagsbehandleren havde skrevet en ansøgning."),
]
