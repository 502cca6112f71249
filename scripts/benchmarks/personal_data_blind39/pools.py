"""Invented name, street and town pools for blind39 (written by hand, no library)."""

# origin -> (female first, male first, surnames)
ORIGINS = {
    "dk": (["Mette", "Anne", "Camilla", "Louise", "Sofie", "Ida", "Emma", "Freja", "Karina", "Tina",
            "Helle", "Signe", "Maja", "Line", "Rikke", "Anne-Sofie", "Marie-Louise", "Birgitte", "Pernille", "Nanna"],
           ["Jens", "Lars", "Mads", "Rasmus", "Søren", "Thomas", "Mikkel", "Frederik", "Kasper", "Jesper",
            "Morten", "Niels", "Anders", "Jonas", "Lucas", "Carl-Emil", "Per", "Henrik", "Magnus", "Oliver"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
            "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Mortensen", "Thomsen", "Poulsen", "Johansen",
            "Knudsen", "Mølgaard", "Overgaard", "Kjærsgaard", "Damgaard", "Lauridsen", "Søndergaard", "Bech"]),
    "dk_rare": (["Alberte", "Vilja", "Esther", "Solvej", "Karla", "Liva", "Agnes", "Merle", "Ronja", "Thyra"],
                ["Bertram", "Villum", "Aksel", "Eskild", "Malthe", "Mattis", "Tue", "Halfdan", "Alfred", "Konrad"],
                ["Fruergaard", "Elkjær", "Brohus", "Munkholm", "Trærup", "Hedelund", "Grauslund", "Kibsgaard",
                 "Nørskov", "Fjeldsted", "Lundbye", "Iversholm"]),
    "dk_word": (["Sol", "Lykke", "Maj", "Vinter", "Bjørk"],
                ["Bo", "Storm", "Ask", "Ulv", "Frej", "Sten"],
                ["Skov", "Vinter", "Storm", "Glad", "Holm", "Bæk"]),
    "gl": (["Naja", "Aviaaja", "Paninnguaq", "Nivi", "Ivalo", "Arnaq", "Nukaaka", "Pipaluk", "Inga", "Malu"],
           ["Nuka", "Aqqaluk", "Inuk", "Malik", "Minik", "Pilu", "Kunuk", "Hans-Ole", "Angunnguaq", "Salik"],
           ["Kleist", "Lynge", "Motzfeldt", "Heilmann", "Berthelsen", "Kreutzmann", "Jeremiassen", "Lennert",
            "Frederiksen", "Kristiansen", "Petrussen", "Olsen", "Zeeb", "Fleischer"]),
    "fo": (["Turið", "Guðrun", "Sunneva", "Rakul", "Sólrun", "Marjun", "Ragnhild", "Birita", "Herdis", "Jóhanna"],
           ["Jógvan", "Rúni", "Sjúrður", "Bárður", "Heðin", "Eyðun", "Óli", "Símun", "Hallur", "Tróndur"],
           ["Joensen", "Jacobsen", "Niclasen", "á Rógvi", "í Lágabø", "Zachariasen", "Debes", "Danielsen",
            "Mikkelsen", "Dahl", "Thomsen", "Hentze"]),
    "so": (["Hodan", "Ayaan", "Fadumo", "Hibaq", "Sahra", "Deeqa", "Nasra", "Ifrah"],
           ["Abdirahman", "Mohamed", "Yusuf", "Abdullahi", "Hassan", "Liban", "Mahad", "Guled"],
           ["Warsame", "Farah", "Abdi", "Hirsi", "Jama", "Osman", "Nur", "Egal"]),
    "ar": (["Fatima", "Aisha", "Layla", "Noor", "Mariam", "Yasmin", "Huda", "Rania"],
           ["Ahmad", "Omar", "Khalid", "Bilal", "Youssef", "Karim", "Samir", "Tariq"],
           ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "El-Masri", "Darwish"]),
    "ku": (["Rojda", "Berfin", "Zilan", "Helin", "Dilan", "Avin"],
           ["Rebwar", "Azad", "Kawa", "Shvan", "Baran", "Hozan"],
           ["Barzani", "Mahmoud", "Rashid", "Zebari", "Hawrami", "Kaya"]),
    "tr": (["Elif", "Zeynep", "Merve", "Esra", "Büşra", "Ayşe"],
           ["Emre", "Burak", "Mehmet", "Yusuf-Ali", "Kerem", "Can"],
           ["Yılmaz", "Demir", "Öztürk", "Aydın", "Çelik", "Şahin", "Arslan"]),
    "af": (["Parwana", "Zarghona", "Mursal", "Freshta", "Mahbooba"],
           ["Farid", "Wahid", "Jawad", "Naweed", "Sohrab"],
           ["Ahmadzai", "Hakimi", "Rahimi", "Sultani", "Noori", "Popal"]),
    "pk": (["Sana", "Ayesha", "Mehwish", "Iqra", "Hina"],
           ["Imran", "Usman", "Faisal", "Zeeshan", "Hamza"],
           ["Chaudhry", "Qureshi", "Butt", "Malik", "Iqbal", "Raza"]),
    "pl": (["Agnieszka", "Katarzyna", "Małgorzata", "Zuzanna", "Joanna", "Magdalena"],
           ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Jakub", "Wojciech"],
           ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Wróbel", "Pawlak"]),
    "ua": (["Oksana", "Olena", "Iryna", "Daryna", "Yulia", "Sofiia"],
           ["Andrii", "Oleksandr", "Dmytro", "Mykola", "Bohdan", "Taras"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Hrytsenko"]),
    "ro": (["Ioana", "Andreea", "Mihaela", "Roxana", "Bianca"],
           ["Ionuț", "Florin", "Marius", "Cosmin", "Vlad"],
           ["Popescu", "Ionescu", "Dumitru", "Constantin", "Stoica", "Munteanu"]),
    "ba": (["Amra", "Lejla", "Selma", "Emina", "Azra"],
           ["Adnan", "Edin", "Haris", "Mirza", "Jasmin"],
           ["Hodžić", "Begović", "Kovačević", "Hadžić", "Mujić", "Delić"]),
    "er": (["Senait", "Helen", "Tsega", "Rahwa", "Mebrat"],
           ["Yonas", "Tesfay", "Dawit", "Filmon", "Robel"],
           ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Woldu", "Kidane"]),
    "vn": (["Linh", "Mai Anh", "Thu Trang", "Ngoc", "Huong"],
           ["Minh", "Duc Anh", "Quang", "Tuan", "Khoa"],
           ["Nguyen", "Tran", "Pham", "Le Van", "Hoang", "Vu"]),
    "th": (["Siriporn", "Kanya", "Malai", "Pornthip", "Nittaya"],
           ["Somchai", "Anan", "Kittisak", "Prasert", "Chaiwat"],
           ["Srisuk", "Wongsakul", "Chaiyaporn", "Boonmee", "Rattanakorn"]),
    "ph": (["Maricel", "Jocelyn", "Rowena", "Kristine Joy", "Analyn", "Rhea Mae", "Lovely", "Janelle"],
           ["Jomar", "Rodel", "Jun-Jun", "Arnel", "Mark Anthony", "Reymond"],
           ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Reyes", "Manalo", "Dimaculangan", "Macaraeg"]),
    "en": (["Charlotte", "Hannah", "Megan", "Chloe", "Abigail", "Olivia"],
           ["James", "Callum", "Ethan", "Harry", "Owen", "Liam"],
           ["Thompson", "Walker", "Fletcher", "Bradshaw", "O'Connor", "Whitfield"]),
}

NICKNAMES = {
    "Mohamed": "Mo", "Abdirahman": "Abdi-R", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Oleksandr": "Sasha", "Wojciech": "Wojtek", "Aqqaluk": "Aqqa", "Paninnguaq": "Panin", "Frederik": "Frede",
    "Magdalena": "Madzia", "Christoffer": "Toffer", "Rasmus": "Rasse", "Anne-Sofie": "Annso", "Jógvan": "Jógvi",
    "Charlotte": "Lottie", "Mark Anthony": "MJ-Tony", "Kristine Joy": "Tin-Tin", "Jun-Jun": "Junjun",
    "Bertram": "Berte-B", "Youssef": "Yoyo", "Pipaluk": "Pipa", "Sunneva": "Sunna", "Thomas": "Tommy",
}

# Danish street names (common); used with house numbers only inside address spans.
STREETS_TOWN = ["Egevej", "Birkevej", "Rosenvænget", "Skolegade", "Vestergade", "Østergade", "Nørregade",
                "Søndergade", "Bakkevej", "Lindevej", "Kastanievej", "Ahornvej", "Solsikkevej", "Tjørnevej",
                "Vænget", "Parkvej", "Stationsvej", "Havnegade", "Fasanvej", "Mågevej", "Syrenvej",
                "Valmuevej", "Grønnegade", "Jernbanegade", "Tværgade", "Engtoften", "Højvangen",
                "Kirkebakken", "Pilevej", "Bøgevej"]
STREETS_RURAL = ["Kirkevej", "Bygaden", "Vestergårdsvej", "Mosevej", "Hedevej", "Engvej", "Lyngvej",
                 "Præstevej", "Gl. Landevej", "Landevejen", "Markvejen", "Møllevej", "Åvej", "Kærvej",
                 "Grusvejen", "Skovbrynet", "Tofthøjvej", "Bjerggårdsvej", "Nørremarken", "Overdrevsvej"]
STREETS_GL = [("Aqqusinersuaq", "3900 Nuuk"), ("Imaneq", "3900 Nuuk"), ("Tuapannguit", "3900 Nuuk"),
              ("Qernertunnguit", "3905 Nuussuaq"), ("Kussangajaannguaq", "3952 Ilulissat"),
              ("Fredericiap Aqq.", "3952 Ilulissat"), ("Aqqusinersuaq", "3911 Sisimiut"),
              ("Sivinganeq", "3920 Qaqortoq"), ("Qasapiip Aqq.", "3952 Ilulissat")]
STREETS_FO = [("Dalavegur", "100 Tórshavn"), ("Tinghúsvegur", "100 Tórshavn"), ("Áarvegur", "100 Tórshavn"),
              ("Jónas Broncks gøta", "100 Tórshavn"), ("Klaksvíksvegur", "700 Klaksvík"),
              ("Heiðavegur", "620 Runavík"), ("Niels Finsens gøta", "100 Tórshavn")]
FOREIGN_ADDR = [  # (origin, template) ; {n} house number
    ("pl", "ul. Długa {n}/3, 80-827 Gdańsk, Polen"), ("pl", "ul. Kwiatowa {n}, 31-052 Kraków"),
    ("ua", "vul. Shevchenka {n}, kv. 4, 79000 Lviv, Ukraine"), ("ua", "vul. Sadova {n}, 61000 Kharkiv"),
    ("ro", "Str. Mihai Eminescu {n}, 400001 Cluj-Napoca, Rumænien"),
    ("ph", "{n} Rizal Street, Barangay San Isidro, Cebu City 6000, Philippines"),
    ("ph", "Blk {n} Lot 7, Mabini St., Batangas City 4200"),
    ("th", "{n}/2 Moo 5, Tambon Nong Khai, Udon Thani 41000, Thailand"),
    ("en", "{n} Maple Road, Leeds LS6 2AB, United Kingdom"),
    ("vn", "Số {n} Phố Hàng Bạc, Hoàn Kiếm, Hà Nội"),
    ("ba", "Ulica Ferhadija {n}, 71000 Sarajevo"),
]
FOREIGN_PHONE = {"pl": "+48", "ua": "+380", "ro": "+40", "ph": "+63", "th": "+66", "en": "+44", "vn": "+84",
                 "ba": "+387", "gl": "+299", "fo": "+298"}

TOWNS = ["8000 Aarhus C", "8200 Aarhus N", "8600 Silkeborg", "7800 Skive", "7500 Holstebro", "6900 Skjern",
         "9800 Hjørring", "9000 Aalborg", "5000 Odense C", "4700 Næstved", "4200 Slagelse", "6700 Esbjerg",
         "7100 Vejle", "8700 Horsens", "8900 Randers C", "2400 København NV", "2650 Hvidovre", "3400 Hillerød",
         "4000 Roskilde", "6100 Haderslev", "6200 Aabenraa", "7400 Herning", "8800 Viborg", "6400 Sønderborg",
         "4800 Nykøbing F", "3700 Rønne", "9900 Frederikshavn", "7700 Thisted", "5700 Svendborg", "4300 Holbæk"]
VILLAGES = ["7860 Spøttrup", "9632 Møldrup", "6870 Ølgod", "7760 Hurup Thy", "8544 Mørke", "6840 Oksbøl",
            "9493 Saltum", "4640 Faxe", "7323 Give", "9620 Aalestrup", "7830 Vinderup", "6950 Ringkøbing",
            "8830 Tjele", "9640 Farsø", "7620 Lemvig", "6600 Vejen", "4690 Haslev", "8370 Hadsten"]
VILLAGE_LOCAL = ["Vium", "Hvam", "Grønbjerg", "Sevel", "Hald", "Lem", "Tarm", "Hjerm", "Rind", "Tvis"]

KOMMUNE_DOMAINS = ["skive.dk", "holstebro.dk", "aarhus.dk", "viborg.dk", "silkeborg.dk", "herning.dk",
                   "vejle.dk", "esbjerg.dk", "odense.dk", "aalborg.dk", "horsens.dk", "randers.dk"]
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "outlook.dk", "live.dk", "yahoo.dk", "icloud.com", "mail.dk"]
ORIGIN_DOMAINS = {"gl": ["greennet.gl", "gmail.com"], "fo": ["olivant.fo", "gmail.com"],
                  "pl": ["wp.pl", "o2.pl"], "ua": ["ukr.net", "gmail.com"], "ph": ["yahoo.com.ph", "gmail.com"],
                  "ro": ["yahoo.ro"], "th": ["hotmail.co.th"], "en": ["btinternet.com"], "vn": ["gmail.com"]}

# public numbers allowed outside spans (exact strings)
PUBLIC_NUMBERS = ["112", "114", "1813", "116 111", "33 66 33 66", "89 40 20 00", "99 31 31 31",
                  "35 55 55 59", "1888"]


# ====================== genre templates (one per line; placeholders in braces, see make.py)

def L(s):
    return [x.strip() for x in s.strip().split("\n") if x.strip()]

G = {}

# ---------------------------------------------------------------- 1 Greenland / Faroes
G["flyt"] = dict(
  title_p=L("""
Flytteanmeldelse modtaget fra Kommuneqarfik Sermersooq
Journalnotat – tilflytning fra Grønland
Overdragelse af sag ved flytning fra Færøerne
Notat: familie tilflyttet fra Ilulissat
Stamoplysninger ved tilflytning
"""),
  prose_p=L("""
^{NF:m} er flyttet fra {AO:m} og har fået bolig på {A:m}.
Familien kom med fly fra Nuuk i sidste uge, og {N:c} ({age:c} år) er endnu ikke startet i skole.
{G:m} søster {NF:r} bor fortsat på {A:r} og kan kontaktes på {P:r}.
Mor oplyser, at {N:c} er født {D:c} i Nuuk og har dansk CPR-nummer {C:c}.
{N:f} er blevet i Tórshavn indtil videre og kan træffes på {P:f} eller {E:f}.
Den tidligere sagsbehandler, {NF:pr}, har sendt akterne og kan ringes op på {P:pr}.
{N:m} har ny dansk mobil: {P:m}. Det grønlandske nummer {PO:m} virker stadig en måned endnu.
Mormor, {NF:r}, har været den faste voksne for {N:c} i Ilulissat og ønsker at blive holdt orienteret.
Vi har aftalt, at {N:m} sender skolepapirer fra Nuuk på mail til {E:sb}.
{N:c} taler grønlandsk hjemme og dansk i skolen; {N:c2} (født {D:c2}) forstår mest grønlandsk.
{T:pr} i Tórshavn har bekræftet, at der ikke verserer en sag dernede om {N:c2}.
Ved hjemmebesøget på {A1:m} var lejligheden næsten tom; kasserne med skib fra Aalborg er ikke kommet endnu.
{NF:f}, født {D:f}, bor på {A:f} og har fælles forældremyndighed.
Moster {N:r} skriver fra {E:r}, at hun gerne vil have {N:c} på besøg i sommerferien.
Sagen er modtaget fra {NF:pr} med oplysning om, at {N:m} selv har bedt om hjælp efter flytningen.
{N:c} savner sine venner i Nuuk og ringer dagligt til sin fætter på {P:r}.
"""),
  kv_p=L("""
Barn: {NF:c}
CPR: {C:c}
Født: {D:c}
Mor: {NF:m}, tlf. {P:m}
Far: {NF:f}, {P:f}
Ny adresse: {A1:m}
Tidligere adresse: {AO:m}
Mail mor: {E:m}
Kontakt i Grønland: {NF:r}, {P:r}
Sagsbehandler i Nuuk: {NF:pr}, {P:pr}, {E:pr}
Søskende: {NF:c2}, f. {D:c2}
Mormor: {NF:r}, {A1:r}
Mors CPR: {C:m}
Fars mail: {E:f}
"""),
  log_p=L("""
{time} Opkald fra {NF:pr}, Nuuk ({P:pr}). Akter sendes i dag.
{time} Talt med {N:m} på {P:m}. Hun har ikke fået nøgler til {A1:m} endnu.
{time} Mail fra {E:r}: mormor spørger, om {N:c} er startet i skole.
{time} {N:f} ringer fra {PO:f} og vil vide, hvor børnene bor.
{time} Besøg på adressen. {N:c} og {N:c2} hjemme med {N:m}.
{time} Oplysninger om {N:c}: født {D:c}, CPR {C:c}.
{time} Sendt brev til {NF:m}, {A1:m}.
{time} Tolk bestilt til næste møde.
{time} Akter fra Nuuk journaliseret.
{time} Rykket {T:pr} for skoleudtalelse, {E:pr}.
"""),
  msg_p=L("""
{S:m}: hej, vi er landet i Billund nu. min nye nr er {P:m}
{S:r}: Qujanaq for hjælpen. I kan altid ringe til mig på {P:r}
{S:m}: adressen er {A1:m}, men navnet står ikke på postkassen
{S:f}: Jeg bor stadig på {AO:f}, skriv til {E:f}
{S:r}: {N:c} har fødselsdag {D:c}, husk det nu
{S:m}: kan du sende det til min mail {E:m}
"""),
  title_c=L("""
Journalnotat – tilflytning fra Grønland
Notat om flytning fra Færøerne
Overdragelse mellem kommuner
Tjekliste ved tilflytning
"""),
  prose_c=L("""
Familien er flyttet fra Nuuk til kommunen i {month}, og mor har selv kontaktet Borgerservice.
Barn A ({age} år) har gået i skole i Ilulissat og skal visiteres til modtageklasse eller almindelig klasse.
Sagen er modtaget fra Kommuneqarfik Sermersooq med akter efter {law}.
Mormor bor fortsat i Nuuk og har været en vigtig voksen; hun ønsker at blive orienteret.
Far er blevet i Tórshavn og har fælles forældremyndighed; han deltager i møder på Teams.
Flyttekasserne er sendt med skib og ventes i {month}.
Om vinteren var der mørkt det meste af dagen, og mor beskriver, at familien levede isoleret.
Der er aftalt netværksmøde {date} kl. {time} i {room}.
Barn B ({age} år) taler mest grønlandsk; der bestilles tolk via kommunens tolkeordning.
Rådgiveren har sendt partshøring med frist {date}.
Skolen ved Banegårdspladsen har plads i {klasse}.
Oplysningerne fra Tórshavnar kommuna er journaliseret under sagsnr. {case}.
Snestorm og kulde betød, at familien flere gange var afskåret fra at handle i bygden.
Mor fortæller, at hun er glad for at være kommet tættere på sin søster i Aalborg.
"""),
  kv_c=L("""
Barn: Barn A, {age} år
Tilflyttet fra: Nuuk
Forældremyndighed: fælles
Modtaget fra: Kommuneqarfik Sermersooq
Journalnr.: {case}
Lovgrundlag: {law}
Næste møde: {date} kl. {time}
Skole: {klasse}, modtageklasse vurderes
Tolk: grønlandsk, bestilles
Akter modtaget: {date}
Sundhed: {icd}
Medicin: {med}
"""),
  log_c=L("""
{time} Opkald fra sagsbehandleren i Nuuk. Akter sendes i dag.
{time} Talt med mor. Nøgler til lejligheden udleveres {date}.
{time} Mail fra skolen i Ilulissat om Barn A's fravær.
{time} Far ringer fra Tórshavn og spørger til samværet.
{time} Hjemmebesøg. Barn A og Barn B hjemme med mor.
{time} Brev sendt via Digital Post.
{time} Tolk bestilt til mødet {date}.
{time} Rykket for skoleudtalelse, frist {date}.
"""),
  msg_c=L("""
Mor: hej, vi er landet i Billund nu
Mormor: Qujanaq for hjælpen
Mor: navnet står ikke på postkassen endnu
Far: jeg kommer først til Danmark i {month}
Mor: kan I ringe efter kl. {time}
Rådgiver: Vi ses {date} kl. {time} i {room}.
"""),
)

# ---------------------------------------------------------------- 2 farms / rural
G["land"] = dict(
  title_p=L("""
Hjemmebesøg på landbrug
Journalnotat – besøg på gården
Kørselsaftale og netværk
Notat fra hjemmebesøg på landet
Stamoplysninger, landbrugsfamilie
"""),
  prose_p=L("""
^Hjemmebesøg hos {NF:m} og {NF:f} på {A:m}.
Gården ligger for enden af en grusvej, og der var ingen ved stuehuset, da vi ankom; {N:f} var i kostalden.
{N:c} ({age:c} år) tager bussen ved landevejen, men om vinteren kører naboen {NF:nb} ham.
Naboen kan kontaktes på {P:nb} og bor på {A:nb}.
Medhjælperen {NF:w} bor i medhjælperboligen og har telefon {P:w}.
{N:w} har kørt {N:c} til fodbold flere gange uden forældrenes viden.
{N:m} fortæller, at høsten tager alle kræfter, og at {N:c} ofte er alene om aftenen.
{G:f} mor, {NF:r}, bor på aftægt i {A1:r} og passer {N:c2} om morgenen.
Skolen har oplyst, at {N:c} (født {D:c}) er træt og kommer for sent om mandagen.
{N:c2}, født {D:c2}, går i børnehave i byen og hentes af farmor.
Sæsonarbejderne fra Polen bor i pavillonen; kontaktperson er {NF:w}, {P:w}.
{N:f} kan træffes på {P:f}, men har sjældent dækning ude på markerne.
{N:m} ønsker kommunikation på {E:m}.
Familien har fået påbud fra Fødevarestyrelsen, og {N:f} beskriver økonomien som presset.
Lærer {NF:pr} har skrevet fra {E:pr}, at {N:c} fortæller om lange dage i stalden.
{G:c} CPR-nummer er {C:c}.
"""),
  kv_p=L("""
Barn: {NF:c}, {C:c}
Fødselsdato: {D:c}
Adresse: {A1:m}
Mor: {NF:m}, {P:m}
Far: {NF:f}, {P:f}
Mail: {E:f}
Nabo: {NF:nb}, {A1:nb}
Nabo tlf.: {P:nb}
Medhjælper: {NF:w}, {P:w}
Farmor: {NF:r}, {P:r}
Søskende: {NF:c2} ({D:c2})
Kørsel til skole: {N:nb} mandag-onsdag, {N:w} torsdag
Lærer: {NF:pr}, {E:pr}
"""),
  log_p=L("""
{time} Ankomst til {A1:m}. Ingen hjemme i stuehuset.
{time} {N:f} kommer fra stalden. Kort samtale i bryggerset.
{time} Ringet til {N:nb} ({P:nb}) om kørslen.
{time} {N:w} ringer fra {P:w} og spørger, om han må hente {N:c}.
{time} Samtale med {N:c} i køkkenet.
{time} {N:m} kommer hjem fra arbejde i byen.
{time} SMS til {N:m} på {P:m} med mødetid.
{time} Besøg hos naboen på {A1:nb}.
{time} Rundvisning i stalden; der er ryddet op siden sidst.
{time} Afgang fra gården.
"""),
  msg_p=L("""
{S:nb}: jeg kan godt tage {N:c} med i morgen, ring på {P:nb}
{S:m}: {N:f} er i marken, skriv til mig på {E:m}
{S:w}: I drive {N:c} to school at 7.15, ok? My number {P:w}
{S:f}: Kom forbi {A1:f}, vi er i maskinhuset
{S:r}: jeg henter {N:c2} kl. 14
"""),
  title_c=L("""
Hjemmebesøg på landbrug
Notat fra besøg på gården
Kørselsaftale
Notat om sæsonarbejde og tilsyn
"""),
  prose_c=L("""
Gården ligger ude ad landevejen, ca. {km} km fra skolen; matr.nr. {matr} er forpagtet ud.
Hjemmebesøget fandt sted {date} kl. {time}, og far var i kostalden, da vi ankom.
Barn A ({age} år) tager bussen ved landevejen, men om vinteren kører naboen ham.
Sæsonarbejderne bor i pavillonen bag maskinhuset fra maj til oktober.
Mor fortæller, at høsten tager alle kræfter, og at barnet ofte er alene om aftenen.
Farmor bor på aftægt i et hus på gårdens jord og passer Barn B om morgenen.
Familien har fået påbud fra Fødevarestyrelsen og har en gæld på {amount}.
Marken og skoven omkring gården er barnets legeplads; han har bygget en hule i plantagen.
Vejen er ikke ryddet for sne, og skolebussen kører kun til Kirkevej.
Læreren har oplyst, at barnet er træt og kommer for sent om mandagen.
Der er aftalt støttende indsats efter {law}.
Stolt viste barnet kalvene frem; han vil være landmand som far.
Driften er registreret under CVR-nr. {cvr}, og regnskabet er lagt frem for banken.
Medhjælperen har kørt barnet til fodbold flere gange uden forældrenes viden.
"""),
  kv_c=L("""
Barn: Barn A, {age} år
Bolig: stuehus på landbrug
Afstand til skole: {km} km
Kørsel: nabo mandag-onsdag, skolebus resten
Matrikel: {matr}
CVR: {cvr}
Besøgsdato: {date}
Lovgrundlag: {law}
Næste besøg: {date} kl. {time}
Sundhed: {icd}
"""),
  log_c=L("""
{time} Ankomst til gården. Ingen hjemme i stuehuset.
{time} Far kommer fra stalden. Kort samtale i bryggerset.
{time} Ringet til naboen om kørslen.
{time} Samtale med Barn A i køkkenet.
{time} Mor kommer hjem fra arbejde i byen.
{time} Rundvisning i stalden; barnet viser kalvene.
{time} Afgang fra gården.
"""),
  msg_c=L("""
Nabo: jeg kan godt tage drengen med i morgen
Mor: far er i marken, jeg ringer senere
Medhjælper: I drive the boy to school at 7.15, ok?
Far: vi er i maskinhuset, bare kom
Farmor: jeg henter den lille kl. 14
"""),
)

# ---------------------------------------------------------------- 3 MobilePay
G["mp"] = dict(
  title_p=L("""
Underretning vedr. MobilePay-overførsler
Notat – penge mellem unge
Udskrift af MobilePay-aktivitet (indsendt af mor)
Bekymring om afpresning
SSP-notat om lån mellem venner
"""),
  prose_p=L("""
^{NF:m} har indsendt skærmbilleder af {G:y1} MobilePay, hvor der over tre uger er sendt penge til {NF:y2}.
{N:y1} ({age:y1} år) siger, at det er lån mellem venner, men beløbene er steget hver uge.
Mor er bekymret, fordi {N:y2} skriver, at {N:y1} "skylder" og skal betale inden fredag.
{N:y2} bruger nummeret {P:y2} på MobilePay.
{N:f} har kontaktet politiet, og SSP-konsulent {NF:pr} ({P:pr}) er orienteret.
{N:y3} har også modtaget penge fra {N:y1} og har telefon {P:y3}.
{N:y1} er født {D:y1} og har CPR-nummer {C:y1}.
Familien bor på {A:m}.
{N:m} kan kontaktes på {P:m} eller {E:m}.
{N:y1} fortæller, at {N:y2} har truet med at dele billeder, hvis pengene ikke kommer.
Beløbene er overført fra {G:y1} konto, som mor har fuldmagt til.
{N:y2} bor ifølge {N:y1} på {A:y2}.
{T:pr} har skrevet fra {E:pr}, at sagen drøftes på SSP-mødet.
{N:y3} (født {D:y3}) har selv henvendt sig til klubben.
"""),
  kv_p=L("""
Ung: {NF:y1}, {C:y1}
Født: {D:y1}
Mor: {NF:m}, {P:m}, {E:m}
Far: {NF:f}, {P:f}
Adresse: {A1:m}
Modtager: {NF:y2}, {P:y2}
Modtager 2: {NF:y3}, {P:y3}
SSP: {NF:pr}, {E:pr}
Modtagers adresse: {A1:y2}
Modtagers fødselsdato: {D:y2}
"""),
  mplist=True,
  msg_p=L("""
{S:y2}: du skylder stadig 400. send til {P:y2}
{S:y1}: jeg har ikke flere penge, min mor tjekker min konto
{S:y2}: så tag dem fra hende. ellers ved alle det i morgen
{S:y3}: bro send lige 50 for pizza, mit nr er {P:y3}
{S:y1}: har sendt 200 nu, er vi good?
{S:m}: {N:y1} hvem er det du sender penge til??
{S:y2}: skriv til min anden mail hvis du ikke vil have din mor ser det: {E:y2}
{S:y1}: ok {N:y2} jeg sender resten fredag
"""),
  title_c=L("""
Underretning vedr. MobilePay-overførsler
Notat – penge mellem unge
Bekymring om afpresning
SSP-notat om lån mellem venner
"""),
  prose_c=L("""
Mor har indsendt skærmbilleder af den unges MobilePay, hvor der over tre uger er sendt i alt {amount} til en anden ung.
Den unge ({age} år) siger, at det er lån mellem venner, men beløbene er steget hver uge.
Mor er bekymret, fordi modtageren skriver, at den unge skylder og skal betale inden fredag.
Sagen er drøftet med SSP og politiet, og der er ikke indgivet anmeldelse endnu.
Den unge er informeret om Børnetelefonen på 116 111 og om, at man altid kan ringe 114.
Ved akut fare ringes 112.
I maj var det værst; der blev overført penge næsten hver aften efter kl. {time}.
Pengene kommer fra den unges opsparing hos Danske Bank, som mor har fuldmagt til.
Der er tale om mulig afpresning med billeder, jf. straffelovens regler; politiet vurderer sagen.
Forældretelefonen hos Børns Vilkår, 35 55 55 59, er anbefalet til far.
Rådgiveren har foretaget screening efter {law}.
Beløbene på MobilePay var typisk mellem 50 og 400 kr.
"""),
  kv_c=L("""
Ung: Ung A, {age} år
Modtager: Ung B, {age} år
Samlet beløb: {amount}
Periode: {month}
Lovgrundlag: {law}
Sagsnr.: {case}
Politi: orienteret via 114
SSP: drøftes på møde {date}
"""),
  msg_c=L("""
Ung B: du skylder stadig 400
Ung A: jeg har ikke flere penge, min mor tjekker min konto
Ung B: så tag dem fra hende
Ung C: bro send lige 50 for pizza
Ung A: har sendt 200 nu, er vi good?
Mor: hvem er det du sender penge til??
Ung A: jeg sender resten fredag
"""),
)

# ---------------------------------------------------------------- 4 homework café
G["lek"] = dict(
  title_p=L("""
Lektiecafé – fremmødeliste
Noter fra frivillig lektiehjælper
Kontaktliste, lektiecaféen på biblioteket
Notat fra skolen vedr. lektiehjælp
Henvendelse fra lektiecaféens koordinator
"""),
  prose_p=L("""
^{NF:tu} er frivillig i lektiecaféen og har hjulpet {N:c} med matematik hver tirsdag siden efterårsferien.
{N:tu} har skrevet fra sin private mail, {E:tu}, i stedet for via koordinatoren.
{N:c} ({age:c} år) kommer ofte sulten og har ikke spist siden frokost.
{N:m} henter sjældent; det er oftest storebror {N:c2}, der følger {N:c} hjem til {A:m}.
{N:tu} har givet {N:c} sit eget nummer, {P:tu}, hvilket er imod retningslinjerne.
Bibliotekar {NF:pr} har kontaktet skolen og kan træffes på {P:pr}.
{N:m} kan kontaktes på {P:m}; hun taler bedst arabisk.
{N:c} er født {D:c} og går i 5. klasse.
{T:tu} har fortalt, at {N:c} sagde, at far råber om aftenen.
Frivillig {NF:tu2} har noteret, at {N:c2} (født {D:c2}) ikke er mødt de sidste tre gange.
{G:c} lærer, {NF:pr}, skriver fra {E:pr}, at lektiecaféen har gjort en forskel.
{N:f} har mail {E:f} og har bedt om at få besked, hvis {N:c} udebliver.
"""),
  kv_p=L("""
Elev: {NF:c}
Født: {D:c}
CPR: {C:c}
Forælder: {NF:m}, {P:m}
Mail forælder: {E:m}
Adresse: {A1:m}
Frivillig: {NF:tu}, {P:tu}
Frivillig 2: {NF:tu2}, {E:tu2}
Bibliotek: {NF:pr}, {P:pr}
Hentes af: {NF:c2}
"""),
  signin=True,
  list_p=L("""
{NF:c} – matematik, hentes af {N:m} ({P:m})
{NF:c2} – dansk, går selv hjem
{N:tu} – tirsdag og torsdag, {P:tu}
{N:tu2} – kun torsdag, mail {E:tu2}
{N:c}: mangler underskrift fra forælder, {E:m}
Nødkontakt for {N:c}: {NF:r}, {P:r}
"""),
  title_c=L("""
Lektiecafé – noter
Noter fra frivillig lektiehjælper
Notat fra skolen vedr. lektiehjælp
Retningslinjer for frivillige
"""),
  prose_c=L("""
Lektiecaféen holder åbent tirsdag og torsdag kl. 15.00-17.00 i {room} på biblioteket.
Barn A ({age} år) har fået hjælp til matematik hver tirsdag siden efterårsferien.
Barnet kommer ofte sulten og har ikke spist siden frokost; der serveres frugt og boller.
Frivillige må ikke give deres private telefonnummer til børnene, jf. retningslinjerne.
Den frivillige har fortalt, at barnet sagde, at far råber om aftenen, og koordinatoren har lavet en underretning efter {law}.
Alle frivillige skal have en børneattest, som indhentes via Politiet.
Have-klubben på biblioteket bruger lokalet om onsdagen, så lektiecaféen er flyttet til {room}.
Skolen oplyser, at barnet går i {klasse} og har haft et fravær på {pct} procent.
Læreren skriver, at lektiecaféen har gjort en forskel for barnets læsning.
Bussen holder ved Rådhuspladsen, og de fleste børn går selv hjem.
Storebror henter ofte, men er selv kun {age} år.
Der er kaffe og saft i pausen kl. {time}.
"""),
  kv_c=L("""
Elev: Barn A, {age} år
Klasse: {klasse}
Fag: matematik og dansk
Åbningstid: tirsdag og torsdag kl. 15.00-17.00
Lokale: {room}
Børneattest: indhentet for alle frivillige
Fravær: {pct} procent
Lovgrundlag: {law}
"""),
  list_c=L("""
Barn A – matematik, hentes af mor
Barn B – dansk, går selv hjem
Frivillig 1 – tirsdag og torsdag
Frivillig 2 – kun torsdag
Barn C – mangler underskrift fra forælder
Husk børneattest inden opstart
"""),
)

# ---------------------------------------------------------------- 5 youth club log
G["klub"] = dict(
  title_p=L("""
Hændelseslog – ungdomsklubben
Klubmedarbejderens notat
Hændelsesrapport, aftenåbning
Log fra fredagsklubben
"""),
  log_p=L("""
{time} {N:y1} og {N:y2} kommer ind sammen. {N:y1} virker påvirket.
{time} Konflikt ved bordtennisbordet mellem {N:y2} og {N:y3}.
{time} {N:kw} tager {N:y1} med ind på kontoret.
{time} Ringet til {G:y1} mor, {NF:m}, på {P:m}. Ingen svar.
{time} {N:kw2} ringer til {N:f} ({P:f}), som henter.
{time} {N:y3} fortæller, at {N:y2} har slået ham udenfor ved cykelskuret.
{time} Politiet orienteret via 114. Sagen er hos {NF:pr}, SSP, {P:pr}.
{time} {N:y2} forlader klubben alene og går mod stationen.
{time} Besked til {NF:sb} på {E:sb}.
{time} {N:y1} bor på {A1:y1} ifølge medlemskortet.
{time} Medlemskort: {NF:y3}, født {D:y3}.
{time} {N:m} ringer tilbage fra {P:m} og er vred over, at hun ikke blev kontaktet før.
{time} Lukket og låst. {NI:kw}
{time} Køkkenet lukker; der er solgt toast og saft.
{time} Musikrummet ryddet, forstærkeren slukket.
{time} Stille i klubben, de fleste spiller FIFA.
{time} Regn og blæst; flere unge bliver til lukketid.
{time} To yngre piger spørger efter en voksen at tale med; henvist til åben rådgivning.
{time} Gennemgået husreglerne for de nye medlemmer.
"""),
  prose_p=L("""
^Til stede fra personalet: {NF:kw} og {NF:kw2}.
{N:y1} ({age:y1} år) kom i klubben kl. {time} og virkede påvirket.
{N:y2} og {N:y3} havde en konflikt om en telefon.
{N:kw} forsøgte at ringe til {G:y1} mor på {P:m}.
{N:y1} er født {D:y1} og bor hos sin far, {NF:f}, på {A:f}.
Far blev ringet op på {P:f} og hentede {N:y1} kl. {time}.
SSP-konsulent {NF:pr} er orienteret på {E:pr}.
{N:y3} har fået lov til at komme igen på mandag, hvis han holder aftalen.
{N:y2} har medlemsnummer i klubben, men ifølge kortet er CPR {C:y2}.
{N:y3} ({age:y3} år) bor hos sin mor på {A:y3} og blev hentet af en nabo.
{N:kw2} har tidligere set {N:y1} og {N:y2} sammen med ældre unge ved stationen.
Efter lukketid ringede {NF:m} fra {P:m} og spurgte, hvorfor ingen havde kontaktet hende.
{N:y2} er født {D:y2} og har været medlem af klubben i to år.
Klubben har aftalt med {N:f}, at han kan ringes op på {E:f} eller {P:f}, når der er problemer.
{N:kw} har skrevet underretning og sendt den til {NF:sb} ({E:sb}).
{N:y1} siger selv, at han "bare havde drukket to øl", men lugtede af hash.
{G:y3} storesøster, {NF:r}, kom forbi klubben og tog ham med hjem; hun har nummeret {P:r}.
"""),
  kv_p=L("""
Ung: {NF:y1}
Født: {D:y1}
CPR: {C:y1}
Adresse: {A1:y1}
Forælder: {NF:m}, {P:m}
Involveret: {NF:y2}, {NF:y3}
Personale: {N:kw}, {N:kw2}
Kontaktet: {NF:pr} (SSP), {P:pr}
Mail til forældre: {E:m}
"""),
  title_c=L("""
Hændelseslog – ungdomsklubben
Klubmedarbejderens notat
Hændelsesrapport, aftenåbning
Log fra fredagsklubben
"""),
  log_c=L("""
{time} Ung A og Ung B kommer ind sammen. Ung A virker påvirket.
{time} Konflikt ved bordtennisbordet mellem Ung B og Ung C.
{time} Klubmedarbejderen tager Ung A med ind på kontoret.
{time} Ringet til Ung A's mor. Ingen svar.
{time} Far ringer tilbage og henter.
{time} Ung C fortæller, at han er blevet slået ved cykelskuret.
{time} Politiet orienteret via 114.
{time} Ung B forlader klubben alene og går mod stationen.
{time} Besked til rådgiveren via sikker mail.
{time} Regn og blæst; flere unge bliver til lukketid.
{time} Lukket og låst.
{time} FIFA-turnering på PlayStation i {room}.
"""),
  prose_c=L("""
Der var {cnt} unge i klubben, og to medarbejdere på vagt.
Ung A ({age} år) kom i klubben kl. {time} og virkede påvirket.
Ung B og Ung C havde en konflikt om en telefon.
Klubmedarbejderen ringede til mor, men fik ikke svar.
Far hentede Ung A kl. {time}.
SSP er orienteret, og sagen drøftes på mødet {date}.
Klubbens regler om rusmidler er gennemgået med de unge.
Solskin eller ej, vi holder åbent til kl. 22 om fredagen.
Der er lavet underretning efter {law}.
Klubmedarbejderen har tidligere set de to unge sammen med ældre unge ved stationen.
Efter lukketid ringede mor og spurgte, hvorfor ingen havde kontaktet hende.
Ung C har været medlem af klubben i to år og kommer næsten hver dag.
Ung A siger selv, at han "bare havde drukket to øl", men lugtede af hash.
Storesøster kom forbi klubben og tog Ung C med hjem.
Der var FIFA-turnering på PlayStation i {room}, så mange af de yngre var samlet der.
"""),
  kv_c=L("""
Ung: Ung A, {age} år
Involveret: Ung B og Ung C
Personale: to klubmedarbejdere
Kontaktet: SSP, Politiet
Tidspunkt: kl. {time}
Lokale: {room}
Lovgrundlag: {law}
"""),
)

# ---------------------------------------------------------------- 6 au pair / exchange / lodger
G["aupair"] = dict(
  title_p=L("""
Au pair-kontrakt (kopi i sagen)
Notat om logerende i familien
Udvekslingsstudent – værtsfamiliens oplysninger
Børneattest og oplysninger om au pair
Notat: voksen person bor i hjemmet
"""),
  prose_p=L("""
^I familien bor au pairen {NF:ap}, som kom fra {AO:ap} i august.
{N:ap} er født {D:ap} og har fået dansk CPR-nummer {C:ap}.
Værtsmor {NF:h1} oplyser, at {N:ap} passer {N:c} om eftermiddagen og laver aftensmad.
{N:ap} kan kontaktes på {P:ap} eller hjemme-nummeret {PO:ap}.
Værtsfamilien bor på {A:h1}.
{N:h2} har oplyst, at der er indhentet børneattest på {N:ap}.
{N:c} ({age:c} år) fortæller, at {N:ap} er sød, men at de ikke må sige det til mor.
Logerende {NF:lo} har lejet værelset i kælderen siden marts og har telefon {P:lo}.
{N:lo} er født {D:lo}; der er ikke indhentet straffeattest.
Udvekslingsstudenten {NF:ap} skriver fra {E:ap} og ønsker at flytte til en anden familie.
{G:ap} mor, {NF:r}, har ringet fra {PO:r} og er bekymret.
{N:h1} kan træffes på {P:h1} og {E:h1}.
{N:h2} (CPR {C:h2}) er registreret som vært hos SIRI.
"""),
  kv_p=L("""
Au pair: {NF:ap}
Fødselsdato: {D:ap}
CPR: {C:ap}
Hjemadresse: {AO:ap}
Tlf. (DK): {P:ap}
Tlf. (hjemland): {PO:ap}
Mail: {E:ap}
Værtsmor: {NF:h1}, {P:h1}
Værtsfar: {NF:h2}, {E:h2}
Adresse i Danmark: {A1:h1}
Børn i hjemmet: {NF:c} ({D:c})
Logerende: {NF:lo}, {P:lo}
Pårørende i hjemlandet: {NF:r}, {PO:r}
"""),
  list_p=L("""
Kontrakt underskrevet af {NF:h1} og {NF:ap}
Lommepenge udbetales til {N:ap} den sidste hverdag
{N:ap} har fri lørdag og søndag
Børneattest på {N:lo} mangler
{N:c} hentes af {N:ap} kl. 14.30
Nødkontakt: {NF:h2}, {P:h2}
"""),
  title_c=L("""
Au pair-ordningen – notat
Notat om logerende i familien
Udvekslingsstudent – værtsfamiliens forhold
Tjekliste: voksne i hjemmet
"""),
  prose_c=L("""
I familien bor en au pair fra Filippinerne, som kom i august på en toårig tilladelse fra SIRI.
Au pairen passer Barn A ({age} år) om eftermiddagen og laver aftensmad.
Lommepengene er {amount} om måneden, jf. de gældende satser.
Der er indhentet børneattest på den logerende, og straffeattesten er ren.
Udvekslingsstudenten ønsker at flytte til en anden værtsfamilie efter jul.
Værtsmor oplyser, at de voksne i hjemmet har fri om søndagen.
Logerende har lejet værelset i kælderen siden marts.
Have og skov omkring huset bruges flittigt af børnene.
Barnet fortæller, at au pairen er sød, men at de ikke må sige det til mor.
Sagen er oprettet efter {law}, og der er aftalt møde {date} kl. {time}.
Værtsfamiliens CVR-nr. {cvr} er oplyst, fordi far driver enkeltmandsvirksomhed.
"""),
  kv_c=L("""
Au pair: kvinde, {agead} år, fra Filippinerne
Opholdstilladelse: SIRI, 2 år
Lommepenge: {amount}
Arbejdstid: højst 30 timer om ugen
Børneattest: indhentet
Logerende: mand, {agead} år
Lovgrundlag: {law}
Næste møde: {date}
"""),
  list_c=L("""
Kontrakt underskrevet af værtsfamilie og au pair
Lommepenge udbetales den sidste hverdag
Au pairen har fri lørdag og søndag
Børneattest på logerende indhentet
Barn A hentes kl. 14.30
Forsikring tegnet hos Tryg
"""),
)
