# -*- coding: utf-8 -*-
"""Invented name pools, real Danish towns/postcodes, common street names.
Written by hand for the blind31 corpus; no external library used."""

FIRST = {
    "dk": {"f": ["Anne", "Mette", "Hanne", "Lone", "Susanne", "Emma", "Ida", "Freja", "Clara", "Laura",
                 "Mathilde", "Sofie", "Karen", "Kirsten", "Jette", "Pia", "Tina", "Camilla", "Louise",
                 "Rikke", "Signe", "Julie", "Maria", "Charlotte", "Helle", "Birgitte", "Trine", "Lotte",
                 "Nanna", "Cecilie", "Josefine", "Agnes", "Karla", "Ellen", "Marianne", "Dorthe"],
           "m": ["Jens", "Peter", "Lars", "Søren", "Niels", "Morten", "Mikkel", "William", "Noah",
                 "Oscar", "Lucas", "Victor", "Malthe", "Magnus", "Henrik", "Thomas", "Martin", "Kasper",
                 "Jonas", "Nikolaj", "Christian", "Anders", "Rasmus", "Frederik", "Emil", "Carl",
                 "Bjarne", "Flemming", "Jesper", "Torben", "Kenneth", "Allan", "Mads", "Villads"]},
    "dk_rare": {"f": ["Vigga", "Kamma", "Asta", "Silje", "Alba", "Liva", "Inger-Marie", "Ronja",
                      "Gry", "Tilde", "Merle", "Bolette", "Hjørdis"],
                "m": ["Malte", "Aksel", "Alfred", "Otto", "Bertram", "Eske", "Vitus", "Konrad",
                      "Halfdan", "Thorvald", "Gorm", "Eigil", "Sigurd"]},
    "dk_word": {"f": ["Sol", "Lykke", "Maj", "Ask"], "m": ["Storm", "Bo", "Ulv", "Frej", "Ask"]},
    "gl": {"f": ["Naja", "Ivalo", "Pipaluk", "Paninnguaq", "Nivi", "Arnaq", "Aviaja"],
           "m": ["Aputsiaq", "Inuk", "Malik", "Nuka", "Kunuk", "Minik", "Hans-Enoch"]},
    "fo": {"f": ["Turið", "Rannvá", "Sunnvá", "Guðrun", "Bára", "Eyðna"],
           "m": ["Rógvi", "Jógvan", "Sjúrður", "Heðin", "Bárður", "Símun"]},
    "so": {"f": ["Hodan", "Farhiya", "Ayaan", "Hamdi", "Sahra", "Ifrah", "Nasteho"],
           "m": ["Abdirahman", "Abdullahi", "Mahad", "Liban", "Guled", "Yasin"]},
    "ar": {"f": ["Rania", "Layla", "Amira", "Noor", "Yasmin", "Hiba", "Fatima"],
           "m": ["Yousef", "Omar", "Khaled", "Mohammad", "Karim", "Samir", "Ibrahim"]},
    "ku": {"f": ["Rojin", "Dilan", "Berfin", "Hêvî", "Shirin", "Viyan"],
           "m": ["Azad", "Baran", "Rebwar", "Serhat", "Dilshad", "Aram"]},
    "tr": {"f": ["Elif", "Zeynep", "Ayşe", "Merve", "Esra", "Büşra"],
           "m": ["Emre", "Mehmet", "Yusuf", "Burak", "Oğuz", "Kerem"]},
    "af": {"f": ["Nazanin", "Zarmina", "Mariam", "Parwana", "Freshta"],
           "m": ["Farid", "Sohail", "Mustafa", "Jawad", "Wahid"]},
    "pk": {"f": ["Ayesha", "Sana", "Mehwish", "Rabia", "Saima"],
           "m": ["Imran", "Bilal", "Usman", "Waqas", "Shahid"]},
    "pl": {"f": ["Katarzyna", "Zofia", "Agnieszka", "Małgorzata", "Joanna"],
           "m": ["Paweł", "Wojciech", "Tomasz", "Krzysztof", "Łukasz"]},
    "ua": {"f": ["Oksana", "Yulia", "Olena", "Iryna", "Tetiana"],
           "m": ["Taras", "Bohdan", "Mykola", "Dmytro", "Oleksandr"]},
    "ro": {"f": ["Andreea", "Ioana", "Alina", "Roxana", "Bianca"],
           "m": ["Ionuț", "Mihai", "Florin", "Cătălin", "Vasile"]},
    "ba": {"f": ["Amra", "Selma", "Lejla", "Merima", "Azra"],
           "m": ["Emir", "Adnan", "Edin", "Haris", "Kenan"]},
    "er": {"f": ["Senait", "Helen", "Mebrat", "Saba", "Luwam"],
           "m": ["Yonas", "Tesfay", "Mehari", "Filmon", "Robel"]},
    "vn": {"f": ["Lan", "Linh", "Thao", "Huong", "Mai"],
           "m": ["Minh", "Duc", "Tuan", "Khoa", "Quang"]},
    "th": {"f": ["Siriporn", "Pim", "Kanokwan", "Nittaya", "Malee"],
           "m": ["Somchai", "Anan", "Kittisak", "Prasert"]},
    "ph": {"f": ["Maricel", "Rowena", "Jocelyn", "Mae", "Analyn"],
           "m": ["Jericho", "Rodel", "Jomar", "Arnel"]},
    "en": {"f": ["Chloe", "Hannah", "Olivia", "Megan", "Siobhan"],
           "m": ["Oliver", "Jack", "Liam", "Declan", "Callum"]},
}

SUR = {
    "dk": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
           "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
           "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen", "Frederiksen", "Holm",
           "Dahl", "Bech", "Lund", "Kjær", "Iversen", "Mikkelsen", "Søndergaard", "Østergaard"],
    "dk_rare": ["Bjerregaard", "Vesterdal", "Egholm", "Kjærsgaard", "Højbjerg", "Rosenkilde", "Brix",
                "Lauritzen", "Thygesen", "Fuglsang", "Hviid", "Overgaard", "Damgaard", "Krogh",
                "Tranberg", "Nørgaard", "Bruun", "Ladefoged", "Ærenlund", "Bomholt"],
    "dk_word": ["Skov", "Vinter", "Storm", "Lykke", "Have", "Sommer", "Glad", "Ravn", "Bonde"],
    "gl": ["Kleist", "Lynge", "Heilmann", "Berthelsen", "Kreutzmann", "Egede", "Fleischer"],
    "fo": ["Joensen", "Poulsen", "Dam", "á Lakjuni", "í Líð", "Hammershaimb", "Mortensen", "Thomsen"],
    "so": ["Warsame", "Farah", "Mohamud", "Jama", "Cali", "Abdi", "Hirsi", "Aden"],
    "ar": ["Al-Hassan", "Haddad", "Khalil", "Saleh", "Nasser", "El-Amin", "Mansour"],
    "ku": ["Zebari", "Ahmadi", "Rashid", "Bakir", "Goran", "Mirani"],
    "tr": ["Yılmaz", "Öztürk", "Demir", "Çelik", "Şahin", "Kaya", "Aydın"],
    "af": ["Ahmadzai", "Popal", "Karimi", "Hakimi", "Sediqi", "Noori"],
    "pk": ["Hussain", "Chaudhry", "Qureshi", "Butt", "Iqbal", "Raza"],
    "pl": ["Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Zielińska", "Kamińska", "Wójcik"],
    "ua": ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Hnatiuk"],
    "ro": ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Constantin"],
    "ba": ["Hodžić", "Begović", "Mujić", "Kovačević", "Delić", "Salihović"],
    "er": ["Ghebremedhin", "Habte", "Tekle", "Weldemariam", "Berhane", "Tsegay"],
    "vn": ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"],
    "th": ["Suwannarat", "Chaiyaporn", "Srisuk", "Thongchai", "Boonmee"],
    "ph": ["Santos", "Dela Cruz", "Reyes", "Bautista", "Villanueva", "Mendoza"],
    "en": ["Smith", "Taylor", "Bennett", "O'Connor", "Walsh", "Harrison"],
}

# Slavic surnames with female forms
FEM_SUR = {"Kowalski": "Kowalska", "Lewandowski": "Lewandowska", "Wiśniewska": "Wiśniewska",
           "Zielińska": "Zielińska", "Kamińska": "Kamińska"}
MASC_SUR = {"Wiśniewska": "Wiśniewski", "Zielińska": "Zieliński", "Kamińska": "Kamiński",
            "Kowalski": "Kowalski", "Lewandowski": "Lewandowski"}

NICK = {"Mikkel": "Mikse", "Mathilde": "Thilde", "Oliver": "Olli", "Abdirahman": "Abdi",
        "Katarzyna": "Kasia", "Oleksandr": "Sasha", "Zeynep": "Zey", "Frederik": "Freddy",
        "Josefine": "Fie", "Christian": "Kris", "Małgorzata": "Gosia", "Mohammad": "Mo",
        "Nikolaj": "Nico", "Paninnguaq": "Pani", "Aputsiaq": "Apu", "Wojciech": "Wojtek",
        "Sjúrður": "Sjúrdi", "Cecilie": "Cille", "Villads": "Ville", "Bertram": "Berti",
        "Ibrahim": "Ibbe", "Yasmin": "Jassi", "Kittisak": "Kit", "Magnus": "Mangus"}

ORIGIN_W = [("dk", 30), ("dk_rare", 8), ("dk_word", 5), ("gl", 4), ("fo", 3), ("so", 4), ("ar", 4),
            ("ku", 3), ("tr", 3), ("af", 3), ("pk", 2), ("pl", 3), ("ua", 3), ("ro", 2), ("ba", 2),
            ("er", 2), ("vn", 2), ("th", 2), ("ph", 2), ("en", 2)]

# real postcodes and towns
TOWNS = [("8000", "Aarhus C"), ("7100", "Vejle"), ("5000", "Odense C"), ("9000", "Aalborg"),
         ("6000", "Kolding"), ("6700", "Esbjerg"), ("8700", "Horsens"), ("8900", "Randers C"),
         ("7400", "Herning"), ("8600", "Silkeborg"), ("4000", "Roskilde"), ("4700", "Næstved"),
         ("3400", "Hillerød"), ("4200", "Slagelse"), ("7500", "Holstebro"), ("5700", "Svendborg"),
         ("6400", "Sønderborg"), ("7800", "Skive"), ("8800", "Viborg"), ("9800", "Hjørring"),
         ("4800", "Nykøbing F"), ("3000", "Helsingør"), ("2630", "Taastrup"), ("2610", "Rødovre"),
         ("2800", "Kongens Lyngby"), ("2200", "København N"), ("2300", "København S"),
         ("2450", "København SV"), ("7000", "Fredericia"), ("6100", "Haderslev"), ("4600", "Køge"),
         ("8500", "Grenaa"), ("9700", "Brønderslev"), ("7700", "Thisted"), ("6200", "Aabenraa"),
         ("8300", "Odder"), ("5800", "Nyborg"), ("3600", "Frederikssund"), ("4300", "Holbæk"),
         ("7330", "Brande"), ("8450", "Hammel"), ("6900", "Skjern"), ("9900", "Frederikshavn"),
         ("8260", "Viby J"), ("5200", "Odense V"), ("9200", "Aalborg SV")]

# municipality of each town (for headers)
KOMMUNE = {"Aarhus C": "Aarhus", "Vejle": "Vejle", "Odense C": "Odense", "Aalborg": "Aalborg",
           "Kolding": "Kolding", "Esbjerg": "Esbjerg", "Horsens": "Horsens", "Randers C": "Randers",
           "Herning": "Herning", "Silkeborg": "Silkeborg", "Roskilde": "Roskilde", "Næstved": "Næstved",
           "Hillerød": "Hillerød", "Slagelse": "Slagelse", "Holstebro": "Holstebro",
           "Svendborg": "Svendborg", "Sønderborg": "Sønderborg", "Skive": "Skive", "Viborg": "Viborg",
           "Hjørring": "Hjørring", "Nykøbing F": "Guldborgsund", "Helsingør": "Helsingør",
           "Taastrup": "Høje-Taastrup", "Rødovre": "Rødovre", "Kongens Lyngby": "Lyngby-Taarbæk",
           "København N": "Københavns", "København S": "Københavns", "København SV": "Københavns",
           "Fredericia": "Fredericia", "Haderslev": "Haderslev", "Køge": "Køge", "Grenaa": "Norddjurs",
           "Brønderslev": "Brønderslev", "Thisted": "Thisted", "Aabenraa": "Aabenraa", "Odder": "Odder",
           "Nyborg": "Nyborg", "Frederikssund": "Frederikssund", "Holbæk": "Holbæk", "Brande": "Ikast-Brande",
           "Hammel": "Favrskov", "Skjern": "Ringkøbing-Skjern", "Frederikshavn": "Frederikshavn",
           "Viby J": "Aarhus", "Odense V": "Odense", "Aalborg SV": "Aalborg"}

DOMAIN = {"Aarhus": "aarhus.dk", "Vejle": "vejle.dk", "Odense": "odense.dk", "Aalborg": "aalborg.dk",
          "Kolding": "kolding.dk", "Esbjerg": "esbjerg.dk", "Horsens": "horsens.dk", "Randers": "randers.dk",
          "Herning": "herning.dk", "Silkeborg": "silkeborg.dk", "Roskilde": "roskilde.dk",
          "Næstved": "naestved.dk", "Hillerød": "hillerod.dk", "Slagelse": "slagelse.dk",
          "Holstebro": "holstebro.dk", "Svendborg": "svendborg.dk", "Sønderborg": "sonderborg.dk",
          "Skive": "skivekommune.dk", "Viborg": "viborg.dk", "Hjørring": "hjoerring.dk",
          "Guldborgsund": "guldborgsund.dk", "Helsingør": "helsingor.dk", "Høje-Taastrup": "htk.dk",
          "Rødovre": "rk.dk", "Lyngby-Taarbæk": "ltk.dk", "Københavns": "kk.dk", "Fredericia": "fredericia.dk",
          "Haderslev": "haderslev.dk", "Køge": "koege.dk", "Norddjurs": "norddjurs.dk",
          "Brønderslev": "bronderslev.dk", "Thisted": "thisted.dk", "Aabenraa": "aabenraa.dk",
          "Odder": "odder.dk", "Nyborg": "nyborg.dk", "Frederikssund": "frederikssund.dk",
          "Holbæk": "holb.dk", "Ikast-Brande": "ikast-brande.dk", "Favrskov": "favrskov.dk",
          "Ringkøbing-Skjern": "rksk.dk", "Frederikshavn": "frederikshavn.dk"}

POLICE = {"Aarhus": "Østjyllands Politi", "Vejle": "Sydøstjyllands Politi", "Odense": "Fyns Politi",
          "Aalborg": "Nordjyllands Politi", "Kolding": "Sydøstjyllands Politi",
          "Esbjerg": "Syd- og Sønderjyllands Politi", "Horsens": "Sydøstjyllands Politi",
          "Randers": "Østjyllands Politi", "Herning": "Midt- og Vestjyllands Politi",
          "Silkeborg": "Midt- og Vestjyllands Politi", "Roskilde": "Midt- og Vestsjællands Politi",
          "Næstved": "Sydsjællands og Lolland-Falsters Politi", "Hillerød": "Nordsjællands Politi",
          "Slagelse": "Midt- og Vestsjællands Politi", "Holstebro": "Midt- og Vestjyllands Politi",
          "Svendborg": "Fyns Politi", "Sønderborg": "Syd- og Sønderjyllands Politi",
          "Skive": "Midt- og Vestjyllands Politi", "Viborg": "Midt- og Vestjyllands Politi",
          "Hjørring": "Nordjyllands Politi", "Guldborgsund": "Sydsjællands og Lolland-Falsters Politi",
          "Helsingør": "Nordsjællands Politi", "Høje-Taastrup": "Københavns Vestegns Politi",
          "Rødovre": "Københavns Vestegns Politi", "Lyngby-Taarbæk": "Nordsjællands Politi",
          "Københavns": "Københavns Politi", "Fredericia": "Sydøstjyllands Politi",
          "Haderslev": "Syd- og Sønderjyllands Politi", "Køge": "Midt- og Vestsjællands Politi",
          "Norddjurs": "Østjyllands Politi", "Brønderslev": "Nordjyllands Politi",
          "Thisted": "Nordjyllands Politi", "Aabenraa": "Syd- og Sønderjyllands Politi",
          "Odder": "Østjyllands Politi", "Nyborg": "Fyns Politi", "Frederikssund": "Nordsjællands Politi",
          "Holbæk": "Midt- og Vestsjællands Politi", "Ikast-Brande": "Midt- og Vestjyllands Politi",
          "Favrskov": "Østjyllands Politi", "Ringkøbing-Skjern": "Midt- og Vestjyllands Politi",
          "Frederikshavn": "Nordjyllands Politi"}

STREETS = ["Skolevej", "Kirkevej", "Møllevej", "Stationsvej", "Birkevej", "Bøgevej", "Egevej",
           "Vestergade", "Østergade", "Nørregade", "Søndergade", "Jernbanegade", "Parkvej", "Engvej",
           "Toftevej", "Ahornvej", "Lærkevej", "Vibevej", "Rosenvænget", "Kastanie Allé", "Granvej",
           "Grønnegade", "Havnegade", "Torvegade", "Markvej", "Højvangen", "Solvænget", "Enghavevej",
           "Strandvejen", "Ringvejen", "Bakkevej", "Lyngvej", "Fasanvej", "Syrenvej", "Mågevej",
           "Tjørnevej", "Fuglebakken", "Åboulevarden", "Lindealle", "Kløvervej", "Hybenvej",
           "Poppelvej", "Blåbærvej", "Præstevænget", "Smedegade", "Vænget", "Drosselvej"]

FOREIGN_ADDR = [
    ("pl", "ul. Długa 14 m. 5, 80-827 Gdańsk"), ("pl", "ul. Kwiatowa 3/12, 61-001 Poznań"),
    ("ua", "vul. Shevchenka 21, kv. 4, Lviv 79000"), ("ua", "prosp. Nauky 8, kv. 112, Kharkiv"),
    ("ro", "Strada Florilor 7, bl. B2, ap. 9, 700123 Iași"), ("de", "Hauptstraße 12, 24937 Flensburg"),
    ("se", "Storgatan 8, 211 34 Malmö"), ("tr", "Atatürk Cad. No: 45 D: 6, Konak/İzmir"),
    ("ba", "Ulica Titova 33, 71000 Sarajevo"), ("gb", "14 Mill Lane, Leeds LS6 2AB"),
    ("gl", "Aqqusinersuaq 12, 3900 Nuuk"), ("fo", "Undir Fossinum 4, FO-100 Tórshavn"),
    ("no", "Kirkegata 15, 0153 Oslo"), ("de", "Friedrichstraße 48, 24103 Kiel"),
]

FOREIGN_PHONE = [("se", "+46 70 {a} {b} {c}"), ("de", "+49 151 {d}"), ("pl", "+48 6{e} {f} {g}"),
                 ("ua", "+380 67 {f} {h}"), ("tr", "+90 532 {f} {b} {c}"), ("so", "+252 61 {i}"),
                 ("gb", "+44 7700 {j}"), ("gl", "+299 {a} {b} {c}"), ("fo", "+298 {a} {b} {c}"),
                 ("ro", "+40 72{k} {f} {f2}")]

PRIV_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk",
                "mail.dk", "icloud.com", "jubii.dk", "protonmail.com", "youmail.dk"]

# public numbers allowed to appear unplanted
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "1888", "70 20 30 82", "33 22 11 00",
                  "70 10 18 18", "44 77 77 00", "72 36 00 00", "89 40 40 00"]

WORDS_AS_NAMES = ["Sol", "Storm", "Lykke", "Bo", "Ask", "Ulv", "Frej", "Maj", "Skov", "Vinter",
                  "Have", "Sommer", "Glad", "Ravn", "Bonde"]

INSTITUTIONS = [
    ("daginstitution", "Børnehuset Troldehøjen"), ("daginstitution", "Lærkereden"),
    ("daginstitution", "Skovbørnehaven Grankoglen"), ("daginstitution", "Den selvejende børnehave Myretuen"),
    ("daginstitution", "Vuggestuen Mælkebøtten"), ("daginstitution", "Naturbørnehaven Spirekassen"),
    ("skole", "Fjordbakkens Friskole"), ("skole", "Den Lille Skole i Sønderbro"),
    ("skole", "Privatskolen Kongshøj"), ("skole", "Lindegårdens Realskole"),
    ("skole", "Bakkeskolens Lilleskole"), ("skole", "Friskolen Nordlys"),
    ("efterskole", "Efterskolen ved Limfjorden"), ("efterskole", "Klitmøller Idrætsefterskole"),
    ("efterskole", "Vestkystens Musikefterskole"), ("efterskole", "Efterskolen Højvang"),
    ("opholdssted", "Opholdsstedet Kragereden"), ("opholdssted", "Opholdsstedet Bakkehuset"),
    ("opholdssted", "Behandlingshjemmet Egebjerggaard"), ("opholdssted", "Ungehuset Fyrtårnet"),
    ("opholdssted", "Opholdsstedet Vindrosen"), ("opholdssted", "Den sociale institution Hybenhuset"),
    ("klub", "Ungdomsklubben Rampen"), ("klub", "Fritidsklubben Kælderen"),
    ("klub", "Spejdergruppen Ulvehøj"), ("klub", "Bokseklubben Hammerslaget"),
    ("plejefamilier", "Plejefamilieforeningen Vestkysten"), ("plejefamilier", "Familieplejecentret Ankeret"),
    ("plejefamilier", "Netværksplejeforeningen Ringen"), ("plejefamilier", "Socialpædagogisk Familiepleje Midt ApS"),
]
