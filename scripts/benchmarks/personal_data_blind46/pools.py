"""Invented name, street and place pools for blind46 (written by hand, no library)."""

# origin -> (female first names, male first names, surnames)
NAMES = {
    "dk": (["Mette", "Anne", "Camilla", "Louise", "Sofie", "Emma", "Ida", "Freja", "Clara", "Karen",
            "Signe", "Rikke", "Trine", "Maja", "Nanna", "Julie", "Cecilie", "Birgitte", "Lone", "Helle",
            "Josefine", "Astrid", "Mathilde", "Line", "Pernille"],
           ["Kasper", "Mikkel", "Søren", "Rasmus", "Jesper", "Anders", "Frederik", "Lars", "Thomas", "Henrik",
            "Mads", "Jonas", "Emil", "Oliver", "William", "Magnus", "Lukas", "Niels", "Jens", "Morten",
            "Christian", "Benjamin", "Villads", "Malthe", "Troels"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Thomsen", "Poulsen", "Johansen", "Møller",
            "Mortensen", "Knudsen", "Mikkelsen", "Frederiksen", "Holm", "Kjær", "Bach", "Dahl", "Lauridsen",
            "Vestergaard", "Overgaard", "Juhl", "Damgaard", "Bundgaard", "Thygesen", "Krogh", "Winther",
            "Søgaard", "Iversen", "Holm-Nielsen", "Due-Hansen", "Brandt", "Lindberg", "Baggesen"]),
    "dk_rare": (["Vigga", "Thyra", "Alberte", "Bjørk", "Liva", "Svea", "Ellinor", "Ingeborg", "Malou", "Silje"],
                ["Halfdan", "Folmer", "Thyge", "Ingolf", "Eigil", "Bjarke", "Vitus", "Aksel", "Holger", "Ejnar"],
                ["Skytte", "Grønbech", "Bøgelund", "Rosenkilde", "Hvidbjerg", "Lyngsø", "Ravnsborg", "Elkjær",
                 "Nørgaard-Friis", "Kirkeby"]),
    "word": (["Sol", "Lykke", "Maj"], ["Storm", "Bo", "Ask", "Ulv", "Frej"], ["Skov", "Vinter", "Storm"]),
    "gl": (["Nivi", "Pipaluk", "Ivalu", "Arnaq", "Paninnguaq", "Naja"], ["Aputsiaq", "Malik", "Inuk", "Kunuk", "Minik"],
           ["Kleist", "Lynge", "Berthelsen", "Heilmann", "Motzfeldt", "Kreutzmann", "Olsen"]),
    "fo": (["Rannvá", "Sólja", "Turið", "Guðrun", "Bára"], ["Rógvi", "Bárður", "Sjúrður", "Jógvan", "Hanus"],
           ["Joensen", "Nolsøe", "á Lakjuni", "í Líð", "Dam", "Poulsen"]),
    "so": (["Hodan", "Faadumo", "Ayaan", "Sahra", "Hibaaq", "Ifrah"], ["Abdirahman", "Mahad", "Yusuf", "Guled", "Liban"],
           ["Warsame", "Farah", "Abdi", "Hirsi", "Jama", "Aden"]),
    "ar": (["Fatima", "Layla", "Noor", "Yasmin", "Rania", "Amira"], ["Mohammad", "Ahmad", "Omar", "Khalid", "Karim", "Tariq"],
           ["Al-Sayed", "Haddad", "Khalil", "El-Masri", "Abu Ali", "Nasser"]),
    "ku": (["Rojin", "Dilan", "Berfin", "Hêvî", "Nazdar"], ["Azad", "Serhat", "Baran", "Zana", "Rebwar"],
           ["Zebari", "Amedi", "Ahmadi", "Rashid", "Doski"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Ece", "Merve"], ["Emre", "Mehmet", "Burak", "Cem", "Onur"],
           ["Yılmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Şahin", "Aydın"]),
    "af": (["Farida", "Mursal", "Zarghuna", "Sediqa", "Marwa"], ["Ahmad Shah", "Hamid", "Wais", "Farhad", "Sohrab"],
           ["Ahmadzai", "Hakimi", "Noori", "Rahimi", "Sultani", "Stanikzai"]),
    "pk": (["Ayesha", "Hira", "Sana", "Mahnoor", "Iqra"], ["Imran", "Bilal", "Usman", "Faisal", "Zeeshan"],
           ["Chaudhry", "Butt", "Qureshi", "Hussain", "Iqbal", "Raza"]),
    "pl": (["Katarzyna", "Agnieszka", "Zofia", "Małgorzata", "Joanna"], ["Piotr", "Tomasz", "Jakub", "Krzysztof", "Paweł"],
           ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"]),
    "ua": (["Olena", "Iryna", "Sofiia", "Yuliia", "Oksana"], ["Oleksandr", "Dmytro", "Bohdan", "Taras", "Andrii"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk"]),
    "ro": (["Ioana", "Elena", "Alexandra", "Andreea", "Bianca"], ["Andrei", "Mihai", "Cristian", "Florin", "Vlad"],
           ["Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu"]),
    "ba": (["Amra", "Lejla", "Senada", "Selma", "Aida"], ["Emir", "Adnan", "Mirza", "Jasmin", "Haris"],
           ["Hodžić", "Hadžić", "Begović", "Kovačević", "Delić", "Mujić"]),
    "er": (["Senait", "Semhar", "Luwam", "Helen", "Saba"], ["Yonas", "Tesfay", "Filmon", "Mebrahtu", "Daniel"],
           ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle"]),
    "vn": (["Lan", "Trang", "Thao", "Linh", "Huong"], ["Minh", "Hung", "Tuan", "Khoa", "Quang"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Le"]),
    "th": (["Malee", "Siriporn", "Kanya", "Ploy", "Nittaya"], ["Somchai", "Nattapong", "Anan", "Prasert", "Chai"],
           ["Srisuk", "Wongsawat", "Chaiyaporn", "Thongchai", "Saelee"]),
    "ph": (["Maricel", "Rowena", "Analyn", "Jocelyn", "Cherry"], ["Jerome", "Marvin", "Jun-Jun", "Rodel", "Arnel"],
           ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva"]),
    "en": (["Emily", "Chloe", "Charlotte", "Grace", "Megan"], ["Jack", "Harry", "George", "Liam", "Connor"],
           ["Smith", "Walker", "Thompson", "O'Brien", "Hughes", "Fletcher"]),
}
# weights of origins when drawing a person
ORIGIN_WEIGHTS = [("dk", 30), ("dk_rare", 6), ("word", 5), ("gl", 4), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4),
                  ("tr", 5), ("af", 4), ("pk", 3), ("pl", 5), ("ua", 5), ("ro", 3), ("ba", 3), ("er", 3),
                  ("vn", 3), ("th", 2), ("ph", 3), ("en", 3)]
VN_MIDDLE_F = ["Thi", "Ngoc", "Thu"]
VN_MIDDLE_M = ["Van", "Duc", "Minh"]

NICK = {"Mohammad": "Mo", "Katarzyna": "Kasia", "Oleksandr": "Sasha", "Małgorzata": "Gosia", "Jakub": "Kuba",
        "Christian": "Chris", "Alexandra": "Alex", "Benjamin": "Benji", "Abdirahman": "Abdi-boy",
        "Frederik": "Frede", "Mikkel": "Mikke", "Villads": "Ville", "Josefine": "Fie", "Mathilde": "Tilde",
        "Zeeshan": "Zee", "Yuliia": "Julja", "Aputsiaq": "Apu", "Bohdan": "Bodja", "Halfdan": "Dan",
        "Elizabeth": "Lizzie", "Cecilie": "Cille"}

STREETS = ["Søndergade", "Nørregade", "Vestergade", "Østergade", "Skolevej", "Kirkevej", "Bakkevej", "Engvej",
           "Birkevej", "Egevej", "Lærkevej", "Violvej", "Rosenvej", "Møllevej", "Stationsvej", "Parkvej",
           "Skovvej", "Strandvej", "Mosevej", "Granvej", "Bøgevej", "Ahornvej", "Tjørnevej", "Kastanievej",
           "Toftevej", "Hybenvej", "Syrenvej", "Valmuevej", "Fasanvej", "Kildevej", "Elmevej", "Lindevej",
           "Fælledvej", "Solvej", "Nygade", "Torvegade", "Jernbanegade", "Algade", "Tværgade", "Markvej",
           "Agervej", "Grønnegade", "Brogade", "Vibevej", "Mågevej", "Spurvevej", "Højvangen", "Enghavevej",
           "H.C. Andersens Vej", "Niels Bohrs Allé", "Kong Hans' Vej", "Dronningens Tværgade", "Ringvejen",
           "Bredgade", "Sønderbrogade", "Klostergade", "Æblehaven", "Pilevej"]

TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8260", "Viby J"), ("8600", "Silkeborg"),
         ("8700", "Horsens"), ("7100", "Vejle"), ("7400", "Herning"), ("7500", "Holstebro"), ("7800", "Skive"),
         ("8800", "Viborg"), ("8900", "Randers C"), ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9400", "Nørresundby"),
         ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("6000", "Kolding"),
         ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("6700", "Esbjerg"), ("6800", "Varde"),
         ("7000", "Fredericia"), ("5000", "Odense C"), ("5200", "Odense V"), ("5700", "Svendborg"),
         ("5500", "Middelfart"), ("5800", "Nyborg"), ("4000", "Roskilde"), ("4100", "Ringsted"), ("4200", "Slagelse"),
         ("4300", "Holbæk"), ("4600", "Køge"), ("4700", "Næstved"), ("4800", "Nykøbing F"), ("3000", "Helsingør"),
         ("3400", "Hillerød"), ("2630", "Taastrup"), ("2650", "Hvidovre"), ("2700", "Brønshøj"), ("2720", "Vanløse"),
         ("2300", "København S"), ("2200", "København N"), ("2400", "København NV"), ("2500", "Valby"),
         ("2750", "Ballerup"), ("3600", "Frederikssund"), ("4900", "Nakskov"), ("3700", "Rønne"), ("8300", "Odder"),
         ("8500", "Grenaa"), ("8660", "Skanderborg"), ("7330", "Brande"), ("6900", "Skjern"), ("7600", "Struer"),
         ("7700", "Thisted"), ("9500", "Hobro"), ("4400", "Kalundborg"), ("4180", "Sorø"), ("4760", "Vordingborg")]

# real municipality web domains used for invented work e-mails
KOMMUNE_DOMAINS = ["silkeborg.dk", "horsens.dk", "vejle.dk", "herning.dk", "viborg.dk", "randers.dk",
                   "kolding.dk", "esbjerg.dk", "odense.dk", "roskilde.dk", "holb.dk", "naestved.dk", "aarhus.dk",
                   "hjoerring.dk", "svendborg.dk", "slagelse.dk"]
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "yahoo.com", "mail.dk", "icloud.com",
                   "protonmail.com", "hotmail.dk", "jubii.dk"]

FOREIGN_ADDR = {
    "pl": ["ul. Długa {n}/3, 80-827 Gdańsk", "ul. Polna {n}, 30-001 Kraków", "ul. Leśna {n} m. 4, 60-101 Poznań"],
    "ua": ["vul. Shevchenka {n}, kv. 5, 79000 Lviv", "vul. Sadova {n}, 21000 Vinnytsia"],
    "tr": ["Atatürk Cad. No: {n}, Konak, 35250 İzmir", "Cumhuriyet Mah. {n}. Sokak No: 7, Mersin"],
    "gl": ["Aqqusinersuaq {n}, 3900 Nuuk", "Qupanuk {n}, 3911 Sisimiut"],
    "fo": ["Tórsgøta {n}, 100 Tórshavn", "Bøgøta {n}, 700 Klaksvík"],
    "ro": ["Strada Florilor {n}, 400000 Cluj-Napoca", "Bd. Unirii {n}, București"],
    "en": ["{n} Church Street, Leeds LS1 4AB", "{n} Elm Road, Bristol BS6 5QT"],
    "se": ["Storgatan {n}, 211 42 Malmö", "Lilla Torg {n}, 211 34 Malmö"],
}
FOREIGN_PHONE = {
    "pl": "+48 6## ### ###", "ua": "+380 67 ### ####", "tr": "+90 532 ### ## ##", "so": "+252 61 #######",
    "gl": "+299 ## ## ##", "fo": "+298 ## ## ##", "ro": "+40 72# ### ###", "en": "+44 7700 900###",
    "se": "+46 70 ### ## ##", "ba": "+387 61 ### ###",
}
