"""Invented name, street and town pools for the blind13 corpus (written by hand, no library)."""

# origin -> (female first names, male first names, surnames)
# a surname "A|B" is gendered: A for men, B for women
ORIGINS = {
    "dk": (
        ["Mette", "Anne", "Camilla", "Sofie", "Freja", "Emma", "Ida", "Louise", "Katrine", "Maria",
         "Line", "Signe", "Julie", "Cecilie", "Pernille", "Tina", "Susanne", "Hanne", "Birgitte", "Lone",
         "Karina", "Malene", "Nanna", "Josefine", "Clara", "Alma", "Ella", "Agnes", "Karla", "Marie"],
        ["Jens", "Lars", "Søren", "Mikkel", "Frederik", "Noah", "William", "Oscar", "Magnus", "Mads",
         "Rasmus", "Jesper", "Anders", "Thomas", "Kasper", "Jonas", "Niels", "Henrik", "Martin", "Christian",
         "Emil", "Lucas", "Victor", "Carl", "Alfred", "Malthe", "Bjarne", "Kim", "Torben", "Kenneth"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
         "Johansen", "Mortensen", "Juhl", "Kristoffersen", "Østergaard", "Vestergaard", "Lauridsen",
         "Mikkelsen", "Frandsen", "Iversen", "Krogh", "Dahl", "Bech-Larsen", "Juhl-Andersen"],
    ),
    "dk_rare": (
        ["Asta", "Gry", "Elvira", "Liva", "Idun", "Tilde", "Vigga", "Ingeborg", "Silje", "Bodil",
         "Sol", "Lykke"],
        ["Valdemar", "Ingolf", "Tyge", "Halfdan", "Eigil", "Aksel", "Thorvald", "Vitus", "Ejnar", "Loke",
         "Storm", "Bo", "Ask", "Ulv", "Frej"],
        ["Kjærsgaard", "Brøndum", "Fuglsang", "Ravnsborg", "Skovgaard-Holm", "Munk", "Skov", "Vinter",
         "Storm", "Bak", "Holm", "Gyldenkærne", "Mølgaard", "Tougaard"],
    ),
    "gl": (
        ["Nivi", "Ivalu", "Naja", "Pipaluk", "Aviaja", "Paninnguaq"],
        ["Aputsiaq", "Malik", "Inuk", "Minik", "Kunuk", "Hans-Henrik"],
        ["Kleist", "Lynge", "Motzfeldt", "Berthelsen", "Petrussen", "Heilmann", "Egede", "Kreutzmann"],
    ),
    "fo": (
        ["Guðrun", "Rannvá", "Sigrid", "Bjørg", "Turið", "Elin"],
        ["Rói", "Sjúrður", "Bárður", "Jógvan", "Hallur", "Sámal"],
        ["Joensen", "Jacobsen", "Dam", "í Skorini", "á Lakjuni", "Niclasen"],
    ),
    "so": (
        ["Hodan", "Fadumo", "Ayaan", "Sahra", "Hibo", "Ifrah", "Nasra"],
        ["Abdirahman", "Mahad", "Abdullahi", "Liban", "Bashir", "Guled"],
        ["Warsame", "Farah", "Hassan", "Abdi", "Mohamed", "Osman", "Jama"],
    ),
    "ar": (
        ["Layla", "Amira", "Nour", "Fatima", "Yasmin", "Rania"],
        ["Yusuf", "Omar", "Khalid", "Mohammed", "Ahmad", "Karim", "Hamza", "Ibrahim"],
        ["Al-Hassan", "Haddad", "Nasser", "Khalil", "Saleh", "Mansour", "Abu-Salem", "El-Sayed"],
    ),
    "ku": (
        ["Rojin", "Dilan", "Shilan", "Berfin", "Avin", "Hêvî"],
        ["Baran", "Zana", "Rebwar", "Kawa", "Dara", "Serhat"],
        ["Barzani", "Rashid", "Zebari", "Hawrami", "Qadir", "Ahmed"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Merve", "Esra", "Büşra"],
        ["Emre", "Mehmet", "Burak", "Mustafa", "Eren", "Kerem"],
        ["Yılmaz", "Öztürk", "Kaya", "Demir", "Çelik", "Aydın", "Şahin", "Doğan"],
    ),
    "af": (
        ["Zahra", "Nilofar", "Mariam", "Parisa", "Freshta", "Shabnam"],
        ["Farid", "Ahmad Shah", "Sayed", "Jawad", "Habib", "Nasir"],
        ["Ahmadzai", "Karimi", "Rahimi", "Hakimi", "Popal", "Sultani", "Noori"],
    ),
    "pk": (
        ["Ayesha", "Sana", "Hina", "Mehwish", "Sadia", "Nadia"],
        ["Imran", "Bilal", "Usman", "Kashif", "Faisal", "Zain"],
        ["Chaudhry", "Qureshi", "Butt", "Iqbal", "Akhtar", "Hussain", "Raza"],
    ),
    "pl": (
        ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Ewa", "Joanna", "Magdalena"],
        ["Kacper", "Wojciech", "Piotr", "Tomasz", "Jakub", "Paweł", "Krzysztof"],
        ["Nowak", "Kowalski|Kowalska", "Wiśniewski|Wiśniewska", "Zieliński|Zielińska", "Wójcik",
         "Kamiński|Kamińska", "Lewandowski|Lewandowska", "Dąbrowski|Dąbrowska"],
    ),
    "ua": (
        ["Olena", "Iryna", "Oksana", "Kateryna", "Yuliia", "Sofiia"],
        ["Oleksandr", "Dmytro", "Bohdan", "Andrii", "Taras", "Mykola"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko", "Boiko"],
    ),
    "ro": (
        ["Ioana", "Florina", "Andreea", "Elena", "Mihaela", "Raluca"],
        ["Andrei", "Mihai", "Ionuț", "Florin", "Cătălin", "Bogdan"],
        ["Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu", "Rusu"],
    ),
    "ba": (
        ["Emina", "Lejla", "Amra", "Selma", "Aida", "Merima"],
        ["Amir", "Adnan", "Mirza", "Haris", "Edin", "Senad"],
        ["Hodžić", "Begić", "Delić", "Mujić", "Hadžić", "Kovačević", "Alić"],
    ),
    "er": (
        ["Selam", "Semhar", "Helen", "Senait", "Freweyni", "Luwam"],
        ["Yonas", "Tesfay", "Merhawi", "Dawit", "Filmon", "Robel"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Tekle", "Berhane", "Gebru"],
    ),
    "vn": (
        ["Thi Lan", "Linh", "Ngoc Anh", "Thu Trang", "Huong"],
        ["Minh", "Thanh", "Duc", "Quang Huy", "Tuan"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    ),
    "th": (
        ["Malee", "Kanya", "Siriporn", "Pranee", "Wanida"],
        ["Somchai", "Niran", "Anan", "Kittisak", "Chaiwat"],
        ["Saetang", "Wongsawat", "Chaiyaporn", "Srisuk", "Boonmee", "Phromma"],
    ),
    "ph": (
        ["Maricel", "Rowena", "Jocelyn", "Marites", "Angelica", "Kristine"],
        ["Jose", "Jerome", "Rodel", "Mark Anthony", "Jomar"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia"],
    ),
    "en": (
        ["Chloe", "Charlotte", "Megan", "Abigail", "Grace"],
        ["Liam", "Jack", "Harry", "George", "Callum", "Ryan"],
        ["Smith", "Taylor", "Wright", "O'Brien", "Walker", "McKenzie", "Evans"],
    ),
}

# weights for family origins and for professionals (as lists, order fixed)
FAMILY_ORIGINS = [("dk", 30), ("dk_rare", 10), ("gl", 5), ("fo", 4), ("so", 6), ("ar", 7), ("ku", 5),
                  ("tr", 6), ("af", 5), ("pk", 4), ("pl", 5), ("ua", 5), ("ro", 4), ("ba", 4), ("er", 4),
                  ("vn", 3), ("th", 3), ("ph", 3), ("en", 3)]
PRO_ORIGINS = [("dk", 55), ("dk_rare", 10), ("gl", 2), ("fo", 2), ("so", 2), ("ar", 4), ("ku", 3),
               ("tr", 4), ("af", 2), ("pk", 3), ("pl", 3), ("ua", 2), ("ro", 1), ("ba", 3), ("er", 1),
               ("vn", 1), ("th", 1), ("ph", 1), ("en", 2)]

NICKNAMES = {"Mohammed": "Mo", "Abdirahman": "Abdi", "Oleksandr": "Sasha", "Wojciech": "Wojtek",
             "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Frederik": "Freddy", "Christian": "Chrille",
             "Katrine": "Trine", "Josefine": "Fie", "Valdemar": "Valde", "Ingeborg": "Inge",
             "Mustafa": "Musse", "Aputsiaq": "Aputsi", "Kristine": "Tintin", "Magdalena": "Madzia"}

STREETS = ["Skolevej", "Birkevej", "Vestergade", "Østergade", "Nørregade", "Søndergade", "Kirkevej",
           "Møllevej", "Engvej", "Lindevej", "Bøgevej", "Egevej", "Ahornvej", "Rosenvænget", "Parkvej",
           "Stationsvej", "Strandvej", "Skovvej", "Elmevej", "Tjørnevej", "Kastanievej", "Grønnegade",
           "Violvej", "Fasanvej", "Mågevej", "Vibevej", "Lærkevej", "Højvangen", "Bakkevej", "Toftevej",
           "Enghavevej", "Agervej", "Åboulevarden", "Nygade", "Jernbanegade", "Gl. Kongevej", "Hyldevej",
           "Kløvervej", "Tranevej", "Rugvænget", "Sønderparken", "Mosevej", "Havrevænget", "Solsortevej",
           "Valmuevej", "Granvej", "Kongensgade", "Bredgade", "Torvegade", "Vænget"]

TOWNS = [("8000", "Aarhus C"), ("8210", "Aarhus V"), ("8260", "Viby J"), ("8220", "Brabrand"),
         ("5000", "Odense C"), ("5220", "Odense SØ"), ("9000", "Aalborg"), ("9220", "Aalborg Øst"),
         ("2300", "København S"), ("2400", "København NV"), ("2200", "København N"), ("2650", "Hvidovre"),
         ("2630", "Taastrup"), ("2620", "Albertslund"), ("4000", "Roskilde"), ("4200", "Slagelse"),
         ("4700", "Næstved"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("7400", "Herning"),
         ("8900", "Randers C"), ("8700", "Horsens"), ("6000", "Kolding"), ("7500", "Holstebro"),
         ("8800", "Viborg"), ("9800", "Hjørring"), ("4800", "Nykøbing F"), ("3400", "Hillerød"),
         ("3000", "Helsingør"), ("6400", "Sønderborg"), ("5700", "Svendborg"), ("4300", "Holbæk"),
         ("7800", "Skive"), ("9900", "Frederikshavn"), ("8600", "Silkeborg"), ("7000", "Fredericia"),
         ("6100", "Haderslev"), ("4600", "Køge"), ("3600", "Frederikssund"), ("8500", "Grenaa"),
         ("9700", "Brønderslev"), ("6200", "Aabenraa"), ("8300", "Odder"), ("7330", "Brande")]

FOREIGN_ADDR = [
    "ul. Długa 12/4, 80-831 Gdańsk", "ul. Polna 7 m. 3, 61-001 Poznań", "Hauptstraße 5, 24937 Flensburg",
    "Storgatan 12, 211 42 Malmö", "Aqqusinersuaq 14, 3900 Nuuk", "Niels Finsens gøta 7, FO-100 Tórshavn",
    "vul. Shevchenka 21, kv. 8, 79000 Lviv", "Strada Mihai Eminescu 44, 400 Cluj-Napoca",
    "Mohamed Ahmed Street 18, Hargeisa", "Ferhadija 9, 71000 Sarajevo", "Kirkjubøarvegur 3, FO-100 Tórshavn",
    "Atatürk Cad. No: 27 D:4, 35220 İzmir", "Imaneq 22, 3900 Nuuk", "Vasagatan 3, 411 24 Göteborg",
]

KOMMUNER = [("Aarhus Kommune", "aarhus.dk"), ("Odense Kommune", "odense.dk"), ("Københavns Kommune", "kk.dk"),
            ("Aalborg Kommune", "aalborg.dk"), ("Randers Kommune", "randers.dk"), ("Vejle Kommune", "vejle.dk"),
            ("Horsens Kommune", "horsens.dk"), ("Esbjerg Kommune", "esbjerg.dk"), ("Kolding Kommune", "kolding.dk"),
            ("Silkeborg Kommune", "silkeborg.dk"), ("Herning Kommune", "herning.dk"), ("Viborg Kommune", "viborg.dk"),
            ("Holbæk Kommune", "holbaek.dk"), ("Slagelse Kommune", "slagelse.dk"), ("Næstved Kommune", "naestved.dk"),
            ("Roskilde Kommune", "roskilde.dk"), ("Frederikshavn Kommune", "frederikshavn.dk"),
            ("Hjørring Kommune", "hjoerring.dk"), ("Skive Kommune", "skive.dk"), ("Hvidovre Kommune", "hvidovre.dk")]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk", "yahoo.dk", "mail.dk",
                "icloud.com", "jubii.dk", "protonmail.com", "wp.pl", "ukr.net", "yahoo.com"]

# public numbers that may appear unplanted (look-alikes); checked against a whitelist in make.py
PUBLIC_NUMBERS = [
    ("Alarmcentralen", "112"), ("Politiet", "114"), ("Lægevagten", "1813"), ("Børnetelefonen", "116 111"),
    ("Forældretelefonen", "35 55 55 57"),
]
# switchboard look-alikes (labelled as switchboards; treated as public in the checks)
SWITCHBOARDS = {"Aarhus Kommune": "89 40 20 00", "Københavns Kommune": "33 66 33 66", "Odense Kommune": "66 13 13 72",
                "Aalborg Kommune": "99 31 31 31", "Esbjerg Kommune": "76 16 16 16"}
CVRS = ["55133018", "64942212", "35209115", "29189420", "19438414"]
