"""Invented name, street and place pools for the blind19 corpus (written by hand, no library)."""

# origin -> (female first names, male first names, surnames as (male form, female form))
def _u(*names):
    return [(n, n) for n in names]

ORIGINS = {
    "dk": (
        ["Anna", "Emma", "Ida", "Clara", "Freja", "Sofie", "Laura", "Ella", "Karla", "Alma", "Agnes",
         "Mathilde", "Josefine", "Nora", "Ellen", "Lærke", "Signe", "Mette", "Pernille", "Tina",
         "Susanne", "Lene", "Camilla", "Louise", "Rikke", "Trine", "Hanne", "Birgitte", "Dorthe",
         "Gitte", "Malene", "Charlotte", "Stine", "Maja", "Liva", "Asta", "Vibeke", "Jannie"],
        ["William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Magnus", "Emil", "Frederik", "Alfred",
         "Malthe", "Elias", "Aksel", "Valdemar", "Anton", "Mads", "Rasmus", "Jesper", "Thomas",
         "Henrik", "Lars", "Søren", "Morten", "Jens", "Kim", "Brian", "Kenneth", "Dennis", "Jonas",
         "Mikkel", "Nikolaj", "Kasper", "Bjarke", "Torben", "Palle", "Preben", "Villads"],
        _u("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
           "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
           "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
           "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Schmidt", "Eriksen", "Kristiansen",
           "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen",
           "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Bach", "Krogh", "Bundgaard", "Lindholm",
           "Friis", "Hougaard", "Brøndum", "Ravnsbæk", "Kirkegaard", "Thygesen", "Fogh", "Juhl",
           "Damgaard", "Bisgaard", "Ladefoged", "Søgaard", "Stjernholm"),
    ),
    # rare, newly formed and word-like Danish names
    "dknew": (
        ["Siff", "Yrsa", "Alfrida", "Eyja", "Thyra", "Bjørk", "Vilde", "Saga", "Sol", "Lykke", "Solvej",
         "Idun", "Ingefred", "Melia"],
        ["Loke", "Balder", "Eik", "Birk", "Storm", "Frej", "Ask", "Ulv", "Bo", "Vitus", "Tage", "Gorm",
         "Halfdan", "Odin"],
        _u("Skov", "Vinter", "Ulvsgaard", "Rosenkilde", "Lyngholm", "Hedegaard", "Stenbæk", "Dyrberg",
           "Kragelund", "Mølbjerg", "Engstrøm", "Nordfalk"),
    ),
    "gl": (
        ["Pipaluk", "Naja", "Ivalu", "Aviaja", "Paninnguaq", "Nivi", "Arnaq", "Inga"],
        ["Aputsiaq", "Inuk", "Malik", "Nuka", "Kunuk", "Minik", "Angunnguaq", "Kaali"],
        _u("Kleist", "Lynge", "Petrussen", "Heilmann", "Motzfeldt", "Berthelsen", "Kuitse", "Geisler",
           "Zeeb", "Fleischer"),
    ),
    "fo": (
        ["Turið", "Sunniva", "Rannvá", "Guðrun", "Elin", "Bjørg", "Sólja", "Marjun"],
        ["Rókur", "Jógvan", "Óli", "Súni", "Bárður", "Eyðun", "Hallur", "Sjúrður"],
        _u("Joensen", "Jacobsen", "Dalsgaard", "Hammershaimb", "Niclasen", "Gaardbo", "Zachariasen",
           "Johannesen"),
    ),
    "so": (
        ["Hodan", "Ayaan", "Fartun", "Sagal", "Nimo", "Hibaaq", "Ifrah", "Muna", "Deeqa", "Ubah"],
        ["Abdirahman", "Abdi", "Mahad", "Warsame", "Ismail", "Abdullahi", "Guled", "Liban", "Sakariye"],
        _u("Warsame", "Jama", "Nur", "Osman", "Farah", "Aden", "Hirsi", "Dirie", "Egal", "Mohamud"),
    ),
    "ar": (
        ["Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda", "Rania", "Amira", "Zainab", "Yasmin",
         "Rawan", "Lina"],
        ["Mohammad", "Ahmad", "Omar", "Khalid", "Yousef", "Hamza", "Ibrahim", "Karim", "Tariq",
         "Bilal", "Mahmoud", "Anas"],
        _u("Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hamdan", "Abbas", "Darwish", "El-Khatib",
           "Al-Hassan", "Al-Masri", "Barakat"),
    ),
    "ku": (
        ["Rojin", "Dilan", "Berivan", "Zilan", "Hêvî", "Avin", "Nazdar", "Gulistan"],
        ["Azad", "Rêber", "Baran", "Serhat", "Shvan", "Dilshad", "Kawa", "Rizgar"],
        _u("Amedi", "Baban", "Hawrami", "Zebari", "Doski", "Rasul", "Sindi", "Berwari"),
    ),
    "tr": (
        ["Elif", "Zeynep", "Ayşe", "Selin", "Hatice", "Büşra", "Esra", "Melek"],
        ["Emre", "Mehmet", "Burak", "Kerem", "Mert", "Oğuz", "Serkan", "Yusuf"],
        _u("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Arslan", "Doğan", "Aydın", "Yıldız"),
    ),
    "af": (
        ["Zahra", "Sultana", "Nasrin", "Parwana", "Shabnam", "Mursal", "Farzana", "Hadia"],
        ["Farid", "Habib", "Wahid", "Jawad", "Hamid", "Mirwais", "Sohail", "Naqibullah"],
        _u("Ahmadzai", "Popal", "Rahimi", "Karimi", "Haidari", "Sultani", "Noori", "Amiri", "Hashimi",
           "Safi"),
    ),
    "ir": (
        ["Shirin", "Parisa", "Mahsa", "Golnar", "Roya", "Leila"],
        ["Dariush", "Reza", "Arash", "Navid", "Kian", "Babak"],
        _u("Tehrani", "Mohammadi", "Hosseini", "Rezaei", "Moradi", "Jafari", "Shirazi"),
    ),
    "pk": (
        ["Ayesha", "Sana", "Hira", "Rabia", "Nadia", "Mehwish", "Saima"],
        ["Imran", "Usman", "Faisal", "Asif", "Kashif", "Zeeshan", "Waqas"],
        _u("Khan", "Butt", "Chaudhry", "Qureshi", "Iqbal", "Raza", "Sheikh", "Mirza", "Javed"),
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Wiktoria", "Magdalena", "Joanna", "Ewa"],
        ["Piotr", "Tomasz", "Krzysztof", "Jakub", "Kacper", "Łukasz", "Paweł", "Marek"],
        [("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
         ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
         ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska")],
    ),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Yulia", "Sofiia", "Anastasiia", "Halyna", "Nataliia"],
        ["Dmytro", "Andrii", "Oleksandr", "Mykola", "Taras", "Bohdan", "Serhii", "Vasyl"],
        _u("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliinyk",
           "Boiko", "Savchenko", "Koval"),
    ),
    "ro": (
        ["Andreea", "Ioana", "Elena", "Cristina", "Bianca", "Daniela", "Roxana", "Alina"],
        ["Mihai", "Andrei", "Florin", "Gabriel", "Ionuț", "Alexandru", "Cosmin", "Vlad"],
        _u("Popescu", "Ionescu", "Constantin", "Dumitru", "Stoica", "Munteanu", "Lungu", "Rusu"),
    ),
    "ba": (
        ["Amra", "Emina", "Selma", "Lejla", "Dženana", "Aida", "Merima", "Belma"],
        ["Adnan", "Emir", "Haris", "Kenan", "Almir", "Edin", "Nermin", "Senad"],
        _u("Hodžić", "Begić", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Omerović", "Softić",
           "Avdić", "Salihović"),
    ),
    "er": (
        ["Semhar", "Selam", "Ruta", "Senait", "Meron", "Tsega", "Luwam", "Saba", "Tigist", "Mekdes",
         "Hirut", "Kidist"],
        ["Yonas", "Tesfay", "Mebrahtu", "Filmon", "Biniam", "Abraham", "Dawit", "Bereket", "Abebe",
         "Girma", "Alemayehu", "Kibrom"],
        _u("Gebremedhin", "Tesfamariam", "Haile", "Woldemichael", "Ghebreyesus", "Kidane", "Tekle",
           "Berhane", "Asfaw", "Mengistu"),
    ),
    "vn": (
        ["Lan", "Hoa", "Linh", "Mai", "Thảo", "Anh", "Ngọc", "Trang"],
        ["Minh", "Tuấn", "Bảo", "Huy", "Khanh", "Dũng", "Quang", "Long"],
        _u("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"),
    ),
    "cn": (
        ["Xue", "Jing", "Mei", "Xiu", "Yan", "Ling"],
        ["Lei", "Wei", "Yang", "Jun", "Hao", "Bo"],
        _u("Wang", "Zhang", "Chen", "Liu", "Zhao", "Huang", "Zhou", "Wu"),
    ),
    "th": (
        ["Siriporn", "Ratana", "Kanya", "Pim", "Wipawee", "Nattaya", "Malee"],
        ["Somchai", "Anan", "Kittisak", "Prasert", "Chaiwat", "Nattapong"],
        _u("Srisuk", "Chaiyaporn", "Thongchai", "Wongsakul", "Boonmee", "Saetang", "Rattanakorn"),
    ),
    "ph": (
        ["Angelica", "Rowena", "Maricel", "Jasmine", "Kristine", "Marites"],
        ["Jose", "Ronaldo", "Jericho", "Rodel", "Arnel", "Jomar"],
        _u("Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva", "Ramos", "Dela Cruz"),
    ),
    "en": (
        ["Emily", "Olivia", "Grace", "Chloe", "Megan", "Hannah", "Charlotte"],
        ["Oliver", "Jack", "Harry", "Ryan", "Charlie", "George", "Callum"],
        _u("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "O'Connor",
           "MacLeod"),
    ),
    "es": (
        ["Lucía", "Carmen", "Sofía", "Valentina", "María José", "Paula", "Elena"],
        ["Alejandro", "Javier", "Pablo", "Diego", "Mateo", "Carlos", "Andrés"],
        _u("García", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz",
           "Moreno", "Muñoz", "Navarro"),
    ),
    "is": (
        ["Sigríður", "Guðrún", "Katrín", "Helga", "Hildur", "Brynja"],
        ["Jón", "Einar", "Bjarni", "Guðmundur", "Sigurður", "Ólafur", "Þór", "Björn"],
        [],  # patronymics are formed from the father's name
    ),
    "gr": (
        ["Eleni", "Maria", "Sofia", "Katerina", "Dimitra"],
        ["Georgios", "Dimitrios", "Nikolaos", "Konstantinos", "Ioannis"],
        [("Papadopoulos", "Papadopoulou"), ("Nikolaou", "Nikolaou"), ("Georgiou", "Georgiou"),
         ("Konstantinidis", "Konstantinidou"), ("Papadakis", "Papadaki")],
    ),
}

# Icelandic patronymic stems (genitive of the father's name)
IS_GEN = {"Jón": "Jóns", "Einar": "Einars", "Bjarni": "Bjarna", "Guðmundur": "Guðmundar",
          "Sigurður": "Sigurðar", "Ólafur": "Ólafs", "Þór": "Þórs", "Björn": "Björns"}
# Faroese patronymic stems
FO_GEN = {"Rókur": "Róks", "Jógvan": "Jógvans", "Óli": "Óla", "Súni": "Súna", "Bárður": "Bárðar",
          "Eyðun": "Eyðuns", "Hallur": "Halls", "Sjúrður": "Sjúrðar"}

# native scripts beside the Latin form
SCRIPT = {
    # Ukrainian (Cyrillic)
    "Oksana": "Оксана", "Olena": "Олена", "Iryna": "Ірина", "Yulia": "Юлія", "Sofiia": "Софія",
    "Anastasiia": "Анастасія", "Halyna": "Галина", "Nataliia": "Наталія", "Dmytro": "Дмитро",
    "Andrii": "Андрій", "Oleksandr": "Олександр", "Mykola": "Микола", "Taras": "Тарас",
    "Bohdan": "Богдан", "Serhii": "Сергій", "Vasyl": "Василь", "Shevchenko": "Шевченко",
    "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко", "Tkachenko": "Ткаченко",
    "Kravchenko": "Кравченко", "Melnyk": "Мельник", "Oliinyk": "Олійник", "Boiko": "Бойко",
    "Savchenko": "Савченко", "Koval": "Коваль",
    # Greek
    "Eleni": "Ελένη", "Maria": "Μαρία", "Sofia": "Σοφία", "Katerina": "Κατερίνα", "Dimitra": "Δήμητρα",
    "Georgios": "Γεώργιος", "Dimitrios": "Δημήτριος", "Nikolaos": "Νικόλαος",
    "Konstantinos": "Κωνσταντίνος", "Ioannis": "Ιωάννης", "Papadopoulos": "Παπαδόπουλος",
    "Papadopoulou": "Παπαδοπούλου", "Nikolaou": "Νικολάου", "Georgiou": "Γεωργίου",
    "Konstantinidis": "Κωνσταντινίδης", "Konstantinidou": "Κωνσταντινίδου", "Papadakis": "Παπαδάκης",
    "Papadaki": "Παπαδάκη",
    # Arabic
    "Fatima": "فاطمة", "Aisha": "عائشة", "Mariam": "مريم", "Layla": "ليلى", "Noor": "نور", "Huda": "هدى",
    "Rania": "رانيا", "Amira": "أميرة", "Zainab": "زينب", "Yasmin": "ياسمين", "Rawan": "روان", "Lina": "لينا",
    "Mohammad": "محمد", "Ahmad": "أحمد", "Omar": "عمر", "Khalid": "خالد", "Yousef": "يوسف",
    "Hamza": "حمزة", "Ibrahim": "إبراهيم", "Karim": "كريم", "Tariq": "طارق", "Bilal": "بلال",
    "Mahmoud": "محمود", "Anas": "أنس", "Haddad": "حداد", "Khalil": "خليل", "Nasser": "ناصر",
    "Saleh": "صالح", "Mansour": "منصور", "Hamdan": "حمدان", "Abbas": "عباس", "Darwish": "درويش",
    "El-Khatib": "الخطيب", "Al-Hassan": "الحسن", "Al-Masri": "المصري", "Barakat": "بركات",
    # Persian
    "Shirin": "شیرین", "Parisa": "پریسا", "Mahsa": "مهسا", "Golnar": "گلنار", "Roya": "رویا",
    "Leila": "لیلا", "Dariush": "داریوش", "Reza": "رضا", "Arash": "آرش", "Navid": "نوید", "Kian": "کیان",
    "Babak": "بابک", "Tehrani": "تهرانی", "Mohammadi": "محمدی", "Hosseini": "حسینی", "Rezaei": "رضایی",
    "Moradi": "مرادی", "Jafari": "جعفری", "Shirazi": "شیرازی",
}

NICK = {"Mohammad": "Mo", "Abdirahman": "Abdi", "Alexandru": "Alex", "Oleksandr": "Sasha",
        "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Nikolaj": "Nikko", "Frederik": "Freddy",
        "Valentina": "Vale", "Christoffer": "Toffer", "Josefine": "Sine", "Mathilde": "Tilde",
        "Ibrahim": "Ibbe", "Rasmus": "Ras", "Kenneth": "Kenni", "Anastasiia": "Nastia",
        "Guðmundur": "Gummi", "Sigríður": "Sigga", "Abdullahi": "Abdu", "Alemayehu": "Alex"}

# common Danish street names (no person names)
STREETS = [
    "Skolevej", "Kirkevej", "Stationsvej", "Møllevej", "Engvej", "Birkevej", "Bøgevej", "Egevej",
    "Lindevej", "Ahornvej", "Rosenvej", "Vestergade", "Østergade", "Nørregade", "Søndergade",
    "Storegade", "Havnegade", "Parkvej", "Skovvej", "Bakkevej", "Toftevej", "Mosevej", "Fasanvej",
    "Kastanievej", "Grønnegade", "Tværgade", "Ringvejen", "Industrivej", "Jernbanegade", "Lærkevej",
    "Vibevej", "Drosselvej", "Syrenvej", "Valmuevej", "Tjørnevej", "Elmevej", "Poppelvej", "Granvej",
    "Fyrrevej", "Bredgade", "Adelgade", "Algade", "Torvegade", "Klostergade", "Slotsgade",
    "Strandvejen", "Søvej", "Hjortevej", "Agervej", "Enghavevej", "Sønderbrogade", "Nørrebrogade",
    "Hybenvej", "Kløvervej", "Mågevej", "Svanevej", "Gartnervej", "Præstevænget", "Vængetvej",
    "Blåbærvej", "Hyldevej", "Nyvej", "Solsortevej", "Fuglebakken", "Kildevej", "Åvej",
]

# real postcodes and towns
TOWNS = [
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("8260", "Viby J"), ("8270", "Højbjerg"), ("5000", "Odense C"), ("5200", "Odense V"),
    ("5210", "Odense NV"), ("5220", "Odense SØ"), ("9000", "Aalborg"), ("9220", "Aalborg Øst"),
    ("9400", "Nørresundby"), ("2300", "København S"), ("2400", "København NV"),
    ("2200", "København N"), ("2500", "Valby"), ("2650", "Hvidovre"), ("2630", "Taastrup"),
    ("2620", "Albertslund"), ("2600", "Glostrup"), ("2605", "Brøndby"), ("2660", "Brøndby Strand"),
    ("2700", "Brønshøj"), ("2720", "Vanløse"), ("2750", "Ballerup"), ("2800", "Kongens Lyngby"),
    ("3000", "Helsingør"), ("3400", "Hillerød"), ("4000", "Roskilde"), ("4100", "Ringsted"),
    ("4200", "Slagelse"), ("4300", "Holbæk"), ("4400", "Kalundborg"), ("4600", "Køge"),
    ("4700", "Næstved"), ("4800", "Nykøbing F"), ("4900", "Nakskov"), ("5700", "Svendborg"),
    ("6000", "Kolding"), ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"),
    ("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("7100", "Vejle"), ("7400", "Herning"),
    ("7500", "Holstebro"), ("7800", "Skive"), ("8500", "Grenaa"), ("8600", "Silkeborg"),
    ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"), ("8920", "Randers NV"),
    ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("7700", "Thisted"),
    ("3700", "Rønne"), ("6800", "Varde"), ("7000", "Fredericia"), ("8300", "Odder"),
    ("4760", "Vordingborg"), ("4180", "Sorø"), ("3600", "Frederikssund"), ("2770", "Kastrup"),
    ("2860", "Søborg"), ("2670", "Greve"), ("4690", "Haslev"), ("5500", "Middelfart"),
    ("5800", "Nyborg"), ("7600", "Struer"), ("9600", "Aars"), ("3300", "Frederiksværk"),
]

FOREIGN_ADDR = [
    ("Laugavegur", "101 Reykjavík"), ("Dalavegur", "100 Tórshavn"), ("Aqqusinersuaq", "3900 Nuuk"),
    ("ul. Długa", "80-827 Gdańsk"), ("ul. Piotrkowska", "90-406 Łódź"), ("Calle Mayor", "28013 Madrid"),
    ("Hauptstraße", "24937 Flensburg"), ("Drottninggatan", "211 11 Malmö"),
    ("vul. Sumska", "61000 Kharkiv"), ("Strada Lipscani", "030031 București"),
    ("Ferhadija", "71000 Sarajevo"), ("Atatürk Caddesi", "35210 İzmir"),
]

# phone prefixes for foreign numbers: (prefix, groups)
FOREIGN_PHONE = {
    "se": ("+46", [2, 3, 2, 2]), "pl": ("+48", [3, 3, 3]), "ua": ("+380", [2, 3, 4]),
    "tr": ("+90", [3, 3, 2, 2]), "de": ("+49", [3, 4, 3]), "so": ("+252", [2, 4, 3]),
    "is": ("+354", [3, 4]), "fo": ("+298", [2, 2, 2]), "gl": ("+299", [2, 2, 2]),
    "ro": ("+40", [3, 3, 3]), "ba": ("+387", [2, 3, 3]), "uk": ("+44", [4, 6]),
    "ph": ("+63", [3, 3, 4]), "th": ("+66", [2, 3, 4]), "vn": ("+84", [2, 3, 4]),
    "es": ("+34", [3, 2, 2, 2]), "er": ("+291", [1, 6]), "af": ("+93", [2, 3, 4]),
    "pk": ("+92", [3, 7]), "ir": ("+98", [3, 3, 4]), "gr": ("+30", [3, 3, 4]),
}
ORIGIN_COUNTRY = {"gl": "gl", "fo": "fo", "so": "so", "tr": "tr", "af": "af", "pk": "pk", "pl": "pl",
                  "ua": "ua", "ro": "ro", "ba": "ba", "er": "er", "vn": "vn", "th": "th", "ph": "ph",
                  "en": "uk", "es": "es", "is": "is", "ir": "ir", "gr": "gr", "ar": "se", "ku": "de",
                  "cn": "se", "dk": "se", "dknew": "de"}

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.com", "mail.dk",
                   "icloud.com", "hotmail.dk", "protonmail.com", "jubii.dk"]

# public bodies used as context (not personal data)
KOMMUNER = ["Aarhus Kommune", "Odense Kommune", "Aalborg Kommune", "Slagelse Kommune",
            "Næstved Kommune", "Holbæk Kommune", "Vejle Kommune", "Herning Kommune",
            "Esbjerg Kommune", "Randers Kommune", "Kolding Kommune", "Horsens Kommune",
            "Silkeborg Kommune", "Viborg Kommune", "Hvidovre Kommune", "Albertslund Kommune",
            "Ballerup Kommune", "Køge Kommune", "Roskilde Kommune", "Svendborg Kommune"]
KOMMUNE_DOMAIN = {"Aarhus Kommune": "aarhus.dk", "Odense Kommune": "odense.dk",
                  "Aalborg Kommune": "aalborg.dk", "Slagelse Kommune": "slagelse.dk",
                  "Næstved Kommune": "naestved.dk", "Holbæk Kommune": "holb.dk",
                  "Vejle Kommune": "vejle.dk", "Herning Kommune": "herning.dk",
                  "Esbjerg Kommune": "esbjerg.dk", "Randers Kommune": "randers.dk",
                  "Kolding Kommune": "kolding.dk", "Horsens Kommune": "horsens.dk",
                  "Silkeborg Kommune": "silkeborg.dk", "Viborg Kommune": "viborg.dk",
                  "Hvidovre Kommune": "hvidovre.dk", "Albertslund Kommune": "albertslund.dk",
                  "Ballerup Kommune": "balk.dk", "Køge Kommune": "koege.dk",
                  "Roskilde Kommune": "roskilde.dk", "Svendborg Kommune": "svendborg.dk"}
POLITIKREDSE = ["Østjyllands Politi", "Fyns Politi", "Nordjyllands Politi",
                "Midt- og Vestsjællands Politi", "Sydsjællands og Lolland-Falsters Politi",
                "Sydøstjyllands Politi", "Midt- og Vestjyllands Politi", "Syd- og Sønderjyllands Politi",
                "Københavns Vestegns Politi", "Nordsjællands Politi", "Københavns Politi"]
FOGEDRETTER = ["Retten i Aarhus", "Retten i Odense", "Retten i Aalborg", "Retten i Holbæk",
               "Retten i Næstved", "Retten i Kolding", "Retten i Herning", "Retten i Esbjerg",
               "Retten i Randers", "Retten i Glostrup", "Retten i Roskilde", "Retten i Svendborg"]
REGIONS = [("Region Midtjylland", "rm.dk"), ("Region Syddanmark", "rsyd.dk"),
           ("Region Nordjylland", "rn.dk"), ("Region Hovedstaden", "regionh.dk"),
           ("Region Sjælland", "regionsjaelland.dk")]

# private institutions (only used in institutions.jsonl)
INSTITUTIONS = [
    ("friskole", "Friskolen ved Åen"), ("friskole", "Lindegårdens Friskole"),
    ("privatskole", "Privatskolen Solbakken"), ("privatskole", "Den Lille Skole ved Fjorden"),
    ("efterskole", "Efterskolen Nordvest"), ("efterskole", "Vestkystens Idrætsefterskole"),
    ("efterskole", "Musikefterskolen Bakkely"), ("daginstitution", "Børnehuset Mælkebøtten"),
    ("daginstitution", "Den selvejende børnehave Regnbuen"), ("daginstitution", "Skovbørnehaven Troldestien"),
    ("daginstitution", "Vuggestuen Myretuen"), ("opholdssted", "Opholdsstedet Kastanjegården"),
    ("opholdssted", "Opholdsstedet Havblik"), ("opholdssted", "Bo- og behandlingsstedet Lyngly"),
    ("døgninstitution", "Ungehuset Fyrtårnet"), ("døgninstitution", "Behandlingshjemmet Egely"),
    ("klub", "Boldklubben Fremad Vest"), ("klub", "Gymnastikforeningen Spring"),
    ("klub", "Svømmeklubben Havørnen"), ("klub", "Ishockeyklubben Isbjørnene"),
    ("klub", "Ungdomsklubben Kælderen"), ("klub", "Rideklubben Hestehaven"),
    ("plejefamilie", "Familieplejen Nord ApS"), ("plejefamilie", "Netværksplejen Danmark"),
    ("plejefamilie", "Plejefamilieforeningen Sydfyn"), ("privatskole", "Den Internationale Skole Kystlund"),
    ("efterskole", "Efterskolen ved Vadehavet"), ("daginstitution", "Naturbørnehaven Tudsen"),
    ("opholdssted", "Opholdsstedet Stjerneskuddet"), ("klub", "Spejdergruppen Ulvetroppen"),
]

# Danish first names for children born after 2004
DK_KID_F = ["Emma", "Ida", "Clara", "Freja", "Sofie", "Laura", "Ella", "Karla", "Alma", "Agnes",
            "Mathilde", "Josefine", "Nora", "Ellen", "Lærke", "Maja", "Liva", "Asta", "Esther", "Luna",
            "Frida", "Silje", "Merle", "Lea", "Sara", "Vigga", "Olga"]
DK_KID_M = ["William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Magnus", "Emil", "Frederik",
            "Alfred", "Malthe", "Elias", "Aksel", "Valdemar", "Anton", "Villads", "Arthur", "Theo",
            "Felix", "Holger", "Viggo", "Otto", "Mads", "Jonas", "Mikkel", "Nikolaj", "Kasper"]
