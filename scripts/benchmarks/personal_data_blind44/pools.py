"""Hand-written pools for the blind44 held-out corpus. All persons invented."""

# origin -> (female first, male first, surnames)
NAMES = {
    "dk": (["Anne", "Mette", "Camilla", "Louise", "Katrine", "Signe", "Ida", "Emma", "Freja", "Clara",
            "Sofie", "Mathilde", "Karen", "Helle", "Rikke", "Pernille", "Maja", "Nanna", "Line", "Tina"],
           ["Mikkel", "Frederik", "Rasmus", "Jonas", "Mads", "Søren", "Anders", "Kasper", "Lars", "Thomas",
            "Niels", "Jesper", "Emil", "Oscar", "Villads", "Magnus", "Kristian", "Henrik", "Morten", "Tobias"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Mikkelsen", "Thomsen", "Poulsen", "Lauridsen",
            "Østergaard", "Kjærgaard", "Damgaard", "Bech"]),
    "dkrare": (["Idun", "Eja", "Vilde", "Ronja", "Silje", "Alberte", "Liva", "Ellen-Marie", "Asta", "Thyra"],
               ["Malte", "Aksel", "Alfred", "Konrad", "Eigil", "Vitus", "Halfdan", "Bertil", "Loke", "Folmer"],
               ["Bækgaard", "Lindtoft", "Skovbo", "Egebjerg", "Hvidkær", "Stenvang", "Rosenkvist",
                "Mølholt", "Brixtofte", "Krogsgaard", "Nørholm", "Vestergaard-Lund"]),
    "word": (["Sol", "Lykke", "Bjørk"], ["Storm", "Bo", "Ask", "Ulv", "Frej"],
             ["Skov", "Vinter", "Dal", "Bjerg"]),
    "gl": (["Naja", "Nivi", "Paninnguaq", "Aviaja", "Arnaq"], ["Aputsiaq", "Inunnguaq", "Malik", "Kunuk", "Nukannguaq"],
           ["Kleist", "Lynge", "Kreutzmann", "Berthelsen", "Heilmann", "Zeeb"]),
    "fo": (["Jóhanna", "Rakul", "Sigrid", "Guðrun"], ["Rógvi", "Sjúrður", "Hallur", "Bárður"],
           ["Joensen", "Dahl", "Petersen", "Hansen", "Olsen", "Jacobsen", "Mikladal"]),
    "so": (["Hodan", "Ayaan", "Fadumo", "Sahra", "Hibaaq", "Nimco"], ["Abdirahman", "Mahad", "Liban", "Abdullahi", "Yusuf", "Farhan"],
           ["Farah", "Warsame", "Abdi", "Hassan", "Jama", "Osman", "Mohamud"]),
    "ar": (["Amal", "Fatima", "Leila", "Nour", "Rania", "Yasmin", "Mariam"], ["Mohammed", "Ahmad", "Khalid", "Omar", "Bilal", "Youssef", "Karim"],
           ["Al-Hassan", "Haddad", "Mansour", "Khalil", "Saleh", "El-Sayed", "Darwish"]),
    "ku": (["Rojin", "Dilan", "Berfin", "Zozan"], ["Rojhat", "Azad", "Baran", "Serhat", "Zana"],
           ["Barzani", "Amedi", "Zebari", "Dogan", "Kaya"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Büşra", "Merve"], ["Emre", "Mehmet", "Burak", "Can", "Ömer"],
           ["Yılmaz", "Demir", "Çelik", "Öztürk", "Aydın", "Şahin"]),
    "af": (["Zahra", "Marzia", "Soraya", "Parwana"], ["Farid", "Mustafa", "Samiullah", "Hamid", "Jawad", "Rahim"],
           ["Ahmadzai", "Hakimi", "Rahimi", "Noori", "Safi", "Karimi"]),
    "pk": (["Ayesha", "Sana", "Mehwish", "Hina"], ["Imran", "Usman", "Bilawal", "Faisal"],
           ["Chaudhry", "Qureshi", "Butt", "Malik", "Raza"]),
    "pl": (["Agnieszka", "Katarzyna", "Zofia", "Małgorzata", "Julia"], ["Piotr", "Krzysztof", "Tomasz", "Jakub", "Paweł"],
           ["Kowalski", "Wiśniewska", "Nowak", "Wójcik", "Kamińska", "Lewandowski"]),
    "ua": (["Olena", "Oksana", "Iryna", "Sofiia", "Daryna"], ["Oleksandr", "Dmytro", "Andrii", "Bohdan", "Taras"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk"]),
    "ro": (["Ionela", "Andreea", "Florina", "Bianca"], ["Ionuț", "Mihai", "Florin", "Adrian"],
           ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu"]),
    "ba": (["Amra", "Selma", "Lejla", "Emina"], ["Emir", "Adnan", "Haris", "Jasmin", "Kenan"],
           ["Hodžić", "Begić", "Mehmedović", "Kovačević", "Delić"]),
    "er": (["Semhar", "Luwam", "Helen", "Senait", "Yohana"], ["Yonas", "Tesfay", "Dawit", "Filmon", "Mebrahtu"],
           ["Tekle", "Ghebremedhin", "Kidane", "Haile", "Berhane", "Tesfamariam"]),
    "vn": (["Lan", "Hoa", "Thu", "Linh", "Mai"], ["Minh", "Duc", "Tuan", "Khanh", "Bao"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Vu"]),
    "th": (["Pimchanok", "Siriporn", "Nok", "Malee"], ["Somchai", "Niran", "Anan", "Kittisak"],
           ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee"]),
    "ph": (["Maricel", "Jasmine", "Maria Cristina", "Lorna", "Rowena"], ["Jericho", "Mark Anthony", "Rommel", "Jun"],
           ["Dela Cruz", "Reyes", "Santos", "Bautista", "Villanueva"]),
    "en": (["Chloe", "Olivia", "Megan", "Grace"], ["Liam", "Jack", "Callum", "Oliver"],
           ["Smith", "Taylor", "O'Brien", "McKenzie", "Wright"]),
}
ORIGIN_WEIGHTS = [("dk", 30), ("dkrare", 8), ("word", 6), ("gl", 5), ("fo", 3), ("so", 6), ("ar", 7), ("ku", 4),
                  ("tr", 5), ("af", 6), ("pk", 3), ("pl", 5), ("ua", 6), ("ro", 3), ("ba", 3), ("er", 5),
                  ("vn", 3), ("th", 2), ("ph", 3), ("en", 2)]
NICK = {"Mohammed": "Mo", "Abdirahman": "Abdi", "Katrine": "Trine", "Frederik": "Freddy", "Oleksandr": "Sasha",
        "Mathilde": "Tilde", "Kristian": "Kris", "Aputsiaq": "Apu", "Pimchanok": "Pim", "Agnieszka": "Aga",
        "Abdullahi": "Abdul", "Małgorzata": "Gosia", "Krzysztof": "Krzyś", "Mark Anthony": "Tonton", "Tobias": "Tobi",
        "Nukannguaq": "Nuka", "Samiullah": "Sami", "Dmytro": "Dima", "Jericho": "Jec", "Magnus": "Manse"}
WORD_NAMES = ["Sol", "Lykke", "Bjørk", "Storm", "Bo", "Ask", "Ulv", "Frej", "Skov", "Vinter", "Dal", "Bjerg"]

STREETS = ["Skovvej", "Kirkevej", "Møllevej", "Bakkevej", "Vestergade", "Østergade", "Nørregade", "Søndergade",
           "Stationsvej", "Engvej", "Birkevej", "Egevej", "Lindevej", "Ahornvej", "Bøgevej", "Rosenvænget",
           "Toftevej", "Skolevej", "Havnegade", "Strandvejen", "Grønnegade", "Vibevej", "Mågevej", "Svanevej",
           "Lærkevej", "Granvej", "Fasanvej", "Kløvervej", "Hybenvej", "Tranevej", "Byagervej", "Præstevænget",
           "Møllebakken", "Kastanie Allé", "Tingvej", "Parkvej", "Violvej", "Fyrrevej", "Tværgade", "Rønnebærvej",
           "Åbakken", "Gadekæret", "Hyldevang", "Spurvevej", "Ringgade"]
TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("2200", "København N"),
         ("2300", "København S"), ("2400", "København NV"), ("2700", "Brønshøj"), ("5000", "Odense C"),
         ("5200", "Odense V"), ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("6700", "Esbjerg"), ("7100", "Vejle"),
         ("8700", "Horsens"), ("8900", "Randers C"), ("7400", "Herning"), ("8800", "Viborg"), ("4000", "Roskilde"),
         ("3400", "Hillerød"), ("6000", "Kolding"), ("4700", "Næstved"), ("4200", "Slagelse"), ("7500", "Holstebro"),
         ("6400", "Sønderborg"), ("9800", "Hjørring"), ("8600", "Silkeborg"), ("4800", "Nykøbing F"),
         ("3000", "Helsingør"), ("2630", "Taastrup"), ("2650", "Hvidovre"), ("4600", "Køge"), ("5700", "Svendborg"),
         ("6200", "Aabenraa"), ("7800", "Skive"), ("9900", "Frederikshavn"), ("8500", "Grenaa"), ("7700", "Thisted"),
         ("3700", "Rønne"), ("6100", "Haderslev"), ("8300", "Odder"), ("6900", "Skjern"), ("9700", "Brønderslev")]
MUNIS = ["Aarhus Kommune", "Randers Kommune", "Silkeborg Kommune", "Odense Kommune", "Aalborg Kommune",
         "Vejle Kommune", "Herning Kommune", "Slagelse Kommune", "Næstved Kommune", "Esbjerg Kommune",
         "Horsens Kommune", "Holstebro Kommune", "Københavns Kommune", "Kolding Kommune"]
HOSPITALS = ["Akutmodtagelsen, Aarhus Universitetshospital", "Fælles Akutmodtagelse, Regionshospitalet Randers",
             "Akutmodtagelsen, Odense Universitetshospital", "Akutmodtagelsen, Aalborg Universitetshospital",
             "Akutmodtagelsen, Regionshospitalet Gødstrup", "Akutmodtagelsen, Sjællands Universitetshospital, Køge",
             "Akutmodtagelsen, Hvidovre Hospital", "Fælles Akutmodtagelse, Sydvestjysk Sygehus Esbjerg",
             "Akutmodtagelsen, Nordsjællands Hospital Hillerød", "Akutmodtagelsen, Sygehus Lillebælt Kolding"]
PRIV_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.com", "mail.dk", "icloud.com",
                "hotmail.dk", "proton.me", "jubii.dk", "gmx.com", "post.tele.dk"]
WORK_DOMAINS = ["aarhus.dk", "randers.dk", "silkeborg.dk", "odense.dk", "aalborg.dk", "vejle.dk", "rm.dk",
                "rsyd.dk", "regionh.dk", "socialtilsyn.dk", "boligkontoret-vest.dk", "redcross.dk",
                "skolekom.dk", "politi.dk", "bo-midt.dk", "plejefamilie-raadgivning.dk"]
# foreign address templates: {n} house number, {m} small number
FOREIGN_ADDR = [
    ("so", "Wadada Makka Al-Mukarama {n}, Hodan, Muqdisho"), ("so", "Degmada Wadajir, Jidka {m}, guri {n}, Muqdisho"),
    ("af", "Kart-e-Char, Street {m}, House {n}, Kabul"), ("af", "Shahr-e Naw, kocha {m}, hus nr. {n}, Herat"),
    ("ua", "vul. Sumska {n}, kv. {m}, Kharkiv 61000"), ("ua", "vul. Franka {n}/{m}, Lviv 79000"),
    ("pl", "ul. Długa {n}/{m}, 80-831 Gdańsk"), ("pl", "ul. Polna {n}, 61-001 Poznań"),
    ("er", "Harnet Avenue {n}, Asmara"), ("ro", "Strada Florilor {n}, ap. {m}, Cluj-Napoca"),
    ("ar", "Shari' al-Jala'a {n}, Homs"), ("ku", "Gulan Street {n}, Erbil"), ("tr", "Atatürk Cad. No: {n} D:{m}, Konak/İzmir"),
    ("gl", "Aqqusinersuaq {n}, 3900 Nuuk"), ("gl", "Tuapannguit {n}, 3911 Sisimiut"), ("fo", "Dalavegur {n}, 100 Tórshavn"),
    ("ba", "Ulica Maršala Tita {n}, 71000 Sarajevo"), ("vn", "{n} Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("th", "{n}/{m} Moo 4, Tambon Nong Khai, Udon Thani"), ("ph", "{n} Rizal Street, Barangay San Isidro, Cebu City"),
    ("en", "{n} Granville Road, Sheffield S2 2RJ"), ("se", "Storgatan {n}, 211 34 Malmö"), ("se", "Vasagatan {n}, lgh {m}, 411 24 Göteborg"),
    ("de", "Hauptstraße {n}, 24937 Flensburg"), ("no", "Storgata {n}, 0184 Oslo"),
]
# country calling codes and national part shapes (groups of digit counts)
FOREIGN_PHONE = {"so": ("+252", [2, 7]), "af": ("+93", [2, 3, 4]), "ua": ("+380", [2, 3, 2, 2]), "pl": ("+48", [3, 3, 3]),
                 "er": ("+291", [1, 6]), "ro": ("+40", [3, 3, 3]), "ar": ("+963", [3, 3, 3]), "ku": ("+964", [3, 3, 4]),
                 "tr": ("+90", [3, 3, 2, 2]), "gl": ("+299", [2, 2, 2]), "fo": ("+298", [2, 2, 2]), "ba": ("+387", [2, 3, 3]),
                 "vn": ("+84", [2, 3, 4]), "th": ("+66", [2, 3, 4]), "ph": ("+63", [3, 3, 4]), "en": ("+44", [4, 6]),
                 "se": ("+46", [2, 3, 2, 2]), "de": ("+49", [3, 7]), "no": ("+47", [3, 2, 3]), "pk": ("+92", [3, 7])}
# public numbers allowed outside spans
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "33 66 33 66", "89 40 20 00", "70 11 31 31", "70 11 07 07"]
