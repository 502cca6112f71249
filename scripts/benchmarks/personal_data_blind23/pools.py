# -*- coding: utf-8 -*-
"""Hand-written pools for the blind23 corpus. All persons invented.
Lists only (no sets) so that iteration order is fixed."""

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (
        ["Anne", "Mette", "Sofie", "Emma", "Ida", "Freja", "Clara", "Laura", "Karoline", "Mathilde",
         "Signe", "Line", "Camilla", "Louise", "Maja", "Nanna", "Trine", "Birgitte", "Lone", "Susanne",
         "Helle", "Pernille", "Rikke", "Tina", "Stine", "Malene", "Jannie", "Dorthe", "Vibeke", "Bente",
         "Kirsten", "Hanne", "Ditte", "Cecilie", "Josefine", "Astrid", "Alma", "Ella", "Olivia", "Agnes",
         "Esther", "Asta", "Karla", "Frida", "Merete", "Gitte", "Anne-Sofie", "Marie-Louise", "Inger"],
        ["Mads", "Jonas", "Mikkel", "Rasmus", "Frederik", "Emil", "Oliver", "William", "Noah", "Lucas",
         "Victor", "Magnus", "Christian", "Anders", "Søren", "Jesper", "Henrik", "Lars", "Thomas",
         "Martin", "Peter", "Kim", "Jens", "Niels", "Michael", "Morten", "Kasper", "Tobias", "Malthe",
         "Carl", "Alfred", "Aksel", "Villads", "Theo", "Elias", "August", "Otto", "Valdemar", "Kristian",
         "Brian", "Dennis", "René", "Torben", "Flemming", "Palle", "Steen", "Jens-Ole", "Hans-Jørgen"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
         "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen",
         "Henriksen", "Schmidt", "Eriksen", "Holm", "Clausen", "Simonsen", "Svendsen", "Andreasen",
         "Iversen", "Jeppesen", "Mogensen", "Vestergaard", "Nørgaard", "Bech", "Dahl", "Bak", "Kjær",
         "Damgaard", "Lauridsen", "Overgaard", "Bisgaard", "Toft", "Krogh", "Brandt", "Mathiasen",
         "Bruun", "Winther", "Juhl", "Ravn", "Østergaard", "Søgaard", "Thygesen"]),
    "dk_rare": (
        ["Mynte", "Lærke", "Ilse", "Bjørk", "Kaja", "Siv", "Gro", "Vilje", "Tyra", "Saga", "Idun",
         "Sol", "Lykke", "Maj", "Silje", "Liv", "Vigga", "Alberte", "Ingrid", "Dagmar"],
        ["Storm", "Bo", "Ask", "Ulv", "Frej", "Birk", "Eik", "Halfdan", "Vitus", "Sylvester", "Loke",
         "Balder", "Cornelius", "Melvin", "Ib", "Konrad", "Bertram", "Vagn", "Egon"],
        ["Skov", "Vinter", "Storm", "Lykke", "Smedegaard", "Hvidkjær", "Lindbjerg", "Stougaard",
         "Munkholm", "Balslev", "Riisgaard", "Brøndum", "Ebbesen", "Krarup", "Søndergaard-Mose",
         "Bjerregaard", "Quist", "Uldall", "Hyldahl", "Gram", "Frost", "Mølbak"]),
    "gl": (
        ["Aviaja", "Naja", "Ivalo", "Pipaluk", "Nivi", "Arnaq", "Paninnguaq", "Nukaaka", "Inaluk", "Ane"],
        ["Malik", "Inuk", "Aputsiaq", "Minik", "Kaali", "Pavia", "Nuka", "Angutimmarik", "Hans-Henrik", "Ujarak"],
        ["Kleist", "Lynge", "Berthelsen", "Kreutzmann", "Rosing", "Kuitse", "Nathanielsen", "Fleischer",
         "Isaksen", "Enoksen", "Petrussen", "Heilmann"]),
    "fo": (
        ["Turið", "Sólrun", "Rannvá", "Guðrun", "Ragna", "Eyð", "Bjørg", "Marjun", "Sunnvá", "Elin"],
        ["Jóannes", "Rógvi", "Sjúrður", "Bárður", "Heðin", "Tróndur", "Símun", "Hallur", "Páll", "Brandur"],
        ["Joensen", "Djurhuus", "Hentze", "Niclasen", "Zachariasen", "Lamhauge", "Weihe", "Dalsgaard",
         "Mikkelsen", "Poulsen"]),
    "so": (
        ["Hodan", "Faduma", "Ayaan", "Hibaaq", "Nimco", "Sahra", "Idil", "Hamdi", "Ubah", "Sagal", "Ladan"],
        ["Abdi", "Abdirahman", "Mohamed", "Ahmed", "Hamza", "Liban", "Mahad", "Guled", "Bashiir", "Khadar"],
        ["Warsame", "Farah", "Abdullahi", "Jama", "Yusuf", "Osman", "Aden", "Mohamud", "Egal",
         "Abdi Warsame", "Hassan Nur", "Ali Jama"]),
    "ar": (
        ["Layla", "Fatima", "Mariam", "Noor", "Amira", "Hala", "Rania", "Zainab", "Yasmin", "Salma", "Lina"],
        ["Ahmad", "Mohammad", "Omar", "Yousef", "Khaled", "Karim", "Rami", "Ibrahim", "Hassan", "Ali", "Tarek"],
        ["Al-Hassan", "El-Khatib", "Haddad", "Nasser", "Saleh", "Khalil", "Abu-Zaid", "Hamdan",
         "Mansour", "Al-Obaidi", "Abdallah", "Darwish"]),
    "ku": (
        ["Dilan", "Shilan", "Rojin", "Hevin", "Berivan", "Jiyan", "Narin", "Avin", "Shirin", "Roza"],
        ["Rebin", "Zana", "Bahoz", "Soran", "Karwan", "Dler", "Aram", "Hemin", "Shvan", "Baran"],
        ["Qadir", "Rasul", "Hawrami", "Baban", "Sindi", "Mahmoud", "Salih", "Faraj", "Aziz", "Kakil"]),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Selin", "Merve", "Deniz", "Esra", "Büşra", "Gül", "Ceren"],
        ["Emre", "Mehmet", "Burak", "Cem", "Kaan", "Hüseyin", "Mustafa", "Yunus", "Onur", "Serkan"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
         "Koç", "Yıldız"]),
    "af": (
        ["Habiba", "Mursal", "Zarmina", "Nasrin", "Parwana", "Shabnam", "Freshta", "Mahbooba", "Samira", "Hosai"],
        ["Farid", "Wahid", "Sohail", "Khalid", "Jawad", "Nawid", "Rohullah", "Ajmal", "Hamid", "Sayed"],
        ["Ahmadzai", "Popal", "Hakimi", "Rahimi", "Noori", "Karimi", "Sultani", "Safi", "Stanikzai", "Hotak"]),
    "pk": (
        ["Ayesha", "Sana", "Hina", "Sadia", "Rabia", "Mehwish", "Nadia", "Saima", "Amna", "Iqra"],
        ["Imran", "Bilal", "Usman", "Faisal", "Adnan", "Asim", "Zeeshan", "Kashif", "Waqas", "Hamza"],
        ["Chaudhry", "Malik", "Butt", "Qureshi", "Iqbal", "Raza", "Hussain", "Akhtar", "Sheikh", "Mirza"]),
    "pl": (
        ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Magdalena", "Oliwia", "Joanna", "Ewelina", "Natalia", "Wiktoria"],
        ["Kacper", "Jakub", "Szymon", "Paweł", "Tomasz", "Wojciech", "Bartosz", "Łukasz", "Mateusz", "Krzysztof"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
         "Szymańska", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur"]),
    "ua": (
        ["Olena", "Iryna", "Yulia", "Oksana", "Sofiia", "Nataliia", "Viktoriia", "Halyna", "Daryna", "Anastasiia"],
        ["Oleksandr", "Dmytro", "Taras", "Bohdan", "Maksym", "Andrii", "Mykola", "Serhii", "Yaroslav", "Vitalii"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Koval", "Oliinyk", "Lysenko"]),
    "ro": (
        ["Elena", "Ioana", "Alexandra", "Cristina", "Adriana", "Denisa", "Roxana", "Mihaela", "Bianca", "Florentina"],
        ["Andrei", "Ionuț", "Mihai", "Florin", "Bogdan", "Răzvan", "Ciprian", "Marius", "Cosmin", "Sorin"],
        ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Stoica", "Munteanu", "Rusu", "Lungu", "Marin"]),
    "ba": (
        ["Amra", "Lejla", "Selma", "Amela", "Nermina", "Elma", "Aida", "Emina", "Sabina", "Merima"],
        ["Emir", "Edin", "Haris", "Jasmin", "Adnan", "Mirza", "Kenan", "Senad", "Alen", "Damir"],
        ["Hodžić", "Hadžić", "Mehmedović", "Begić", "Delić", "Kovačević", "Hasanović", "Omerović",
         "Salihović", "Mujić"]),
    "er": (
        ["Semhar", "Helen", "Senait", "Aster", "Luwam", "Saba", "Selam", "Winta", "Ruta", "Feven"],
        ["Yonas", "Filmon", "Tesfay", "Mussie", "Biniam", "Yohannes", "Samuel", "Henok", "Dawit", "Merhawi"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Gebreyesus", "Woldu",
         "Abraha", "Mehari"]),
    "vn": (
        ["Linh", "Huong", "Thao", "Trang", "Vy", "Mai", "Ngoc", "Hanh", "Lan", "Thuy"],
        ["Minh", "Tuan", "Duc", "Quang", "Hieu", "Long", "Khoa", "Phuc", "Bao", "Thanh"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"]),
    "th": (
        ["Malee", "Siriporn", "Pimchanok", "Kanya", "Apinya", "Wanida", "Ratana", "Sunisa", "Porntip", "Nok"],
        ["Somchai", "Nattapong", "Chaiwat", "Anan", "Kittisak", "Prasert", "Somsak", "Thanawat", "Wichai", "Arthit"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Saetang", "Boonmee", "Thongchai", "Kaewmanee"]),
    "ph": (
        ["Maricel", "Jocelyn", "Rowena", "Angelica", "Jasmine", "Kristine", "Lovely", "Princess", "Mary Grace", "Analyn"],
        ["Jericho", "Mark Anthony", "Rodel", "Arnel", "Jhun", "Ramil", "Jayson", "John Paul", "Reynaldo", "Christopher"],
        ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Ramos", "Castillo"]),
    "en": (
        ["Chloe", "Charlotte", "Amelia", "Sophie", "Megan", "Grace", "Hannah", "Jessica", "Emily", "Holly"],
        ["Jack", "Liam", "Harry", "Ethan", "Callum", "Ryan", "Connor", "George", "Jamie", "Oscar"],
        ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Hughes", "Clarke", "Robinson"]),
}

# weights for drawing origins (families)
ORIGIN_WEIGHTS = [("dk", 40), ("dk_rare", 8), ("gl", 4), ("fo", 3), ("so", 5), ("ar", 6), ("ku", 4),
                  ("tr", 5), ("af", 4), ("pk", 3), ("pl", 4), ("ua", 4), ("ro", 3), ("ba", 3),
                  ("er", 3), ("vn", 3), ("th", 2), ("ph", 2), ("en", 2)]
# professionals are mostly but not only Danish
PRO_WEIGHTS = [("dk", 60), ("dk_rare", 8), ("gl", 2), ("fo", 3), ("so", 2), ("ar", 4), ("ku", 3),
               ("tr", 4), ("af", 2), ("pk", 3), ("pl", 2), ("ua", 1), ("ro", 1), ("ba", 3),
               ("er", 1), ("vn", 2), ("th", 1), ("ph", 1), ("en", 2)]

# nicknames used as a person's name (friends, dealers)
NICKNAMES = ["Zaza", "K-Dog", "Tjalfe", "Bimmer", "Lille-Mo", "Snoopy", "Rødtop", "Pablo", "Dizzy",
             "Mambo", "Chino", "Turbo", "Kongen", "Fido", "Big-A", "Lillebror-J", "Smoky", "Rambo",
             "Kiwi", "Tuborg-Tim", "Nemo", "Gizmo", "Bamse-B", "Shadow"]

# Danish names that are also ordinary words
WORDNAMES = ["Sol", "Storm", "Lykke", "Bo", "Skov", "Vinter", "Ask", "Ulv", "Frej", "Maj", "Birk",
             "Eik", "Frost", "Gram", "Liv", "Saga", "Gro", "Siv", "Kim", "Ravn", "Holm",
             "Toft", "Bak", "Mai", "Long", "Lan", "Nok", "Le", "Do", "Vu", "Stan", "Marin", "Lærke"]

STREETS = ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Møllevej",
           "Stationsvej", "Bygaden", "Parkvej", "Birkevej", "Egevej", "Ahornvej", "Lærkevej",
           "Solsikkevej", "Rosenvænget", "Engvej", "Markvej", "Havevej", "Skovvej", "Bakkevej",
           "Jernbanegade", "Algade", "Storegade", "Lindevej", "Bøgevej", "Kastanievej", "Valmuevej",
           "Fasanvej", "Vibevej", "Svalevej", "Grønnegade", "Strandvejen", "Tulipanvej", "Hybenvej",
           "Hasselvej", "Granvej", "Fyrrevej", "Elmevej", "Pilevej", "Kløvervej", "Enghavevej",
           "Toftevej", "Hovedgaden", "Gl. Kongevej", "Nygade", "Torvegade", "Brogade", "Havnegade",
           "Søvej", "Mosevej", "Agervej", "Rådhusvej", "Industrivej", "Blåbærvej", "Mågevej",
           "Ringvejen", "Østre Allé", "Vestre Ringgade", "Fredensgade", "Åvej", "Kongensgade",
           "Spættevej", "Nattergalevej", "Anemonevej", "Syrenvej", "Klostergade", "Tingvej"]
# place names used without number (clean texts); also checked as streets
PLACES = ["Banegårdspladsen", "Torvet", "Rådhuspladsen", "Stationspladsen", "Havnepladsen", "Busterminalen"]

# municipality: name, mail domain, switchboard (invented; treated as public), towns (real postcodes)
KOMMUNER = [
    ("Aarhus", "aarhus.dk", "89 40 20 00", [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"),
        ("8220", "Brabrand"), ("8230", "Åbyhøj"), ("8240", "Risskov"), ("8260", "Viby J"), ("8270", "Højbjerg"),
        ("8310", "Tranbjerg J"), ("8381", "Tilst"), ("8520", "Lystrup")]),
    ("Odense", "odense.dk", "66 11 33 72", [("5000", "Odense C"), ("5200", "Odense V"), ("5210", "Odense NV"),
        ("5220", "Odense SØ"), ("5230", "Odense M"), ("5240", "Odense NØ"), ("5250", "Odense SV"), ("5260", "Odense S")]),
    ("Aalborg", "aalborg.dk", "99 31 31 31", [("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9210", "Aalborg SØ"),
        ("9220", "Aalborg Øst"), ("9400", "Nørresundby"), ("9230", "Svenstrup J"), ("9310", "Vodskov")]),
    ("København", "kk.dk", "33 66 33 66", [("2200", "København N"), ("2300", "København S"), ("2400", "København NV"),
        ("2450", "København SV"), ("2500", "Valby"), ("2700", "Brønshøj"), ("2720", "Vanløse"), ("2100", "København Ø")]),
    ("Vejle", "vejle.dk", "75 81 50 00", [("7100", "Vejle"), ("7120", "Vejle Øst"), ("7080", "Børkop"), ("7300", "Jelling")]),
    ("Randers", "randers.dk", "89 15 15 15", [("8900", "Randers C"), ("8920", "Randers NV"), ("8930", "Randers NØ"),
        ("8940", "Randers SV"), ("8960", "Randers SØ")]),
    ("Kolding", "kolding.dk", "79 79 79 79", [("6000", "Kolding"), ("6070", "Christiansfeld"), ("6640", "Lunderskov")]),
    ("Esbjerg", "esbjerg.dk", "76 16 16 16", [("6700", "Esbjerg"), ("6705", "Esbjerg Ø"), ("6710", "Esbjerg V"),
        ("6715", "Esbjerg N"), ("6731", "Tjæreborg"), ("6740", "Bramming"), ("6760", "Ribe")]),
    ("Silkeborg", "silkeborg.dk", "89 70 10 00", [("8600", "Silkeborg"), ("8680", "Ry"), ("8653", "Them"), ("8620", "Kjellerup")]),
    ("Viborg", "viborg.dk", "87 87 87 87", [("8800", "Viborg"), ("8830", "Tjele"), ("8850", "Bjerringbro"), ("7850", "Stoholm")]),
    ("Svendborg", "svendborg.dk", "62 23 30 00", [("5700", "Svendborg"), ("5762", "Vester Skerninge"), ("5771", "Stenstrup")]),
    ("Holbæk", "holb.dk", "72 36 36 36", [("4300", "Holbæk"), ("4340", "Tølløse"), ("4450", "Jyderup"), ("4520", "Svinninge")]),
    ("Næstved", "naestved.dk", "55 88 55 88", [("4700", "Næstved"), ("4160", "Herlufmagle"), ("4171", "Glumsø")]),
    ("Slagelse", "slagelse.dk", "58 57 36 00", [("4200", "Slagelse"), ("4220", "Korsør"), ("4230", "Skælskør"), ("4241", "Vemmelev")]),
    ("Frederikshavn", "frederikshavn.dk", "98 45 50 00", [("9900", "Frederikshavn"), ("9990", "Skagen"), ("9970", "Strandby")]),
    ("Hjørring", "hjoerring.dk", "72 33 33 33", [("9800", "Hjørring"), ("9850", "Hirtshals"), ("9760", "Vrå"), ("9870", "Sindal")]),
    ("Guldborgsund", "guldborgsund.dk", "54 73 10 00", [("4800", "Nykøbing F"), ("4850", "Stubbekøbing"), ("4840", "Nørre Alslev")]),
    ("Sønderborg", "sonderborg.dk", "88 72 40 00", [("6400", "Sønderborg"), ("6430", "Nordborg"), ("6440", "Augustenborg"), ("6300", "Gråsten")]),
    ("Brøndby", "brondby.dk", "43 28 28 28", [("2605", "Brøndby"), ("2660", "Brøndby Strand")]),
    ("Herning", "herning.dk", "96 28 28 28", [("7400", "Herning"), ("7480", "Vildbjerg"), ("7451", "Sunds"), ("7490", "Aulum")]),
]

# foreign addresses (invented street numbers; real towns/postcode shapes)
FOREIGN_ADDR = [
    "ul. Ogrodowa 12/5, 90-001 Łódź", "ul. Długa 15/4, 80-827 Gdańsk", "ul. Polna 3, 62-800 Kalisz",
    "Strada Mihai Eminescu 22, 400000 Cluj-Napoca", "Str. Florilor nr. 7, Bacău",
    "vul. Shevchenka 41, kv. 9, 79000 Lviv", "vul. Sadova 5, Vinnytsia",
    "Aqqusinersuaq 14, 3900 Nuuk", "Qupanuk 6, 3911 Sisimiut",
    "Niels Finsensgøta 8, FO-100 Tórshavn", "Heiðavegur 3, FO-700 Klaksvík",
    "Atatürk Caddesi No. 112, Daire 4, Konya", "Bahçelievler Mah. 23. Sokak No. 9, Ankara",
    "Kungsgatan 18, 211 49 Malmö", "Storgata 27, 0184 Oslo", "Holstenstraße 52, 24103 Kiel",
    "12 Victoria Road, Leeds LS6 1AB", "Hargeisa, Jigjiga Yar, hus 17",
]

FOREIGN_PHONES = [
    ("+48", "pl"), ("+40", "ro"), ("+380", "ua"), ("+90", "tr"), ("+46", "se"), ("+49", "de"),
    ("+299", "gl"), ("+298", "fo"), ("+252", "so"), ("+44", "uk"), ("+47", "no"),
]

PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "yahoo.dk", "mail.dk",
                   "icloud.com", "hotmail.dk", "jubii.dk", "protonmail.com"]
NGO_DOMAINS = ["rodekors.dk", "moedrehjaelpen.dk", "frivilligcenter.dk", "lektiecafe-netvaerk.dk",
               "mentorbroen.dk", "fritidspas.dk"]
TREAT_DOMAINS = ["ungebehandling.dk", "rusmiddelcenter.dk", "ungerus.dk"]
HEALTH_DOMAINS = ["rm.dk", "rsyd.dk", "regionh.dk", "rn.dk", "regionsjaelland.dk"]

# institution names for institutions.jsonl (invented)
INST_TYPES_PRE = ["Friskolen", "Privatskolen", "Lilleskolen", "Opholdsstedet", "Bostedet", "Børnehuset",
                  "Den private børnehave", "Vuggestuen", "Ungdomsklubben", "Fritidsklubben",
                  "Skolehjemmet", "Behandlingshjemmet", "Naturbørnehaven", "Efterskolen"]
INST_CORE = ["Kastanjegården", "Lyngbakken", "Ådalen", "Mælkebøtten", "Solsikken", "Skovbrynet",
             "Havblik", "Fjordglimt", "Egebjerg", "Nordlyset", "Stjerneskuddet", "Kildebakken", "Bøgely",
             "Humlebien", "Troldehøjen", "Engblommen", "Lindegården", "Vildrosen", "Bakkehuset",
             "Mosegården", "Fyrtårnet", "Spiren", "Regnbuen", "Hvidbjerg", "Klintholm", "Rønnebær"]
INST_SUFFIX = ["Efterskole", "Friskole", "Privatskole", "Realskole", "Ungdomsskole", "Børnehus"]
FOSTER_BODIES = ["Familieplejen Midt ApS", "Plejefamiliecentret Vest", "Netværksplejen Fyn",
                 "Foreningen Trygge Rammer", "Familieplejekonsulenterne Nord", "Plejehjerter I/S"]
