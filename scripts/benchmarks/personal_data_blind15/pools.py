# -*- coding: utf-8 -*-
"""Hand-written pools for the blind15 held-out corpus.

All persons are invented. Towns and postcodes are real Danish ones; street names are
common Danish street names. Lists only (no sets) so that iteration order is fixed.
"""

# origin -> male first names, female first names, surnames (or male/female surnames)
NAMES = {
    "dk": {
        "m": ["Mads", "Frederik", "Lucas", "Oliver", "William", "Noah", "Emil", "Magnus", "Victor",
              "Anders", "Jens", "Søren", "Henrik", "Thomas", "Martin", "Rasmus", "Jesper", "Kasper",
              "Mikkel", "Niels", "Peter", "Lars", "Morten", "Torben", "Kim", "Jakob", "Christian",
              "Carl", "Aksel", "Alfred", "Elias", "Malthe", "Villads", "Bertram", "Karl Emil",
              "Mads Peter", "Jonas", "Sebastian", "Alexander", "Mathias", "Brian", "Per", "Finn",
              "Flemming", "Rene", "Dennis", "Kenneth", "Steffen", "Allan"],
        "f": ["Emma", "Ida", "Freja", "Clara", "Alma", "Ella", "Sofie", "Anna", "Laura", "Mathilde",
              "Karla", "Josefine", "Agnes", "Asta", "Ellen", "Lærke", "Maja", "Nanna", "Camilla",
              "Mette", "Hanne", "Susanne", "Lone", "Pia", "Tina", "Gitte", "Charlotte", "Louise",
              "Line", "Signe", "Anne Sofie", "Marie Louise", "Birgitte", "Helle", "Dorte", "Jeanette",
              "Stine", "Rikke", "Kristina", "Malou", "Filippa", "Olivia"],
        "s": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
              "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
              "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
              "Jakobsen", "Mikkelsen", "Lauridsen", "Frandsen", "Dalgaard", "Bundgaard",
              "Kjærgaard", "Vestergaard", "Østergaard", "Holm", "Bach", "Kjeldsen", "Winther",
              "Bjerre", "Mølgaard", "Søgaard", "Hedegaard", "Overgaard", "Damgaard", "Nørgaard",
              "Juhl", "Toft", "Dahl", "Lindberg", "Schmidt", "Friis", "Iversen", "Nygaard",
              "Gregersen", "Bech", "Fog", "Kragh", "Buch", "Steffensen"],
    },
    # rare and newly formed Danish names, and names that are also ordinary Danish words
    "dkr": {
        "m": ["Storm", "Bo", "Ask", "Frej", "Ulv", "Birk", "Ravn", "Sten", "Halfdan", "Sigurd",
              "Folmer", "Ingolf", "Asger", "Melvin", "Esben", "Vinter", "Loke", "Aslak", "Egon",
              "Thorvald"],
        "f": ["Sol", "Lykke", "Maj", "Vigga", "Bjørk", "Iben", "Fenja", "Thyra", "Saga", "Merle",
              "Elvira", "Kaija", "Alvilda", "Otilia", "Tilde", "Vilja", "Silje", "Nova", "Frigg",
              "Hjørdis"],
        "s": ["Skov", "Vinter", "Lykke", "Storm", "Ravn", "Ulv", "Bjerregaard", "Skovbo", "Krogh",
              "Brink", "Stjernholm", "Sommer", "Kildegaard", "Lyngsø", "Ellegaard", "Hvidtfeldt",
              "Tornbjerg", "Mosegaard", "Kirkeby", "Fjeldsø"],
    },
    "gl": {
        "m": ["Aputsiaq", "Inuk", "Malik", "Kunuk", "Minik", "Nukannguaq", "Ujarak", "Pavia",
              "Kaali", "Ujarneq"],
        "f": ["Nivi", "Naja", "Pipaluk", "Ivaana", "Paninnguaq", "Aviaja", "Ivalo", "Arnaq",
              "Nukaaka", "Ane Sofie"],
        "s": ["Kleist", "Lynge", "Petrussen", "Olsvig", "Heilmann", "Motzfeldt", "Berthelsen",
              "Kreutzmann", "Zeeb", "Nathanielsen", "Frederiksen", "Kristiansen"],
    },
    "fo": {
        "m": ["Rógvi", "Jógvan", "Sámal", "Brandur", "Heini", "Tróndur", "Bárður", "Eyðun"],
        "f": ["Guðrun", "Rakul", "Turið", "Bára", "Elin", "Sunneva", "Ragnhild", "Sólja"],
        "s": ["Joensen", "Johannesen", "Dalsgaard", "í Gong", "Djurhuus", "av Rana", "Háberg",
              "Jacobsen", "Petersen", "Midjord"],
    },
    "so": {
        "m": ["Abdirahman", "Mohamed", "Abdiweli", "Xasan", "Warsame", "Yusuf", "Abdullahi",
              "Mahad", "Liban", "Guuleed"],
        "f": ["Hodan", "Faadumo", "Ayaan", "Hamdi", "Sahra", "Ilhan", "Cawo", "Nimco", "Ubah",
              "Hibo"],
        "s": ["Warsame", "Farah", "Abdi", "Hassan", "Osman", "Jama", "Ahmed", "Nuur", "Cali",
              "Mohamud", "Egal", "Dirie"],
    },
    "ar": {
        "m": ["Ahmad", "Mohammad", "Omar", "Yousef", "Khaled", "Amir", "Rami", "Tarek", "Bilal",
              "Hussein", "Rafiq"],
        "f": ["Layla", "Fatima", "Mariam", "Noor", "Rania", "Hiba", "Zainab", "Rasha", "Amal",
              "Yasmin", "Safiya"],
        "s": ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Abu-Salem", "El-Sayed", "Saleh",
              "Mansour", "Ibrahim", "Al-Masri", "Darwish", "Hamdan"],
    },
    "ku": {
        "m": ["Azad", "Roj", "Zana", "Baran", "Kawa", "Rêbaz", "Dilshad", "Hêmin"],
        "f": ["Rojin", "Dilan", "Berfin", "Hêvî", "Shirin", "Naze", "Jiyan", "Avin"],
        "s": ["Ahmadi", "Rashid", "Mahmoud", "Shexo", "Hussein", "Xelîl", "Amedi", "Barzinji"],
    },
    "tr": {
        "m": ["Emre", "Mehmet", "Burak", "Kerem", "Yusuf", "Mustafa", "Serkan", "Ömer"],
        "f": ["Elif", "Zeynep", "Ayşe", "Esra", "Aslı", "Melek", "Büşra", "Gülay"],
        "s": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan",
              "Kılıç"],
    },
    "af": {
        "m": ["Farid", "Habibullah", "Wahid", "Hamid", "Mirwais", "Sayed Jawad", "Najib", "Ajmal"],
        "f": ["Zahra", "Mursal", "Sediqa", "Nazanin", "Parwana", "Freshta", "Marzia", "Shabnam"],
        "s": ["Rahimi", "Karimi", "Hakimi", "Noori", "Sultani", "Amiri", "Haidari", "Popal",
              "Wardak", "Jafari"],
    },
    "pk": {
        "m": ["Imran", "Usman", "Zubair", "Faisal", "Kashif", "Waqas", "Adnan"],
        "f": ["Ayesha", "Sana", "Hina", "Rabia", "Saima", "Nadia", "Mehwish"],
        "s": ["Khan", "Chaudhry", "Butt", "Qureshi", "Iqbal", "Shah", "Mirza", "Javed"],
    },
    "pl": {
        "m": ["Kacper", "Wojciech", "Krzysztof", "Jakub", "Paweł", "Tomasz", "Łukasz", "Bartosz"],
        "f": ["Zofia", "Małgorzata", "Agnieszka", "Katarzyna", "Zuzanna", "Joanna", "Magdalena",
              "Ewelina"],
        "sm": ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
               "Zieliński", "Szymański", "Woźniak", "Dąbrowski"],
        "sf": ["Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska",
               "Zielińska", "Szymańska", "Woźniak", "Dąbrowska"],
    },
    "ua": {
        "m": ["Oleksandr", "Dmytro", "Bohdan", "Andrii", "Mykola", "Taras", "Yaroslav", "Serhii"],
        "f": ["Olena", "Nataliia", "Iryna", "Yuliia", "Sofiia", "Oksana", "Viktoriia", "Daryna"],
        "s": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk",
              "Hrytsenko", "Savchuk", "Oliinyk", "Marchenko"],
    },
    "ro": {
        "m": ["Andrei", "Ionuț", "Alexandru", "Florin", "Mihai", "Bogdan", "Cătălin"],
        "f": ["Elena", "Ioana", "Cristina", "Denisa", "Roxana", "Alina", "Mădălina"],
        "s": ["Popescu", "Ionescu", "Dumitru", "Gheorghe", "Munteanu", "Constantin", "Radu",
              "Lungu", "Stoica"],
    },
    "ba": {
        "m": ["Emir", "Adnan", "Haris", "Edin", "Dženan", "Mirza", "Senad", "Almir"],
        "f": ["Amra", "Selma", "Lejla", "Amela", "Aida", "Merima", "Emina", "Belma"],
        "s": ["Hodžić", "Hadžić", "Begić", "Mujić", "Kovačević", "Delić", "Alić", "Hasanović",
              "Mehmedović"],
    },
    "er": {
        "m": ["Tesfay", "Yonas", "Filmon", "Dawit", "Kidane", "Mehari", "Biniam", "Robel",
              "Tekle", "Habtom"],
        "f": ["Senait", "Meron", "Helen", "Semhar", "Winta", "Saba", "Rahel", "Luwam", "Feven",
              "Yordanos"],
        "s": ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Weldemichael", "Tekle",
              "Ghebreyesus", "Kahsay", "Mehari", "Habte"],
    },
    "vn": {
        "m": ["Minh", "Tuan", "Duc", "Bao", "Hieu", "Khanh", "Quang"],
        "f": ["Linh", "Thu", "Huong", "Lan", "Hoa", "Thao", "Ngoc Anh", "Mai Anh"],
        "s": ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Le", "Truong"],
    },
    "th": {
        "m": ["Somchai", "Nattapong", "Chai", "Anan", "Kittisak"],
        "f": ["Siriporn", "Kanya", "Malee", "Ploy", "Anong", "Pornthip", "Wanida"],
        "s": ["Srisuk", "Chaiyaporn", "Wongsawat", "Phromma", "Kaewkong", "Boonmee",
              "Rattanakorn"],
    },
    "ph": {
        "m": ["Jonel", "Jericho", "Marlon", "Rodel", "Arnel"],
        "f": ["Maricel", "Rowena", "Lorna", "Analyn", "Marites", "Jocelyn", "Maria Lourdes"],
        "s": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "De Guzman",
              "Manalo", "Macaraeg"],
    },
    "en": {
        "m": ["Jack", "Ryan", "Liam", "Daniel", "Tyler", "Connor", "Jamie"],
        "f": ["Chloe", "Megan", "Shannon", "Jessica", "Bethany", "Kirsty", "Siobhan"],
        "s": ["Smith", "O'Brien", "Walker", "Thompson", "Hughes", "McCarthy", "Bennett", "Clarke",
              "Fletcher"],
    },
}

# weights for drawing an origin (families)
ORIGIN_WEIGHTS = [("dk", 34), ("dkr", 10), ("gl", 5), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4),
                  ("tr", 5), ("af", 4), ("pk", 3), ("pl", 5), ("ua", 5), ("ro", 3), ("ba", 3),
                  ("er", 4), ("vn", 3), ("th", 2), ("ph", 3), ("en", 3)]
# professionals: mostly Danish, but not only
PRO_WEIGHTS = [("dk", 50), ("dkr", 8), ("gl", 2), ("fo", 2), ("so", 2), ("ar", 3), ("ku", 2),
               ("tr", 3), ("af", 1), ("pk", 2), ("pl", 2), ("ua", 1), ("ro", 1), ("ba", 2),
               ("er", 1), ("vn", 2), ("th", 1), ("ph", 1), ("en", 2)]

NICKNAMES = [("Frederik", "Frede"), ("Christian", "Chrille"), ("Alexander", "Alex"),
             ("Sebastian", "Basse"), ("Mathias", "Thias"), ("Katarzyna", "Kasia"),
             ("Małgorzata", "Gosia"), ("Oleksandr", "Sasha"), ("Mohammad", "Hamudi"),
             ("Abdirahman", "Abdi"), ("Nattapong", "Nat"), ("Jonel", "Jun-Jun"),
             ("Wojciech", "Wojtek"), ("Magnus", "Mangus"), ("Josefine", "Sif"),
             ("Aputsiaq", "Apu"), ("Habibullah", "Habib"), ("Yusuf", "Yussi"),
             ("Mads Peter", "MP"), ("Karl Emil", "Kalle"), ("Nukannguaq", "Nuka"),
             ("Viktoriia", "Vika"), ("Oksana", "Ksiusha"),
             ("Ionuț", "Ionel"), ("Kristina", "Tinka"), ("Charlotte", "Lotte"),
             ("Jessica", "Jess"), ("Daniel", "Danny"), ("Zainab", "Zizi")]

# original-script forms for some names (used in translated documents)
SCRIPT = [("Ahmad", "أحمد"), ("Mohammad", "محمد"), ("Omar", "عمر"), ("Yousef", "يوسف"),
          ("Khaled", "خالد"), ("Layla", "ليلى"), ("Fatima", "فاطمة"), ("Mariam", "مريم"),
          ("Noor", "نور"), ("Hussein", "حسين"), ("Haddad", "حداد"), ("Khalil", "خليل"),
          ("Nasser", "ناصر"), ("Saleh", "صالح"), ("Mansour", "منصور"), ("Ibrahim", "إبراهيم"),
          ("Oleksandr", "Олександр"), ("Olena", "Олена"), ("Dmytro", "Дмитро"),
          ("Nataliia", "Наталія"), ("Iryna", "Ірина"), ("Bohdan", "Богдан"), ("Yuliia", "Юлія"),
          ("Andrii", "Андрій"), ("Sofiia", "Софія"), ("Mykola", "Микола"), ("Taras", "Тарас"),
          ("Oksana", "Оксана"), ("Shevchenko", "Шевченко"), ("Kovalenko", "Коваленко"),
          ("Bondarenko", "Бондаренко"), ("Tkachenko", "Ткаченко"), ("Kravchuk", "Кравчук"),
          ("Melnyk", "Мельник"), ("Hrytsenko", "Гриценко"), ("Savchuk", "Савчук"),
          ("Oliinyk", "Олійник"), ("Marchenko", "Марченко")]

# transliteration variants, used to write the same person two ways in one document
TRANSLIT = [("Mohammad", "Muhammad"), ("Mohamed", "Maxamed"), ("Yousef", "Youssef"),
            ("Hussein", "Husayn"), ("Khaled", "Khalid"), ("Tesfay", "Tesfaye"),
            ("Oleksandr", "Aleksandr"), ("Andrii", "Andriy"), ("Yuliia", "Yulia"),
            ("Nataliia", "Natalia"), ("Sofiia", "Sofia"), ("Hrytsenko", "Gritsenko"),
            ("Xasan", "Hassan"), ("Cawo", "Awo"), ("Faadumo", "Fadumo"), ("Zainab", "Zaynab"),
            ("Al-Hassan", "Alhasan"), ("El-Sayed", "Elsayed"), ("Mehari", "Mehary"),
            ("Gebremedhin", "Ghebremedhin"), ("Weldemichael", "Woldemichael"),
            ("Ghebreyesus", "Gebreyesus")]

STREETS = ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Storegade", "Skolevej",
           "Kirkevej", "Møllevej", "Bakkevej", "Stationsvej", "Parkvej", "Engvej", "Skovvej",
           "Birkevej", "Egevej", "Bøgevej", "Lindevej", "Ahornvej", "Kastanievej", "Rosenvej",
           "Violvej", "Syrenvej", "Tjørnevej", "Fasanvej", "Mågevej", "Lærkevej", "Hybenvej",
           "Grønnegade", "Torvegade", "Havnegade", "Strandvejen", "Jernbanegade", "Ringvejen",
           "Hovedgaden", "Teglværksvej", "Nygade", "Frederiksgade", "Kongensgade",
           "Dronningensgade", "Jyllandsgade", "Fynsgade", "Sjællandsgade", "Rosenhaven",
           "Tranehaven", "Lupinvej", "Kløvervej", "Mosevej", "Toften", "Vibevej", "Spurvevej",
           "Agerhønevej", "Klostergade", "Borgergade", "Åboulevarden", "Vesterbrogade",
           "Nørrebrogade", "Amagerbrogade", "Tagensvej", "Hjortevej", "Solsikkevej",
           "Granvej", "Fyrrevej", "Pilevej", "Elmevej", "Ved Kæret", "Bymarken", "Kærvej",
           "Gl. Kongevej", "Ndr. Ringvej", "Sdr. Allé", "Præstevænget", "Vinkelvej",
           "Kildevej", "Markvej", "Højvangen", "Enghaven", "Bakkedraget", "Kirkestræde"]

# (postcode, town, municipality)
TOWNS = [("2100", "København Ø", "Københavns"), ("2200", "København N", "Københavns"),
         ("2300", "København S", "Københavns"), ("2400", "København NV", "Københavns"),
         ("2450", "København SV", "Københavns"), ("2500", "Valby", "Københavns"),
         ("2610", "Rødovre", "Rødovre"), ("2620", "Albertslund", "Albertslund"),
         ("2630", "Taastrup", "Høje-Taastrup"), ("2650", "Hvidovre", "Hvidovre"),
         ("2660", "Brøndby Strand", "Brøndby"), ("2670", "Greve", "Greve"),
         ("2700", "Brønshøj", "Københavns"), ("2720", "Vanløse", "Københavns"),
         ("2730", "Herlev", "Herlev"), ("2750", "Ballerup", "Ballerup"),
         ("2800", "Kongens Lyngby", "Lyngby-Taarbæk"), ("2860", "Søborg", "Gladsaxe"),
         ("3000", "Helsingør", "Helsingør"), ("3400", "Hillerød", "Hillerød"),
         ("3600", "Frederikssund", "Frederikssund"), ("4000", "Roskilde", "Roskilde"),
         ("4100", "Ringsted", "Ringsted"), ("4200", "Slagelse", "Slagelse"),
         ("4300", "Holbæk", "Holbæk"), ("4400", "Kalundborg", "Kalundborg"),
         ("4600", "Køge", "Køge"), ("4700", "Næstved", "Næstved"),
         ("4800", "Nykøbing F", "Guldborgsund"), ("4900", "Nakskov", "Lolland"),
         ("5000", "Odense C", "Odense"), ("5200", "Odense V", "Odense"),
         ("5220", "Odense SØ", "Odense"), ("5500", "Middelfart", "Middelfart"),
         ("5700", "Svendborg", "Svendborg"), ("5800", "Nyborg", "Nyborg"),
         ("6000", "Kolding", "Kolding"), ("6100", "Haderslev", "Haderslev"),
         ("6200", "Aabenraa", "Aabenraa"), ("6400", "Sønderborg", "Sønderborg"),
         ("6700", "Esbjerg", "Esbjerg"), ("6800", "Varde", "Varde"), ("7100", "Vejle", "Vejle"),
         ("7400", "Herning", "Herning"), ("7500", "Holstebro", "Holstebro"),
         ("7800", "Skive", "Skive"), ("8000", "Aarhus C", "Aarhus"), ("8200", "Aarhus N", "Aarhus"),
         ("8210", "Aarhus V", "Aarhus"), ("8220", "Brabrand", "Aarhus"),
         ("8600", "Silkeborg", "Silkeborg"), ("8700", "Horsens", "Horsens"),
         ("8800", "Viborg", "Viborg"), ("8900", "Randers C", "Randers"),
         ("9000", "Aalborg", "Aalborg"), ("9200", "Aalborg SV", "Aalborg"),
         ("9400", "Nørresundby", "Aalborg"), ("9700", "Brønderslev", "Brønderslev"),
         ("9800", "Hjørring", "Hjørring"), ("9900", "Frederikshavn", "Frederikshavn"),
         ("3700", "Rønne", "Bornholms Regions"), ("7700", "Thisted", "Thisted"),
         ("9500", "Hobro", "Mariagerfjord"), ("6950", "Ringkøbing", "Ringkøbing-Skjern"),
         ("8500", "Grenaa", "Norddjurs"), ("4180", "Sorø", "Sorø"), ("6600", "Vejen", "Vejen"),
         ("7000", "Fredericia", "Fredericia"), ("8300", "Odder", "Odder"),
         ("9300", "Sæby", "Frederikshavn"), ("9600", "Aars", "Vesthimmerlands"),
         ("5600", "Faaborg", "Faaborg-Midtfyn"), ("4930", "Maribo", "Lolland"),
         ("4760", "Vordingborg", "Vordingborg"), ("4690", "Haslev", "Faxe")]

# foreign address builders use these fragments (country code, phone prefix pattern)
FOREIGN = {
    "pl": {"streets": ["ul. Kwiatowa", "ul. Mickiewicza", "ul. Słoneczna", "ul. Lipowa",
                       "ul. Polna"],
           "towns": [("30-015", "Kraków"), ("90-124", "Łódź"), ("80-210", "Gdańsk"),
                     ("50-340", "Wrocław"), ("61-748", "Poznań")],
           "cc": "48"},
    "ua": {"streets": ["vul. Shevchenka", "vul. Sadova", "prosp. Nauky", "vul. Hrushevskoho",
                       "vul. Zelena"],
           "towns": [("61000", "Kharkiv"), ("79000", "Lviv"), ("65000", "Odesa"),
                     ("49000", "Dnipro"), ("21000", "Vinnytsia")],
           "cc": "380"},
    "ro": {"streets": ["Str. Florilor", "Str. Mihai Eminescu", "Bd. Independenței",
                       "Str. Teiului"],
           "towns": [("700259", "Iași"), ("400001", "Cluj-Napoca"), ("300011", "Timișoara"),
                     ("500030", "Brașov")],
           "cc": "40"},
    "de": {"streets": ["Hauptstraße", "Bahnhofstraße", "Friesische Straße", "Norderstraße"],
           "towns": [("24937", "Flensburg"), ("24103", "Kiel"), ("20095", "Hamburg"),
                     ("25813", "Husum")],
           "cc": "49"},
    "se": {"streets": ["Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan"],
           "towns": [("211 34", "Malmö"), ("252 21", "Helsingborg"), ("413 04", "Göteborg"),
                     ("222 21", "Lund")],
           "cc": "46"},
    "uk": {"streets": ["Albert Road", "Victoria Street", "Church Lane", "Mill Road"],
           "towns": [("LS6 4AB", "Leeds"), ("M14 5RT", "Manchester"), ("BS3 1QP", "Bristol"),
                     ("NE6 2XL", "Newcastle upon Tyne")],
           "cc": "44"},
    "tr": {"streets": ["Atatürk Cad.", "Cumhuriyet Cad.", "Gül Sok.", "İnönü Cad."],
           "towns": [("34080", "Fatih/İstanbul"), ("06420", "Çankaya/Ankara"),
                     ("35210", "Konak/İzmir")],
           "cc": "90"},
}

# municipalities' generic functional contact lines (no persons); numbers are public-looking,
# invented (except where noted in the README) and whitelisted as public numbers
SWITCHBOARDS = [("Københavns Kommune", "33 66 33 66"), ("Aarhus Kommune", "89 40 20 00"),
                ("Holstebro Kommune", "96 11 75 00"), ("Vejle Kommune", "76 81 00 00"),
                ("Odense Kommune", "66 13 13 72"), ("Aalborg Kommune", "99 31 31 31"),
                ("Esbjerg Kommune", "76 16 16 16"), ("Silkeborg Kommune", "89 70 10 00"),
                ("Randers Kommune", "89 15 15 15"), ("Herning Kommune", "96 28 28 28")]

PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "116111", "70 201 201"] + [n for _, n in SWITCHBOARDS]

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk",
                   "yahoo.com", "icloud.com", "mail.dk", "jubii.dk", "stofanet.dk", "youmail.dk",
                   "protonmail.com", "mail.tele.dk", "webspeed.dk", "privat.dk"]
FOREIGN_DOMAINS = {"pl": ["wp.pl", "o2.pl", "onet.pl"], "ua": ["ukr.net", "i.ua", "gmail.com"],
                   "ro": ["yahoo.ro", "gmail.com"], "tr": ["hotmail.com.tr", "gmail.com"],
                   "so": ["hotmail.com", "gmail.com"], "ar": ["hotmail.com", "gmail.com"],
                   "en": ["btinternet.com", "gmail.com"], "vn": ["gmail.com"],
                   "th": ["hotmail.co.th", "gmail.com"], "ph": ["yahoo.com.ph", "gmail.com"]}
# providers (companies, not persons) - used as payees/senders, unplanted
PROVIDERS = [("Opholdsstedet Lyngbakken ApS", "lyngbakken.dk"),
             ("Familiehuset Kompasset ApS", "kompasset-familie.dk"),
             ("Bostedet Kildeholm I/S", "kildeholm.dk"),
             ("Ungecentret Fyrtårnet ApS", "fyrtaarnet-unge.dk"),
             ("Socialpædagogisk Opholdssted Egely", "egely.dk"),
             ("Behandlingshjemmet Toftegården", "toftegaarden.dk"),
             ("Kontaktpersonordningen Vest ApS", "kpo-vest.dk"),
             ("Familiebehandling Nord ApS", "fambeh-nord.dk"),
             ("Psykologhuset Åbrinken", "aabrinken-psykologer.dk"),
             ("Mentorhuset Trinet ApS", "trinet-mentor.dk")]
TAXI = [("Taxa Vest", "taxavest.dk"), ("Byens Taxi", "byenstaxi.dk"),
        ("Flextrafik", "flextrafik.dk"), ("Dantaxi", "dantaxi.dk"), ("Taxa 4x35", "4x35.dk"),
        ("Kørselskontoret", "koersel.dk")]

WORK_DOMAIN = {"Københavns": "kk.dk", "Aarhus": "aarhus.dk", "Holstebro": "holstebro.dk",
               "Vejle": "vejle.dk", "Odense": "odense.dk", "Aalborg": "aalborg.dk",
               "Esbjerg": "esbjerg.dk", "Silkeborg": "silkeborg.dk", "Randers": "randers.dk",
               "Herning": "herning.dk"}
MUNIS = ["Københavns", "Aarhus", "Holstebro", "Vejle", "Odense", "Aalborg", "Esbjerg",
         "Silkeborg", "Randers", "Herning"]

# institution names for institutions.jsonl (invented private institutions)
INSTITUTIONS = [
    "Friskolen Bakkegården", "Lilleskolen Egebjerg", "Den Lille Skole ved Fjorden",
    "Opholdsstedet Stormly", "Bostedet Kildebakken", "Efterskolen Solgården",
    "Ungdomshjemmet Fyrrely", "Børnehuset Mariehønen", "Privatinstitutionen Troldehulen",
    "Fritidsklubben Sprotten", "Familieplejen Kronhjorten", "Opholdsstedet Lykkebo",
    "Idrætsefterskolen Vestkysten", "Naturbørnehaven Mosekonen", "Privatskolen Nordlyset",
    "Skolehjemmet Granly", "Behandlingsskolen Kastanjen", "Ungdomsklubben Kælderen",
    "Plejefamilieforeningen Sydvest", "Den Private Familiepleje Midt", "Efterskolen Havblik",
    "Dagplejen Mælkebøtten", "Vuggestuen Humlebien", "Frie Børnehave Skovmusen",
    "Opholdsstedet Vindrosen", "Socialpædagogisk Bosted Tangloppen", "Musikefterskolen Tonalt",
    "Børne- og Ungehjemmet Ådalen", "Heldagsskolen Broen", "Klubhuset Ankeret",
    "Realskolen ved Søerne", "Aflastningshjemmet Regnbuen"]
