"""Invented name/street/town pools for blind43 (written by hand, no library)."""
# (first name, gender) per origin
FIRST = {
 "dk": [("Mette","f"),("Anne","f"),("Kirsten","f"),("Hanne","f"),("Susanne","f"),("Lene","f"),("Camilla","f"),("Louise","f"),("Sofie","f"),("Emma","f"),("Ida","f"),("Freja","f"),("Clara","f"),("Mathilde","f"),("Signe","f"),("Trine","f"),("Pernille","f"),("Rikke","f"),("Maja","f"),("Karoline","f"),("Nanna","f"),("Ditte","f"),("Birgitte","f"),("Vibeke","f"),("Jytte","f"),("Malene","f"),("Stine","f"),("Julie","f"),
        ("Lars","m"),("Jens","m"),("Peter","m"),("Søren","m"),("Morten","m"),("Henrik","m"),("Thomas","m"),("Rasmus","m"),("Mikkel","m"),("Anders","m"),("Jesper","m"),("Kasper","m"),("Frederik","m"),("Oliver","m"),("William","m"),("Noah","m"),("Lucas","m"),("Magnus","m"),("Victor","m"),("Emil","m"),("Mads","m"),("Jakob","m"),("Niels","m"),("Torben","m"),("Brian","m"),("Carsten","m"),("Ulrik","m"),("Bjarne","m")],
 "dkrare": [("Elvira","f"),("Alberte","f"),("Liva","f"),("Merle","f"),("Thyra","f"),("Esther","f"),("Gry","f"),("Rigmor","f"),("Asta","f"),("Sol","f"),("Lykke","f"),("Ingeborg","f"),
        ("Otto","m"),("Malthe","m"),("Valde","m"),("Konrad","m"),("Bertram","m"),("Vitus","m"),("Halfdan","m"),("Eskild","m"),("Aksel","m"),("Storm","m"),("Bo","m"),("Ask","m"),("Ulv","m"),("Frej","m"),("Villads","m"),("Bastian","m")],
 "gl": [("Aputsiaq","m"),("Inuk","m"),("Malik","m"),("Kunuk","m"),("Aqqalu","m"),("Nukannguaq","m"),("Nivi","f"),("Pipaluk","f"),("Naja","f"),("Ivalu","f"),("Paninnguaq","f"),("Arnaq","f")],
 "fo": [("Rógvi","m"),("Sjúrður","m"),("Heðin","m"),("Bárður","m"),("Jóannes","m"),("Guðrið","f"),("Rannvá","f"),("Sunneva","f"),("Turið","f"),("Elin","f")],
 "so": [("Abdi","m"),("Liban","m"),("Khadar","m"),("Abdirahman","m"),("Mahad","m"),("Hodan","f"),("Ayaan","f"),("Faadumo","f"),("Sahra","f"),("Hibaaq","f"),("Ifrah","f")],
 "ar": [("Ahmad","m"),("Mohammad","m"),("Omar","m"),("Yousef","m"),("Karim","m"),("Bilal","m"),("Layla","f"),("Fatima","f"),("Rania","f"),("Nour","f"),("Amira","f"),("Hiba","f")],
 "ku": [("Zana","m"),("Rebin","m"),("Azad","m"),("Dilshad","m"),("Rojin","f"),("Dilan","f"),("Berfin","f"),("Shilan","f"),("Hevin","f")],
 "tr": [("Emre","m"),("Burak","m"),("Mehmet","m"),("Yusuf","m"),("Hüseyin","m"),("Elif","f"),("Zeynep","f"),("Ayşe","f"),("Merve","f"),("Büşra","f")],
 "af": [("Farid","m"),("Hamid","m"),("Wahid","m"),("Sohrab","m"),("Ahmad Shah","m"),("Zahra","f"),("Mariam","f"),("Nilofar","f"),("Shabnam","f")],
 "pk": [("Imran","m"),("Usman","m"),("Faisal","m"),("Hamza","m"),("Ayesha","f"),("Sana","f"),("Bushra","f"),("Iqra","f"),("Zainab","f")],
 "pl": [("Krzysztof","m"),("Paweł","m"),("Tomasz","m"),("Jakub","m"),("Agnieszka","f"),("Katarzyna","f"),("Małgorzata","f"),("Zofia","f"),("Wiktoria","f")],
 "ua": [("Oleksandr","m"),("Mykola","m"),("Dmytro","m"),("Bohdan","m"),("Taras","m"),("Olena","f"),("Iryna","f"),("Oksana","f"),("Yulia","f")],
 "ro": [("Andrei","m"),("Ionuț","m"),("Mihai","m"),("Florin","m"),("Ioana","f"),("Elena","f"),("Andreea","f"),("Alexandra","f")],
 "ba": [("Emir","m"),("Adnan","m"),("Mirza","m"),("Haris","m"),("Amra","f"),("Lejla","f"),("Selma","f"),("Dženana","f")],
 "er": [("Yonas","m"),("Tesfay","m"),("Mehari","m"),("Filmon","m"),("Senait","f"),("Selam","f"),("Rahel","f"),("Saba","f")],
 "vn": [("Minh","m"),("Tuan","m"),("Duc","m"),("Quang","m"),("Huong","f"),("Linh","f"),("Thao","f"),("Mai","f")],
 "th": [("Somchai","m"),("Wichai","m"),("Kanya","f"),("Ploy","f"),("Siriporn","f"),("Anong","f"),("Pranee","f")],
 "ph": [("Rodel","m"),("Jerome","m"),("Mark Anthony","m"),("Maricel","f"),("Jocelyn","f"),("Rowena","f"),("Mary Grace","f")],
 "en": [("Jack","m"),("Harry","m"),("George","m"),("Ryan","m"),("Chloe","f"),("Amelia","f"),("Megan","f"),("Hollie","f")],
}
LAST = {
 "dk": ["Hansen","Jensen","Nielsen","Pedersen","Andersen","Christensen","Larsen","Sørensen","Rasmussen","Jørgensen","Petersen","Madsen","Kristensen","Olsen","Thomsen","Poulsen","Johansen","Møller","Mortensen","Knudsen","Mikkelsen","Jakobsen","Lauridsen","Frandsen","Kjær","Bach","Holm","Søgaard","Overgaard","Vestergaard","Højgaard","Bundgaard","Damgaard","Brix","Krogh","Gregersen","Kjeldsen","Ravn","Iversen","Schmidt"],
 "dkrare": ["Skov","Vinter","Storm","Ulv","Lykke","Birkmose","Ellehammer","Fjordside","Hedegaard","Munkholm","Glerup","Nørskov"],
 "gl": ["Kleist","Lynge","Berthelsen","Heilmann","Motzfeldt","Kreutzmann","Egede","Petrussen"],
 "fo": ["Joensen","Poulsen","Jacobsen","Dahl","í Dali","av Reyni","Hammershaimb","Thomsen"],
 "so": ["Farah","Warsame","Jama","Abdullahi","Osman","Egal","Hirsi","Nur"],
 "ar": ["Haddad","Al-Khatib","Nasser","Hamdan","El-Sayed","Abu Khalil","Mansour"],
 "ku": ["Zebari","Rostami","Kaya","Qadir","Amedi","Mahmoud"],
 "tr": ["Yılmaz","Demir","Şahin","Çelik","Öztürk","Arslan","Aydın"],
 "af": ["Rahimi","Ahmadzai","Noori","Hakimi","Popal","Sultani"],
 "pk": ["Khan","Butt","Chaudhry","Qureshi","Iqbal","Raza"],
 "pl": ["Kowalski","Nowak","Wiśniewska","Wójcik","Kamińska","Lewandowski","Zieliński"],
 "ua": ["Shevchenko","Kovalenko","Bondarenko","Tkachenko","Melnyk","Kravchuk"],
 "ro": ["Popescu","Ionescu","Dumitru","Constantin","Stoica","Munteanu"],
 "ba": ["Hodžić","Begić","Mehmedović","Kovačević","Hadžić","Delić"],
 "er": ["Tesfamariam","Gebremedhin","Haile","Tekle","Ghebreyesus","Berhane"],
 "vn": ["Nguyen","Tran","Pham","Hoang","Vu","Dang"],
 "th": ["Saetang","Chaiyaporn","Srisuk","Boonmee","Wongsawat"],
 "ph": ["Santos","Reyes","Dela Cruz","Bautista","Villanueva","Mendoza"],
 "en": ["Smith","Taylor","Wilson","O'Brien","Thompson","Clarke"],
}
# nicknames used as the person's name
NICK = {"Mohammad":"Mo","Oleksandr":"Sasha","Katarzyna":"Kasia","Małgorzata":"Gosia","Aputsiaq":"Aputsi","Frederik":"Freddie","Abdirahman":"Abdi","Christoffer":"Chris","Wiktoria":"Wiki","Elvira":"Vivi","Mathilde":"Tilde","Karoline":"Line","Alexandra":"Sandra","Hüseyin":"Hüso"}
# Danish streets (house streets)
STREETS = ["Skovvej","Møllevej","Kirkevej","Vestergade","Østergade","Nørregade","Søndergade","Bakkevej","Engvej","Grønnegade","Parkvej","Stationsvej","Skolevej","Birkevej","Egevej","Lindevej","Ahornvej","Bøgevej","Rosenvej","Violvej","Ringvejen","Havnegade","Fasanvej","Klostervej","Tværgade","Jernbanegade","Algade","Storegade","Kastanievej","Hybenvej","Mejsevej","Tjørnevej","Elmevej","Solbærvej","Smedegade","Vænget","Rugmarken","Agerhønevej","Pilevej","Lærkevej"]
HOLIDAY_STREETS = ["Klitvej","Havblikvej","Klitrosevej","Sandskrænten","Lyngvej","Mågevej","Hjejlevej","Rævebakken","Strandbakken","Fyrrebakken","Marehalmvej","Sandormevej"]
ALLOT_STREETS = ["Havestien","Rosenstien","Kolonistien","Hyldestien","Æblestien","Solsikkestien"]
TOWNS = [("8000","Aarhus C"),("8200","Aarhus N"),("2300","København S"),("2200","København N"),("2400","København NV"),("2450","København SV"),("2500","Valby"),("2630","Taastrup"),("2700","Brønshøj"),("2770","Kastrup"),("3000","Helsingør"),("3400","Hillerød"),("4000","Roskilde"),("4100","Ringsted"),("4200","Slagelse"),("4300","Holbæk"),("4600","Køge"),("4700","Næstved"),("5000","Odense C"),("5700","Svendborg"),("6000","Kolding"),("6100","Haderslev"),("6200","Aabenraa"),("6270","Tønder"),("6330","Padborg"),("6340","Kruså"),("6400","Sønderborg"),("6700","Esbjerg"),("7000","Fredericia"),("7100","Vejle"),("7400","Herning"),("7500","Holstebro"),("7800","Skive"),("8600","Silkeborg"),("8700","Horsens"),("8800","Viborg"),("8900","Randers C"),("9000","Aalborg"),("9400","Nørresundby"),("9800","Hjørring"),("9900","Frederikshavn")]
HOLIDAY_TOWNS = [("9480","Løkken"),("9492","Blokhus"),("6960","Hvide Sande"),("6854","Henne"),("6857","Blåvand"),("6792","Rømø"),("3250","Gilleleje"),("3120","Dronningmølle"),("3390","Hundested"),("4583","Sjællands Odde"),("8400","Ebeltoft"),("4873","Væggerløse"),("9990","Skagen"),("3730","Nexø")]
BORDER_TOWNS = [("6330","Padborg"),("6340","Kruså"),("6270","Tønder"),("6200","Aabenraa"),("6400","Sønderborg"),("2770","Kastrup"),("2300","København S"),("3000","Helsingør"),("2791","Dragør")]
SE_STREETS = ["Amiralsgatan","Södra Förstadsgatan","Ystadvägen","Lundavägen","Kungsgatan","Rönneholmsvägen","Nobelvägen","Bergsgatan"]
SE_TOWNS = [("211 43","Malmö"),("214 37","Malmö"),("212 15","Malmö"),("217 44","Malmö"),("252 25","Helsingborg"),("231 42","Trelleborg")]
DE_STREETS = ["Norderstraße","Friesische Straße","Mürwiker Straße","Husumer Straße","Große Straße","Glücksburger Straße","Schleswiger Straße","Marienkirchhof"]
DE_TOWNS = [("24937","Flensburg"),("24939","Flensburg"),("24944","Flensburg"),("24955","Harrislee"),("24983","Handewitt"),("24837","Schleswig")]
MAIL_PRIV = ["gmail.com","hotmail.com","outlook.dk","live.dk","yahoo.dk","mail.dk","icloud.com","hotmail.dk"]
MAIL_DE = ["gmx.de","web.de","t-online.de"]
MAIL_SE = ["telia.com","gmail.com","hotmail.se"]
KOMMUNER = [("Aarhus Kommune","aarhus.dk"),("Kolding Kommune","kolding.dk"),("Aabenraa Kommune","aabenraa.dk"),("Odense Kommune","odense.dk"),("Vejle Kommune","vejle.dk"),("Tårnby Kommune","taarnby.dk"),("Helsingør Kommune","helsingor.dk"),("Esbjerg Kommune","esbjerg.dk"),("Randers Kommune","randers.dk"),("Sønderborg Kommune","sonderborg.dk")]
# public numbers allowed outside spans (look-alikes)
PUBLIC_NUMBERS = ["112","114","1813","116 111","116111","116 117","33 66 33 66","70 12 80 61","72 22 18 18","0771-524 524","70 10 18 18"]
CVRS = ["38 21 47 90","41 06 33 18","29 87 15 64","36 44 20 75","40 19 58 32","35 72 66 01"]
INST_PREFIX = ["Privatbørnehaven","Den private vuggestue","Friskolen","Opholdsstedet","Efterskolen","Bofællesskabet","Fritidsklubben","Plejefamilieforeningen","Specialfriskolen","Børnehuset","Naturbørnehaven","Den frie skole"]
INST_NAME = ["Bøgely","Kildebakken","Fyrtårnet","Lærkereden","Havørnen","Søbakkegård","Mosegården","Egeknolden","Tumlehøjen","Rødkløver","Nordlyset","Bakkehuset","Ravnsholt","Vibereden","Lyngborg","Fjordglimt","Kastanjehuset","Mejseborg","Klinteskoven","Hyldegården","Solhverv","Spiregården"]
INST_CAT = {
 "school": ["Friskolen", "Den frie skole", "Specialfriskolen", "Efterskolen", "Privatskolen"],
 "daycare": ["Privatbørnehaven", "Den private vuggestue", "Naturbørnehaven", "Børnehuset", "Den selvejende børnehave"],
 "home": ["Opholdsstedet", "Bofællesskabet", "Døgntilbuddet"],
 "club": ["Fritidsklubben", "Ungdomsklubben", "Juniorklubben"],
 "foster": ["Plejefamilieforeningen", "Familieplejen", "Netværket for plejefamilier"],
}
