# Hand-written pools for blind38. All persons invented. Lists only (ordered), no sets.

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (["Emma", "Freja", "Ida", "Clara", "Alma", "Laura", "Karla", "Sofie", "Josefine", "Mathilde",
            "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Pernille", "Tina", "Charlotte", "Louise", "Signe",
            "Birgitte", "Trine", "Anne-Sofie", "Marie Louise"],
           ["William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Emil", "Magnus", "Frederik",
            "Alfred", "Anton", "Mikkel", "Rasmus", "Jesper", "Henrik", "Lars", "Søren", "Morten", "Jens",
            "Kasper", "Nikolaj", "Jens Peter", "Hans-Henrik"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Thomsen", "Poulsen", "Johansen",
            "Mortensen", "Frandsen", "Østergaard", "Kjærgaard", "Damgaard", "Lauridsen", "Bundgaard", "Krogh",
            "Fogh-Steffensen", "Brøndum Nielsen"]),
    "dkrare": (["Asta", "Esther", "Ingeborg", "Ylva", "Agnete", "Thyra", "Silke", "Tove", "Ellie-Mai", "Liva"],
               ["Bertil", "Halfdan", "Sigurd", "Valdemar", "Holger", "Vilfred", "Eskild", "Magne", "Ebbe", "Thorkild"],
               ["Bredahl", "Kjeldgaard", "Ravnsbæk", "Hvidbjerg", "Toftegaard", "Skovbo", "Lindholt", "Vestergaard-Bak",
                "Ulvsgaard", "Nørgaard Friis"]),
    "word": (["Sol", "Lykke", "Maj", "Ask-Marie", "Fryd"],
             ["Storm", "Bo", "Ask", "Ulv", "Frej", "Birk", "Mark"],
             ["Skov", "Vinter", "Have", "Sommer", "Lund", "Holm", "Dal", "Bjerg"]),
    "gl": (["Nivi", "Naja", "Pipaluk", "Ivalo", "Arnannguaq", "Paninnguaq", "Aviaja"],
           ["Aputsiaq", "Inuk", "Malik", "Kunuk", "Minik", "Pavia"],
           ["Kleist", "Lynge", "Heilmann", "Berthelsen", "Motzfeldt", "Kreutzmann", "Petrussen", "Kuitse"]),
    "fo": (["Guðrun", "Bára", "Turið", "Ragnhild", "Sunnvá"],
           ["Jógvan", "Sjúrður", "Rúni", "Heðin", "Brandur"],
           ["Joensen", "á Lakjuni", "í Líð", "Dam", "Simonsen", "Djurhuus"]),
    "so": (["Hodan", "Ayaan", "Fadumo", "Sagal", "Hibaaq", "Ilhan"],
           ["Abdirahman", "Mohamed", "Hamza", "Warsame", "Abdikarim", "Liban"],
           ["Farah", "Abdi", "Osman", "Jama", "Egal", "Yusuf", "Warsame", "Hirsi"]),
    "ar": (["Yasmin", "Layla", "Nour", "Rania", "Mariam", "Zainab", "Fatima"],
           ["Ahmad", "Omar", "Khaled", "Yousef", "Ibrahim", "Mahmoud", "Ali"],
           ["Al-Hassan", "El-Sayed", "Haddad", "Khalil", "Nasser", "Abu Zaid", "Mansour", "Saleh"]),
    "ku": (["Rojin", "Dilan", "Berivan", "Shilan", "Hêvî", "Avin"],
           ["Azad", "Rebwar", "Zana", "Shvan", "Karwan", "Dilshad"],
           ["Karim", "Baban", "Zebari", "Amedi", "Rasul", "Qadir"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Kübra", "Hatice", "Büşra"],
           ["Emre", "Mehmet", "Burak", "Yusuf", "Oğuz", "Serkan"],
           ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın"]),
    "af": (["Habiba", "Mursal", "Shabnam", "Zahra", "Nilofar", "Freshta"],
           ["Farid", "Sohrab", "Wahid", "Najib", "Ahmad Shah", "Mustafa"],
           ["Ahmadzai", "Popal", "Hakimi", "Rahimi", "Sultani", "Noori"]),
    "pk": (["Ayesha", "Hira", "Sana", "Zara", "Mehwish", "Rabia"],
           ["Bilal", "Imran", "Usman", "Faisal", "Hamid", "Adeel"],
           ["Chaudhry", "Qureshi", "Butt", "Iqbal", "Raza", "Mirza"]),
    "pl": (["Katarzyna", "Zofia", "Agnieszka", "Małgorzata", "Weronika", "Magda"],
           ["Wojciech", "Jakub", "Łukasz", "Krzysztof", "Paweł", "Tomasz"],
           ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński"]),
    "ua": (["Olena", "Iryna", "Daryna", "Yulia", "Oksana", "Sofiia"],
           ["Oleksandr", "Mykola", "Bohdan", "Taras", "Dmytro", "Andrii"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko"]),
    "ro": (["Andreea", "Mihaela", "Ioana", "Elena", "Roxana"],
           ["Ionuț", "Bogdan", "Alexandru", "Florin", "Marius"],
           ["Popescu", "Ionescu", "Dumitru", "Constantin", "Stanciu", "Munteanu"]),
    "ba": (["Amra", "Selma", "Lejla", "Merima", "Aida"],
           ["Emir", "Adnan", "Haris", "Edin", "Mirza"],
           ["Hodžić", "Begić", "Hadžiahmetović", "Mujić", "Delić", "Kovačević"]),
    "er": (["Senait", "Helen", "Semhar", "Mehret", "Luwam"],
           ["Yonas", "Tesfay", "Dawit", "Filmon", "Merhawi"],
           ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tekle"]),
    "vn": (["Linh", "Thu", "Huong", "Lan", "Nguyen Thi Mai"],
           ["Minh", "Tuan", "Duc", "Quang", "Bao"],
           ["Nguyen", "Tran", "Pham", "Vu", "Hoang", "Ly"]),
    "th": (["Kanya", "Nattaya", "Pim", "Anong", "Siriporn"],
           ["Somchai", "Chaiwat", "Anan", "Kittisak"],
           ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Saetang"]),
    "ph": (["Maricel", "Rhea", "Lorna", "Kristine", "Jasmin"],
           ["Jomar", "Jericho", "Angelito", "Rodel"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza"]),
    "en": (["Olivia", "Chloe", "Amelia", "Grace", "Megan"],
           ["Jack", "Harry", "George", "Liam", "Callum"],
           ["Smith", "Taylor", "Walker", "O'Brien", "Hughes", "Bennett"]),
}
ORIGIN_KEYS = list(ORIGINS.keys())
ORIGIN_WEIGHTS = [30, 6, 6, 4, 3, 4, 5, 3, 4, 3, 3, 4, 3, 2, 3, 3, 2, 2, 2, 3]

NICKS = {"Mohamed": "Mo", "Abdirahman": "Abdi", "Oleksandr": "Sasha", "Frederik": "Frede", "Nikolaj": "Nikker",
         "Mathilde": "Tilde", "Katarzyna": "Kasia", "Wojciech": "Wojtek", "Aputsiaq": "Aputsi",
         "Josefine": "Fie", "Alexandru": "Alex", "Magnus": "Mangus", "Ibrahim": "Ibi", "Christensen": "Chris"}

STREETS = ["Vestergade", "Nørregade", "Søndergade", "Østergade", "Skolevej", "Kirkevej", "Møllevej", "Bakkevej",
           "Engvej", "Birkevej", "Egevej", "Lindevej", "Stationsvej", "Havevej", "Skovvej", "Rosenvænget",
           "Kastanjevej", "Bøgevej", "Ahornvej", "Violvej", "Fasanvej", "Vibevej", "Tjørnevej", "Solsikkevej",
           "Grønnegade", "Jernbanegade", "Ringstedgade", "Tværgade", "Strandvejen", "Præstevænget",
           "Elmevej", "Granvej", "Mågevej", "Kildevej", "Højvangen", "Toftevej", "Åbrinken", "Markvej"]

TOWNS = [("8000", "Aarhus C"), ("8210", "Aarhus V"), ("5000", "Odense C"), ("5220", "Odense SØ"),
         ("9000", "Aalborg"), ("7100", "Vejle"), ("6700", "Esbjerg"), ("8700", "Horsens"), ("4000", "Roskilde"),
         ("3400", "Hillerød"), ("2630", "Taastrup"), ("2650", "Hvidovre"), ("4700", "Næstved"), ("4200", "Slagelse"),
         ("6000", "Kolding"), ("7400", "Herning"), ("8800", "Viborg"), ("8900", "Randers C"), ("9800", "Hjørring"),
         ("6400", "Sønderborg"), ("4800", "Nykøbing F"), ("3000", "Helsingør"), ("2300", "København S"),
         ("2200", "København N"), ("8600", "Silkeborg"), ("7500", "Holstebro"), ("5700", "Svendborg"),
         ("4300", "Holbæk"), ("6100", "Haderslev"), ("7700", "Thisted"), ("8500", "Grenaa"), ("3700", "Rønne"),
         ("4600", "Køge"), ("2750", "Ballerup"), ("5500", "Middelfart"), ("6200", "Aabenraa"), ("9700", "Brønderslev"),
         ("7800", "Skive"), ("4100", "Ringsted"), ("2620", "Albertslund")]

# foreign addresses: (country, list of templates); {n} house number
FOREIGN = [
    ("Sverige", ["Storgatan {n}, 211 42 Malmö", "Kungsgatan {n} lgh 1102, 411 19 Göteborg", "Ribersborgsvägen {n}, 216 19 Limhamn"]),
    ("Norge", ["Møllergata {n}, 0179 Oslo", "Kong Oscars gate {n}, 5017 Bergen"]),
    ("Tyskland", ["Norderstraße {n}, 24939 Flensburg", "Hauptstraße {n}, 24937 Flensburg", "Holstenstraße {n}, 24103 Kiel"]),
    ("England", ["{n} Station Road, Leeds LS6 2AB", "Flat {n}, 22 Queen Street, Bristol BS1 4JE"]),
    ("Spanien", ["Calle Mayor {n}, 3º B, 29640 Fuengirola", "Avenida del Mar {n}, 03503 Benidorm"]),
    ("Polen", ["ul. Długa {n}/4, 80-827 Gdańsk", "ul. Piotrkowska {n} m. 7, 90-406 Łódź"]),
    ("Grønland", ["Aqqusinersuaq {n}, 3900 Nuuk", "Qullilerfik {n}, 3911 Sisimiut"]),
    ("Færøerne", ["Niels Finsens gøta {n}, 100 Tórshavn", "Heygavegur {n}, 700 Klaksvík"]),
    ("Tyrkiet", ["Atatürk Caddesi No: {n} D: 5, 35220 Konak/İzmir"]),
    ("Rumænien", ["Strada Republicii nr. {n}, ap. 3, 400015 Cluj-Napoca"]),
]
# country code, local-number shape (x = digit)
FOREIGN_PHONES = {"Sverige": ("+46", "7x-xxx xx xx"), "Norge": ("+47", "4xx xx xxx"), "Tyskland": ("+49", "15x xxxx xxxx"),
                  "England": ("+44", "7xxx xxxxxx"), "Spanien": ("+34", "6xx xxx xxx"), "Polen": ("+48", "5xx xxx xxx"),
                  "Grønland": ("+299", "5x xx xx"), "Færøerne": ("+298", "2x xx xx"), "Tyrkiet": ("+90", "5xx xxx xx xx"),
                  "Rumænien": ("+40", "7xx xxx xxx")}

MAILDOM = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk", "icloud.com", "mail.dk", "jubii.dk"]
MUNIDOM = ["vejle.dk", "kolding.dk", "horsens.dk", "silkeborg.dk", "naestved.dk", "holbaek.dk", "svendborg.dk", "viborg.dk"]

# public numbers allowed anywhere (switchboards here are invented for the corpus)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "72 22 18 18", "70 21 50 00", "72 36 36 36", "76 16 16 16",
                  "89 40 20 00", "70 10 18 18"]

EMPLOYERS = ["Netto", "REMA 1000", "Føtex", "Lidl", "McDonald's", "Sunset Boulevard", "Bilka", "Jysk",
             "Kvickly", "Burger King", "FK Distribution", "Coop 365", "Flying Tiger Copenhagen",
             "Legoland", "Tivoli Friheden", "Bauhaus", "Matas", "Normal"]
COLLECTORS = ["Nordpant Inkasso A/S", "Lindorff-Kredit ApS", "Intrum A/S", "Collectia A/S", "Inkassohuset Vest ApS",
              "Debito Inkasso", "Alektum A/S"]
TELCOS = ["Telia", "Telenor", "3", "CBB Mobil", "Lebara", "Oister", "YouSee", "Eesy", "Greentel"]

INSTITUTIONS = ["Kildebakkens Friskole", "Opholdsstedet Lærkereden", "Børnehuset Mariehønen", "Ungdomsklubben Fyrtårnet",
                "Familieplejen Nordvest", "Solsikkens Privatskole", "Bøgely Efterskole", "Privatinstitutionen Trylleskoven",
                "Opholdsstedet Havbrisen", "Fritidsklubben Kernen", "Den Lille Skole på Bakken", "Efterskolen Ved Fjorden",
                "Bostedet Kastanjegården", "Opholdsstedet Egebo", "Friskolen i Skærbæk Mølle", "Vuggestuen Myretuen",
                "Skovbørnehaven Grankoglen", "Døgntilbuddet Nordlyset", "Familieplejeforeningen Brobyggerne",
                "Ungehuset Kompasset", "Rideklubben Hestehoven", "Heldagsskolen Springbrættet", "Gymnastikforeningen Vovemod",
                "Opholdsstedet Bakkebo", "Frie Fodspor Efterskole", "Privatskolen Nordstjernen", "Plejefamilieforeningen Rødder",
                "Børnehaven Regnbuen", "Idrætsefterskolen Sandbjerg", "Opholdsstedet Tusindfryd"]

MED_ADHD = ["Medikinet retard", "Concerta", "Elvanse", "Ritalin Uno", "Strattera", "Intuniv"]
MED_SLEEP = ["Melatonin (Circadin)", "melatonin", "Melatonin AGB"]
PSYCH = ["Børne- og Ungdomspsykiatrien i Aarhus", "Børne- og Ungdomspsykiatrisk Afdeling i Odense",
         "BUP Glostrup", "Børne- og Ungdomspsykiatrien Region Sjælland", "Børne- og Ungdomspsykiatrisk Center Aalborg"]
