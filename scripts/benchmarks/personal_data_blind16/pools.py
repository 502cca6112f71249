"""Hand-written pools for the blind16 corpus (all persons invented)."""

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (
        ["Mette", "Anne", "Louise", "Camilla", "Maria", "Sofie", "Emma", "Ida", "Freja", "Clara",
         "Laura", "Alma", "Ella", "Agnes", "Karla", "Josefine", "Mathilde", "Signe", "Tina",
         "Susanne", "Hanne", "Lone", "Pia", "Bente", "Trine", "Maja", "Nanna", "Anne Sofie",
         "Ida-Marie", "Malou", "Rikke", "Dorthe", "Birgitte", "Inge", "Karina", "Stine"],
        ["Oscar", "William", "Noah", "Lucas", "Carl", "Emil", "Victor", "Magnus", "Frederik",
         "Malthe", "Mikkel", "Rasmus", "Jesper", "Lars", "Henrik", "Søren", "Thomas", "Martin",
         "Morten", "Kasper", "Anders", "Niels", "Jens", "Peter", "Bjarne", "Kim", "Allan", "Brian",
         "René", "Jonas", "Mads", "Villads", "Aksel", "Hans Christian", "Jan Erik", "Claus"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
         "Poulsen", "Johansen", "Mortensen", "Winther", "Kjærgaard", "Holm-Jensen", "Bech",
         "Frandsen", "Mikkelsen", "Iversen", "Dalgaard", "Østergaard", "Lauridsen", "Brandt"],
    ),
    "dkrare": (
        ["Vigga", "Ellinor", "Tilde", "Silke", "Kaja", "Liva", "Elvira", "Kamma", "Merle", "Nova",
         "Ejra", "Vilje", "Lærke", "Gudrun", "Asta", "Holly-Mai", "Alberte"],
        ["Eskild", "Bertil", "Asger", "Hjalte", "Halfdan", "Thorvald", "Vitus", "Otto", "Konrad",
         "Melvin", "Loui", "Storm-Emil", "Ingolf", "Sylvester"],
        ["Vestergaard-Ravn", "Bundgaard", "Thygesen", "Fogh", "Kirkegaard", "Hvidbjerg",
         "Aagaard", "Skjødt", "Nørskov", "Refslund", "Hyldgaard", "Toft-Andersen"],
    ),
    "word": (
        ["Sol", "Lykke", "Maj", "Lin", "Rosa"],
        ["Storm", "Bo", "Ask", "Ulv", "Frej", "Birk"],
        ["Skov", "Vinter", "Sommer", "Storm", "Holm", "Dam", "Bak", "Lund", "Krog", "Fisker",
         "Bonde", "Smed", "Kjær"],
    ),
    "gl": (
        ["Nivi", "Naja", "Pipaluk", "Ivalu", "Aviaja", "Paninnguaq", "Najaaraq", "Arnaq"],
        ["Aputsiaq", "Inuk", "Malik", "Ulloriaq", "Kunuk", "Minik", "Nuka", "Kaali"],
        ["Kleist", "Lynge", "Motzfeldt", "Berthelsen", "Heilmann", "Kreutzmann", "Egede",
         "Zeeb", "Kuitse"],
    ),
    "fo": (
        ["Sunnvá", "Guðrun", "Turið", "Rannvá", "Beinta", "Marjun", "Ragna"],
        ["Rói", "Jógvan", "Bárður", "Óli", "Heðin", "Sjúrður", "Tróndur", "Hanus"],
        ["Joensen", "Dalsgaard", "á Rógvi", "í Líð", "við Á", "Nolsøe", "Højgaard", "Poulsen"],
    ),
    "so": (
        ["Hodan", "Ayaan", "Fadumo", "Hawa", "Sahra", "Ifrah", "Nimco", "Khadra", "Sagal"],
        ["Abdirahman", "Mohamed", "Ismail", "Liban", "Khadar", "Abdullahi", "Guled", "Mahad"],
        ["Abdi", "Warsame", "Hassan", "Farah", "Nur", "Osman", "Jama", "Yusuf", "Mohamud",
         "Abdi Farah"],
    ),
    "ar": (
        ["Yasmin", "Layla", "Amira", "Nour", "Rania", "Mariam", "Fatima", "Zainab", "Hiba",
         "Aya", "Malak"],
        ["Omar", "Ahmad", "Khaled", "Yousef", "Hamza", "Ibrahim", "Mohammad Amin", "Tariq",
         "Karim", "Bilal", "Adam"],
        ["Al-Sayed", "El-Khatib", "Haddad", "Saleh", "Mansour", "Nasser", "Abu Khalil", "Hamdan",
         "Al-Hussaini", "Darwish"],
    ),
    "ku": (
        ["Dilan", "Rojin", "Berivan", "Shirin", "Zilan", "Avin", "Hêvî", "Nazdar"],
        ["Azad", "Baran", "Rebin", "Kawa", "Dara", "Rêzan", "Soran", "Ciwan"],
        ["Rashid", "Amedi", "Hawrami", "Zebari", "Mizuri", "Bakir", "Sindi"],
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Selin", "Büşra", "Esra", "Melek", "Deniz"],
        ["Emre", "Mert", "Burak", "Kerem", "Yusuf", "Oğuz", "Serkan", "Hakan"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Koç",
         "Karataş"],
    ),
    "af": (
        ["Zahra", "Mursal", "Parwana", "Sediqa", "Mahbooba", "Freshta", "Marwa", "Setara"],
        ["Farid", "Wahid", "Najib", "Hamid", "Rahmatullah", "Sayed Jawad", "Mustafa", "Ehsan"],
        ["Ahmadzai", "Rahimi", "Haidari", "Sultani", "Popal", "Noori", "Karimi", "Hotak"],
    ),
    "pk": (
        ["Ayesha", "Sana", "Hira", "Mahnoor", "Rabia", "Iqra", "Nida"],
        ["Bilal", "Imran", "Usman", "Zeeshan", "Faisal", "Waqas", "Hamza"],
        ["Chaudhry", "Qureshi", "Butt", "Malik", "Iqbal", "Raja", "Hussain", "Siddiqui"],
    ),
    "pl": (
        ["Agnieszka", "Małgorzata", "Zofia", "Magdalena", "Katarzyna", "Joanna", "Natalia"],
        ["Krzysztof", "Wojciech", "Kacper", "Jakub", "Paweł", "Łukasz", "Tomasz", "Piotr"],
        ["Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski",
         "Szymańska", "Dąbrowski"],
    ),
    "ua": (
        ["Oksana", "Olena", "Yuliia", "Iryna", "Sofiia", "Nataliia", "Viktoriia", "Daryna"],
        ["Mykola", "Taras", "Dmytro", "Bohdan", "Andrii", "Oleksandr", "Serhii", "Maksym"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Hnatiuk",
         "Savchuk"],
    ),
    "ro": (
        ["Ioana", "Elena", "Cristina", "Alexandra", "Andreea", "Mihaela", "Roxana"],
        ["Andrei", "Mihai", "Florin", "Bogdan", "Ionuț", "Vasile", "Gheorghe", "Sorin"],
        ["Popescu", "Ionescu", "Dumitrescu", "Munteanu", "Gheorghiu", "Stoica", "Lungu", "Rusu"],
    ),
    "ba": (
        ["Amra", "Selma", "Lejla", "Amela", "Merima", "Aida", "Emina", "Sabina"],
        ["Emir", "Adnan", "Haris", "Senad", "Edin", "Mirza", "Kenan", "Almir"],
        ["Hodžić", "Begić", "Mehmedović", "Kovačević", "Hadžić", "Delić", "Omerović", "Hasanović"],
    ),
    "er": (
        ["Senait", "Selam", "Rahwa", "Luwam", "Saba", "Helen", "Eden", "Feven"],
        ["Yonas", "Tesfay", "Filmon", "Merhawi", "Tekle", "Samuel", "Biniam", "Dawit"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Woldemichael", "Tewelde"],
    ),
    "vn": (
        ["Lan", "Linh", "Huong", "Anh", "Thu", "Mai Anh", "Ngoc"],
        ["Minh", "Quang", "Bao", "Thanh", "Duc", "Tuan", "Hieu"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Nguyen Thi"],
    ),
    "th": (
        ["Siriporn", "Nattaya", "Kanya", "Pim", "Apinya", "Anong", "Ratana", "Wassana"],
        ["Somchai", "Anan", "Kittisak", "Prasert", "Chaiwat", "Narong"],
        ["Srisuk", "Chaiyaporn", "Boonmee", "Wongsawat", "Kaewkanya", "Thongdee"],
    ),
    "ph": (
        ["Maricel", "Jocelyn", "Mary Grace", "Rowena", "Lorna", "Jennifer", "Analyn"],
        ["Rodel", "Jericho", "Arnel", "Jun-Jun", "Ramil", "Reynaldo"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia"],
    ),
    "en": (
        ["Olivia", "Amelia", "Charlotte", "Chloe", "Jessica", "Megan", "Siobhan", "Harriet"],
        ["Jack", "Harry", "George", "Oliver", "Callum", "Liam", "Declan", "Rhys"],
        ["Smith", "Taylor", "Brown", "Wilson", "Walker", "O'Connor", "Thompson", "Evans",
         "Clarke", "McAllister"],
    ),
}

# weight of each origin when drawing a family
ORIGIN_WEIGHTS = [("dk", 30), ("dkrare", 8), ("word", 7), ("gl", 4), ("fo", 3), ("so", 5),
                  ("ar", 6), ("ku", 4), ("tr", 5), ("af", 4), ("pk", 3), ("pl", 5), ("ua", 5),
                  ("ro", 4), ("ba", 3), ("er", 3), ("vn", 3), ("th", 3), ("ph", 3), ("en", 4)]

NICKNAMES = ["Basse", "Putte", "Mulle", "Tobbe", "Kiks", "Mis", "Bubber", "Lillemus", "Tulle",
             "Bamse", "Pjuske", "Skipper"]

STREETS = ["Skolevej", "Kirkevej", "Møllevej", "Stationsvej", "Vestergade", "Østergade",
           "Nørregade", "Søndergade", "Bakkevej", "Engvej", "Skovvej", "Birkevej", "Ahornvej",
           "Lindevej", "Egevej", "Bøgevej", "Granvej", "Rosenvej", "Violvej", "Tulipanvej",
           "Kastanievej", "Hasselvej", "Elmevej", "Markvej", "Havevej", "Toftevej", "Parkvej",
           "Strandvej", "Fasanvej", "Vibevej", "Lærkevej", "Solsortevej", "Mågevej", "Grønnegade",
           "Nygade", "Torvegade", "Storegade", "Jernbanegade", "Åvej", "Holmevej", "Præstevej",
           "Bygaden", "Kærvej", "Ringvejen", "Fredensgade", "Tværgade", "Klostergade",
           "Smedegade", "Vænget", "Fyrrevej", "Ellehammersvej", "Sønderparken", "Åbyvej",
           "Hedevej", "Kildevej", "Tingvej", "Agervej", "Spurvevej", "Drosselvej"]

# (postcode, town) -- real Danish postcodes
TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
         ("8260", "Viby J"), ("8270", "Højbjerg"), ("5000", "Odense C"), ("5200", "Odense V"),
         ("5220", "Odense SØ"), ("9000", "Aalborg"), ("9200", "Aalborg SV"),
         ("9400", "Nørresundby"), ("7100", "Vejle"), ("7000", "Fredericia"), ("6000", "Kolding"),
         ("6700", "Esbjerg"), ("8700", "Horsens"), ("8600", "Silkeborg"), ("7400", "Herning"),
         ("7500", "Holstebro"), ("8800", "Viborg"), ("8900", "Randers C"), ("4000", "Roskilde"),
         ("4100", "Ringsted"), ("4200", "Slagelse"), ("4700", "Næstved"),
         ("4800", "Nykøbing F"), ("3400", "Hillerød"), ("3000", "Helsingør"),
         ("2630", "Taastrup"), ("2650", "Hvidovre"), ("2700", "Brønshøj"),
         ("2400", "København NV"), ("2300", "København S"), ("2200", "København N"),
         ("2450", "København SV"), ("6400", "Sønderborg"), ("6100", "Haderslev"),
         ("6200", "Aabenraa"), ("7700", "Thisted"), ("9800", "Hjørring"),
         ("9900", "Frederikshavn"), ("4300", "Holbæk"), ("4400", "Kalundborg"),
         ("3700", "Rønne"), ("5700", "Svendborg"), ("5800", "Nyborg"), ("8500", "Grenaa"),
         ("7800", "Skive"), ("6800", "Varde"), ("6900", "Skjern"), ("8300", "Odder"),
         ("8381", "Tilst"), ("8361", "Hasselager"), ("8520", "Lystrup")]

# municipality -> (name, mail domain, switchboard used as public number)
KOMMUNER = [("Aarhus Kommune", "aarhus.dk", "89 40 20 00"),
            ("Aalborg Kommune", "aalborg.dk", "99 31 31 31"),
            ("Vejle Kommune", "vejle.dk", "76 81 00 00"),
            ("Herning Kommune", "herning.dk", "96 28 28 28"),
            ("Roskilde Kommune", "roskilde.dk", "46 31 30 00"),
            ("Odense Kommune", "odense.dk", "66 13 13 72"),
            ("Viborg Kommune", "viborg.dk", "87 87 87 87"),
            ("Horsens Kommune", "horsens.dk", "76 29 29 29")]

PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "70 201 201", "72 56 70 00", "33 12 12 12"]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.com", "mail.dk",
                "icloud.com", "jubii.dk", "hotmail.dk", "protonmail.com"]

INSTITUTIONS = {
    "friskole": ["Ådalens Friskole", "Lyngbakkens Privatskole", "Egeskovens Friskole",
                 "Nørrevangs Montessoriskole", "Klostermarkens Lilleskole",
                 "Bøgehøj Friskole", "Den Grønne Privatskole i Hjortshøj"],
    "dagtilbud": ["Børnehuset Troldebo", "Naturbørnehaven Egernreden",
                  "Privatinstitutionen Solsikken", "Den private vuggestue Mariehønen",
                  "Skovbørnehaven Grankoglen"],
    "opholdssted": ["Opholdsstedet Fyrrebakken", "Behandlingshjemmet Stenhøjgård",
                    "Opholdsstedet Havblik", "Døgntilbuddet Kastaniegården",
                    "Bo- og behandlingsstedet Engly"],
    "klub": ["Svømmeklubben Bølgen Syd", "Grønhøj Idrætsforening", "Fritidsklubben Fristedet",
             "Boldklubben Fremad Nord", "Ravnsborg Spejdergruppe"],
    "pleje": ["Familieplejeforeningen Nordlys", "Plejefamilieorganisationen Bro & Bånd",
              "Familieplejen Vestjylland ApS"],
    "efterskole": ["Fjordglimt Efterskole", "Lindholm Idrætsefterskole",
                   "Østkystens Efterskole", "Hedebo Musikefterskole"],
}
