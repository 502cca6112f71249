# -*- coding: utf-8 -*-
"""Hand-written pools for the blind12 corpus.

Everything here is data: name pools, street and town pools, look-alike pools and
sentence templates. All persons are invented; first, middle and last names are
drawn independently by make.py. Towns and postcodes are real Danish (or foreign)
places; streets are common street names combined with random numbers.

Template mini-language (rendered by make.py):
  {role.form}      a person's data, e.g. {mor.full}, {child.dob}, {cw.email}
  {name}           a look-alike or filler value, e.g. {date}, {sagsnr}, {law}
  {~a|b|c}         pick one alternative (alternatives may contain placeholders)
  {?0.4:text}      include text with probability 0.4
"""

# ---------------------------------------------------------------------------
# First names: origin -> {"F": [...], "M": [...]}
# ---------------------------------------------------------------------------
FIRST = {
    "dk_common": {
        "F": ["Emma", "Ida", "Freja", "Clara", "Laura", "Anna", "Mathilde", "Sofie", "Karla",
              "Josefine", "Mette", "Louise", "Camilla", "Pia", "Lone", "Hanne", "Susanne",
              "Charlotte", "Maria", "Tina", "Helle", "Anne", "Kirsten", "Line", "Julie",
              "Cecilie", "Signe", "Nanna", "Maja", "Caroline", "Rikke", "Trine", "Gitte",
              "Birgitte", "Marianne", "Anne-Sofie", "Agnes", "Iris", "Doris"],
        "M": ["Noah", "William", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Magnus",
              "Frederik", "Emil", "Oliver", "Alfred", "Mikkel", "Rasmus", "Jens", "Peter",
              "Lars", "Henrik", "Søren", "Morten", "Thomas", "Kasper", "Mads", "Jesper",
              "Martin", "Michael", "Anders", "Christian", "Niels", "Jakob", "Brian",
              "Kenneth", "Jannik", "Tobias", "Jonas", "Mads-Emil", "Elias", "Andreas",
              "Markus", "Felix", "Max", "Lars-Ulrik"],
    },
    "dk_rare": {
        "F": ["Eskeline", "Alvilda", "Vigga", "Ellie-May", "Noa-Liv", "Lunah", "Ahlia",
              "Silje-Marie", "Idunn", "Merle", "Kamma", "Thyra", "Elvira", "Augusta", "Liva",
              "Hjørdis", "Runa", "Bodil", "Dagmar", "Rigmor", "Filippa", "Alberte-Sofie"],
        "M": ["Villum", "Bertil", "Hjalte", "Eigil", "Valdemar", "Aksel-Emil", "Frode", "Loke",
              "Thorvald", "Balder", "Anker", "Knud-Erik", "Svend-Åge", "Gorm", "Ejnar", "Vitus",
              "Halfdan", "Esben", "Tjalfe", "Ingvard"],
    },
    "word": {  # names that are also ordinary Danish or English words
        "F": ["Sol", "Lykke", "Maj", "Liv", "Lærke", "Pil", "Rose", "Viol", "Hope", "Joy",
              "Grace", "Faith", "Summer", "Sky", "Jade", "Ivy", "Stjerne", "Vilde"],
        "M": ["Storm", "Bo", "Mark", "Ask", "Birk", "Frej", "Hunter", "Mason", "River", "Sten",
              "Ulv", "Ravn", "Falk", "Kaj", "Aske", "Bjørn"],
    },
    "greenlandic": {
        "F": ["Naja", "Nivi", "Ivalo", "Paninnguaq", "Pipaluk", "Arnaq", "Aviaja", "Pilu",
              "Malu", "Uiloq", "Nukaaka"],
        "M": ["Aputsiaq", "Malik", "Minik", "Aqqaluk", "Nuka", "Inuk", "Kunuk", "Kaali",
              "Pavia", "Salik", "Ulloriaq"],
    },
    "faroese": {
        "F": ["Rannvá", "Sólja", "Turið", "Jóhanna", "Guðrun", "Ragnhild", "Marjun", "Súsanna",
              "Bjørg", "Elin"],
        "M": ["Rúni", "Brandur", "Sjúrður", "Eyðun", "Heðin", "Bárður", "Dánjal", "Jógvan",
              "Tróndur", "Hanus", "Sámal", "Símun"],
    },
    "somali": {
        "F": ["Hodan", "Ayaan", "Faadumo", "Sagal", "Nimco", "Deeqa", "Ilhan", "Sahra", "Hibo",
              "Ifrah", "Ubah", "Fardowsa", "Shukri", "Khadra", "Amina"],
        "M": ["Abdirahman", "Hamza", "Khadar", "Mohamed", "Abdullahi", "Yusuf", "Asad", "Guled",
              "Liban", "Mahad", "Abdiwali", "Ismail", "Bashiir", "Sakariye"],
    },
    "arabic": {  # Syrian, Palestinian, Lebanese
        "F": ["Layla", "Yasmin", "Rania", "Nour", "Mariam", "Hiba", "Huda", "Aya", "Jana",
              "Rawan", "Lujain", "Ghazal", "Sidra", "Batoul", "Rahaf", "Malak", "Dalia", "Amal"],
        "M": ["Omar", "Khaled", "Ahmad", "Bilal", "Rami", "Tariq", "Samir", "Yamen", "Maher",
              "Kinan", "Nizar", "Yazan", "Karim", "Fadi", "Ziad", "Anas", "Idris", "Yunus",
              "Ilyas", "Aziz"],
    },
    "iraqi": {
        "F": ["Zahraa", "Ruqaya", "Duaa", "Fatima", "Zainab", "Noor", "Maryam", "Sura"],
        "M": ["Mustafa", "Haider", "Sajjad", "Hussein", "Murtadha", "Abbas", "Ali", "Muntadhar",
              "Hassanein"],
    },
    "kurdish": {
        "F": ["Dilan", "Rojda", "Berivan", "Shirin", "Hevin", "Zozan", "Delal", "Rûken", "Nûdem",
              "Jiyan", "Viyan", "Rojin", "Helin", "Narin", "Avesta"],
        "M": ["Azad", "Rezan", "Ciwan", "Baran", "Serhat", "Dilovan", "Rêber", "Şivan", "Hogir",
              "Welat", "Zana", "Aram", "Karwan", "Hemin", "Soran"],
    },
    "turkish": {
        "F": ["Elif", "Zeynep", "Ayşe", "Büşra", "Selin", "Hülya", "Merve", "Esra", "Derya",
              "Gülsüm", "Şeyma", "Ebru", "Nazlı", "Sibel", "Tuğba"],
        "M": ["Emre", "Mehmet", "Kerem", "Cem", "Oğuz", "Gökhan", "Ömer", "Burak", "Serkan",
              "Murat", "Hakan", "Eray", "Volkan", "Çağrı", "Deniz", "Yavuz", "Cengiz"],
    },
    "afghan": {
        "F": ["Zarmina", "Mursal", "Nasrin", "Shabnam", "Sediqa", "Parwana", "Hosna",
              "Mahbooba", "Freshta", "Nilofar", "Marwa", "Soraya", "Farzana"],
        "M": ["Farid", "Hamid", "Wahid", "Mirwais", "Khalid", "Sohrab", "Ahmad Shah", "Naveed",
              "Jawad", "Habibullah", "Zabihullah", "Rahmatullah", "Sayed", "Qais"],
    },
    "pakistani": {
        "F": ["Ayesha", "Sana", "Hira", "Mahnoor", "Rabia", "Nadia", "Sadia", "Iqra", "Aqsa",
              "Sobia", "Uzma", "Saima", "Mehwish", "Noreen"],
        "M": ["Imran", "Faisal", "Usman", "Zain", "Asif", "Waqas", "Adeel", "Junaid", "Kashif",
              "Shahid", "Tahir", "Rizwan", "Sohail", "Arslan"],
    },
    "polish": {
        "F": ["Zofia", "Małgorzata", "Agnieszka", "Łucja", "Katarzyna", "Ewa", "Oliwia",
              "Joanna", "Magdalena", "Aleksandra", "Wiktoria", "Natalia", "Dorota", "Beata",
              "Halina", "Marta"],
        "M": ["Jakub", "Krzysztof", "Wojciech", "Bartosz", "Szymon", "Paweł", "Grzegorz",
              "Łukasz", "Piotr", "Tomasz", "Mateusz", "Kacper", "Dariusz", "Marek", "Jarosław",
              "Michał"],
    },
    "ukrainian": {
        "F": ["Oksana", "Olena", "Iryna", "Yulia", "Sofiia", "Nataliia", "Viktoriia", "Halyna",
              "Tetiana", "Kateryna", "Anastasiia", "Liudmyla", "Zlata", "Solomiia"],
        "M": ["Dmytro", "Bohdan", "Taras", "Andrii", "Mykola", "Yaroslav", "Oleksandr",
              "Serhii", "Volodymyr", "Maksym", "Vasyl", "Ihor", "Yurii", "Artem"],
    },
    "romanian": {
        "F": ["Ioana", "Mihaela", "Elena", "Alexandra", "Raluca", "Denisa", "Andreea", "Bianca",
              "Roxana", "Cristina", "Georgiana", "Florentina"],
        "M": ["Andrei", "Florin", "Bogdan", "Cătălin", "Ionuț", "Marius", "Gheorghe", "Vasile",
              "Mihai", "Adrian", "Costel", "Ștefan", "Dragoș", "Sorin"],
    },
    "bulgarian": {
        "F": ["Gergana", "Desislava", "Radostina", "Vesela", "Mariya", "Tsvetelina",
              "Yordanka", "Boryana", "Milena", "Svetla", "Ralitsa", "Petya"],
        "M": ["Dimitar", "Ivaylo", "Stoyan", "Hristo", "Kaloyan", "Nikolay", "Georgi", "Plamen",
              "Tsvetan", "Atanas", "Todor", "Krasimir"],
    },
    "balkan": {  # Serbian / Bosnian
        "F": ["Amela", "Jelena", "Selma", "Ajla", "Dragana", "Lejla", "Aida", "Merima", "Emina",
              "Milica", "Snežana", "Azra", "Jasmina", "Nermina"],
        "M": ["Emir", "Nikola", "Edin", "Mirza", "Haris", "Nemanja", "Dženan", "Stefan",
              "Dejan", "Senad", "Almir", "Vladimir", "Kenan"],
    },
    "eritrean": {
        "F": ["Senait", "Helen", "Mebrat", "Semhar", "Rahel", "Luwam", "Saba", "Yohana",
              "Freweini", "Winta", "Selam", "Eden", "Tsega", "Ruta"],
        "M": ["Yonas", "Tesfay", "Filmon", "Habtom", "Kibrom", "Merhawi", "Aman", "Robel",
              "Biniam", "Natnael", "Ermias", "Samuel"],
    },
    "ethiopian": {
        "F": ["Tigist", "Meron", "Selamawit", "Hanna", "Mekdes", "Kalkidan", "Tsion",
              "Bethlehem", "Hiwot", "Meseret", "Liya"],
        "M": ["Abebe", "Dawit", "Bereket", "Yared", "Eyob", "Henok", "Mulugeta", "Getachew",
              "Tewodros", "Kaleab", "Yohannes", "Fikru"],
    },
    "chinese": {
        "F": ["Xinyi", "Yutong", "Zihan", "Mei", "Jing", "Li Na", "Xiaoling", "Ruoxi", "Shuang",
              "Qian", "Lan"],
        "M": ["Wei", "Haoran", "Jun", "Xiaoming", "Hao", "Zhiwei", "Yichen", "Tianyu",
              "Jianguo", "Bowen", "Zeyu", "Lei"],
    },
    "thai": {
        "F": ["Nattaya", "Kanya", "Anong", "Pim", "Siriporn", "Malee", "Ploy", "Wassana",
              "Ratchanee", "Somying", "Kanokwan", "Duangjai", "Pensri", "Arunee"],
        "M": ["Somchai", "Chaiwat", "Thanawat", "Kittisak", "Anan", "Surachai", "Prasert",
              "Wichai", "Nattapong", "Boonsong", "Tanakorn", "Sompong"],
    },
    "filipino": {
        "F": ["Maricel", "Rowena", "Analyn", "Princess", "Jessa", "Lovely", "Cherry",
              "Marites", "Jonalyn", "Rosalie", "Mylene", "Kristine", "Liezl"],
        "M": ["Jhun", "Jericho", "Mark Anthony", "Rodel", "Ronaldo", "Jayson", "Arnel", "Romeo",
              "Reynaldo", "Jomar", "Edgardo", "Rommel", "John Paul"],
    },
}

# Weights for drawing the origin of a first name and, independently, of a surname.
# "dk_common" is the only "common Danish" origin; everything else counts as not common.
FIRST_ORIGIN_WEIGHTS = [
    ("dk_common", 34), ("dk_rare", 7), ("word", 7), ("greenlandic", 4), ("faroese", 3),
    ("somali", 5), ("arabic", 5), ("iraqi", 3), ("kurdish", 4), ("turkish", 4), ("afghan", 4),
    ("pakistani", 3), ("polish", 5), ("ukrainian", 4), ("romanian", 3), ("bulgarian", 2),
    ("balkan", 3), ("eritrean", 3), ("ethiopian", 2), ("chinese", 2), ("thai", 2),
    ("filipino", 2),
]
LAST_ORIGIN_WEIGHTS = [
    ("dk_common", 32), ("dk_rare", 8), ("word", 8), ("greenlandic", 4), ("faroese", 3),
    ("somali", 5), ("arabic", 5), ("iraqi", 3), ("kurdish", 4), ("turkish", 4), ("afghan", 4),
    ("pakistani", 3), ("polish", 5), ("ukrainian", 4), ("romanian", 3), ("bulgarian", 2),
    ("balkan", 3), ("eritrean", 3), ("ethiopian", 2), ("chinese", 2), ("thai", 2),
    ("filipino", 2),
]

# Surnames: "Male/Female" where the form depends on gender.
LAST = {
    "dk_common": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
                  "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen",
                  "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
                  "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frandsen",
                  "Lauridsen", "Clausen", "Dalgaard", "Søndergaard", "Vestergaard",
                  "Østergaard", "Kjærgaard", "Bundgaard"],
    "dk_rare": ["Skovbo", "Ravnsbæk", "Guldhammer", "Stjernholm", "Bækgaard", "Lindeskov",
                "Solbakke", "Egeris", "Kirkeby", "Brøndum", "Hvidtfeldt", "Ørskov",
                "Fjordside", "Langkilde", "Tvede", "Hedegaard-Munk", "Lykkegaard", "Elkjær",
                "Vadum", "Trolle", "Nordentoft", "Sandal", "Quist", "Bjerregaard", "Juhl",
                "Winther", "Storgaard"],
    "word": ["Have", "Skov", "Dal", "Berg", "Holm", "Lund", "Bach", "Fisker", "Smed", "Bager",
             "Skytte", "Vinter", "Sommer", "Krog", "Ravn", "Due", "Engel", "Strand", "Glad",
             "Brown", "Young", "King", "Bird", "Price", "Rask", "Kold", "Fugl", "Hjort", "Munk",
             "Kok", "Lind"],
    "greenlandic": ["Kleist", "Lynge", "Motzfeldt", "Heilmann", "Petrussen", "Olsvig",
                    "Berthelsen", "Egede", "Kreutzmann", "Lyberth", "Fleischer", "Zeeb",
                    "Nathanielsen", "Kuko"],
    "faroese": ["Joensen", "Dam", "á Rógvi", "í Líð", "Nolsøe", "Niclasen", "Johannesen",
                "Hammershaimb", "Djurhuus", "Hentze", "av Reyni", "Debes"],
    "somali": ["Warsame", "Farah", "Abdi", "Jama", "Aden", "Osman", "Egal", "Dirie", "Nur",
               "Hersi", "Guled", "Mohamud", "Abdillahi", "Elmi", "Samatar", "Ducaale"],
    "arabic": ["Al-Hassan", "El-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh",
               "Abu-Zaid", "Darwish", "Qasim", "Hamdan", "Aziz", "Al-Khatib", "Al-Masri",
               "Hamwi", "Halabi", "Sabbagh", "Kassab", "Alloush", "Chahine", "Youssef",
               "El-Abed"],
    "iraqi": ["Al-Jubouri", "Al-Obaidi", "Al-Saadi", "Jassim", "Kadhim", "Al-Rubaie",
              "Al-Tamimi", "Hamoudi", "Abdulridha"],
    "kurdish": ["Amedi", "Zebari", "Hawrami", "Karimi", "Bakir", "Ebdo", "Sindi", "Mirani",
                "Doski", "Xelil", "Rashid", "Salih", "Jaff", "Berwari", "Kakei"],
    "turkish": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk",
                "Arslan", "Doğan", "Kılıç", "Aslan", "Korkmaz", "Güler", "Özdemir", "Koç",
                "Polat", "Bulut", "Erdem"],
    "afghan": ["Rahimi", "Ahmadzai", "Noori", "Safi", "Popal", "Sultani", "Hakimi", "Wardak",
               "Stanekzai", "Mohammadi", "Hashimi", "Amiri", "Rezaei", "Sadat", "Azizi",
               "Habibi", "Jalali", "Naseri"],
    "pakistani": ["Chaudhry", "Malik", "Qureshi", "Butt", "Rana", "Siddiqui", "Akhtar",
                  "Javed", "Iqbal", "Mirza", "Shah", "Baig", "Bhatti", "Hussain", "Raja",
                  "Anwar", "Sheikh", "Awan"],
    "polish": ["Kowalski/Kowalska", "Wiśniewski/Wiśniewska", "Nowak", "Wójcik",
               "Kamiński/Kamińska", "Lewandowski/Lewandowska", "Zieliński/Zielińska",
               "Szymański/Szymańska", "Woźniak", "Dąbrowski/Dąbrowska", "Kozłowski/Kozłowska",
               "Jankowski/Jankowska", "Mazur", "Krawczyk", "Piotrowski/Piotrowska",
               "Grabowski/Grabowska", "Pawlak", "Michalski/Michalska", "Wróbel", "Zając"],
    "ukrainian": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk",
                  "Boyko", "Lysenko", "Marchenko", "Hnatiuk", "Savchuk", "Rudenko",
                  "Kovalchuk", "Oliinyk", "Polishchuk", "Moroz", "Ponomarenko", "Kravets"],
    "romanian": ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lungu",
                 "Ciobanu", "Rusu", "Moldovan", "Dobre", "Neagu", "Stoica", "Preda", "Zamfir",
                 "Lăcătuș", "Radu", "Bălan"],
    "bulgarian": ["Petrov/Petrova", "Ivanov/Ivanova", "Georgiev/Georgieva",
                  "Dimitrov/Dimitrova", "Todorov/Todorova", "Stoyanov/Stoyanova",
                  "Kolev/Koleva", "Hristov/Hristova", "Angelov/Angelova", "Nikolov/Nikolova",
                  "Iliev/Ilieva", "Marinov/Marinova"],
    "balkan": ["Hodžić", "Jovanović", "Petrović", "Begić", "Kovačević", "Mehmedović",
               "Nikolić", "Hadžić", "Marković", "Ilić", "Delić", "Halilović", "Šehić", "Mujić",
               "Babić", "Alić", "Đorđević", "Stojanović"],
    "eritrean": ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Woldu",
                 "Gebreyesus", "Habte", "Kidane", "Asmerom", "Mehari", "Zerai", "Tewelde",
                 "Andemariam", "Ghirmay", "Okbamichael"],
    "ethiopian": ["Tadesse", "Alemu", "Bekele", "Girma", "Mengistu", "Desta", "Assefa",
                  "Worku", "Lemma", "Kebede", "Tesfaye", "Gebre", "Wolde", "Negash", "Abera"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                "Xu", "Lin", "Guo", "Luo", "Zheng"],
    "thai": ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Thongchai", "Saetang",
             "Rattanakorn", "Phromma", "Kaewkla", "Sukprasert", "Jaidee", "Chanthavong",
             "Intarasuk", "Prasertsri"],
    "filipino": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Ramos",
                 "Aquino", "Garcia", "Flores", "Castillo", "Cruz", "Gomez", "Lopez", "Manalo", "Pangilinan",
                 "Dimaculangan", "Macaraeg", "Soriano", "De Guzman", "Tolentino"],
}

# Middle names (Danish surname-like middle names and foreign second given names).
MIDDLE = ["Skov", "Munk", "Bach", "Lund", "Dahl", "Kjær", "Brink", "Juul", "Friis", "Hald",
          "Bech", "Krogh", "Marie", "Sofie", "Emil", "Johan", "Nur", "Amir", "Maria", "Ana",
          "Elena", "Ahmed", "Bibi", "Reza", "Naja", "Kim", "Lykke", "Storm", "Lin", "Mei",
          "Aleksander", "Ibrahim", "Tekle", "Kuluk"]

# Nicknames used as a child's name (first name -> nickname). Others get a derived one.
NICK = {
    "Mohamed": "Mo", "Abdirahman": "Abdi", "Abdullahi": "Abdi", "Oleksandr": "Sasha",
    "Aleksandra": "Ola", "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Krzysztof": "Krzyś",
    "Zofia": "Zosia", "Jakub": "Kuba", "Paninnguaq": "Pani", "Aputsiaq": "Apu",
    "Yasmin": "Yasi", "Zainab": "Zizi", "Mariam": "Mimi", "Maryam": "Mimi", "Fatima": "Fafa",
    "Frederik": "Frede", "Valdemar": "Valde", "Josefine": "Fine", "Mathilde": "Tilde",
    "Caroline": "Caro", "Christian": "Chris", "Kristine": "Tinne", "Anastasiia": "Nastia",
    "Viktoriia": "Vika", "Dmytro": "Dima", "Volodymyr": "Volodja", "Bohdan": "Bodja",
    "Mykola": "Kolja", "Nikolay": "Kolio", "Yohannes": "Jojo", "Habibullah": "Habib",
    "Zabihullah": "Zabi", "Rahmatullah": "Rahmat", "Ahmad Shah": "Shahi", "Sakariye": "Saki",
    "Eskeline": "Eske", "Alvilda": "Vilde", "Hjørdis": "Hjødde", "Thorvald": "Thor",
    "Svend-Åge": "Åge", "Knud-Erik": "Knuller", "Mads-Emil": "Mille", "Alberte-Sofie": "Bebe",
    "Ellie-May": "Ellie", "Noa-Liv": "Noa", "Mark Anthony": "Mac-Mac", "John Paul": "JP",
    "Princess": "Cess", "Xiaoming": "Mingming", "Tianyu": "Yuyu", "Gheorghe": "Gică",
    "Ștefan": "Fane", "Dženan": "Džeko", "Tewodros": "Teddy", "Merhawi": "Meri",
    "Bethlehem": "Betty", "Selamawit": "Selam", "Abdiwali": "Wali", "Hassanein": "Hasso",
    "Muntadhar": "Munti",
}
NICK_GENERIC = ["Bubber", "Pusle", "Lillebror", "Pippi", "Bamse", "Basse", "Mulle", "Trunte",
                "Sprutte", "Musse", "Nuller", "Putte"]

# Persons' phone countries by name origin (used for relatives abroad and foreign numbers).
ORIGIN_COUNTRY = {
    "somali": ["SO"], "arabic": ["SY", "LB"], "iraqi": ["IQ"], "kurdish": ["IQ", "TR", "SY"],
    "turkish": ["TR"], "afghan": ["AF"], "pakistani": ["PK"], "polish": ["PL"],
    "ukrainian": ["UA"], "romanian": ["RO"], "bulgarian": ["BG"], "balkan": ["RS", "BA"],
    "eritrean": ["ER"], "ethiopian": ["ET"], "chinese": ["CN"], "thai": ["TH"],
    "filipino": ["PH"], "greenlandic": ["GL"], "faroese": ["FO"],
    "dk_common": ["SE", "DE", "NO", "UK"], "dk_rare": ["SE", "DE", "NO"],
    "word": ["UK", "SE", "DE"],
}

# Phone number shapes abroad: X = random digit. Country code first.
FOREIGN_PHONE = {
    "SE": ("46", ["7X XXX XX XX", "70-XXX XX XX"]),
    "NO": ("47", ["4XX XX XXX", "9XX XX XXX"]),
    "DE": ("49", ["15X XXXXXXXX", "17X XXXXXXX"]),
    "UK": ("44", ["7XXX XXXXXX", "7XXX XXX XXX"]),
    "PL": ("48", ["5XX XXX XXX", "6XX-XXX-XXX", "7XX XXX XXX"]),
    "UA": ("380", ["67 XXX XXXX", "50 XXX XX XX", "63 XXX-XX-XX"]),
    "RO": ("40", ["7XX XXX XXX", "7XX.XXX.XXX"]),
    "BG": ("359", ["88 XXX XXXX", "89 XXX XXXX"]),
    "RS": ("381", ["6X XXX XXXX", "6X/XXX-XXXX"]),
    "BA": ("387", ["6X XXX XXX", "6X-XXX-XXX"]),
    "TR": ("90", ["5XX XXX XX XX", "5XX XXX XXXX"]),
    "SO": ("252", ["61 XXXXXXX", "63 XXX XXXX"]),
    "SY": ("963", ["9XX XXX XXX"]),
    "LB": ("961", ["3 XXX XXX", "71 XXX XXX"]),
    "IQ": ("964", ["7XX XXX XXXX", "750 XXX XXXX"]),
    "AF": ("93", ["7X XXX XXXX"]),
    "PK": ("92", ["3XX XXXXXXX", "3XX-XXXXXXX"]),
    "ER": ("291", ["7 XXXXXX", "1 XXXXXX"]),
    "ET": ("251", ["9X XXX XXXX", "91 XXX XXXX"]),
    "CN": ("86", ["1XX XXXX XXXX", "13X-XXXX-XXXX"]),
    "TH": ("66", ["8X XXX XXXX", "9X-XXX-XXXX"]),
    "PH": ("63", ["9XX XXX XXXX", "917 XXX XXXX"]),
    "GL": ("299", ["XX XX XX"]),
    "FO": ("298", ["XX XX XX"]),
}

# Danish number prefixes (first two digits) for invented private numbers.
DK_MOBILE_PREFIX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                    "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91",
                    "92", "93"]
DK_LANDLINE_PREFIX = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "48", "49", "56",
                      "57", "58", "59", "62", "63", "64", "65", "66", "69", "74", "75", "76",
                      "86", "87", "89", "96", "97", "98", "99"]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
DK_STREETS = ["Vinkelvej", "Skovbrynet", "Møllegade", "Engvej", "Kirkevej", "Søndergade",
              "Birkevej", "Rosenvænget", "Ahornvej", "Fasanvej", "Toftevej", "Nørregade",
              "Bakkedraget", "Grønnegade", "Havnegade", "Stationsvej", "Bøgevej", "Hybenvej",
              "Mosevej", "Kløvermarken", "Ringvejen", "Vestergade", "Åbyvej", "Tjørnevej",
              "Egeparken", "Rugmarken", "Granvænget", "Violvej", "Solsikkevej", "Ved Åen",
              "Bredgade", "Algade", "Jernbanegade", "Gasværksvej", "Rønnebærvej",
              "Kastanievej", "Gl. Kongevej", "Niels Bohrs Allé", "Chr. Winthers Vej",
              "Dronning Dagmars Vej", "Frederiksgade", "Langelandsgade", "Vibevej",
              "Præstegårdsvej", "Lærkevej", "Spurvevej", "Hedevej", "Enghavevej", "Pilevej",
              "Blommehaven", "Agerhønevej", "Tranevej", "Kildeager", "Ellekæret", "Sletten",
              "Tofteskovvej", "Hasselhaven", "Brombærhaven", "Lindealléen", "Nyvej",
              "Skolebakken", "Munkegade", "Vestre Ringgade", "Østre Allé", "Sønderbro",
              "Gl. Viborgvej", "Hjortshøjvej", "Bispehavevej", "Trøjborgvej", "Tingvej"]

# Real postcodes and towns (postcode, town).
DK_TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"),
            ("8220", "Brabrand"), ("8260", "Viby J"), ("8381", "Tilst"), ("8520", "Lystrup"),
            ("8800", "Viborg"), ("7400", "Herning"), ("7100", "Vejle"), ("6000", "Kolding"),
            ("5000", "Odense C"), ("5220", "Odense SØ"), ("9000", "Aalborg"),
            ("9220", "Aalborg Øst"), ("2300", "København S"), ("2400", "København NV"),
            ("2200", "København N"), ("2620", "Albertslund"), ("2630", "Taastrup"),
            ("2650", "Hvidovre"), ("2750", "Ballerup"), ("4000", "Roskilde"),
            ("4700", "Næstved"), ("4200", "Slagelse"), ("3400", "Hillerød"),
            ("3000", "Helsingør"), ("6700", "Esbjerg"), ("6400", "Sønderborg"),
            ("8900", "Randers C"), ("8600", "Silkeborg"), ("8700", "Horsens"),
            ("7500", "Holstebro"), ("9900", "Frederikshavn"), ("9800", "Hjørring"),
            ("4800", "Nykøbing F"), ("3700", "Rønne"), ("8500", "Grenaa"),
            ("6100", "Haderslev"), ("7700", "Thisted"), ("9500", "Hobro"), ("8300", "Odder"),
            ("5700", "Svendborg"), ("6200", "Aabenraa"), ("7800", "Skive"),
            ("2635", "Ishøj"), ("7430", "Ikast"), ("8850", "Bjerringbro"),
            ("9400", "Nørresundby"), ("7080", "Børkop")]

# Foreign addresses: country -> list of format strings.
# {n} number, {n2} small number, {pc} postcode digits pattern as given, streets invented.
FOREIGN_ADDR = {
    "PL": ["ul. {st} {n}/{n2}, {pc} {town}", "ul. {st} {n} m. {n2}\n{pc} {town}"],
    "DE": ["{st} {n}, {pc} {town}", "{st} {n}\nD-{pc} {town}"],
    "SE": ["{st} {n} B, {pc} {town}", "{st} {n}\n{pc} {town}"],
    "NO": ["{st} {n}, {pc} {town}"],
    "UK": ["{n} {st}, {town} {pc}", "Flat {n2}, {n} {st}\n{town} {pc}"],
    "RO": ["Str. {st} nr. {n}, ap. {n2}, {pc} {town}", "Str. {st} nr. {n}\n{pc} {town}"],
    "UA": ["vul. {st} {n}, kv. {n2}, {town} {pc}", "vul. {st}, {n}/{n2}, {town}"],
    "TR": ["{st} Cad. No: {n} D: {n2}, {pc} {town}", "{st} Sok. No:{n}\n{pc} {town}"],
    "BG": ["ul. {st} {n}, {pc} {town}", "bul. {st} {n}, et. {n2}\n{pc} {town}"],
    "BA": ["{st} {n}, {pc} {town}", "{st} br. {n}\n{pc} {town}"],
    "RS": ["{st} {n}/{n2}, {pc} {town}"],
    "GL": ["{st} {n}, {pc} {town}", "B-{n}{n2}, {st}\n{pc} {town}"],
    "FO": ["{st} {n}, FO-{pc} {town}"],
    "SO": ["{st} {n}, {town}"],
    "IQ": ["Mahalla {n}, Zuqaq {n2}, Dar {n}, {town}"],
    "TH": ["{n}/{n2} Moo {n2}, {st} Rd., {town} {pc}"],
    "PH": ["Blk {n2} Lot {n}, {st} St., {town} {pc}"],
}
FOREIGN_STREETS = {
    "PL": ["Długa", "Kwiatowa", "Ogrodowa", "Lipowa", "Słoneczna", "Polna", "Leśna"],
    "DE": ["Friedrichstraße", "Lindenweg", "Bahnhofstraße", "Am Markt", "Schulstraße"],
    "SE": ["Storgatan", "Kyrkogatan", "Ringvägen", "Skolgatan", "Parkvägen"],
    "NO": ["Storgata", "Kirkeveien", "Skogveien", "Bakkegata"],
    "UK": ["Kingsley Road", "Mill Lane", "Church Street", "Park Avenue", "Victoria Road"],
    "RO": ["Florilor", "Mihai Eminescu", "Libertății", "Unirii", "Teilor"],
    "UA": ["Shevchenka", "Sadova", "Lisova", "Tsentralna", "Franka"],
    "TR": ["Atatürk", "Cumhuriyet", "Gül", "İnönü", "Lale"],
    "BG": ["Vitosha", "Rakovski", "Tsar Simeon", "Shipka"],
    "BA": ["Ferhadija", "Titova", "Maršala Tita", "Kralja Tvrtka"],
    "RS": ["Nemanjina", "Bulevar oslobođenja", "Karađorđeva"],
    "GL": ["Aqqusinersuaq", "Qajaq", "Imaneq", "Issortarfimmut"],
    "FO": ["Niels Finsens gøta", "Dalavegur", "Gerðagøta", "Hoyvíksvegur"],
    "SO": ["Wadada Maka Al-Mukarama", "Wadada Wershadda", "Wadada Sodonka"],
    "IQ": [""],
    "TH": ["Sukhumvit", "Phahonyothin", "Rama IV"],
    "PH": ["Mabini", "Rizal", "Bonifacio", "Luna"],
}
FOREIGN_TOWNS = {
    "PL": [("80-831", "Gdańsk"), ("00-514", "Warszawa"), ("30-001", "Kraków"),
           ("50-077", "Wrocław"), ("70-100", "Szczecin")],
    "DE": [("24937", "Flensburg"), ("24103", "Kiel"), ("20095", "Hamburg"), ("10115", "Berlin")],
    "SE": [("211 42", "Malmö"), ("252 25", "Helsingborg"), ("413 01", "Göteborg")],
    "NO": [("0555", "Oslo"), ("5003", "Bergen"), ("4611", "Kristiansand")],
    "UK": [("LS6 2AB", "Leeds"), ("M14 5RT", "Manchester"), ("B12 9QL", "Birmingham")],
    "RO": [("400012", "Cluj-Napoca"), ("700259", "Iași"), ("300011", "Timișoara")],
    "UA": [("79005", "Lviv"), ("65012", "Odesa"), ("01001", "Kyiv"), ("61002", "Kharkiv")],
    "TR": [("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35210", "Konak/İzmir")],
    "BG": [("1000", "Sofia"), ("4000", "Plovdiv"), ("9000", "Varna")],
    "BA": [("71000", "Sarajevo"), ("75000", "Tuzla"), ("88000", "Mostar")],
    "RS": [("11000", "Beograd"), ("21000", "Novi Sad")],
    "GL": [("3900", "Nuuk"), ("3911", "Sisimiut"), ("3952", "Ilulissat")],
    "FO": [("100", "Tórshavn"), ("700", "Klaksvík")],
    "SO": [("", "Muqdisho"), ("", "Hargeysa")],
    "IQ": [("", "Erbil"), ("", "Duhok"), ("", "Baghdad")],
    "TH": [("10110", "Bangkok"), ("50000", "Chiang Mai")],
    "PH": [("1100", "Quezon City"), ("6000", "Cebu City")],
}

# E-mail domains.
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "hotmail.dk", "live.dk", "outlook.dk",
                   "yahoo.dk", "mail.dk", "icloud.com", "jubii.dk", "protonmail.com",
                   "wp.pl", "o2.pl", "ukr.net", "gmx.de", "yahoo.com", "email.dk"]
REGION_DOMAINS = ["rm.dk", "rn.dk", "rsyd.dk", "regionh.dk", "regionsjaelland.dk"]

# Municipalities: (name, mail domain, switchboard used only as a public look-alike)
KOMMUNER = [("Viborg Kommune", "viborg.dk", "70 21 08 00"),
            ("Randers Kommune", "randers.dk", "70 27 19 00"),
            ("Herning Kommune", "herning.dk", "70 22 60 00"),
            ("Silkeborg Kommune", "silkeborg.dk", "70 23 74 00"),
            ("Horsens Kommune", "horsens.dk", "70 26 50 00"),
            ("Vejle Kommune", "vejle.dk", "70 24 85 00"),
            ("Odense Kommune", "odense.dk", "70 25 03 00"),
            ("Aalborg Kommune", "aalborg.dk", "70 29 33 00"),
            ("Esbjerg Kommune", "esbjerg.dk", "70 26 41 00"),
            ("Holstebro Kommune", "holstebro.dk", "70 28 12 00"),
            ("Skive Kommune", "skive.dk", "70 29 65 00"),
            ("Kolding Kommune", "kolding.dk", "70 20 15 00"),
            ("Roskilde Kommune", "roskilde.dk", "70 23 33 00"),
            ("Næstved Kommune", "naestved.dk", "70 28 88 00"),
            ("Høje-Taastrup Kommune", "htk.dk", "70 24 40 00"),
            ("Ishøj Kommune", "ishoj.dk", "70 27 70 00"),
            ("Frederikshavn Kommune", "frederikshavn.dk", "70 25 91 00"),
            ("Slagelse Kommune", "slagelse.dk", "70 22 58 00"),
            ("Aarhus Kommune", "aarhus.dk", "70 20 66 00"),
            ("Guldborgsund Kommune", "guldborgsund.dk", "70 21 35 00")]

POLICE = ["Midt- og Vestjyllands Politi", "Østjyllands Politi", "Sydøstjyllands Politi",
          "Nordjyllands Politi", "Fyns Politi", "Syd- og Sønderjyllands Politi",
          "Københavns Vestegns Politi", "Københavns Politi", "Nordsjællands Politi",
          "Midt- og Vestsjællands Politi", "Sydsjællands og Lolland-Falsters Politi"]

HOSPITALS = ["Børne- og Ungdomspsykiatrien, Aarhus Universitetshospital, Skejby",
             "Regionshospitalet Viborg, Børn og Unge",
             "Regionshospitalet Gødstrup, Børneafdelingen",
             "Aalborg Universitetshospital, Børne- og Ungeafdelingen",
             "Rigshospitalet, Børne- og Ungeafdelingen",
             "Børne- og Ungdomspsykiatrisk Center, Glostrup",
             "Sjællands Universitetshospital, Roskilde, Børneafdelingen",
             "Sygehus Lillebælt, Kolding, Børne- og Ungeafdelingen",
             "Hvidovre Hospital, Børneafdelingen",
             "Børne- og Ungdomspsykiatri Odense"]
HOSPITALS_SHORT = ["Skejby", "Regionshospitalet Viborg", "Gødstrup", "Rigshospitalet",
                   "Hvidovre Hospital", "BUP Glostrup", "BUP Odense", "Kolding Sygehus"]
WARDS = ["Sengeafsnit B1", "Afsnit A3 (børn 0-12 år)", "Ungeafsnittet U2",
         "Akutmodtagelsen for børn", "Ambulatoriet for ADHD og autisme",
         "Spiseforstyrrelsesafsnittet", "Neonatalafsnittet N2", "Børneafsnit 45",
         "Dagafsnit for unge", "Afsnit for psykoser, afd. C"]
MEDS = ["Melatonin 3 mg x 1 til natten", "Concerta 36 mg x 1 morgen",
        "Medikinet 10 mg x 2", "Elvanse 30 mg x 1", "Sertralin 50 mg x 1",
        "Quetiapin 25 mg ved behov, max 2 gange dagligt", "Circadin 2 mg x 1",
        "Panodil 500 mg ved behov", "Atomoxetin (Strattera) 40 mg x 1",
        "Aripiprazol (Abilify) 5 mg x 1", "Fluoxetin 20 mg x 1", "Movicol junior 1 brev dagligt",
        "Ventoline inhalator 0,1 mg/dosis ved behov", "Ritalin Uno 20 mg x 1"]
MED_NAMES = ["Melatonin", "Concerta", "Medikinet", "Elvanse", "Sertralin", "Quetiapin",
             "Circadin", "Strattera", "Abilify", "Fluoxetin", "Ritalin Uno"]
DIAGNOSES = ["ADHD (DF90.0)", "infantil autisme (DF84.0)", "tilpasningsreaktion (DF43.2)",
             "moderat depressiv enkeltepisode (DF32.1)", "anoreksi (DF50.0)",
             "PTSD (DF43.1)", "tilknytningsforstyrrelse (DF94.1)", "obs. pro selvskade (DZ03.8)",
             "angsttilstand, uspecificeret (DF41.9)", "forsinket sproglig udvikling (DF80.9)",
             "opstemthed, obs. pro bipolar lidelse (DZ03.2)", "epilepsi (DG40.9)"]
# Interpreter language by name origin (used by the {role.lang} form).
ORIGIN_LANG = {"somali": "somalisk", "arabic": "arabisk", "iraqi": "arabisk", "kurdish": "kurdisk",
               "turkish": "tyrkisk", "afghan": "dari", "pakistani": "urdu", "polish": "polsk",
               "ukrainian": "ukrainsk", "romanian": "rumænsk", "bulgarian": "bulgarsk",
               "balkan": "bosnisk", "eritrean": "tigrinya", "ethiopian": "amharisk",
               "chinese": "mandarin", "thai": "thai", "filipino": "tagalog",
               "greenlandic": "grønlandsk", "faroese": "færøsk"}
LANGS = ["arabisk", "somalisk", "tigrinya", "amharisk", "polsk", "ukrainsk", "rumænsk",
         "bulgarsk", "kurdisk (sorani)", "kurmanji", "tyrkisk", "dari", "pashto", "urdu",
         "thai", "tagalog", "grønlandsk", "mandarin", "bosnisk", "engelsk"]
KLASSER = ["0.a", "1.b", "2.c", "3.a", "4.b", "5.x", "6.y", "7.a", "8.c", "9.b", "10. klasse",
           "modtageklassen", "specialklassen"]
ROOMS = ["mødelokale 2.14", "lokale 118", "mødelokale Fjorden", "Borgerservice, lokale 3",
         "mødelokale 4 i Familiehuset", "familiens stue", "skolens konferencerum",
         "mødelokale B.2.07", "lokale 1.05 på rådhuset"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PLACES = ["banegården", "stationen", "busterminalen", "indkøbscentret", "skolens boldbane",
          "legepladsen ved søen", "havnen", "tankstationen ved motorvejen", "Føtex",
          "Netto", "Rema 1000", "biblioteket", "stranden", "skaterbanen", "kirkegården"]
LAW_STRAF = ["straffelovens § 244", "straffelovens § 245", "straffelovens § 266",
             "straffelovens § 276", "straffelovens § 291", "straffelovens § 119",
             "lov om euforiserende stoffer", "knivloven", "færdselslovens § 117"]

# Laws and paragraphs used as look-alikes (restricted to the facts in domain.md plus
# well-known paragraphs of forvaltningsloven and aktivloven).
LAWS = ["barnets lov § 32", "barnets lov § 32, stk. 1", "§ 20 i barnets lov",
        "barnets lov § 18", "§ 19 i barnets lov", "barnets lov § 46", "barnets lov § 47",
        "§ 91 i barnets lov", "barnets lov § 137, stk. 2", "barnets lov § 5, stk. 3",
        "§ 6 i barnets lov (bisidder)", "servicelovens § 50", "servicelovens § 52, stk. 3",
        "servicelovens § 155", "servicelovens § 153", "forvaltningslovens § 19",
        "forvaltningslovens § 24", "forvaltningslovens § 25", "aktivlovens § 81",
        "aktivlovens § 34", "barnets lov §§ 132-135", "§ 30 i barnets lov",
        "Barnets Lov § 32", "serviceloven § 140"]

# Public numbers (not personal). PUBLIC_NUMBERS lists each shape used in the texts.
PUBLIC_PHRASES = ["112", "114", "1813", "Børnetelefonen på 116 111", "Akuttelefonen 1813",
                  "politiets servicenummer 114", "alarmcentralen på 112",
                  "Lægevagten på 1813", "Børns Vilkårs Børnetelefon 116 111"]
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "116111"]

# Payment and registry look-alikes of public bodies (not date-shaped).
ACCOUNTS = ["reg.nr. 2201 kontonr. 0004417250", "reg.nr. 1551 konto 0001102934",
            "reg.nr. 3180 kontonr. 0000317755", "reg.nr. 9570 konto 0011872003",
            "reg. 4420 kt. 0003365118", "reg.nr. 0216 kontonr. 4069024851"]
FIK = ["+71< 000000452781934 +85217754<", "+71< 000000019837465 +86914322<",
       "+73< +88441207<", "+71< 000000612094583 +84765301<"]
CVR = ["CVR-nr. 29189889", "CVR 55133018", "CVR-nr. 29188416", "CVR 29189692",
       "CVR-nr. 29189919"]
EAN = ["EAN 5798005770236", "EAN-nr. 5798007731952", "EAN 5798000562149"]
BADGE_FMT = ["tj.nr. {n4}", "pa. {n4}", "ID {n4}", "politinr. {n4}", "vicepolitikommissær, tj.nr. {n4}"]

SUBJECT_CLEAN = ["Netværksmøde i næste uge", "Opfølgning på underretning", "Referat fra teammødet",
                 "Sparring på sagen torsdag", "Aflysning af mødet", "PPR-udtalelse",
                 "Skolefravær – status", "Ny tid til børnefaglig undersøgelse",
                 "Bevilling af aflastning", "Børnesamtale – referat", "Overdragelse af sag",
                 "Status efter ferien", "Indkaldelse til statusmøde", "Spørgsmål om samtykke"]
SUBJECT_PLANTED = ["Netværksmøde vedr. {child.first}", "Bekymring for {child.first}",
                   "{child.fl} – fravær", "Underretning – {child.init}",
                   "Møde om {child.gen} skolegang", "Opfølgning ({child.first})",
                   "Status på {child.first}", "Aflastning til {child.first}?",
                   "SV: Kontaktoplysninger {mor.first}", "PPR-udtalelse {child.init}",
                   "Ny adresse", "Referat fra mødet", "Hjemmebesøg", "Fraværsoversigt",
                   "Vedr. {child.fl}, f. {child.dob}", "Vedr. {child.fl} ({child.cpr})",
                   "{child.caps} {child.dob} – skoleskift", "Elev: {child.fl}, født {child.dob}"]

# ===========================================================================
# TEMPLATES
# Each genre has: head (opening block), body (segments), close (closing block),
# short (stand-alone texts of 30-80 words). The e-mail genre has messages,
# header styles, signatures and disclaimers; the minutes genre has participant lines.
# ===========================================================================

PLANTED = {}
CLEAN = {}

# ---------------------------------------------------------------------------
# Genre 1: police notifications / døgnrapport
# ---------------------------------------------------------------------------
PLANTED["police"] = {
    "head": [
        "{police}\nUnderretning til {kommune}, {~Familieafdelingen|Børn og Familie|Myndighed Børn og Unge}\nJ.nr. {jnr}\nModtaget: {date} kl. {time}\n",
        "UDDRAG AF DØGNRAPPORT – {police}\nHændelsestidspunkt: {date}, kl. {time}\nHændelsessted: {sted.addr}\nPolitiets j.nr.: {jnr}\n",
        "Til {kommune}\nVedr.: underretning om barn under 18 år – politiets j.nr. {jnr}\n\nPolitiet skal hermed underrette om nedenstående hændelse, der involverer {child.full}, f. {child.dob}.\n",
        "Fra: {police}, Lokalpolitiet {town}\nDato: {date}\nSag: {jnr}\nBarnets navn: {child.caps}\nCPR: {child.cpr}\n",
        "POLITIETS UNDERRETNING OM BARN/UNG\nAnmeldt: {date} {time}   J.nr.: {jnr}\nBarn: {child.rev}, {child.cpr}\nBopæl: {child.addr}\n",
    ],
    "body": [
        "Kl. {time} modtog politiet anmeldelse fra {nabo.full}, tlf. {nabo.phone}, om råb og skrig fra lejligheden ved siden af. Patruljen ankom til {mor.addr} {~ca. 10 minutter senere|kort tid efter|efter cirka et kvarter} og traf {mor.full}, f. {mor.dob}, og hendes {child.sd} {child.first} på {child.age}.",
        "Involverede personer:\n1. {mor.caps}, cpr.nr. {mor.cpr}, {mor.addr}, tlf. {mor.phone}\n2. {susp.caps}, cpr.nr. {susp.cpr}, opholdsadresse {susp.addr}, tlf. {susp.phone}\n3. {child.caps}, f. {child.dob}, bor hos moderen\n",
        "{susp.full} blev anholdt kl. {time} og sigtet efter {law_straf}. {child.first} havde ifølge {mor.first} {~set det hele fra døråbningen|været i sit værelse under episoden|forsøgt at ringe 112 fra sin egen telefon}. {mor.first} havde et synligt mærke på kinden.",
        "Betjentene talte kort med {child.first}, der {~sagde|fortalte|oplyste}, at {child.pron} {~plejer at|nogle gange|tit} sover hos sin mormor, {mormor.full}, på {mormor.addr}, når det larmer derhjemme. {mormor.Hon} blev ringet op på {mormor.phone} og hentede {child.ham} kl. {time}.",
        "{child.full}, født {child.dob}, blev kl. {time} tilbageholdt af butikkens vagt i {town} for butikstyveri af varer for {amount}. Da {child.pron} er under 15 år, blev {child.pron} ikke sigtet. Faderen, {far.full}, blev kontaktet på {far.phone} og hentede {child.ham} på stationen.",
        "Rapporten er skrevet af politiassistent {off.full} ({badge}). Spørgsmål til sagen kan rettes til {off.first} {~på|via} {off.email} eller tlf. {off.phone}.",
        "Barnet præsenterede sig som \"{child.nick}\" og blev senere identificeret som {child.full}. {child.Noun} oplyste selv sin fødselsdato som {child.dob} og fortalte, at {child.nick} bor sammen med sin far, {far.full}, på {far.addr}.",
        "Vidne: {vidne.full}, f. {vidne.dob}, {vidne.addr}, mobil {vidne.phone}. {vidne.first} {~forklarede|oplyste}, at {child.first} og en ældre dreng havde kastet med sten mod busser ved stoppestedet {~i flere minutter|gentagne gange}.",
        "Føreren af løbehjulet, {child.full}, f. {child.dob}, kørte uden hjelm og med en passager. Passageren var {child.poss} {sib.bs} {sib.fl}, cpr. {sib.cpr}. Begge blev kørt hjem til {far.addr}, hvor {far.fl} tog imod dem.",
        "Kl. {time} anmeldte plejemor {plejemor.full} ({plejemor.phone}), at {child.first} (f. {child.dob}) ikke var kommet hjem til plejefamilien på {plejemor.addr}. {child.first} blev fundet kl. {time} hos sin morbror {onkel.full}, {onkel.addr}.",
        "{child.first} blev truffet i selskab med {onkel.full}, f. {onkel.dob}, som ikke kunne redegøre for, hvorfor {child.pron} var ude så sent. {onkel.last} opgav sin adresse som {onkel.addr} og sit nummer som {onkel.phone}.",
        "Da ingen af forældrene kunne træffes, kontaktede patruljen moster {moster.full} på {moster.phone}. {moster.Hon} tog {child.first} med hjem til {moster.street} og lovede at give {kommune} besked {~mandag|samme dag|næste morgen}.",
        "Ved visitation af {child.full} blev der fundet en foldekniv i {child.poss} jakke. {child.first} forklarede, at kniven tilhørte {child.poss} {sib.bs} {sib.first}. Kniven er beslaglagt, og forholdet er sendt til SSP-konsulent {kp.full}, {kp.email}.",
        "Kl. {time} blev {child.full} (f. {child.dob}) fundet stærkt beruset ved {place} i {town}. Ambulance blev tilkaldt. Efter tilsyn blev {child.first} overgivet til faderen, {far.hon}, mobil {far.phone}.",
        "Sagen er overgivet til efterforsker {off2.full}, {police}, der kan træffes på {off2.phone} på hverdage. Skriftlige henvendelser sendes til {off2.email} med angivelse af j.nr. {jnr}.",
        "Forurettede, {child.full} (f. {child.dob}), har via Snapchat modtaget beskeder fra en voksen mand. Moderen, {mor.full}, {mor.email}, har afleveret telefonen til politiet. Den mistænkte er identificeret som {susp.caps}, f. {susp.dob}, {susp.addr}.",
        "{mor.full} (f. {mor.dob}) talte kun lidt dansk, og der blev anvendt telefontolk, {tolk.full}, tlf. {tolk.phone}. Gennem tolken oplyste {mor.first}, at {child.first} og {sib.first} gik i skole, og at familien siden {month} havde boet på {mor.addr}.",
        "Opslag i CPR:\n{child.caps} – {child.cpr} – {child.addr}\n{mor.caps} – {mor.cpr} – samme adresse\n{far.caps} – {far.cpr} – {far.addr}\n",
        "{mor.full} og børnene, {child.first} ({child.age}) og {sib.first} ({sib.age}), blev i nattens løb kørt til et krisecenter. {mor.gen} søster, {moster.full}, er kontaktperson og kan træffes på {moster.phone} eller {moster.email}.",
        "Sigtet: {child.rev}, cpr.nr. {child.cpr}, {child.addr}. Forældremyndighedsindehaver: {mor.rev}, tlf. {mor.phone}. Sigtelsen angår hærværk mod {vidne.fullgen} bil på {sted.addr} natten til {weekday}. {vidne.last} har indgivet anmeldelse.",
        "{off.last} bemærkede, at lejligheden var meget uryddig, og at der ikke var mad i køleskabet. {child.gen} seng var en madras på gulvet. Der blev taget billeder, som kan rekvireres hos {off.full}.",
        "{mor.first} oplyste, at hun fra næste måned flytter til\n{mor.addr2}\nsammen med {child.first}. Hun ønskede ikke, at {susp.first} får adressen at vide.",
        "Anmelder var {child.gen} farmor, {farmor.full}, som ringede fra {farmor.phone}. Hun havde ikke hørt fra {far.first} i tre dage og var bekymret for børnene. Patruljen kørte til {far.addr}, hvor døren blev åbnet af {child.first}.",
        "{child.first} fortalte til {off.hon}, at {far.first} havde slået {child.ham} med en bøjle. Der sås røde mærker på {child.poss} overarm. Samtalen er optaget og kan udleveres til {kommune} efter aftale med {off2.hon}.",
        "Kl. {time} blev der ringet 112 fra {mor.phone}. Opkalderen, {mor.fl}, græd og sagde, at {partner.first} ikke ville gå. Ved patruljens ankomst til {mor.street} var {partner.full} (f. {partner.dob}) gået. Han blev senere truffet på {partner.addr}.",
    ],
    "close": [
        "Med venlig hilsen\n{off.sig}\nPolitiassistent, {police}\n{off.phone}",
        "Venlig hilsen\n{police}\nv/ {off.full}, {badge}",
        "Underretningen er sendt med sikker post. Ved spørgsmål kontakt vagthavende på 114 og oplys j.nr. {jnr}.",
        "/{off.init}",
        "Underretningen er afgivet af {off.full} på vegne af {police}. Direkte tlf. {off.phone}.",
    ],
    "short": [
        "Døgnrapport {date}, kl. {time}: Anholdt på {mor.addr}: {susp.full}, f. {susp.dob}, sigtet for vold. I lejligheden var {child.first} ({child.age}). Barnet blev hentet af mormoderen {mormor.full}, tlf. {mormor.phone}. Underretning sendt til {kommune}.",
        "J.nr. {jnr}. {child.caps}, f. {child.dob}, blev {date} kl. {time} fundet alene ved {place} i {town}. Faderen {far.full} ({far.phone}) hentede {child.ham}. Rapport ved pa. {off.last}.",
        "Kl. {time} anmeldte {nabo.full}, {nabo.addr}, at to små børn var alene hjemme hos naboen. Moderen {mor.full} kom hjem kl. {time} og oplyste sit nummer som {mor.phone}. Forholdet underrettes til kommunen.",
        "Politiet har {date} afhørt {child.full} (cpr {child.cpr}) som vidne i en sag om vold på {sted.addr}. Afhøringen blev foretaget i overværelse af {child.poss} mor, {mor.full}, og socialrådgiver {cw.full}.",
        "{police} underretter om {child.rev}, {child.cpr}, der {date} blev stoppet på knallert uden kørekort. Forældrene {mor.full} og {far.full}, {far.addr}, er orienteret. Kontakt: pa. {off.full}, {off.email}.",
        "Kort notits: {child.nick} ({child.fl}, f. {child.dob}) blev kl. {time} fulgt hjem til {far.addr} af patruljen. {far.first} var ikke hjemme; {faster.full} ({faster.phone}) kom kort efter.",
        "Underretning {date}: {mor.full}, {mor.addr}, blev kl. {time} anholdt for spirituskørsel med sin {child.sd} {child.first} ({child.age}) på bagsædet. Barnet blev afhentet af {ven.full}, {ven.phone}.",
    ],
}

CLEAN["police"] = {
    "head": [
        "{police}\nUnderretning til {kommune}, Børn og Familie\nJ.nr. {jnr}\nDato: {date}\n",
        "UDDRAG AF DØGNRAPPORT – {police}\nTidsrum: {date} kl. {time} til kl. {time}\n",
        "Til {kommune}, modtagelsen af underretninger\nFra: {police}, Lokalpolitiet {town}\nVedr.: barn under 18 år, j.nr. {jnr}\n",
        "POLITIETS UNDERRETNING\nJournalnummer: {jnr}   Kreds: {police}\nModtaget i {kommune}: {date} kl. {time}\n",
    ],
    "body": [
        "Kl. {time} blev patruljen kaldt til en lejlighed i {town} efter anmeldelse om husspektakler. På stedet traf patruljen moderen ({adult_age}) og to børn på henholdsvis {age} og {age}.",
        "Den anholdte, barnets far ({adult_age}), blev sigtet efter {law_straf} og løsladt kl. {time} efter afhøring. Sagen behandles videre af anklagemyndigheden.",
        "Barnet ({age}) oplyste til betjentene, at det ofte er alene hjemme om aftenen. Der var ikke mad i køleskabet, og lejligheden var præget af rod. Forholdet underrettes efter reglerne om underretningspligt.",
        "En 14-årig dreng blev kl. {time} tilbageholdt ved {place} for butikstyveri af varer til en værdi af {amount}. Da drengen er under den kriminelle lavalder, blev han ikke sigtet. Forældremyndighedsindehaveren hentede ham på stationen.",
        "Patruljen traf en pige på {age} alene ved {place} kl. {time}. Pigen kunne ikke oplyse, hvor hendes mor var. Hun blev kørt til vagthavende, hvor en sagsbehandler fra den sociale døgnvagt overtog.",
        "Ved visitation af den unge blev der fundet en foldekniv og en mindre mængde hash. Forholdet er sendt til SSP og til {kommune} til orientering, jf. reglerne om samarbejde mellem politi, skole og socialforvaltning.",
        "Anmelderen, en nabo, oplyste at have hørt råb og gråd i længere tid. Anmelderen ønsker at være anonym over for familien. Patruljen ankom kl. {time}.",
        "Moderen talte kun {lang}, og der blev anvendt telefontolk via politiets tolkeordning. Gennem tolken oplyste hun, at børnene var i skole om dagen, og at familien havde boet i lejligheden i to år.",
        "Sagen er overgivet til Efterforskningsenheden. Spørgsmål kan rettes til vagthavende på 114 med angivelse af j.nr. {jnr}. Der gøres opmærksom på, at politiet ikke kan udlevere rapporter uden samtykke fra anklagemyndigheden.",
        "Hændelsen fandt sted i en opgang i {town} natten til {weekday}. Ingen personer kom fysisk til skade. To voksne og et barn på {age} var til stede.",
        "Den unge ({age}) blev kl. {time} stoppet på en ulovlig knallert uden hjelm. Knallerten blev beslaglagt, og den unge blev kørt hjem. Forældrene er orienteret mundtligt.",
        "Politiet har {date} gennemført en videoafhøring af barnet i Børnehuset med deltagelse af en sagsbehandler fra kommunen. Videoafhøringen varede ca. 45 minutter.",
        "Barnet fortalte betjentene, at stedfaren havde slået med flad hånd. Der sås rødme på venstre kind. Barnet blev undersøgt af vagtlægen kl. {time}, og journalnotat er rekvireret.",
        "Anmeldelsen kom fra en skolelærer kl. {time}, som havde bemærket blå mærker på en elev i {klasse}. Skolen havde samtidig sendt en underretning til kommunen efter {law}.",
        "Der blev ringet 112 fra lejligheden kl. {time}. Ved patruljens ankomst var situationen rolig. Moderen ønskede ikke at indgive anmeldelse, men patruljen vurderede, at der skulle underrettes på grund af barnet på {age}.",
        "Under ransagningen blev der fundet en mindre mængde amfetamin i køkkenet. Et barn på {age} sov i soveværelset. Faderen ({adult_age}) blev anholdt og sigtet efter lov om euforiserende stoffer.",
        "Rapporten er udfærdiget af en politiassistent fra Lokalpolitiet {town} ({badge}). Kommunen bedes kvittere for modtagelsen inden for 24 timer.",
        "Barnet blev inden patruljen forlod stedet oplyst om, at det altid kan ringe til {public}, og i akutte situationer til 112.",
    ],
    "close": [
        "Med venlig hilsen\n{police}\nLokalpolitiet {town}",
        "Underretningen er sendt via sikker post. Kvittering bedes sendt til politikredsens fællespostkasse via sikker mail.",
        "Politiet har ikke yderligere bemærkninger. Ved akut behov for hjælp ringes 112.",
        "Venlig hilsen\nVagthavende, {police}",
    ],
    "short": [
        "Døgnrapport {date}, kl. {time}: Anholdt i lejlighed i {town}, mand ({adult_age}), sigtet efter {law_straf}. I lejligheden var et barn på {age}. Barnet blev overdraget til et familiemedlem. Underretning sendt til {kommune}. J.nr. {jnr}.",
        "J.nr. {jnr}. En pige på {age} blev {date} kl. {time} fundet alene ved {place}. Faderen blev kontaktet og hentede hende. Ingen sigtelser. Sagen underrettes til kommunen.",
        "Kl. {time} anmeldte en nabo, at to små børn var alene hjemme. Moderen kom hjem kl. {time}. Patruljen vurderede, at børnene var uskadte, men at forholdet skal underrettes til {kommune}.",
        "{police} underretter om en dreng på {age}, der {date} blev stoppet på knallert uden kørekort. Forældrene er orienteret. Sagen sendes også til SSP.",
        "Kort notits: En 15-årig blev kl. {time} fulgt hjem af patruljen efter at være fundet beruset ved {place}. Forælder var hjemme og tog imod. Underretning efter {law}.",
        "Underretning {date}: En mor ({adult_age}) blev anholdt for spirituskørsel med sit barn på {age} på bagsædet. Barnet blev afhentet af en voksen fra netværket. J.nr. {jnr}.",
    ],
}

# ---------------------------------------------------------------------------
# Genre 2: hospital and child-psychiatry records
# ---------------------------------------------------------------------------
PLANTED["hospital"] = {
    "head": [
        "{hospital}\nEPIKRISE\nPatient: {child.caps}   CPR: {child.cpr}\nIndlagt: {date}   Udskrevet: {date}\n",
        "Indlæggelsesnotat, {ward_name}\nNavn: {child.rev}\nFødselsdato: {child.dob}\nAdresse: {child.addr}\n",
        "{hospital} – {ward_name}\nDirekte tlf. til afsnittet: {ward.phone}\nVedr.: {child.full}, cpr.nr. {child.cpr}\n",
        "Journalnotat {date} kl. {time}\nPt.: {child.caps}, f. {child.dob} ({child.age})\nPårørende: {mor.full} (mor), tlf. {mor.phone}\n",
        "UDSKRIVELSESBREV\nTil: egen læge {doc2.full}, {doc2.addr}\nVedr.: {child.rev}, f. {child.dob}\n",
    ],
    "body": [
        "Kontaktårsag: {child.first} (f. {child.dob}) indlægges akut efter henvisning fra egen læge, {doc2.full}, pga. {~selvskadende adfærd og tiltagende isolation|vægttab og madrestriktion|svær søvnforstyrrelse og udadreagerende adfærd}. {child.Pron} ledsages af moderen, {mor.full}, som oplyser, at problemerne er taget til siden {month}.",
        "Objektivt: {child.first} fremstår træt og afvisende, men svarer relevant på spørgsmål. Der er ingen tegn på psykose. Overlæge {doc.full} vurderer, at {child.pron} kan udskrives til hjemmet med tæt opfølgning i ambulatoriet.",
        "Medicin ved udskrivelse: {med}. Desuden {med}. Ordineret af {doc.dr}. Recepten er sendt til apoteket, og {far.first} henter medicinen.",
        "Pårørende: Mor {mor.full}, f. {mor.dob}, {mor.addr}, tlf. {mor.phone}. Far {far.full}, {far.addr}, tlf. {far.phone}, mail {far.email}. Forældrene har fælles forældremyndighed.",
        "Sygeplejerske {nurse.first} har i løbet af natten observeret, at {child.first} kun sov cirka tre timer. {child.gen} mor ringede kl. {time} til afsnittet og blev beroliget af {nurse.full}.",
        "Under indlæggelsen fremkom oplysninger, der giver anledning til bekymring for {child.gen} trivsel i hjemmet. Der er derfor sendt underretning til {kommune} ved socialrådgiver {cw.full} ({cw.email}, {cw.phone}).",
        "Socialanamnese: {child.first} bor hos sin far, {far.full} ({far.cpr}), på {far.addr}. Forældrene blev skilt for {~tre|fire|seks} år siden. Moren, {mor.full}, bor på {mor.addr} og ser {child.ham} hver anden weekend.",
        "Planlagt opfølgning: Samtale i ambulatoriet {date} kl. {time} med psykolog {psy.full}. Ved forværring kan forældrene kontakte afsnittet døgnet rundt på {ward.phone} eller ringe 1813.",
        "Udskrivelsesbrev er sendt til egen læge {doc2.full}, {doc2.addr}, samt til sundhedsplejerske {sp.full}, {sp.email}.",
        "Ved samtale alene med {child.first} fortæller {child.pron}, at {child.pron} ikke vil hjem til {partner.first}, som er {mor.gen} kæreste. {child.first} siger, at {partner.first} \"råber hele tiden\". Samtalen er dokumenteret af {nurse.full} og overlæge {doc.last}.",
        "Blodprøver {date}: hæmoglobin, elektrolytter og TSH normale. Vægt {kg} kg. Undersøgelsen er foretaget af læge {doc2.full} i samarbejde med sygeplejerske {nurse.hon}.",
        "Diagnose: {diag}. Differentialdiagnostisk overvejes {diag}, jf. {doc2.fullgen} henvisning. Journalen er gennemgået af {doc.full}, speciallæge i børne- og ungdomspsykiatri, {date}.",
        "Tolk: Der har været anvendt {mor.lang} tolk ({tolk.full}, tlf. {tolk.phone}) ved alle samtaler med {mor.hon}, da hun ikke taler dansk.",
        "{mor.fl} oplyser, at familien netop er flyttet fra {mor.addr} til en ny lejlighed. Den nye adresse er endnu ikke registreret i CPR. Telefonnummeret er uændret: {mor.phone}.",
        "Aftalt med socialrådgiver {cw.first} fra {kommune}, at {child.first} ved udskrivelse køres til plejefamilien, {plejemor.full} og {plejefar.full},\n{plejemor.addr2}\n",
        "Kontaktsygeplejerske: {nurse.full}, træffes på {nurse.phone} alle hverdage mellem kl. 8 og 15. Afsnittets sekretær kan kontaktes på {ward.phone}.",
        "Ved stuegang {date} deltog {doc.full}, {doc2.full}, sygeplejerske {nurse.first} og faderen {far.full}. Det blev besluttet at trappe {med_name} ud over 14 dage.",
        "Sundhedsplejerske {sp.full} har oplyst, at {child.first} ved 2-årsbesøget vejede under 3. percentil. Hun kan kontaktes på {sp.phone}.",
        "Forælder/værge: {mor.rev}, cpr {mor.cpr}. Samtykke til videregivelse af oplysninger til {kommune} er indhentet mundtligt {date} og noteret af {nurse.init}.",
        "Mormor, {mormor.full}, f. {mormor.dob}, har været på besøg dagligt og har tilbudt, at {child.first} kan bo hos hende på {mormor.addr} efter udskrivelsen. Hun kan kontaktes på {mormor.phone}.",
        "{child.first} har været indlagt på {hospital_short} i {month} med samme problemstilling. Dengang var behandlende læge {doc2.full}. Epikrisen derfra er rekvireret via e-mail til {doc2.email}.",
        "Under indlæggelsen har {child.first} haft daglig skoleundervisning ved hospitalsundervisningen. Kontakt til klasselærer {teacher.full} ({teacher.email}) er etableret med forældrenes samtykke.",
        "Moderen, {mor.full} (f. {mor.dob}), oplyser selv at være i behandling for depression hos egen psykiater. Hun giver samtykke til, at afdelingen kontakter faderen, {far.hon}, på {far.phone}.",
    ],
    "close": [
        "Med venlig hilsen\n{doc.sig}\nOverlæge, {ward_name}",
        "Dikteret af: {doc.full} – Skrevet: {date} – Godkendt: {doc.init}",
        "Kopi til: egen læge {doc2.full}; {kommune}, att. {cw.full}.",
        "Spørgsmål vedrørende epikrisen kan rettes til afsnittet på {ward.phone}.",
        "Venlig hilsen\n{nurse.sig}, sygeplejerske\nfor overlæge {doc.full}",
    ],
    "short": [
        "Epikrise ({date}): {child.full}, cpr {child.cpr}, udskrevet til hjemmet. Medicin: {med}. Opfølgning hos {psy.full} om tre uger. Forældre: {mor.full}, {mor.phone}; {far.full}, {far.phone}. /{doc.last}",
        "Journalnotat kl. {time}: Mor ({mor.full}) ringer fra {mor.phone} og spørger til {child.gen} medicin. Oplyst om dosis af {med_name}. Hun kommer på besøg i morgen. Sygeplejerske {nurse.full}.",
        "Akut modtaget: {child.caps}, f. {child.dob}, bragt af faderen {far.full} (f. {far.dob}). Bopæl: {far.addr}. Vagthavende læge: {doc2.full}. Underretning til {kommune} sendes i dag.",
        "Henvisning til BUP: {child.full} ({child.cpr}), {child.addr}. Henvisende læge {doc2.full}, {doc2.email}. Spørgsmål: udredning for ADHD/autisme. Forældre: {mor.first} og {far.fl}.",
        "Kontaktoplysninger pårørende: {mormor.full} (mormor), {mormor.phone}, {mormor.addr}. Må kontaktes ved akut behov. Notat ved {nurse.full}, {date}.",
        "Ambulant kontrol {date}: {child.fl} (f. {child.dob}) mødte med {~moren|faren|plejemor}. Vægt {kg} kg. Fortsætter {med}. Næste kontrol hos {doc.dr}. Direkte nr. til ambulatoriet: {ward.phone}.",
    ],
}

CLEAN["hospital"] = {
    "head": [
        "{hospital}\nEPIKRISE\nPatient: Barn A ({age})\nIndlagt: {date}   Udskrevet: {date}\n",
        "Indlæggelsesnotat, {ward_name}\nPatient: pige, {age}\nHenvist af: egen læge\n",
        "{hospital} – {ward_name}\nJournalnotat {date} kl. {time}\n",
        "UDSKRIVELSESBREV (anonymiseret eksempel)\nAfdeling: {ward_name}\nStue {n2}, seng {n1}\n",
    ],
    "body": [
        "Kontaktårsag: Barnet indlægges akut efter henvisning fra egen læge pga. {~selvskadende adfærd|vægttab og madrestriktion|svær søvnforstyrrelse}. Barnet ledsages af moderen, som oplyser, at problemerne er taget til siden {month}.",
        "Objektivt: Patienten fremstår træt og afvisende, men svarer relevant på spørgsmål. Ingen tegn på psykose. Overlægen vurderer, at patienten kan udskrives med tæt opfølgning i ambulatoriet.",
        "Medicin ved udskrivelse: {med}. Desuden {med}. Recepten er sendt elektronisk til apoteket.",
        "Diagnose: {diag}. Differentialdiagnostisk overvejes {diag}.",
        "Blodprøver {date}: hæmoglobin, elektrolytter og TSH normale. Vægt {kg} kg, BMI under 3. percentil. EKG uden bemærkninger.",
        "Under indlæggelsen fremkom oplysninger, der giver anledning til bekymring for barnets trivsel. Der er sendt underretning til {kommune} efter {law}.",
        "Planlagt opfølgning: Samtale i ambulatoriet om tre uger. Ved forværring kan forældrene kontakte Akuttelefonen 1813 eller i akutte situationer ringe 112.",
        "Socialanamnese: Barnet bor hos far og ser mor hver anden weekend. Der er to halvsøskende på henholdsvis {age} og {age}. Familien har en sag i kommunen efter {law}.",
        "Tolk: Der har været anvendt {lang} tolk ved alle samtaler med forældrene. Forældrene er informeret om diagnosen og behandlingsplanen.",
        "Ved stuegang deltog overlæge, reservelæge, kontaktsygeplejerske og faderen. Det blev besluttet at trappe {med_name} ud over 14 dage og evaluere efter fire uger.",
        "Barnet har under indlæggelsen modtaget undervisning ved hospitalsskolen tre timer dagligt. Kontakt til barnets klasselærer er etableret med forældrenes samtykke.",
        "Samtykke til videregivelse af oplysninger til kommunen er indhentet mundtligt {date} og journalført. Forældrene er orienteret om, at underretningspligten går forud for tavshedspligten.",
        "Sygeplejersken har observeret, at patienten kun sov cirka tre timer om natten. Der er opstartet søvnskema og {med}.",
        "Udskrivelsesbrev er sendt til egen læge og til sundhedsplejen via sikker e-mail. Kopi til kommunens socialrådgiver efter samtykke.",
        "Patienten er flyttet fra stue {n2} til stue {n2} for at skærme mod de øvrige indlagte. Fast vagt er ophørt {date} kl. {time}.",
        "Forældrene er vejledt om at fjerne medicin og skarpe genstande fra hjemmet. Der er udleveret pjece om selvskade fra Psykiatrifonden.",
        "Patienten har fået et kort med {public} og nummeret til Akuttelefonen 1813. Ved udskrivelsen er der aftalt telefonkontakt med afsnittet næste hverdag.",
        "Ved samtale alene med barnet fortæller det, at det er bange for morens kæreste. Samtalen er dokumenteret ordret i journalen og indgår i underretningen.",
        "Barnet blev vurderet af børneortopæd {date}. Røntgen af venstre underarm viste en ældre fraktur, som forældrene ikke kunne redegøre for. Socialpædiatrisk team er inddraget.",
    ],
    "close": [
        "Med venlig hilsen\nOverlæge, {ward_name}",
        "Dikteret af overlægen – skrevet {date} – godkendt elektronisk.",
        "Kopi til: egen læge; {kommune}, Børn og Familie.",
        "Spørgsmål vedrørende epikrisen kan rettes til afdelingens sekretariat via sundhed.dk.",
    ],
    "short": [
        "Epikrise ({date}): Barn A ({age}) udskrevet til hjemmet. Medicin: {med}. Opfølgning i ambulatoriet om tre uger. Forældrene er informeret. Ved forværring kontaktes 1813.",
        "Journalnotat kl. {time}: Mor ringer og spørger til barnets medicin. Oplyst om dosis af {med_name}. Hun kommer på besøg i morgen. Notat ved kontaktsygeplejersken.",
        "Akut modtaget: dreng, {age}, bragt af faderen efter fald fra trappe. Røntgen viser fraktur af højre underarm. Underretning til {kommune} overvejes efter {law}.",
        "Henvisning til BUP: pige, {age}. Spørgsmål: udredning for {diag}. Henvisende læge ønsker svar inden otte uger. Forældre er orienteret og giver samtykke.",
        "Ambulant kontrol {date}: Patienten mødte med plejemor. Vægt {kg} kg. Fortsætter {med}. Næste kontrol om seks uger i {ward_name}.",
    ],
}

# ---------------------------------------------------------------------------
# Genre 3: forwarded e-mail chains between professionals
# A message: (author role, recipient role, wants signature, body). Headers and
# signatures are generic and use the aliases A (author), R (recipient), C (cc).
# ---------------------------------------------------------------------------
PLANTED["email"] = {
    "msg": [
        ("cw", "teacher", True, "Hej {R.first}\n\nTak for din mail. Jeg har talt med {mor.hon} i går, og hun er indforstået med, at vi holder et netværksmøde. Kan du {date} kl. {time}? Jeg inviterer også {psy.full} fra PPR."),
        ("cw", "psy", True, "Hej alle\n\nJeg videresender lige nedenstående fra {paed.first} i børnehaven. Det drejer sig om {child.full} (f. {child.dob}, cpr {child.cpr}), som vi drøftede på teammødet i sidste uge."),
        ("teacher", "cw", True, "Kære {R.first}\n\n{child.first} (f. {child.dob}) har igen været fraværende hele ugen. Jeg har ringet til far på {far.phone} flere gange uden svar. Mor har et nyt nummer, {mor.phone}, som hun har skrevet på Aula."),
        ("paed", "cw", True, "Hej {R.first}\nJeg har prøvet at ringe til {mor.first} på {mor.phone}, men nummeret er lukket. Har I en anden adresse end {mor.addr}? Brevet om forældresamtale er kommet retur."),
        ("teacher", "cw", True, "Til orientering: {child.gen} far, {far.full}, har i dag ringet til skolen fra et udenlandsk nummer ({far.fphone}) og bedt om at måtte hente {child.ham}. Jeg sagde nej med henvisning til jeres aftale."),
        ("psy", "cw", True, "Hej {R.first}\n\nVedhæftet er PPR-udtalelsen om {child.first}, som {teacher.lastgen} klasse også har bidraget til. Jeg testede {child.ham} {date}, og resultaterne ligger i den nedre del af normalområdet. Jeg deltager gerne i mødet, men kan ikke om fredagen."),
        ("cw", "teacher", True, "Hej {R.first}\nJeg kan oplyse, at {child.first} (f. {child.dob}) nu bor hos sin mormor, {mormor.full}, {mormor.addr}. Hun kan kontaktes på {mormor.phone} og vil gerne deltage i mødet."),
        ("cw", "psy", True, "Mor bad mig sende hendes private mail videre, så I kan skrive direkte: {mor.email}. Hun foretrækker mail frem for Digital Post."),
        ("paed", "cw", True, "Kort status fra SFO: {child.nick} (som {child.pron} selv kalder sig, f. {child.dob}) har haft en god uge. Jeg har aftalt med {mor.first}, at {child.pron} bliver hentet af {onkel.full} om torsdagen."),
        ("cw", "leder", True, "Hej {R.first}\n\nKan du godkende, at vi bevilger aflastning til {child.first}? Se min vurdering nedenfor. Familiens adresse er {mor.addr}, hvis du skal bruge den til bevillingen."),
        ("kp", "cw", True, "Hej {R.first}\nJeg har været på hjemmebesøg hos {far.hon} på {far.addr}. Lejligheden var ryddelig, og {sib.first} var hjemme fra skole med feber. {far.first} spurgte til næste samvær."),
        ("teacher", "psy", True, "NB: Vær opmærksom på, at {child.first} er registreret som {child.caps}, født {child.dob}, i skolens system med cpr {child.cpr}, men familien bruger kaldenavnet {child.nick}."),
        ("cw", "teacher", True, "Jeg er på kursus torsdag og fredag. I akutte tilfælde kontakt min kollega {cw2.full} på {cw2.phone} eller {cw2.email}."),
        ("sp", "cw", True, "Hej {R.first}\nJeg vil gerne sættes cc på den videre korrespondance. Jeg har fulgt {sib.first} siden fødslen (f. {sib.dob}) og kender familien godt. Mor har givet samtykke."),
        ("cw", "psy", True, "Hej {R.first}\nKan du nå at observere {child.first} i klassen inden mødet? {child.Pron} går i {klasse} hos {teacher.hon}. Skolens kontor har numrene til forældrene: {mor.phone} (mor) og {far.phone} (far)."),
        ("mor", "cw", False, "hej {R.first}\nvi er blevet enige om at post fremover skal sendes til {far.first}:\n{far.full}\n{far.addr2}\nmvh {A.first}\n\nSendt fra min iPhone"),
        ("teacher", "cw", True, "{child.first} fortalte i dag i frikvarteret, at {partner.first} (mors kæreste) havde slået {sib.first}. Jeg har skrevet ordret ned, hvad {child.pron} sagde, og sender det som underretning via sikker mail i eftermiddag."),
        ("far", "teacher", False, "Hej\nJeg er {child.gen} far. Jeg har ikke fået nogen information fra skolen siden sommerferien. Min mail er {A.email}, og mit nummer er {A.phone}. Jeg bor nu på {far.addr}.\nHilsen {A.full}"),
        ("cw", "mor", True, "Kære {R.first}\n\nTak for snakken i dag. Som aftalt sender jeg indkaldelsen til mødet {date} kl. {time} i {room}. Din bisidder, {bisid.full}, er også inviteret på {bisid.email}."),
        ("leder", "cw", False, "Godkendt. Husk partshøring af {far.full} inden afgørelsen. Han har ny adresse: {far.addr}.\n/{A.init}"),
        ("psy", "teacher", True, "Hej {R.first}\nTak for observationerne. Jeg ringer til {mor.gen} mobil ({mor.phone}) i morgen og foreslår en samtale. Hvis {far.first} skal med, bruger jeg {far.email}."),
        ("kp", "cw", True, "Hej {R.first}\n{child.first} har været hos sin farmor, {farmor.full}, i weekenden på {farmor.addr}. Farmor ringede fra {farmor.phone} og sagde, at det var gået fint."),
    ],
    "hdr": [
        "Fra: {A.full} <{A.email}>\nSendt: {weekday} {date} {time}\nTil: {R.full} <{R.email}>\nEmne: {~SV: |VS: |}{subject}\n",
        "From: {A.full} <{A.email}>\nSent: {date_en} {time}\nTo: {R.email}\nCc: {C.email}\nSubject: {~RE: |FW: |}{subject}\n",
        "Fra: {A.rev}\nTil: {R.rev}; {C.rev}\nDato: {date}\nEmne: {~Sv: |Vs: |}{subject}\n",
        "Fra: {A.email}\nTil: {R.email}\nEmne: {subject}\n",
        "Fra: \"{A.full}\" <{A.email}>\nDato: {date} kl. {time}\nTil: {R.full}\nCc: {C.full} <{C.email}>\nEmne: {~SV: |}{subject}\n",
    ],
    "intro": [
        "Den {date} kl. {time} skrev {A.full} <{A.email}>:",
        "{weekday} {date} {time} skrev {A.fl}:",
        "On {date_en}, {A.full} <{A.email}> wrote:",
        "Den {date} skrev {A.email}:",
    ],
    "sig_pro": [
        "Venlig hilsen\n{A.sig}\n{A.title} | {kommune}\nDirekte: {A.phone} | Mail: {A.email}",
        "Mvh\n{A.first}\n\n{A.sig}\n{A.title}\nTlf. {A.phone}",
        "Med venlig hilsen\n\n{A.sig}\n{A.title}\n{kommune}\nMobil: {A.phone}\n{A.email}",
        "/{A.first}\n{A.sig} – {A.title}\n{A.phone}",
        "Bedste hilsner\n{A.sig}\n{A.title}\nT: {A.phone}",
        "Hilsen {A.first}\n{A.sig}, {A.title}\n{A.phone} · {A.email}",
        "{A.sig}\n{A.title}\nTelefontid mandag-torsdag kl. 9-10 på {A.phone}",
        "Venlig hilsen\n{A.init}",
    ],
    "sig_private": ["Sendt fra min iPhone", "mvh {A.first}", "Hilsen {A.sig}\n{A.phone}", "{A.first}"],
}

DISCLAIMERS = [
    "Denne e-mail kan indeholde fortrolige og personfølsomme oplysninger. Hvis du ikke er den rette modtager, bedes du slette den og give afsenderen besked.",
    "Husk at sende personfølsomme oplysninger via sikker mail.",
    "{kommune} behandler personoplysninger efter databeskyttelsesforordningen. Læs mere på kommunens hjemmeside.",
    "*** Sikker mail – krypteret ved afsendelse ***",
    "Tænk på miljøet, før du printer denne mail.",
]

CLEAN["email"] = {
    "msg": [
        ("Myndighedsrådgiver, Team Vest", "Klasselærer, {klasse}", "Hej\n\nTak for din mail. Jeg har talt med mor i går, og hun er indforstået med, at vi holder et netværksmøde. Kan du {date} kl. {time}? Jeg inviterer også psykologen fra PPR."),
        ("Myndighedsrådgiver, Team Øst", "PPR", "Hej alle\n\nJeg videresender nedenstående fra børnehaven. Sagen tages op til faglig sparring på teammødet torsdag, hvor sagsejer præsenterer med genogram og tidslinje."),
        ("Klasselærer, {klasse}", "Myndighedsrådgiver", "Kære rådgiver\n\nEleven har igen været fraværende hele ugen (samlet fravær i skoleåret: {pct} %). Vi har forsøgt at ringe til forældrene uden held. Vi overvejer at sende en underretning efter {law}."),
        ("PPR – psykolog", "Myndighedsrådgiver", "Hej\nJeg har testet barnet {date}, og resultaterne ligger i den nedre del af normalområdet. Udtalelsen er vedhæftet som PDF og journaliseret på sagsnr. {sagsnr}."),
        ("Skoleleder", "Børn og Familie", "Til orientering: Barnets far har i dag ringet til skolen og bedt om at måtte hente barnet. Skolen har afvist med henvisning til aftalen med forvaltningen."),
        ("Myndighedsrådgiver", "Afdelingsleder, Myndighed", "Kan du godkende bevillingen af aflastning efter {law}? Min vurdering ligger i journalen under dags dato. Udgiften er beregnet til {amount} pr. måned."),
        ("Myndighedsrådgiver", "Skoleleder", "Jeg er på kursus torsdag og fredag. I akutte tilfælde kontakt den sociale døgnvagt via kommunens hovednummer {switchboard} eller ring 112."),
        ("Sundhedsplejen", "Myndighedsrådgiver", "Hej\nSundhedsplejen beder om at blive sat cc på den videre korrespondance, da vi har fulgt lillesøster siden fødslen. Forældrene har givet samtykke."),
        ("Pædagog, SFO", "Klasselærer, {klasse}", "Kort status fra SFO: Barnet har haft en god uge og deltager mere i fællesaktiviteter. Vi fortsætter med de visuelle dagsskemaer og evaluerer om fire uger."),
        ("Faglig koordinator, Børn og Familie", "Team Syd", "Efter teammødet: Vi holdt os til den faste ramme med ti minutters præsentation, otte minutters opklarende spørgsmål og en refleksionsrunde på et kvarter, hvor sagsejer lyttede. Sagsejer ønskede sparring på, om der skal iværksættes en børnefaglig undersøgelse efter § 20."),
        ("Afdelingsleder, Myndighed", "Myndighedsrådgiver", "Husk, at den børnefaglige undersøgelse skal være afsluttet inden for fire måneder, jf. barnets lov § 20, stk. 3. Fristen i denne sag udløber {date}."),
        ("Myndighedsrådgiver", "Familiebehandler", "Referatet af børnesamtalen ligger nu i journalen. Barnet ønskede ikke, at læreren skulle høre om samtalen. Vi drøfter, hvordan det håndteres, på mødet {date}."),
        ("Modtagelsen, Børn og Unge", "Skoleleder", "Vi har modtaget underretningen {date} kl. {time} og har inden for 24 timer vurderet, at der ikke er behov for akut indsats. Denne mail er kvittering til underretter."),
        ("Faglig koordinator", "Afdelingsleder", "Jeg foreslår, at vi tager sagen med til ledelsestilsyn i næste måned. Der er truffet afgørelse efter § 32, og barnets plan skal revideres."),
        ("Skolesekretær", "Myndighedsrådgiver", "Hej\nSkolen har et ledigt mødelokale ({room}) onsdag kl. {time}. Mor ønsker at have en bisidder med, jf. § 6 i barnets lov."),
        ("Myndighedsrådgiver", "Faglig koordinator", "Kan du sende mig ICS-trekanten fra sidste møde? Jeg mangler især dimensionerne under Familie og netværk: familieforhold og baggrund, bolig, beskæftigelse og økonomi samt socialt netværk."),
        ("Sekretariatet, Børn og Unge", "Alle i Team Nord", "Mødet er aflyst pga. sygdom. Ny tid følger. Husk, at forældrene skal have indkaldelsen senest fem hverdage før."),
        ("Familiebehandler", "Myndighedsrådgiver", "Hej\nVi har nu haft otte sessioner med familien. Skaleringen på sikkerhedsmålet er steget fra 3 til 6. Jeg anbefaler, at indsatsen efter {law} forlænges med tre måneder."),
    ],
    "hdr": [
        "Fra: {arole}\nSendt: {weekday} {date} {time}\nTil: {rrole}\nEmne: {~SV: |VS: |}{subject_clean}\n",
        "From: {arole}\nSent: {date_en} {time}\nTo: {rrole}\nSubject: {~RE: |FW: |}{subject_clean}\n",
        "Fra: {arole}\nTil: {rrole}\nDato: {date}\nEmne: {subject_clean}\n",
        "Fra: {arole} ({kommune})\nDato: {date} kl. {time}\nTil: {rrole}\nCc: Sagens journal\nEmne: {~SV: |}{subject_clean}\n",
    ],
    "intro": [
        "Den {date} kl. {time} skrev {arole}:",
        "{weekday} {date} {time} skrev {arole}:",
        "On {date_en}, {arole} wrote:",
    ],
    "sig": [
        "Venlig hilsen\n{arole}\n{kommune}\nHovednummer: {switchboard}",
        "Mvh\n{arole}",
        "Med venlig hilsen\n{arole}\nBørn og Familie | {kommune}",
        "Hilsen\n{arole}\nTelefontid mandag-torsdag kl. 9-10 via hovednummeret",
    ],
}

# ---------------------------------------------------------------------------
# Genre 4: speech-to-text transcripts (dictation, phone calls)
# Written in spoken style on purpose: little punctuation, fillers, digits.
# ---------------------------------------------------------------------------
PLANTED["transcript"] = {
    "head": [
        "[Diktat {date} – {cw.lower}]\n",
        "Automatisk transskription af telefonopkald {date} kl. {time}. Kvalitet: middel.\n",
        "DIKTAT journalnotat sag {sagsnr}\n",
        "Transskription (tale til tekst) – samtale mellem rådgiver og {mor.lower}\n",
        "[lydfil {n4}.m4a – transskriberet automatisk – ikke rettet]\n",
    ],
    "body": [
        "ja så er det notat vedrørende {child.fl} øh cpr {child.cpr} altså jeg har talt med mor i dag hun hedder {mor.first} og hun bor stadig på {mor.addr} men hun siger at hun skal flytte inden længe",
        "øh mor ringer fra nummeret {mor.phone} og hun er meget ked af det fordi {child.first} ikke er kommet hjem i nat og hun har ringet rundt til alle vennerne også til {ven.first} altså {ven.full} tror jeg hun hedder",
        "altså {child.pron} er født den {child.dob} så {child.pron} er {child.age} nu og går i {klasse} og læreren hedder øh {teacher.ph} eller {teacher.fl} tror jeg det staves",
        "far har givet mig sin mail den er {far.email} og så har han et nyt nummer {far.phone} det skal lige rettes i systemet øh og så",
        "notat fortsat øh morfar {morfar.full} har ringet han bor på {morfar.addr} og vil gerne have {child.first} hver anden weekend han siger at han har talt med {mor.first} om det og hun er med på den",
        "taler 1 ja hallo det er {cw.first} fra kommunen\ntaler 2 ja hej det er {mor.first}\ntaler 1 ja hej {mor.first} jeg ringer lige angående mødet på torsdag\ntaler 2 nå ja øh jeg ved ikke om {partner.first} kan komme han arbejder",
        "så har jeg talt med skolen altså med {teacher.hon} og {teacher.pron} siger at {child.first} født {child.dob} har været fraværende i 14 dage sidste måned og at {child.pron} sover i timerne øh",
        "øh og så er der den her onkel {onkel.ph} eller {onkel.first} altså mors bror ham har børnene været ude hos på {onkel.addr} i efterårsferien og det gik fint siger mor",
        "ja og mors cpr nummer er {mor.cpr} og {child.gen} er {child.cpr} øh det skal lige tjekkes op mod cpr registret for jeg er ikke helt sikker på sidste ciffer",
        "plejemor {plejemor.lower} ringer og fortæller at {child.nick} altså {child.first} har haft en rigtig god uge hun siger at de har været ude hos farmor {farmor.full} i {town} og det gik godt hun kan kontaktes på {plejemor.phone}",
        "jeg skal lige huske at skrive til psykologen {psy.full} på mail {psy.email} om at rykke for udtalelsen den skulle have været her i sidste uge",
        "taler 2 altså jeg bor ikke der mere jeg bor hos min veninde {ven.first} nu på {ven.addr}\ntaler 1 okay og hvad er dit nummer nu\ntaler 2 det er {mor.phone}",
        "mor staver navnet {child.ph} men i cpr står der {child.first} så vi skriver det som i cpr øh {sib.bs} hedder {sib.lower} og er født {sib.dob}",
        "så har der været en episode i weekenden hvor far {far.first} altså {far.full} stod ude foran opgangen på {mor.street} og råbte og naboen {nabo.lower} ringede til politiet",
        "og jeg har sagt til {child.first} at {child.pron} altid kan ringe til børnetelefonen på 116 111 eller til {kp.first} på {kp.phone}",
        "kontaktpersonen {kp.full} har givet sit direkte nummer det er {kp.phone} og {kp.pron} skal have besked hvis {child.first} ikke møder op på onsdag",
        "og så mailadressen til mor er {mor.email} nej vent jeg gentager {mor.email} ja sådan",
        "øh familien har også en ældre søn {sib.first} født {sib.dob} som er flyttet hjemmefra han bor på {sib.addr} og kan godt være en ressource for {child.first} siger mor",
        "taler 2 ja det er {farmor.fl} altså farmor\ntaler 1 ja hej\ntaler 2 jeg bor jo på {farmor.addr} og der er plads til {child.first} hvis det er det\ntaler 1 det er godt at vide",
        "far er født {far.dob} øh og han har cpr {far.cpr} han siger at han har boet i {town} siden han kom til landet og at hans bror {onkel.full} også bor der",
        "øh hun siger at {child.nick} som de kalder {child.ham} derhjemme ikke vil i skole og at {child.pron} græder om morgenen og at {teacher.lower} har ringet flere gange",
        "nå ja og så sundhedsplejersken {sp.ph} altså {sp.full} har ringet fra {sp.phone} hun er bekymret for vægten på den lille {sib.first} som er født {sib.dob}",
        "taler 1 kan du give mig din adresse\ntaler 2 ja det er {mor.addr}\ntaler 1 og dit telefonnummer\ntaler 2 {mor.phone} men den er tit slukket så ring hellere til min mor {mormor.first} på {mormor.phone}",
    ],
    "close": [
        "slut diktat",
        "[opkald afsluttet {time}]",
        "diktat afsluttet {cw.init}",
        "[transskription slut – ikke korrekturlæst]",
        "det var det øh slut på diktat {cw.first} {date}",
    ],
    "short": [
        "notat {date} mor {mor.first} ringede fra {mor.phone} {child.first} er syg i dag og kommer ikke til mødet med {psy.first} hun vil gerne have ny tid og hun bor stadig på {mor.addr}",
        "diktat øh {child.full} født {child.dob} cpr {child.cpr} flyttet til far {far.full} på {far.addr} pr 1 i måneden skal have ny skole øh det var det",
        "taler 1 hej det er {cw.first}\ntaler 2 hej det er {farmor.fl} farmor til {child.first} altså {child.nick}\ntaler 1 hej ja\ntaler 2 jeg ville bare sige at mit nummer er {farmor.phone} hvis I skal bruge det",
        "øh kort notat far ringer han hedder {far.ph} eller nej {far.first} han vil ikke have at mor flytter med børnene til {town} og hans mail er {far.email} så vi skal svare ham skriftligt",
        "ja så skal vi lige have rettet adressen for {child.fl} født {child.dob} det er nu {child.addr} og mors nummer er {mor.phone} øh det var det",
        "notat mor {mor.lower} født {mor.dob} ringer angående boligen hun bor på {mor.addr} og udlejer {landlord.full} vil smide dem ud fordi der mangler husleje",
    ],
}

CLEAN["transcript"] = {
    "head": [
        "[Diktat {date} – myndighedsrådgiver]\n",
        "Automatisk transskription af telefonopkald {date} kl. {time}. Kvalitet: middel.\n",
        "DIKTAT journalnotat sag {sagsnr}\n",
        "[lydfil {n4}.m4a – transskriberet automatisk – ikke rettet]\n",
    ],
    "body": [
        "ja så er det notat vedrørende barnet øh sagen er den her underretning fra skolen altså jeg har talt med mor i dag og hun siger at hun skal flytte inden længe men hun ved ikke hvornår",
        "øh mor ringer og hun er meget ked af det fordi drengen ikke er kommet hjem i nat og hun har ringet rundt til alle vennerne og til politiet på 114",
        "altså barnet er {age} nu og går i {klasse} og læreren siger at der har været 14 dages fravær sidste måned øh det er mest mandage og fredage",
        "far har sagt at han ikke ønsker at deltage i mødet og at han vil have referatet sendt med digital post øh det skal noteres",
        "taler 1 ja hallo det er rådgiveren fra kommunen\ntaler 2 ja hej\ntaler 1 jeg ringer lige angående mødet på torsdag kl {time}\ntaler 2 nå ja øh jeg ved ikke om jeg kan komme jeg arbejder",
        "så har jeg talt med skolen altså med klasselæreren og hun siger at barnet sover i timerne og ikke har madpakke med øh det har stået på siden efterårsferien",
        "jeg skal lige huske at skrive til PPR om at rykke for udtalelsen den skulle have været her i sidste uge og fristen for undersøgelsen efter paragraf 20 er om 6 uger",
        "øh familien har også en ældre søn som er flyttet hjemmefra og han kan godt være en ressource siger mor han er 19 og bor i {town}",
        "taler 2 altså jeg bor ikke der mere jeg bor hos en veninde nu\ntaler 1 okay og har du stadig det samme nummer\ntaler 2 ja det har jeg",
        "plejemor ringer og fortæller at pigen har haft en rigtig god uge de har været i sommerhus i 4 dage og det gik godt øh hun spørger til samvær med far i uge 42",
        "notat fortsat øh morfar har ringet og vil gerne have barnet hver anden weekend han siger at han har talt med mor om det og hun er med på den",
        "øh hun siger at drengen ikke vil i skole og at han græder om morgenen og at han har ondt i maven hver søndag aften det har vi aftalt at sundhedsplejersken ser på",
        "så bliver der sendt en indkaldelse til børnesamtale øh barnet skal have mulighed for at have en bisidder med efter paragraf 6 og mor skal orienteres",
        "lige en note til sparringen på teammødet altså jeg vil gerne have sparring på om vi skal gå videre med en børnefaglig undersøgelse eller om en afdækning efter paragraf 19 er nok",
        "taler 1 har du talt med lægen\ntaler 2 ja jeg ringede til lægevagten på 1813 i går aftes og de sagde at vi skulle komme ind\ntaler 1 okay det er godt",
        "og jeg har sagt til drengen at han altid kan ringe til børnetelefonen på 116 111 eller 112 hvis det er akut og det vidste han godt",
        "øh så er der økonomien hun har fået 3500 kr i enkeltydelse til vinterjakker i december og hun har søgt igen nu til en cykel til {age} årige",
    ],
    "close": [
        "slut diktat",
        "[opkald afsluttet {time}]",
        "[transskription slut – ikke korrekturlæst]",
        "det var det øh slut på diktat {date}",
    ],
    "short": [
        "notat {date} mor ringede barnet er syg i dag og kommer ikke til mødet med psykologen hun vil gerne have ny tid i næste uge om formiddagen",
        "diktat øh barnet er flyttet til far pr 1 i måneden og skal have ny skole øh det skal vi lige have styr på inden fristen efter paragraf 20 den {date}",
        "taler 1 hej det er rådgiveren\ntaler 2 hej det er farmor\ntaler 1 hej ja\ntaler 2 jeg ville bare sige at jeg gerne vil med til mødet på onsdag kl {time}",
        "øh kort notat far ringer han vil ikke have at mor flytter med børnene til {town} så vi skal svare ham skriftligt og vejlede om Familieretshuset",
        "notat mor ringer angående boligen udlejer vil opsige lejemålet fordi der mangler husleje for 2 måneder ca {amount} hun søger om hjælp efter paragraf 81",
    ],
}

# ---------------------------------------------------------------------------
# Genre 5: minutes of family group conferences and network meetings
# "<<PARTICIPANTS>>" is expanded by make.py with lines from PARTICIPANT_LINES.
# ---------------------------------------------------------------------------
PARTICIPANT_LINES = [
    "- {X.full} ({X.rel})",
    "- {X.full}, {X.rel}, tlf. {X.phone}",
    "- {X.rel}: {X.full}, {X.addr}, {X.phone}",
    "- {X.rev} – {X.rel} – {X.email}",
    "* {X.full} ({X.rel}), mobil {X.phone}, mail {X.email}",
    "{X.full}\t{X.rel}\t{X.phone}",
    "- {X.fl}, {X.rel} (deltog telefonisk fra {X.phone})",
    "- {X.caps}, {X.rel}",
    "- {X.full} ({X.rel}, f. {X.dob})",
    "- {X.full}, {X.rel}",
    "- {X.rel}: {X.fl}, {X.addr}",
    "- {X.rev} ({X.rel}), født {X.dob}",
    "- {X.full} – {X.rel} – {X.email}",
    "- {X.rel} {X.full}, cpr {X.cpr}",
]
PARTICIPANT_LINES_CHILD = [
    "- {X.first} ({X.rel}, {X.age})",
    "- {X.full}, {X.rel}, f. {X.dob}",
    "- {X.nick} ({X.rel}, deltog den første halve time)",
    "- {X.rev}, {X.rel}, cpr.nr. {X.cpr}",
    "- {X.first} ({X.rel}, født {X.dob})",
]
PARTICIPANT_HEAD = ["Deltagere:", "Til stede:", "Deltagere i mødet:", "DELTAGERE",
                    "Mødedeltagere (navn, relation, kontakt):"]

PLANTED["minutes"] = {
    "head": [
        "REFERAT AF FAMILIERÅDSLAGNING\nDato: {date}, kl. {time}-{time}\nSted: {room}, {kommune}\nVedr.: {child.full} (f. {child.dob})\n",
        "Referat – netværksmøde om {child.fl} (f. {child.dob})\nMødedato: {date}\nReferent: {cw.full}\n",
        "Familierådslagning for {child.rev} (f. {child.dob}) og {sib.rev} (f. {sib.dob})\nKoordinator: {kp.full}, {kp.phone}\n",
        "Netværksmøde {date}\nBarn: {child.caps}, cpr {child.cpr}\nSagsbehandler: {cw.full} ({cw.email})\n",
        "Referat af opfølgningsmøde på familiens plan\n{date}, hjemme hos {mormor.full}, {mormor.addr}\n",
    ],
    "body": [
        "Aftaler:\n1. {mormor.first} henter {child.first} i skolen mandag og onsdag. Ansvarlig: {mormor.full}, tlf. {mormor.phone}.\n2. {onkel.first} kører {child.first} til træning om torsdagen.\n3. {mor.first} ringer til {ven.first}, hvis hun får det dårligt.",
        "Familiens plan: Hvis {mor.first} ikke tager telefonen i mere end to timer, ringer {moster.full} ({moster.phone}) til {far.first}. Hvis ingen kan træffes, kører {moster.hon} ud til {mor.addr}.",
        "Sikkerhedsplan (Signs of Safety): {child.first} har selv peget på {faster.full} og træneren {traener.first} som de voksne, {child.pron} kan gå til. Begge har givet deres numre: {faster.phone} og {traener.phone}.",
        "Netværkskort:\n– {morfar.full}, {morfar.addr}, {morfar.phone}\n– {farmor.full}, {farmor.addr}\n– {nabo.full} (nabo), {nabo.phone}\n",
        "{far.full} deltog via Teams fra {far.addr} og gav udtryk for, at han gerne vil have {child.first} mere. Han bad om, at referatet sendes til {far.email}.",
        "Koordinatoren, {kp.full}, indledte med at gennemgå formålet med mødet. Sagsbehandler {cw.full} redegjorde for bekymringen og forlod derefter rummet, så familien kunne lægge sin plan i privat tid.",
        "Opfølgning: Næste møde holdes {date} hjemme hos {mormor.full} på {mormor.addr}. {mor.first} sørger for kage, og {partner.first} henter {ven.first}.",
        "Opgaver: {sib.first} (f. {sib.dob}) lover at tage {child.first} med til svømning. {ven.full} tilbyder at være den, {mor.first} kan ringe til om natten ({ven.phone}).",
        "{child.first} (f. {child.dob}) var med de første 20 minutter og fortalte med støtte fra sin bisidder, {bisid.full}, at {child.pron} ønsker at bo hos {mor.first}, men gerne vil se {far.first} hver weekend.",
        "Kontaktliste til planen:\n{mor.full} – {mor.phone}\n{far.full} – {far.phone}\n{mormor.full} – {mormor.phone}\n{kp.full} – {kp.phone}\n",
        "Bekymringer fra netværket: {onkel.full} er bekymret for, at {partner.full} er flyttet ind på {mor.street}. {mor.first} afviser dette og siger, at {partner.first} kun kommer på besøg.",
        "{farmor.full} (f. {farmor.dob}) deltog telefonisk fra {farmor.addr} med {farmor.lang} tolk. Hun tilbød at have {child.first} i tre uger i sommerferien.",
        "Mentor {mentor.full} ({mentor.email}) følger {child.first} to gange om ugen og hjælper med lektier. {mentor.first} oplever, at {child.first} er mere glad siden jul.",
        "Skolen ved {teacher.full} oplyste, at fraværet er faldet fra 22 % til 9 %. {teacher.Hon} sender ugentlig status til {mor.email}.",
        "Plejefamilien, {plejemor.full} og {plejefar.full}, {plejemor.addr}, bakker op om samværsplanen. {plejefar.first} kører {child.first} til {far.first} hver anden fredag.",
        "{mor.first} ønskede, at hendes nye adresse, {mor.addr}, ikke oplyses til {far.first}. Det blev respekteret, og adressen fremgår kun af sagsbehandlerens eksemplar af referatet.",
        "Evaluering: Familien scorer samlet planen til 6 på en skala fra 0 til 10. {morfar.first} gav 4 og {mor.first} 8. {child.nick} tegnede et drømmehus med {mormor.first} i haven.",
        "Hvad skal der ske? {far.first} tager kontakt til {onkel.gen} fodboldklub for at høre om plads til {child.first}. {onkel.full} kan kontaktes på {onkel.email} eller {onkel.phone}.",
        "{child.first} har fået et kort med Børnetelefonen 116 111 og {mormor.gen} nummer, {mormor.phone}. {mormor.first} har lovet altid at tage telefonen.",
        "Praktisk: {ven.full} bor på {ven.addr} tæt på skolen. {ven.last} har selv børn i samme klasse og kan tage imod {child.first} efter skole, hvis {mor.first} er på arbejde. Aftalt, at {child.first} får nøgle.",
    ],
    "close": [
        "Referent: {cw.full}, {cw.email}",
        "Referatet er godkendt af {mor.full} og {far.full} {date}.",
        "Næste familierådslagning: {date}. Indkaldelse sendes af {kp.full}.",
        "Referat udsendt {date} til deltagerne. Rettelser sendes til {cw.first} på {cw.phone}.",
    ],
    "short": [
        "Netværksmøde {date}. Til stede: {mor.full} (mor), {mormor.full} (mormor, {mormor.phone}), {teacher.full} (lærer) og {cw.full}. Aftalt: {mormor.first} henter {child.first} tirsdag og torsdag. Næste møde {date}.",
        "Familierådslagning for {child.first} ({child.age}): {faster.full}, {faster.phone}, har {child.first} hver anden weekend. {nabo.full} på {nabo.addr} er nødkontakt. Koordinator: {kp.full}.",
        "Kort referat {date}: {far.full} og {farmor.full} ({farmor.phone}) deltog. {child.nick} bliver hos farmor på {farmor.addr} i vinterferien. {far.first} betaler togbilletten. Referent {cw.init}.",
        "Netværksmøde om {child.rev}, f. {child.dob}. Deltagere: {mor.first}, {moster.full} og {kp.full}. {moster.first} kan kontaktes på {moster.email}. Planen evalueres {date}.",
        "Familiens sikkerhedsplan: Hvis {partner.first} kommer beruset hjem, ringer {child.first} til {morfar.full} på {morfar.phone}. {morfar.first} bor på {morfar.addr}, fem minutter væk.",
    ],
}

CLEAN["minutes"] = {
    "head": [
        "REFERAT AF FAMILIERÅDSLAGNING\nDato: {date}, kl. {time}-{time}\nSted: {room}, {kommune}\n",
        "Referat – netværksmøde\nMødedato: {date}\nReferent: sagsbehandler\n",
        "Familierådslagning – opfølgningsmøde\nSagsnr.: {sagsnr}\n",
        "Netværksmøde {date} kl. {time}\nSted: {room}\n",
    ],
    "participants": [
        "Deltagere:\n- Mor\n- Far (deltog via Teams)\n- Mormor\n- Morfar\n- Barnets klasselærer\n- Koordinator fra {kommune}\n- Sagsbehandler\n",
        "Til stede: mor, stedfar, farmor, moster, familievejleder og sagsbehandler. Afbud: far og barnets pædagog.\n",
        "Deltagere i mødet:\n* Barnet ({age}), deltog de første 20 minutter\n* Mor og mors samlever\n* Farbror\n* Nabo (nødkontakt)\n* Fodboldtræner\n* Bisidder for barnet\n* Sagsbehandler\n",
        "DELTAGERE\nForældre (begge)\nPlejemor og plejefar\nKontaktperson\nFaglig koordinator\nTolk ({lang})\n",
    ],
    "body": [
        "Aftaler:\n1. Mormor henter barnet i skolen mandag og onsdag.\n2. Farbror kører barnet til træning om torsdagen.\n3. Mor ringer til sin veninde, hvis hun får det dårligt.",
        "Familiens plan: Hvis mor ikke tager telefonen i mere end to timer, ringer moster til far. Hvis ingen kan træffes, kontaktes den sociale døgnvagt.",
        "Sikkerhedsplan (Signs of Safety): Barnet har selv peget på faster og træneren som de voksne, det kan gå til. Sikkerhedsmålet er skaleret til 5 af familien og 4 af sagsbehandleren.",
        "Koordinatoren indledte med at gennemgå formålet med mødet. Sagsbehandleren redegjorde for bekymringen og forlod derefter rummet, så familien kunne lægge sin plan i privat tid.",
        "Opfølgning: Næste møde holdes {date} kl. {time} hjemme hos mormor. Mor sørger for kage.",
        "Opgaver: Storebror ({age}) lover at tage barnet med til svømning. En familieven tilbyder at være den, mor kan ringe til om natten.",
        "Barnet var med de første 20 minutter og fortalte med støtte fra sin bisidder, at det ønsker at bo hos mor, men gerne vil se far hver weekend.",
        "Bekymringer fra netværket: Morbror er bekymret for, at mors nye kæreste er flyttet ind. Mor afviser dette.",
        "Skolen oplyste, at fraværet er faldet fra 22 % til 9 %. Klasselæreren sender ugentlig status til forældrene via Aula.",
        "Evaluering: Familien scorer samlet planen til 6 på en skala fra 0 til 10. Morfar gav 4 og mor 8. Barnet tegnede Drømmehuset.",
        "Hvad er vi bekymrede for? At mor igen isolerer sig. Hvad virker godt? At mormor kommer dagligt. Hvad skal der ske? At netværket deler opgaverne, så mor får to fridage om ugen.",
        "Plejefamilien bakker op om samværsplanen. Plejefar kører barnet til samvær hver anden fredag kl. {time}. Samværet evalueres efter tre måneder.",
        "Kommunen bevilger efter {law} en familiebehandler i seks måneder. Udgiften afholdes af {kommune}. Barnets plan opdateres inden {date}.",
        "Tolken oversatte løbende. Farmor tilbød at have barnet tre uger i sommerferien. Det kræver, at far giver samtykke, da han har del i forældremyndigheden.",
        "Mentor følger barnet to gange om ugen og hjælper med lektier. Mentor oplever, at barnet er gladere siden jul og har fået to nye venner i klubben.",
        "Barnet har fået et kort med Børnetelefonen 116 111 og kommunens hovednummer {switchboard}, som også giver adgang til den sociale døgnvagt uden for åbningstid.",
        "Praktisk: En familieven bor tæt på skolen og kan tage imod barnet efter skole. Det blev aftalt, at barnet får nøgle og ringer til mor, når det er kommet hjem.",
    ],
    "close": [
        "Referent: sagsbehandler, {kommune}",
        "Referatet er godkendt af forældrene {date}.",
        "Næste familierådslagning: {date}. Indkaldelse sendes af koordinatoren.",
        "Referat udsendt {date} via Digital Post. Rettelser sendes til sagsbehandleren inden en uge.",
    ],
    "short": [
        "Netværksmøde {date}. Til stede: mor, mormor, klasselærer og sagsbehandler. Aftalt: mormor henter barnet tirsdag og torsdag. Næste møde {date} kl. {time}.",
        "Familierådslagning: Faster har barnet ({age}) hver anden weekend. En nabo er nødkontakt. Koordinatoren følger op om seks uger.",
        "Kort referat {date}: Far og farmor deltog. Barnet bliver hos farmor i vinterferien. Far betaler togbilletten. Planen evalueres i {month}.",
        "Familiens sikkerhedsplan: Hvis stedfar kommer beruset hjem, ringer barnet til morfar, der bor fem minutter væk. Morfar har lovet altid at tage telefonen.",
        "Netværksmøde om pige ({age}). Deltagere: mor, moster og kontaktperson. Moster tilbyder aflastning hver tredje weekend. Sagsbehandler undersøger muligheden for godkendelse efter {law}.",
    ],
}

# ---------------------------------------------------------------------------
# Genre 6: decisions and letters on economic support and housing
# ---------------------------------------------------------------------------
PLANTED["decision"] = {
    "head": [
        "[fam]{mor.full}\n{mor.addr2}\n\n{kommune}\nYdelsesservice\nDato: {date}\nSagsnr.: {sagsnr}\n",
        "[fam]Til:\n{far.caps}\n{far.addr2}\n\nAfgørelse om enkeltydelse – {date}\n",
        "[fam]Afgørelse om boligstøtte\nModtager: {mor.rev}, cpr.nr. {mor.cpr}\nBørn i husstanden: {child.first} (f. {child.dob})\nAdresse: {mor.addr}\n",
        "[ung]{ung.full}\n{ung.addr2}\nCPR: {ung.cpr}\n\nKære {ung.first}\n",
        "[fam]Sendt med Digital Post til {far.full}, {far.cpr}\nVedr.: ansøgning om særlig støtte af {date}\n",
    ],
    "body": [
        "[fam]Du har {date} søgt om hjælp til betaling af et depositum på {amount} til lejligheden på {mor.addr}. Vi har bevilget hjælpen efter aktivlovens § 81 som et lån, der tilbagebetales med {amount_small} om måneden.",
        "Udlejer: {landlord.full}, {landlord.addr}, tlf. {landlord.phone}. Beløbet udbetales direkte til udlejers konto, når den underskrevne lejekontrakt er modtaget.",
        "[fam]Husstandens medlemmer: {mor.full} (f. {mor.dob}), {child.full} (f. {child.dob}) og {sib.full} (f. {sib.dob}).",
        "[fam]Vi har lagt vægt på, at {child.first} har en diagnose, og at du som enlig forsørger har haft ekstraudgifter til transport til {hospital_short}. Kørselsudgifterne er dokumenteret af {doc2.full}.",
        "Du har ret til at klage over afgørelsen. Klagen sendes til {kommune}, som genvurderer sagen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen. Spørgsmål kan rettes til {cw.full} på {cw.phone}.",
        "[ung]Du er født {ung.dob} og har ret til efterværn i form af en fast kontaktperson, {kp.full}, frem til du fylder 23 år. {kp.first} kan kontaktes på {kp.phone} og {kp.email}.",
        "[fam]Særlig støtte efter aktivlovens § 34 udgør {amount} pr. måned og udbetales til din NemKonto fra {date}. Beregningen er vedlagt som bilag 1 og er lavet af {cw.full}.",
        "[fam]Partshøring: Inden vi træffer afgørelse, har du mulighed for at komme med bemærkninger. Vi har modtaget oplysninger fra {landlord.full}, som oplyser, at huslejen for {mor.street} er steget pr. 1. januar.",
        "[fam]Ansøgningen er indgivet af {far.full}, f. {far.dob}, {far.addr}, på vegne af husstanden. {far.first} har oplyst, at han kan kontaktes på {far.phone} eller {far.email}.",
        "[ung]Vi har modtaget lejekontrakt fra udlejer {landlord.full} ({landlord.email}) for lejligheden på {ung.addr}. Indflytning sker {date}, og den første husleje betales af kommunen.",
        "[fam]Tilbagebetaling: Lånet tilbagebetales med {amount_small} pr. måned. Indbetaling sker til {kommune}, {account}, med angivelse af cpr-nummer {mor.cpr}.",
        "Afgørelsen sendes i kopi til {bisid.full}, som er din bisidder, og til din advokat, {advokat.full}, {advokat.addr}.",
        "[fam]Ansøgningen om enkeltydelse til {child.gen} konfirmationstøj og briller afvises, da udgiften kunne forudses. Du fik senest hjælp {date}.",
        "[fam]Boligstøtten er beregnet ud fra husstandens samlede indkomst. {partner.full}, f. {partner.dob}, er tilmeldt adressen {mor.addr} fra {date} og indgår derfor i beregningen.",
        "Kontaktoplysninger: Sagsbehandler {cw.full}, Ydelsescentret, direkte tlf. {cw.phone}, mail {cw.email}. Træffetid mandag-torsdag kl. 9-12.",
        "[ung]Da {ung.first} er fyldt 18 år, ophører anbringelsen pr. {date}. {ung.first} flytter til egen lejlighed på\n{ung.addr2}\nog får tilbudt efterværn.",
        "Vi har fået oplyst af din tidligere udlejer, {landlord.hon}, at der er restance på {amount}. {landlord.lastgen} advokat har sendt en inkassoskrivelse. {landlord.fl} har bekræftet dette pr. mail {date}.",
        "[fam]Din {child.sd} {child.first} er registreret på adressen hos {far.full}, {far.addr}, og tæller derfor ikke med i din husstand ved beregningen af boligstøtten.",
        "[fam]Vi har talt med {mor.gen} mor, {mormor.full}, som har lånt dig {amount}. {mormor.Hon} har oplyst, at hun ikke kan låne dig flere penge. Hun bor på {mormor.addr}.",
        "[fam]Flytning: Flyttefirmaet afhenter indboet på {mor.addr} og kører det til den nye bolig på {sted.addr}. Du skal selv være til stede. Kontakt flyttefirmaets {landlord.first} på {landlord.phone}.",
        "[fam]Vi har lagt vægt på udtalelsen fra {child.gen} psykolog, {psy.full}, om at {child.first} har brug for et eget værelse. Udtalelsen er dateret {date}.",
    ],
    "close": [
        "Med venlig hilsen\n\n{cw.sig}\nSagsbehandler\n{kommune}",
        "Klagevejledning: Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Send klagen til {kommune} med angivelse af sagsnr. {sagsnr}.",
        "Venlig hilsen\n{cw.sig}\nT {cw.phone}\nE {cw.email}",
        "Afgørelsen er truffet af {cw.full} efter delegation fra Børne- og Ungeudvalget.",
    ],
    "short": [
        "Kære {mor.fl}\n\nDu har fået bevilget {amount} til flytning fra {mor.addr} til din nye bolig. Beløbet udbetales {date}.\n\nVenlig hilsen\n{cw.full}",
        "Afgørelse om boligstøtte til {far.caps}, {far.cpr}. Adresse: {far.addr}. Boligstøtte pr. måned: {amount}. Udlejer: {landlord.full}, tlf. {landlord.phone}. Du kan klage inden 4 uger.",
        "Efterværn – bevilling\n{ung.full}, f. {ung.dob}\nKontaktperson: {kp.full}, {kp.phone}\nBevilget til og med {date}. Spørgsmål til {cw.full}, {cw.email}.",
        "Vi har modtaget din ansøgning om enkeltydelse til vinterjakke og støvler til {child.first}, f. {child.dob}. Ansøgningen afvises. Du kan klage til {kommune} inden 4 uger. Spørgsmål: {cw.full}, {cw.phone}.",
        "Kvittering: Vi har modtaget lejekontrakt for {ung.addr} fra {landlord.full} ({landlord.phone}). Depositum på {amount} udbetales til udlejer {date}. /{cw.init}",
        "Partshøring sendt til {mor.full}, {mor.addr}, og {far.full}, {far.addr}. Svarfrist: {date}. Sagsbehandler: {cw.full}.",
    ],
}

CLEAN["decision"] = {
    "head": [
        "{kommune}\nYdelsesservice\nDato: {date}\nSagsnr.: {sagsnr}\n\nAfgørelse om enkeltydelse\n",
        "Afgørelse om boligstøtte\n{kommune}, Borgerservice\nJournalnr.: {sagsnr}\n",
        "Bevilling af efterværn\nDato: {date}\nSagsnr.: {sagsnr}\n",
        "Partshøring – særlig støtte efter aktivlovens § 34\n{kommune}, {date}\n",
    ],
    "body": [
        "Du har {date} søgt om hjælp til betaling af et depositum på {amount}. Vi har bevilget hjælpen efter aktivlovens § 81 som et lån, der tilbagebetales med {amount_small} om måneden.",
        "Beløbet udbetales direkte til udlejers konto, når den underskrevne lejekontrakt er modtaget. Udbetalingen sker via {kommune}, {cvr}.",
        "Vi har lagt vægt på, at dit barn har en diagnose, og at du som enlig forsørger har haft ekstraudgifter til transport til {hospital_short}.",
        "Du har ret til at klage over afgørelsen. Klagen sendes til {kommune}, som genvurderer sagen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.",
        "Du har ret til efterværn i form af en fast kontaktperson frem til du fylder 23 år. Kontaktpersonen kontakter dig inden for to uger.",
        "Særlig støtte efter aktivlovens § 34 udgør {amount} pr. måned og udbetales til din NemKonto fra {date}. Beregningen er vedlagt som bilag 1.",
        "Partshøring: Inden vi træffer afgørelse, har du mulighed for at komme med bemærkninger til oplysningerne, jf. forvaltningslovens § 19. Svarfristen er {date}.",
        "Tilbagebetaling: Lånet tilbagebetales med {amount_small} pr. måned. Indbetaling sker til {kommune}, {account}. Du kan også bruge indbetalingskortet {fik}.",
        "Ansøgningen om enkeltydelse til konfirmationstøj og briller afvises, da udgiften kunne forudses. Afgørelsen er truffet efter {law}.",
        "Boligstøtten er beregnet ud fra husstandens samlede indkomst på {amount} om året og en husleje på {amount} om måneden. Udbetaling Danmark udbetaler boligstøtten.",
        "Kontakt: Ydelsescentret, {kommune}, telefon {switchboard} (hovednummer). Telefontid mandag-torsdag kl. 9-12.",
        "Faktura bedes sendt elektronisk til {ean} med angivelse af sagsnr. {sagsnr}. Fakturaer uden sagsnummer returneres.",
        "Da den unge fylder 18 år, ophører anbringelsen. Den unge flytter til egen lejlighed og får tilbudt efterværn efter reglerne i barnets lov.",
        "Begrundelse: Vi har vurderet, at udgiften er rimeligt begrundet, og at du ikke selv kan betale den, jf. forvaltningslovens § 24 om begrundelse.",
        "Vi har modtaget oplysninger fra din tidligere udlejer om en restance på {amount}. Restancen indgår ikke i beregningen af hjælpen.",
        "Hvis du ikke er enig i afgørelsen, kan du ringe til os eller skrive via Digital Post. Du kan også få hjælp til at klage hos Borgerrådgiveren i {kommune}.",
    ],
    "close": [
        "Med venlig hilsen\n\nYdelsesservice\n{kommune}",
        "Klagevejledning: Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Send klagen til {kommune} med angivelse af sagsnr. {sagsnr}.",
        "Afgørelsen er truffet efter delegation fra Børne- og Ungeudvalget. Klagevejledning efter forvaltningslovens § 25 er vedlagt.",
        "Venlig hilsen\nSagsbehandler, Ydelsescentret\n{kommune}",
    ],
    "short": [
        "Du har fået bevilget {amount} til flytning. Beløbet udbetales {date} til din NemKonto. Afgørelsen er truffet efter {law}. Du kan klage inden 4 uger.\n\nVenlig hilsen\nYdelsesservice",
        "Afgørelse om boligstøtte. Boligstøtte pr. måned: {amount}. Beregningen bygger på en husleje på {amount}. Udbetaling sker gennem Udbetaling Danmark. Du kan klage inden 4 uger.",
        "Efterværn – bevilling. Den unge tilbydes fast kontaktperson frem til det fyldte 23. år. Bevilget til og med {date}. Sagsnr. {sagsnr}.",
        "Vi har modtaget din ansøgning om enkeltydelse til vintertøj til dit barn. Ansøgningen afvises efter {law}. Du kan klage til {kommune} inden 4 uger.",
        "Kvittering: Vi har modtaget lejekontrakten. Depositum på {amount} udbetales til udlejer {date}. Indbetalinger til kommunen sker på {account}.",
        "Partshøring sendt til begge forældremyndighedsindehavere {date}. Svarfrist: 14 dage. Afgørelsen træffes herefter efter {law}.",
    ],
}

# ===========================================================================
# Institutions (institutions.jsonl): named places that could identify a child.
# {inst.TYPE} inserts a name of that type; types: school, daycare, sfo, home,
# club, efterskole, foster.
# ===========================================================================
INSTITUTIONS = {
    "school": ["Lindevangskolen", "Bøgehøjskolen", "Kildebakke Skole", "Ravnsholt Skole",
               "Møllevangskolen", "Egebjergskolen", "Hedebo Friskole", "Solbjerg Privatskole",
               "Skovvangskolen", "Tranehøj Skole", "Lyngholm Specialskole", "Nørreå Friskole"],
    "daycare": ["Børnehuset Mælkebøtten", "Vuggestuen Myretuen", "Børnehaven Troldehøjen",
                "Naturbørnehaven Skovmusen", "Den Integrerede Institution Regnbuen",
                "Børnehuset Humlebien", "Vuggestuen Solsikken", "Børnehaven Kastanjen"],
    "sfo": ["SFO Troldehulen", "SFO Krudtuglen", "Fritidshjemmet Ugleredet", "SFO Spiloppen"],
    "home": ["Opholdsstedet Lyngbakken", "Døgninstitutionen Egely", "Behandlingshjemmet Fjordly",
             "Opholdsstedet Skovbrynet", "Ungehjemmet Kastaniegården", "Opholdsstedet Nordlys",
             "Børnehjemmet Solhaven", "Opholdsstedet Havblik"],
    "club": ["Ungdomsklubben Fristedet", "Fritidsklubben Vulkanen", "Klub Tusindfryd",
             "Juniorklubben Hulen", "Ungdomsklubben Kælderen"],
    "efterskole": ["Hedelund Efterskole", "Vesterdal Efterskole", "Efterskolen ved Kattegat",
                   "Sønderholm Idrætsefterskole", "Lyngå Efterskole", "Fjordbakke Efterskole"],
    "foster": ["Familieplejen Kronjylland", "Plejefamiliecentret Midt", "Netværksplejen Vestjylland",
               "Familieplejeteamet Sydkysten", "Plejefamilienetværket Limfjord"],
}

INSTITUTION_TEXTS = [
    # police
    "Politiet blev kl. {time} kaldt til {inst.school}, hvor en elev i {klasse} havde truet en lærer. Eleven blev hentet af en forælder. Skolen har selv underrettet kommunen.",
    "Den unge oplyste at være anbragt på {inst.home} og at være stukket af efter aftensmaden. Personalet blev kontaktet og hentede den unge ved stationen.",
    "Patruljen traf to drenge ved {inst.club} kl. {time}. Begge var berusede. Klubbens personale kendte drengene og kontaktede forældrene.",
    "Underretning: Barnet går i {inst.daycare}. Personalet har oplyst, at barnet ikke blev hentet før kl. {time}, og at forælderen virkede påvirket.",
    "Eleven bor på {inst.efterskole} i hverdagene. Forstanderen er orienteret om hændelsen og følger op med forældrene.",
    # hospital
    "Barnet er anbragt i plejefamilie via {inst.foster}. Plejemor deltog i samtalen. Kopi af epikrisen sendes til kommunen.",
    "Socialanamnese: går i 2. klasse på {inst.school} og i {inst.sfo} efter skole. Trives fagligt, men har få venner.",
    "Patienten er indlagt fra {inst.home}, hvor personalet har observeret selvskade gennem tre uger. Kontaktpædagogen deltog ved indlæggelsen.",
    "Barnet har gået i {inst.daycare} siden 1-årsalderen. Pædagogerne beskriver et barn med forsinket sprog og mange konflikter.",
    "Den unge har et ophold på {inst.efterskole} og skal tilbage efter udskrivelse. Skolen er informeret om medicinen.",
    # email
    "Hej\nJeg skriver fra {inst.sfo}. Vi er bekymrede for en dreng fra {inst.school}, som ofte kommer uden madpakke. Kan vi tage en snak?\nMvh pædagog",
    "Til orientering: Pigen starter i {inst.daycare} mandag. Overlevering fra {inst.daycare} er aftalt til fredag kl. {time}.",
    "Fra: Leder, {inst.club}\nEmne: Bekymring\n\nVi har set en af jeres unge sammen med ældre fyre uden for klubben flere aftener.",
    "Skolen har tilbudt et skoleskift til {inst.school}. PPR anbefaler i stedet et forløb på {inst.school} med støtte fra specialklassen.",
    "Plejefamilien er godkendt gennem {inst.foster}. Konsulenten derfra deltager i mødet {date}.",
    # transcript
    "øh mor siger at drengen går på {inst.school} nu altså den der ligger ved hallen og at han ikke vil derhen om morgenen",
    "hun har været på {inst.home} i et år og vil gerne hjem men personalet siger at det er for tidligt",
    "altså pigen går i {inst.lower_daycare} og de har ringet to gange i den her uge om at hun har blå mærker",
    "far fortæller at sønnen har fået plads på {inst.efterskole} fra august og at det er han rigtig glad for",
    "klubben altså {inst.club} har ringet og sagt at den unge ikke må komme der i en uge",
    # minutes
    "Deltagere: mor, far, kontaktpædagog fra {inst.home}, klasselærer fra {inst.school} og sagsbehandler.",
    "Aftale: Barnet skifter fra {inst.daycare} til {inst.daycare} pr. 1. {month}. Mor står for overleveringen.",
    "Netværket foreslog, at drengen starter i {inst.club}, hvor hans fætter også kommer. Far undersøger pladser.",
    "Plejefar fortalte, at familien har fået supervision fra {inst.foster} hver måned, og at det har hjulpet.",
    "Skolen ({inst.school}) deltog ved klasselæreren. Fraværet er faldet, og eleven har fået en fast voksen i {inst.sfo}.",
    # decision
    "Du har fået bevilget betaling af opholdet på {inst.efterskole} med {amount} for skoleåret. Tilskuddet udbetales direkte til skolen.",
    "Anbringelsen på {inst.home} fortsætter efter barnets lov § 46. Opholdet betales af {kommune}.",
    "Vi har bevilget kørsel mellem hjemmet og {inst.school} i {amount} pr. måned, da barnet ikke kan tage bussen alene.",
    "Plejevederlaget udbetales via {inst.foster}. Spørgsmål om vederlaget rettes til konsulenten dér.",
    "Friplads i {inst.daycare} er bevilget med 50 % tilskud fra {date}. Ændringer i indkomsten skal meddeles kommunen.",
]
