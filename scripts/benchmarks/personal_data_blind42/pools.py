# -*- coding: utf-8 -*-
"""Hand-written pools for the blind42 held-out corpus. All persons are invented.
Lists only (no sets), so iteration order is fixed."""

# origin -> (female first names, male first names, surnames)
ORIGINS = {
    "dk": (["Mette", "Anne", "Camilla", "Louise", "Sofie", "Ida", "Freja", "Emma", "Karen", "Julie",
            "Signe", "Line", "Anne-Sofie", "Marie-Louise", "Pernille", "Tina", "Helle", "Trine"],
           ["Lars", "Jens", "Henrik", "Mikkel", "Rasmus", "Magnus", "Lucas", "William", "Noah", "Jonas",
            "Kasper", "Thomas", "Frederik", "Nikolaj", "Jesper", "Carsten", "Søren", "Mads", "Anders"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Mortensen", "Østergaard", "Lauridsen",
            "Dalgaard", "Kjærgaard", "Bech-Hansen", "Juul Poulsen", "Thomsen", "Frandsen", "Iversen"]),
    "dk_rare": (["Alfrida", "Vigga", "Tyra", "Bjørk", "Solvej", "Magnolia", "Ellinor", "Asta", "Liva", "Merle"],
                ["Eske", "Halfdan", "Ingolf", "Elvin", "Thorvald", "Aksel", "Villum", "Loke", "Bertram", "Egon"],
                ["Brændgaard", "Fladkjær", "Nørremark", "Kildeby", "Grønbech", "Lysgaard", "Toftebjerg",
                 "Hedegaard-Friis", "Stensballe", "Rugtved"]),
    "word": (["Sol", "Lykke", "Maj", "Ronja"], ["Storm", "Bo", "Ask", "Ulv", "Frej"],
             ["Skov", "Vinter", "Bak", "Dam", "Krog", "Lund"]),
    "gl": (["Naja", "Ivalo", "Nivi", "Paninnguaq", "Arnaq", "Pipaluk"],
           ["Aputsiaq", "Malik", "Inuk", "Minik", "Kuupik", "Nukappi"],
           ["Lynge", "Kleist", "Egede", "Motzfeldt", "Kreutzmann", "Berthelsen", "Heilmann"]),
    "fo": (["Jóhanna", "Guðrun", "Rannvá", "Sigrid", "Ása"],
           ["Rógvi", "Bárður", "Sjúrður", "Hallur", "Eyðun"],
           ["Joensen", "Djurhuus", "á Lakjuni", "Hammershaimb", "Mikkelsen", "í Dali"]),
    "so": (["Hodan", "Fadumo", "Ayaan", "Sahra", "Nimco", "Ifrah"],
           ["Abdirahman", "Mahad", "Liban", "Abdiwali", "Guled", "Nur Hussein"],
           ["Farah", "Warsame", "Abdi", "Mohamud", "Yusuf", "Jama", "Egal"]),
    "ar": (["Layla", "Amira", "Rania", "Nour", "Yasmin", "Hiba"],
           ["Yousef", "Omar", "Khalid", "Tariq", "Mahmoud", "Bilal"],
           ["Al-Masri", "Haddad", "Nasser", "Khalil", "Abu Saleh", "El-Sayed", "Hamdan"]),
    "ku": (["Rojin", "Berivan", "Dilan", "Avin", "Helin"],
           ["Zana", "Hozan", "Rezan", "Serdar", "Baran"],
           ["Barzani", "Amedi", "Zebari", "Doski", "Goran"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Büşra", "Esra"],
           ["Emre", "Mert", "Burak", "Yiğit", "Kerem"],
           ["Yılmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Aydın"]),
    "af": (["Parwana", "Zahra", "Mursal", "Freshta", "Nilofar"],
           ["Farid", "Mansoor", "Wahid", "Sohail", "Jawad"],
           ["Ahmadi", "Rahimi", "Hakimi", "Noori", "Sultani", "Popal"]),
    "pk": (["Ayesha", "Sana", "Mehwish", "Hira", "Rabia"],
           ["Imran", "Usman", "Faisal", "Hamza", "Zeeshan"],
           ["Khan", "Chaudhry", "Iqbal", "Qureshi", "Butt", "Raza"]),
    "pl": (["Agnieszka", "Zofia", "Katarzyna", "Małgorzata", "Julia"],
           ["Krzysztof", "Wojciech", "Kacper", "Paweł", "Tomasz"],
           ["Nowak", "Kowalczyk", "Wiśniewski", "Zieliński", "Wójcik", "Lewandowski"]),
    "ua": (["Olena", "Sofiia", "Iryna", "Oksana", "Daryna"],
           ["Oleksandr", "Dmytro", "Bohdan", "Taras", "Mykola"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravets"]),
    "ro": (["Ioana", "Andreea", "Mihaela", "Roxana", "Bianca"],
           ["Andrei", "Mihai", "Bogdan", "Ionuț", "Florin"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu"]),
    "ba": (["Selma", "Lejla", "Amra", "Emina", "Ajla"],
           ["Edin", "Haris", "Amir", "Damir", "Kenan"],
           ["Hodžić", "Begić", "Mehmedović", "Kovačević", "Delić", "Hadžiselimović"]),
    "er": (["Selam", "Semhar", "Helen", "Luwam", "Senait"],
           ["Yonas", "Filmon", "Biniam", "Robel", "Mebrahtu"],
           ["Tesfay", "Gebremedhin", "Haile", "Kidane", "Tekle", "Ghebreyesus"]),
    "vn": (["Linh", "Thu", "Huong", "Mai Anh", "Ngoc"],
           ["Minh", "Hoang", "Duc", "Quang", "Tuan"],
           ["Nguyen", "Tran", "Pham", "Vu", "Dang", "Bui"]),
    "th": (["Siriporn", "Kanya", "Nong", "Malai", "Ratana"],
           ["Somchai", "Anan", "Kittisak", "Prasert", "Niran"],
           ["Srisuk", "Chaiyaporn", "Boonmee", "Wongsawat", "Sukprasert"]),
    "ph": (["Maricel", "Rowena", "Jocelyn", "Analyn", "Cherry Mae"],
           ["Jericho", "Rodel", "Jomar", "Arnel", "Ronaldo"],
           ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Macaraeg"]),
    "en": (["Chloe", "Sophie", "Megan", "Grace", "Olivia"],
           ["Liam", "Oliver", "Harry", "Callum", "Jack"],
           ["Smith", "Taylor", "Brown", "O'Connor", "Whitfield", "McKenna"]),
}
ORIGIN_KEYS = ["dk", "dk", "dk", "dk_rare", "word", "gl", "fo", "so", "ar", "ku", "tr", "af", "pk",
               "pl", "ua", "ro", "ba", "er", "vn", "th", "ph", "en"]

# nicknames used as the person's name (children's writing, messages)
NICKS = {"Mohamud": "Momo", "Abdirahman": "Abdi-boy", "Oleksandr": "Sasha", "Aputsiaq": "Aputs",
         "Elizabeth": "Lizzie", "Frederik": "Freddy", "Magnus": "Mangus", "Camilla": "Milla",
         "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Mikkel": "Mikse", "Wojciech": "Wojtek",
         "Anne-Sofie": "Annso", "Rasmus": "Rasse", "Nikolaj": "Nikker", "Ayesha": "Ayu",
         "Abdiwali": "Wali", "Halfdan": "Dan-Dan", "Thomas": "Tommy", "Louise": "Lulu"}
GENERIC_NICKS = ["Mormor-Lis", "Lillebror", "Storebror"]  # not used as spans (role words)

# streets: common Danish street names (no numbers anywhere except in address spans)
STREETS = ["Skolevej", "Kirkevej", "Stationsvej", "Nørregade", "Vestergade", "Østergade", "Søndergade",
           "Bakkevej", "Engvej", "Møllevej", "Birkevej", "Egevej", "Ahornvej", "Lindevej", "Rosenvej",
           "Violvej", "Kastanievej", "Parkvej", "Strandvej", "Fasanvej", "Mågevej", "Lærkevej",
           "Granvej", "Bøgevej", "Hybenvej", "Tjørnevej", "Jernbanegade", "Torvegade", "Algade",
           "Storegade", "Grønnegade", "Havnegade", "Markvej", "Vibevej", "Kærvej", "Rughaven",
           "Byagervej", "Engtoften", "Solsikkevej", "Valmuevej", "Tranevej", "Hyldebærvej",
           "Ellekær", "Bymarken", "Nyvej", "Kløvervej", "Spurvevej", "Holmevej"]

# real postcode/town pairs and the municipality they belong to
TOWNS = [("8000", "Aarhus C", "Aarhus"), ("8200", "Aarhus N", "Aarhus"), ("8210", "Aarhus V", "Aarhus"),
         ("5000", "Odense C", "Odense"), ("5220", "Odense SØ", "Odense"), ("9000", "Aalborg", "Aalborg"),
         ("6700", "Esbjerg", "Esbjerg"), ("7100", "Vejle", "Vejle"), ("8700", "Horsens", "Horsens"),
         ("7400", "Herning", "Herning"), ("8900", "Randers C", "Randers"), ("6000", "Kolding", "Kolding"),
         ("4000", "Roskilde", "Roskilde"), ("3000", "Helsingør", "Helsingør"), ("4700", "Næstved", "Næstved"),
         ("4200", "Slagelse", "Slagelse"), ("7500", "Holstebro", "Holstebro"), ("8600", "Silkeborg", "Silkeborg"),
         ("8800", "Viborg", "Viborg"), ("6400", "Sønderborg", "Sønderborg"), ("6100", "Haderslev", "Haderslev"),
         ("7800", "Skive", "Skive"), ("9800", "Hjørring", "Hjørring"), ("9900", "Frederikshavn", "Frederikshavn"),
         ("4800", "Nykøbing F", "Guldborgsund"), ("3400", "Hillerød", "Hillerød"), ("2630", "Taastrup", "Høje-Taastrup"),
         ("2650", "Hvidovre", "Hvidovre"), ("2400", "København NV", "København"), ("2300", "København S", "København"),
         ("2200", "København N", "København"), ("2700", "Brønshøj", "København"), ("2500", "Valby", "København"),
         ("2750", "Ballerup", "Ballerup"), ("4100", "Ringsted", "Ringsted"), ("4300", "Holbæk", "Holbæk"),
         ("4400", "Kalundborg", "Kalundborg"), ("5700", "Svendborg", "Svendborg"), ("5500", "Middelfart", "Middelfart"),
         ("7000", "Fredericia", "Fredericia"), ("6200", "Aabenraa", "Aabenraa"), ("8500", "Grenaa", "Norddjurs"),
         ("8300", "Odder", "Odder"), ("9700", "Brønderslev", "Brønderslev"), ("7700", "Thisted", "Thisted"),
         ("6800", "Varde", "Varde"), ("8660", "Skanderborg", "Skanderborg"), ("3700", "Rønne", "Bornholm")]

# foreign addresses (street+number, postcode town, country) -- invented house numbers
FOREIGN_ADDR = ["ul. Długa 15/3, 80-831 Gdańsk, Polen", "Storgatan 12, 211 34 Malmö",
                "Hamburger Straße 5, 24937 Flensburg, Tyskland", "vul. Shevchenka 41, kv. 7, 79000 Lviv",
                "Strada Mihai Eminescu 22, Cluj-Napoca, Rumænien", "Aarhusgade 8, 3900 Nuuk",
                "Niels Finsensgøta 14, 100 Tórshavn", "Karlavägen 40, 114 49 Stockholm"]
FOREIGN_PHONE = ["+48 601 234 587", "+46 70 318 45 62", "+90 532 417 20 96", "+49 151 2345 6781",
                 "+252 61 5128 734", "+44 7700 900 418", "+380 67 412 3391", "+40 722 915 304",
                 "+299 52 47 18", "+298 21 93 40", "+387 61 224 917", "+291 7 183 442"]

PRIV_DOMAINS = ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "yahoo.dk", "mail.dk", "icloud.com",
                "hotmail.dk", "stofanet.dk", "jubii.dk"]
# work domains (invented or generic); used only inside e-mail spans
WORK_DOMAINS = ["kommune.dk", "skole.dk", "plejefamilie.net", "koreskolen-vest.dk", "politi.dk",
                "if-sporten.dk", "svoemmeklubben.dk", "julehjaelp-frivillig.dk"]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
NUM_WORDS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
ORDINALS = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
            "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
            "attende", "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende",
            "fireogtyvende", "femogtyvende", "seksogtyvende", "syvogtyvende", "otteogtyvende",
            "niogtyvende", "tredivte", "enogtredivte"]
TENS_SPOKEN = {10: "ti", 11: "elleve", 12: "tolv", 13: "tretten", 14: "fjorten", 15: "femten", 16: "seksten",
               17: "sytten", 18: "atten", 19: "nitten", 20: "tyve", 30: "tredive", 40: "fyrre",
               50: "halvtreds", 60: "tres", 70: "halvfjerds", 80: "firs", 90: "halvfems"}

SHOPS = ["Netto", "Føtex", "Bilka", "Rema 1000", "Matas", "H&M", "Intersport", "Sportmaster", "Normal",
         "Jysk", "Lidl", "Kvickly", "BR", "Søstrene Grene", "Flying Tiger", "Deichmann", "Skoringen",
         "Apoteket", "Fakta", "Zalando", "Elgiganten", "Power"]
CHARITIES = ["Frelsens Hær", "Kirkens Korshær", "Red Barnet", "Mødrehjælpen", "Dansk Folkehjælp",
             "Julemærkefonden", "Sankt Nicolai Tjenesten"]
PUBLIC_BODIES = ["Familieretshuset", "Ankestyrelsen", "Udbetaling Danmark", "PPR", "Sundhedsplejen",
                 "Børne- og ungeudvalget", "Socialtilsyn Midt", "Færdselsstyrelsen", "Skadestuen",
                 "Børne- og Ungdomspsykiatrien", "Ungdommens Uddannelsesvejledning", "SSP",
                 "Rigspolitiet", "Midt- og Vestjyllands Politi", "Fyns Politi", "Østjyllands Politi",
                 "Københavns Politi", "Nordjyllands Politi", "Sydøstjyllands Politi", "Midt- og Vestsjællands Politi"]
MEDS = ["Concerta 36 mg", "Medikinet 20 mg", "melatonin 3 mg", "Ritalin Uno 20 mg", "panodil 500 mg",
        "Ventoline", "Atarax", "Elvanse 30 mg"]
ICD = ["DF90.0", "DF84.0", "DF43.1", "DF93.0", "DF91.3", "DJ45.9", "DF81.0", "DS52.5", "DS82.2"]

# public numbers: allowed outside spans (emergency, hotlines, switchboards, invented CVRs of public bodies)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "116111", "70 11 22 33", "33 66 33 66", "89 40 20 00",
                  "72 22 18 18", "82 12 12 12", "33 41 12 00", "70 10 44 66", "35 55 55 59",
                  "29 18 94 60", "55 14 55 14", "45 40 33 10"]
# look-alike ids used in clean/planted texts (CVR/EAN of public bodies, invented)
CVR_NUMBERS = ["29189854", "29189897", "55133018", "29190941", "29189617"]
EAN_NUMBERS = ["5798005820106", "5798007713512", "5798005410345", "5798004611262"]
