# -*- coding: utf-8 -*-
"""Hand-written pools for the blind22 corpus. All persons invented.
Lists only (no sets), so iteration order is fixed."""

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (
        ["Anne", "Mette", "Hanne", "Camilla", "Louise", "Maria", "Sofie", "Ida", "Emma", "Laura",
         "Julie", "Signe", "Karina", "Tina", "Pia", "Susanne", "Lone", "Birgitte", "Helle", "Malene",
         "Nanna", "Astrid", "Clara", "Agnes", "Karen", "Kirsten", "Bente", "Rikke", "Sanne", "Stine",
         "Trine", "Josefine", "Cecilie", "Mathilde", "Vibeke", "Anne-Sofie", "Marie-Louise", "Gitte"],
        ["Jens", "Peter", "Lars", "Søren", "Michael", "Thomas", "Henrik", "Martin", "Rasmus", "Mads",
         "Anders", "Jesper", "Niels", "Kasper", "Frederik", "Mikkel", "Jonas", "William", "Noah",
         "Lucas", "Magnus", "Emil", "Victor", "Carl", "Aksel", "Valdemar", "Ole", "Torben", "Brian",
         "Kenneth", "René", "Dennis", "Claus", "Bjarne", "Poul", "Erik", "Steen", "Hans-Henrik"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen", "Christiansen",
         "Johansen", "Møller", "Mortensen", "Knudsen", "Mikkelsen", "Lauridsen", "Friis", "Kjær",
         "Bech", "Kofoed", "Dahl", "Lykkegaard", "Skovgaard", "Brix", "Damgaard", "Vestergaard",
         "Holst", "Bisgaard", "Krogh", "Juhl", "Overgaard", "Thygesen", "Villadsen", "Bundgaard",
         "Nørgaard", "Kirkegaard", "Holm", "Frandsen", "Eriksen", "Bak", "Iversen"],
    ),
    "dkrare": (
        ["Sol", "Lykke", "Liva", "Ronja", "Silje", "Asta", "Vilje", "Idun", "Elvira", "Gry", "Merle",
         "Tyra", "Saga", "Kaja", "Bodil", "Alberte", "Esther", "Sigrid", "Ellen-Marie"],
        ["Frej", "Ask", "Ulv", "Storm", "Bo", "Vinter", "Eskild", "Halfdan", "Bertram", "Thorvald",
         "Malthe", "Villum", "Otto", "Kaj", "Ejner", "Arne", "Folmer", "Aske", "Viggo"],
        ["Skov", "Vinter", "Storm", "Ravn", "Toft", "Munk", "Lind", "Brink", "Kragh", "Hvid",
         "Winther", "Grønbech", "Ulvsgaard", "Stampe", "Hjort", "Bjerre", "Fogh", "Ebbesen"],
    ),
    "gl": (
        ["Aviaja", "Naja", "Nivi", "Paninguaq", "Arnaq", "Ivalo", "Pipaluk", "Malu", "Ulloriaq", "Nukannguaq"],
        ["Aqqaluk", "Inuk", "Kunuk", "Minik", "Malik", "Nuka", "Hans-Ole", "Kaali", "Pavia", "Ole-Kristian"],
        ["Kleist", "Lynge", "Motzfeldt", "Petrussen", "Olsvig", "Heilmann", "Egede", "Berthelsen",
         "Fleischer", "Rosing", "Kreutzmann", "Larsen-Lynge", "Jeremiassen", "Zeeb"],
    ),
    "fo": (
        ["Sólrun", "Guðrun", "Rannvá", "Turið", "Bára", "Marjun", "Eyð", "Jóhanna", "Sunneva"],
        ["Jógvan", "Rógvi", "Heðin", "Sjúrður", "Bárður", "Hanus", "Tróndur", "Símun", "Eirikur"],
        ["Joensen", "Djurhuus", "Jacobsen", "Dalsgaard", "Niclasen", "Zachariasen", "á Ryggi",
         "í Dali", "Hammershaimb", "Thomsen-Dam"],
    ),
    "so": (
        ["Hodan", "Fadumo", "Ayaan", "Sahra", "Idil", "Hibo", "Nimco", "Ubah", "Ifrah", "Hamdi"],
        ["Abdirahman", "Mohamed", "Abdullahi", "Yusuf", "Liban", "Guled", "Hassan", "Abdiqani", "Mahad", "Bashir"],
        ["Warsame", "Farah", "Hussein", "Abdi", "Osman", "Jama", "Mohamud", "Egal", "Nur", "Dirie"],
    ),
    "ar": (
        ["Fatima", "Aisha", "Layla", "Nour", "Yasmin", "Rania", "Mariam", "Salma", "Huda", "Amira", "Zainab"],
        ["Ahmad", "Omar", "Khalid", "Youssef", "Karim", "Hamza", "Tariq", "Samir", "Zakaria", "Ibrahim"],
        ["Al-Hassan", "Haddad", "Khalil", "Saleh", "Nasser", "El-Masri", "Abu Zaid", "Mansour",
         "Darwish", "Hamdan", "Al-Jaberi"],
    ),
    "ku": (
        ["Rojin", "Berfin", "Dilan", "Hêvî", "Zîlan", "Avin", "Shirin", "Nazdar", "Berivan"],
        ["Rebwar", "Karwan", "Aram", "Baran", "Dilshad", "Serhat", "Azad", "Hawkar", "Shvan"],
        ["Hawrami", "Qadir", "Karimi", "Dosky", "Zangana", "Salih", "Barwari", "Amedi"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Büşra", "Merve", "Esra", "Ayşe", "Emine", "Derya", "Sibel", "Gülsüm"],
        ["Mehmet", "Emre", "Burak", "Mustafa", "Hakan", "Kerem", "Onur", "Cem", "Murat", "Serkan"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç"],
    ),
    "af": (
        ["Mursal", "Zahra", "Farishta", "Parwana", "Nilofar", "Sadaf", "Mahbooba", "Roya"],
        ["Ahmad Shah", "Mirwais", "Farid", "Naveed", "Wahid", "Sayed", "Habibullah", "Jawad"],
        ["Ahmadzai", "Popal", "Noori", "Sultani", "Hakimi", "Rahimi", "Amiri", "Stanikzai", "Wardak"],
    ),
    "pk": (
        ["Ayesha", "Sana", "Hina", "Nadia", "Samina", "Rabia", "Mehwish", "Bushra", "Iqra"],
        ["Imran", "Usman", "Faisal", "Adnan", "Shahid", "Zeeshan", "Kamran", "Waqas", "Asif"],
        ["Khan", "Malik", "Butt", "Chaudhry", "Qureshi", "Iqbal", "Hussain", "Raza", "Javed"],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Zofia", "Natalia", "Justyna"],
        ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Marcin", "Łukasz", "Grzegorz", "Jakub", "Wojciech", "Kacper"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski"],
    ),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Tetiana", "Nataliia", "Yuliia", "Kateryna", "Sofiia", "Daryna"],
        ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras", "Bohdan", "Yaroslav", "Maksym"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
         "Kovalchuk", "Oliinyk", "Savchuk", "Lysenko"],
    ),
    "ro": (
        ["Ioana", "Andreea", "Elena", "Mihaela", "Roxana", "Daniela", "Bianca", "Florentina"],
        ["Andrei", "Ionuț", "Mihai", "Gheorghe", "Florin", "Bogdan", "Cristian", "Vasile", "Marius"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghiu", "Munteanu", "Lungu", "Ciobanu"],
    ),
    "ba": (
        ["Amra", "Lejla", "Emina", "Selma", "Adna", "Merima", "Aida", "Jasmina", "Edina"],
        ["Emir", "Haris", "Senad", "Mirza", "Damir", "Kenan", "Elvir", "Nermin", "Armin"],
        ["Hodžić", "Begić", "Hadžić", "Delić", "Mujić", "Kovačević", "Husić", "Selimović", "Omerović", "Alić"],
    ),
    "er": (
        ["Senait", "Saba", "Yohana", "Rahel", "Mebrat", "Selam", "Luwam", "Helen", "Feven"],
        ["Filmon", "Yonas", "Tesfay", "Robel", "Dawit", "Biniam", "Habtom", "Semere", "Ermias"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldu", "Tekle", "Gebreyesus", "Asfaha"],
    ),
    "vn": (
        ["Linh", "Trang", "Thu", "Huong", "Ngoc Anh", "Thao", "Hoa", "Phuong", "Nhung"],
        ["Minh", "Duc", "Tuan", "Quang", "Bao", "Khanh", "Thanh", "Hieu", "Phuc"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui", "Ngo", "Vo", "Truong"],
    ),
    "th": (
        ["Siriporn", "Kanya", "Nattaya", "Pornthip", "Wanida", "Suda", "Malee", "Ratana", "Jintana"],
        ["Somchai", "Anan", "Kittisak", "Prasert", "Niran", "Thanakorn", "Chaiwat"],
        ["Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Kaewkla", "Phromma", "Thongchai"],
    ),
    "ph": (
        ["Maricel", "Jocelyn", "Rowena", "Mary Grace", "Lorna", "Analyn", "Rizza", "Jennylyn"],
        ["Jerome", "Rodel", "Mark Anthony", "Ramil", "Arnel", "Rommel", "Jun Carlo"],
        ["Santos", "Reyes", "Bautista", "Dela Cruz", "Villanueva", "Mendoza", "Ramos", "Aquino",
         "Manalo", "Dimaculangan"],
    ),
    "en": (
        ["Emily", "Charlotte", "Sophie", "Hannah", "Chloe", "Rebecca", "Siobhan", "Megan"],
        ["James", "Jack", "Harry", "George", "Daniel", "Callum", "Liam", "Owen"],
        ["Smith", "Taylor", "Brown", "Wilson", "Davies", "Evans", "Thompson", "Walsh", "O'Brien", "McKenzie"],
    ),
}

# weights for drawing an origin (Danish names most common)
ORIGIN_WEIGHTS = [("dk", 30), ("dkrare", 8), ("gl", 5), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4),
                  ("tr", 5), ("af", 4), ("pk", 4), ("pl", 5), ("ua", 5), ("ro", 4), ("ba", 4),
                  ("er", 4), ("vn", 4), ("th", 3), ("ph", 3), ("en", 3)]

NICKNAMES = [("Mohamed", "Mo"), ("Abdirahman", "Abdi"), ("Oleksandr", "Sasha"), ("Katarzyna", "Kasia"),
             ("Małgorzata", "Gosia"), ("Frederik", "Frede"), ("Josefine", "Josse"), ("Magdalena", "Magda"),
             ("Valdemar", "Valde"), ("Abdullahi", "Abdul"), ("Mathilde", "Tilde"), ("Mikkel", "Mikse"),
             ("Krzysztof", "Krzysiek"), ("Gheorghe", "Gică"), ("Habibullah", "Habib"), ("Kateryna", "Katja"),
             ("Hans-Henrik", "HH"), ("Thorvald", "Thor")]

# street names (common, none named after a person)
STREETS = ["Birkevej", "Egevej", "Bøgevej", "Ahornvej", "Lindevej", "Kastanievej", "Søndergade",
           "Nørregade", "Vestergade", "Østergade", "Storegade", "Kirkevej", "Skolevej", "Møllevej",
           "Engvej", "Markvej", "Toftevej", "Rosenvænget", "Syrenvej", "Hybenvej", "Granvej",
           "Fyrrevej", "Elmevej", "Stationsvej", "Parkvej", "Bakkevej", "Højvangen", "Solvej",
           "Strandvej", "Havnegade", "Jernbanegade", "Skovvej", "Hasselvej", "Tjørnevej", "Violvej",
           "Grønnegade", "Klostergade", "Mejerivej", "Smedevej", "Tværgade", "Ringvejen", "Agervej",
           "Lærkevej", "Mågevej", "Vibevej", "Fasanvej", "Ved Kæret", "Enghavevej", "Bredgade",
           "Åbyvej", "Præstevænget", "Tranebærvej", "Hedevej", "Kløvervej", "Spurvevej", "Rådhusgade"]

# municipality: name, mail domain, switchboard (public), police district, [(postcode, town)]
MUNIS = [
    ("Aarhus Kommune", "aarhus.dk", "89 40 20 00", "Østjyllands Politi",
     [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"), ("8260", "Viby J")]),
    ("Københavns Kommune", "kk.dk", "33 66 33 66", "Københavns Politi",
     [("2100", "København Ø"), ("2200", "København N"), ("2300", "København S"), ("2400", "København NV"),
      ("2450", "København SV"), ("2500", "Valby"), ("2700", "Brønshøj"), ("2720", "Vanløse")]),
    ("Odense Kommune", "odense.dk", "66 13 13 72", "Fyns Politi",
     [("5000", "Odense C"), ("5200", "Odense V"), ("5210", "Odense NV"), ("5220", "Odense SØ")]),
    ("Aalborg Kommune", "aalborg.dk", "99 31 31 31", "Nordjyllands Politi",
     [("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9210", "Aalborg SØ"), ("9400", "Nørresundby")]),
    ("Esbjerg Kommune", "esbjerg.dk", "76 16 16 16", "Syd- og Sønderjyllands Politi",
     [("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("6710", "Esbjerg V"), ("6715", "Esbjerg N")]),
    ("Vejle Kommune", "vejle.dk", "76 81 00 00", "Sydøstjyllands Politi",
     [("7100", "Vejle"), ("7080", "Børkop"), ("7300", "Jelling")]),
    ("Randers Kommune", "randers.dk", "89 15 15 15", "Østjyllands Politi",
     [("8900", "Randers C"), ("8920", "Randers NV"), ("8930", "Randers NØ"), ("8940", "Randers SV")]),
    ("Roskilde Kommune", "roskilde.dk", "46 31 30 00", "Midt- og Vestsjællands Politi",
     [("4000", "Roskilde"), ("4040", "Jyllinge"), ("4030", "Tune")]),
    ("Næstved Kommune", "naestved.dk", "55 88 55 88", "Sydsjællands og Lolland-Falsters Politi",
     [("4700", "Næstved"), ("4160", "Herlufmagle"), ("4171", "Glumsø")]),
    ("Herning Kommune", "herning.dk", "96 28 28 28", "Midt- og Vestjyllands Politi",
     [("7400", "Herning"), ("7480", "Vildbjerg"), ("7451", "Sunds")]),
    ("Holbæk Kommune", "holbaek.dk", "72 36 36 36", "Midt- og Vestsjællands Politi",
     [("4300", "Holbæk"), ("4390", "Vipperød"), ("4340", "Tølløse")]),
    ("Kolding Kommune", "kolding.dk", "79 79 79 79", "Sydøstjyllands Politi",
     [("6000", "Kolding"), ("6093", "Sjølund"), ("6070", "Christiansfeld")]),
    ("Horsens Kommune", "horsens.dk", "76 29 29 29", "Sydøstjyllands Politi",
     [("8700", "Horsens"), ("8740", "Brædstrup")]),
    ("Silkeborg Kommune", "silkeborg.dk", "89 70 10 00", "Midt- og Vestjyllands Politi",
     [("8600", "Silkeborg"), ("8680", "Ry")]),
]

# other Danish towns for relatives living elsewhere
OTHER_TOWNS = [("2610", "Rødovre"), ("2620", "Albertslund"), ("2630", "Taastrup"), ("2650", "Hvidovre"),
               ("2670", "Greve"), ("2730", "Herlev"), ("2750", "Ballerup"), ("2800", "Kongens Lyngby"),
               ("3000", "Helsingør"), ("3400", "Hillerød"), ("3600", "Frederikssund"), ("4100", "Ringsted"),
               ("4200", "Slagelse"), ("4400", "Kalundborg"), ("4600", "Køge"), ("4800", "Nykøbing F"),
               ("4900", "Nakskov"), ("5700", "Svendborg"), ("5800", "Nyborg"), ("5500", "Middelfart"),
               ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("6800", "Varde"),
               ("7000", "Fredericia"), ("7500", "Holstebro"), ("7700", "Thisted"), ("7800", "Skive"),
               ("8300", "Odder"), ("8500", "Grenaa"), ("8800", "Viborg"), ("9600", "Aars"),
               ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("3700", "Rønne")]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
                "mail.dk", "icloud.com", "jubii.dk", "email.dk"]

# foreign addresses by origin (street + number forms), and foreign phone forms
FOREIGN_ADDR = {
    "pl": ["ul. Długa {n}/{m}, 80-831 Gdańsk", "ul. Ogrodowa {n}, 61-821 Poznań", "ul. Lipowa {n} m. {m}, 20-020 Lublin"],
    "ua": ["vul. Shevchenka {n}, kv. {m}, Lviv 79000", "vul. Sadova {n}, Poltava 36000", "prov. Tykhyi {n}, Kharkiv 61000"],
    "ro": ["Strada Florilor {n}, ap. {m}, Cluj-Napoca 400000", "Bulevardul Unirii {n}, bl. 4, ap. {m}, București", "Strada Morii {n}, Iași 700000"],
    "tr": ["Gül Sokak No: {n} Daire {m}, 06420 Çankaya/Ankara", "Çınar Caddesi No: {n}, 35210 Konak/İzmir"],
    "ba": ["Ulica Ferhadija {n}, 71000 Sarajevo", "Maršala Tita {n}/{m}, 75000 Tuzla"],
    "gl": ["Aqqusinersuaq {n}, 3900 Nuuk", "Qeqertanut {n}, lejl. {m}, 3911 Sisimiut", "Imaneq {n}, 3900 Nuuk"],
    "fo": ["Hoyvíksvegur {n}, FO-100 Tórshavn", "Sjógøta {n}, FO-510 Gøta", "Heimasta gøta {n}, FO-700 Klaksvík"],
    "en": ["{n} Church Lane, Leeds LS6 2AB", "{n} Mill Road, Cambridge CB1 2AD", "Flat {m}, {n} Queen Street, Glasgow G1 3DX"],
    "vn": ["Số {n} Ngõ {m} Phố Huế, Hà Nội", "{n} Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh"],
    "th": ["{n}/{m} Moo 4, Tambon Nai Mueang, Khon Kaen 40000", "{n} Soi Sukhumvit {m}, Bangkok 10110"],
    "ph": ["{n} Rizal Street, Barangay San Roque, Cebu City 6000", "Blk {m} Lot {n}, Mabini Street, Quezon City 1100"],
    "so": ["Degmada Hodan, Jidka Makka Al-Mukarama {n}, Muqdisho", "Xaafadda 26 June, guri {n}, Hargeysa"],
    "er": ["Godena Harnet {n}, Asmara", "Street 171-{n}, Keren"],
    "ar": ["Shari' al-Jala'a {n}, Damaskus", "Hay al-Andalus, bygning {n}, lejl. {m}, Amman"],
    "ku": ["Gulan Street {n}, Erbil", "Taarif Quarter, hus {n}, Duhok"],
    "af": ["Karte Parwan, Street {m}, hus {n}, Kabul", "Shahr-e Naw, gade {m} nr. {n}, Herat"],
    "pk": ["House {n}, Street {m}, G-9/3, Islamabad", "{n}-B Model Town, Lahore 54700"],
}
FOREIGN_PHONE = {
    "pl": ("+48", [3, 3, 3]), "ua": ("+380", [2, 3, 2, 2]), "ro": ("+40", [3, 3, 3]), "tr": ("+90", [3, 3, 2, 2]),
    "ba": ("+387", [2, 3, 3]), "gl": ("+299", [2, 2, 2]), "fo": ("+298", [2, 2, 2]), "en": ("+44", [4, 6]),
    "vn": ("+84", [2, 3, 4]), "th": ("+66", [2, 3, 4]), "ph": ("+63", [3, 3, 4]), "so": ("+252", [2, 7]),
    "er": ("+291", [1, 3, 3]), "ar": ("+962", [2, 3, 4]), "ku": ("+964", [3, 3, 4]), "af": ("+93", [2, 3, 4]),
    "pk": ("+92", [3, 7]), "dk": ("+46", [2, 3, 2, 2]), "dkrare": ("+47", [3, 2, 3]),
}
FOREIGN_COUNTRY = {"pl": "Polen", "ua": "Ukraine", "ro": "Rumænien", "tr": "Tyrkiet", "ba": "Bosnien-Hercegovina",
                   "gl": "Grønland", "fo": "Færøerne", "en": "England", "vn": "Vietnam", "th": "Thailand",
                   "ph": "Filippinerne", "so": "Somalia", "er": "Eritrea", "ar": "Jordan", "ku": "Irak",
                   "af": "Afghanistan", "pk": "Pakistan", "dk": "Sverige", "dkrare": "Norge"}
FOREIGN_CITY = {"pl": "Gdańsk", "ua": "Lviv", "ro": "Cluj-Napoca", "tr": "Ankara", "ba": "Sarajevo", "gl": "Nuuk",
                "fo": "Tórshavn", "en": "Leeds", "vn": "Hà Nội", "th": "Khon Kaen", "ph": "Cebu City",
                "so": "Hargeysa", "er": "Asmara", "ar": "Amman", "ku": "Erbil", "af": "Kabul", "pk": "Lahore",
                "dk": "Malmö", "dkrare": "Oslo"}

# public numbers allowed outside spans (switchboards, hotlines, CVR of municipalities)
PUBLIC_NUMBERS = [m[2] for m in MUNIS] + ["70 20 30 82", "70 11 31 31", "70 11 07 07", "70 15 03 00",
                                          "70 15 07 00", "64942212", "55133018", "35209115", "29189420"]
MUNI_CVR = {"Københavns Kommune": "64942212", "Aarhus Kommune": "55133018", "Odense Kommune": "35209115",
            "Aalborg Kommune": "29189420"}

ICD10 = [("F90.0", "ADHD"), ("F84.0", "infantil autisme"), ("F43.1", "PTSD"), ("F32.1", "moderat depression"),
         ("F91.3", "oppositionel adfærdsforstyrrelse"), ("Z63.0", "problemer i parforholdet"),
         ("T74.1", "fysisk mishandling"), ("F10.2", "alkoholafhængighed"), ("F50.0", "anoreksi"),
         ("F93.0", "separationsangst"), ("F41.1", "generaliseret angst")]
MEDICINES = ["Concerta", "Ritalin", "Strattera", "Melatonin", "Circadin", "Sertralin", "Quetiapin",
             "Panodil", "Ibuprofen", "Lamotrigin", "Elvanse", "Atarax"]
PUBLIC_BODIES = ["Familieretshuset", "Ankestyrelsen", "Socialtilsyn Midt", "Socialtilsyn Øst", "Socialtilsyn Syd",
                 "Børnehus Midt", "Børnehus Hovedstaden", "Børnehus Syd", "Udbetaling Danmark",
                 "Børne- og Ungdomspsykiatrien", "PPR", "Sundhedsplejen", "Borgerservice", "Kriminalforsorgen",
                 "Styrelsen for Patientsikkerhed", "Social- og Boligstyrelsen", "Folkeregistret"]
HOSPITALS = ["Aarhus Universitetshospital", "Rigshospitalet", "Odense Universitetshospital", "Aalborg Universitetshospital",
             "Sydvestjysk Sygehus", "Regionshospitalet Randers", "Hvidovre Hospital", "Sygehus Lillebælt",
             "Regionshospitalet Gødstrup", "Holbæk Sygehus", "Næstved Sygehus", "Sjællands Universitetshospital"]
