"""Hand-written pools for the blind32 held-out corpus (all persons invented).

Lists are tuples (ordered) so that iteration is deterministic.
"""

# ---------------------------------------------------------------- first names
# origin -> (female first names, male first names)
FIRST = {
    "dk": (
        ("Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Camilla", "Louise",
         "Charlotte", "Tina", "Pia", "Helle", "Marianne", "Line", "Sofie", "Emma", "Freja",
         "Clara", "Laura", "Karla", "Alberte", "Agnes", "Ella", "Josefine", "Nora",
         "Liva", "Esther", "Asta", "Vigga", "Signe", "Rikke", "Trine", "Stine", "Maja",
         "Nanna", "Cecilie", "Malene", "Birgitte", "Dorthe", "Gitte", "Merete", "Lærke",
         "Anne-Sofie", "Marie-Louise"),
        ("Jens", "Peter", "Lars", "Søren", "Niels", "Henrik", "Thomas", "Martin", "Michael",
         "Jesper", "Rasmus", "Anders", "Christian", "Morten", "Mads", "Jakob", "Kasper",
         "Frederik", "Mikkel", "Emil", "William", "Noah", "Oscar", "Lucas", "Carl", "Alfred",
         "Malthe", "Viggo", "Villads", "Aksel", "Magnus", "Valdemar", "Bjarne", "Torben",
         "Brian", "Kenneth", "Claus", "Finn", "Hans-Ole", "Karl-Emil"),
    ),
    "dkrare": (
        ("Alvilda", "Bjørk", "Thyra", "Idun", "Vilde", "Silje", "Kaja", "Elvira", "Liv",
         "Sol", "Lykke", "Maj", "Ingefær", "Lilje", "Solvej", "Ronja", "Tyra", "Embla"),
        ("Storm", "Bo", "Ask", "Frej", "Ulv", "Birk", "Eik", "Halfdan", "Tyge", "Rune",
         "Ejnar", "Balder", "Loke", "Vidar", "Egon", "Konrad", "Sigurd"),
    ),
    "gl": (
        ("Aviaja", "Naja", "Nivi", "Paninnguaq", "Ivalu", "Arnaq", "Pipaluk", "Malu",
         "Najaaraq", "Ulloriaq", "Kiista"),
        ("Inuk", "Aputsiaq", "Minik", "Malik", "Kunuk", "Pilutaq", "Inooraq", "Nukannguaq",
         "Hans-Henrik", "Salik", "Aqqaluk"),
    ),
    "fo": (
        ("Sunneva", "Turið", "Rannvá", "Bára", "Marjun", "Eyð", "Rakul", "Sigrið", "Ró"),
        ("Jógvan", "Rógvi", "Heðin", "Sjúrður", "Bárður", "Trúgvi", "Sámal", "Símun", "Jóannes"),
    ),
    "so": (
        ("Hodan", "Fadumo", "Amina", "Sahra", "Hibo", "Ayaan", "Ifrah", "Ubah", "Nimco",
         "Hamdi", "Ilhan", "Ladan", "Deqa"),
        ("Abdi", "Mohamed", "Abdirahman", "Abdullahi", "Liban", "Yusuf", "Guled", "Mahad",
         "Abdikarim", "Hamse", "Bashir", "Mukhtar"),
    ),
    "ar": (
        ("Fatima", "Aisha", "Mariam", "Nour", "Layla", "Yasmin", "Rania", "Huda", "Salma",
         "Zainab", "Lina", "Dima", "Rahaf", "Jana"),
        ("Ahmad", "Mahmoud", "Khalid", "Omar", "Youssef", "Ibrahim", "Karim", "Tariq",
         "Hamza", "Mustafa", "Samir", "Ali", "Anas", "Walid"),
    ),
    "ku": (
        ("Rojda", "Berfin", "Zilan", "Hêvî", "Rojin", "Narin", "Shirin", "Dilan", "Evîn",
         "Nazdar", "Bêrivan"),
        ("Rojhat", "Baran", "Dilshad", "Azad", "Serhat", "Hawre", "Rebaz", "Soran", "Kawa",
         "Shvan", "Diyar"),
    ),
    "tr": (
        ("Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Esra", "Emine", "Hatice", "Derya",
         "Sevgi", "Ecrin", "Meryem"),
        ("Mehmet", "Emre", "Burak", "Murat", "Kerem", "Ömer", "Hakan", "Deniz", "Yiğit",
         "Enes", "Furkan", "Cem"),
    ),
    "af": (
        ("Farzana", "Mursal", "Zarghona", "Parwana", "Mahbooba", "Nilofar", "Shabnam",
         "Freshta", "Marzia", "Setara"),
        ("Wahid", "Sayed", "Naveed", "Zabihullah", "Mirwais", "Farid", "Jawad",
         "Rahmatullah", "Habib", "Najibullah"),
    ),
    "pk": (
        ("Ayesha", "Sana", "Hina", "Sadia", "Iqra", "Rabia", "Mehwish", "Nadia", "Bushra",
         "Sidra", "Anum"),
        ("Imran", "Usman", "Bilal", "Faisal", "Asif", "Kamran", "Adnan", "Zeeshan", "Waqas",
         "Haris", "Shoaib"),
    ),
    "pl": (
        ("Agnieszka", "Katarzyna", "Magdalena", "Małgorzata", "Joanna", "Zuzanna",
         "Wiktoria", "Aleksandra", "Justyna", "Monika"),
        ("Piotr", "Krzysztof", "Tomasz", "Łukasz", "Paweł", "Jakub", "Kacper", "Szymon",
         "Wojciech", "Grzegorz"),
    ),
    "ua": (
        ("Olena", "Oksana", "Iryna", "Nataliia", "Yuliia", "Sofiia", "Anastasiia", "Daryna",
         "Viktoriia", "Khrystyna"),
        ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Bohdan", "Mykola", "Taras", "Yaroslav",
         "Maksym", "Vitalii"),
    ),
    "ro": (
        ("Ioana", "Andreea", "Elena", "Mihaela", "Alexandra", "Bianca", "Roxana",
         "Ana-Maria", "Florentina", "Denisa"),
        ("Andrei", "Mihai", "Ionuț", "Florin", "Bogdan", "Cristian", "Vlad", "Gheorghe",
         "Radu", "Marius"),
    ),
    "ba": (
        ("Amra", "Lejla", "Emina", "Selma", "Merima", "Aida", "Jasmina", "Azra", "Nermina",
         "Ajla"),
        ("Emir", "Adnan", "Kenan", "Tarik", "Amar", "Edin", "Senad", "Damir", "Nedim",
         "Almir"),
    ),
    "er": (
        ("Senait", "Yordanos", "Selam", "Luwam", "Freweyni", "Mebrat", "Winta", "Saba",
         "Helen", "Rahel"),
        ("Yonas", "Dawit", "Tesfay", "Mussie", "Filmon", "Biniam", "Habtom", "Kidane",
         "Amanuel", "Robel"),
    ),
    "vn": (
        ("Linh", "Huong", "Lan", "Thu", "Ngoc Anh", "Thao", "Trang", "Phuong", "Hanh", "My"),
        ("Minh", "Tuan", "Huy", "Duc", "Quang", "Khoa", "Bao", "Thanh", "Hieu", "Dung"),
    ),
    "th": (
        ("Siriporn", "Kanya", "Ploy", "Malee", "Sunisa", "Pranee", "Wanida", "Achara",
         "Jintana"),
        ("Somchai", "Anan", "Niran", "Krit", "Thanawat", "Chaiwat", "Prasert"),
    ),
    "ph": (
        ("Maricel", "Jocelyn", "Rowena", "Marites", "Angelica", "Kristine", "Jonalyn",
         "Mary Grace", "Rhea"),
        ("Jomar", "Rommel", "Ramil", "Jerome", "Mark Anthony", "Jun", "Rodel", "Arnel"),
    ),
    "en": (
        ("Emily", "Hannah", "Grace", "Chloe", "Jessica", "Amy", "Rebecca", "Megan"),
        ("James", "Harry", "George", "Jack", "Daniel", "Callum", "Owen", "Rhys"),
    ),
}

# surnames per origin; Polish gendered surnames as "m|f"
LAST = {
    "dk": ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
           "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
           "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
           "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Holm", "Schmidt",
           "Eriksen", "Nørgaard", "Vestergaard", "Bach", "Dahl", "Winther", "Kjær",
           "Lauridsen", "Bertelsen", "Krogh", "Brandt", "Toft", "Bundgaard", "Søndergaard",
           "Iversen", "Damgaard", "Overgaard", "Østergaard", "Kjeldsen", "Thorsen"),
    "dkrare": ("Skov", "Vinter", "Dam", "Bjerg", "Sommer", "Ravn", "Bonde", "Fuglsang",
               "Stjernholm", "Guldbæk", "Lykkegaard", "Ravnsborg", "Fisker", "Høg", "Lærkesen",
               "Bækgaard", "Mosbæk", "Rosendahl", "Kragh", "Hvid"),
    "gl": ("Kleist", "Lynge", "Berthelsen", "Motzfeldt", "Kreutzmann", "Heilmann", "Lyberth",
           "Egede", "Kielsen", "Chemnitz", "Enoksen", "Mathæussen", "Davidsen", "Geisler"),
    "fo": ("Joensen", "Jacobsen", "Djurhuus", "Dalsgaard", "í Líð", "Nolsøe", "Højgaard",
           "á Lakjuni", "Zachariasen", "Hansen", "Poulsen", "við Á", "Niclasen"),
    "so": ("Ali", "Farah", "Warsame", "Hussein", "Osman", "Jama", "Mohamud", "Hirsi",
           "Ahmed", "Aden", "Dirie", "Guleed", "Egal", "Nur", "Abdullahi"),
    "ar": ("Al-Masri", "Haddad", "Khalil", "Nasser", "Saleh", "Hamdan", "Abu-Saleh",
           "El-Sayed", "Darwish", "Qasim", "Mansour", "Hijazi", "Al-Hassan", "Ayoub"),
    "ku": ("Amedi", "Zebari", "Kurdi", "Hawrami", "Botani", "Rashid", "Abdulla", "Mahmud",
           "Sindi", "Baban", "Dosky"),
    "tr": ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın",
           "Arslan", "Doğan", "Koç", "Kılıç", "Özdemir"),
    "af": ("Ahmadzai", "Karimi", "Rahimi", "Hakimi", "Sultani", "Noori", "Popal", "Safi",
           "Stanikzai", "Wardak", "Hashimi", "Amiri"),
    "pk": ("Khan", "Hussain", "Malik", "Butt", "Chaudhry", "Qureshi", "Raza", "Iqbal",
           "Shah", "Mirza", "Akhtar", "Siddiqui"),
    "pl": ("Kowalski|Kowalska", "Nowak", "Wiśniewski|Wiśniewska", "Wójcik",
           "Kamiński|Kamińska", "Lewandowski|Lewandowska", "Zieliński|Zielińska",
           "Szymański|Szymańska", "Dąbrowski|Dąbrowska", "Kowalczyk", "Mazur", "Krawczyk"),
    "ua": ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
           "Boiko", "Lysenko", "Marchenko", "Hrytsenko", "Savchuk", "Kovalchuk"),
    "ro": ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghiu", "Munteanu",
           "Constantin", "Lungu", "Dobre", "Rusu", "Moldovan"),
    "ba": ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Hasanović",
           "Suljić", "Omerović", "Mujić", "Karić", "Halilović"),
    "er": ("Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Ghebreyesus",
           "Woldu", "Kahsay", "Mehari", "Abraha", "Tewelde"),
    "vn": ("Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Truong"),
    "th": ("Srisuk", "Wongsawat", "Chaiyaporn", "Phromma", "Saelim", "Boonmee", "Kittisak",
           "Rattanakorn", "Sukjai"),
    "ph": ("Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza",
           "Villanueva", "Ramos", "Aquino", "Castillo"),
    "en": ("Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "Robinson",
           "Wright", "Clarke", "Turner"),
}

# middle names (Danish style) and Vietnamese middle names
MIDDLE_DK = ("Marie", "Louise", "Kristine", "Sofie", "Emilie", "Juul", "Bech", "Lund",
             "Friis", "Munk", "Brix", "Kjærsgaard", "Ahlmann", "Vad", "Gram")
MIDDLE_VN = {"f": ("Thi", "Ngoc", "Thu"), "m": ("Van", "Duc", "Minh")}

# nicknames used as the person's name
NICK = {
    "Mohamed": "Mo", "Abdirahman": "Abdi", "Frederik": "Frede", "Katarzyna": "Kasia",
    "Małgorzata": "Gosia", "Aleksandra": "Ola", "Oleksandr": "Sasha", "Anastasiia": "Nastia",
    "Christian": "Chris", "Alexandra": "Alex", "Magdalena": "Madzia", "Mark Anthony": "MA",
    "Valdemar": "Valde", "Josefine": "Fine", "Wojciech": "Wojtek", "Zabihullah": "Zabi",
    "Rahmatullah": "Rahmat", "Abdullahi": "Abdul", "Karl-Emil": "Kalle", "Elisabeth": "Lis",
    "Jakob": "Kobbe", "Ionuț": "Nuțu", "Anne-Sofie": "Anso", "Marie-Louise": "Malou",
    "Mads": "Madsi", "Abdikarim": "Karim", "Aputsiaq": "Aputsi", "Sofiia": "Sonia",
}

# Danish ordinary words that are also in the name pools (kept lower case in clean texts)
WORD_NAMES = ("Sol", "Lykke", "Maj", "Storm", "Bo", "Ask", "Ulv", "Birk", "Skov", "Vinter",
              "Dam", "Bjerg", "Sommer", "Ravn", "Bonde", "Fisker", "Høg", "Hvid", "Liv",
              "Lilje", "Lærke", "Holm", "Toft", "Bach", "Krogh")

# ---------------------------------------------------------------- places
# (postcode, town, municipality) -- real Danish postcodes and towns
TOWNS = (
    ("2100", "København Ø", "Københavns Kommune"), ("2200", "København N", "Københavns Kommune"),
    ("2300", "København S", "Københavns Kommune"), ("2400", "København NV", "Københavns Kommune"),
    ("2450", "København SV", "Københavns Kommune"), ("2500", "Valby", "Københavns Kommune"),
    ("2650", "Hvidovre", "Hvidovre Kommune"), ("2620", "Albertslund", "Albertslund Kommune"),
    ("2630", "Taastrup", "Høje-Taastrup Kommune"), ("2700", "Brønshøj", "Københavns Kommune"),
    ("2720", "Vanløse", "Københavns Kommune"), ("2730", "Herlev", "Herlev Kommune"),
    ("2750", "Ballerup", "Ballerup Kommune"), ("2605", "Brøndby", "Brøndby Kommune"),
    ("2770", "Kastrup", "Tårnby Kommune"), ("3000", "Helsingør", "Helsingør Kommune"),
    ("3400", "Hillerød", "Hillerød Kommune"), ("3600", "Frederikssund", "Frederikssund Kommune"),
    ("4000", "Roskilde", "Roskilde Kommune"), ("4100", "Ringsted", "Ringsted Kommune"),
    ("4200", "Slagelse", "Slagelse Kommune"), ("4300", "Holbæk", "Holbæk Kommune"),
    ("4400", "Kalundborg", "Kalundborg Kommune"), ("4600", "Køge", "Køge Kommune"),
    ("4700", "Næstved", "Næstved Kommune"), ("4800", "Nykøbing F", "Guldborgsund Kommune"),
    ("4900", "Nakskov", "Lolland Kommune"), ("5000", "Odense C", "Odense Kommune"),
    ("5200", "Odense V", "Odense Kommune"), ("5220", "Odense SØ", "Odense Kommune"),
    ("5700", "Svendborg", "Svendborg Kommune"), ("5800", "Nyborg", "Nyborg Kommune"),
    ("6000", "Kolding", "Kolding Kommune"), ("6100", "Haderslev", "Haderslev Kommune"),
    ("6200", "Aabenraa", "Aabenraa Kommune"), ("6400", "Sønderborg", "Sønderborg Kommune"),
    ("6700", "Esbjerg", "Esbjerg Kommune"), ("6705", "Esbjerg Ø", "Esbjerg Kommune"),
    ("6800", "Varde", "Varde Kommune"), ("7000", "Fredericia", "Fredericia Kommune"),
    ("7100", "Vejle", "Vejle Kommune"), ("7400", "Herning", "Herning Kommune"),
    ("7430", "Ikast", "Ikast-Brande Kommune"), ("7500", "Holstebro", "Holstebro Kommune"),
    ("7700", "Thisted", "Thisted Kommune"), ("7800", "Skive", "Skive Kommune"),
    ("8000", "Aarhus C", "Aarhus Kommune"), ("8200", "Aarhus N", "Aarhus Kommune"),
    ("8210", "Aarhus V", "Aarhus Kommune"), ("8220", "Brabrand", "Aarhus Kommune"),
    ("8260", "Viby J", "Aarhus Kommune"), ("8300", "Odder", "Odder Kommune"),
    ("8600", "Silkeborg", "Silkeborg Kommune"), ("8700", "Horsens", "Horsens Kommune"),
    ("8800", "Viborg", "Viborg Kommune"), ("8900", "Randers C", "Randers Kommune"),
    ("9000", "Aalborg", "Aalborg Kommune"), ("9200", "Aalborg SV", "Aalborg Kommune"),
    ("9400", "Nørresundby", "Aalborg Kommune"), ("9500", "Hobro", "Mariagerfjord Kommune"),
    ("9700", "Brønderslev", "Brønderslev Kommune"), ("9800", "Hjørring", "Hjørring Kommune"),
    ("9900", "Frederikshavn", "Frederikshavn Kommune"), ("3700", "Rønne", "Bornholms Regionskommune"),
)
# sloppy spellings of towns used inside sloppy addresses
TOWN_SLOPPY = {"Aarhus C": "Århus C", "Aarhus N": "Århus N", "Aarhus V": "Århus V",
               "København Ø": "Kbh Ø", "København N": "Kbh. N", "København S": "Kbh S",
               "København NV": "Kbh NV", "København SV": "Kbh. SV", "Aalborg": "Ålborg",
               "Aabenraa": "Åbenrå", "Nykøbing F": "Nykøbing Falster", "Randers C": "Randers"}

# municipality -> (e-mail domain, public switchboard)   [switchboards are treated as public]
KOMMUNE = {
    "Københavns Kommune": ("kk.dk", "33 66 33 66"),
    "Aarhus Kommune": ("aarhus.dk", "89 40 20 00"),
    "Odense Kommune": ("odense.dk", "66 13 13 72"),
    "Aalborg Kommune": ("aalborg.dk", "99 31 31 31"),
    "Vejle Kommune": ("vejle.dk", "76 81 00 00"),
    "Esbjerg Kommune": ("esbjerg.dk", "76 16 16 16"),
    "Randers Kommune": ("randers.dk", "89 15 15 15"),
    "Horsens Kommune": ("horsens.dk", "76 29 29 29"),
    "Kolding Kommune": ("kolding.dk", "79 79 79 79"),
    "Herning Kommune": ("herning.dk", "96 28 28 28"),
    "Roskilde Kommune": ("roskilde.dk", "46 31 30 00"),
    "Næstved Kommune": ("naestved.dk", "55 88 55 88"),
    "Slagelse Kommune": ("slagelse.dk", "58 57 36 00"),
    "Silkeborg Kommune": ("silkeborg.dk", "89 70 10 00"),
    "Holbæk Kommune": ("holbaek.dk", "72 36 36 36"),
    "Svendborg Kommune": ("svendborg.dk", "62 23 30 00"),
    "Hjørring Kommune": ("hjoerring.dk", "72 33 33 33"),
    "Viborg Kommune": ("viborg.dk", "87 87 87 87"),
    "Sønderborg Kommune": ("sonderborg.dk", "88 72 60 00"),
    "Hvidovre Kommune": ("hvidovre.dk", "36 39 36 39"),
    "Ballerup Kommune": ("balk.dk", "44 77 20 00"),
    "Helsingør Kommune": ("helsingor.dk", "49 28 28 28"),
    "Frederikshavn Kommune": ("frederikshavn.dk", "98 45 50 00"),
    "Guldborgsund Kommune": ("guldborgsund.dk", "54 73 10 00"),
}
# other public numbers allowed outside spans
PUBLIC_NUMBERS = ("112", "114", "1813", "116 111", "70 11 31 31", "70 15 07 00",
                  "70 15 03 00", "70 11 34 35", "33 14 14 48", "72 27 73 00",
                  "35 29 81 00", "70 20 20 84", "70 12 13 14")
# (label, number) pairs used in clean and planted texts as look-alikes
PUBLIC_LINES = (
    ("Lægevagten i Region Hovedstaden", "1813"),
    ("Lægevagten i Region Midtjylland", "70 11 31 31"),
    ("Lægevagten i Region Syddanmark", "70 11 07 07"),
    ("Lægevagten i Region Nordjylland", "70 15 03 00"),
    ("Politiets servicenummer", "114"),
    ("Børnetelefonen", "116 111"),
    ("Alarmcentralen", "112"),
)
PUBLIC_NUMBERS = PUBLIC_NUMBERS + ("70 11 07 07",)
CVR_NUMBERS = ("29189641", "55133018", "35209115", "19438414", "24263825")
EAN_NUMBERS = ("5798005770126", "5798007364521", "5798000557829")

# ---------------------------------------------------------------- streets
STREETS = ("Nørregade", "Østergade", "Vestergade", "Søndergade", "Jernbanegade", "Skolevej",
           "Kirkevej", "Bakkevej", "Engvej", "Parkvej", "Birkevej", "Egevej", "Granvej",
           "Lindevej", "Rosenvej", "Violvej", "Møllevej", "Skovvej", "Strandvej",
           "Stationsvej", "Ahornvej", "Bøgevej", "Kastanievej", "Tjørnevej", "Hedevej",
           "Mosevej", "Vibevej", "Svalevej", "Fasanvej", "Drosselvej", "Mågevej", "Poppelvej",
           "Pilevej", "Elmevej", "Hybenvej", "Valmuevej", "Humlevej", "Kløvervej",
           "Grønnegade", "Toftevej", "Kærvej", "Blågårdsgade", "Amagerbrogade", "Jagtvej",
           "Tagensvej", "Ryesgade", "Frederiksborgvej", "Silkeborgvej", "Randersvej",
           "Viborgvej", "Havnegade", "Lærkevej", "Solvænget", "Enghavevej", "Tranevej",
           "Spurvevej", "Hasselvej", "Bellisvej", "Gyvelvej", "Ribevej", "Vangevej",
           "Tårnvej", "Gammel Køge Landevej", "Bredgade", "Algade", "Torvegade", "Fynsvej",
           "Holmevej", "Åvænget", "Kongevej", "Dronningensgade")
# streets used as places (never followed by a number), in clean and planted texts
PLACE_STREETS = ("Banegårdspladsen", "Torvet", "Åboulevarden", "Strøget", "Rådhuspladsen",
                 "Havnefronten", "Kongens Have", "Stationspladsen")

# foreign addresses (already formatted, invented numbers)
FOREIGN_ADDR = {
    "pl": ("ul. Długa 14/3, 80-827 Gdańsk, Polen", "ul. Ogrodowa 7 m. 12, 90-012 Łódź",
           "ul. Kwiatowa 22, 61-001 Poznań, Polska"),
    "tr": ("Atatürk Caddesi No: 45 D: 6, 06420 Çankaya/Ankara, Tyrkiet",
           "Cumhuriyet Mah. Gül Sokak No: 12, 34870 Kartal/İstanbul"),
    "ua": ("vul. Shevchenka 21, kv. 8, 79000 Lviv, Ukraine",
           "vul. Sadova 5, kv. 41, 61000 Kharkiv"),
    "ro": ("Strada Mihai Eminescu 17, ap. 4, 400123 Cluj-Napoca, Rumænien",
           "Str. Florilor nr. 9, 700259 Iași"),
    "ba": ("Ferhadija 14, 71000 Sarajevo, Bosnien-Hercegovina", "Maršala Tita 52, 75000 Tuzla"),
    "gl": ("Aqqusinersuaq 12, 3900 Nuuk", "Qarsaaqqat 7, 3911 Sisimiut",
           "Jaaku Kristiansenip Aqq. 3, 3952 Ilulissat"),
    "fo": ("Niels Finsens gøta 9, FO-100 Tórshavn", "Undir Hornabakka 4, FO-700 Klaksvík"),
    "en": ("14 Albert Road, Leeds LS6 4AB, United Kingdom", "27 Marlborough Street, Bristol BS1 3NZ"),
    "vn": ("45 Võ Văn Tần, Quận 3, TP. Hồ Chí Minh, Vietnam",),
    "th": ("88/12 Moo 4, Tambon Nong Prue, Bang Lamung, Chonburi 20150, Thailand",),
    "ph": ("Blk 5 Lot 12, Mabini Street, Barangay San Isidro, Quezon City 1100, Philippines",),
    "so": ("Maka Al Mukarama Road 112, Hodan, Mogadishu, Somalia",),
    "ar": ("Al-Rashid Street 23, Irbid, Jordan",),
    "ku": ("Gulan Street 48, Erbil, Kurdistan-regionen, Irak",),
    "af": ("Kart-e-Char, Street 3, House 17, Kabul, Afghanistan",),
    "pk": ("House 41, Street 9, G-10/2, Islamabad, Pakistan",),
    "er": ("Harnet Avenue 166, Asmara, Eritrea",),
    "se": ("Storgatan 14, 211 42 Malmö, Sverige", "Linnégatan 8 lgh 1102, 413 04 Göteborg"),
    "de": ("Kieler Straße 23, 24937 Flensburg, Tyskland",),
}
# foreign phone shapes per origin: (prefix, list of group sizes)
FOREIGN_PHONE = {
    "pl": ("+48", (3, 3, 3)), "tr": ("+90", (3, 3, 2, 2)), "ua": ("+380", (2, 3, 4)),
    "ro": ("+40", (3, 3, 3)), "ba": ("+387", (2, 3, 3)), "gl": ("+299", (2, 2, 2)),
    "fo": ("+298", (2, 2, 2)), "en": ("+44", (4, 6)), "vn": ("+84", (2, 3, 2, 2)),
    "th": ("+66", (2, 3, 4)), "ph": ("+63", (3, 3, 4)), "so": ("+252", (2, 7)),
    "ar": ("+962", (2, 3, 4)), "ku": ("+964", (3, 3, 4)), "af": ("+93", (2, 3, 4)),
    "pk": ("+92", (3, 7)), "er": ("+291", (1, 6)), "se": ("+46", (2, 3, 2, 2)),
    "de": ("+49", (3, 8)),
}
FIRST_DIGIT_FOREIGN = {"+48": "5", "+90": "5", "+380": "6", "+40": "7", "+387": "6",
                       "+299": "5", "+298": "2", "+44": "7", "+84": "9", "+66": "8",
                       "+63": "9", "+252": "6", "+962": "7", "+964": "7", "+93": "7",
                       "+92": "3", "+291": "7", "+46": "7", "+49": "1"}

DK_MOBILE_PREFIX = ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91",
                    "92", "93", "42", "52")
DK_LANDLINE_PREFIX = ("32", "36", "38", "43", "44", "45", "46", "48", "49", "54", "55", "56",
                      "57", "58", "59", "62", "63", "64", "65", "66", "69", "73", "74", "75",
                      "86", "87", "97", "98", "99")

PRIVATE_MAIL = ("gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk",
                "yahoo.dk", "icloud.com", "mail.dk", "jubii.dk", "stofanet.dk", "outlook.com",
                "post.tele.dk", "youmail.dk", "webspeed.dk")
REGION_MAIL = ("regionh.dk", "rm.dk", "rsyd.dk", "rn.dk", "regionsjaelland.dk")

MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december")
MONTHS_DA_SHORT = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
                   "nov", "dec")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

# professional titles
TITLES = {
    "sagsbehandler": ("socialrådgiver", "sagsbehandler", "myndighedsrådgiver", "rådgiver"),
    "leder": ("teamleder", "faglig koordinator", "afdelingsleder"),
    "paed": ("pædagog", "souschef", "daglig leder", "pædagogisk leder"),
    "laerer": ("klasselærer", "lærer", "AKT-lærer", "skoleleder"),
    "laege": ("læge", "overlæge", "afdelingslæge", "vagthavende læge", "praktiserende læge"),
    "politi": ("politiassistent", "politibetjent", "vicepolitikommissær", "polititjenestemand"),
    "forsikring": ("skadebehandler", "skadekonsulent", "taksator"),
}

# words that must never be generated as initials (they are used as acronyms in texts)
STOP_INITIALS = ("PPR", "SFO", "ICS", "SOS", "CPR", "BUU", "EAN", "CVR", "ICD", "TV", "DK",
                 "OK", "PS", "AT", "JA", "NB", "AS", "EU", "MF", "ST", "TH", "TVS", "KL",
                 "SMS", "FO", "PA", "BPA", "IT", "HR", "BUP", "AKT", "MR", "UK", "CC")
