# -*- coding: utf-8 -*-
"""Hand-written pools for the blind18 corpus. All persons invented.
Lists only (no sets), so iteration order is fixed."""

# origin -> (female first names, male first names, surnames)
NAMES = {
    "dk": (
        ["Anna", "Emma", "Ida", "Freja", "Clara", "Karla", "Mathilde", "Sofie", "Laura", "Ella",
         "Alma", "Agnes", "Josefine", "Victoria", "Astrid", "Frida", "Mette", "Hanne", "Susanne",
         "Lene", "Pia", "Camilla", "Louise", "Maria", "Katrine", "Rikke", "Tina", "Heidi", "Julie",
         "Signe", "Nanna", "Malene", "Trine", "Birgitte", "Kirsten", "Charlotte", "Helle", "Dorthe"],
        ["William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Emil", "Alfred", "Oliver",
         "Magnus", "Elias", "Valdemar", "Frederik", "Mikkel", "Rasmus", "Jonas", "Mads", "Søren",
         "Jesper", "Henrik", "Thomas", "Martin", "Lars", "Jens", "Niels", "Peter", "Kasper",
         "Anders", "Morten", "Brian", "Kenneth", "Dennis", "Jannik", "Tobias", "Sebastian", "Anton",
         "Johan", "Aksel", "Steffen", "Ulrik"],
        ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen", "Johansen",
         "Møller", "Mortensen", "Knudsen", "Jakobsen", "Frederiksen", "Laursen", "Henriksen",
         "Schmidt", "Eriksen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
         "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Mølgaard",
         "Dalsgaard", "Bech", "Overgaard", "Friis", "Brandt", "Damgaard", "Kragh", "Thygesen",
         "Bundgaard", "Holm", "Lund"],
    ),
    "dkrare": (
        ["Silje", "Ingrid", "Thyra", "Esther", "Svea", "Liva", "Merle", "Elvira", "Lærke", "Karoline",
         "Rosa", "Ronja", "Vigga", "Iben", "Sol", "Lykke", "Bjørk", "Asta", "Dagmar", "Ellinor"],
        ["Asger", "Tage", "Vitus", "Bertram", "Villads", "Halfdan", "Gorm", "Ejner", "Otto", "Sigurd",
         "Birk", "Hjalte", "Kaj", "Folmer", "Ebbe", "Storm", "Bo", "Ask", "Ulv", "Frej", "Vinter",
         "Bastian", "Eskild"],
        ["Egelund", "Lindskov", "Bøgelund", "Kildegaard", "Solvang", "Havmand", "Stjernholm",
         "Birkemose", "Fuglsang", "Ørnebjerg", "Skovbo", "Lyngholm", "Engberg", "Skov", "Vinter",
         "Ravn", "Storm", "Lykke", "Bak", "Høj", "Mosegaard", "Tornvig", "Ulvsgaard"],
    ),
    "gl": (
        ["Aviaja", "Pipaluk", "Naja", "Ivalo", "Nivi", "Paninnguaq", "Arnaq", "Bolatta"],
        ["Nuka", "Malik", "Inuk", "Minik", "Aputsiaq", "Kunuk", "Hans-Henrik", "Pavia"],
        ["Kleist", "Lynge", "Petrussen", "Heilmann", "Rosing", "Egede", "Motzfeldt", "Berthelsen",
         "Lyberth", "Kreutzmann"],
    ),
    "fo": (
        ["Turið", "Sunneva", "Guðrun", "Rannvá", "Bjørg", "Eyð", "Ragna", "Marjun"],
        ["Rógvi", "Bárður", "Heðin", "Eyðun", "Jógvan", "Sjúrður", "Hanus", "Súni"],
        ["Joensen", "Djurhuus", "Poulsen", "Dam", "Jacobsen", "á Ryggi", "við Høgadalsá", "í Líð",
         "Hentze", "Olsen"],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Ilhan", "Sahra", "Nasra", "Hibo", "Ifrah", "Deeqa"],
        ["Abdirahman", "Hassan", "Abdullahi", "Hamza", "Yusuf", "Mahad", "Liban", "Abdiaziz"],
        ["Warsame", "Mohamed", "Abdi", "Farah", "Hirsi", "Osman", "Ali", "Jama", "Nur", "Egal"],
    ),
    "ar": (
        ["Fatima", "Layla", "Yasmin", "Rania", "Nour", "Zainab", "Amira", "Hiba", "Rasha", "Salma"],
        ["Mohammad", "Ahmad", "Omar", "Khaled", "Youssef", "Karim", "Bilal", "Tariq", "Mustafa"],
        ["Al-Hassan", "El-Khatib", "Haddad", "Saleh", "Abdallah", "Nasser", "Mansour", "Khalil",
         "Hamdan", "Al-Zein"],
    ),
    "ku": (
        ["Rojin", "Dilan", "Berfin", "Shirin", "Delal", "Nazdar", "Hêvî", "Jiyan"],
        ["Azad", "Roj", "Baran", "Serhat", "Dilshad", "Rebwar", "Kawa", "Zagros"],
        ["Amedi", "Rashid", "Doski", "Hawrami", "Sindi", "Zebari", "Berwari"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Ecrin", "Esra", "Büşra", "Meryem", "Hatice"],
        ["Emre", "Mert", "Burak", "Eymen", "Deniz", "Furkan", "Oğuz", "Kerem"],
        ["Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Kılıç", "Doğan", "Kaya"],
    ),
    "af": (
        ["Zahra", "Mariam", "Parwana", "Nazanin", "Marzia", "Freshta", "Shabnam"],
        ["Farid", "Sohrab", "Habibullah", "Wahid", "Rahim", "Jawad", "Mirwais", "Naweed"],
        ["Rahimi", "Ahmadzai", "Karimi", "Hashemi", "Sultani", "Noori", "Popal", "Stanikzai"],
    ),
    "pk": (
        ["Ayesha", "Hira", "Sana", "Zoya", "Mehwish", "Rabia", "Saima"],
        ["Imran", "Usman", "Faisal", "Hamid", "Zeeshan", "Asif", "Waqas"],
        ["Khan", "Butt", "Chaudhry", "Qureshi", "Malik", "Iqbal", "Mirza", "Javed"],
    ),
    "pl": (
        ["Zuzanna", "Wiktoria", "Agnieszka", "Małgorzata", "Oliwia", "Katarzyna", "Joanna", "Magdalena"],
        ["Kacper", "Jakub", "Paweł", "Szymon", "Tomasz", "Krzysztof", "Piotr", "Wojciech"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Lewandowski", "Kamińska", "Zieliński",
         "Szymańska", "Grabowski", "Dąbrowska"],
    ),
    "ua": (
        ["Sofiia", "Olena", "Anastasiia", "Kateryna", "Yuliia", "Iryna", "Daryna", "Oksana"],
        ["Oleksandr", "Dmytro", "Bohdan", "Yaroslav", "Taras", "Andrii", "Maksym", "Vasyl"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatiuk",
         "Savchuk"],
    ),
    "ro": (
        ["Ioana", "Bianca", "Roxana", "Andreea", "Mădălina", "Florentina", "Denisa"],
        ["Andrei", "Mihai", "Florin", "Ionuț", "Cosmin", "Marius", "Bogdan"],
        ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Constantinescu", "Lungu", "Rusu"],
    ),
    "ba": (
        ["Amra", "Lejla", "Selma", "Dženana", "Aida", "Merima", "Azra", "Emina"],
        ["Emir", "Adnan", "Edin", "Haris", "Mirza", "Tarik", "Kenan", "Senad"],
        ["Hodžić", "Begović", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Hasanović", "Softić"],
    ),
    "er": (
        ["Semhar", "Saron", "Mehret", "Luwam", "Senait", "Helen", "Winta", "Ruta"],
        ["Yonas", "Tesfay", "Filmon", "Abrham", "Dawit", "Robel", "Merhawi", "Natnael"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Tekle", "Woldu", "Ghebreyesus", "Kidane"],
    ),
    "vn": (
        ["Linh", "Thao", "Trang", "Phuong", "Ngoc Anh", "Thi Lan", "Mai", "Huong"],
        ["Minh", "Huy", "Quang", "Duc", "Van Hung", "Tuan", "Khoa", "Bao"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"],
    ),
    "th": (
        ["Siriporn", "Kanya", "Ploy", "Malee", "Araya", "Pim", "Nattaya", "Wanida"],
        ["Nattapong", "Somchai", "Anan", "Kittisak", "Thanawat", "Prasert"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Saelim", "Boonmee", "Rattanakorn"],
    ),
    "ph": (
        ["Maricel", "Rowena", "Analyn", "Jonalyn", "Rhea", "Cherry Mae", "Kristine"],
        ["Jhun", "Marvin", "Jericho", "Rommel", "Jayson", "Arnel"],
        ["Santos", "Dela Cruz", "Reyes", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan"],
    ),
    "en": (
        ["Chloe", "Jessica", "Megan", "Olivia", "Amelia", "Grace", "Hannah"],
        ["Jack", "Harry", "Liam", "Kyle", "Callum", "Ryan", "Ethan"],
        ["Smith", "Taylor", "O'Brien", "Walsh", "Murphy", "Hughes", "Fletcher", "McKenzie"],
    ),
}

# weights of origins for families and for professionals
FAMILY_ORIGINS = [("dk", 30), ("dkrare", 10), ("gl", 5), ("fo", 4), ("so", 6), ("ar", 6), ("ku", 4),
                  ("tr", 5), ("af", 4), ("pk", 3), ("pl", 5), ("ua", 5), ("ro", 3), ("ba", 3),
                  ("er", 3), ("vn", 3), ("th", 2), ("ph", 2), ("en", 2)]
PRO_ORIGINS = [("dk", 55), ("dkrare", 12), ("gl", 2), ("fo", 3), ("so", 2), ("ar", 4), ("ku", 2),
               ("tr", 4), ("af", 1), ("pk", 2), ("pl", 3), ("ua", 1), ("ro", 1), ("ba", 3),
               ("er", 1), ("vn", 2), ("th", 1), ("ph", 1), ("en", 2)]

NICKNAMES = {
    "Mikkel": "Mikke", "Sebastian": "Basse", "Frederik": "Frede", "Valdemar": "Valde",
    "Abdirahman": "Abdi", "Oleksandr": "Sasha", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Mohammad": "Mo", "Victoria": "Vicky", "Josefine": "Fie", "Alexander": "Alex",
    "Magdalena": "Magda", "Wojciech": "Wojtek", "Abdullahi": "Abdul", "Mustafa": "Musse",
    "Christian": "Chris", "Nattapong": "Nat", "Habibullah": "Habib", "Charlotte": "Lotte",
    "Bertram": "Bertie", "Anastasiia": "Nastia", "Hans-Henrik": "HH", "Kasper": "Kaspi",
    "Yaroslav": "Slava", "Zuzanna": "Zuza", "Paninnguaq": "Pani", "Emil": "Emse",
}

TYPOS = {
    "Mohammad": "Mohamad", "Mathilde": "Matilde", "Sofie": "Sophie", "Rasmus": "Rasmuss",
    "Jannik": "Janik", "Zeynep": "Zeynap", "Katarzyna": "Katarzina", "Oleksandr": "Olexandr",
    "Abdirahman": "Abdirahmaan", "Frederik": "Fredrik", "Kristensen": "Kristiansen",
    "Nielsen": "Nielssen", "Sørensen": "Sørrensen", "Jakobsen": "Jacobsen", "Yılmaz": "Yilmaz",
    "Hodžić": "Hodzic", "Al-Hassan": "Alhassan", "Christensen": "Kristensen", "Kowalski": "Kovalski",
    "Tesfamariam": "Tesfamarjam", "Ahmad": "Achmad", "Josefine": "Josephine",
}

# Real postcodes/towns grouped by municipality; (municipality, mail domain, switchboard digits)
KOMMUNER = [
    ("Aarhus", "aarhus.dk", "89402000", [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"),
                                         ("8220", "Brabrand"), ("8260", "Viby J"), ("8270", "Højbjerg")]),
    ("Odense", "odense.dk", "66131372", [("5000", "Odense C"), ("5200", "Odense V"), ("5220", "Odense SØ"),
                                         ("5250", "Odense SV"), ("5270", "Odense N")]),
    ("Aalborg", "aalborg.dk", "99313131", [("9000", "Aalborg"), ("9210", "Aalborg SØ"),
                                           ("9220", "Aalborg Øst"), ("9400", "Nørresundby")]),
    ("Vejle", "vejle.dk", "76810000", [("7100", "Vejle"), ("7120", "Vejle Øst"), ("7300", "Jelling"),
                                       ("7080", "Børkop")]),
    ("Randers", "randers.dk", "89151515", [("8900", "Randers C"), ("8920", "Randers NV"),
                                           ("8930", "Randers NØ"), ("8940", "Randers SV")]),
    ("Horsens", "horsens.dk", "76292929", [("8700", "Horsens"), ("8740", "Brædstrup")]),
    ("Esbjerg", "esbjerg.dk", "76161616", [("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("6710", "Esbjerg V"),
                                           ("6715", "Esbjerg N"), ("6731", "Tjæreborg")]),
    ("Kolding", "kolding.dk", "79797979", [("6000", "Kolding"), ("6091", "Bjert")]),
    ("Herning", "herning.dk", "96282828", [("7400", "Herning"), ("7480", "Vildbjerg")]),
    ("Silkeborg", "silkeborg.dk", "89701000", [("8600", "Silkeborg"), ("8620", "Kjellerup")]),
    ("Viborg", "viborg.dk", "87878787", [("8800", "Viborg"), ("8830", "Tjele")]),
    ("Holbæk", "holb.dk", "72363636", [("4300", "Holbæk"), ("4340", "Tølløse")]),
    ("Næstved", "naestved.dk", "55885588", [("4700", "Næstved"), ("4160", "Herlufmagle")]),
    ("Slagelse", "slagelse.dk", "58573600", [("4200", "Slagelse"), ("4220", "Korsør"), ("4230", "Skælskør")]),
    ("København", "kk.dk", "33663366", [("2200", "København N"), ("2300", "København S"),
                                        ("2400", "København NV"), ("2450", "København SV"),
                                        ("2500", "Valby"), ("2700", "Brønshøj"), ("2720", "Vanløse")]),
]

STREETS = [
    "Skolevej", "Kirkevej", "Bakkevej", "Engvej", "Birkevej", "Egevej", "Lindevej", "Ahornvej",
    "Rosenvej", "Møllevej", "Stationsvej", "Parkvej", "Strandvej", "Ringvej", "Toftevej",
    "Grønnegade", "Søndergade", "Nørregade", "Vestergade", "Østergade", "Storegade", "Bredgade",
    "Algade", "Torvegade", "Havnegade", "Kastanievej", "Hybenvej", "Syrenvej", "Tjørnevej",
    "Pilevej", "Granvej", "Elmevej", "Fasanvej", "Vibevej", "Lærkevej", "Mejsevej", "Skovbrynet",
    "Engdraget", "Bøgevang", "Kløvervænget", "Hasselvej", "Åvej", "Bygaden", "Højvangen",
    "Humlebakken", "Fælledvej", "Markvej", "Tranevej", "Grøndalsvej", "Vænget", "Solbakken",
    "Nyvej", "Banegårdsgade", "Blåbærvej", "Hjortevej", "Ærtebjerget", "Agervang",
]

# foreign addresses (already complete strings), country label
FOREIGN_ADDR = [
    ("Aqqusinersuaq 14, 3900 Nuuk", "Grønland"),
    ("Imaneq 33, 3. sal, 3900 Nuuk", "Grønland"),
    ("Qarsaaq 7B, 3911 Sisimiut", "Grønland"),
    ("Jónas Broncks gøta 9, FO-100 Tórshavn", "Færøerne"),
    ("Undir Bakka 4, FO-410 Kollafjørður", "Færøerne"),
    ("Storgatan 22, 211 41 Malmö", "Sverige"),
    ("Friedrichstraße 12, 24937 Flensburg", "Tyskland"),
    ("ul. Grunwaldzka 18 m. 4, 80-236 Gdańsk", "Polen"),
    ("ul. Piotrkowska 112/6, 90-006 Łódź", "Polen"),
    ("vul. Franka 41, kv. 7, 79000 Lviv", "Ukraine"),
    ("Atatürk Cad. No: 45 D: 6, 35210 Konak/İzmir", "Tyrkiet"),
    ("Str. Florilor nr. 9, 400000 Cluj-Napoca", "Rumænien"),
    ("27 Hillside Road, Leeds LS7 2AB", "England"),
    ("Thorvald Meyers gate 14, 0555 Oslo", "Norge"),
    ("Titova 23, 71000 Sarajevo", "Bosnien-Hercegovina"),
]

FOREIGN_PHONE = {  # country prefix -> digit groups
    "+46": [2, 3, 2, 2], "+48": [3, 3, 3], "+90": [3, 3, 2, 2], "+299": [2, 2, 2], "+298": [2, 2, 2],
    "+44": [4, 6], "+380": [2, 3, 4], "+252": [2, 7], "+49": [3, 8], "+40": [3, 3, 3], "+387": [2, 3, 3],
}

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
                   "icloud.com", "mail.dk", "jubii.dk", "protonmail.com", "yahoo.com", "outlook.com"]

# public numbers that may appear outside spans (digits only)
PUBLIC_NUMBERS = ["112", "114", "1813", "116111", "72567000", "33411200", "70128063", "70102030",
                  "35291000", "70121314", "80303340"] + [k[2] for k in KOMMUNER]

PUBLIC_LABELS = [
    ("Familieretshuset", "72 56 70 00"), ("Ankestyrelsen", "33 41 12 00"),
    ("Udbetaling Danmark, Familieydelser", "70 12 80 63"), ("Børns Vilkår, forældretelefonen", "35 29 10 00"),
]

# CVR / EAN look-alikes for clean texts (invented; CVR are 8 digits and whitelisted)
CVR = ["29189471", "55133018", "35209115", "29190623", "41337281", "38926417", "29189919", "44023956"]
EAN = ["5798005770118", "5798007614519", "5798000426112", "5798008853207", "5798003310521"]

INSTITUTIONS = [
    "Privatskolen Kildebakken", "Friskolen i Stubbekøbing", "Lilleskolen ved Fjorden",
    "Den Private Børnehave Mælkebøtten", "Børnehuset Spiren", "Naturbørnehaven Myretuen",
    "Opholdsstedet Egely", "Bostedet Havbrisen", "Døgntilbuddet Solhøj", "Ungehuset Kompasset",
    "Fritidsklubben Fyrtårnet", "Plejefamiliecentret Vestkysten", "Familieplejen Kompas ApS",
    "Netværksplejeforeningen Broen", "Vestkystens Efterskole", "Egebjerg Idrætsefterskole",
    "Efterskolen Lindely", "Kristrup Friskole", "Den Lille Skole Vinkelhuset", "Skovbørnehaven Egernet",
    "Opholdsstedet Stenhøjgaard", "Bo- og Udviklingscentret Lyngbo", "Dagplejen Troldehøj",
    "Rideklubben Hestehoven", "Bokseklubben Ringhjørnet", "Gymnastikforeningen Spring",
    "Musikskolen Tonerne", "Friskolen Lindebjerg", "Privatskolen Nordlyset", "Efterskolen Kragsbjerg",
    "Opholdsstedet Fyrrebo", "Plejefamilieforeningen Rødder og Vinger", "Behandlingshjemmet Skovbakken",
    "Vuggestuen Solstrålen", "Ungdomsklubben Bunkeren",
]

INST_TYPED = {
    "skole": ["Privatskolen Kildebakken", "Friskolen i Stubbekøbing", "Lilleskolen ved Fjorden", "Kristrup Friskole",
              "Den Lille Skole Vinkelhuset", "Friskolen Lindebjerg", "Privatskolen Nordlyset"],
    "dagtilbud": ["Den Private Børnehave Mælkebøtten", "Børnehuset Spiren", "Naturbørnehaven Myretuen",
                  "Skovbørnehaven Egernet", "Dagplejen Troldehøj", "Vuggestuen Solstrålen"],
    "ophold": ["Opholdsstedet Egely", "Bostedet Havbrisen", "Døgntilbuddet Solhøj", "Opholdsstedet Stenhøjgaard",
               "Bo- og Udviklingscentret Lyngbo", "Opholdsstedet Fyrrebo", "Behandlingshjemmet Skovbakken"],
    "klub": ["Fritidsklubben Fyrtårnet", "Ungehuset Kompasset", "Rideklubben Hestehoven", "Bokseklubben Ringhjørnet",
             "Gymnastikforeningen Spring", "Musikskolen Tonerne", "Ungdomsklubben Bunkeren"],
    "pleje": ["Plejefamiliecentret Vestkysten", "Familieplejen Kompas ApS", "Netværksplejeforeningen Broen",
              "Plejefamilieforeningen Rødder og Vinger"],
    "efterskole": ["Vestkystens Efterskole", "Egebjerg Idrætsefterskole", "Efterskolen Lindely", "Efterskolen Kragsbjerg"],
}
