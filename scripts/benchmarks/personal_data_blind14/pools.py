# -*- coding: utf-8 -*-
"""Invented name, street and place pools for the blind14 corpus (hand-written, no library)."""

# origin -> (female first names, male first names, surnames)
# Polish surnames are (male, female) pairs.
ORIGINS = {
    "dk": (
        ["Anne", "Mette", "Camilla", "Louise", "Sofie", "Emma", "Ida", "Freja", "Clara", "Alma",
         "Karoline", "Signe", "Maja", "Nanna", "Pernille", "Tina", "Helle", "Birgitte", "Susanne",
         "Asta", "Ellen", "Agnes", "Merete", "Dorthe", "Rikke", "Trine", "Josefine", "Malou"],
        ["Jens", "Søren", "Mads", "Rasmus", "Anders", "Thomas", "Morten", "Jonas", "Frederik",
         "William", "Noah", "Oscar", "Carl", "Viggo", "Malthe", "Magnus", "Emil", "Lucas", "Villads",
         "Kasper", "Henrik", "Bjarne", "Torben", "Jesper", "Niels", "Poul", "Kristian", "Mikkel"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
         "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen",
         "Laursen", "Henriksen", "Lauridsen", "Bertelsen", "Kjær", "Holst", "Friis", "Krogh",
         "Nørgaard", "Overgaard", "Vestergaard", "Kjeldsen", "Brandt", "Juul-Madsen",
         "Høyer-Frandsen", "Lykkegaard", "Bisgaard", "Damgaard", "Kirkegaard"]),
    "dk_rare": (
        ["Bodil", "Gudrun", "Fie", "Esther", "Iben", "Ronja", "Tilde", "Thyra", "Sigrid", "Vigga",
         "Liva", "Ingeborg", "Solvej", "Alberte", "Karla", "Hjørdis"],
        ["Sylvester", "Ejnar", "Alfred", "Kaj", "Otto", "Halfdan", "Theo", "Bastian", "Eigil",
         "Elvin", "Milas", "Aksel", "Valdemar", "Gorm", "Svend-Erik", "Helmer"],
        ["Sillesen", "Bruun", "Vindeløv", "Abildgaard", "Schou", "Winther", "Fogh", "Lindholt",
         "Gamborg", "Østergaard Fisker", "Hvidtfeldt", "Kryger", "Bonde", "Agerskov", "Toft"]),
    "word": (
        ["Sol", "Lykke", "Lærke", "Liv", "Mynte", "Vilje", "Bølge"],
        ["Storm", "Bo", "Ask", "Ulv", "Frej", "Ravn", "Birk"],
        ["Skov", "Vinter", "Storm", "Ravn", "Bonde", "Falk", "Lind"]),
    "gl": (
        ["Aviaja", "Naja", "Pipaluk", "Nivi", "Ivalo", "Paninnguaq", "Arnaq", "Najaaraq"],
        ["Malik", "Inuk", "Kunuk", "Aputsiaq", "Nukannguaq", "Ujarak", "Minik", "Aqqaluk"],
        ["Kleist", "Petrussen", "Heilmann", "Berthelsen", "Motzfeldt", "Olsvig", "Chemnitz",
         "Lyberth", "Kreutzmann", "Zeeb"]),
    "fo": (
        ["Turið", "Rannvá", "Sunneva", "Guðrun", "Bjørg", "Marjun", "Beinta", "Elin"],
        ["Rókur", "Sjúrður", "Bárður", "Jógvan", "Heðin", "Tróndur", "Símun", "Hallur"],
        ["Joensen", "Jacobsen", "Højgaard", "av Reyni", "á Lakjuni", "í Líð", "Dalsgaard",
         "Djurhuus", "Hammershaimb"]),
    "so": (
        ["Hodan", "Faadumo", "Amina", "Ayaan", "Sahra", "Hibo", "Ifrah", "Deeqa", "Nimco"],
        ["Abdirahman", "Abdullahi", "Mahad", "Liban", "Yusuf", "Warsame", "Mustafe", "Bashiir"],
        ["Warsame", "Farah", "Abdi", "Hussein", "Mohamud", "Jama", "Osman", "Aden", "Egal", "Cabdi"]),
    "ar": (
        ["Fatima", "Layla", "Rania", "Huda", "Yasmin", "Nour", "Rasha", "Dima", "Hiba"],
        ["Mohammed", "Ahmad", "Omar", "Khaled", "Youssef", "Rami", "Ibrahim", "Hassan", "Ali", "Tarek"],
        ["Al-Khatib", "Haddad", "Nasser", "Hamdan", "Saleh", "Abu Ahmad", "El-Sayed", "Darwish",
         "Mansour", "Al-Masri", "Ali", "Hassan"]),
    "ku": (
        ["Rojin", "Dilan", "Shirin", "Roza", "Nazdar", "Berivan"],
        ["Baran", "Azad", "Zana", "Kawa", "Hozan", "Rebaz", "Sherzad"],
        ["Aziz", "Bakir", "Amedi", "Rashid", "Mahmoud", "Hawrami", "Doski"]),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Hatice", "Esra", "Büşra", "Merve"],
        ["Emre", "Mehmet", "Burak", "Kerem", "Mustafa", "Serkan", "Onur"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Koç"]),
    "af": (
        ["Zahra", "Mursal", "Habiba", "Sediqa", "Gulalai", "Marzia", "Fereshta"],
        ["Farid", "Hamid", "Najib", "Wahid", "Ahmad Shah", "Sayed", "Mujtaba", "Jawad"],
        ["Rahimi", "Karimi", "Ahmadzai", "Haidari", "Noori", "Sultani", "Stanikzai", "Hashimi"]),
    "pk": (
        ["Ayesha", "Sana", "Hira", "Zainab", "Noor", "Mahnoor", "Rabia"],
        ["Imran", "Bilal", "Usman", "Tariq", "Hamza", "Faisal", "Adeel"],
        ["Khan", "Chaudhry", "Butt", "Qureshi", "Iqbal", "Shah", "Raza", "Mirza"]),
    "pl": (
        ["Katarzyna", "Agnieszka", "Magdalena", "Zofia", "Wiktoria", "Joanna", "Małgorzata"],
        ["Piotr", "Tomasz", "Krzysztof", "Jakub", "Kacper", "Paweł", "Łukasz"],
        [("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"),
         ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
         ("Zieliński", "Zielińska"), ("Szymański", "Szymańska")]),
    "ua": (
        ["Oksana", "Olena", "Iryna", "Natalia", "Tetiana", "Sofiia", "Yuliia", "Khrystyna"],
        ["Andrii", "Oleksandr", "Dmytro", "Bohdan", "Yaroslav", "Serhii", "Taras", "Mykola"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boiko",
         "Oliinyk", "Hrytsenko"]),
    "ro": (
        ["Andreea", "Ioana", "Gabriela", "Elena", "Mihaela", "Roxana"],
        ["Ionuț", "Mihai", "Florin", "Vasile", "Cătălin", "Bogdan"],
        ["Popescu", "Ionescu", "Munteanu", "Dumitru", "Constantin", "Radu", "Stoica"]),
    "ba": (
        ["Emina", "Lejla", "Amra", "Selma", "Ajla", "Merima"],
        ["Amir", "Jasmin", "Senad", "Edin", "Adnan", "Haris", "Kenan"],
        ["Hodžić", "Begić", "Mehmedović", "Hadžić", "Delić", "Karić", "Sulejmanović"]),
    "er": (
        ["Selam", "Abrehet", "Semhar", "Senait", "Tsega", "Rahwa", "Luwam", "Saba"],
        ["Yonas", "Tesfaye", "Filmon", "Mehari", "Dawit", "Merhawi", "Kibrom", "Biniam"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Woldu", "Tekle", "Berhane", "Ghebreyesus", "Kidane"]),
    "vn": (
        ["Lan", "Hoa", "Linh", "Thu", "Huong", "Mai Anh", "Trang", "Ngoc"],
        ["Minh", "Tuan", "Khanh", "Bao", "Duc", "Hung", "Quang", "Long"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "th": (
        ["Siriporn", "Malee", "Kannika", "Anong", "Wanida", "Supaporn", "Ratana", "Jintana"],
        ["Somchai", "Chaiwat", "Niran", "Prasert", "Anurak", "Kittisak"],
        ["Saelee", "Srisuk", "Wongsawat", "Boonmee", "Kongsuk", "Phromma", "Thongchai", "Chaiyaphum"]),
    "ph": (
        ["Maricel", "Rowena", "Jocelyn", "Angelica", "Rhea", "Kristine"],
        ["Jerome", "Rodel", "Arnel", "Jun-Jun", "Ramil", "Jomar"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Ramos"]),
    "en": (
        ["Emily", "Charlotte", "Olivia", "Chloe", "Megan", "Holly"],
        ["Jack", "Harry", "George", "Daniel", "Ryan", "Callum"],
        ["Smith", "Brown", "Taylor", "Wilson", "Evans", "O'Connor", "Walker", "Hughes"]),
}

# Vietnamese middle names
VN_MID_F = ["Thi", "Thi Thu", "Ngoc"]
VN_MID_M = ["Van", "Duc", "Minh", "Quoc"]

# Transliteration / spelling variants used in the interpreter genre
VARIANTS = {
    "Mohammed": ["Muhammad", "Mohamed", "Mohamad"],
    "Ahmad": ["Ahmed", "Achmad"],
    "Youssef": ["Yusuf", "Yousef"],
    "Yusuf": ["Yuusuf", "Youssef"],
    "Faadumo": ["Fadumo", "Faduma", "Fatuma"],
    "Abdirahman": ["Cabdiraxmaan", "Abdi Rahman"],
    "Abdullahi": ["Cabdullaahi", "Abdulahi"],
    "Hussein": ["Xuseen", "Husein"],
    "Mohamud": ["Maxamuud", "Mahmoud"],
    "Oleksandr": ["Aleksandr", "Oleksander", "Alexander"],
    "Olena": ["Elena", "Olena"],
    "Andrii": ["Andriy", "Andrij", "Andrej"],
    "Tetiana": ["Tatiana", "Tetjana"],
    "Dmytro": ["Dmitrij", "Dmitro", "Dmitry"],
    "Iryna": ["Irina", "Iryna"],
    "Shevchenko": ["Sjevtjenko", "Ševčenko"],
    "Kovalenko": ["Kowalenko", "Kovalenka"],
    "Gebremedhin": ["Ghebremedhin", "Gebre-Medhin"],
    "Tesfamariam": ["Tesfa Mariam", "Tesfamarian"],
    "Ghebreyesus": ["Gebreyesus", "Ghebre Yesus"],
    "Nguyen": ["Nguyễn", "Nguyen"],
    "Tran": ["Trần", "Tran"],
    "Pham": ["Phạm", "Fam"],
    "Somchai": ["Somchay", "Som Chai"],
    "Siriporn": ["Siripon", "Siriphorn"],
    "Zahra": ["Zahraa", "Sahra"],
    "Fatima": ["Fatma", "Fatimah"],
    "Hamid": ["Hamed", "Hamiid"],
    "Sediqa": ["Siddiqa", "Sediqeh"],
    "Najib": ["Nadjib", "Nadschib"],
    "Rahimi": ["Rahimy", "Rahime"],
    "Khaled": ["Khalid", "Chaled"],
    "Ibrahim": ["Ebrahim", "Ibraahim"],
    "Hassan": ["Hasan", "Xasan"],
    "Yonas": ["Yonaas", "Jonas"],
    "Tesfaye": ["Tesfay", "Tesfai"],
    "Selam": ["Salam", "Selaam"],
    "Hodan": ["Xodan", "Hodaan"],
    "Warsame": ["Warsami", "Warsama"],
}

# Nicknames (used in chat / notes as the person's name)
NICKS = {
    "Mohammed": ["Mo", "Moody"], "Frederik": ["Frede"], "Sofie": ["Fie"], "Josefine": ["Josse"],
    "Malou": ["Lulu"], "Mikkel": ["Mikke"], "Kristian": ["Krille"], "Jonas": ["Jonse"],
    "Oleksandr": ["Sasha", "Sasja"], "Dmytro": ["Dima"], "Abdirahman": ["Abdi"], "Mustafa": ["Musse"],
    "Siriporn": ["Ploy"], "Malee": ["Pim"], "Kannika": ["Fah"], "Rasmus": ["Rasse"],
    "Magnus": ["Mangus"], "Emil": ["Emse"], "Valdemar": ["Valde"], "Sebastian": ["Basse"],
    "Bastian": ["Basse"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Wiktoria": ["Wiki"],
    "Khrystyna": ["Khrystia"], "Nukannguaq": ["Nuka"], "Aputsiaq": ["Apu"], "Paninnguaq": ["Pani"],
    "Ionuț": ["Ionut"], "Jerome": ["Rome"], "Usman": ["Ussi"], "Liban": ["Libbe"],
}

# Danish streets (common names; none contain a person's first name)
STREETS = [
    "Skolevej", "Kirkevej", "Bakkevej", "Engvej", "Skovvej", "Møllevej", "Stationsvej", "Søndergade",
    "Nørregade", "Vestergade", "Østergade", "Storegade", "Jernbanegade", "Vibevej", "Lærkevej",
    "Solsikkevej", "Rosenvænget", "Birkevej", "Egevej", "Bøgevej", "Granvej", "Lindevej",
    "Ahornvej", "Kastanievej", "Fasanvej", "Tranevej", "Mågevej", "Strandvejen", "Havnegade",
    "Parkvej", "Ringvejen", "Engtoften", "Kløvermarken", "Toftevej", "Vesterled", "Højvangen",
    "Hybenvej", "Hyldevej", "Poppelvej", "Grønnegade", "Tingvej", "Byagervej", "Gl. Kongevej",
    "Ny Østergade", "Lille Strandstræde", "Agerhønevej", "Rugmarken", "Hørgården", "Blåbærvej",
    "Pilevej", "Nøddehegnet", "Sønderbro", "Vænget", "Præstevænget", "Æblehaven", "Kornvangen",
]

POSTTOWNS = [
    ("2200", "København N"), ("2300", "København S"), ("2400", "København NV"), ("2450", "København SV"),
    ("2500", "Valby"), ("2610", "Rødovre"), ("2620", "Albertslund"), ("2630", "Taastrup"),
    ("2650", "Hvidovre"), ("2660", "Brøndby Strand"), ("2700", "Brønshøj"), ("2730", "Herlev"),
    ("2750", "Ballerup"), ("2800", "Kongens Lyngby"), ("2860", "Søborg"), ("3000", "Helsingør"),
    ("3400", "Hillerød"), ("3600", "Frederikssund"), ("4000", "Roskilde"), ("4100", "Ringsted"),
    ("4200", "Slagelse"), ("4300", "Holbæk"), ("4400", "Kalundborg"), ("4600", "Køge"),
    ("4700", "Næstved"), ("4800", "Nykøbing F"), ("4900", "Nakskov"), ("5000", "Odense C"),
    ("5200", "Odense V"), ("5220", "Odense SØ"), ("5700", "Svendborg"), ("5500", "Middelfart"),
    ("6000", "Kolding"), ("6100", "Haderslev"), ("6200", "Aabenraa"), ("6400", "Sønderborg"),
    ("6700", "Esbjerg"), ("6800", "Varde"), ("7100", "Vejle"), ("7400", "Herning"),
    ("7500", "Holstebro"), ("7700", "Thisted"), ("7800", "Skive"), ("8000", "Aarhus C"),
    ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"), ("8600", "Silkeborg"),
    ("8700", "Horsens"), ("8800", "Viborg"), ("8900", "Randers C"), ("8930", "Randers NØ"),
    ("9000", "Aalborg"), ("9200", "Aalborg SV"), ("9220", "Aalborg Øst"), ("9400", "Nørresundby"),
    ("9700", "Brønderslev"), ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("7000", "Fredericia"),
    ("4180", "Sorø"), ("3700", "Rønne"), ("8500", "Grenaa"), ("6950", "Ringkøbing"), ("9500", "Hobro"),
]

# Municipalities (name, e-mail domain, switchboard if public and well known else None)
KOMMUNER = [
    ("København", "kk.dk", "33 66 33 66"), ("Aarhus", "aarhus.dk", "89 40 20 00"),
    ("Odense", "odense.dk", "66 13 13 72"), ("Aalborg", "aalborg.dk", "99 31 31 31"),
    ("Vejle", "vejle.dk", None), ("Esbjerg", "esbjerg.dk", None), ("Kolding", "kolding.dk", None),
    ("Randers", "randers.dk", None), ("Horsens", "horsens.dk", None), ("Herning", "herning.dk", None),
    ("Silkeborg", "silkeborg.dk", None), ("Viborg", "viborg.dk", None), ("Næstved", "naestved.dk", None),
    ("Slagelse", "slagelse.dk", None), ("Roskilde", "roskilde.dk", None), ("Holbæk", "holbaek.dk", None),
    ("Hvidovre", "hvidovre.dk", None), ("Hjørring", "hjoerring.dk", None), ("Svendborg", "svendborg.dk", None),
    ("Sønderborg", "sonderborg.dk", None), ("Frederikshavn", "frederikshavn.dk", None),
    ("Guldborgsund", "guldborgsund.dk", None), ("Køge", "koege.dk", None), ("Ballerup", "balk.dk", None),
]

# Greenland and Faroe Islands
GL_ADDR = [
    ("Qajaasat", "3900", "Nuuk"), ("Aqqusinersuaq", "3900", "Nuuk"), ("Tuapannguit", "3900", "Nuuk"),
    ("Issortarfimmut", "3900", "Nuuk"), ("Imaneq", "3900", "Nuuk"), ("Paarnaqusiaq", "3900", "Nuuk"),
    ("Eqalugalinnguit", "3911", "Sisimiut"), ("Aqqartarfik", "3911", "Sisimiut"),
    ("Kussangajannguaq", "3952", "Ilulissat"), ("Tuapaq", "3950", "Aasiaat"),
    ("Pilersuiffik", "3920", "Qaqortoq"),
]
GL_KOMMUNER = [("Kommuneqarfik Sermersooq", "sermersooq.gl"), ("Qeqqata Kommunia", "qeqqata.gl"),
               ("Avannaata Kommunia", "avannaata.gl"), ("Kommune Kujalleq", "kujalleq.gl"),
               ("Qeqertalik Kommunia", "qeqertalik.gl")]
FO_ADDR = [
    ("Varðagøta", "100", "Tórshavn"), ("Hoyvíksvegur", "100", "Tórshavn"), ("Dalavegur", "100", "Tórshavn"),
    ("Undir Glaðsheyggi", "100", "Tórshavn"), ("Heygsvegur", "700", "Klaksvík"), ("Bakkavegur", "700", "Klaksvík"),
    ("Landavegur", "800", "Tvøroyri"), ("Gøtuvegur", "510", "Gøta"), ("Sjóvarvegur", "380", "Sørvágur"),
]
FO_KOMMUNER = [("Tórshavnar kommuna", "torshavn.fo"), ("Klaksvíkar kommuna", "klaksvik.fo")]

# Foreign addresses by country: list of templates; {n} = house number, {m} = flat number
FOREIGN = {
    "sy": ["Shari' Baghdad {n}, 3. sal, Damaskus", "Hay Al-Shaar, gade 5, hus {n}, Aleppo",
           "Al-Midan, Shari' Al-Zahira {n}, Damaskus", "Shari' Al-Nil {n}, lejl. {m}, Homs"],
    "so": ["Hodan District, Makka Al-Mukarama Road {n}, Mogadishu", "Waaberi, Wadada Jidka {n}, Mogadishu",
           "Xaafadda Jigjiga Yar, guri {n}, Hargeysa"],
    "er": ["Godaif, Street 171-5 nr. {n}, Asmara", "Mai Temenai, 166-{n} Street, Asmara",
           "Tiravolo, Street 58-{n}, Asmara"],
    "af": ["Kart-e Char, Street 3, house {n}, Kabul", "Jada-e Mahbas, kuche 4, hus {n}, Herat",
           "Khair Khana, sarak 7, hus nr. {n}, Kabul"],
    "ua": ["vul. Sadova {n}, kv. {m}, Kharkiv 61000", "вул. Науки {n}, кв. {m}, Харків",
           "prospekt Sobornyi {n}, kv. {m}, Zaporizjzja", "vul. Hoholia {n}, Mykolajiv 54000"],
    "vn": ["Số {n} ngõ 45 phố Huế, Hai Bà Trưng, Hà Nội", "{n} Lê Văn Sỹ, Quận 3, TP. Hồ Chí Minh",
           "Số {n} Trần Phú, Hải Châu, Đà Nẵng"],
    "th": ["{n}/12 Moo 4, Tambon Nong Prue, Amphoe Bang Lamung, Chonburi 20150",
           "{n} Soi Sukhumvit 71, Khlong Tan Nuea, Bangkok 10110", "{n} Moo 7, Ban Nong Bua, Udon Thani 41000"],
}
COUNTRY_NAME = {"sy": "Syrien", "so": "Somalia", "er": "Eritrea", "af": "Afghanistan", "ua": "Ukraine",
                "vn": "Vietnam", "th": "Thailand"}
COUNTRY_LANG = {"sy": "arabisk", "so": "somali", "er": "tigrinya", "af": "dari", "ua": "ukrainsk",
                "vn": "vietnamesisk", "th": "thai"}
COUNTRY_ORIGIN = {"sy": "ar", "so": "so", "er": "er", "af": "af", "ua": "ua", "vn": "vn", "th": "th"}
# phone: (prefix, pattern) - pattern digits as 'X'
FOREIGN_PHONE = {
    "sy": [("+963", "9XX XXX XXX"), ("00963", "9XXXXXXXX")],
    "so": [("+252", "61 XXX XXXX"), ("+252", "63 XXX XXXX")],
    "er": [("+291", "7 XXX XXX"), ("00291", "7XXXXXX")],
    "af": [("+93", "7X XXX XXXX"), ("0093", "7XXXXXXXX")],
    "ua": [("+380", "67 XXX XX XX"), ("+380", "50 XXX XX XX"), ("00380", "63XXXXXXX")],
    "vn": [("+84", "9X XXX XX XX"), ("+84", "3X XXX XXXX")],
    "th": [("+66", "8X XXX XXXX"), ("+66", "9X XXX XXXX")],
    "gl": [("+299", "NX XX XX"), ("+299", "NXXXXX")],
    "fo": [("+298", "NXXXXX"), ("+298", "NX XX XX")],
    "se": [("+46", "70 XXX XX XX")],
    "de": [("+49", "151 XXXXXXXX")],
}

MAIL_PRIVATE = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.com",
                "icloud.com", "mail.dk", "protonmail.com", "outlook.com"]

LAW_FIRMS = [("Advokathuset Vestfyn", "advokathuset-vestfyn.dk"), ("Holm & Partnere Advokatfirma", "holmpartnere.dk"),
             ("Advokatfirmaet Kystlinjen", "kystlinjen-advokat.dk"), ("Nordvest Advokater", "nordvestadvokater.dk"),
             ("Advokaterne i Midtbyen", "midtbyadvokat.dk"), ("Familieretsadvokaterne", "familieretsadv.dk"),
             ("Advokatkontoret Ved Åen", "vedaaen-advokat.dk")]
CLINICS = [("Lægehuset ved Torvet", "laegehuset-torvet.dk"), ("Lægerne i Bymidten", "laegerne-bymidten.dk"),
           ("Lægeklinikken Ådalen", "aadal-klinik.dk"), ("Almen praksis Nordbyen", "nordbyens-laeger.dk"),
           ("Lægecentret Fjordparken", "fjordparken-laeger.dk")]

# Private institutions for institutions.jsonl
INSTITUTIONS = [
    "Børnehuset Mælkebøtten", "Opholdsstedet Skovbrynet", "Egebjerg Efterskole", "Fritidsklubben Kometen",
    "Familieplejen Vestkysten", "Den Private Friskole i Hårby", "Skolehjemmet Solgården",
    "Vuggestuen Myretuen", "Behandlingshjemmet Lysningen", "Klub Fyrtårnet", "Rudkøbing Ungdomsskole og Klub",
    "Opholdsstedet Havbrisen", "Bøgely Friskole", "Naturbørnehaven Grankoglen", "Efterskolen ved Limfjorden",
    "Plejefamilieforeningen Trekanten", "Ungdomspensionen Fjordstuen", "Dagplejen Lille Bjørn",
    "Sct. Georgs Gårdens Efterskole", "Specialskolen Kastaniehuset", "Idrætsefterskolen Strandhøj",
    "Børnehaven Troldehøjen", "Bo- og behandlingsstedet Engbakken", "Ungeklubben Værkstedet",
    "Lilleskolen på Bakken", "Socialpædagogisk Opholdssted Udsigten", "Vestegnens Familiepleje ApS",
    "Fodboldklubben Boldklubben Sydhavn", "Efterskolen Havgården", "Børneinstitutionen Regnbuen",
    "Krisecentret for unge Åhuset", "Spejdergruppen Ørnereden", "Rideskolen Kastanjegården",
]
