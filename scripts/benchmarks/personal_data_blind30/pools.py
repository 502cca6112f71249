"""Hand-written pools for the blind30 corpus (all persons invented).

Every list is a plain list (ordered) so that random draws are reproducible.
"""

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (
        ["Mette", "Anne", "Hanne", "Susanne", "Camilla", "Louise", "Julie", "Sofie", "Emma", "Ida",
         "Freja", "Clara", "Alma", "Karen", "Lone", "Pia", "Tina", "Signe", "Rikke", "Maja",
         "Laura", "Nanna", "Trine", "Birgitte", "Helle", "Charlotte", "Lene", "Marianne", "Kirsten",
         "Malene", "Stine", "Cecilie", "Mathilde", "Astrid", "Agnes", "Esther", "Anne-Sofie",
         "Marie-Louise", "Dorthe", "Jytte", "Vibeke", "Gitte", "Bodil", "Inger", "Iris", "Agnes-Marie"],
        ["Lars", "Jens", "Peter", "Michael", "Søren", "Niels", "Henrik", "Thomas", "Anders", "Rasmus",
         "Mads", "Kasper", "Jesper", "Morten", "Martin", "Jonas", "Mikkel", "Christian", "Frederik",
         "William", "Noah", "Lucas", "Emil", "Magnus", "Victor", "Malthe", "Anton", "Carl", "Oscar",
         "Alfred", "Villads", "Bjarne", "Preben", "Torben", "Kenneth", "Brian", "Dennis", "René",
         "Claus", "Poul", "Jørgen", "Hans-Christian", "Karl-Emil", "Flemming", "Ulrik"],
        ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
         "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen", "Holm", "Frederiksen",
         "Dahl", "Kjær", "Bertelsen", "Lund", "Bach", "Vestergaard", "Nørgaard", "Østergaard",
         "Damgaard", "Mikkelsen", "Overgaard", "Thygesen", "Fisker", "Brandt", "Friis", "Krogh",
         "Iversen", "Thorsen", "Clausen", "Juhl", "Munk"],
    ),
    "dknew": (
        ["Liva", "Silke", "Alberte", "Rigmor", "Tyra", "Merle", "Dagmar", "Ingrid", "Ellinor", "Vilja",
         "Sol", "Lykke", "Maj", "Aura", "Kaja", "Juna", "Malou", "Cille", "Elvira", "Ellie-Mai"],
        ["Konrad", "Bertram", "Storm", "Ask", "Frej", "Ulv", "Bo", "Vidar", "Eskild", "Holger",
         "Aksel", "Halfdan", "Thorvald", "Eigil", "Balder", "Birk", "Sylvester", "Kalle", "Ludvig", "Aske",
         "Felix", "Elias", "Tobias", "Max", "Linus", "Marius"],
        ["Skov", "Vinter", "Storm", "Ravn", "Bøgelund", "Hedegaard", "Lynggaard", "Højbjerg", "Fuglsang",
         "Hvidberg", "Aagaard", "Bundgaard", "Søgaard", "Hjortshøj", "Korsgaard", "Bjerregaard",
         "Stougaard", "Ladefoged", "Mølgaard", "Skræddergaard", "Lindskov", "Engtoft", "Kragh", "Bonde"],
    ),
    "gl": (
        ["Aviaja", "Nivi", "Paninnguaq", "Pipaluk", "Arnaq", "Naja", "Ivalo", "Niviaq", "Nukaaka", "Qupanuk"],
        ["Inuuteq", "Malik", "Kunuk", "Nuka", "Aputsiaq", "Kaali", "Aqqaluk", "Minik", "Hendrik", "Kuluk"],
        ["Kleist", "Lynge", "Heilmann", "Berthelsen", "Olsvig", "Motzfeldt", "Kreutzmann", "Kuitse",
         "Sandgreen", "Rosing", "Fleischer", "Tobiassen", "Zeeb", "Nathanielsen"],
    ),
    "fo": (
        ["Turið", "Sunneva", "Guðrun", "Rannvá", "Ragnhild", "Sólja", "Elin", "Marjun", "Bjørg"],
        ["Rógvi", "Sjúrður", "Jógvan", "Heðin", "Bárður", "Eyðun", "Símun", "Hanus", "Tróndur"],
        ["Joensen", "Dalsgaard", "Nolsøe", "Højgaard", "Lamhauge", "Niclasen", "Zachariasen",
         "Hammershaimb", "Jacobsen", "Egholm"],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ilhan", "Muna", "Khadra", "Nimco", "Hibaaq", "Ubah"],
        ["Abdi", "Mohamed", "Hassan", "Ismail", "Abdirahman", "Liban", "Yusuf", "Mahad", "Guled", "Sakariye"],
        ["Warsame", "Farah", "Abdullahi", "Hirsi", "Jama", "Osman", "Aden", "Mohamud", "Egal", "Dirie"],
    ),
    "ar": (
        ["Mariam", "Fatima", "Layla", "Yasmin", "Nour", "Rania", "Zainab", "Huda", "Salma", "Amal"],
        ["Ahmad", "Omar", "Khalid", "Hamza", "Youssef", "Ali", "Karim", "Tariq", "Bilal", "Samir", "Anas", "Idris"],
        ["Al-Masri", "El-Sayed", "Haddad", "Khalil", "Nasser", "Hamdan", "Abu-Salim", "Darwish",
         "Saleh", "Mansour", "Al-Tamimi", "Hijazi"],
    ),
    "ku": (
        ["Rojin", "Berfin", "Dilan", "Narin", "Avin", "Helin", "Evîn", "Zilan", "Ronahî"],
        ["Shvan", "Zana", "Rêber", "Ciwan", "Baran", "Rezan", "Soran", "Hozan", "Dilshad"],
        ["Mustafa", "Rashid", "Hawrami", "Bakr", "Amedi", "Zebari", "Dosky", "Berwari", "Goran"],
    ),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Esra", "Hatice", "Merve", "Büşra", "Derya", "Gülsüm"],
        ["Emre", "Mehmet", "Burak", "Kerem", "Murat", "Serkan", "Ömer", "Hakan", "Yunus"],
        ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"],
    ),
    "af": (
        ["Zahra", "Mursal", "Nazanin", "Parwana", "Habiba", "Freshta", "Mahbooba", "Shabnam", "Zarghona"],
        ["Farid", "Wahid", "Sohrab", "Rahim", "Ahmad Shah", "Najib", "Mirwais", "Jawad", "Qadir"],
        ["Ahmadzai", "Karimi", "Popal", "Sultani", "Rahimi", "Noori", "Hakimi", "Stanikzai", "Wardak"],
    ),
    "pk": (
        ["Ayesha", "Sana", "Hira", "Nadia", "Rabia", "Saima", "Mehwish", "Iqra", "Kiran"],
        ["Imran", "Bilal", "Usman", "Faisal", "Zeeshan", "Asif", "Shahid", "Adeel", "Kamran"],
        ["Khan", "Chaudhry", "Butt", "Malik", "Qureshi", "Iqbal", "Hussain", "Raza", "Shah", "Mirza"],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Zofia", "Magdalena", "Ewa", "Dorota"],
        ["Piotr", "Krzysztof", "Tomasz", "Wojciech", "Jakub", "Paweł", "Grzegorz", "Łukasz"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
         "Szymańska", "Dąbrowski", "Grabowska"],
    ),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Yulia", "Svitlana", "Nataliia", "Halyna", "Tetiana"],
        ["Dmytro", "Taras", "Mykola", "Andriy", "Bohdan", "Oleksandr", "Serhii", "Vasyl"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boyko",
         "Hrytsenko", "Savchuk"],
    ),
    "ro": (
        ["Andreea", "Elena", "Cristina", "Ioana", "Bianca", "Roxana", "Mihaela", "Alina"],
        ["Ionuț", "Mihai", "Florin", "Alexandru", "Gheorghe", "Marius", "Cătălin", "Vasile"],
        ["Popescu", "Ionescu", "Dumitrescu", "Munteanu", "Constantin", "Radu", "Stoica", "Lungu"],
    ),
    "ba": (
        ["Amra", "Emina", "Selma", "Lejla", "Jasmina", "Aida", "Merima", "Azra"],
        ["Edin", "Adnan", "Haris", "Nermin", "Kenan", "Senad", "Emir", "Damir"],
        ["Hodžić", "Begić", "Delić", "Mehmedović", "Hasanović", "Karić", "Salihović", "Omerović"],
    ),
    "er": (
        ["Selam", "Senait", "Meron", "Ruta", "Semhar", "Luwam", "Winta", "Saba", "Helen"],
        ["Yonas", "Tesfaye", "Filmon", "Yohannes", "Eyob", "Samuel", "Robel", "Mussie", "Natnael"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Tekle", "Weldu", "Berhane", "Ghebreyesus", "Abraha"],
    ),
    "vn": (
        ["Lan", "Linh", "Huong", "Thao", "Mai", "Hoa", "Ngoc", "Trang"],
        ["Minh", "Tuan", "Duc", "Anh", "Hung", "Quang", "Long", "Khanh"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"],
    ),
    "th": (
        ["Siriporn", "Malee", "Kanya", "Pim", "Ploy", "Suda", "Wanida", "Nong"],
        ["Somchai", "Niran", "Arthit", "Somsak", "Prasert", "Kittisak", "Anan", "Chaiwat"],
        ["Srisuk", "Chaiyaporn", "Wongsakul", "Boonmee", "Saetang", "Thongchai", "Rattanakorn", "Sukjai"],
    ),
    "ph": (
        ["Rowena", "Marites", "Analyn", "Mylene", "Joy", "Maricel", "Jocelyn", "Lovely"],
        ["Jerome", "Rodel", "Jomar", "Rommel", "Arnel", "Jayson", "Reynaldo", "Efren"],
        ["Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Manalo", "Dizon"],
    ),
    "en": (
        ["Emily", "Sophie", "Chloe", "Megan", "Hannah", "Grace", "Abigail", "Lucy"],
        ["Jack", "James", "Harry", "Liam", "Callum", "George", "Connor", "Jamie"],
        ["Smith", "Taylor", "Brown", "Wilson", "O'Connor", "Murphy", "Walker", "Clarke", "Fletcher"],
    ),
}

# family origin weights (dk and dknew together about half)
ORIGIN_WEIGHTS = [("dk", 34), ("dknew", 12), ("gl", 5), ("fo", 3), ("so", 5), ("ar", 5), ("ku", 4),
                  ("tr", 4), ("af", 4), ("pk", 3), ("pl", 4), ("ua", 4), ("ro", 3), ("ba", 3),
                  ("er", 3), ("vn", 3), ("th", 2), ("ph", 2), ("en", 2)]
PRO_WEIGHTS = [("dk", 60), ("dknew", 12), ("gl", 2), ("fo", 2), ("so", 2), ("ar", 3), ("ku", 2),
               ("tr", 3), ("pk", 2), ("pl", 2), ("ba", 2), ("er", 1), ("vn", 1), ("en", 2), ("ua", 1)]

# names used as the person's name (children and young people)
NICKNAMES = ["Mille", "Tobbe", "Chrille", "Bimse", "Nikki", "Sassa", "Momo", "Didi", "Jojo", "Kalle",
             "Mulle", "Ibbe", "Fie", "Lulu", "Basse"]

# tokens that are also ordinary Danish words (lower case) - allowed sentence-initially in clean texts
WORD_NAMES = ["Sol", "Storm", "Lykke", "Bo", "Skov", "Vinter", "Ask", "Ulv", "Frej", "Maj", "Ravn",
              "Munk", "Holm", "Lund", "Birk", "Bonde", "Brandt", "Mai"]

STREETS = ["Skolevej", "Kirkevej", "Søndergade", "Nørregade", "Vestergade", "Østergade", "Stationsvej",
           "Møllevej", "Bakkevej", "Engvej", "Birkevej", "Egevej", "Lindevej", "Rosenvej", "Vibevej",
           "Lærkevej", "Skovvej", "Havevej", "Parkvej", "Toftevej", "Mejerivej", "Kærvej", "Granvej",
           "Ahornvej", "Bøgevej", "Elmevej", "Hybenvej", "Tjørnevej", "Solvej", "Strandvej", "Markvej",
           "Jernbanegade", "Algade", "Storegade", "Klostervej", "Fasanvej", "Spurvevej", "Svalevej",
           "Kastanievej", "Fyrrevej", "Humlevej", "Søvej", "Holmevej", "Tværvej", "Tingvej", "Kløvervej",
           "Valmuevej", "Hvedevej", "Byvej", "Nygade", "Anemonevej", "Blomstervænget", "Pilevej",
           "Rønnebærvej", "Mågevej", "Fuglebakken", "Højvangen", "Lupinvej", "Ringgade", "Bredgade",
           "Kongensgade", "Skovbrynet", "Enghavevej", "Åboulevarden", "Teglværksvej", "Vængevej",
           "Stadionvej", "Præstevænget", "Grønnegade", "Agervej", "Kornvangen", "Hasselvej"]

# (postcode, town, municipality, mail domain of the municipality)
TOWNS = [
    ("8000", "Aarhus C", "Aarhus Kommune", "aarhus.dk"),
    ("8200", "Aarhus N", "Aarhus Kommune", "aarhus.dk"),
    ("8210", "Aarhus V", "Aarhus Kommune", "aarhus.dk"),
    ("8600", "Silkeborg", "Silkeborg Kommune", "silkeborg.dk"),
    ("8620", "Kjellerup", "Silkeborg Kommune", "silkeborg.dk"),
    ("8700", "Horsens", "Horsens Kommune", "horsens.dk"),
    ("8740", "Brædstrup", "Horsens Kommune", "horsens.dk"),
    ("8900", "Randers C", "Randers Kommune", "randers.dk"),
    ("8800", "Viborg", "Viborg Kommune", "viborg.dk"),
    ("8850", "Bjerringbro", "Viborg Kommune", "viborg.dk"),
    ("7500", "Holstebro", "Holstebro Kommune", "holstebro.dk"),
    ("7400", "Herning", "Herning Kommune", "herning.dk"),
    ("6700", "Esbjerg", "Esbjerg Kommune", "esbjerg.dk"),
    ("6000", "Kolding", "Kolding Kommune", "kolding.dk"),
    ("7100", "Vejle", "Vejle Kommune", "vejle.dk"),
    ("7300", "Jelling", "Vejle Kommune", "vejle.dk"),
    ("5000", "Odense C", "Odense Kommune", "odense.dk"),
    ("5700", "Svendborg", "Svendborg Kommune", "svendborg.dk"),
    ("4200", "Slagelse", "Slagelse Kommune", "slagelse.dk"),
    ("4700", "Næstved", "Næstved Kommune", "naestved.dk"),
    ("4000", "Roskilde", "Roskilde Kommune", "roskilde.dk"),
    ("9000", "Aalborg", "Aalborg Kommune", "aalborg.dk"),
    ("9240", "Nibe", "Aalborg Kommune", "aalborg.dk"),
    ("9900", "Frederikshavn", "Frederikshavn Kommune", "frederikshavn.dk"),
    ("9800", "Hjørring", "Hjørring Kommune", "hjoerring.dk"),
    ("7800", "Skive", "Skive Kommune", "skive.dk"),
    ("6400", "Sønderborg", "Sønderborg Kommune", "sonderborg.dk"),
    ("6100", "Haderslev", "Haderslev Kommune", "haderslev.dk"),
    ("3400", "Hillerød", "Hillerød Kommune", "hillerod.dk"),
    ("2300", "København S", "Københavns Kommune", "kk.dk"),
    ("2400", "København NV", "Københavns Kommune", "kk.dk"),
    ("2610", "Rødovre", "Rødovre Kommune", "rk.dk"),
    ("4800", "Nykøbing F", "Guldborgsund Kommune", "guldborgsund.dk"),
    ("3700", "Rønne", "Bornholms Regionskommune", "brk.dk"),
    ("7700", "Thisted", "Thisted Kommune", "thisted.dk"),
    ("8500", "Grenaa", "Norddjurs Kommune", "norddjurs.dk"),
    ("6800", "Varde", "Varde Kommune", "varde.dk"),
    ("4300", "Holbæk", "Holbæk Kommune", "holb.dk"),
    ("6200", "Aabenraa", "Aabenraa Kommune", "aabenraa.dk"),
    ("7600", "Struer", "Struer Kommune", "struer.dk"),
    ("8450", "Hammel", "Favrskov Kommune", "favrskov.dk"),
    ("6950", "Ringkøbing", "Ringkøbing-Skjern Kommune", "rksk.dk"),
    ("9700", "Brønderslev", "Brønderslev Kommune", "bronderslev.dk"),
    ("4400", "Kalundborg", "Kalundborg Kommune", "kalundborg.dk"),
    ("2750", "Ballerup", "Ballerup Kommune", "balk.dk"),
    ("5600", "Faaborg", "Faaborg-Midtfyn Kommune", "fmk.dk"),
]

# region / hospital per first postcode digit
HOSPITALS = {
    "8": ("Aarhus Universitetshospital", "Region Midtjylland", "rm.dk"),
    "7": ("Gødstrup Hospital", "Region Midtjylland", "rm.dk"),
    "6": ("Sydvestjysk Sygehus", "Region Syddanmark", "rsyd.dk"),
    "5": ("Odense Universitetshospital", "Region Syddanmark", "rsyd.dk"),
    "4": ("Holbæk Sygehus", "Region Sjælland", "regionsjaelland.dk"),
    "9": ("Aalborg Universitetshospital", "Region Nordjylland", "rn.dk"),
    "3": ("Nordsjællands Hospital", "Region Hovedstaden", "regionh.dk"),
    "2": ("Hvidovre Hospital", "Region Hovedstaden", "regionh.dk"),
}

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk", "mail.dk",
                "jubii.dk", "icloud.com", "protonmail.com", "stofanet.dk", "youmail.dk", "webspeed.dk"]
FOREIGN_MAIL = {"pl": ["wp.pl", "o2.pl", "interia.pl"], "ua": ["ukr.net", "i.ua"], "ro": ["yahoo.ro"],
                "tr": ["hotmail.com.tr"], "gl": ["greennet.gl"], "fo": ["olivant.fo"], "ba": ["bih.net.ba"]}
LAW_FIRMS = ["advokathuset-vest.dk", "fjordadvokater.dk", "advokatfirmaet-aaen.dk", "lindbjerg-law.dk",
             "familieadvokaten.dk", "nordlys-advokater.dk"]

FOREIGN_ADDR = {
    "pl": ["ul. Długa {n}/{m}, 80-827 Gdańsk, Polen", "ul. Ogrodowa {n}, 61-821 Poznań, Polen"],
    "ua": ["vul. Shevchenka {n}, kv. {m}, Lviv 79000, Ukraine"],
    "ro": ["Str. Florilor nr. {n}, 400000 Cluj-Napoca, Rumænien"],
    "tr": ["Atatürk Cad. No: {n} D: {m}, 35220 Konak/İzmir, Tyrkiet"],
    "gl": ["Aqqusinersuaq {n}, 3900 Nuuk", "Qupanuk {n}, 3911 Sisimiut"],
    "fo": ["Dalavegur {n}, 100 Tórshavn", "Við Ánna {n}, 700 Klaksvík"],
    "en": ["{n} Hawthorn Road, Leeds LS7 4JD, England"],
    "de": ["Bahnhofstraße {n}, 24937 Flensburg, Tyskland"],
    "se": ["Storgatan {n}, 211 42 Malmö, Sverige"],
    "ba": ["Ulica Maršala Tita {n}, 71000 Sarajevo, Bosnien-Hercegovina"],
}

# mobile number shapes abroad: (prefix, groups)
FOREIGN_PHONE = {
    "pl": ("+48", [3, 3, 3]), "ua": ("+380", [2, 3, 2, 2]), "ro": ("+40", [3, 3, 3]),
    "tr": ("+90", [3, 3, 2, 2]), "gl": ("+299", [2, 2, 2]), "fo": ("+298", [2, 2, 2]),
    "so": ("+252", [2, 3, 4]), "ba": ("+387", [2, 3, 3]), "vn": ("+84", [2, 3, 2, 2]),
    "ph": ("+63", [3, 3, 4]), "en": ("+44", [4, 6]), "th": ("+66", [2, 3, 4]),
    "pk": ("+92", [3, 7]), "er": ("+291", [1, 3, 3]), "af": ("+93", [2, 3, 4]),
    "ku": ("+964", [3, 3, 4]), "ar": ("+961", [2, 3, 3]), "de": ("+49", [3, 8]), "se": ("+46", [2, 3, 2, 2]),
}

# public / switchboard numbers allowed outside spans (look-alikes)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "70 201 201", "82 12 12 12", "35 55 55 59",
                  "70 11 31 31", "70 15 03 00"]
# invented municipal switchboard numbers (roles, not persons)
SWITCHBOARDS = ["70 12 40 00", "70 15 60 60", "70 20 41 00", "72 31 00 00", "76 16 16 16",
                "70 70 12 12", "72 52 00 00", "89 15 00 00"]

INSTITUTIONS = [
    ("friskole", ["Friskolen ved Gudenåen", "Rødding Friskole og Børnehus", "Lyngbjerg Friskole",
                  "Friskolen Ådalen", "Østerlund Friskole"]),
    ("privatskole", ["Privatskolen Nordstjernen", "Kildebakkeskolen",
                     "Den Lille Skole i Tranbjerg", "Lindegårdens Privatskole"]),
    ("dagtilbud", ["Den private børnehave Troldehøjen", "Børnehuset Mælkebøtten", "Naturbørnehaven Grankoglen",
                   "Vuggestuen Smørblomsten", "Puk og Pilfinger Privatinstitution"]),
    ("opholdssted", ["Opholdsstedet Fyrtårnet", "Opholdsstedet Solsikken", "Bostedet Havblik",
                     "Opholdsstedet Stenhøjgård", "Skovbo Døgntilbud ApS", "Opholdsstedet Kompasset"]),
    ("klub", ["Ungdomsklubben Bunkeren", "Idrætsforeningen Vestfjend", "Spejdergruppen Tranen",
              "Boldklubben Fremad Hvidkilde", "Bokseklubben Jernnæven"]),
    ("plejefamilie", ["Familieplejen Midt ApS", "Plejefamilieforeningen Lindegården",
                      "Netværksfamilierne Nord", "Fosterhjemmet Rugmarken"]),
    ("efterskole", ["Efterskolen Kildevang", "Hvidbjerg Fri Efterskole", "Musik- og Idrætsefterskolen Vandkant",
                    "Efterskolen Solgården", "Skrivekunstefterskolen Nordlys"]),
]
