# Invented pools for the blind21 corpus. Written by hand for this corpus; no library lists used.
# Each origin: (male first names, female first names, surnames)
ORIGINS = {
    "dansk": (
        ["Mads", "Emil", "Lucas", "Oliver", "Noah", "William", "Frederik", "Magnus", "Mathias", "Jonas",
         "Anders", "Søren", "Jens", "Lars", "Henrik", "Thomas", "Morten", "Rasmus", "Kasper", "Mikkel",
         "Niels", "Jesper", "Christian", "Tobias", "Villads", "Malthe", "Carl", "Oscar", "Victor", "Asger"],
        ["Emma", "Ida", "Clara", "Freja", "Sofia", "Anna", "Laura", "Mathilde", "Karen", "Mette",
         "Hanne", "Susanne", "Camilla", "Louise", "Line", "Maria", "Signe", "Sara", "Julie", "Nanna",
         "Tine", "Birgitte", "Lene", "Pia", "Rikke", "Josefine", "Caroline", "Astrid", "Cecilie", "Gitte"],
        ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
         "Johansen", "Møller", "Mortensen", "Knudsen", "Lauridsen", "Frandsen", "Vestergaard", "Kjeldsen",
         "Dalgaard", "Østergaard", "Bisgaard", "Nørgaard", "Skou", "Bech", "Brandt", "Lykkegaard",
         "Overgaard", "Iversen", "Svendsen", "Mikkelsen", "Thygesen", "Søgaard", "Kirkegaard", "Holm",
         "Krog", "Bak", "Dam", "Friis", "Ravn", "Bjerg", "Kjær", "Bach", "Laursen", "Bundgaard"]),
    "dansk_sjaeldent": (
        ["Eskild", "Halfdan", "Aksel", "Villum", "Holger", "Asbjørn", "Oluf", "Alvin", "Carlo", "Vilfred",
         "Elvin", "Bertram", "Kresten", "Thorkild", "Gorm", "Ejnar", "Sixten", "Loke"],
        ["Alberte", "Silje", "Vigga", "Liva", "Esther", "Thyra", "Gunver", "Dagmar", "Bodil", "Karla",
         "Merle", "Juno", "Nola", "Ronja", "Ingrid", "Agnes", "Solvej", "Tove"],
        ["Thorsager", "Bækgaard", "Hvidtfeldt", "Kronborg", "Glerup", "Lindqvist", "Sommerlund",
         "Fuglsang", "Hedegaard", "Kildegaard", "Abildgaard", "Rosendahl", "Mølgaard", "Hjortshøj"]),
    "ordnavn": (
        ["Storm", "Bo", "Ask", "Ulv", "Frej", "Birk", "Sten"],
        ["Sol", "Lykke", "Maj", "Vinter", "Fryd", "Stjerne"],
        ["Skov", "Vinter", "Storm", "Due", "Mose", "Strand", "Ravn", "Bjørn", "Glad"]),
    "groenlandsk": (
        ["Aputsiaq", "Inuk", "Malik", "Nuka", "Kunuk", "Minik", "Ujarak", "Hans-Henrik"],
        ["Pipaluk", "Naja", "Ivalo", "Aviaja", "Paninnguaq", "Arnakuluk", "Nivi", "Sara-Louise"],
        ["Kleist", "Lynge", "Petrussen", "Heilmann", "Berthelsen", "Kuitse", "Nathanielsen", "Geisler", "Rosing"]),
    "faeroesk": (
        ["Rúni", "Sámal", "Jógvan", "Bárður", "Eyðun", "Heðin", "Pauli"],
        ["Turið", "Rannvá", "Sunniva", "Guðrun", "Elin", "Marjun", "Sigrid"],
        ["Joensen", "Dalsgaard", "Jacobsen", "á Lakjuni", "Niclasen", "Hammershaimb", "Midjord"]),
    "somalisk": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Liban", "Abdikarim", "Hamza", "Guled"],
        ["Hodan", "Ayaan", "Farhiya", "Hamdi", "Ifrah", "Sahra", "Ubah", "Nasteho"],
        ["Warsame", "Farah", "Hassan", "Osman", "Jama", "Dahir", "Abdi Warsame", "Egal", "Aden"]),
    "arabisk": (
        ["Ahmad", "Omar", "Yousef", "Khaled", "Karim", "Samir", "Ibrahim", "Tariq"],
        ["Layla", "Fatima", "Amira", "Nour", "Rania", "Hiba", "Mariam", "Zainab"],
        ["Al-Hassan", "El-Sayed", "Haddad", "Khalil", "Mansour", "Saleh", "Abdallah", "Nasser", "Qasim"]),
    "kurdisk": (
        ["Zana", "Shiyar", "Baran", "Azad", "Rêbaz", "Dilshad", "Hawre"],
        ["Rojin", "Dilan", "Berivan", "Hêvî", "Jiyan", "Nazdar", "Shilan"],
        ["Ahmadi", "Rashid", "Mustafa", "Sindi", "Khoshnaw", "Bakir", "Zebari"]),
    "tyrkisk": (
        ["Emre", "Mehmet", "Burak", "Kerem", "Yusuf", "Deniz", "Oğuz"],
        ["Elif", "Zeynep", "Ayşe", "Selin", "Esra", "Büşra", "Merve"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Korkmaz"]),
    "afghansk": (
        ["Farid", "Habibullah", "Wahid", "Jawad", "Mustafa", "Sohail", "Naweed"],
        ["Mahbooba", "Zahra", "Sultana", "Shabnam", "Nasrin", "Parwana", "Marzia"],
        ["Ahmadzai", "Sultani", "Noori", "Karimi", "Hakimi", "Rahimi", "Popal", "Safi"]),
    "pakistansk": (
        ["Imran", "Bilal", "Usman", "Zeeshan", "Faisal", "Hamid", "Adeel"],
        ["Ayesha", "Sana", "Hira", "Nadia", "Mahnoor", "Rabia", "Saima"],
        ["Khan", "Chaudhry", "Iqbal", "Butt", "Malik", "Qureshi", "Raza", "Hussain", "Akhtar"]),
    "polsk": (
        ["Kacper", "Wojciech", "Bartosz", "Jakub", "Łukasz", "Paweł", "Krzysztof"],
        ["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Ewa", "Magdalena", "Joanna"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski"]),
    "ukrainsk": (
        ["Oleksandr", "Mykola", "Taras", "Bohdan", "Dmytro", "Andrii", "Vitalii"],
        ["Olena", "Iryna", "Yulia", "Oksana", "Sofiia", "Nataliia", "Khrystyna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boyko", "Savchenko"]),
    "rumaensk": (
        ["Andrei", "Mihai", "Florin", "Cristian", "Bogdan", "Ionuț", "Sorin"],
        ["Ioana", "Elena", "Alexandra", "Georgiana", "Raluca", "Andreea", "Bianca"],
        ["Popescu", "Ionescu", "Dumitru", "Munteanu", "Constantin", "Ciobanu", "Stoica", "Moldovan"]),
    "bosnisk": (
        ["Amar", "Emir", "Haris", "Adnan", "Tarik", "Kenan", "Edin"],
        ["Lejla", "Amila", "Selma", "Edina", "Nermina", "Amra", "Ajla"],
        ["Hodžić", "Begović", "Mehmedović", "Hadžić", "Delić", "Kovačević", "Mujić", "Hasanović"]),
    "eritreisk": (
        ["Yonas", "Filmon", "Dawit", "Mebrahtu", "Tesfay", "Aklilu", "Efrem", "Robel"],
        ["Selam", "Senait", "Rahel", "Winta", "Saba", "Luwam", "Hiwet", "Feven"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhe", "Woldemariam", "Tekle", "Gebru"]),
    "vietnamesisk": (
        ["Minh", "Tuan", "Duc", "Bao", "Quang", "Khoa", "Hieu"],
        ["Linh", "Huong", "Ngoc", "Thanh", "Mai", "Trang", "Phuong"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Nguyen Thi", "Tran Van"]),
    "thai": (
        ["Somchai", "Nattapong", "Kittisak", "Chaiwat", "Niran", "Anan"],
        ["Malee", "Siriporn", "Pranee", "Anong", "Ploy", "Kanokwan"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Saetang", "Kongkaew"]),
    "filippinsk": (
        ["Jericho", "Jomar", "Arnel", "Rodel", "Jayson", "Mark Anthony"],
        ["Maricel", "Rowena", "Liezel", "Divina", "Rhea", "Mylene", "Jonalyn"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Macaraeg"]),
    "engelsk": (
        ["Jack", "Liam", "Harry", "George", "Callum", "Ethan", "Finley"],
        ["Chloe", "Olivia", "Amelia", "Ruby", "Megan", "Isla", "Poppy"],
        ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "O'Connor", "McAllister"]),
}
# weights for drawing an origin (Danish most common)
ORIGIN_WEIGHTS = {
    "dansk": 36, "dansk_sjaeldent": 6, "ordnavn": 5, "groenlandsk": 4, "faeroesk": 3, "somalisk": 4,
    "arabisk": 5, "kurdisk": 3, "tyrkisk": 4, "afghansk": 3, "pakistansk": 3, "polsk": 4, "ukrainsk": 4,
    "rumaensk": 3, "bosnisk": 3, "eritreisk": 3, "vietnamesisk": 3, "thai": 2, "filippinsk": 2, "engelsk": 2,
}
# Double first names (Danish)
DOUBLE_FIRST_M = ["Mads Peter", "Jens Christian", "Carl Emil", "Anders Bo"]
DOUBLE_FIRST_F = ["Anne Sofie", "Marie Louise", "Ida Marie", "Anne Mette"]
# Nicknames used as a person's name (keyed by first name where a real short form exists)
NICK = {"Mohamed": "Mo", "Mathias": "Thias", "Frederik": "Frede", "Christian": "Chris", "Oleksandr": "Sasha",
        "Alexandra": "Alex", "Abdirahman": "Abdi", "Josefine": "Fie", "Caroline": "Caro", "Sebastian": "Basse",
        "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Nattapong": "Nat", "Aputsiaq": "Aputsi", "Tobias": "Tobbe",
        "Magdalena": "Magda", "Mikkel": "Mikse", "Zeynep": "Zey", "Ibrahim": "Ibbe", "Jericho": "Jeko"}
NICK_GENERIC = ["Bubber", "Mussi", "Jojo", "Nini", "Pusle", "Tutti"]

# Pet names: never persons, never spans
PETS = [("hunden", "Bamse"), ("hunden", "Luna"), ("katten", "Simba"), ("kaninen", "Molly"), ("hunden", "Rollo"),
        ("katten", "Plet"), ("hamsteren", "Kiwi"), ("hunden", "Charlie"), ("katten", "Misser"), ("hesten", "Bella"),
        ("marsvinet", "Oreo"), ("hunden", "Buster"), ("katten", "Nala"), ("undulaten", "Pjevs"), ("hunden", "Max")]

STREETS = ["Skolevej", "Kirkevej", "Møllevej", "Stationsvej", "Engvej", "Bakkevej", "Vestergade", "Østergade",
           "Nørregade", "Søndergade", "Birkevej", "Egevej", "Ahornvej", "Lindevej", "Rosenvej", "Kastanievej",
           "Parkvej", "Grønnegade", "Torvegade", "Markvej", "Havevej", "Toftevej", "Præstevænget", "Solsikkevej",
           "Fasanvej", "Vibevej", "Lærkevej", "Spurvevej", "Hybenvej", "Tjørnevej", "Elmevej", "Åbrinken",
           "Bøgevej", "Granvej", "Poppelvej", "Klostergade", "Algade", "Storegade", "Nygade", "Jernbanegade",
           "Strandvejen", "Skovbrynet", "Fælledvej", "Tværvej", "Kærvej", "Enghavevej", "Bredgade", "Mejerivej",
           "Gartnervænget", "Humlebakken", "Rønnebærvej", "Syrenvej", "Vænget", "Holmegårdsvej", "Fynsgade"]
TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8260", "Viby J"), ("8600", "Silkeborg"),
         ("8700", "Horsens"), ("8800", "Viborg"), ("7800", "Skive"), ("7500", "Holstebro"), ("7400", "Herning"),
         ("7100", "Vejle"), ("7000", "Fredericia"), ("6000", "Kolding"), ("6700", "Esbjerg"), ("6100", "Haderslev"),
         ("6200", "Aabenraa"), ("6400", "Sønderborg"), ("5000", "Odense C"), ("5700", "Svendborg"),
         ("5500", "Middelfart"), ("4000", "Roskilde"), ("4700", "Næstved"), ("4200", "Slagelse"), ("4300", "Holbæk"),
         ("4800", "Nykøbing F"), ("3000", "Helsingør"), ("3400", "Hillerød"), ("2630", "Taastrup"),
         ("2650", "Hvidovre"), ("2200", "København N"), ("2400", "København NV"), ("2300", "København S"),
         ("2500", "Valby"), ("2700", "Brønshøj"), ("9000", "Aalborg"), ("9400", "Nørresundby"), ("9200", "Aalborg SV"),
         ("9800", "Hjørring"), ("9900", "Frederikshavn"), ("8900", "Randers C"), ("8500", "Grenaa"),
         ("7700", "Thisted"), ("7620", "Lemvig"), ("6800", "Varde"), ("6900", "Skjern"), ("8300", "Odder"),
         ("4600", "Køge"), ("2750", "Ballerup"), ("4100", "Ringsted"), ("9500", "Hobro"), ("7200", "Grindsted"),
         ("8850", "Bjerringbro"), ("6740", "Bramming"), ("8382", "Hinnerup"), ("9700", "Brønderslev")]
# municipality (name, mail domain) -- domains are the municipalities' public ones; all persons invented
KOMMUNER = [("Viborg Kommune", "viborg.dk"), ("Skive Kommune", "skive.dk"), ("Holstebro Kommune", "holstebro.dk"),
            ("Aarhus Kommune", "aarhus.dk"), ("Silkeborg Kommune", "silkeborg.dk"), ("Randers Kommune", "randers.dk"),
            ("Horsens Kommune", "horsens.dk"), ("Vejle Kommune", "vejle.dk"), ("Kolding Kommune", "kolding.dk"),
            ("Esbjerg Kommune", "esbjerg.dk"), ("Odense Kommune", "odense.dk"), ("Næstved Kommune", "naestved.dk"),
            ("Roskilde Kommune", "roskilde.dk"), ("Aalborg Kommune", "aalborg.dk"), ("Hjørring Kommune", "hjoerring.dk")]
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk", "icloud.com",
                   "mail.dk", "jubii.dk", "protonmail.com", "stofanet.dk", "youmail.dk", "outlook.com"]
HOSPITALS = ["Børneafdelingen, Regionshospitalet Viborg", "Børne- og Ungdomspsykiatrisk Center, Aarhus Universitetshospital",
             "Børneafdelingen, Odense Universitetshospital", "Børne- og Ungeafdelingen, Aalborg Universitetshospital",
             "Neuropædiatrisk Klinik, Rigshospitalet", "Børneafdelingen, Regionshospitalet Gødstrup",
             "Børne- og Ungdomspsykiatrien, Region Syddanmark", "Børneafdelingen, Sjællands Universitetshospital"]
DIAG = [("F84.0", "infantil autisme"), ("F84.5", "Aspergers syndrom"), ("F90.0", "ADHD, kombineret type"),
        ("G80.1", "spastisk diplegi"), ("G40.9", "epilepsi"), ("Q90.9", "Downs syndrom"),
        ("E10.9", "type 1-diabetes"), ("F80.1", "ekspressiv sprogforstyrrelse"), ("H90.3", "bilateralt høretab"),
        ("Q05.9", "spina bifida"), ("F95.2", "Tourettes syndrom"), ("E84.9", "cystisk fibrose"), ("F70.1", "lettere mental retardering")]
MEDS = ["Concerta 27 mg", "Melatonin 3 mg", "Medikinet 10 mg", "Keppra 250 mg", "Orfiril 300 mg", "Risperidon 0,5 mg",
        "Elvanse 30 mg", "NovoRapid efter skema", "Circadin 2 mg", "Ventoline ved behov", "Movicol 1 brev dagligt"]
COMPANIES = [("Vestjysk VVS ApS", "vestjyskvvs.dk"), ("Autoværkstedet Nord", "autonord.dk"), ("Fjordens Bageri", "fjordensbageri.dk"),
             ("Tømrerfirmaet Kvist & Co.", "kvist-co.dk"), ("SuperBrugsen", "coop.dk"), ("Plejecenter Egebakken", "egebakken-pleje.dk"),
             ("Elektro-Service A/S", "elektroservice.dk"), ("Café Havnefronten", "havnefronten.dk"), ("Midtjysk Maskinstation", "mjmaskin.dk"),
             ("Salling Group", "sallinggroup.com"), ("Danish Crown", "danishcrown.com"), ("Malerfirmaet Farveladen", "farveladen.dk"),
             ("Lagerhotellet Vest", "lagerhotellet.dk"), ("Gartneriet Grønne Spirer", "gronnespirer.dk"), ("Cykelsmeden i Midtbyen", "cykelsmeden.dk")]
BANKS = ["Danske Bank", "Nordea", "Jyske Bank", "Sydbank", "Arbejdernes Landsbank", "Spar Nord", "Lunar"]
# Foreign addresses (invented numbers on plausible streets)
FOREIGN_ADDR = ["ul. Długa 14/3, 80-831 Gdańsk", "ul. Ogrodowa 7 m. 12, 90-001 Łódź", "Kurfürstenstraße 88, 10787 Berlin",
                "Storgatan 12, 211 34 Malmö", "Str. Mihai Eminescu 45, 400014 Cluj-Napoca", "vul. Shevchenka 21, kv. 5, 79000 Lviv",
                "Aqqusinersuaq 12, 3900 Nuuk", "Dalavegur 14, 100 Tórshavn", "14 Elm Road, Leeds LS6 2AB",
                "Atatürk Cad. No: 41 D: 6, 35220 İzmir", "Ulica Ferhadija 9, 71000 Sarajevo", "Hamngatan 3, 411 14 Göteborg"]
FOREIGN_PHONE = ["+48 601 234 817", "+48 512 908 344", "+49 151 2345 6719", "+46 70 123 45 67", "+40 722 183 456",
                 "+380 67 123 4571", "+299 52 34 56", "+298 21 34 57", "+44 7700 900123", "+90 532 123 45 67",
                 "+387 61 234 567", "+46 73 884 20 19"]  # same order/country as FOREIGN_ADDR
