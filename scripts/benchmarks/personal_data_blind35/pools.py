# Invented-name pools for blind35 (written by hand, no library).
ORIGINS = {
 "dk": (["Mette","Camilla","Søren","Jesper","Line","Rasmus","Ida","Mikkel","Freja","Magnus","Anne Sofie","Kasper","Louise","Nikolaj","Signe","Emil","Karoline","Jonas","Trine","Malthe","Birgitte","Henrik","Asta","Villads","Kirsten","Torben","Nanna","Aksel","Rikke","Bjarke","Dorthe","Carl-Emil"],
        ["Jensen","Nielsen","Hansen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Madsen","Kristensen","Thomsen","Poulsen","Mortensen","Holm Nielsen","Dalgaard","Bech","Kjærgaard","Thygesen","Vestergaard","Munk","Brøndum","Lauridsen"]),
 "dkrare": (["Ellemarie","Tove-Lis","Ravn","Noam","Elvira","Hjalte","Alberte","Vitus","Liva","Gry","Sigurd","Birthe-Marie","Valde","Ingefær","Oluf"],
        ["Brunbjerg","Kjeldsmark","Stougaard","Fårup","Halkjær","Ibsgaard","Trolle","Lindskov","Overgaard","Smedegaard","Nørlund","Rævdal"]),
 "word": (["Sol","Storm","Lykke","Bo","Ask","Ulv","Frej","Vinter","Mark"],
        ["Skov","Vinter","Storm","Ravn","Bæk","Kilde"]),
 "grl": (["Aputsiaq","Naja","Inunnguaq","Pipaluk","Malik","Nivi","Arnaq","Kuluk","Paninnguaq","Minik"],
        ["Kleist","Lynge","Heilmann","Motzfeldt","Berthelsen","Kreutzmann","Fleischer","Zeeb"]),
 "fo": (["Rúni","Heðin","Sunnvá","Bárður","Guðrun","Jógvan","Turið","Eyðun"],
        ["Joensen","Poulsen á Rógvi","Hansen í Túni","Dahl","Mikkelsen á Ryggi","Petersen í Horni"]),
 "so": (["Hodan","Abdirahman","Ifrah","Farhiya","Mahad","Yasmin","Abdikarim","Sagal","Hamza"],
        ["Warsame","Abdi","Farah","Hirsi","Jama","Osman","Mohamud","Egal"]),
 "ar": (["Mohammed","Fatima","Amal","Yousef","Rania","Ahmad","Layla","Omar","Nour","Khalid","Aya"],
        ["Al-Hassan","Haddad","Mansour","Khalil","Saleh","Abu-Zaid","El-Masri","Nasser"]),
 "ku": (["Rojda","Baran","Zilan","Dilan","Serhat","Berivan","Rêzan","Hêvî"],
        ["Amedi","Barzani","Zaxoyî","Kobanî","Şêxo","Tahir"]),
 "tr": (["Elif","Emre","Zeynep","Mehmet","Ayşe","Burak","Esra","Yusuf","Deniz"],
        ["Yılmaz","Demir","Kaya","Öztürk","Aydın","Çelik","Şahin","Arslan"]),
 "af": (["Farid","Zarghuna","Mariam","Ahmad Shah","Nilofar","Habibullah","Parwana","Sohrab"],
        ["Ahmadzai","Noori","Rahimi","Karimi","Hashimi","Sultani","Wardak"]),
 "pk": (["Ayesha","Imran","Sana","Bilal","Hira","Usman","Zainab","Faisal"],
        ["Chaudhry","Qureshi","Malik-Butt","Siddiqui","Rana","Anwar","Javed"]),
 "pl": (["Katarzyna","Kasia","Piotr","Agnieszka","Mateusz","Zofia","Łukasz","Wojciech"],
        ["Kowalski","Nowak","Wiśniewska","Zieliński","Lewandowska","Wójcik","Kamiński"]),
 "ua": (["Oksana","Taras","Olena","Mykola","Yulia","Bohdan","Iryna","Dmytro"],
        ["Shevchenko","Kovalenko","Bondarenko","Tkachenko","Melnyk","Kravchuk","Hnatyuk"]),
 "ro": (["Ionuț","Andreea","Mihai","Ioana","Florin","Daria","Ștefan","Bianca"],
        ["Popescu","Ionescu","Dumitrescu","Stoica","Munteanu","Constantin","Rădulescu"]),
 "ba": (["Amra","Emir","Selma","Haris","Lejla","Adnan","Merima","Dženan"],
        ["Hodžić","Begić","Kovačević","Mehmedović","Hadžić","Delić","Softić"]),
 "er": (["Yonas","Semhar","Tesfay","Helen","Filmon","Saba","Robel","Luwam"],
        ["Tesfamariam","Gebremedhin","Haile","Weldu","Kidane","Berhane","Tekle"]),
 "vn": (["Linh","Thanh","Minh Anh","Quang","Hoa","Tuan","Ngoc","Duc"],
        ["Nguyen","Tran","Pham","Hoang","Vu","Dang","Bui"]),
 "th": (["Siriporn","Nattapong","Kanya","Somchai","Ploy","Waraporn","Chaiya"],
        ["Srisuk","Boonmee","Chaiyaporn","Wongsawat","Kittisak","Rattanakul"]),
 "ph": (["Maricel","Jerome","Rowena","Jomar","Lovely","Arnel","Kristine"],
        ["Dela Cruz","Santos","Reyes","Bautista","Villanueva","Mendoza","Garcia"]),
 "en": (["Liam","Olivia","Chloe","Ethan","Harriet","Callum","Niamh","Jack"],
        ["Smith","O'Brien","Whitfield","Thompson","McKenzie","Clarke","Harper"]),
}
ORIGIN_W = {"dk":30,"dkrare":7,"word":6,"grl":5,"fo":4,"so":5,"ar":6,"ku":4,"tr":5,"af":4,"pk":4,"pl":4,"ua":4,"ro":3,"ba":3,"er":3,"vn":3,"th":2,"ph":2,"en":3}
NICK = {"Mohammed":"Mo","Katarzyna":"Kasia","Nikolaj":"Nikki","Magnus":"Manse","Abdirahman":"Abdi","Kasper":"Kaspi","Rasmus":"Ras","Karoline":"Karo","Mikkel":"Mikse","Jesper":"Jeppe","Aputsiaq":"Aputi","Ionuț":"Nuțu","Olivia":"Livvy","Habibullah":"Habib","Bjarke":"Bjakke","Ellemarie":"Elle","Zeynep":"Zey","Mateusz":"Mati","Oksana":"Ksenia","Wojciech":"Wojtek","Callum":"Cal","Jerome":"Jay","Nattapong":"Nat","Abdikarim":"Karim"}

# real postcodes/towns; town -> municipality web domain
TOWNS = [("8000","Aarhus C","aarhus.dk","Aarhus"),("8200","Aarhus N","aarhus.dk","Aarhus"),("8210","Aarhus V","aarhus.dk","Aarhus"),
 ("2200","København N","kk.dk","Københavns"),("2300","København S","kk.dk","Københavns"),("2400","København NV","kk.dk","Københavns"),("2500","Valby","kk.dk","Københavns"),
 ("5000","Odense C","odense.dk","Odense"),("5200","Odense V","odense.dk","Odense"),("9000","Aalborg","aalborg.dk","Aalborg"),("9200","Aalborg SV","aalborg.dk","Aalborg"),
 ("7100","Vejle","vejle.dk","Vejle"),("6700","Esbjerg","esbjerg.dk","Esbjerg"),("8900","Randers C","randers.dk","Randers"),("4000","Roskilde","roskilde.dk","Roskilde"),
 ("3400","Hillerød","hillerod.dk","Hillerød"),("4700","Næstved","naestved.dk","Næstved"),("7400","Herning","herning.dk","Herning"),("8700","Horsens","horsens.dk","Horsens"),
 ("6000","Kolding","kolding.dk","Kolding"),("7500","Holstebro","holstebro.dk","Holstebro"),("8800","Viborg","viborg.dk","Viborg"),("4200","Slagelse","slagelse.dk","Slagelse"),
 ("9800","Hjørring","hjoerring.dk","Hjørring"),("6400","Sønderborg","sonderborg.dk","Sønderborg"),("3000","Helsingør","helsingor.dk","Helsingør"),("2650","Hvidovre","hvidovre.dk","Hvidovre"),
 ("2750","Ballerup","balk.dk","Ballerup"),("5700","Svendborg","svendborg.dk","Svendborg"),("4600","Køge","koege.dk","Køge"),("8600","Silkeborg","silkeborg.dk","Silkeborg"),
 ("7000","Fredericia","fredericia.dk","Fredericia"),("6100","Haderslev","haderslev.dk","Haderslev"),("4800","Nykøbing F","guldborgsund.dk","Guldborgsund"),("3700","Rønne","brk.dk","Bornholms Regional"),
 ("4300","Holbæk","holb.dk","Holbæk"),("2630","Taastrup","htk.dk","Høje-Taastrup")]
STREETS = ["Birkevej","Skolegade","Kirkevej","Møllevej","Engvej","Vestergade","Østergade","Nørregade","Søndergade","Bakkevej","Ahornvej","Lindevej","Rosenvænget","Kastanievej","Stationsvej","Toftevej","Fasanvej","Egevej","Grønnegade","Jernbanegade","Parkvej","Violvej","Hybenvej","Ringvejen","Valmuevej","Solsortevej","Teglværksvej","Åbakken","Humlebakken","Præstevænget","Kløvervej","Mejsevej","Havrevænget","Fyrrevej","Enghavevej"]
FOREIGN_ADDR = ["ul. Kwiatowa 14/3, 60-123 Poznań","Strada Florilor 22, 400123 Cluj-Napoca","Hauptstraße 12, 24937 Flensburg","Aqqusinersuaq 14, 3900 Nuuk","Undir Glyvraberg 6, 100 Tórshavn","vul. Shevchenka 41, kv. 7, 79000 Lviv","Storgatan 18, 211 34 Malmö","Atatürk Cad. No: 45, 35220 İzmir","12 Rosebery Avenue, Leeds LS8 2QE","Ul. Titova 9, 71000 Sarajevo"]
FOREIGN_PHONE = ["+48 601 234 567","+90 532 418 77 05","+46 70 312 45 88","+380 67 451 2290","+40 722 518 304","+44 7700 900 412","+299 52 41 86","+298 21 77 43","+49 151 2384 6610","+63 917 555 0142"]
MAILDOM = ["gmail.com","hotmail.com","hotmail.dk","outlook.dk","live.dk","yahoo.com","mail.dk","icloud.com","jubii.dk","privat.dk"]

FEMALE = set("""Mette Camilla Line Ida Freja Anne_Sofie Louise Signe Karoline Trine Birgitte Asta Kirsten Nanna Rikke Dorthe
Ellemarie Tove-Lis Elvira Alberte Liva Gry Birthe-Marie Ingefær Sol Lykke Vinter
Naja Pipaluk Nivi Arnaq Kuluk Paninnguaq Sunnvá Guðrun Turið Hodan Ifrah Farhiya Yasmin Sagal Fatima Amal Rania Layla Nour Aya
Rojda Zilan Dilan Berivan Hêvî Elif Zeynep Ayşe Esra Deniz Zarghuna Mariam Nilofar Parwana Ayesha Sana Hira Zainab
Katarzyna Kasia Agnieszka Zofia Oksana Olena Yulia Iryna Andreea Ioana Daria Bianca Amra Selma Lejla Merima
Semhar Helen Saba Luwam Linh Minh_Anh Hoa Ngoc Siriporn Kanya Ploy Waraporn Maricel Rowena Lovely Kristine Olivia Chloe Harriet Niamh""".split())
FEMALE = set(x.replace("_", " ") for x in FEMALE)
MALE_ONLY_EXCLUDE = {"Deniz", "Linh", "Ngoc", "Sol", "Vinter", "Minh Anh"}  # usable for either
