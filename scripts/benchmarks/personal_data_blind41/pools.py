# Invented-name pools for blind41 (written by hand; no library used).
# Each entry: (first name, sex) ; sex 'f' / 'm'
FIRST = [
 # common Danish
 ("Emma","f"),("Ida","f"),("Freja","f"),("Clara","f"),("Karla","f"),("Alma","f"),("Sofie","f"),("Mette","f"),("Hanne","f"),("Susanne","f"),("Louise","f"),("Camilla","f"),("Line","f"),("Pernille","f"),("Tina","f"),("Birgit","f"),("Lone","f"),("Rikke","f"),("Anne","f"),("Maja","f"),
 ("William","m"),("Noah","m"),("Oscar","m"),("Lucas","m"),("Magnus","m"),("Mikkel","m"),("Frederik","m"),("Jonas","m"),("Rasmus","m"),("Søren","m"),("Henrik","m"),("Thomas","m"),("Jesper","m"),("Lars","m"),("Kasper","m"),("Anders","m"),("Christian","m"),("Morten","m"),("Niels","m"),("Alexander","m"),
 # rare / newly formed Danish
 ("Alvilde","f"),("Ingeborg","f"),("Asta","f"),("Liva","f"),("Thyra","f"),("Vilja","f"),("Esther","f"),("Vitus","m"),("Holger","m"),("Egon","m"),("Bertil","m"),("Melvin","m"),("Aksel","m"),("Harald","m"),("Valdemar","m"),
 # also ordinary Danish words
 ("Sol","f"),("Lykke","f"),("Storm","m"),("Bo","m"),("Ask","m"),("Ulv","m"),("Frej","m"),
 # Greenlandic
 ("Aputsiaq","m"),("Pipaluk","f"),("Nivi","f"),("Inuk","m"),("Malik","m"),("Naja","f"),("Ivalu","f"),("Kuupik","m"),
 # Faroese
 ("Rógvi","m"),("Brandur","m"),("Sjúrður","m"),("Turið","f"),("Guðrun","f"),("Bárður","m"),("Rannvá","f"),
 # Somali
 ("Hodan","f"),("Abdirahman","m"),("Fadumo","f"),("Mahad","m"),("Ifrah","f"),("Liban","m"),
 # Arabic
 ("Yousef","m"),("Layla","f"),("Mohammed","m"),("Rania","f"),("Omar","m"),("Nour","f"),("Khaled","m"),("Amira","f"),
 # Kurdish
 ("Rojda","f"),("Diyar","m"),("Berivan","f"),("Rêzan","m"),("Zilan","f"),
 # Turkish
 ("Elif","f"),("Emre","m"),("Zeynep","f"),("Burak","m"),("Ayşe","f"),("Mert","m"),
 # Afghan
 ("Zahra","f"),("Farid","m"),("Mursal","f"),("Naweed","m"),("Freshta","f"),
 # Pakistani
 ("Ayesha","f"),("Imran","m"),("Sana","f"),("Bilal","m"),("Hira","f"),
 # Polish
 ("Zofia","f"),("Wojciech","m"),("Agnieszka","f"),("Krzysztof","m"),("Małgorzata","f"),
 # Ukrainian
 ("Oksana","f"),("Bohdan","m"),("Yulia","f"),("Taras","m"),("Mariia","f"),
 # Romanian
 ("Andreea","f"),("Ionuț","m"),("Florin","m"),("Ioana","f"),
 # Bosnian
 ("Amra","f"),("Emir","m"),("Lejla","f"),("Adnan","m"),("Selma","f"),
 # Eritrean
 ("Semhar","f"),("Yonas","m"),("Helen","f"),("Filmon","m"),("Saba","f"),
 # Vietnamese
 ("Linh","f"),("Minh","m"),("Thao","f"),("Tuan","m"),
 # Thai
 ("Niran","m"),("Ploy","f"),("Siriporn","f"),("Somchai","m"),
 # Filipino
 ("Maricel","f"),("Jerome","m"),("Rowena","f"),("Jomar","m"),
 # English
 ("Grace","f"),("Oliver","m"),("Chloe","f"),("Harry","m"),
]
LAST = [
 "Jensen","Nielsen","Hansen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Petersen","Madsen","Kristensen","Olsen","Thomsen","Poulsen","Johansen","Mortensen","Frederiksen","Knudsen",
 "Holm","Bach","Kjær","Lauridsen","Brandt","Munk","Dalgaard","Thygesen","Vestergaard","Bjerregaard","Nørgaard","Iversen","Juhl","Damgaard","Krogh",
 "Elmstrøm","Nohr","Lindqvist","Ravnsholt","Thorsø","Bundgaard","Kirkegaard-Mølholm","Stampe","Hedegaard-Friis",
 "Skov","Vinter","Lykke","Storm","Ulv",
 "Kleist","Lynge","Olsvig","Berthelsen","Kreutzmann","Motzfeldt",
 "Joensen","Hansen á Lakjuni","Dam í Gøtu","Poulsen á Ryggi","Mikkelsen",
 "Warsame","Abdi","Farah","Hassan Ali","Jama",
 "Al-Hassan","Haddad","Saleh","El-Khatib","Mansour",
 "Barzani","Doğan","Rashid Aziz",
 "Yılmaz","Kaya","Öztürk","Çelik",
 "Ahmadzai","Rahimi","Karimi","Noori",
 "Chaudhry","Malik Khan","Butt","Qureshi",
 "Kowalski","Nowak","Wiśniewska","Zielińska",
 "Kovalenko","Shevchenko","Bondarenko","Melnyk",
 "Popescu","Ionescu","Dumitru",
 "Hodžić","Begović","Mehmedović",
 "Tesfaye","Ghebremedhin","Haile",
 "Nguyen","Tran","Pham Thi",
 "Srisuk","Chaiyaporn",
 "Santos","Dela Cruz","Reyes",
 "Smith","O'Connor","Walker",
]
NICK = {"Mikkel":"Mikki","Frederik":"Freddy","Alexander":"Alex","Mohammed":"Mo","Christian":"Chris","Abdirahman":"Abdi","Krzysztof":"Krzyś","Małgorzata":"Gosia","Wojciech":"Wojtek","Valdemar":"Valde","Oliver":"Olli","Aputsiaq":"Aputsi"}
MISSPELL = {"Mohammed":"Mohamad","Yousef":"Yusuf","Søren":"Sören","Mette":"Mete","Frederik":"Frederick","Louise":"Lousie","Zeynep":"Zeineb","Oksana":"Oxana","Abdirahman":"Abdulrahman"}
STREETS = ["Søndergade","Nørregade","Vestergade","Østergade","Skolevej","Kirkevej","Møllevej","Birkevej","Egevej","Bøgevej","Lindevej","Rosenvej","Stationsvej","Parkvej","Engvej","Skovvej","Vænget","Kastanie Allé","Tværgade","Algade","Storegade","Bakkevej","Fasanvej","Granvej","Lærkevej","Violvej","Syrenvej","Mågevej","Strandvejen","Grønnegade","Torvegade","Fabriksvej","Jernbanegade","Klitvej","Hybenvej","Solsikkevej","Ahornvej","Tjørnevej","Mosevej","Åboulevarden"]
TOWNS = [("8000","Aarhus C"),("8200","Aarhus N"),("5000","Odense C"),("9000","Aalborg"),("6700","Esbjerg"),("7100","Vejle"),("8900","Randers C"),("6000","Kolding"),("8700","Horsens"),("4000","Roskilde"),("2300","København S"),("2200","København N"),("2400","København NV"),("2450","København SV"),("2500","Valby"),("2650","Hvidovre"),("2620","Albertslund"),("2630","Taastrup"),("2750","Ballerup"),("3000","Helsingør"),("3400","Hillerød"),("4700","Næstved"),("4200","Slagelse"),("4600","Køge"),("5700","Svendborg"),("6100","Haderslev"),("6400","Sønderborg"),("7400","Herning"),("7500","Holstebro"),("8800","Viborg"),("7800","Skive"),("9800","Hjørring"),("9900","Frederikshavn"),("8600","Silkeborg"),("3700","Rønne"),("4300","Holbæk"),("4100","Ringsted"),("5500","Middelfart"),("7000","Fredericia"),("6200","Aabenraa"),("6800","Varde"),("7700","Thisted"),("9700","Brønderslev"),("8300","Odder"),("4900","Nakskov"),("2770","Kastrup"),("2860","Søborg"),("3600","Frederikssund"),("4400","Kalundborg"),("9400","Nørresundby"),("5800","Nyborg"),("6600","Vejen"),("9500","Hobro"),("8370","Hadsten"),("9240","Nibe")]
HOLIDAY_TOWNS = [("6960","Hvide Sande"),("6950","Ringkøbing"),("9480","Løkken"),("9850","Hirtshals"),("3120","Dronningmølle"),("4583","Sjællands Odde"),("6792","Rømø"),("8400","Ebeltoft"),("7570","Vemb"),("3390","Hundested"),("5953","Tranekær"),("3770","Allinge")]
FOREIGN_ADDR = [
 ("ul. Długa 14/3, 80-831 Gdańsk", "Polen"),
 ("Storgatan 12, 211 42 Malmö", "Sverige"),
 ("Hauptstraße 5, 24937 Flensburg", "Tyskland"),
 ("Atatürk Cad. No: 45, 35210 Konak/İzmir", "Tyrkiet"),
 ("Tórsgøta 9, 100 Tórshavn", "Færøerne"),
 ("Aqqusinersuaq 14, 3900 Nuuk", "Grønland"),
 ("vul. Shevchenka 27, kv. 8, 79000 Lviv", "Ukraine"),
 ("Strada Mihai Eminescu 31, 400000 Cluj-Napoca", "Rumænien"),
 ("Ulica Ferhadija 11, 71000 Sarajevo", "Bosnien-Hercegovina"),
 ("Kungsgatan 40, 411 19 Göteborg", "Sverige"),
 ("Lindenstraße 22, 24103 Kiel", "Tyskland"),
 ("Ulica Krakowska 7, 31-062 Kraków", "Polen"),
]
FOREIGN_PHONE = [("+46", "70 {a} {b} {c}"), ("+49", "151 {d}"), ("+48", "{e} {f} {g}"), ("+90", "532 {f} {h} {h2}"), ("+380", "67 {f} {i}"), ("+40", "721 {f} {f2}"), ("+298", "{f}{f2}"), ("+299", "{h}{h2}{h3}")]
PRIVATE_DOMAINS = ["gmail.com","hotmail.com","hotmail.dk","outlook.dk","live.dk","yahoo.dk","icloud.com","mail.dk","webspeed.dk","protonmail.com"]
MUNIS = [("Aarhus","aarhus.dk"),("Randers","randers.dk"),("Vejle","vejle.dk"),("København","kk.dk"),("Odense","odense.dk"),("Aalborg","aalborg.dk"),("Esbjerg","esbjerg.dk"),("Kolding","kolding.dk"),("Horsens","horsens.dk"),("Herning","herning.dk"),("Viborg","viborg.dk"),("Silkeborg","silkeborg.dk"),("Roskilde","roskilde.dk"),("Næstved","naestved.dk"),("Slagelse","slagelse.dk"),("Holbæk","holbaek.dk"),("Hjørring","hjoerring.dk"),("Svendborg","svendborg.dk")]
SCHOOLS = ["Søndervangskolen","Rosenvængets Skole","Bakkeskolen","Vestre Skole","Engdalskolen","Nørrebakkeskolen","Tranbjergskolen","Kirkebakkeskolen","Åskolen","Lindeparkskolen","Hedeskolen","Fjordskolen","Mølleskolen","Østervangskolen","Byskolen"]
INSTITUTIONS_PRIV = ["Lilleskolen Kastanjen","Friskolen Grønnehave","Børnehuset Mælkebøtten","Den Selvejende Børnehave Troldehøjen","Opholdsstedet Egely","Opholdsstedet Lyngbakken","Fritidsklubben Krudtet","Familieplejen Vestkysten ApS","Netværksplejen Midt","Klitgaard Efterskole","Efterskolen Bøgely","Rudegaard Privatskole","Vuggestuen Humlebien","Ungdomshjemmet Fyrtårnet","Den Frie Skole Ved Fjorden","Specialbørnehaven Regnbuen","Bosted Havblik","Opholdsstedet Nordstjernen","Klubben Vulkanen","Privatskolen Kildebakken","Familieplejeforeningen Brobyg","Ungebostedet Skovly","Idrætsefterskolen Nordvest","Naturbørnehaven Mosegrisen","Opholdsstedet Stenhøj","Fritidshjemmet Bikuben","Heldagsskolen Lærkereden","Kostskolen Frydenlund","Plejefamilienetværket Dagmar","Dagplejen Trylleskoven"]
