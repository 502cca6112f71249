# Invented name, street and town pools for blind49 (written by hand, no library).
# Each origin: (female first names, male first names, surnames)
ORIGINS = {
 "dk": (["Mette","Anne","Sofie","Emma","Freja","Ida","Clara","Karla","Camilla","Louise","Christina","Tina","Pia","Lone","Maja","Signe","Line","Trine","Helle","Birgitte","Rikke","Nanna","Julie","Laura","Josefine","Marianne","Susanne","Kirsten"],
        ["Lars","Søren","Mads","William","Noah","Lucas","Oscar","Magnus","Frederik","Mikkel","Henrik","Jesper","Kim","Jan","Rasmus","Anders","Thomas","Martin","Morten","Christian","Jonas","Niels","Peter","Tobias","Emil","Kasper","Villads","Malthe"],
        ["Jensen","Nielsen","Hansen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Petersen","Madsen","Kristensen","Thomsen","Johansen","Møller","Mortensen","Knudsen","Mikkelsen","Frandsen","Kjærgaard","Bech","Damgaard","Overgaard","Nørgaard","Dalsgaard","Krogh","Lauridsen","Vestergaard","Juhl"]),
 "dkrare": (["Ellinor","Vilja","Alberte","Liva","Thyra","Sigrid","Asta","Ingeborg","Rosa","Silje","Dagmar","Lykke","Sol","Tilde","Aya"],
        ["Asger","Eskild","Gorm","Otto","Halfdan","Bo","Storm","Ask","Ulv","Frej","Eigil","Ebbe","Kjeld","Hjalte","Bertram"],
        ["Skov","Vinter","Busk","Stampe","Kjeldsmark","Lykkegaard","Bramsen","Fogh","Brodersen","Egelund","Hedegaard","Toft","Rønnow","Mejlby","Ravnborg"]),
 "gl": (["Naja","Pipaluk","Nivi","Ivalu","Arnaq","Paninnguaq","Aviaja","Ujarak"],
        ["Aputsiaq","Inuk","Malik","Kunuk","Nukannguaq","Qillaq","Hans-Ole","Minik"],
        ["Kleist","Lynge","Heilmann","Motzfeldt","Kreutzmann","Berthelsen","Mølgaard","Olsvig"]),
 "fo": (["Turið","Guðrun","Sunnvá","Rakul","Bjørg","Elin"],
        ["Rói","Sjúrður","Bárður","Eyðun","Hallur","Jógvan"],
        ["Joensen","Djurhuus","Háberg","Dalsgarð","Midjord","Niclasen"]),
 "so": (["Hodan","Fadumo","Ayaan","Khadra","Sahra","Hibaaq","Istahil"],
        ["Abdirahman","Mohamed","Hamza","Abdullahi","Liban","Mahad","Guled"],
        ["Warsame","Farah","Abdi","Yusuf","Mohamud","Jama","Egal","Hirsi"]),
 "ar": (["Yasmin","Layla","Rania","Nour","Fatima","Amal","Dalia","Huda"],
        ["Ahmad","Khaled","Youssef","Omar","Tariq","Samir","Bilal","Karim"],
        ["Al-Sayed","Haddad","Nasser","Khalil","Mansour","Abu-Zeid","El-Masri","Darwish"]),
 "ku": (["Rojda","Zilan","Dilan","Berfin","Hêvî","Rojin","Nazdar"],
        ["Baran","Azad","Rêzan","Dilshad","Kawa","Shivan","Hozan"],
        ["Zaxoyi","Hawrami","Rashid","Sindi","Botani","Mizuri"]),
 "tr": (["Elif","Zeynep","Ayşe","Büşra","Merve","Esra"],
        ["Emre","Mehmet","Burak","Kaan","Yusuf","Serkan","Onur"],
        ["Yılmaz","Kaya","Demir","Şahin","Öztürk","Çelik","Aydın","Arslan"]),
 "af": (["Mursal","Zahra","Shabnam","Nilofar","Freshta","Parwana"],
        ["Farid","Habib","Wahid","Jawad","Naweed","Sohrab"],
        ["Ahmadzai","Hakimi","Rahimi","Karimi","Popal","Noori","Sultani"]),
 "pk": (["Ayesha","Sana","Hira","Mahnoor","Sadia","Rabia"],
        ["Imran","Usman","Faisal","Hamid","Zubair","Adeel"],
        ["Chaudhry","Qureshi","Butt","Iqbal","Raza","Siddiqui"]),
 "pl": (["Zofia","Agnieszka","Małgorzata","Katarzyna","Joanna","Wiktoria"],
        ["Kacper","Wojciech","Mateusz","Jakub","Paweł","Krzysztof"],
        ["Kowalski","Nowak","Wiśniewska","Zieliński","Wójcik","Kamińska","Lewandowski"]),
 "ua": (["Yulia","Oksana","Iryna","Olena","Sofiia","Khrystyna"],
        ["Oleksandr","Bohdan","Taras","Dmytro","Andrii","Mykola"],
        ["Shevchenko","Kovalenko","Bondarenko","Tkachenko","Melnyk","Kravchuk"]),
 "ro": (["Ioana","Alexandra","Andreea","Mihaela","Roxana"],
        ["Andrei","Mihai","Florin","Ionuț","Cătălin"],
        ["Popescu","Ionescu","Dumitru","Constantin","Stoica","Munteanu"]),
 "ba": (["Lejla","Emina","Selma","Dženana","Amra","Aida"],
        ["Amir","Adnan","Haris","Edin","Mirza","Kenan"],
        ["Hodžić","Begić","Mujić","Delić","Hadžić","Kovačević"]),
 "er": (["Senait","Luwam","Semhar","Meron","Saba","Yordanos"],
        ["Yonas","Filmon","Dawit","Kidane","Robel","Natnael"],
        ["Tesfay","Ghebremedhin","Habte","Berhane","Woldu","Tekle"]),
 "vn": (["Linh","Huong","Thuy","Ngoc","Trang"],
        ["Minh","Thanh","Quang","Tuan","Duc"],
        ["Nguyen","Tran","Pham","Hoang","Vu","Dang"]),
 "th": (["Malee","Siriporn","Kanya","Pim","Ratana"],
        ["Somchai","Nattapong","Anan","Kittisak"],
        ["Saetang","Wongsa","Chaiyaporn","Srisuk","Boonmee"]),
 "ph": (["Maricel","Rowena","Kristine","Jonalyn","Princess"],
        ["Jericho","Angelo","Jomar","Rodel","Mark Anthony"],
        ["Santos","Reyes","Dela Cruz","Bautista","Mendoza","Villanueva"]),
 "en": (["Charlotte","Emily","Harriet","Olivia","Grace"],
        ["Oliver","Jack","George","Harry","Callum"],
        ["Smith","Taylor","Brown","Wilson","Clarke","O'Brien"]),
}
ORIGIN_WEIGHTS = [("dk",34),("dkrare",10),("gl",4),("fo",3),("so",5),("ar",5),("ku",4),("tr",5),("af",4),("pk",3),("pl",4),("ua",4),("ro",3),("ba",3),("er",3),("vn",3),("th",2),("ph",2),("en",2)]

# nicknames (used as the person's name) and misspellings
NICK = {"Christian":"Chris","Mohamed":"Mo","Abdirahman":"Abdi","Oleksandr":"Sasha","Katarzyna":"Kasia","Frederik":"Frede","Sebastian":"Basse","Rasmus":"Rasse","Kristine":"Tin-Tin","Aputsiaq":"Apu","Malthe":"Malle","Josefine":"Josse","Wojciech":"Wojtek","Małgorzata":"Gosia","Henrik":"Henne","Nattapong":"Nat"}
MISSPELL = {"Mohamed":"Muhammed","Søren":"Soren","Kowalski":"Kovalski","Mette":"Mete","Yılmaz":"Yilmaz","Shevchenko":"Sjevtjenko","Christensen":"Kristiansen","Sørensen":"Sörensen","Abdirahman":"Abdiraman","Hodžić":"Hodzic","Nguyen":"Nguyễn","Ahmadzai":"Ahmadsai","Ghebremedhin":"Gebremedhin","Lauridsen":"Lauritsen","Kjærgaard":"Kjærgård","Nørgaard":"Nørregaard"}

STREETS = ["Søndergade","Vestergade","Østergade","Nørregade","Kirkevej","Skolevej","Møllevej","Bakkevej","Engvej","Birkevej","Egevej","Lindevej","Rosenvænget","Violvej","Ahornvej","Stationsvej","Toftevej","Tværgade","Jernbanegade","Parkvej","Bøgevej","Grønnegade","Havnegade","Strandvejen","Skovvej","Vibevej","Lærkevej","Svanevej","Mågevej","Fasanvej","Kastanievej","Hybenvej","Hyldevej","Elmevej","Tjørnevej","Granvej","Fyrrevej","Rugvænget","Byvej","Nygade","Torvegade","Vestre Ringgade","Søbakken","Højvangen","Tingvej","Kongensgade","Æblehaven","Kløvervej","Pilevej","Solbakken"]
# real postcodes and towns
TOWNS = [("8000","Aarhus C"),("8200","Aarhus N"),("8210","Aarhus V"),("8220","Brabrand"),("8260","Viby J"),("8600","Silkeborg"),("8700","Horsens"),("8800","Viborg"),("8900","Randers C"),("8930","Randers NØ"),("7100","Vejle"),("7400","Herning"),("7500","Holstebro"),("6700","Esbjerg"),("6000","Kolding"),("7000","Fredericia"),("5000","Odense C"),("5200","Odense V"),("5700","Svendborg"),("9000","Aalborg"),("9200","Aalborg SV"),("9700","Brønderslev"),("9800","Hjørring"),("9900","Frederikshavn"),("4000","Roskilde"),("4100","Ringsted"),("4200","Slagelse"),("4700","Næstved"),("3000","Helsingør"),("3400","Hillerød"),("2630","Taastrup"),("2650","Hvidovre"),("2300","København S"),("2400","København NV"),("8300","Odder"),("8500","Grenaa"),("8660","Skanderborg"),("7800","Skive"),("6100","Haderslev"),("6200","Aabenraa"),("6400","Sønderborg"),("3700","Rønne"),("8450","Hammel"),("8382","Hinnerup"),("8520","Lystrup"),("6600","Vejen"),("8370","Hadsten"),("8850","Bjerringbro")]
FOREIGN_ADDR = {
 "pl": ["ul. Długa {n}/{d}, 80-827 Gdańsk, Polen","ul. Piotrkowska {n} m. {d}, 90-406 Łódź, Polen"],
 "ua": ["vul. Shevchenka {n}, kv. {d}, 79000 Lviv, Ukraine","vul. Khreshchatyk {n}, kv. {d}, 01001 Kyiv, Ukraine"],
 "gl": ["Aqqusinersuaq {n}, 3900 Nuuk","B-{n}{d}, lejl. {d}, 3911 Sisimiut"],
 "fo": ["Niels Finsens gøta {n}, FO-100 Tórshavn","Heygavegur {n}, FO-700 Klaksvík"],
 "ro": ["Strada Mihai Eminescu nr. {n}, ap. {d}, 400001 Cluj-Napoca, Rumænien"],
 "tr": ["Atatürk Cad. No: {n} D: {d}, 34000 İstanbul, Tyrkiet"],
 "en": ["{n} Victoria Road, Leeds LS6 1AB, UK"],
 "se": ["Kungsgatan {n}, 211 49 Malmö, Sverige"],
}
FOREIGN_PHONE = {"pl": "+48 {a}{b}{c} {d}{e}{f} {g}{h}{i}", "ua": "+380 {a}{b} {c}{d}{e} {f}{g}{h}{i}", "gl": "+299 {a}{b} {c}{d} {e}{f}", "fo": "+298 {a}{b}{c}{d}{e}{f}", "ro": "+40 7{a}{b} {c}{d}{e} {f}{g}{h}", "tr": "+90 53{a} {b}{c}{d} {e}{f} {g}{h}", "en": "+44 7{a}{b}{c} {d}{e}{f}{g}{h}{i}", "se": "+46 70 {a}{b}{c} {d}{e} {f}{g}"}

MAILDOM_PRIV = ["gmail.com","hotmail.com","hotmail.dk","outlook.dk","live.dk","yahoo.dk","mail.dk","icloud.com","jubii.dk","stofanet.dk"]
KOMMUNER = [("Randers","randers.dk","89 15 15 15"),("Aalborg","aalborg.dk","99 31 31 31"),("Esbjerg","esbjerg.dk","76 16 16 16"),("Viborg","viborg.dk","87 87 87 87"),("Herning","herning.dk","96 28 28 28"),("Horsens","horsens.dk","76 29 29 29"),("Silkeborg","silkeborg.dk","89 70 10 00"),("Skanderborg","skanderborg.dk","87 94 70 00"),("Favrskov","favrskov.dk","89 64 10 10"),("Syddjurs","syddjurs.dk","87 53 50 00")]
PUBLIC_NUMBERS = ["112","114","1813","116 111","70 11 44 11","33 33 33 33"] + [k[2] for k in KOMMUNER]
WORKDOM = ["fgu-midt.dk","fgu-nord.dk","uu-vest.dk","tech-college.dk","sosu-ost.dk","via.dk","ucn.dk","rm.dk","rn.dk","efterskole-lejr.dk"]

INSTITUTIONS = ["Friskolen ved Mølleåen","Opholdsstedet Lærkereden","Efterskolen Solgården","Den Integrerede Institution Troldehøjen","Privatskolen Nordlys","Ungdomsklubben Krudtuglen","Familieplejen Midt","Opholdsstedet Egebakken","Børnehuset Regnbuen","Lilleskolen i Hasselhøj","Skovbørnehaven Mosekonen","Efterskolen Fjordly","Socialpædagogisk Opholdssted Havblik","Den Frie Skole Kløverbakken","Fritidsklubben Vulkanen","Netværksplejen Østjylland","Privatinstitutionen Myretuen","Efterskolen ved Limfjorden","Ungdomshjemmet Fyrtårnet","Behandlingsskolen Kompasset","Børnehaven Mariehønen","Opholdsstedet Nybo Huse","Rideklubben Hestehoven","Friskolen Trekløveret","Vuggestuen Humlebien","Sejlklubben Bølgen","Plejefamilieforeningen Fællesskab","Efterskolen Højlund","Dagplejen Solstrålen","Spejdergruppen Ørnereden","Musikefterskolen Tonegården","Specialfritidsklubben Lyngen","Kostskolen Egely","Opholdsstedet Stormly","Bosted for unge Vindrosen"]
