# Invented name, street and town pools for blind25 (written by hand, no library).
# Each origin: (female first names, male first names, surnames)
ORIGINS = {
 "dk": (["Amalie","Ida","Freja","Clara","Karla","Ella","Emma","Anne-Sofie","Mette","Camilla","Louise","Trine","Pernille","Signe","Rikke","Birgitte","Hanne","Lærke","Nanna","Maja","Sofie","Agnes","Alberte","Vigga","Esther","Merete","Lene","Kirsten","Bodil","Gry","Tove","Dorthe","Stine","Line","Nikoline"],
        ["Frederik","Mikkel","Rasmus","Søren","Jesper","Morten","Anders","Kasper","Thomas","Christian","Mads","Magnus","Oliver","Lucas","Villads","Carl","Malthe","Emil","Jonas","Henrik","Torben","Kim","Bjarne","Niels","Palle","Rune","Troels","Asger","Aksel","Johannes","Kristoffer","Benjamin","Alexander","Mathias","Nikolaj"],
        ["Hansen","Nielsen","Jensen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Petersen","Madsen","Kristensen","Olsen","Thomsen","Poulsen","Johansen","Knudsen","Mortensen","Møller","Jakobsen","Lauridsen","Nørgaard","Mikkelsen","Frederiksen","Kjær","Dalsgaard","Østergaard","Bundgaard","Vestergaard","Brøndum","Hjorth","Lindholm","Thygesen","Iversen","Bertelsen","Overgaard","Skytte","Damgaard","Lykkegaard"]),
 "dknew": (["Sol","Lykke","Vinter","Asta","Liv","Saga","Juno","Alma","Ronja","Isolde","Tilde","Bellis","Vilja","Svea","Ingrid-Marie"],
        ["Storm","Bo","Ask","Ulv","Frej","Eik","Sylvester","Balder","Valdemar","Thor","Ilja","Sigurd","Halfdan","Loke","Bertil"],
        ["Skov","Bæk","Kragh","Fjeldsted","Hedegaard","Ravn","Lykke","Krogh","Engholm","Stenbæk","Grønkjær","Birkholm","Lund-Ravn","Højlund","Rosendahl"]),
 "gl": (["Naja","Aviaja","Ivalu","Pipaluk","Nivi","Arnaq","Paninnguaq","Nukannguaq"],
        ["Malik","Aputsiaq","Inuk","Minik","Kunuk","Hans-Ole","Nuka","Ulloriaq"],
        ["Kleist","Lynge","Olsvig","Heilmann","Kristiansen","Berthelsen","Motzfeldt","Petrussen","Zeeb"]),
 "fo": (["Rannvá","Sunneva","Bára","Turið","Guðrun","Jóhanna"],
        ["Rógvi","Sjúrður","Heðin","Jógvan","Bárður","Tróndur"],
        ["Joensen","Poulsen","Hansen","Dahl","Mikkelsen","Jacobsen","Høgnesen","Olsen"]),
 "so": (["Hodan","Fadumo","Ayaan","Ifrah","Sahra","Hibaaq","Deeqa","Warsan"],
        ["Abdirahman","Mahad","Abdullahi","Liban","Guled","Yusuf","Hassan","Abdiqani"],
        ["Warsame","Farah","Abdi","Mohamud","Jama","Osman","Hirsi","Egal"]),
 "ar": (["Fatima","Aisha","Layla","Yasmin","Noor","Mariam","Rania","Salma","Huda"],
        ["Mohammed","Ahmad","Omar","Khalid","Youssef","Ibrahim","Karim","Bilal","Tariq"],
        ["Al-Hassan","Haddad","Khalil","Nasser","Saleh","Abu-Khalil","Hamdan","El-Sayed","Mansour"]),
 "ku": (["Rojin","Berivan","Dilan","Hêvî","Zilan","Nazdar"],
        ["Rebwar","Aram","Dilshad","Serhat","Karwan","Hiwa"],
        ["Barzani","Ahmadi","Hawrami","Kurdo","Rahimi","Sindi"]),
 "tr": (["Elif","Zeynep","Ayşe","Emine","Büşra","Merve","Esra"],
        ["Mehmet","Emre","Murat","Burak","Kerem","Oğuz","Serkan"],
        ["Yılmaz","Kaya","Demir","Şahin","Çelik","Öztürk","Aydın","Kılıç"]),
 "af": (["Zahra","Parwana","Farzana","Shabnam","Mursal","Nilofar"],
        ["Ahmad Shah","Sayed","Habibullah","Mustafa","Farid","Zabihullah"],
        ["Hakimi","Popal","Noori","Sultani","Karimi","Wardak","Haidari"]),
 "pk": (["Ayesha","Sana","Mahnoor","Iqra","Rabia","Nida"],
        ["Usman","Imran","Hamza","Waqas","Zeeshan","Asad"],
        ["Qureshi","Butt","Chaudhry","Malik","Iqbal","Rana","Javed"]),
 "pl": (["Agnieszka","Małgorzata","Katarzyna","Zofia","Joanna","Natalia","Wiktoria"],
        ["Piotr","Tomasz","Krzysztof","Jakub","Paweł","Szymon","Łukasz"],
        ["Kowalski","Nowak","Wiśniewska","Zieliński","Lewandowska","Wójcik","Kamińska","Mazur"]),
 "ua": (["Oksana","Olena","Iryna","Yuliia","Sofiia","Daryna"],
        ["Oleksandr","Dmytro","Andrii","Bohdan","Taras","Mykola"],
        ["Shevchenko","Bondarenko","Kovalenko","Tkachenko","Melnyk","Kravchuk","Hrytsenko"]),
 "ro": (["Ioana","Andreea","Elena","Bianca","Mădălina"],
        ["Andrei","Ionuț","Mihai","Florin","Cosmin"],
        ["Popescu","Ionescu","Dumitrescu","Stan","Constantin","Munteanu"]),
 "ba": (["Amra","Selma","Lejla","Emina","Azra","Dženana"],
        ["Edin","Adnan","Emir","Haris","Nermin","Kenan"],
        ["Hodžić","Mehmedović","Begić","Hadžić","Kovačević","Delić","Alić"]),
 "er": (["Senait","Helen","Yodit","Lula","Saba","Feven"],
        ["Tesfay","Yonas","Filmon","Dawit","Mehari","Biniam"],
        ["Tesfamariam","Ghebremedhin","Haile","Berhane","Woldu","Kidane"]),
 "vn": (["Linh","Thu Trang","Ngoc Anh","Huong","Mai Anh"],
        ["Minh","Duc Anh","Tuan","Quang","Hoang"],
        ["Nguyen","Tran","Le","Pham","Hoang","Vu","Dang"]),
 "th": (["Siriporn","Malee","Kanya","Pranee","Nattaya","Wanida"],
        ["Somchai","Anan","Kittisak","Niran"],
        ["Srisuk","Boonmee","Chaiyaporn","Saetang","Wongsawat"]),
 "ph": (["Maricel","Rowena","Jocelyn","Kristine Joy","Lorna"],
        ["Jomar","Rodel","Mark Anthony","Arnel"],
        ["Dela Cruz","Santos","Reyes","Bautista","Villanueva","Mendoza"]),
 "en": (["Chloe","Jessica","Hannah","Bethany","Megan"],
        ["Liam","Connor","Harry","Jack","Callum"],
        ["Smith","Taylor","O'Brien","Walsh","Robinson","Fletcher"]),
}
ORIGIN_WEIGHTS = [("dk",34),("dknew",9),("gl",5),("fo",3),("so",5),("ar",6),("ku",4),("tr",5),("af",4),("pk",3),("pl",5),("ua",4),("ro",3),("ba",3),("er",3),("vn",3),("th",2),("ph",2),("en",3)]

NICK = {"Frederik":"Frede","Christian":"Chris","Alexander":"Alex","Mohammed":"Mo","Benjamin":"Benji","Johannes":"Johs","Kristoffer":"Kris","Nikolaj":"Nikko","Magnus":"Manse","Abdirahman":"Abdi","Aleksander":"Aleks","Oleksandr":"Sasha","Małgorzata":"Gosia","Katarzyna":"Kasia","Agnieszka":"Aga","Zeynep":"Zey","Jomar":"Jom","Nikoline":"Nikki","Pernille":"Pelle","Camilla":"Millo","Elizabeth":"Lizzie","Abdullahi":"Dulle","Aputsiaq":"Aputsi","Sigurd":"Siggi","Villads":"Ville","Valdemar":"Valde","Mikkel":"Mikke","Ingrid-Marie":"Ninne"}

STREETS = ["Birkevej","Egevej","Skovvej","Vestergade","Østergade","Nørregade","Søndergade","Kirkevej","Skolevej","Stationsvej","Møllevej","Enghavevej","Bakkevej","Lindevej","Rosenvej","Ahornvej","Kastanjevej","Bøgevej","Granvej","Fasanvej","Engvej","Strandvejen","Havnegade","Torvegade","Jernbanegade","Parkvej","Solvej","Vibevej","Lærkevej","Svanevej","Mågevej","Tranevej","Humlebakken","Kløvervej","Valmuevej","Hybenvej","Grønnegade","Slotsgade","Algade","Bredgade","Toftevej","Hedevej","Nyvej","Kongevejen","Holmevej","Mejsevej","Hasselvej","Pilevej","Ringvejen","Tingvej","Blomstervænget","Elmevej","Spurvevej","Kornvænget","Åvænget","Nørrebrogade","Gl. Kongevej","H.C. Andersens Vej","Dr. Margrethes Vej","Tagensvej"]

TOWNS = [("8000","Aarhus C"),("8200","Aarhus N"),("8210","Aarhus V"),("8220","Brabrand"),("8260","Viby J"),("8270","Højbjerg"),("8300","Odder"),("8600","Silkeborg"),("8700","Horsens"),("8900","Randers C"),("7100","Vejle"),("6000","Kolding"),("6700","Esbjerg"),("7400","Herning"),("8800","Viborg"),("9000","Aalborg"),("9200","Aalborg SV"),("9800","Hjørring"),("9900","Frederikshavn"),("5000","Odense C"),("5200","Odense V"),("5220","Odense SØ"),("5700","Svendborg"),("5500","Middelfart"),("4000","Roskilde"),("4200","Slagelse"),("4700","Næstved"),("4300","Holbæk"),("3400","Hillerød"),("2300","København S"),("2400","København NV"),("2200","København N"),("2500","Valby"),("2650","Hvidovre"),("2620","Albertslund"),("2630","Taastrup"),("4800","Nykøbing F"),("3700","Rønne"),("6400","Sønderborg"),("6100","Haderslev"),("7500","Holstebro"),("8500","Grenaa"),("4100","Ringsted"),("4600","Køge")]

KOMMUNER = [("Aarhus Kommune","aarhus.dk"),("Odense Kommune","odense.dk"),("Aalborg Kommune","aalborg.dk"),("Københavns Kommune","kk.dk"),("Vejle Kommune","vejle.dk"),("Esbjerg Kommune","esbjerg.dk"),("Randers Kommune","randers.dk"),("Horsens Kommune","horsens.dk"),("Kolding Kommune","kolding.dk"),("Silkeborg Kommune","silkeborg.dk"),("Herning Kommune","herning.dk"),("Næstved Kommune","naestved.dk"),("Slagelse Kommune","slagelse.dk"),("Roskilde Kommune","roskilde.dk"),("Svendborg Kommune","svendborg.dk"),("Viborg Kommune","viborg.dk")]

PRIVATE_DOMAINS = ["gmail.com","hotmail.com","outlook.dk","live.dk","yahoo.dk","mail.dk","icloud.com","jubii.dk","stofanet.dk","hotmail.dk"]
SCHOOL_DOMAINS = ["skolekom.dk","aula-skole.dk","edu.kommune-skoler.dk"]
REGION_DOMAINS = ["rm.dk","regionh.dk","rsyd.dk","rn.dk","regionsjaelland.dk"]
LAW_FIRMS = [("Advokathuset Vestkysten","advokathuset-vk.dk"),("Advokatfirmaet Kongeå","kongeaa-advokat.dk"),("Advokaterne ved Torvet","torvadvokat.dk"),("Familieadvokaterne Midt","famadv-midt.dk"),("Advokatkontoret Fjordbyen","fjordbyen-advokat.dk"),("Nordstjernen Advokater","nordstjernen-law.dk")]
CLUB_DOMAINS = ["ifboldklub.dk","hallensport.dk","ungdomsklubben-nord.dk","fritidsklub-syd.dk","svommeklubben-delfin.dk","haandbold-ik.dk"]

FOREIGN_ADDR = [
 lambda r: f"ul. Długa {r.randint(2,90)}/{r.randint(1,20)}, 80-{r.randint(100,999)} Gdańsk",
 lambda r: f"Atatürk Caddesi No: {r.randint(3,150)}, Konak, İzmir",
 lambda r: f"Hauptstraße {r.randint(2,80)}, 24937 Flensburg",
 lambda r: f"Aqqusinersuaq {r.randint(2,40)}, 3900 Nuuk",
 lambda r: f"Niels Finsens gøta {r.randint(2,30)}, FO-100 Tórshavn",
 lambda r: f"vul. Shevchenka {r.randint(2,120)}, kv. {r.randint(1,90)}, Lviv",
 lambda r: f"Storgatan {r.randint(2,60)}, 211 {r.randint(10,99)} Malmö",
 lambda r: f"Strada Mihai Eminescu {r.randint(2,90)}, Cluj-Napoca",
]
FOREIGN_PHONE = [
 lambda r: f"+46 70 {r.randint(100,999)} {r.randint(10,99)} {r.randint(10,99)}",
 lambda r: f"+90 532 {r.randint(100,999)} {r.randint(10,99)} {r.randint(10,99)}",
 lambda r: f"+48 {r.randint(500,799)} {r.randint(100,999)} {r.randint(100,999)}",
 lambda r: f"+44 7700 {r.randint(100000,999999)}",
 lambda r: f"+299 {r.randint(20,59)} {r.randint(10,99)} {r.randint(10,99)}",
 lambda r: f"+298 {r.randint(200000,599999)}",
 lambda r: f"+380 67 {r.randint(100,999)} {r.randint(1000,9999)}",
 lambda r: f"+49 151 {r.randint(1000000,9999999)}",
]

INSTITUTIONS = ["Opholdsstedet Kragereden","Lindegårdens Efterskole","Børnehuset Mælkebøtten","Fritidsklubben Trekanten","Familieplejen Vestkysten ApS","Den Frie Skole ved Fjorden","Opholdsstedet Havbrisen","Privatskolen Bøgely","Efterskolen Klitrosen","Daginstitutionen Solstrålen","Ungdomsklubben Pulsen","Botilbuddet Nordlyset","Behandlingsskolen Ankeret","Plejefamilieforeningen Trinbrættet","Friskolen Kildebakken","Vuggestuen Troldehøjen","Opholdsstedet Egebo","Idrætsefterskolen Vestbjerg","Den Lille Skole i Bakkedal","Familiehuset Fyrtårnet","Skovbørnehaven Egernet","Opholdsstedet Granly ApS","Heldagsskolen Springbrættet","Efterskolen Nørreå","Klubhuset Kompasset","Døgninstitutionen Lærkereden","Børneinstitutionen Spiretoppen","Privatskolen Strandgården","Socialpædagogisk Opholdssted Bakkely","Fodboldklubben FC Engholt Ungdom"]
