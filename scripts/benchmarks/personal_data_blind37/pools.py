"""Invented name, street and town pools for corpus blind37 (written by hand, no library)."""

# first names: (name, sex) ; sex 'f' / 'm'
FIRST = [
    # common Danish
    ("Emma", "f"), ("Ida", "f"), ("Clara", "f"), ("Freja", "f"), ("Sofie", "f"), ("Anna", "f"),
    ("Laura", "f"), ("Alma", "f"), ("Karla", "f"), ("Mathilde", "f"), ("Mette", "f"), ("Hanne", "f"),
    ("Susanne", "f"), ("Lone", "f"), ("Pia", "f"), ("Camilla", "f"), ("Louise", "f"), ("Maria", "f"),
    ("Noah", "m"), ("William", "m"), ("Oscar", "m"), ("Lucas", "m"), ("Carl", "m"), ("Alfred", "m"),
    ("Emil", "m"), ("Magnus", "m"), ("Malthe", "m"), ("Victor", "m"), ("Lars", "m"), ("Jens", "m"),
    ("Peter", "m"), ("Henrik", "m"), ("Søren", "m"), ("Thomas", "m"), ("Jesper", "m"), ("Rasmus", "m"),
    ("Kim", "m"), ("Dennis", "m"), ("Brian", "m"), ("René", "m"), ("Jonas", "m"), ("Mikkel", "m"),
    # rare / newly formed Danish
    ("Vigga", "f"), ("Silje", "f"), ("Svea", "f"), ("Alvilda", "f"), ("Thyra", "f"), ("Ingeborg", "f"),
    ("Liva", "f"), ("Rigmor", "f"), ("Bertil", "m"), ("Eigil", "m"), ("Ejnar", "m"), ("Halfdan", "m"),
    ("Ditlev", "m"), ("Holger", "m"), ("Aksel", "m"), ("Valdemar", "m"), ("Lejf", "m"), ("Nanna", "f"),
    # names that are also ordinary words
    ("Sol", "f"), ("Lykke", "f"), ("Maj", "f"), ("Storm", "m"), ("Bo", "m"), ("Ask", "m"),
    ("Ulv", "m"), ("Frej", "m"), ("Vinter", "m"),
    # Greenlandic
    ("Aputsiaq", "m"), ("Nivi", "f"), ("Pipaluk", "f"), ("Inuk", "m"), ("Malu", "f"), ("Kunuk", "m"),
    ("Paninnguaq", "f"), ("Ivalo", "f"), ("Nukappiaaluk", "m"),
    # Faroese
    ("Rógvi", "m"), ("Sjúrður", "m"), ("Bárður", "m"), ("Turið", "f"), ("Guðrun", "f"), ("Jógvan", "m"),
    # Somali
    ("Hodan", "f"), ("Ayaan", "f"), ("Abdirahman", "m"), ("Hamza", "m"), ("Fartun", "f"), ("Ilhan", "f"),
    ("Mohamed", "m"), ("Sahra", "f"),
    # Arabic
    ("Yasmin", "f"), ("Layla", "f"), ("Omar", "m"), ("Khalid", "m"), ("Nour", "f"), ("Rania", "f"),
    ("Tarek", "m"), ("Ali", "m"),
    # Kurdish
    ("Dilan", "f"), ("Rojin", "f"), ("Berfin", "f"), ("Azad", "m"), ("Baran", "m"), ("Shvan", "m"),
    # Turkish
    ("Elif", "f"), ("Zeynep", "f"), ("Emre", "m"), ("Mehmet", "m"), ("Yusuf", "m"), ("Ayşe", "f"),
    # Afghan
    ("Farida", "f"), ("Mursal", "f"), ("Habib", "m"), ("Sohrab", "m"), ("Zarmina", "f"),
    # Pakistani
    ("Ayesha", "f"), ("Bilal", "m"), ("Hamid", "m"), ("Sana", "f"), ("Imran", "m"),
    # Polish
    ("Zofia", "f"), ("Kacper", "m"), ("Jakub", "m"), ("Agnieszka", "f"), ("Wojciech", "m"),
    # Ukrainian
    ("Oleksandr", "m"), ("Daryna", "f"), ("Sofiia", "f"), ("Bohdan", "m"), ("Yulia", "f"), ("Mykola", "m"),
    # Romanian
    ("Andrei", "m"), ("Ioana", "f"), ("Bianca", "f"), ("Mihai", "m"), ("Ionuț", "m"),
    # Bosnian
    ("Amra", "f"), ("Emir", "m"), ("Edin", "m"), ("Lejla", "f"), ("Selma", "f"), ("Adnan", "m"),
    # Eritrean
    ("Yonas", "m"), ("Selam", "f"), ("Filmon", "m"), ("Senait", "f"), ("Tesfay", "m"), ("Helen", "f"),
    # Vietnamese
    ("Linh", "f"), ("Minh", "m"), ("Thao", "f"), ("Huy", "m"), ("Quang", "m"),
    # Thai
    ("Siriporn", "f"), ("Kanya", "f"), ("Nattapong", "m"), ("Ploy", "f"), ("Somchai", "m"),
    # Filipino
    ("Maricel", "f"), ("Jhun", "m"), ("Rowena", "f"), ("Jericho", "m"), ("Princess", "f"),
    # English
    ("Chloe", "f"), ("Jack", "m"), ("Megan", "f"), ("Liam", "m"), ("Harvey", "m"),
]

# surnames grouped loosely by origin; any first name may combine with any surname group of
# its own origin most of the time (see make.py)
SUR_DK = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
          "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen",
          "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Lauridsen", "Frederiksen", "Kjær",
          "Holm", "Dahl", "Bach", "Vestergaard", "Dalgaard", "Kragelund", "Søgaard", "Bjerregaard",
          "Skovgaard", "Damgaard", "Overgaard", "Fisker", "Brix", "Friis", "Krogh", "Nørgaard", "Iversen",
          "Eskildsen", "Svendsen", "Thygesen", "Buch", "Bundgaard", "Lysgaard", "Stjernholm", "Skov",
          "Vinter", "Storm", "Sommer", "Ravn", "Hedegaard-Munk", "Juul Pedersen", "Kastrup"]
SUR_WORLD = ["Kleist", "Lynge", "Berthelsen", "Heilmann", "Joensen", "Midjord", "Dalsgarð",
             "Warsame", "Farah", "Abdi", "Jama", "Osman", "Hassan", "El-Khatib", "Haddad", "Al-Rubaie",
             "Mansour", "Qadir", "Rashid", "Zebari", "Yılmaz", "Demir", "Kaya", "Öztürk", "Şahin",
             "Ahmadzai", "Karimi", "Noori", "Hakimi", "Chaudhry", "Malik", "Qureshi", "Kowalska",
             "Nowak", "Wiśniewski", "Zielińska", "Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko",
             "Popescu", "Ionescu", "Dumitru", "Munteanu", "Hodžić", "Begović", "Mehmedović", "Delić",
             "Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Nguyen", "Tran", "Pham",
             "Hoang", "Suwannarat", "Boonmee", "Chaiyaporn", "Dela Cruz", "Santos", "Reyes",
             "Villanueva", "Walker", "O'Brien", "Thompson"]

NICK = {"Mohamed": "Mo", "Oleksandr": "Sasha", "Valdemar": "Valde", "Abdirahman": "Abdi-boy",
        "Mathilde": "Tilde", "Magnus": "Mangus", "Christensen": "Kristensen", "Nukappiaaluk": "Nuka",
        "Kacper": "Kasper", "Sjúrður": "Sjurdur", "Ingeborg": "Inge", "Daryna": "Dasha"}

STREETS = ["Bakkevej", "Møllevej", "Kirkevej", "Engvej", "Birkevej", "Egevej", "Ahornvej", "Vestergade",
           "Østergade", "Nørregade", "Søndergade", "Storegade", "Stationsvej", "Poppelvej", "Rosenvej",
           "Lærkevej", "Solsikkevej", "Violvej", "Kastanievej", "Bøgevej", "Grønnegade", "Fasanvej",
           "Mågevej", "Strandvej", "Parkvej", "Havevej", "Tværgade", "Jernbanegade", "Algade", "Toftevej",
           "Højvangen", "Lindealle", "Elmevej", "Granvej", "Hybenvej", "Åvej", "Vibevej", "Kildevej",
           "Bøgebakken", "Skovbrynet", "Præstevænget", "Rughaven", "Mosevej", "Slotsgade", "Kongensgade",
           "Ny Kongevej", "Gammel Landevej", "H.C. Andersens Vej", "Fredensgade", "Borgergade"]

TOWNS = [("8600", "Silkeborg"), ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("7400", "Herning"),
         ("7500", "Holstebro"), ("8800", "Viborg"), ("9000", "Aalborg"), ("9800", "Hjørring"),
         ("5000", "Odense C"), ("5700", "Svendborg"), ("6000", "Kolding"), ("6700", "Esbjerg"),
         ("7100", "Vejle"), ("8700", "Horsens"), ("4000", "Roskilde"), ("4700", "Næstved"),
         ("3400", "Hillerød"), ("2630", "Taastrup"), ("2300", "København S"), ("2200", "København N"),
         ("4200", "Slagelse"), ("4800", "Nykøbing F"), ("6100", "Haderslev"), ("6200", "Aabenraa"),
         ("6400", "Sønderborg"), ("8900", "Randers C"), ("8500", "Grenaa"), ("8300", "Odder"),
         ("7800", "Skive"), ("7700", "Thisted"), ("9700", "Brønderslev"), ("9400", "Nørresundby"),
         ("3000", "Helsingør"), ("4100", "Ringsted"), ("4300", "Holbæk"), ("5500", "Middelfart"),
         ("5600", "Faaborg"), ("3700", "Rønne"), ("7300", "Jelling"), ("8660", "Skanderborg"),
         ("8680", "Ry"), ("7430", "Ikast"), ("8850", "Bjerringbro"), ("8450", "Hammel"),
         ("9500", "Hobro"), ("6600", "Vejen"), ("6360", "Tinglev")]

FOREIGN_ADDR = ["ul. Długa 14/3, 80-827 Gdańsk", "Storgatan 5, 411 38 Göteborg",
                "Hauptstraße 22, 24937 Flensburg", "vul. Shevchenka 41, kv. 7, 79000 Lviv",
                "Strada Mihai Eminescu 9, 400000 Cluj-Napoca", "Aqqusinersuaq 12, 3900 Nuuk",
                "Niels Finsens gøta 8, 100 Tórshavn", "Ferhadija 17, 71000 Sarajevo",
                "12 Mill Lane, Bristol BS1 4QA", "Kyrkogatan 3, 252 25 Helsingborg"]

PRIVATE_MAIL = ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "yahoo.dk", "mail.dk", "jubii.dk",
                "icloud.com", "hotmail.dk", "protonmail.com"]
WORK_MAIL = ["silkeborg.dk", "viborg.dk", "skive.dk", "herning.dk", "randers.dk", "holstebro.dk",
             "horsens.dk", "vejle.dk", "kolding.dk", "odder.dk"]
BANK_MAIL = ["sparnord-eksempel.dk", "jyskebank-eksempel.dk", "lokalbanken-eksempel.dk"]
