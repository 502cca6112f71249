# -*- coding: utf-8 -*-
"""Hand-written pools for the blind50 corpus. All persons are invented.
Lists only (no sets), so iteration order is fixed."""

# origin -> female first names, male first names, surnames
NAMES = {
    "dk": (
        ["Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofie", "Anna", "Laura", "Karla",
         "Mathilde", "Josefine", "Agnes", "Nora", "Mette", "Hanne", "Susanne", "Camilla",
         "Louise", "Pernille", "Trine", "Lene", "Charlotte", "Maria", "Anne-Sofie", "Birgitte",
         "Kirsten", "Tina", "Signe", "Rikke"],
        ["William", "Noah", "Oscar", "Lucas", "Victor", "Malthe", "Emil", "Alfred", "Magnus",
         "Frederik", "Oliver", "Carl", "Aksel", "Valdemar", "Jens", "Lars", "Henrik", "Søren",
         "Morten", "Thomas", "Martin", "Jesper", "Rasmus", "Mads", "Kasper", "Anders", "Jakob",
         "Kenneth", "Brian", "Jan Erik"],
        ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
         "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen",
         "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen",
         "Frandsen", "Kjær", "Dahl", "Østergaard", "Bertelsen", "Damgaard", "Lauridsen",
         "Holm Madsen", "Fogh"]),
    "dk_rare": (
        ["Asta", "Liva", "Silje", "Vilja", "Merle", "Tilde", "Yrsa", "Gry", "Ingeborg", "Kamma",
         "Elvira", "Saga", "Idun", "Rigmor", "Karen Marie"],
        ["Bastian", "Eskild", "Gorm", "Halfdan", "Thorvald", "Ejnar", "Ansgar", "Vitus", "Loke",
         "Kaj", "Bjarke", "Ivar", "Sylvester", "Otto", "Villads"],
        ["Brøndum-Vestergaard", "Skovbo", "Hjortshøj", "Fuglsang", "Kragelund", "Ravnholt",
         "Lindholm-Friis", "Thygesen", "Egebjerg", "Mølgaard", "Hvidbjerg", "Kirketerp",
         "Bjerregaard Nørgaard", "Stounberg", "Vendelbo"]),
    "word": (
        ["Sol", "Lykke", "Maj", "Stjerne", "Fryd", "Dagmar"],
        ["Storm", "Bo", "Ask", "Ulv", "Frej", "Falk"],
        ["Skov", "Vinter", "Storm", "Bach", "Lund", "Holm", "Krog", "Bonde"]),
    "gl": (
        ["Aviaja", "Naja", "Nivi", "Pipaluk", "Ivalu", "Arnaq", "Paninnguaq", "Nukaaka"],
        ["Inuk", "Malik", "Aputsiaq", "Kunuk", "Nuka", "Hans-Enok", "Ole Kristian", "Kuupik"],
        ["Kleist", "Lynge", "Petrussen", "Heilmann", "Motzfeldt", "Berthelsen", "Lyberth",
         "Kreutzmann", "Geisler", "Olsvig"]),
    "fo": (
        ["Guðrun", "Rakul", "Marita", "Turið", "Sigrið", "Bjørg", "Annika"],
        ["Rúni", "Jógvan", "Sjúrður", "Bárður", "Heðin", "Símun", "Eyðun"],
        ["Joensen", "Jacobsen", "Ellefsen", "á Lakjuni", "í Geil", "Nolsøe", "Dalsgaard",
         "Zachariasen"]),
    "so": (
        ["Hodan", "Amina", "Fadumo", "Ifrah", "Sahra", "Hamdi", "Ubah", "Nasra"],
        ["Abdirahman", "Mohamed", "Abdullahi", "Ahmed", "Yusuf", "Liban", "Guled", "Mahad"],
        ["Warsame", "Farah", "Jama", "Hassan", "Abdi", "Ismail", "Osman", "Hirsi", "Nur"]),
    "ar": (
        ["Fatima", "Layla", "Mariam", "Yasmin", "Noor", "Rania", "Hiba", "Salma"],
        ["Omar", "Khalid", "Yousef", "Ibrahim", "Karim", "Hamza", "Ali", "Bilal"],
        ["El-Masri", "Al-Hassan", "Haddad", "Mansour", "Khalil", "Saleh", "Abu-Ahmad",
         "Darwish", "Al-Sayed"]),
    "ku": (
        ["Rojin", "Berfin", "Dilan", "Avin", "Zilan", "Hêvî", "Shilan"],
        ["Rojhat", "Diyar", "Baran", "Azad", "Serhat", "Shervan", "Rêber"],
        ["Doski", "Amedi", "Hawrami", "Baban", "Mahmoud", "Kurdî", "Berwari"]),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Esra", "Hatice"],
        ["Emre", "Mehmet", "Mustafa", "Burak", "Kerem", "Yiğit", "Hüseyin"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan"]),
    "af": (
        ["Mursal", "Parwana", "Zahra", "Shabnam", "Mahsa", "Fereshta", "Nilofar"],
        ["Ahmad", "Farid", "Sayed", "Jawad", "Naveed", "Habib", "Wahid"],
        ["Rahimi", "Ahmadi", "Hakimi", "Sultani", "Noori", "Karimi", "Haidari", "Sadat"]),
    "pk": (
        ["Ayesha", "Sana", "Hira", "Zainab", "Mehwish", "Rabia", "Sadia"],
        ["Imran", "Usman", "Zeeshan", "Asif", "Faisal", "Adeel", "Tariq"],
        ["Khan", "Butt", "Chaudhry", "Iqbal", "Qureshi", "Raza", "Aslam", "Mirza"]),
    "pl": (
        ["Zofia", "Zuzanna", "Agnieszka", "Katarzyna", "Małgorzata", "Wiktoria", "Joanna"],
        ["Jakub", "Kacper", "Piotr", "Tomasz", "Krzysztof", "Łukasz", "Mateusz"],
        ["Nowak", "Kowalczyk", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
         "Szymańska", "Dąbrowski"]),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Sofiia", "Daryna", "Viktoriia", "Nataliia"],
        ["Andrii", "Oleksandr", "Dmytro", "Bohdan", "Maksym", "Taras", "Yurii"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk",
         "Hrytsenko", "Savchuk"]),
    "ro": (
        ["Ioana", "Andreea", "Elena", "Bianca", "Ana-Maria", "Denisa", "Roxana"],
        ["Andrei", "Ionuț", "Mihai", "Alexandru", "Florin", "Gheorghe", "Cosmin"],
        ["Popescu", "Ionescu", "Dumitru", "Munteanu", "Rusu", "Constantin", "Moldovan"]),
    "ba": (
        ["Amra", "Lejla", "Emina", "Selma", "Ajla", "Medina", "Alma"],
        ["Haris", "Emir", "Adnan", "Amel", "Kenan", "Mirza", "Edin"],
        ["Hodžić", "Begić", "Mehmedović", "Hadžić", "Delić", "Omerović", "Softić", "Čaušević"]),
    "er": (
        ["Senait", "Rahwa", "Feven", "Selam", "Luwam", "Saba", "Yohana"],
        ["Yonas", "Dawit", "Filmon", "Merhawi", "Teklit", "Robel", "Henok"],
        ["Tesfay", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tsegay", "Woldu", "Ghebrehiwet"]),
    "vn": (
        ["Linh", "Thu", "Huong", "Ngoc Anh", "Thao", "Lan Anh", "Trang"],
        ["Minh", "Duc", "Tuan", "Khanh", "Bao", "Quang Huy", "Long"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do Thi"]),
    "th": (
        ["Siriporn", "Kanya", "Malee", "Ploy", "Pimchanok", "Wanida", "Nong"],
        ["Somchai", "Anan", "Kittisak", "Thanawat", "Prasert", "Nattapong", "Chai"],
        ["Srisuk", "Chaiyaporn", "Wongsa", "Boonmee", "Saetang", "Thongchai", "Kaewmanee"]),
    "ph": (
        ["Maricel", "Jocelyn", "Analyn", "Rowena", "Kristine", "Mary Joy", "Lovely"],
        ["Jomar", "Rodel", "Mark Anthony", "Jerome", "Rommel", "Jun-Jun", "Arnel"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Manalo"]),
    "en": (
        ["Olivia", "Grace", "Chloe", "Sophie", "Amelia", "Megan", "Holly"],
        ["Jack", "Harry", "George", "Liam", "Ethan", "Callum", "Owen"],
        ["Smith", "Taylor", "Brown", "Wilson", "Walker", "Hughes", "O'Brien", "McKenzie"]),
}

# weights for drawing an origin (Danish names most frequent, every origin present)
ORIGIN_WEIGHTS = [("dk", 34), ("dk_rare", 8), ("word", 6), ("gl", 4), ("fo", 3), ("so", 5),
                  ("ar", 6), ("ku", 4), ("tr", 5), ("af", 4), ("pk", 4), ("pl", 5), ("ua", 5),
                  ("ro", 3), ("ba", 3), ("er", 3), ("vn", 3), ("th", 2), ("ph", 3), ("en", 3)]

NICK = {"Frederik": "Freddy", "Sofie": "Fie", "Mathilde": "Tilde", "Oliver": "Olli",
        "Mohamed": "Mo", "Abdirahman": "Abdi", "Katarzyna": "Kasia", "Oleksandr": "Sasha",
        "Małgorzata": "Gosia", "Valdemar": "Valde", "Josefine": "Josse", "Christoffer": "Chris",
        "Magnus": "Mugge", "Abdullahi": "Abdul", "Alexandru": "Alex", "Mark Anthony": "Mac-Mac",
        "Thanawat": "Tan", "Pimchanok": "Pim", "Yousef": "Yoyo", "Zuzanna": "Zuza",
        "Kenneth": "Kenni", "Rasmus": "Rasse", "Kasper": "Kasse", "Anne-Sofie": "Anso",
        "Charlotte": "Lotte", "Birgitte": "Bitten", "Aviaja": "Avi", "Hans-Enok": "Enok",
        "Mehmet": "Memo", "Krzysztof": "Krzyś", "Dmytro": "Dima", "Viktoriia": "Vika",
        "Ionuț": "Nutu", "Guled": "Gule", "Henok": "Heni", "Jerome": "Jojo"}

STREETS = ["Skolevej", "Kirkevej", "Birkevej", "Egevej", "Møllevej", "Vestergade", "Østergade",
           "Nørregade", "Søndergade", "Strandvejen", "Ringvejen", "Bakkevej", "Engvej", "Lærkevej",
           "Vibevej", "Rosenvej", "Stationsvej", "Højvangen", "Toftevej", "Grønnegade",
           "Parkvej", "Kastanievej", "Bøgevej", "Hybenvej", "Poppelvej", "Violvej", "Mågevej",
           "Fasanvej", "Nygade", "Jernbanegade", "Havnegade", "Skovvej", "Bredgade", "Algade",
           "Torvegade", "Ahornvej", "Lindevej", "Tranevej", "Solbakken", "Engtoften",
           "Mosevej", "Kildevej", "Gl. Kongevej", "Rugvænget", "Hvedemarken", "Æblehaven",
           "Byagervej", "Anemonevej", "Syrenvej", "Blåbærvej"]

TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("5000", "Odense C"),
         ("5200", "Odense V"), ("9000", "Aalborg"), ("9400", "Nørresundby"), ("7100", "Vejle"),
         ("6000", "Kolding"), ("8700", "Horsens"), ("8600", "Silkeborg"), ("7400", "Herning"),
         ("8900", "Randers C"), ("4000", "Roskilde"), ("4700", "Næstved"), ("4200", "Slagelse"),
         ("3400", "Hillerød"), ("3000", "Helsingør"), ("2630", "Taastrup"), ("2650", "Hvidovre"),
         ("2600", "Glostrup"), ("2620", "Albertslund"), ("4600", "Køge"), ("6700", "Esbjerg"),
         ("6100", "Haderslev"), ("6400", "Sønderborg"), ("6200", "Aabenraa"),
         ("7500", "Holstebro"), ("7800", "Skive"), ("8800", "Viborg"), ("9800", "Hjørring"),
         ("9900", "Frederikshavn"), ("4800", "Nykøbing F"), ("4900", "Nakskov"),
         ("3700", "Rønne"), ("5700", "Svendborg"), ("5800", "Nyborg"), ("4300", "Holbæk"),
         ("4400", "Kalundborg"), ("7000", "Fredericia"), ("8500", "Grenaa"), ("7700", "Thisted"),
         ("9700", "Brønderslev"), ("6800", "Varde"), ("8300", "Odder"), ("2300", "København S"),
         ("2200", "København N"), ("2400", "København NV"), ("2500", "Valby"),
         ("2750", "Ballerup"), ("4100", "Ringsted"), ("4180", "Sorø"), ("8450", "Hammel"),
         ("7330", "Brande"), ("9380", "Vestbjerg"), ("5550", "Langeskov"), ("4690", "Haslev")]

FOREIGN_ADDR = [
    "ul. Długa 14/3, 80-827 Gdańsk", "ul. Kwiatowa 7 m. 12, 60-101 Poznań",
    "vul. Shevchenka 41, kv. 8, 79000 Lviv", "Strada Mihai Eminescu 23, 400001 Cluj-Napoca",
    "Hauptstraße 112, 24937 Flensburg", "Storgatan 5 B, 211 34 Malmö",
    "Aqqusinersuaq 12, 3900 Nuuk", "Niels Finsens gøta 7, 100 Tórshavn",
    "Atatürk Caddesi No. 18 Daire 4, 35210 Konak/İzmir", "Ferhadija 9, 71000 Sarajevo",
    "48 Grove Road, Leeds LS6 2AG", "Kirkegata 14, 0153 Oslo",
    "Imaneq 3, lejl. 104, 3900 Nuuk", "Ittoqqortoormiit-vej 4, 3970 Pituffik",
]

# municipalities used as the case-holding authority: name, mail domain, postcode, town, switchboard
KOMMUNER = [("Silkeborg", "silkeborg.dk"), ("Horsens", "horsens.dk"), ("Viborg", "viborg.dk"),
            ("Holstebro", "holstebro.dk"), ("Vejle", "vejle.dk"), ("Kolding", "kolding.dk"),
            ("Næstved", "naestved.dk"), ("Slagelse", "slagelse.dk"), ("Hillerød", "hillerod.dk"),
            ("Randers", "randers.dk"), ("Herning", "herning.dk"), ("Esbjerg", "esbjerg.dk"),
            ("Roskilde", "roskilde.dk"), ("Køge", "koege.dk"), ("Svendborg", "svendborg.dk"),
            ("Hjørring", "hjoerring.dk"), ("Sønderborg", "sonderborg.dk"), ("Skive", "skive.dk")]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
                "mail.dk", "icloud.com", "jubii.dk", "stofanet.dk", "youmail.dk", "outlook.com"]
