# -*- coding: utf-8 -*-
"""Hand-written pools for the blind24 corpus. All persons are invented.

Every list is a list (never a set) so that iteration order is fixed.
"""

# origin -> (male first names, female first names, surnames)
ORIGINS = {
    "dk": (
        ["Mads", "Emil", "Noah", "Oliver", "William", "Lucas", "Victor", "Frederik", "Magnus",
         "Oscar", "Alfred", "Carl", "Malthe", "Anton", "Mikkel", "Rasmus", "Jonas", "Mathias",
         "Sebastian", "Tobias", "Kasper", "Søren", "Henrik", "Lars", "Jens", "Morten",
         "Thomas", "Jesper", "Martin", "Anders", "Niels", "Poul", "Jørgen", "Bent", "Kim",
         "Christian", "Steffen", "Brian", "Dennis", "Kenneth", "René", "Michael"],
        ["Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia", "Agnes", "Karla", "Olivia",
         "Anna", "Laura", "Josefine", "Mathilde", "Isabella", "Nora", "Alberte", "Sofie",
         "Caroline", "Mette", "Lene", "Hanne", "Susanne", "Charlotte", "Camilla", "Louise",
         "Pernille", "Maria", "Helle", "Tina", "Dorthe", "Birgit", "Inge", "Kirsten", "Lone",
         "Rikke", "Trine", "Signe", "Sara", "Jeanette", "Gitte", "Annette"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
         "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
         "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
         "Jakobsen", "Frederiksen", "Mikkelsen", "Henriksen", "Laursen", "Lauridsen",
         "Østergaard", "Damgaard", "Kjeldsen", "Vestergaard", "Bundgaard", "Overgaard",
         "Lindholm", "Dalsgaard", "Brix", "Thygesen", "Toft", "Iversen", "Ebbesen", "Winther",
         "Bach", "Kjær", "Juul", "Mølgaard", "Holm", "Lund", "Krog", "Berg"]),
    "dk_rare": (
        ["Viggo", "Bertil", "Aksel", "Eigil", "Halfdan", "Gorm", "Ejnar", "Marius", "Ansgar",
         "Villum", "Birk", "Elvin", "Hjalte", "Sigurd", "Storm", "Bo", "Ask", "Ulv", "Frej",
         "Ravn", "Sten", "Melvin", "Vitus", "Konrad"],
        ["Thyra", "Esther", "Ingrid", "Vilma", "Liva", "Silje", "Merle", "Tyra", "Dagny",
         "Estrid", "Ronja", "Lærke", "Sol", "Lykke", "Maj", "Asta", "Gry", "Elvira", "Bothilde",
         "Vigga", "Eline", "Selma-Marie"],
        ["Skov", "Vinter", "Storm", "Bjerg", "Dal", "Ravn", "Fisker", "Bonde", "Søgaard-Bech",
         "Ravnholt", "Fuglsang", "Ulvedal", "Skovbo", "Lindahl", "Krogsgaard", "Tarp",
         "Hvidberg", "Kragelund", "Nørgaard-Ravn", "Agerskov", "Friis", "Hjortshøj"]),
    "greenland": (
        ["Aputsiaq", "Inunnguaq", "Malik", "Kaali", "Nuka", "Minik", "Hans-Enok", "Angutimmarik",
         "Pavia", "Ujarak", "Kunuk"],
        ["Nivi", "Naja", "Pipaluk", "Ivalo", "Aviaja", "Paninnguaq", "Arnaq", "Ivaana", "Navarana",
         "Nukaaka", "Sika"],
        ["Kleist", "Lynge", "Heilmann", "Berthelsen", "Petrussen", "Kreutzmann", "Chemnitz",
         "Geisler", "Zeeb", "Lyberth", "Fleischer", "Kristiansen"]),
    "faroe": (
        ["Rógvi", "Sjúrður", "Jógvan", "Bárður", "Eyðun", "Beinir", "Heðin", "Símun"],
        ["Turið", "Sunneva", "Guðrun", "Hallbera", "Ró", "Bjørg", "Elin", "Rannvá"],
        ["Joensen", "Djurhuus", "Hammershaimb", "Niclasen", "á Lakjuni", "í Skorini", "Dam",
         "Zachariasen", "Midjord"]),
    "somali": (
        ["Abdirahman", "Abdullahi", "Hamza", "Liban", "Guled", "Mohamed", "Warsame", "Bashir",
         "Mahad", "Yasin", "Abdikarim"],
        ["Hodan", "Fadumo", "Ayaan", "Ifrah", "Sagal", "Hawa", "Ubah", "Deeqa", "Nimco",
         "Hibaaq", "Sahra", "Ikraan"],
        ["Warsame", "Farah", "Abdi", "Hassan", "Osman", "Jama", "Nur", "Aden", "Egal",
         "Mohamud", "Dirie", "Guleid", "Yusuf"]),
    "arab": (
        ["Ahmed", "Mohammad", "Omar", "Yousef", "Khaled", "Karim", "Tariq", "Samir", "Hassan",
         "Bilal", "Rami", "Jamal", "Mahmoud", "Ibrahim"],
        ["Layla", "Fatima", "Amira", "Rania", "Nour", "Yasmin", "Hiba", "Zainab", "Maryam",
         "Salma", "Dana", "Rahaf", "Aya"],
        ["Al-Khatib", "Haddad", "Saleh", "Mansour", "El-Sayed", "Abu-Hamdan", "Khalil", "Nasser",
         "Darwish", "Qasim", "Al-Masri", "Ibrahim", "Hamdan", "Al-Hussein"]),
    "kurd": (
        ["Rojhat", "Soran", "Zana", "Ciwan", "Azad", "Dilshad", "Rêbaz", "Baran", "Serhat"],
        ["Dilan", "Berivan", "Shirin", "Havin", "Nergiz", "Hêvî", "Rojda", "Zozan", "Nazdar"],
        ["Rashid", "Mahmoud", "Ahmadi", "Zebari", "Bakir", "Hawrami", "Sindi", "Doski", "Xelil"]),
    "turk": (
        ["Emre", "Mehmet", "Burak", "Yusuf", "Kerem", "Cem", "Deniz", "Oğuz", "Murat", "Serkan"],
        ["Ayşe", "Elif", "Zeynep", "Hatice", "Melek", "Esra", "Büşra", "Gül", "Sevgi", "Derya"],
        ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Yıldız", "Koç", "Kılıç"]),
    "afghan": (
        ["Ahmad", "Farid", "Hamid", "Sohrab", "Wahid", "Mustafa", "Jawad", "Nasir", "Rahmatullah"],
        ["Zahra", "Mursal", "Parwana", "Shabnam", "Bahar", "Freshta", "Marwa", "Mahtab", "Nilofar"],
        ["Rahimi", "Karimi", "Popal", "Hakimi", "Noori", "Sultani", "Amiri", "Wardak", "Haidari",
         "Stanekzai", "Azizi"]),
    "pak": (
        ["Imran", "Usman", "Faisal", "Zubair", "Asif", "Hamza", "Danish", "Rizwan", "Adeel"],
        ["Ayesha", "Sana", "Hira", "Saima", "Aleena", "Mahnoor", "Iqra", "Rabia", "Nadia"],
        ["Khan", "Butt", "Chaudhry", "Qureshi", "Malik", "Iqbal", "Raza", "Javed", "Mirza",
         "Shah", "Anwar"]),
    "pol": (
        ["Kacper", "Jakub", "Krzysztof", "Piotr", "Tomasz", "Łukasz", "Bartosz", "Wojciech",
         "Marek", "Paweł", "Grzegorz"],
        ["Zuzanna", "Wiktoria", "Małgorzata", "Agnieszka", "Katarzyna", "Kasia", "Oliwia",
         "Magdalena", "Joanna", "Beata", "Dorota"],
        ["Nowak", "Kowalski", "Kowalska", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska",
         "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska", "Jankowski", "Grabowska", "Pawlak"]),
    "ukr": (
        ["Dmytro", "Andriy", "Mykola", "Taras", "Bohdan", "Maksym", "Yaroslav", "Oleksandr",
         "Serhiy", "Vitaliy"],
        ["Olena", "Oksana", "Yulia", "Iryna", "Sofiia", "Nataliia", "Viktoriia", "Halyna",
         "Tetiana", "Khrystyna"],
        ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boyko",
         "Hrytsenko", "Lysenko", "Savchuk", "Marchenko", "Oliinyk"]),
    "rom": (
        ["Andrei", "Mihai", "Alexandru", "Florin", "Ionuț", "Vasile", "Cătălin", "Marian", "Sorin"],
        ["Ioana", "Elena", "Bianca", "Cristina", "Roxana", "Denisa", "Andreea", "Mădălina", "Alina"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Munteanu", "Constantin", "Moldovan",
         "Lungu", "Rusu", "Ciobanu", "Stan"]),
    "bos": (
        ["Amir", "Haris", "Edin", "Adnan", "Kenan", "Mirza", "Emir", "Senad", "Dino"],
        ["Emina", "Lejla", "Selma", "Amra", "Dženana", "Alma", "Merima", "Ajla", "Lamija"],
        ["Hodžić", "Begić", "Delić", "Hadžić", "Kovačević", "Mujić", "Halilović", "Softić",
         "Ibrišimović", "Suljić"]),
    "eri": (
        ["Yonas", "Tesfay", "Mebrahtu", "Kibrom", "Filmon", "Biniam", "Mehari", "Robel", "Dawit"],
        ["Senait", "Feven", "Semhar", "Meron", "Abrehet", "Saba", "Helen", "Luwam", "Ruta"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Ghebreyesus", "Kidane", "Woldu", "Berhane",
         "Tekle", "Habte", "Asmerom"]),
    "viet": (
        ["Minh", "Huy", "Trung", "Quang", "Duc", "Khang", "Bao", "Tuan"],
        ["Linh", "Thảo", "Mai", "Lan", "Phương", "Hoa", "Ngoc", "Trang", "Anh"],
        ["Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Pham"]),
    "thai": (
        ["Somchai", "Arthit", "Somsak", "Kittipong", "Anan", "Chaiwat"],
        ["Siriporn", "Nattaporn", "Kanya", "Ploy", "Wanida", "Malee", "Pimchanok", "Apinya",
         "Rattana"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Thongchai", "Phromma", "Saelim", "Sukprasert",
         "Boonyarat", "Kaewkamol"]),
    "fil": (
        ["Jhon Rey", "Jonel", "Jericho", "Mark Anthony", "Rodel", "Arnel", "Jun-Jun"],
        ["Maria Luisa", "Mary Grace", "Rhea", "Angelica", "Marites", "Princess", "Rowena",
         "Jhen"],
        ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia",
         "de los Santos", "Manalo", "Pascual", "Dimaculangan"]),
    "eng": (
        ["Jack", "Liam", "Ethan", "Harry", "Ryan", "Connor", "Callum", "Owen"],
        ["Chloe", "Grace", "Megan", "Emily", "Holly", "Niamh", "Sophie"],
        ["Smith", "Taylor", "O'Brien", "McKenzie", "Walker", "Hughes", "Campbell", "Wright"]),
}

# origin weights for families (Danish-heavy, but many origins)
FAMILY_ORIGINS = [
    ("dk", 30), ("dk_rare", 8), ("greenland", 5), ("faroe", 3), ("somali", 6), ("arab", 7),
    ("kurd", 4), ("turk", 5), ("afghan", 4), ("pak", 3), ("pol", 6), ("ukr", 6), ("rom", 4),
    ("bos", 3), ("eri", 4), ("viet", 3), ("thai", 3), ("fil", 3), ("eng", 2),
]
# professionals: mostly Danish
PROF_ORIGINS = [
    ("dk", 55), ("dk_rare", 12), ("greenland", 3), ("faroe", 3), ("arab", 4), ("turk", 4),
    ("pol", 3), ("bos", 3), ("somali", 2), ("pak", 2), ("kurd", 2), ("eng", 2), ("ukr", 2),
]

NICKNAMES = {
    "Mohammad": "Mo", "Mohamed": "Mo", "Sofie": "Fie", "Kasper": "Kasse", "Tobias": "Tobi",
    "Katarzyna": "Kasia", "Oleksandr": "Sasha", "Abdirahman": "Abdi", "Christian": "Chris",
    "Frederik": "Freddy", "Mathilde": "Tilde", "Josefine": "Fine", "Sebastian": "Basse",
    "Emilie": "Millie", "Jericho": "Jeco", "Aputsiaq": "Apu", "Wiktoria": "Wiki",
    "Caroline": "Caro", "Alexandru": "Alex", "Inunnguaq": "Inuk", "Bartosz": "Bartek",
}
MISSPELL = {
    "Mohammad": "Mohamad", "Mohamed": "Muhamed", "Sørensen": "Sørrensen", "Mathias": "Matias",
    "Christensen": "Kristensen", "Caroline": "Karoline", "Josefine": "Josephine",
    "Sebastian": "Sebastien", "Frederik": "Frederick", "Mikkel": "Mikel", "Rasmus": "Rasmuss",
    "Yousef": "Yusuf", "Zainab": "Zeinab", "Abdullahi": "Abdulahi", "Isabella": "Isabela",
    "Kristensen": "Kristiansen", "Jesper": "Jespe", "Pernille": "Pernile",
}

# Danish streets (common names). Never used without a house number in planted/clean text.
STREETS = [
    "Birkevej", "Egevej", "Bøgevej", "Møllevej", "Kirkevej", "Skolevej", "Søndergade",
    "Nørregade", "Vestergade", "Østergade", "Stationsvej", "Engvej", "Havevej", "Rosenvej",
    "Lindevej", "Poppelvej", "Ahornvej", "Kastanievej", "Hasselvej", "Tværvej", "Bakkevej",
    "Enghavevej", "Fasanvej", "Vibevej", "Mågevej", "Lærkevej", "Kildevej", "Parkvej",
    "Strandvej", "Jernbanegade", "Torvegade", "Algade", "Storegade", "Adelgade", "Grønnegade",
    "Klostergade", "Nyvej", "Granvej", "Elmevej", "Tjørnevej", "Violvej", "Hyldevej",
    "Toftevej", "Agervej", "Kærvej", "Mosevej", "Lærkevænget", "Bøgeparken", "Kirkebakken",
    "Skovbrynet", "Æblehaven", "Solsikkevej", "Grusgraven", "Højvangen", "Valmuevej",
    "Tranevej", "Ørnevej", "Blommehaven", "Fyrrevej", "Rønnebærvej",
]

# real postcodes and towns
TOWNS = [
    ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"), ("7100", "Vejle"),
    ("6700", "Esbjerg"), ("8900", "Randers C"), ("7400", "Herning"), ("8700", "Horsens"),
    ("4000", "Roskilde"), ("3400", "Hillerød"), ("4700", "Næstved"), ("6000", "Kolding"),
    ("7500", "Holstebro"), ("8600", "Silkeborg"), ("8800", "Viborg"), ("4600", "Køge"),
    ("4200", "Slagelse"), ("2630", "Taastrup"), ("2600", "Glostrup"), ("2650", "Hvidovre"),
    ("2800", "Kongens Lyngby"), ("3000", "Helsingør"), ("4800", "Nykøbing F"),
    ("5700", "Svendborg"), ("6400", "Sønderborg"), ("6100", "Haderslev"), ("6200", "Aabenraa"),
    ("7700", "Thisted"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("8500", "Grenaa"),
    ("4300", "Holbæk"), ("4100", "Ringsted"), ("4400", "Kalundborg"), ("3600", "Frederikssund"),
    ("8300", "Odder"), ("8660", "Skanderborg"), ("9700", "Brønderslev"), ("9400", "Nørresundby"),
    ("2300", "København S"), ("2200", "København N"), ("2400", "København NV"), ("2500", "Valby"),
    ("2720", "Vanløse"), ("2750", "Ballerup"), ("2860", "Søborg"), ("3700", "Rønne"),
    ("5600", "Faaborg"), ("5800", "Nyborg"), ("6800", "Varde"), ("6900", "Skjern"),
    ("7800", "Skive"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("9200", "Aalborg SV"), ("7430", "Ikast"), ("7330", "Brande"), ("8450", "Hammel"),
    ("4690", "Haslev"), ("4760", "Vordingborg"), ("4900", "Nakskov"), ("5500", "Middelfart"),
]

# municipalities (public bodies) and their mail domains (used for invented work addresses)
KOMMUNER = [
    ("Vejle Kommune", "vejle.dk"), ("Aarhus Kommune", "aarhus.dk"), ("Odense Kommune", "odense.dk"),
    ("Kolding Kommune", "kolding.dk"), ("Herning Kommune", "herning.dk"),
    ("Randers Kommune", "randers.dk"), ("Horsens Kommune", "horsens.dk"),
    ("Silkeborg Kommune", "silkeborg.dk"), ("Viborg Kommune", "viborg.dk"),
    ("Holbæk Kommune", "holbaek.dk"), ("Næstved Kommune", "naestved.dk"),
    ("Slagelse Kommune", "slagelse.dk"), ("Svendborg Kommune", "svendborg.dk"),
    ("Hjørring Kommune", "hjoerring.dk"), ("Køge Kommune", "koege.dk"),
]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk", "yahoo.dk",
                "mail.dk", "jubii.dk", "icloud.com", "outlook.com", "gmail.com", "hotmail.com"]
FOREIGN_MAIL = {"pol": ["wp.pl", "onet.pl", "gmail.com"], "ukr": ["ukr.net", "gmail.com"],
                "rom": ["yahoo.ro", "gmail.com"], "thai": ["hotmail.co.th", "gmail.com"],
                "fil": ["yahoo.com.ph", "gmail.com"], "greenland": ["greennet.gl", "gmail.com"],
                "turk": ["hotmail.com.tr", "gmail.com"]}

HOSPITALS = ["Aarhus Universitetshospital", "Odense Universitetshospital", "Hvidovre Hospital",
             "Regionshospitalet Gødstrup", "Sygehus Lillebælt, Kolding", "Aalborg Universitetshospital",
             "Herlev Hospital", "Rigshospitalet", "Regionshospitalet Randers", "Sjællands Universitetshospital, Køge",
             "Hospitalsenheden Horsens", "Nordsjællands Hospital, Hillerød"]
CHURCHES = ["Vor Frue Kirke", "Domkirken", "Skt. Mortens Kirke", "Helligåndskirken", "Vestre Kirke",
            "Sønderbro Kirke", "Bykirken", "Landsbykirken", "Frelsers Kirke", "Kapellet på Assistens Kirkegård"]
MOSQUES = ["moskeen i Brabrand", "Imam Ali-moskeen", "fredagsbønnen i moskeen i Vollsmose"]

ABROAD = {
    "arab": ["Aleppo", "Damaskus", "Homs", "Beirut", "Bagdad", "Amman", "Irbid"],
    "somali": ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Garowe"],
    "pol": ["Gdańsk", "Kraków", "Wrocław", "Poznań", "Łódź", "Rzeszów"],
    "ukr": ["Kharkiv", "Lviv", "Odesa", "Dnipro", "Poltava", "Zaporizjzja"],
    "eri": ["Asmara", "Keren", "Mendefera", "Massawa"],
    "thai": ["Udon Thani", "Khon Kaen", "Bangkok", "Khorat", "Nakhon Ratchasima"],
    "fil": ["Quezon City", "Cebu City", "Davao City", "Iloilo City", "Batangas"],
    "rom": ["Iași", "Cluj-Napoca", "Constanța", "Bacău", "Craiova"],
    "greenland": ["Nuuk", "Sisimiut", "Ilulissat", "Qaqortoq", "Tasiilaq"],
}

LANG = {"arab": "arabisk", "somali": "somali", "pol": "polsk", "ukr": "ukrainsk", "eri": "tigrinya",
        "thai": "thai", "fil": "tagalog", "rom": "rumænsk", "greenland": "grønlandsk"}

# foreign addresses: function keys in make.py use these fragments
FOREIGN_STREETS = {
    "arab": ["Shari' al-Nasr", "Shari' Baghdad", "al-Jamiliyah, Shari' al-Quds", "Shari' al-Thawra"],
    "somali": ["Jidka Maka al-Mukarama", "Waddada Wadnaha", "Jidka Warshadaha"],
    "pol": ["ul. Długa", "ul. Grunwaldzka", "ul. Kwiatowa", "ul. Słowackiego", "ul. Polna"],
    "ukr": ["vul. Sumska", "vul. Naukova", "prosp. Nauky", "vul. Zelena", "vul. Sadova"],
    "eri": ["Godena Harnet", "Sematat Avenue", "Godena 171-1"],
    "thai": ["Moo 3, Tambon Ban Chan", "Soi Sukhumvit 71", "Moo 7, Tambon Non Sung"],
    "fil": ["Rizal Street, Barangay San Isidro", "Mabini Street, Barangay Poblacion",
            "Purok 4, Barangay Malinta"],
    "rom": ["Strada Florilor", "Strada Păcurari", "Strada Lalelelor", "Bulevardul Independenței"],
    "greenland": ["Aqqusinersuaq", "Qullilerfik", "Paarnaqusiaq", "Jaaku Aqqusernga"],
}
POSTAL = {"pol": lambda r: "%02d-%03d" % (r.randint(10, 99), r.randint(100, 999)),
          "ukr": lambda r: "%05d" % r.randint(10000, 99999),
          "thai": lambda r: "%05d" % r.randint(10000, 99999),
          "rom": lambda r: "%06d" % r.randint(100000, 999999),
          "fil": lambda r: "%04d" % r.randint(1000, 9999),
          "greenland": None, "arab": None, "somali": None, "eri": None}
GL_POST = {"Nuuk": "3900", "Sisimiut": "3911", "Ilulissat": "3952", "Qaqortoq": "3920", "Tasiilaq": "3913"}

COUNTRY_CODE = {"arab": ["+963", "+961", "+964", "+962"], "somali": ["+252"], "pol": ["+48"],
                "ukr": ["+380"], "eri": ["+291"], "thai": ["+66"], "fil": ["+63"], "rom": ["+40"],
                "greenland": ["+299"], "turk": ["+90"], "eng": ["+44"], "swe": ["+46"], "ger": ["+49"]}

# initials that must never be produced (they are ordinary abbreviations)
BAD_INITIALS = ["IT", "KL", "BU", "SOS", "ICS", "PPR", "SFO", "CPR", "MF", "TV", "TH", "ST", "NR",
                "OK", "AM", "PM", "DK", "EU", "ID", "UU", "PS", "BH", "SU", "HR", "FN", "SMS", "VI",
                "JA", "NU", "OG", "AT", "DE", "EN", "ER", "SE", "MIN", "DIN", "HAN", "HUN", "DEN",
                "DET", "ET", "RO", "OM", "PÅ", "AF", "SÅ", "UD", "OP", "GÅ", "FÅ", "OS", "DU", "JO", "DA", "MIG", "DIG", "SIG", "SIN",
                "MOD", "MED", "FOR", "FRA", "TIL", "HAR", "KAN", "VAR", "KOM", "FIK", "TOG", "ALT", "END", "IND",
                "NED", "BAG", "NY", "NYE", "CM", "KG", "MM", "KR", "KL", "NB", "PR", "EL", "GS", "MAJ", "BO", "ÅR",
                "DAG", "UGE", "OGS", "HOS", "SER", "SKAL", "VIL", "MEN", "LIGE", "ELLER", "HVIS", "SOM", "KB", "MB", "GB", "PC", "AS", "ApS", "SB", "EAN", "CVR", "AKT", "TRAS", "SMTTE",
                "HF", "STX", "HTX", "FGU", "UNG", "BUF", "DUBU", "KK", "SKS", "MOR", "FAR", "TO", "HEJ"]

# public numbers allowed anywhere (phone-shaped look-alikes); all else phone-shaped must be planted
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "116111", "82 12 12 12", "70 201 201",
                  "70 10 20 00", "72 36 00 00", "76 81 00 00", "70 11 15 15"]
