# -*- coding: utf-8 -*-
"""Hand-written pools for the blind27 corpus. All persons are invented.
Lists only (no sets), so iteration order is fixed."""

# origin -> (female first names, male first names, surnames)
NAMES = {
    "dk": (
        ["Anne", "Mette", "Maria", "Louise", "Camilla", "Sofie", "Ida", "Emma", "Freja", "Clara",
         "Laura", "Julie", "Karen", "Hanne", "Lene", "Susanne", "Tina", "Pia", "Helle", "Birgitte",
         "Charlotte", "Signe", "Nanna", "Cecilie", "Katrine", "Malene", "Rikke", "Trine", "Marianne",
         "Dorthe", "Vibeke", "Astrid", "Alberte", "Agnes", "Ella", "Olivia", "Josefine", "Karla",
         "Anne Sofie", "Marie Louise"],
        ["Lars", "Jens", "Peter", "Søren", "Anders", "Henrik", "Thomas", "Martin", "Michael", "Rasmus",
         "Mads", "Jonas", "Mikkel", "Frederik", "Christian", "Niels", "Kasper", "Morten", "Jesper",
         "Bjarne", "Torben", "Poul", "Kim", "Ole", "Carl", "Oscar", "William", "Noah", "Lucas", "Emil",
         "Malthe", "Victor", "Magnus", "Aksel", "Elias", "Villads", "Anton", "Valdemar", "Theodor",
         "Hans Christian", "Jens Peter"],
        ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
         "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
         "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Schmidt", "Eriksen", "Holm",
         "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen",
         "Mogensen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Jepsen", "Dalgaard",
         "Søndergaard", "Overgaard", "Nørgaard", "Bundgaard", "Brandt", "Damgaard", "Krogh", "Bech",
         "Juhl", "Kirkegaard", "Thygesen", "Bisgaard", "Egholm", "Hedegaard", "Kruse", "Steffensen",
         "Bertelsen", "Holm Kristensen", "Bak Nielsen"],
    ),
    "dk_rare": (
        ["Ronja", "Solvej", "Siv", "Tilde", "Merle", "Kamma", "Silje", "Hjørdis", "Gry", "Liva",
         "Vilje", "Alvilda", "Vigga", "Bjørk", "Esther", "Ingeborg", "Asta"],
        ["Eigil", "Balder", "Bertram", "Halfdan", "Konrad", "Lauge", "Thorvald", "Ebbe", "Osvald",
         "Ingolf", "Elmer", "Sixten", "Folmer", "Gorm", "Holger"],
        ["Fjordside", "Lindskov", "Engholt", "Birkmose", "Stenbæk", "Ravnsbjerg", "Kildemose",
         "Hvidberg", "Ågaard", "Højbjerg", "Elmquist", "Bæksted", "Lyngsø", "Tarp", "Hørlyck"],
    ),
    "dk_word": (
        ["Sol", "Lykke", "Maj", "Lærke"],
        ["Storm", "Bo", "Ask", "Ulv", "Frej"],
        ["Skov", "Vinter", "Ravn", "Dam", "Bak"],
    ),
    "gl": (
        ["Nivi", "Naja", "Paninnguaq", "Ivalu", "Pipaluk", "Aviaja", "Arnaq", "Malu", "Nukaaka", "Aaju"],
        ["Malik", "Ujarak", "Inunnguaq", "Kunuk", "Nuka", "Aqqalu", "Minik", "Aputsiaq", "Pavia", "Hendrik"],
        ["Kleist", "Lynge", "Motzfeldt", "Heilmann", "Berthelsen", "Kreutzmann", "Lyberth",
         "Nathanielsen", "Zeeb", "Kuko", "Fleischer", "Kielsen"],
    ),
    "fo": (
        ["Rannvá", "Guðrun", "Sigrid", "Ása", "Bára", "Turið", "Jóhanna", "Marjun", "Sunneva", "Elin"],
        ["Jógvan", "Rúni", "Sjúrður", "Heðin", "Bárður", "Tróndur", "Óli", "Eyðun", "Símun", "Pætur", "Brandur"],
        ["Joensen", "Jacobsen", "Dalsgaard", "Højgaard", "Niclasen", "Ellefsen", "Danielsen",
         "Johannesen", "Debes", "Nolsøe", "á Lakjuni", "við Stein"],
    ),
    "so": (
        ["Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Nimco", "Hibo", "Maryan", "Ayaan", "Ubah"],
        ["Abdi", "Mohamed", "Abdirahman", "Liban", "Guled", "Farah", "Yusuf", "Abdullahi", "Bashir", "Mahad"],
        ["Warsame", "Hussein", "Jama", "Nur", "Osman", "Mohamud", "Egal", "Aden", "Ismail", "Dirie",
         "Abdi Warsame", "Hassan Nur"],
    ),
    "ar": (
        ["Fatima", "Aisha", "Mariam", "Layla", "Noor", "Yasmin", "Huda", "Rania", "Salma", "Zainab", "Hiba", "Lina"],
        ["Mohammad", "Ahmad", "Omar", "Khaled", "Youssef", "Ibrahim", "Mahmoud", "Karim", "Tariq",
         "Samir", "Hamza", "Rami"],
        ["Al-Hassan", "El-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hamdan",
         "Abu Shanab", "Al-Khatib", "Darwish", "Qasem", "Ayoub"],
    ),
    "ku": (
        ["Rojin", "Berfin", "Hêvî", "Dilan", "Nazdar", "Shilan", "Zilan", "Nishtiman"],
        ["Rebin", "Dilshad", "Kawa", "Azad", "Baran", "Shwan", "Aram", "Karwan"],
        ["Rashid", "Mustafa", "Zebari", "Hawrami", "Kakai", "Sherwani", "Shekhani", "Goran"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Emine", "Büşra", "Merve", "Esra", "Hatice", "Derya", "Özlem"],
        ["Mehmet", "Emre", "Burak", "Hakan", "Murat", "Kemal", "Oğuz", "Serkan", "Ömer"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
         "Doğan", "Kılıç", "Aksoy", "Erdem"],
    ),
    "af": (
        ["Fariba", "Mursal", "Zahra", "Parwana", "Shabnam", "Nilofar", "Mahbooba", "Zarmina", "Freshta"],
        ["Farid", "Nawid", "Wahid", "Rahmatullah", "Ehsan", "Javid", "Mirwais", "Hamid", "Naqibullah", "Ahmad Shah"],
        ["Ahmadzai", "Popal", "Stanikzai", "Rahimi", "Karimi", "Hakimi", "Sultani", "Noori",
         "Mohammadi", "Wardak", "Safi", "Hashimi", "Amiri"],
    ),
    "pk": (
        ["Sana", "Ayesha", "Saima", "Nadia", "Rabia", "Mehwish", "Iqra", "Bushra", "Uzma"],
        ["Imran", "Usman", "Bilal", "Faisal", "Asif", "Kashif", "Adnan", "Shahid", "Zeeshan", "Waqas"],
        ["Khan", "Butt", "Chaudhry", "Iqbal", "Qureshi", "Raja", "Hussain", "Akhtar", "Javed"],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata", "Zofia", "Zuzanna", "Natalia", "Ewa", "Aleksandra"],
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Jakub", "Kacper", "Wojciech", "Łukasz", "Marek"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jankowski"],
    ),
    "ua": (
        ["Olena", "Oksana", "Iryna", "Nataliia", "Yuliia", "Tetiana", "Kateryna", "Sofiia", "Viktoriia", "Anastasiia"],
        ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras", "Yurii", "Bohdan", "Maksym", "Vasyl"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
         "Oliinyk", "Savchenko", "Rudenko", "Marchenko", "Lysenko", "Ponomarenko"],
    ),
    "ro": (
        ["Ioana", "Andreea", "Elena", "Mihaela", "Cristina", "Gabriela", "Roxana", "Bianca", "Denisa"],
        ["Andrei", "Mihai", "Gheorghe", "Florin", "Adrian", "Vasile", "Cosmin", "Ionuț", "Bogdan", "Marius"],
        ["Popescu", "Ionescu", "Dumitru", "Stoica", "Gheorghiu", "Munteanu", "Constantin", "Rusu",
         "Lungu", "Ciobanu", "Matei", "Dobre"],
    ),
    "ba": (
        ["Amra", "Lejla", "Emina", "Selma", "Merima", "Alma", "Adna", "Ajla", "Dženana", "Naida"],
        ["Amir", "Emir", "Haris", "Kenan", "Edin", "Senad", "Nermin", "Damir", "Tarik"],
        ["Hodžić", "Hadžić", "Begić", "Mehmedović", "Delić", "Kovačević", "Hasanović", "Husić",
         "Omerović", "Salihović", "Softić", "Čaušević", "Muratović"],
    ),
    "er": (
        ["Senait", "Rahel", "Selam", "Luwam", "Feven", "Yordanos", "Winta", "Saba", "Hiwet", "Mebrat"],
        ["Yonas", "Dawit", "Tesfay", "Filmon", "Mussie", "Semere", "Yohannes", "Kidane", "Biniam", "Habtom"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Ghebreyesus", "Tekle", "Berhane", "Woldemichael",
         "Kahsay", "Mebrahtu", "Andemariam", "Araya", "Asmerom"],
    ),
    "vn": (
        ["Linh", "Huong", "Thao", "Ngoc Anh", "Thu Trang", "Hoa", "Phuong", "Thi Lan"],
        ["Minh", "Tuan", "Duc", "Hung", "Quang", "Thanh", "Bao", "Khoa", "Van Long"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong"],
    ),
    "th": (
        ["Siriporn", "Malee", "Kanokwan", "Nattaya", "Ratana", "Sunisa", "Wanida", "Jintana", "Pranee"],
        ["Somchai", "Anan", "Niran", "Prasert", "Kittisak", "Chaiya"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Saetang", "Boonmee", "Kaewkla", "Phromma",
         "Thongdee", "Rattanakorn", "Sukprasert"],
    ),
    "ph": (
        ["Maricel", "Rowena", "Jocelyn", "Liezl", "Rhea", "Kristine", "Mary Grace", "Angelica", "Divina"],
        ["Jomar", "Rommel", "Jerome", "Arnel", "Reynaldo", "Ramil", "Efren"],
        ["Santos", "Reyes", "Bautista", "Dela Cruz", "Mendoza", "Villanueva", "Aquino", "Manalo",
         "Castillo", "Navarro", "Dizon", "Lacson"],
    ),
    "en": (
        ["Emily", "Hannah", "Chloe", "Rebecca", "Sophie", "Jessica", "Megan", "Lucy", "Abigail", "Bethany"],
        ["James", "Oliver", "Harry", "George", "Jack", "Daniel", "Samuel", "Liam", "Connor", "Callum", "Ethan"],
        ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Wilson", "Thompson", "Walker",
         "Robinson", "Hughes", "O'Connor", "MacLeod", "Harrison", "Fletcher"],
    ),
    "de": (
        ["Katrin", "Sabine", "Claudia", "Anja", "Stefanie", "Ute", "Heike"],
        ["Jürgen", "Matthias", "Stefan", "Uwe", "Dirk", "Frank", "Wolfgang"],
        ["Müller", "Schneider", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Lorenzen", "Carstensen"],
    ),
}

# weights for drawing a family's origin
ORIGIN_WEIGHTS = [("dk", 30), ("dk_rare", 6), ("dk_word", 6), ("gl", 6), ("fo", 4), ("so", 5),
                  ("ar", 6), ("ku", 4), ("tr", 5), ("af", 4), ("pk", 3), ("pl", 4), ("ua", 5),
                  ("ro", 3), ("ba", 3), ("er", 3), ("vn", 3), ("th", 2), ("ph", 2), ("en", 2)]
# professionals: mostly Danish, some others
PRO_WEIGHTS = [("dk", 50), ("dk_rare", 8), ("dk_word", 4), ("gl", 3), ("fo", 3), ("ar", 4),
               ("tr", 4), ("ba", 3), ("pl", 2), ("pk", 3), ("so", 2), ("vn", 2), ("ku", 2)]

NICK = {
    "Mohamed": "Mo", "Mohammad": "Mo", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Aleksandra": "Ola",
    "Oleksandr": "Sasha", "Frederik": "Freddie", "Christian": "Chris", "Pipaluk": "Pipa",
    "Paninnguaq": "Pani", "Inunnguaq": "Inu", "Jógvan": "Jógi", "Abdirahman": "Abdi R.",
    "Valdemar": "Valde", "Josefine": "Fine", "Alberte": "Berte", "Theodor": "Theo", "Anastasiia": "Nastia",
    "Kateryna": "Katia", "Zuzanna": "Zuza", "Jakub": "Kuba", "Abdullahi": "Abdu", "Rahmatullah": "Rahmat",
    "Kittisak": "Kit", "Reynaldo": "Rey", "Villads": "Ville", "Elisabeth": "Lis", "Ingeborg": "Inge",
    "Hans Christian": "HC", "Mary Grace": "Grachie", "Siriporn": "Porn-porn", "Dženana": "Dženi",
}

# Danish residential street names (common)
STREETS = [
    "Skolevej", "Kirkevej", "Møllevej", "Bøgevej", "Egevej", "Birkevej", "Vestergade", "Østergade",
    "Nørregade", "Søndergade", "Storegade", "Kirkegade", "Stationsvej", "Engvej", "Mosevej", "Granvej",
    "Lærkevej", "Rosenvej", "Ahornvej", "Parkvej", "Strandvej", "Bakkevej", "Toftevej", "Grønnegade",
    "Lindevej", "Kastanievej", "Hybenvej", "Tjørnevej", "Syrenvej", "Fasanvej", "Vibevej", "Mågevej",
    "Nyvej", "Skovvej", "Åvej", "Markvej", "Enghavevej", "Højvangen", "Solbakken", "Fælledvej",
    "Tværgade", "Jernbanegade", "Havnegade", "Algade", "Bredgade", "Vinkelvej", "Agervej", "Kløvervej",
    "Valmuevej", "Hvidkløvervej", "Rønnebærvej", "Pilevej", "Elmevej", "Poppelvej", "Fyrrevej",
    "Gl. Landevej", "Gartnervej", "Smedevej", "Præstevænget", "Kildevej",
]

# (postcode, town) -- real Danish postcodes
TOWNS = [
    ("7500", "Holstebro"), ("7400", "Herning"), ("8000", "Aarhus C"), ("8200", "Aarhus N"),
    ("8210", "Aarhus V"), ("5000", "Odense C"), ("5220", "Odense SØ"), ("9000", "Aalborg"),
    ("9200", "Aalborg SV"), ("6700", "Esbjerg"), ("6000", "Kolding"), ("7100", "Vejle"),
    ("8700", "Horsens"), ("8600", "Silkeborg"), ("8800", "Viborg"), ("7800", "Skive"),
    ("7700", "Thisted"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("4000", "Roskilde"),
    ("4700", "Næstved"), ("4200", "Slagelse"), ("3400", "Hillerød"), ("3000", "Helsingør"),
    ("2630", "Taastrup"), ("2620", "Albertslund"), ("2600", "Glostrup"), ("2650", "Hvidovre"),
    ("2300", "København S"), ("2200", "København N"), ("2400", "København NV"), ("2450", "København SV"),
    ("2500", "Valby"), ("6400", "Sønderborg"), ("6200", "Aabenraa"), ("6100", "Haderslev"),
    ("5700", "Svendborg"), ("4800", "Nykøbing F"), ("3700", "Rønne"), ("8900", "Randers C"),
    ("8500", "Grenaa"), ("7600", "Struer"), ("6800", "Varde"), ("6900", "Skjern"), ("8300", "Odder"),
    ("8660", "Skanderborg"), ("4300", "Holbæk"), ("4400", "Kalundborg"), ("4100", "Ringsted"),
    ("4600", "Køge"), ("2750", "Ballerup"), ("2730", "Herlev"), ("2860", "Søborg"),
    ("2800", "Kongens Lyngby"), ("3600", "Frederikssund"), ("8260", "Viby J"), ("9700", "Brønderslev"),
    ("9400", "Nørresundby"), ("7330", "Brande"), ("6600", "Vejen"), ("5600", "Faaborg"),
    ("5800", "Nyborg"), ("5500", "Middelfart"), ("4900", "Nakskov"), ("4760", "Vordingborg"),
]

# municipality the caseworker works in: (name, web domain, invented switchboard, invented CVR, invented EAN)
MUNIS = [
    ("Holstebro Kommune", "holstebro.dk", "96 11 70 00", "29189919", "5798000551238"),
    ("Herning Kommune", "herning.dk", "96 28 28 28", "29189927", "5798000556417"),
    ("Viborg Kommune", "viborg.dk", "87 87 87 87", "29189846", "5798000554123"),
    ("Randers Kommune", "randers.dk", "89 15 15 15", "29189668", "5798000557902"),
    ("Esbjerg Kommune", "esbjerg.dk", "76 16 16 16", "29189803", "5798000550019"),
    ("Næstved Kommune", "naestved.dk", "55 88 55 88", "29189706", "5798000553645"),
    ("Hjørring Kommune", "hjoerring.dk", "72 33 33 33", "29189625", "5798000552211"),
    ("Sønderborg Kommune", "sonderborg.dk", "88 72 40 00", "29189781", "5798000558329"),
    ("Køge Kommune", "koege.dk", "56 67 67 67", "29189374", "5798000559470"),
    ("Slagelse Kommune", "slagelse.dk", "58 57 36 00", "29188505", "5798000556790"),
]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk", "yahoo.com",
                "icloud.com", "mail.dk", "jubii.dk", "proton.me", "youmail.dk", "webspeed.dk"]
WORK_MAIL_OTHER = ["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk", "skole.dk",
                   "bedemand-vest.dk", "advokathuset-nord.dk", "folkekirken.dk", "sogn.dk",
                   "mosk-forening.dk", "ifk-boldklub.dk", "tolkeservice.dk", "um.dk", "nanoq.gl",
                   "sermersooq.gl", "flensburg.de", "kreis-sl-fl.de", "kent.gov.uk", "leeds.gov.uk"]

INSTITUTIONS = [
    "Egebjerg Friskole", "Bøgely Privatskole", "Børnehuset Mælkebøtten", "Opholdsstedet Kildebakken",
    "Skovlyst Efterskole", "Ungdomsklubben Tårnet", "Den Private Børnehave Solsikken",
    "Familieplejen Vest ApS", "Vesterled Efterskole", "Bakkehuset Friskole", "Opholdsstedet Fyrtårnet",
    "Privatinstitutionen Troldehøj", "Naturbørnehaven Grankoglen", "Lilleskolen ved Åen",
    "Opholdsstedet Havblik", "Efterskolen Ådalen", "Klubben Spiren", "Botilbuddet Lærkereden",
    "Plejefamilieforeningen Nordstjernen", "Friskolen Kløverløkken", "Idrætsforeningen Hjorten",
    "Rideklubben Hestehoven", "Dagplejen Mariehønen", "Opholdsstedet Stenhøj",
    "Privatskolen Nørrelyng", "Musikefterskolen Tonehøj", "Spejdergruppen Ulvedal",
    "Børnehaven Regnbuen", "Familiehuset Ankeret", "Efterskolen Kystlinjen",
]
