# -*- coding: utf-8 -*-
"""Hand-written pools for the blind11 personal-data evaluation corpus.

Everything here was written blind (see README.md).  All persons are invented:
make.py draws first, middle and last names independently from these pools,
and draws numbers, streets and dates at random.

Template slot syntax (rendered by make.py):
  {ROLE.attr}        person data for a role in the text's cast, e.g. {B.f}, {M.tel}
  {ROLE.attr:fmt}    the same with a forced format, e.g. {B.adr:2l}, {B.dob:en}
  {name} / {name:fmt} look-alike (never planted): {dato}, {kl}, {t}, {d}, {sagsnr} ...
  {EXT} / {EXT:pool}  where extension snippets of the genre are inserted
Name attrs:  f first, n full (with middle), fl first+last, l last, g first+genitive,
             lg last+genitive, ng first+last+genitive, lc lower first, lcn lower full,
             i initials, nick nickname, rev "Last, First", ini "F. Last", up "FIRST LAST"
Data attrs:  tel, tel2 (Danish phone), telf (foreign phone), adr, adr2 (Danish address),
             adrf (foreign address), dob, cpr, mail, mail2
Grammar:     han Han hans Hans ham dreng drengen søn sønnen bror he He his His him age
"""

# ---------------------------------------------------------------------------
# Names.  Surnames written "A|B" have a male|female form.  Lists are
# comma-separated because some names contain spaces.
# ---------------------------------------------------------------------------

def _l(s):
    return [x.strip() for x in s.split(",") if x.strip()]


ORIGINS = {
    "dk_common": {
        "f": _l("Anne, Mette, Hanne, Susanne, Camilla, Louise, Sofie, Emma, Ida, Freja, Laura, "
                "Mathilde, Julie, Maria, Line, Tina, Pia, Lene, Karina, Signe, Caroline, Clara, "
                "Ella, Alma, Agnes, Nanna, Malene, Charlotte, Maja, Cecilie"),
        "m": _l("Mads, Lars, Jens, Søren, Henrik, Thomas, Michael, Peter, Martin, Jesper, Rasmus, "
                "Anders, Kasper, Mikkel, Frederik, Lucas, Oliver, William, Noah, Emil, Magnus, "
                "Victor, Oscar, Carl, Alfred, Jonas, Christian, Niels, Jakob, Simon"),
        "last": _l("Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, "
                   "Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, "
                   "Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, "
                   "Mikkelsen, Frederiksen, Laursen, Henriksen, Schmidt, Eriksen, Kristiansen, "
                   "Clausen, Simonsen, Svendsen, Andreasen, Iversen, Jeppesen, Vestergaard, "
                   "Nissen, Lauridsen, Jepsen, Mogensen, Nørgaard, Jessen, Søndergaard, Bertelsen, "
                   "Friis"),
        "mid": _l("Bach, Kjær, Dahl, Bech, Krogh, Juul, Buch, Munk, Holm, Lund"),
    },
    # rare and newly formed Danish names, names that are ordinary words, English-style names
    "dk_rare": {
        "f": _l("Lykke, Rosa, Sol, Maj, Lærke, Vilde, Vilja, Alba, Dagny, Liv, Ellie-Mai, "
                "Ida-Marie, Sol-Marie, Asta, Tilde, Gro, Runa, Smilla, Hjørdis, Hope, Joy, "
                "Summer, Skye, Alba-Rose, Karla-Sofie, Birte-Lise, Mynte, Sirid"),
        "m": _l("Sten, Bjørn, Storm, Bo, Mark, Ask, Birk, Ravn, Alf, Svend, Vinter, Dag, Bror, "
                "Hjalte, Eskild, Mads-Emil, Karl-Emil, Falk, Egil, Sune, Aksel, Malthe, "
                "Jayden, Dylan, Kevin, Vagn, Ib, Aage"),
        "last": _l("Skov, Dal, Vinter, Storm, Sand, Strand, Krog, Smed, Fisker, Ravn, Lind, Sommer, "
                   "Brink, Kilde, Mose, Bjerg, Lykke, Have, Birkedal, Lindholt, Elmeskov, "
                   "Bøgelund, Lyngholt, Ravnsbæk, Agerskov, Kildeby, Havgaard, Stenbæk, Mosegaard, "
                   "Tranberg, Hjortlund, Fjeldsø, Egelykke, Solbjerg, Nørrelykke, Lindskjold, "
                   "Brøndlund, Engsig, Kragelund, Ørnsholt, Hedelund, Skovbjerg-Hald, Lund-Vinter, "
                   "Bækgaard, Kløvedal, Hvidbjerg, Rugaard, Spangsberg, Thyregod, Ulvskov, "
                   "Bjerregaard-Storm, Dueholm, Grønbech, Ahlefeldt-Mørch"),
        "mid": _l("Skov, Sol, Dal, Eg, Lind, Brink, Ravn, Vinter, Mose, Ager"),
    },
    "somali": {
        "f": _l("Hodan, Faduma, Ayaan, Nimco, Hibaaq, Sahra, Ilhan, Najma, Ubah, Deeqa, Ikraan, "
                "Hamdi, Sagal, Istar, Ifrah, Muna"),
        "m": _l("Abdirahman, Mahad, Abdullahi, Hamse, Khadar, Samatar, Guled, Liban, Abdiwali, "
                "Mukhtar, Bashiir, Dahir, Sharmarke, Ilyas"),
        "last": _l("Warsame, Mohamud, Farah, Jama, Abdi, Hersi, Osman, Egal, Gedi, Nur, Duale, "
                   "Yusuf, Aden, Mire, Dirie, Shire, Abdulle, Hassan-Nur"),
        "mid": _l("Abdi, Mohamed, Ali, Hassan, Omar"),
    },
    "arabic": {
        "f": _l("Amira, Rania, Layla, Hiba, Nour, Zainab, Samira, Lina, Rawan, Jana, Malak, "
                "Yasmin, Hala, Ranim, Dunia, Batoul"),
        "m": _l("Yousef, Mahmoud, Omar, Karim, Tariq, Bilal, Khaled, Ahmad, Zaid, Hamza, Mustafa, "
                "Anas, Ibrahim, Rami, Wassim, Jamil"),
        "last": _l("Al-Khatib, El-Sayed, Haddad, Nasser, Qasim, Saleh, Haider, Mansour, Abu-Zaid, "
                   "Hammoud, Darwish, Barakat, Jaber, Al-Rashid, Khalil, Al-Amin, Othman, Suleiman, "
                   "Abu Shanab, El-Masri"),
        "mid": _l("Mohammad, Ali, Hussein, Ahmad"),
    },
    "turkish": {
        "f": _l("Zeynep, Elif, Ayşe, Kübra, Esra, Çağla, Eda, Selin, Gülsüm, Merve, Büşra, Dilek, "
                "Hatice, Sevgi"),
        "m": _l("Emre, Burak, Mehmet, Oğuz, Berkay, Hakan, Yusuf, Serkan, Tolga, Volkan, Mert, "
                "Ömer, Cem, Umut"),
        "last": _l("Yılmaz, Öztürk, Demir, Kaya, Çelik, Aydın, Şahin, Arslan, Doğan, Kılıç, Korkmaz, "
                   "Güneş, Aksoy, Yilmaz, Ozturk, Karataş, Bulut, Erdem, Özdemir, Polat"),
        "mid": _l("Can, Nur, Ali"),
    },
    "kurdish": {
        "f": _l("Rojin, Berivan, Dilan, Shilan, Nazdar, Hêvî, Jiyan, Delal, Nishtiman, Sozdar, "
                "Avin, Lana, Zhilwan, Rezan"),
        "m": _l("Zana, Rebwar, Hawre, Soran, Azad, Kawa, Shvan, Dilshad, Karwan, Bahoz, Renas, "
                "Aram, Sherzad, Diyar"),
        "last": _l("Mustafa, Rashid, Zebari, Hawrami, Kurdi, Sindi, Botani, Mahmud, Amedi, Baban, "
                   "Jaff, Mirani, Doski, Sorani"),
        "mid": _l("Ali, Ahmed, Hassan"),
    },
    "afghan": {
        "f": _l("Mariam, Zahra, Mursal, Parwana, Nilofar, Shabnam, Freshta, Zarghuna, Marwa, "
                "Sadaf, Mahbooba, Nazanin, Roya, Shukria"),
        "m": _l("Farid, Sohrab, Wahid, Hamid, Ramin, Najib, Mirwais, Shafiq, Jawad, Sayed, "
                "Habib, Ajmal, Qadir, Fawad"),
        "last": _l("Ahmadzai, Rahimi, Noori, Popal, Karimi, Hashimi, Sultani, Stanekzai, Wardak, "
                   "Sadat, Azizi, Hakimi, Mohammadi, Amiri, Safi, Niazi"),
        "mid": _l("Ahmad, Gul, Jan"),
    },
    "polish": {
        "f": _l("Agnieszka, Małgorzata, Zofia, Oliwia, Dorota, Łucja, Katarzyna, Magdalena, "
                "Joanna, Wiktoria, Aleksandra, Beata, Ewa, Justyna"),
        "m": _l("Krzysztof, Wojciech, Szymon, Kacper, Bartosz, Grzegorz, Paweł, Tomasz, Piotr, "
                "Jakub, Michał, Łukasz, Mateusz, Dawid"),
        "last": _l("Kowalczyk, Wiśniewski|Wiśniewska, Nowak, Zieliński|Zielińska, "
                   "Lewandowski|Lewandowska, Wójcik, Kamiński|Kamińska, Szymański|Szymańska, "
                   "Dąbrowski|Dąbrowska, Grabowski|Grabowska, Pawlak, Jabłoński|Jabłońska, "
                   "Mazur, Krawczyk, Kaczmarek, Woźniak, Sikora, Górski|Górska"),
        "mid": _l("Maria, Anna, Jan"),
    },
    "ukrainian": {
        "f": _l("Oksana, Yulia, Olena, Iryna, Sofiia, Kateryna, Nataliia, Halyna, Viktoriia, "
                "Daryna, Solomiia, Tetiana, Liudmyla, Khrystyna"),
        "m": _l("Taras, Bohdan, Dmytro, Mykola, Andrii, Vasyl, Oleksandr, Yaroslav, Serhii, "
                "Maksym, Ostap, Volodymyr, Petro, Yurii"),
        "last": _l("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Hrytsenko, "
                   "Lysenko, Savchuk, Boiko, Moroz, Marchenko, Rudenko, Polishchuk, Hnatiuk, "
                   "Kovalchuk, Ostapenko"),
        "mid": _l("Ivanivna, Petrivna, Mykolaiovych"),
    },
    "romanian": {
        "f": _l("Ioana, Andreea, Raluca, Daniela, Alina, Mihaela, Bianca, Roxana, Oana, Simona, "
                "Lavinia, Cătălina"),
        "m": _l("Mihai, Bogdan, Florin, Ionuț, Cosmin, Adrian, Sorin, Marius, Răzvan, Vlad, "
                "Ovidiu, Cristian"),
        "last": _l("Popescu, Ionescu, Dumitru, Stoica, Munteanu, Constantin, Ciobanu, Marinescu, "
                   "Vasilescu, Dobre, Lungu, Rusu, Moldovan, Țurcanu"),
        "mid": _l("Maria, Ioan, Elena"),
    },
    "lithuanian": {
        "f": _l("Rūta, Aušra, Gintarė, Eglė, Ieva, Greta, Simona, Jurgita, Vaida, Kotryna, Agnė, "
                "Dovilė"),
        "m": _l("Jonas, Tomas, Mantas, Darius, Lukas, Mindaugas, Paulius, Arnas, Karolis, "
                "Žygimantas, Vytautas, Deividas"),
        "last": _l("Kazlauskas|Kazlauskienė, Jankauskas|Jankauskaitė, Petrauskas|Petrauskienė, "
                   "Vasiliauskas|Vasiliauskienė, Žukauskas|Žukauskaitė, Butkus|Butkutė, "
                   "Paulauskas|Paulauskienė, Urbonas|Urbonienė, Navickas|Navickaitė"),
        "mid": [],
    },
    "tamil": {
        "f": _l("Kavitha, Luxsana, Thanuja, Abirami, Sinthuja, Mathusha, Tharani, Nivetha, "
                "Keerthana, Vithya, Sharmila, Piraveena"),
        "m": _l("Tharshan, Nirojan, Sivakumar, Praveen, Kajan, Thileepan, Senthuran, Mathivanan, "
                "Kirushanth, Niroshan, Pirasanth, Suthan"),
        "last": _l("Sivanesan, Thurairajah, Kanagaratnam, Balasingam, Yogarajah, Selvarajah, "
                   "Nadarajah, Paramalingam, Sritharan, Kandiah, Ratnam, Jeyakumar"),
        "mid": [],
    },
    "vietnamese": {
        "f": _l("Linh, Thao, Lan, Ngoc, Hoa, Anh, Trang, Huong, Phuong, Thuy, Yen, Nhung"),
        "m": _l("Minh, Huy, Quang, Tuan, Duc, Khanh, Long, Hieu, Thanh, Phuc, Vinh, Dung"),
        "last": _l("Nguyen, Tran, Pham, Hoang, Vu, Dang, Bui, Ngo, Duong, Truong, Phan, Huynh"),
        "mid": _l("Van|Thi, Duc|Ngoc, Minh|Thu"),
    },
    "thai": {
        "f": _l("Siriporn, Kanya, Pranee, Nattaya, Wanida, Ratana, Anong, Supaporn, Porntip, "
                "Jintana, Malai, Waraporn"),
        "m": _l("Somchai, Kittisak, Anucha, Prasert, Chaiwat, Thawatchai, Wichai, Somsak, "
                "Narong, Sakda"),
        "last": _l("Srisuk, Wongsawat, Boonmee, Saetang, Thongchai, Kaewkla, Phromma, Sukhon, "
                   "Chantarasuk, Inthanon, Rattanaporn"),
        "mid": [],
    },
    "filipino": {
        "f": _l("Maricel, Rowena, Liezel, Analyn, Rhea, Cherry, Jonalyn, Mylene, Rosalie, Jocelyn, "
                "Lorna, Marites"),
        "m": _l("Jhonrey, Jericho, Jomar, Rommel, Arnel, Ronaldo, Jerome, Ariel, Reynaldo, Dindo, "
                "Marvin, Rodel"),
        "last": _l("Dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Macaraeg, "
                   "Dimaculangan, Ocampo, Tolentino, Pascual, Manalo"),
        "mid": _l("Reyes, Santos, Cruz"),
    },
    "eritrean": {
        "f": _l("Selam, Senait, Feven, Saba, Semhar, Luwam, Mebrat, Yordanos, Helen, Rahel, "
                "Winta, Aster"),
        "m": _l("Yonas, Tesfay, Merhawi, Filmon, Biniam, Dawit, Samuel, Habtom, Kibrom, Yohannes, "
                "Amanuel, Robel"),
        "last": _l("Tesfamariam, Gebremedhin, Haile, Kidane, Tekle, Berhane, Ghebreyesus, Woldu, "
                   "Asmerom, Habte, Mehari, Gebru"),
        "mid": _l("Tesfay, Haile, Mehari"),
    },
    "greenlandic": {
        "f": _l("Nivi, Naja, Pipaluk, Ivalu, Paninnguaq, Arnaq, Nuka, Aviaja, Najaaraq, Ulloriaq, "
                "Malu, Inunnguaq"),
        "m": _l("Aputsiaq, Inuk, Malik, Kunuk, Aqqaluk, Nukappi, Hans-Ole, Ole-Jørgen, Pavia, "
                "Kaali, Minik, Tobias-Ulloriaq"),
        "last": _l("Kleist, Lynge, Heilmann, Berthelsen, Motzfeldt, Egede, Fleischer, Kreutzmann, "
                   "Abelsen, Rosing, Zeeb, Lennert, Kristiansen-Lyberth"),
        "mid": _l("Ulloriaq, Nuka, Kaali"),
    },
    "faroese": {
        "f": _l("Turið, Guðrun, Marjun, Sunneva, Rannvá, Sólja, Bjørg, Oddvør, Eyð, Ragnhild"),
        "m": _l("Rúni, Sjúrður, Bárður, Jógvan, Beinir, Brandur, Heðin, Rógvi, Sámal, Tróndur"),
        "last": _l("Joensen, Niclasen, Nolsøe, Højgaard, Dam, Lamhauge, Hammershaimb, Reinert, "
                   "Zachariasen, í Líð, á Lakjuni, Weihe"),
        "mid": [],
    },
    "icelandic": {
        "f": _l("Guðrún, Sigríður, Björk, Hildur, Ásdís, Eydís, Þórdís, Ragnheiður, Sólveig, Halla"),
        "m": _l("Þórir, Einar, Kristján, Ragnar, Gunnar, Sigurður, Hrafn, Ólafur, Baldur, Styrmir"),
        "last": _l("Jónsson|Jónsdóttir, Sigurðsson|Sigurðardóttir, Gunnarsson|Gunnarsdóttir, "
                   "Magnússon|Magnúsdóttir, Þorsteinsson|Þorsteinsdóttir, Einarsson|Einarsdóttir, "
                   "Ragnarsson|Ragnarsdóttir"),
        "mid": [],
    },
}

# origin weights for families (child, parents, grandparents, relatives)
FAMILY_ORIGINS = [
    ("dk_common", 24), ("dk_rare", 14), ("somali", 6), ("arabic", 7), ("turkish", 6),
    ("kurdish", 5), ("afghan", 5), ("polish", 5), ("ukrainian", 5), ("romanian", 3),
    ("lithuanian", 3), ("tamil", 3), ("vietnamese", 3), ("thai", 2), ("filipino", 2),
    ("eritrean", 3), ("greenlandic", 4), ("faroese", 2), ("icelandic", 2),
]
# origin weights for professionals and other adults
OTHER_ORIGINS = [
    ("dk_common", 34), ("dk_rare", 22), ("somali", 3), ("arabic", 5), ("turkish", 5),
    ("kurdish", 3), ("afghan", 2), ("polish", 4), ("ukrainian", 3), ("romanian", 2),
    ("lithuanian", 2), ("tamil", 3), ("vietnamese", 3), ("thai", 1), ("filipino", 2),
    ("eritrean", 2), ("greenlandic", 3), ("faroese", 2), ("icelandic", 2),
]

# pet names and nicknames used for a child or a youth instead of the name
NICKNAMES = _l("Lillemus, Tulle, Mulle, Bønne, Pusle, Mini, Bamse, Putte, Pjuske, Momo, Yoyo, "
               "Mimi, Bubu, Kiki, Nuni, Lulu, Sassa, Memo, Jojo, Benji, Tasha, Sami, Dodo, Lillefis, "
               "Trunte, Nusse, Bobo, Zizi")

# Role -> (group, gender). gender "any" is drawn per text.
ROLES = {
    "B": ("child", "any"), "C": ("child", "any"), "C2": ("child", "any"),
    "M": ("mother", "f"), "F": ("father", "m"),
    "G": ("grand", "f"), "O": ("grand", "m"),
    "Z": ("relative", "f"), "Y": ("relative", "m"),
    "X": ("adult", "m"), "X2": ("adult", "any"),
    "N": ("lay", "any"), "N2": ("lay", "m"), "N3": ("lay", "f"), "J": ("lay", "any"), "U": ("lay", "any"),
    "K": ("youth", "any"), "V": ("youth", "any"), "W": ("youth", "any"),
    "R": ("pro", "any"), "R2": ("pro", "any"), "S": ("pro", "any"), "T": ("pro", "any"),
    "D": ("pro", "any"), "L": ("pro", "any"), "E": ("pro", "any"), "A": ("pro", "any"),
    "I": ("pro", "any"), "H": ("pro", "any"), "T2": ("pro", "any"), "D2": ("pro", "any"),
    "KM": ("adult", "f"), "KF": ("adult", "m"),
    "P": ("foster", "f"), "Q": ("foster", "m"),
}
FAMILY_ROLES = ["B", "C", "C2", "M", "F", "G", "O", "Z", "Y"]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

STREETS_DK = _l(
    "Ahornvej, Birkealle, Bøgevej, Egevej, Elmegade, Kastanievej, Lindevej, Poppelvej, "
    "Rønnebærvej, Hybenvej, Kirkevej, Møllegade, Skolegade, Vestergade, Østergade, Nørregade, "
    "Søndergade, Storegade, Jernbanegade, Stationsvej, Havnegade, Strandvejen, Bakkevej, Engvej, "
    "Mosevej, Skovvej, Markvej, Agervej, Toftevej, Grønnegade, Fredensgade, Frederiksgade, "
    "Tværgade, Violvej, Rosenvej, Tulipanvej, Liljevej, Solsikkevej, Vibevej, Lærkevej, "
    "Stærevej, Svalevej, Duevej, Ørnevej, Spurvevej, Gl. Kongevej, Ny Østergade, Anemonevej, "
    "Præstevænget, Kløvermarken, Odinsvej, Thorsgade, Frejasvej, Holmevej, Bygaden, Parkvej, "
    "Ringvejen, Byvangen, Karetmagervej, Smedegade, Tømrervej, Valmuevej, Humlebakken, "
    "Gartnervænget, Hedeparken, Bryggervej, Brombærvej, Fasanvej, Kærgårdsvej, Sønderparken, "
    "Tranebærvej, Grønlandsvej, Islandsgade, Vindmøllevej, Pilevænget, Højvangen, Kildegårdsvej")

# (postcode, town)
POSTCODES_DK = [
    ("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8220", "Brabrand"),
    ("8260", "Viby J"), ("8270", "Højbjerg"), ("8240", "Risskov"), ("5000", "Odense C"),
    ("5220", "Odense SØ"), ("5240", "Odense NØ"), ("9000", "Aalborg"), ("9220", "Aalborg Øst"),
    ("9400", "Nørresundby"), ("2300", "København S"), ("2400", "København NV"),
    ("2200", "København N"), ("2700", "Brønshøj"), ("2650", "Hvidovre"), ("2630", "Taastrup"),
    ("2605", "Brøndby"), ("2620", "Albertslund"), ("2635", "Ishøj"), ("2730", "Herlev"),
    ("4000", "Roskilde"), ("4700", "Næstved"), ("6000", "Kolding"), ("6700", "Esbjerg"),
    ("6705", "Esbjerg Ø"), ("7100", "Vejle"), ("8700", "Horsens"), ("8900", "Randers C"),
    ("7400", "Herning"), ("7500", "Holstebro"), ("4200", "Slagelse"), ("3400", "Hillerød"),
    ("3000", "Helsingør"), ("6400", "Sønderborg"), ("9800", "Hjørring"), ("8800", "Viborg"),
    ("4800", "Nykøbing F"), ("3700", "Rønne"), ("5700", "Svendborg"), ("6100", "Haderslev"),
    ("7000", "Fredericia"), ("8600", "Silkeborg"), ("4600", "Køge"), ("4300", "Holbæk"),
    ("9900", "Frederikshavn"), ("6200", "Aabenraa"), ("7800", "Skive"), ("9500", "Hobro"),
]

FLOORS_DK = ["2. tv.", "st. th.", "1. mf.", "3.th", "kl.", "4. sal", "2 tv", "1. 12", "st.",
             "1.", "5. 512", "2. th", "3. tv", "st. tv", "1.th.", "4. mf", "3. 310", "st.mf."]

# foreign addresses: country code -> (streets, number style, postcode+town list)
FOREIGN_ADDR = {
    "DE": (["Hauptstraße", "Bahnhofstraße", "Schulweg", "Lindenallee", "Friedrichstraße",
            "Norderstraße", "Am Markt"],
           ["24937 Flensburg", "20357 Hamburg", "24103 Kiel", "10115 Berlin", "25813 Husum"]),
    "SE": (["Storgatan", "Kungsgatan", "Drottninggatan", "Södra Förstadsgatan", "Lilla Torg",
            "Mäster Johansgatan"],
           ["211 42 Malmö", "252 21 Helsingborg", "413 01 Göteborg", "114 30 Stockholm",
            "222 20 Lund"]),
    "NO": (["Storgata", "Kirkegata", "Thorvald Meyers gate", "Markveien"],
           ["0155 Oslo", "5003 Bergen", "7011 Trondheim"]),
    "PL": (["ul. Długa", "ul. Piotrkowska", "ul. Marszałkowska", "ul. Grunwaldzka",
            "ul. Słowackiego", "ul. Kwiatowa"],
           ["80-827 Gdańsk", "90-006 Łódź", "00-026 Warszawa", "50-357 Wrocław", "31-021 Kraków"]),
    "UA": (["vul. Shevchenka", "vul. Khreshchatyk", "prosp. Nauky", "vul. Franka",
            "vul. Sadova"],
           ["79000 Lviv", "01001 Kyiv", "61000 Kharkiv", "65000 Odesa", "21000 Vinnytsia"]),
    "RO": (["Str. Florilor", "Bd. Unirii", "Str. Libertății", "Calea Victoriei"],
           ["400000 Cluj-Napoca", "030167 București", "300001 Timișoara"]),
    "LT": (["Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Pylimo g."],
           ["01103 Vilnius", "44240 Kaunas", "92231 Klaipėda"]),
    "TR": (["Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gazi Bulvarı"],
           ["34000 İstanbul", "35210 İzmir", "06420 Ankara"]),
    "GL": (["Aqqusinersuaq", "Qullilerfik", "Imaneq", "Kissarneqqortuunnguaq", "Aqqusinersuaq"],
           ["3900 Nuuk", "3911 Sisimiut", "3952 Ilulissat"]),
    "FO": (["Niels Finsens gøta", "Óðinshædd", "Bryggjubakki", "Vesturgøta", "Hoyvíksvegur"],
           ["100 Tórshavn", "110 Tórshavn", "700 Klaksvík"]),
    "IS": (["Laugavegur", "Hverfisgata", "Skólavörðustígur"],
           ["101 Reykjavík", "600 Akureyri"]),
    "UK": (["Elm Road", "Church Street", "Victoria Avenue", "Station Road"],
           ["Leeds LS6 2AB", "Manchester M14 5RT", "London E1 6AN"]),
}

TOWNS = _l("Aarhus, Odense, Aalborg, Esbjerg, Vejle, Randers, Horsens, Kolding, Herning, "
           "Silkeborg, Holbæk, Slagelse, Næstved, Roskilde, Svendborg, Viborg, Hjørring, "
           "Sønderborg, Frederikshavn, Ishøj, Albertslund, Skive, Hobro, Grenaa, Ringsted, "
           "Nakskov, Thisted, Tønder, Struer, Middelfart")
BYDELE = _l("Gellerup, Vollsmose, Tingbjerg, Nørrebro, Aalborg Øst, Skovparken, Korsløkken, "
            "Sydbyen, Bispehaven, Finlandsparken, Munkebjerg, Stengårdsvej-kvarteret, "
            "Brabrand, Urbanplanen, Mjølnerparken, Nordvest, Kvarterløftet Vest, Søndermarken")
# municipality name -> mail domain and a (fictional) switchboard number
KOMMUNER = [
    ("Aarhus", "aarhus.dk"), ("Odense", "odense.dk"), ("Aalborg", "aalborg.dk"),
    ("Esbjerg", "esbjerg.dk"), ("Vejle", "vejle.dk"), ("Randers", "randers.dk"),
    ("Horsens", "horsens.dk"), ("Kolding", "kolding.dk"), ("Herning", "herning.dk"),
    ("Silkeborg", "silkeborg.dk"), ("Holbæk", "holb.dk"), ("Slagelse", "slagelse.dk"),
    ("Næstved", "naestved.dk"), ("Roskilde", "roskilde.dk"), ("Svendborg", "svendborg.dk"),
    ("Viborg", "viborg.dk"), ("Hjørring", "hjoerring.dk"), ("Sønderborg", "sonderborg.dk"),
    ("Frederikshavn", "frederikshavn.dk"), ("Ishøj", "ishoj.dk"), ("Albertslund", "albertslund.dk"),
    ("Guldborgsund", "guldborgsund.dk"),
]

# public numbers that may appear unplanted (helplines, switchboards); read-back checks allow them
PUBLIC_NUMBERS = ["116 111", "114", "112", "1813", "70 201 201", "33 92 33 00", "72 56 70 00",
                  "70 10 18 18", "70 12 12 88", "35 29 40 00", "32 69 00 00", "70 11 50 55",
                  "41 71 90 00", "72 20 00 00", "70 21 50 50", "38 38 38 38"]
# switchboards written in templates via {hovednr}; all are in PUBLIC_NUMBERS
SWITCHBOARDS = ["72 56 70 00", "70 10 18 18", "41 71 90 00", "72 20 00 00"]

LAW_FIRMS = _l("Advokathuset Vest, Familieadvokaterne, Advokatfirmaet Havnegade, "
               "Advokatkontoret Ved Åen, Børneadvokaterne ApS, Advokatfællesskabet Midtby, "
               "Advokathuset Nord, Advokatfirmaet Torvegade 4")
LAW_DOMAINS = _l("advokathuset-vest.dk, familieadvokaterne.dk, havnegade-advokat.dk, "
                 "vedaaen-advokat.dk, boerneadvokaterne.dk, midtby-advokat.dk, advokathusetnord.dk, "
                 "torvegade4.dk")
# work mail domains by role (otherwise the municipality's own domain is used)
WORK_DOMAINS_BY_ROLE = {
    "T": ["skolekom.dk"], "T2": ["skolekom.dk"], "H": ["skolekom.dk", "ungdomsskolen.net"],
    "D": ["regionh.dk", "rm.dk", "rsyd.dk"], "D2": ["regionh.dk", "rm.dk"],
    "E": ["mentorhuset.dk"], "I": ["tolkeservice.dk"],
    "S": ["samvaersteamet.dk", "familiehuset-vest.dk"], "P": ["plejefamilieraadgivning.dk"],
    "Q": ["plejefamilieraadgivning.dk"],
}
PRIVATE_DOMAINS = _l("gmail.com, hotmail.com, outlook.dk, live.dk, yahoo.dk, icloud.com, mail.dk, "
                     "jubii.dk, stofanet.dk, hotmail.dk, protonmail.com, youmail.dk, webspeed.dk, "
                     "outlook.com, godmail.dk")
FOREIGN_DOMAINS = {
    "polish": ["wp.pl", "o2.pl", "interia.pl"], "ukrainian": ["ukr.net", "i.ua"],
    "romanian": ["yahoo.ro"], "lithuanian": ["gmail.lt", "one.lt"], "turkish": ["hotmail.com.tr"],
    "greenlandic": ["greennet.gl"], "faroese": ["olivant.fo"], "icelandic": ["simnet.is"],
}

MONTHS_DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
MONTHS_DA_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                  "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

# initials that must never be produced because they are ordinary abbreviations
BAD_INITIALS = set(_l("OK, BU, PPR, UU, SFO, ICS, SOS, TV, IT, PC, DR, NN, PS, HR, AI, UNG, FGU, "
                      "EGU, STU, SU, DK, ID, MF, TH, ST, KL, SMS, CPR, JC, NB, OBS, FU, PA, ADM, "
                      "AS, SA, EU, NR, MR, MS, OS, DU, JA, NEJ, HEJ, TLF, BH, GL, FO, IS, UK, SE, "
                      "NO, PL, UA, RO, LT, TR, DE, US, BK, AK, KK, LE, SO, HD, HF, HH, VUC, ASF, "
                      "BFU, BUU, SKAT, FE, MV, JO, OG, EL, DA, HU, SE, YES, NÅ, VI, DI, DEM"))

# ---------------------------------------------------------------------------
# Institutions (only used in institutions.jsonl)
# ---------------------------------------------------------------------------
INSTITUTIONS = {
    "school": _l("Bøgeskolen, Lindeskolen, Ellekærskolen, Rønnebærskolen, Nordbyskolen, "
                 "Engdalskolen, Skovvangsskolen, Holmebækskolen, Tranehøjskolen, "
                 "Kildevældsskolen, Hedegårdsskolen, Strandgårdsskolen, Egebjergskolen, "
                 "Rosenvængets Skole, Heldagsskolen Kastanjen, Specialskolen Fyrtårnet, "
                 "Den Lille Friskole ved Mosen"),
    "daycare": _l("Børnehuset Troldebo, Vuggestuen Mælkebøtten, Børnehaven Solstrålen, "
                  "Børnehuset Regnbuen, Integreret Institution Spiloppen, Naturbørnehaven Myretuen, "
                  "Børnehaven Krudtuglen, Børnehuset Kløverbakken, Vuggestuen Humlebien, "
                  "Dagplejen Vestervang"),
    "sfo": _l("SFO Ugleredet, Fritidshjemmet Kometen, SFO Skovtrolden, Klub- og SFO-huset Stjernen"),
    "home": _l("Opholdsstedet Skovly, Døgninstitutionen Bakkegården, Opholdsstedet Havbrisen, "
               "Ungehjemmet Lærkereden, Børnehjemmet Solhaven, Behandlingshjemmet Granly, "
               "Opholdsstedet Fyrrebo, Ungdomspensionen Ankeret, Døgninstitutionen Kastanjehuset, "
               "Krisecentret Lyshuset, Udslusningsboligen Trappen"),
    "foster": _l("Familieplejen Østjylland, Plejefamilieforeningen Solsikken, "
                 "Netværksplejen Nord, Familieplejen Midt, Aflastningsordningen Vestbyen, "
                 "Plejefamiliecentret Havblik"),
    "club": _l("Ungdomsklubben Tårnet, Fritidsklubben Kraftværket, Vestbyens Boldklub, "
               "Gymnastikforeningen Spring, Svømmeklubben Delfinen, Bokseklubben Jernhånd, "
               "Juniorklubben Lyngen, Ridecentret Hestehaven, Spejdergruppen Ørnereden"),
    "youthedu": _l("Efterskolen Bækkelund, Produktionsskolen Værket, Ungdomsskolen Nordhavn, "
                   "Efterskolen ved Fjorden, Dagbehandlingstilbuddet Broen"),
}


# ===========================================================================
# PLANTED TEMPLATES (persons via {ROLE.attr} slots; every slot value is planted)
# ===========================================================================

# --- genre 1: underretninger (digital form or phone), lay writers ----------
P_UNDERRETNING = [
"""Underretning modtaget via digital formular {dato} kl. {kl}
Anmelder: {N.n}
Relation til barnet: nabo
Telefon: {N.tel}
Barnets navn: {B.n}
Fødselsdato: {B.dob}
Adresse: {B.adr}
Beskrivelse af bekymring:
jeg bor lige under familien og i nat var der igen råberi og noget der blev smidt ind i væggen, {B.lc} græd rigtig længe og ingen trøstede {B.ham}{EXT}
Ønsker anonymitet: nej""",

"""Telefonisk underretning {dato}, modtaget af vagthavende rådgiver {R.fl}
Anmelder: mormor {G.n}, tlf. {G.tel}
Barnets navn: {B.fl} (f. {B.dob})
Mor: {M.n} (f. {M.dob}), {M.adr}
{G.f} fortæller, at {B.f} de sidste tre weekender har sovet hos hende, fordi mor "ikke kan overskue det", og at {B.han} kommer uden madpakke og i det samme tøj.{EXT:rdg}
{G.f} vil gerne ringes op efter kl. 16.""",

"""Formular: Underret kommunen om et barn
Anmelders navn: {J.fl}
Anmelders tlf: {J.tel}
Anmelders mail: {J.mail}
Hvem drejer det sig om: {B.fl}, spiller på mit U13 hold
Fødselsdato (fra holdlisten): {B.dob}
Barnets adresse (hvis kendt): {B.adr:lc}
Beskrivelse af bekymring:
{B.f} er stoppet med at komme til træning og da jeg kørte {B.ham} hjem sidste gang sagde {B.han} at far {F.f} slår når han har drukket. jeg ved ikke om det er rigtigt men syntes i skulle vide det{EXT}""",

"""Anmelder: {N.lcn}
Telefon: {N.tel}
Barnets navn: ved ikke efternavn, hedder {B.f} tror jeg, ca {B.age} år
Anmelders mail: {N.mail}
Adresse: {B.adr:lc}
Beskrivelse af bekymring: hej jeg er nabo og der er noget galt i den lejlighed. {B.drengen} er alene hjemme hele tiden og moren {M.lc} kommer først hjem om natten nogle gange med en mand i en sort bil{EXT} håber i gør noget""",

"""Underretning – telefon
Dato: {dato}
Modtaget af: {R.i}
Anmelder: {Z.n}, moster til barnet, tlf. {Z.tel}
Barn: {B.n}, cpr {B.cpr}
Bopæl: hos far {F.fl} (f. {F.dob}), {F.adr}
{Z.f} oplyser, at {B.f} flere gange har ringet til hende om aftenen og grædt, og at {B.han} siger, at {B.han} ikke må fortælle om det, der sker derhjemme.{EXT:rdg}
Vurdering inden for 24 timer: se journalnotat.""",

"""BESKRIVELSE AF BEKYMRING
mit navn er {J.fl} og jeg er træner i svømmeklubben, jeg har set mærker på {B.g} arme to gange nu og {B.han} siger det er fra katten men det ligner ikke kradsemærker. {B.hans} far {F.fl} henter altid og han virker meget vred på {B.ham} når {B.han} ikke svømmer hurtigt nok{EXT}
Kontakt: {J.tel} / {J.mail}
Barnets fødselsdato hvis kendt: {B.dob}""",

"""Underretning indsendt {dato}
Barnets navn: {B.up}
CPR-nummer: {B.cpr}
Mors navn: fru {M.l}
Adresse:
{B.adr:2l}
Anmelder: {N.fl}, tlf {N.tel}
Beskrivelse: {B.f} sover i opgangen. har set det 3 gange i denne måned, sidst i nat ca kl 2. {B.han} sagde at mor {M.f} havde låst døren{EXT}""",

"""Anmelder: {X.n}
Relation: tidligere kæreste med barnets mor
Telefon: {X.tel}
Barnets navn: {B.n} og søskende {C.f}
Fødselsdatoer: {B.dob} og {C.dob}
Mors navn: {M.n}
Adresse: {M.adr}
Beskrivelse af bekymring:
jeg vil gerne sige at jeg ikke gør det her for at hævne mig. {M.f} har det rigtig skidt og drikker igen og {B.f} på {B.age} passer {C.f} det meste af tiden. i kan også ringe til mig på {X.tel2} efter 17{EXT}""",

"""Formular modtaget {dato}
Anmelder: {N.n}
Telefon: {N.telf}
Sprog: skriver på engelsk og dansk
Barnets navn: {B.fl}
Barnets fødselsdag: {B.dob:en}
Adresse: {B.adr}
Beskrivelse af bekymring: Hello, I am the neighbour. The little one {B.f} is crying every night and the man is shouting. jeg har ringet på døren men ingen åbner{EXT}
Mail til anmelder: {N.mail}""",

"""Morfar {O.n} ringer {dato} kl. {kl}.
Tlf.: {O.tel}
Vedr.: {B.n} ({B.dob}) og {C.n} ({C.dob})
Børnene bor hos mor {M.fl} på {M.adr}. {O.f} siger, at han ikke har set børnene i fire måneder, og at {M.f} har fået ny kæreste, {X.fl}, som han er bange for.{EXT:rdg}
{O.f} ønsker ikke, at mor får at vide, hvem der har ringet.""",

"""Underretning fra forælder
Anmelder: {F.n}, far til barnet
Tlf: {F.tel}
Mail: {F.mail}
Barnets navn: {B.n}, cpr.nr. {B.cpr}
Barnet bor hos: mor {M.n}, {M.cpr}
Adresse: {M.adr}
Mors mail: {M.mail}
Beskrivelse af bekymring:
da jeg hentede {B.f} fredag havde {B.han} lus og en tand der gjorde ondt og {B.han} fortalte at {M.g} nye kæreste {X.f} råber af {B.ham}{EXT}""",

"""anmelder: {G.lcn} (farmor)
telefon: {G.tel}
barnets navn: {B.n} men vi kalder {B.ham} {B.nick}
født: {B.dob}
adresse: {B.adr:lc}
beskrivelse: {B.nick} fortalte i søndags at {B.han} ikke havde fået aftensmad i to dage og {B.han} spiste fire stykker rugbrød hos os. {B.hans} mor {M.f} tager ikke telefonen{EXT}""",

"""Anmelder: {N.fl} ({N.mor} til en klassekammerat)
Telefon: {N.tel}
Barnets navn: {B.f}, går i klasse med min datter (født {B.dob:long} tror jeg, de har fødselsdag tæt på hinanden)
Adresse: ved ikke præcist, et sted på {B.adr:st}
Beskrivelse af bekymring:
{B.f} har sovet hos os fire gange og siger at {B.han} ikke vil hjem. {B.hans} far hedder {F.fl} tror jeg og har nummer {F.tel}, det står på klasselisten{EXT}""",

"""Telefonnotat – underretning
Anmelder: vicevært {N.n}, {N.tel}
Ejendom: {B.adr}
Familie: {M.n} og {F.n} med børnene {B.f} ({B.dob}) og {C.f} ({C.dob})
{N.f} har i dag været inde i lejligheden pga. vandskade og fandt den meget beskidt, med hundeefterladenskaber på gulvet og intet i køleskabet.{EXT:rdgn}""",

"""Underretning modtaget pr. mail {dato}
Fra: {Z.n} <{Z.mail}>
Emne: bekymring for min søsters barn
Barnets navn: {B.n}, f. {B.dob}
Tidligere adresse: {B.adr}
Ny adresse oplyst af moster: {B.adrf}
Telefon til moster: {Z.telf}
Mors fødselsdato: {M.dob}
Beskrivelse: Min søster {M.f} er rejst med {B.f} uden at sige det til nogen, og {B.f} er ikke meldt ud af skolen.{EXT}""",

"""Barnets navn: {B.lcn}
fødselsdato: {B.dob:6}
Adresse: {B.adr:lc}
Anmelder: {N.f}, tlf {N.tel}
Beskrivelse: ungen går rundt ude kl 23 hver aften og får ikke mad, {B.han} tigger om penge ved Netto og siger {B.hans} far {F.lc} er på arbejde i {by}{EXT}""",

"""Underretning – modtaget telefonisk af {R.fl} ({R.i})
Anmelder: fodboldtræner {N.n}, mobil {N.tel}
Barn: {B.fl}, født {B.dob}
Forældre: {M.fl} og {F.fl}, begge på {B.adr}
Mors cpr: {M.cpr}
{N.f} oplyser, at {B.f} har fortalt holdkammeraterne, at {B.han} er blevet smidt ud og sover hos en ven, {V.f}.{EXT:rdgn}
Anmelder er orienteret om, at der sendes kvittering til {N.mail}.""",
]

P_UNDERRETNING_EXT = [
"{B.f} har også sagt at {B.han} ikke må lege med os andre fordi far {F.f} siger vi er onde",
"sidste uge så jeg {M.fl} trække {B.ham} i armen ned ad trappen og {B.han} skreg",
"de har boet på {B.adr:st} i et år og der har været politi der to gange",
"min mand {N2.f} har også set det, i kan ringe til ham på {N2.tel}",
"der kommer mange mennesker i lejligheden om natten bl.a. en der hedder {X2.f} som kører en hvid varevogn",
"skolen har vist også ringet men der er ikke sket noget. læreren hedder {T.fl}",
"{B.hans} store{C.bror} {C.f} er flyttet hjemmefra og bor hos en kammerat på {C.adr}",
"jeg har gemt en sms fra {M.f} hvor hun skriver at hun ikke kan mere, den kom fra {M.tel}",
"{B.f} er født {B.dob} så {B.han} er alt for lille til at være alene",
"hvis i vil snakke med {B.hans} farmor {G.fl} har hun nummeret {G.tel}",
"jeg har også skrevet til skolen på {T.mail} men har ikke fået svar",
"{B.f} har sagt til min søn {W.f} at {B.han} er bange for at komme hjem",
"mor har fået ny adresse {M.adr2:lc} men {B.f} er stadig tilmeldt den gamle",
"hundene gøer hele natten og {B.lc} sitter på trappen med sin telefon",
"undskyld stavefejlene jeg er ordblind, men jeg ville bare sige det fordi det ikke er okay",
"jeg kender familien fra moskeen/kirken og {F.g} bror {Y.fl} har sagt det samme",
"{B.f} sagde ordret: du må ikke sige det til {X.f} for så bliver han sur",
"jeg tror også der er en baby, {C2.f}, som jeg aldrig ser komme ud",
"{B.f} og {C.f} har fødselsdag tæt på hinanden, {B.dob} og {C.dob} tror jeg",
"fru {N3.l} i stuen har også hørt det, hun har nr {N3.tel}",
"hr. {X.l} som de kalder ham kører tit derfra midt om natten",
"familien {F.l} har boet der i mange år men det er blevet værre",
"{F.lg} bil holder altid på fortovet med motoren kørende om natten",
"{B.g} moster {Z.fl} har også prøvet at skrive til mor på {M.mail} uden svar",
"{B.f} har fortalt at {B.han} er født {B.dob:long} og at ingen holdt fødselsdag for {B.ham}",
]

P_UNDERRETNING_RDG = [
"Anmelder oplyser endvidere, at mor {M.f} har skiftet nummer til {M.tel}.",
"{B.f} skulle efter anmelders oplysninger være begyndt at pjække, og klasselærer {T.fl} er orienteret.",
"Far {F.fl} bor efter anmelders viden på {F.adr}, men har ikke kontakt med {B.f}.",
"Anmelder nævner, at {B.g} lille{C.bror} {C.f} ({C.dob}) også bor i hjemmet.",
"Anmelder har tidligere underrettet, jf. notat fra {dato2}, og er utilfreds med, at der ikke er sket noget.",
"Anmelder oplyser, at mors {X2.ven} {X2.fl} ({X2.tel}) ofte passer børnene.",
"Barnets cpr-nummer er oplyst af anmelder: {B.cpr}.",
"Anmelder fortæller, at {B.f} har sagt: \"{X.f} slog mor i går, og jeg gemte mig på badeværelset.\"",
"Sundhedsplejerske {D.fl} har ifølge anmelder også været bekymret, kontakt {D.tel}.",
"Der er efter oplysningerne ingen aktuel fare, men sagen gives til {R2.fl} til vurdering i dag.",
"Familien skulle være flyttet til {M.adrf} i en periode sidste år.",
"Mor {M.fl} er født {M.dob} og har ifølge anmelder været indlagt flere gange.",
"Anmelder oplyser, at onkel {Y.fl} har tilbudt at tage {B.f} i weekenderne.",
"Anmelder oplyser {B.g} fødselsdato til {B.dob}, men er usikker på året.",
"Mors cpr.nr. fremgår af tidligere sag: {M.cpr}.",
"Hr. {F.l} er ifølge anmelder flyttet til {F.adrf}.",
"Søskende: {C.fl}, f. {C.dob}, og {C2.fl}, f. {C2.dob}.",
]

# phone notes where the reporter is role N (neighbour, coach, caretaker)
P_UNDERRETNING_RDGN = P_UNDERRETNING_RDG + [
"Anmelder er vejledt om, at der ikke kan gives oplysninger om sagens videre forløb. Svar sendes til {N.mail}.",
"Anmelder giver samtykke til, at {R.i} må kontakte {N.ham} igen på {N.tel2}.",
"Anmelder kan også træffes på mail {N.mail2}.",
"{N.f} er født {N.dob} og har kendt familien i mange år.",
]

# --- genre 2: samværsreferater (supervised contact) --------------------------
P_SAMVAER = [
"""Referat af overvåget samvær
Dato: {dato}, kl. {kl}–{kl2}
Sted: samværslokalet, lokale {lokale}
Barn: {B.n} (f. {B.dob})
Forælder: far, {F.n}
Samværsstøtte: {S.fl}
{F.f} kom ti minutter for sent og havde slik med. {B.f} løb hen til ham og gav ham et kram.{EXT}
Næste samvær: {dato2} kl. {kl} på legepladsen ved biblioteket.
Referent: {S.i}""",

"""Samværsreferat – {B.fl}, født {B.dob}
Til stede: mor {M.fl}, {B.f}, samværskontakt {S.n}
Mor mødte op til tiden. Hun oplyste, at hun har fået nyt nummer, {M.tel}, og at hun nu bor på {M.adr}.{EXT}
{B.f} sagde ved afsked: "Kommer du igen på torsdag, mor?"
Referent: {S.fl}""",

"""Overvåget samvær med mormor og morfar
Deltagere: {G.n} og {O.n}, barnebarn {B.f} (f. {B.dob})
Tilsyn: {S.fl}
Tidsrum: {kl}–{kl2}
{G.f} havde bagt boller, og {B.f} hjalp med at dække bord. {O.f} talte meget om {M.f}, barnets mor, og {B.f} blev stille.{EXT}
Aftalt: {O.f} undgår at tale om sagen under samvær.""",

"""Samvær {dato} – {B.n} ({B.dob})
Far: {F.n}, tolk: {I.fl} ({I.mail})
Far spurgte flere gange til {B.g} skole, og om {B.han} har venner. {B.f} svarede kort. Far viste billeder af familien på telefonen, bl.a. af farmor {G.f}.{EXT}
Far sendte efter samværet en sms fra {F.telf} med tak for i dag.
Næste gang: {dato2}, samme sted.""",

"""Notat fra samvær
Barn: {B.fl}, f. {B.dob}
Mor: {M.n}
Støtteperson: {S.n}
{B.f}: "Mor, må jeg bo hos dig igen?"
{M.f}: "Det er kommunen, der bestemmer, skat."
{B.f} græd kort og legede derefter med lego.{EXT}
Vurdering: samværet forløb roligt. /{S.i}""",

"""Samvær afbrudt {dato}
Barn: {B.n}, cpr {B.cpr}
Far {F.fl} mødte op påvirket. Samværsstøtte {S.fl} afbrød samværet kl. {kl} efter aftale med vagthavende {R.fl}. {B.f} blev hentet af plejemor {P.fl}.{EXT}
Far kan kontaktes på {F.tel}.""",

"""Referat – samvær i plejefamilien
Plejeforældre: {P.fl} og {Q.fl}, {P.adr}
Barn: {B.n}, cpr {B.cpr}
Besøgende: mor {M.fl} og halvsøskende {C.fl}
{Q.f} åbnede døren og viste mor rundt. {B.f} viste sit værelse og sin nye cykel frem.{EXT}
Tilsynsførende: {S.fl} ({S.mail})""",

"""Telefonsamvær {ugedag} {dato} kl. {kl}
Barn: {B.fl} (f. {B.dob})
Opkald fra mor {M.fl} ({M.telf}) til {B.f} på plejefamiliens telefon {P.tel}.
Mor ringede fra udlandet og talte mest om {B.g} fødselsdag. {B.f} fortalte om skolen og om sin {V.ven} {V.f}.{EXT}
Samtalen varede 20 minutter. Lyttet med: {S.fl}.""",

"""SAMVÆR – KORT NOTAT
Hvem: {B.f} ({B.dob}) + far ({F.fl}) + farbror {Y.fl}
Hvor: McDonald's ved stationen
Tid: {kl}-{kl2}
Støtte: {S.i}
{Y.f} var ikke godkendt til samværet. Han blev 15 minutter og gik så. {B.f} spurgte efter sin {C2.kusine} {C2.f}.{EXT}""",

"""Samværsreferat
Dato | Tid | Sted | Deltagere
{dato} | {kl}-{kl2} | Familiehuset, lokale {lokale} | {B.f}, far {F.fl}, støtte {S.fl}
Forløb:
{F.f} havde lavet madpakke til {B.f} med rugbrød og agurk. De spillede Uno. {B.f} vandt og grinede højt.{EXT}
Overlevering: {B.f} blev kørt hjem til {P.f} og {Q.f} på {P.adr:st}.""",

"""Overvåget samvær, {dato}
Barn: {B.nick} ({B.fl}), født {B.dob}
Mor {M.fl} og mors kæreste {X.fl} deltog. {X.f} var ikke aftalt, men samværsstøtte {S.fl} vurderede, at samværet kunne gennemføres.
Mor kaldte hele tiden {B.f} for "{B.nick}", og {B.f} virkede glad for det.{EXT}""",

"""Samvær i Familiehuset, {dato}
Deltagere: {B.fl} ({B.dob}), søskende {C.fl} ({C.dob}), mor {M.n}
Samværsstøtte: {S.n}
Børnene legede sammen fra start. Mor havde svært ved at dele opmærksomheden og sagde to gange til {C.f}: "Nu er det {B.g} tur."{EXT}
Næste samvær: {dato2}.""",

"""Referat af samvær med far i fængslet
Dato: {dato}
Far: {F.n}, cpr.nr. {F.cpr}
Barn: {B.fl}, {B.dob}
Ledsager: {S.fl}, telefon {S.tel}
{B.f} var spændt på forhånd. Far havde tegnet en tegning til {B.ham}. Samtalen handlede mest om fodbold.{EXT}""",

"""Samvær – video (Teams)
Mor: {M.fl}, logget på fra {M.adrf}
Barn: {B.f} ({B.dob}) hos plejefamilien {P.l}
Tilsyn: {S.fl}
Forbindelsen blev afbrudt to gange. Mor græd, da hun så {B.f}, og spurgte om {B.han} har fået de sko, hun sendte. Plejemor {P.f} bekræftede det.{EXT}""",

"""Afleveringsnotat
{B.f} blev afleveret af plejefar {Q.fl} kl. {kl}. Far {F.fl} tog imod i døren. Samværsstøtte {S.fl} var til stede hele tiden.
Far oplyste ny adresse: {F.adr:lc}. Han bad om, at breve sendes til {F.mail}.{EXT}
Afhentning kl. {kl2} ved {Q.f}.""",

"""Samværsreferat nr. {n}
Barn: {B.rev}, {B.dob}
Forælder: {M.rev}, {M.dob}
Samværsstøtte: {S.rev}
{M.f} medbragte et fotoalbum. {B.f} pegede på et billede af morfar {O.f} og spurgte, hvor han bor nu. Mor sagde, at han bor på {O.adr}.{EXT}""",
]

P_SAMVAER_EXT = [
"{B.f} fortalte om sin bedste {V.ven}, {V.f}, som {B.han} spiller fodbold med.",
"Far nævnte, at han er flyttet til {F.adr2} og gerne vil have samvær der.",
"Mor gav {B.f} en gave fra moster {Z.fl}.",
"Ved afslutningen spurgte {B.f}, om {C.f} også kan komme næste gang.",
"{S.f} mindede forælderen om, at samværet ikke må optages på telefon.",
"Far havde sin nye kæreste {K.f} med uden aftale; hun ventede i caféen.",
"{B.f} sagde: \"Jeg savner farmor {G.f}.\"",
"Mor ville give {B.f} sit nye nummer, {M.tel2}, hvilket samværsstøtten afviste.",
"Mor oplyste, at {B.g} fødselsdag er {B.dob:long}, og ønskede at holde den sammen med {B.ham}.",
"Efter samværet ringede plejefar {Q.f} og fortalte, at {B.f} sov uroligt.",
"Far spurgte til {B.g} lærer {T.fl} og om han kan få kontakt til skolen.",
"Mor talte i telefon med {X2.f} i ca. ti minutter under samværet.",
"{B.f} tegnede et billede til mormor {G.f} og skrev selv navnet på.",
"Far afleverede en pose tøj og {B.g} sundhedskort med cpr {B.cpr}, som blev givet videre til plejefamilien.",
"Mor spurgte, om hun kan sende breve til {B.f} på plejefamiliens adresse, {P.adr}. Det blev afvist.",
"{B.f} kaldte far for \"{F.nick}\", et kælenavn fra dengang {B.han} var lille.",
"Samværsstøtte {S.f} kan kontaktes på {S.tel} ved spørgsmål.",
"Der blev aftalt et ekstra samvær i forbindelse med {C.g} fødselsdag.",
"Fru {P.l} (plejemor) oplyste efter samværet, at {B.f} havde været urolig om natten.",
"Ved indgangen blev fars legitimation tjekket (født {F.dob}).",
"{M.g} nye mail er {M.mail}, og hun vil gerne have referatet tilsendt.",
"Referatet sendes til rådgiver {R.fl}, {R.mail}.",
"{B.f} fortalte, at {B.hans} søskende {C.f} (født {C.dob}) er startet i en ny klasse.",
"Far oplyste, at han nu bor hos sin bror på {Y.adrf}.",
"Mor kaldte {B.f} for \"{B.nick}\" hele tiden, og {B.f} smilede.",
"{P.lg} hus ligger tæt på skolen, og {B.f} cykler selv.",
]

# --- genre 3: copied SMS / Messenger / Aula threads -------------------------
# {t} is the next timestamp in the thread (style chosen per text)
P_BESKEDER = [
"""Kopi af sms-tråd, indsat i journal {dato}
{t} {B.lc}: hva så {R.lc} er du på arbejde i dag
{t} {R.f}: Hej {B.f} 🙂 ja til kl 15. Hvad sker der?
{t} {B.lc}: min udlejer siger jeg skal ud til 1. hva gør jeg
{t} {R.f}: Send lige hans navn og nr så ringer jeg
{t} {B.lc}: {U.lcn} {U.tel}{EXT}
{t} {R.f}: Super, jeg ringer i morgen. Hilsen {R.fl}""",

"""Messenger – {B.fl}
{t} {B.f}: hej det er mig har fået nyt nr 📱 {B.tel}
{t} Du: Tak {B.f}, jeg retter det. Bor du stadig på {B.adr:st}?
{t} {B.f}: nej hos min kæreste {K.f} nu
{t} {B.f}: {K.adr:lc}{EXT}
{t} Du: Ok. Skriv også lige din fødselsdato, systemet skal bruge den
{t} {B.f}: {B.dob}
{t} Du: Tak, vi ses torsdag kl {kl} 👍""",

"""SMS fra mor {M.fl} ({M.tel}), kopieret {dato}
{t} {M.lab}: hej {R.f} kan du ringe, {B.f} er ikke kommet hjem i nat 😢
{t} {R.f}: Hej {M.f}, jeg ringer om 10 min. Har du talt med {B.g} {V.ven} {V.f}?
{t} {M.lab}: ja {V.han} siger {B.f} var hos {W.fl} på {W.adr:lc}{EXT:par}
{t} {R.f}: Jeg ringer nu.""",

"""Aula · Besked
Fra: {T.fl} (lærer, 7.b)
Til: {M.fl}, {F.fl}
Emne: {B.f} i dag
Hej {M.f} og {F.f}
{B.f} var meget ked af det i frikvarteret og fortalte, at {B.han} ikke har sovet hjemme. Kan I ringe til mig på {T.tel} i morgen mellem 8 og 9?{EXT:aula}
Venlig hilsen
{T.f}""",

"""{t} {B.lc}: skal du bruge mit cpr til det der jobcenter skema
{t} {R.fl}: Ja tak, eller du kan tage det med på mødet
{t} {B.lc}: {B.cpr}
{t} {B.lc}: og min mail er {B.mail}{EXT}
{t} {R.fl}: Tak! Husk at slette beskeden igen 🙏""",

"""Sms-tråd, efterværn – {B.n} (f. {B.dob})
{t} {B.lc}: jeg har ik fået min su 😭 kan kommunen låne mig til husleje
{t} {R.f}: Hej {B.f}. Vi kan ikke låne dig penge, men ring på {R.tel} så finder vi ud af det sammen
{t} {B.lc}: ok ring lige efter 12 jeg sover{EXT}
{t} {R.f}: Det gør jeg 👍 Skriv lige din fødselsdato, så jeg kan finde dig i systemet
{t} {B.lc}: {B.dob:6}""",

"""Messenger-gruppe: "{B.f} + plejefamilie + rådgiver"
{t} {P.f}: Hej alle, {B.f} har fået plads på efterskolen 🎉
{t} {R.fl}: Fedt! Send gerne skolens brev til min mail {R.mail}
{t} {Q.f}: gør det i aften. Skolen skal bruge {B.g} cpr, er det {B.cpr}?
{t} {R.fl}: Ja
{t} {B.f}: nice tak {P.lc} og {Q.lc} ❤️{EXT}""",

"""{t} yo {R.lc} hvornår er mødet
{t} {R.f}: Hej {B.f}, på fredag kl {kl} på jobcentret
{t} hva så med {K.lc}? må {K.han} komme med
{t} {R.f}: Ja, hvis du gerne vil 🙂 Hvad er {K.hans} fødselsdato til gæstelisten?
{t} {K.dob:num} tror jeg
{t} fedt {K.han} hedder {K.fl} btw, {K.hans} nr er {K.tel}{EXT}""",

"""Kopieret fra sms, far {F.fl}, nr. {F.telf}
{t} {F.lab}: hello {R.f}, this is {F.f} father of {B.f}. i am in {by} for work until friday
{t} {R.f}: Hej {F.f}, tak for beskeden. Kan vi tale sammen på mandag? Jeg ringer til dette nummer.
{t} {F.lab}: ok. my new email {F.mail}{EXT:far}""",

"""Besked fra {B.lcn} via Aula
hej {R.f} det er {B.f} fra 9.x (født {B.dob:num}). min mor {M.f} ved ikke jeg skriver. vi skal flytte til {M.adr2} og jeg vil ikke skifte skole. kan du ringe mig på {B.tel}{EXT}""",

"""Sms-tråd med {B.f}, kopieret af {R.i}
{t} {B.lc}: hej det {B.lc} 👋 jeg er flyttet ind hos min moster {Z.lc}
{t} {R.f}: Hej! Hvor bor hun? Og hvad er hendes fulde navn og fødselsdato?
{t} {B.lc}: {Z.fl} {Z.dob}
{t} {B.lc}: {Z.adr:lc}
{t} {B.lc}: hendes nr {Z.tel} hvis du skal bruge det{EXT}""",

"""Messenger · {t}
{K.fl}: hej er det {R.f} fra kommunen? jeg er {B.g} kæreste
{K.fl}: {B.f} har det ikke godt og tager ikke telefonen, kan du ringe til {B.ham}
{R.f}: Hej {K.f}. Tak fordi du skriver. Jeg kan ikke sige noget om {B.f} til dig, men jeg prøver at kontakte {B.ham} i dag.
{K.fl}: ok tak. {B.hans} nye nr er {B.tel} btw{EXT}""",

"""SMS {dato}
{t} {R.fl}: Hej {M.f}. Husk mødet på torsdag kl. {kl} i lokale {lokale}. Mvh {R.f}
{t} {M.lab}: ok men {F.f} skal ikke være med, jeg vil ikke se ham
{t} {R.f}: Det noterer jeg. Han er inviteret på et andet tidspunkt. Kan du bekræfte {B.g} fødselsdato? Der står to forskellige i systemet
{t} {M.lab}: {B.dob}
{t} {M.lab}: og min advokat {L.fl} kommer med, {L.hans} mail er {L.mail}{EXT:par}""",

"""{t} {B.lc}: ey har du fået min ansøgning
{t} {R.f}: Ja 👍 men der mangler din adresse
{t} {B.lc}: {B.adr:lc}
{t} {B.lc}: og min mentor {E.fl} sagde du skulle ringe til {E.ham} {E.tel}{EXT}
{t} {R.f}: Det gør jeg i morgen""",

"""Aula · Besked fra pædagog
Fra: {H.fl}, stuen Sommerfuglen
Til: {M.fl}
Hej {M.f}. I dag blev {B.nick} hentet af en mand, der sagde han hed {X.f} og var din kæreste. Han stod ikke på listen. Kan du ringe til os? Du kan også ringe direkte til mig på {H.tel}.{EXT:aula}""",

"""{t} {B.lc}: har fået job i netto 🙌🙌
{t} {R.f}: Tillykke {B.f}!! Hvornår starter du?
{t} {B.lc}: mandag. min chef hedder {A.fl}
{t} {B.lc}: {A.han} skal bruge mit cpr {B.cpr} er det ok
{t} {R.f}: Så skal vi lige opdatere din plan. Kan du sende din nye kontonr og mail?
{t} {B.lc}: {B.mail}{EXT}""",
]

P_BESKEDER_EXT = [
"{t} {B.lc}: btw mit nye nr er {B.tel2}",
"{t} {B.lc}: min ven {V.lc} har et værelse på {V.adr:lc} ring til {V.ham} {V.tel}",
"{t} {R.f}: Tak. Har du husket lægen? Dr. {D.l} ringer dig op",
"{t} {B.lc}: ok sry jeg sov 😴",
"{t} {B.lc}: {K.lc} siger hej 👋",
"{t} {R.f}: Kan du sende din fødselsdato også? Systemet driller\n{t} {B.lc}: {B.dob:num}",
"{t} {B.lc}: hva så med pengene til rejsekort",
"{t} {R.f}: Du kan også skrive til min kollega {R2.fl} på {R2.mail} når jeg er på ferie",
"{t} {B.lc}: min mor {M.lc} har ringet 10 gange 🙄 hendes nr er {M.tel} hvis du vil",
"{t} {B.lc}: kan vi mødes på cafeen i stedet for kommunen",
"{t} {R.f}: Ja. Jeg tager {E.fl} med, {E.han} er din nye mentor",
"{t} {B.lc}: skal jeg skrive mit cpr igen? {B.cpr}",
"{t} {B.lc}: glemte at sige at {W.lc} bor her også lidt",
"{t} {R.f}: Husk at du kan ringe til Børnetelefonen 116 111 hvis du har brug for at snakke med nogen i aften",
"{t} {B.lc}: ok 👍",
"{t} {B.lc}: min kæreste {K.lc} er født {K.dob} hvis det er det du skal bruge",
"{t} {R.f}: Skriv gerne til min mail i stedet: {R.mail}",
"{t} {B.lc}: ok sender fra {B.mail}",
"{t} {B.lc}: mit personnummer er {B.cpr} 🙈",
"{t} {B.lc}: {V.lc} er flyttet til {V.adrf} så jeg kan ikke bo der",
"{t} {R.f}: Hej {B.nick} 😄 tjekker lige ind",
"{t} {B.lc}: {V.nick} siger hej btw (det er {V.lc})",
]

P_BESKEDER_PAR = [
"{t} {M.lab}: {B.g} far {F.fl} har også skrevet til mig fra {F.tel}",
"{t} {R.f}: Tak. Jeg har noteret det.",
"{t} {M.lab}: skolen har ringet, {T.fl} siger {B.f} ikke har været der i 3 dage",
"{t} {M.lab}: min nye adresse er {M.adr2}",
"{t} {R.f}: Kan du sende {B.g} cpr.nr? Det mangler i ansøgningen",
"{t} {M.lab}: {B.cpr}",
"{t} {M.lab}: og mormor {G.fl} vil gerne være med på mødet, {G.tel}",
"{t} {R.f}: Det er fint. Jeg sender indkaldelse til {G.f} også.",
"{t} {M.lab}: undskyld jeg skriver så sent 🙏",
"{t} {M.lab}: {X.f} er ikke min kæreste mere, han bor på {X.adr}",
"{t} {R.f}: Jeg ringer i morgen formiddag. Mvh {R.fl}",
"{t} {M.lab}: ok",
"{t} {M.lab}: min fødselsdato er {M.dob} og {B.g} er {B.dob}",
"{t} {M.lab}: skriv til min mail {M.mail} i stedet",
]

P_BESKEDER_FAR = [
"{t} {F.lab}: my sister {Z.f} can translate, her number is {Z.tel}",
"{t} {R.f}: Thank you. I will call {Z.f} tomorrow.",
"{t} {F.lab}: please tell {B.f} i love {B.him}",
"{t} {F.lab}: the mother {M.f} does not answer me. she blocked my number",
"{t} {F.lab}: i send money to {B.f} every month, you can ask {M.f}",
"{t} {R.f}: We can meet at the town hall with an interpreter. Is Tuesday ok?",
"{t} {F.lab}: yes. my address here is {F.adrf}",
"{t} {F.lab}: and my danish number is {F.tel}",
"{t} {R.f}: Noted. Best regards, {R.fl}",
"{t} {F.lab}: ok 👍",
]

P_BESKEDER_AULA = [
"Vi har også talt med {B.g} kontaktlærer {T2.fl}, som har set det samme.",
"{B.f} spiste ikke sin madpakke i dag og sagde, at {B.han} ikke var sulten.",
"Hvis det er nemmere, kan I skrive til mig på {H.mail}.",
"I morgen er det {A.fl}, der åbner, så I kan også tale med {A.ham}.",
"{B.f} har fortalt, at {B.han} skal være hos sin mormor {G.f} i weekenden. Er det rigtigt?",
"Vi har brug for et opdateret telefonnummer. Det nummer, vi har ({M.tel}), virker ikke.",
"Husk at skrive i Aula, hvem der må hente {B.f}. Lige nu står kun {M.f} og {F.f} på listen.",
"{B.f} og {V.f} har haft en konflikt i dag, som vi har løst sammen med dem.",
"Skolens sundhedsplejerske {D.fl} vil gerne se {B.f} i næste uge.",
"Svar gerne, når I har læst dette.",
"Vi mangler {B.g} fødselsdato i systemet. Er det {B.dob}?",
"Fru {G.l} (mormor) har spurgt, om hun må hente på fredag.",
]

# --- genre 4: journal exports from a case system ------------------------------
# {d} next journal date, {rs} the export's column separator (chosen per text)
P_JOURNAL = [
"""Udskrift fra sagssystem – journal
Sag: {sagsnr} · Part: {B.rev} · CPR: {B.cpr}
Dato{rs}Dokumenttype{rs}Titel{rs}Oprettet af
{d}{rs}Journalnotat{rs}Tlf. m. mor {M.fl}{rs}{R.i}
{d}{rs}Underretning{rs}Fra skole, lærer {T.fl}{rs}{R.i}{EXT:row}
{d}{rs}Brev{rs}Indkaldelse til møde{rs}{R.i}""",

"""Journalnotat
Dato: {d}
Oprettet af: {R.fl} ({R.i})
Sagsnr.: {sagsnr}
Vedr.: {B.n}, {B.cpr}
Emne: Hjemmebesøg
Hjemmebesøg på {M.adr}. Til stede: mor {M.f} (f. {M.dob}), {B.f}, mormor {G.fl} (f. {G.dob}). Lejl. ryddelig. {B.f} sov. Mor træt, men samarbejdsvillig.{EXT}""",

"""{d} – tlf. fra far {F.fl} ({F.tel}). Utilfreds m. samværsaftale. Vil klage. Vejl. om klageadgang. /{R.i}
{d} – mail fra adv. {L.fl} ({L.mail}), anmoder om aktindsigt. Sendt til {A.i}.{EXT:log}
{d} – sagen drøftet på teammøde, se referat. /{R.i}""",

"""SAGSOVERSIGT
Barn: {B.up}
CPR-nr.: {B.cpr}
Adresse: {B.adr}
Født: {B.dob}
Forældremyndighed: {M.fl} (fælles med {F.fl})
Mor tlf.: {M.tel} · Far tlf.: {F.tel}
Sagsbehandler: {R.fl} ({R.i})
J.nr.: {jnr}
Seneste journalnotater:{EXT:row}""",

"""Parter og relationer – udskrift {dato}
Barn{rs}{B.fl}{rs}{B.cpr}
Mor{rs}{M.fl}{rs}{M.cpr}{rs}{M.tel}
Far{rs}{F.fl}{rs}{F.cpr}{rs}tidl. adr. {F.adr}
Plejemor{rs}{P.fl}{rs}{P.tel}{rs}{P.mail}
Noter:{EXT}""",

"""Dokumentliste, sag {sagsnr}
{d}{rs}Afgørelse § 32 – kontaktperson{rs}{R.i}
{d}{rs}Partshøring sendt til {M.fl}{rs}{R.i}
{d}{rs}Svar på partshøring fra adv. {L.ini}{rs}{A.i}{EXT:row}""",

"""Journalnotat – samtale med barnet
{d} · Oprettet af {R.i} · Dokumenttype: Notat
Samtale m. {B.f} (f. {B.dob}) på skolen. Til stede: {B.f}, {R.i}, AKT-lærer {T.fl}.
{B.f} fortæller, at {B.han} er glad for at bo hos {P.f} og {Q.f}, men savner sin hund og sin store{C.bror} {C.f}.{EXT}""",

"""[{d}] OPRET  Underretning modt. fra {N.fl}, tlf {N.tel}  ({R.i})
[{d}] SCREEN  24-timers vurdering foretaget, barn {B.fl} f. {B.dob}  ({R.i}/{A.i})
[{d}] NOTAT  Far {F.fl} informeret pr. tlf.  ({R.i})
[{d}] NOTAT  Mor {M.fl} ikke truffet på {M.tel}  ({R.i}){EXT:log}""",

"""Mødereferat (netværksmøde) – oprettet {d} af {R.i}
Barn: {B.fl}, {B.dob}
Deltagere: mor {M.fl}, morfar {O.fl} ({O.dob}), sundhedsplejerske {D.fl}, {R.fl}
Sikkerhedsplan: {O.f} henter {B.f} tirsdag og torsdag. Mor ringer til {O.f} på {O.tel}, hvis hun ikke kan overskue aftenen.{EXT}""",

"""Barn: {B.fl}, {B.dob}
{d}{rs}Adresseændring{rs}Mor {M.fl} flyttet til {M.adr}. Ny tlf. {M.tel}.{rs}{R.i}
{d}{rs}Journalnotat{rs}{B.f} skifter skole, kontakt til ny klasselærer {T.fl} ({T.mail}).{rs}{R.i}{EXT:row}""",

"""Dokument: Journalnotat
Sagsnr.: {sagsnr}   Dok.nr.: {dok}
Sagspart: {B.n}
Født: {B.dob}
Cpr.nr.: {B.cpr}
Ansvarlig: {R.i}
Oprettet: {d}
Tekst:
Opkald fra plejemor {P.fl}, {P.tel}. {B.f} har haft feber i tre dage, egen læge {D.fl} har tilset {B.ham}. Plejemor ønsker tilskud til briller.{EXT}""",

"""Journal – {B.fl} ({B.dob})
{d}{rs}Visitation{rs}Anbringelse § 46 drøftet, indstilling godkendt af {A.i}{rs}{R.i}
{d}{rs}Brev{rs}Afgørelse sendt til {M.fl} og {F.fl}{rs}{R.i}{EXT:row}""",

"""Telefonlog, uge {uge} – {B.fl} ({B.dob})
{d} kl. {kl} – {F.fl} ({F.tel}) – ønsker samvær udvidet – {R.i}
{d} kl. {kl2} – {Z.fl} ({Z.tel}) – spørger til {B.g} skolestart – {R.i}{EXT:log}""",

"""Stamdata
Navn: {B.rev}
Født: {B.dob}
Cpr: {B.cpr}
Bopæl: {B.adr:2l}
Egen læge: {D.fl}, tlf. {D.tel}
Rådgiver: {R.i}
Hændelser:{EXT:log}""",

"""JN {d} /{R.i}
Vedr. {B.rev} ({B.dob})
Møde m. {M.f} + bisidder {X2.fl}. {M.f} opl. at {B.f} er flyttet til far {F.fl}, {F.adr:st}. Far ikke til stede. Aftalt: {R.i} ringer til far i morgen.{EXT}""",

"""Overdragelsesnotat ({R.i} → {R2.i}), {d}
Sag: {sagsnr}. Barn: {B.fl}, {B.cpr}. Mor: {M.fl}, f. {M.dob}, {M.tel}. Far: {F.fl}, {F.telf}, bor i udlandet ({F.adrf}).
Status: § 20-undersøgelse i gang, frist {dato:long}.{EXT}""",
]

P_JOURNAL_EXT = [
"Mor opl. ny mail: {M.mail}.",
"{B.f} er udredt, jf. brev fra børne- og ungdomspsykiatrien, overlæge {D2.fl}.",
"Far ringet op på {F.tel}, ingen svar. Lagt besked.",
"Morfar {O.fl} tilbyder aflastning hver anden weekend.",
"Plejefamilien {P.fl} og {Q.fl} orienteret.",
"{B.f} udtrykker ønske om at se sine halvsøskende, bl.a. {C2.f}, oftere.",
"Sagen drøftet med teamleder {A.fl}; fortsætter som planlagt.",
"Mors kæreste {X.fl} (f. {X.dob}) er flyttet ind i hjemmet.",
"Skolen v/ {T.fl} har sendt fraværsliste.",
"Advokat {L.fl} har anmodet om kopi af notatet.",
"Tolk {I.fl} bestilt til næste møde.",
"Kontakt til farmor {G.fl}, {G.adr}, vedr. netværkspleje.",
"Mor har skiftet nr. til {M.tel2}.",
"{B.f} har selv ringet fra {B.tel} og spurgt til mødet.",
"Far opl. at han bor hos sin bror {Y.fl}, {Y.adr}.",
"Mor {M.fl}, cpr {M.cpr}, fremmødt.",
"Far fremmødt, legitimeret (f. {F.dob}).",
"Referat sendt til {M.mail}.",
"Halvsøskende {C2.fl} ({C2.dob}) bor hos far.",
]

P_JOURNAL_ROW = [
"{d}{rs}Journalnotat{rs}Tlf. m. far {F.fl}{rs}{R.i}",
"{d}{rs}Mail{rs}Fra {L.fl} ({L.mail}){rs}{A.i}",
"{d}{rs}Notat{rs}Hjemmebesøg, {M.adr:st}{rs}{R.i}",
"{d}{rs}Underretning{rs}Fra {N.fl}, nabo{rs}{R2.i}",
"{d}{rs}Brev{rs}Indkaldelse sendt til {M.fl}{rs}{R.i}",
"{d}{rs}Afgørelse{rs}§ 32, stk. 1, nr. 3 – kontaktperson {E.fl}{rs}{R.i}",
"{d}{rs}Journalnotat{rs}Samtale m. {B.f} på skolen{rs}{R.i}",
"{d}{rs}Sms{rs}Fra {B.f} ({B.tel}){rs}{R.i}",
"{d}{rs}Aktindsigt{rs}Anmodning fra {F.fl}{rs}{A.i}",
"{d}{rs}Journalnotat{rs}Netværksmøde m. {G.fl} og {O.fl}{rs}{R.i}",
"{d}{rs}Notat{rs}Ledelsestilsyn{rs}{A.i}",
"{d}{rs}Dokument{rs}Lægeerklæring, {D.fl}{rs}{R.i}",
"{d}{rs}Journalnotat{rs}Tlf. fra plejemor {P.fl}{rs}{R.i}",
"{d}{rs}Partshøring{rs}Sendt til {M.fl}, {M.adr}{rs}{R.i}",
"{d}{rs}Mail{rs}Fra skolen, {T.mail}{rs}{R2.i}",
"{d}{rs}Mail{rs}Fra mor ({M.mail}){rs}{R.i}",
"{d}{rs}Cpr-opslag{rs}{C.fl}, {C.cpr}{rs}{R2.i}",
"{d}{rs}Journalnotat{rs}Hr. {F.l} ringet op{rs}{R.i}",
"{d}{rs}Notat{rs}Søskende {C.fl}, f. {C.dob}{rs}{R.i}",
"{d}{rs}Notat{rs}{M.rev} – ny adresse registreret{rs}{R.i}",
"{d}{rs}Notat{rs}{F.up} registreret som medforælder{rs}{R2.i}",
]

P_JOURNAL_LOG = [
"{d} – Tlf. m. mor {M.fl}, ny tlf. {M.tel2}. /{R.i}",
"{d} – Mail fra {T.fl} ({T.mail}) vedr. fravær. /{R.i}",
"{d} – {B.f} udeblev fra møde. Sms sendt til {B.tel}. /{R.i}",
"{d} – Farmor {G.fl} ringet, tilbyder aflastning. /{R2.i}",
"{d} – Sagen drøftet m. {A.i}. /{R.i}",
"{d} – Afgørelse sendt til far, {F.adr}. /{R.i}",
"{d} – Møde aflyst, ny dato {dato2}. /{R.i}",
"{d} – Tolk {I.fl} bekræftet. /{R.i}",
"{d} – Kontaktperson {E.fl} rapporterer positiv udvikling. /{R.i}",
"{d} – Underretning fra {N.fl} ({N.tel}) journaliseret. /{R2.i}",
"{d} – Mor oplyser {B.g} cpr til ny skole: {B.cpr}. /{R.i}",
"{d} – Sundhedsplejerske {D.fl} ringet, bekymret for vægt. /{R.i}",
"{d} – Plejefar {Q.fl} opl. at {B.f} har fået ny tlf. {B.tel2}. /{R.i}",
"{d} – Cpr-opslag på far: {F.cpr}. /{R.i}",
"{d} – Fru {P.l} (plejemor) ringet. /{R.i}",
"{d} – Ny mail til mor: {M.mail}. /{R.i}",
"{d} – Fødselsdato rettet i stamdata: {B.dob}. /{A.i}",
"{d} – Far oplyser adresse i udlandet: {F.adrf}. /{R.i}",
"{d} – {C.rev} ({C.dob}) oprettet som søskende på sagen. /{R.i}",
"{d} – Hr. {F.l} ringet, ønsker referat. /{R.i}",
]

# --- genre 5: letters from lawyers, appeals, the municipality's replies -----
P_BREV = [
"""{firma}
Advokat {L.fl}
{L.adr:2l}
Tlf. {L.tel} · {L.mail}

{kommune} Kommune
Familieafdelingen
Att.: {R.fl}

{dato}
Deres ref.: {sagsnr}

Klage over afgørelse af {dato2} vedr. {B.n}, cpr.nr. {B.cpr}

Som partsrepræsentant for {M.n}, født {M.dob}, {M.adr}, klager jeg hermed over kommunens afgørelse.{EXT:adv}

Med venlig hilsen
{L.fl}
advokat""",

"""Til {kommune} Kommune, Børn og Familie

Anmodning om aktindsigt

Jeg, {F.n}, cpr {F.cpr}, anmoder om aktindsigt i alle dokumenter i sagen om min {B.søn} {B.fl}, født {B.dob}.{EXT:lay}

Svar kan sendes til {F.mail} eller {F.adr}.

Venlig hilsen
{F.fl}""",

"""{M.n}
{M.adr:2l}

{kommune} Kommune
Børne- og Familieafdelingen
Sagsnr.: {sagsnr}
Dato: {dato:long}

Svar på din klage

Kære {M.f}

Vi har modtaget din klage af {dato2} over afgørelsen om støttende indsats til {B.f} (f. {B.dob}).{EXT:kom}

Med venlig hilsen

{R.fl}
Socialrådgiver
Direkte tlf. {R.tel}
{R.mail}""",

"""Til Ankestyrelsen

Oversendelse af klagesag

Klager: {M.n}, {M.adr}, f. {M.dob}
Partsrepræsentant: advokat {L.fl}, {firma}
Barn: {B.n}, cpr.nr. {B.cpr}
Kommunens j.nr.: {jnr}

Kommunen har genvurderet afgørelsen af {dato2} og fastholder den.{EXT:koml}

Venlig hilsen
{R.fl}, {kommune} Kommune""",

"""Familieretshuset

Vedr.: {M.n} – samvær med {B.fl}, f. {B.dob}

På vegne af min klient, {M.fl}, {M.adr}, skal jeg anmode om, at samværet genoptages hurtigst muligt.{EXT:adv}

{L.fl}
{firma}
Direkte: {L.tel}""",

"""Klage til Ankestyrelsen

Mit navn er {M.n} og jeg bor på {M.adr}. Jeg klager over at kommunen har taget min {B.søn} {B.f} fra mig. {B.f} er født {B.dob} og har aldrig været i fare hos mig.{EXT:lay}

Min telefon er {M.tel}.
Hilsen {M.fl}""",

"""Partshøring

{F.n}
{F.adr:2l}

Sag: {sagsnr}

Kære {F.fl}

Inden kommunen træffer afgørelse om anbringelse af {B.n}, født {B.dob}, får du mulighed for at komme med bemærkninger.{EXT:kom}

Venlig hilsen
{R.fl}, {R.mail}""",

"""Advokat {L.fl}
{firma}
{L.adr}

Ankestyrelsens afgørelse i sagen om {B.n} (cpr.nr. {B.cpr})

Ankestyrelsen har behandlet klagen fra din klient, fru {M.l}, og stadfæster kommunens afgørelse.{EXT:koml}

Sagsbehandler i Ankestyrelsen: {H.fl}""",

"""Fra: {L.fl} <{L.mail}>
Til: {R.mail}
Cc: {M.mail}
Emne: SV: Aktindsigt – {B.fl} ({B.dob})

Kære {R.f}

Tak for det fremsendte. Jeg mangler fortsat notatet fra mødet den {dato2}, hvor {T.fl} fra skolen deltog.{EXT:adv}

Venlig hilsen
{L.fl}
{firma} · {L.tel}""",

"""{F.n}
{F.adrf:2l}

Aktindsigt – delvis imødekommet

Kære {F.f}

Du har den {dato2} bedt om aktindsigt i sagen om {B.fl}, født {B.dob:long}. Du får aktindsigt i 34 dokumenter. Oplysninger om mors adresse og telefonnummer er undtaget.{EXT:kom}

Med venlig hilsen
{R.fl}
{kommune} Kommune""",

"""FULDMAGT

Undertegnede {M.n}, cpr.nr. {M.cpr}, {M.adr}, giver hermed advokat {L.fl}, {firma}, fuldmagt til at repræsentere mig i sagen om min {B.søn} {B.n}, cpr.nr. {B.cpr}.{EXT:adv}

Dato: {dato}
Underskrift: {M.fl}""",

"""Til {kommune} Kommune

Jeg hedder {G.n} og er farmor til {B.fl} (født {B.dob}). Jeg vil klage over at jeg ikke må se {B.ham} mere.{EXT:lay}

{G.fl}
{G.adr:2l}
tlf {G.tel}""",

"""Vedr. {B.n}, f. {B.dob} – efterværn

Jeg repræsenterer {B.f}, som snart fylder 18 år, og skal anmode om, at kommunen tager stilling til efterværn.{EXT:advu}

{L.ini}
{firma}, {L.mail}""",

"""Afgørelse om støttende indsats

Til forældremyndighedsindehaverne
{M.n} og {F.n}
{M.adr:2l}

{kommune} Kommune har den {dato} besluttet at bevilge familiebehandling efter barnets lov § 32, stk. 1, nr. 3, til {B.n} ({B.cpr}).{EXT:kom}

Kontaktperson: {R.fl}, tlf. {R.tel}""",

"""Ankestyrelsen
Supplerende bemærkninger
Ankestyrelsens j.nr.: {jnr}

Klager: {M.n}, {M.adr}
Barn: {B.fl}, {B.cpr}
Søskende: {C.fl}, f. {C.dob}

Vedlagt fremsendes udtalelse fra psykolog {D.fl} samt erklæring fra farmor {G.fl}.{EXT:adv}

Med venlig hilsen
{L.fl}, advokat (H)""",

"""Kære {L.fl}

Tak for din henvendelse af {dato2} på vegne af {M.fl} vedrørende {B.fl} ({B.dob}).

Kommunen kan bekræfte, at {B.f} fortsat er anbragt hos plejefamilien, og at der afholdes møde den {dato3}.{EXT:koml}

Med venlig hilsen
{R.fl} · {R.mail} · {R.tel}""",
]

P_BREV_ADV = [
"Min klient bestrider, at der foreligger en åbenbar risiko for alvorlig skade på {B.g} sundhed eller udvikling.",
"Det fremgår af journalen, at {B.f} selv har givet udtryk for at ville blive boende hos sin mor. Det er ikke tillagt tilstrækkelig vægt.",
"Kommunen har ikke inddraget netværket, herunder morfar {O.fl}, {O.adr}, som har tilbudt at være netværksplejefamilie.",
"Jeg skal anmode om aktindsigt i samtlige dokumenter, herunder referater af samtaler med barnet og mails mellem {R.fl} og skolen.",
"Min klient kan kontaktes via undertegnede. Direkte henvendelser til {M.f} på {M.tel} bedes undgået.",
"Jeg skal gøre opmærksom på, at far, {F.fl}, ikke er partshørt, selv om han har fælles forældremyndighed.",
"Der henvises til udtalelse fra klasselærer {T.fl} af {dato3}, som beskriver en positiv udvikling.",
"Klagen bedes behandlet hurtigst muligt, da {B.f} skal starte i ny skole efter sommerferien.",
"Kopi af dette brev er sendt til min klient på {M.mail}.",
"Afslutningsvis bemærkes, at {B.g} store{C.bror} {C.fl} ({C.dob}) ikke er omfattet af afgørelsen.",
"Min klients nye adresse er {M.adr2}, og al post bedes sendt dertil.",
"Endelig bemærkes, at kommunens sagsbehandler, {R.fl}, ikke har besvaret min klients henvendelser af {dato3}.",
"Til orientering vedlægges erklæring fra {B.g} moster, {Z.fl}, {Z.adr}.",
"Min klient, fru {M.l}, har siden {dato3} ikke haft samvær med {B.f}.",
"Jeg vedlægger kopi af {B.g} sundhedskort med cpr.nr. {B.cpr}.",
"Korrespondance bedes sendt til min mail, {L.mail}, med kopi til {M.mail}.",
"Min klients samlever, hr. {X.l}, er ikke part i sagen.",
"Min klient opholder sig midlertidigt hos familie på adressen {M.adrf}.",
"{M.lg} økonomi gør det ikke muligt at betale for transport til samvær.",
]

P_BREV_KOM = [
"Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til kommunen inden fire uger.",
"Kommunen har ved vurderingen lagt vægt på oplysningerne fra sundhedsplejerske {D.fl} og fra {B.g} skole.",
"Vi har talt med {B.f} den {dato3}, hvor {B.han} gav udtryk for at ville blive boende hos plejefamilien.",
"Far, {F.fl}, er orienteret særskilt med brev til {F.adr}.",
"Hvis du har spørgsmål, er du velkommen til at kontakte din rådgiver, {R.fl}, på {R.tel} eller {R.mail}.",
"Kommunen har genvurderet sagen, men fastholder afgørelsen.",
"Vi har noteret din nye adresse, {M.adr2}.",
"Teamleder {A.fl} har deltaget i vurderingen.",
"Du er velkommen til at have en bisidder med, fx {Z.fl}, som du nævnte i telefonen.",
"Bemærkningerne kan sendes til {R.mail} senest 14 dage fra brevets dato.",
"Afgørelsen er også sendt til din advokat, {L.fl}.",
"Plejefamiliens adresse er undtaget fra aktindsigt af hensyn til {B.f}.",
"Vi beklager, at brevet af {dato3} blev sendt til en forkert adresse. Det rigtige cpr-nummer for {B.f} er {B.cpr}.",
"Vi gør opmærksom på, at {B.f} (f. {B.dob}) selv kan have partsrettigheder, jf. barnets lov § 3.",
"Kopi sendes til advokat {L.fl}, {L.mail}.",
"Fru {M.l} kan kontakte kommunen på hovednummeret {hovednr}.",
"Mors cpr.nr. er anført forkert i afgørelsen; det korrekte er {M.cpr}.",
"Hr. {F.l} er orienteret med kopi af dette brev.",
"Kommunen vil i den kommende periode have særligt fokus på {B.ng} skolegang.",
]

P_BREV_LAY = [
"{B.f} har det godt hos os og vi har altid passet på {B.ham}, spørg bare {B.hans} morfar {O.fl}.",
"jeg har ringet til sagsbehandleren {R.fl} mange gange men {R.han} svarer aldrig",
"skolen siger også at det går bedre, spørg bare {T.fl}",
"{B.g} mor {M.f} har fået nyt nummer {M.tel2} hvis i skal bruge det",
"jeg vil gerne have en bisidder med, min nabo {N.fl} har sagt ja",
"{B.f} græd da {B.han} blev hentet og sagde at {B.han} ville blive hjemme",
"det er ikke rigtigt det der står om {X.f}, han bor her ikke mere",
"advokaten hedder {L.fl} men jeg skriver selv fordi det går for langsomt",
"{B.g} fødselsdag er den {B.dob:long} og jeg vil gerne fejre den sammen med {B.ham}",
"I har skrevet forkert cpr nummer i brevet, det rigtige er {B.cpr}",
"min søster {Z.fl} har læst brevet igennem for mig",
"{B.f} er født {B.dob} og har boet i {kommune} hele sit liv",
]

# --- genre 6: conversation notes with a young person (some English) ---------
P_SAMTALE = [
"""Samtale med {B.fl} (efterværn, f. {B.dob}), {dato}
Til stede: {B.f}, mentor {E.fl}, rådgiver {R.i}
Uddannelse: {B.f} er startet på FGU i {by}, men har meget fravær. {B.Han} siger: "school is just not my thing right now".
Bolig: bor pt. hos kæresten {K.fl} på {K.adr}.{EXT}""",

"""Notat – samtale om bolig, {dato}
{B.f} (f. {B.dob}) har fået tilbudt et værelse hos {U.fl}, {U.adr}. Husleje {kr}. {U.f} vil have depositum kontant, og det har {B.f} ikke.{EXT}
Aftale: {R.i} kontakter {U.f} på {U.tel}.""",

"""Økonomisamtale med {B.n}, {B.cpr}
{B.f} skylder {V.f} penge ({kr}) og har også gæld til sit teleselskab. {B.Han} viser sms'er fra {V.f} på {V.tel}: "pay me back or else". {B.f} siger, at {B.han} er "lowkey stressed".{EXT}""",

"""Samtale forud for møde i Jobcenter {kommune}, {dato}
Ung: {B.fl}, f. {B.dob:en}
Jobkonsulent: {A.fl} ({A.mail})
{B.f} vil gerne være frisør. {B.Han} har været i praktik i en salon, hvor ejeren, {U.f}, var "super nice".{EXT}""",

"""Conversation notes / samtalenotat
Name: {B.n}
Date of birth: {B.dob:en}
Phone: {B.tel}
{B.f} speaks English and some Danish. {B.He} lives with {B.his} cousin {V.fl} at {V.adr}. Wants to start at the language school again.{EXT}""",

"""Samtale med {B.f}, {dato}
{B.f} fortæller, at {B.han} og kæresten {K.f} skal have et barn. {K.f} er født {K.dob} og bor hjemme hos sin mor, {KM.fl}. {B.f}: "we're keeping it, no matter what".{EXT}""",

"""Mentorrapport – {mdr}
Mentor: {E.fl}, tlf. {E.tel}
Ung: {B.fl}, født {B.dob}
Vi har mødtes fire gange. {B.f} har søgt lærepladser og har fået svar fra én. {B.Han} bor stadig på {B.adr:st}, men vil gerne flytte tættere på {K.f}.{EXT}""",

"""Samtale – {B.fl} – {dato}
• Skole: går på HF, "it's fine I guess"
• Venner: {V.f} og {W.f}, ses mest i weekenden
• Kæreste: {K.fl} (f. {K.dob})
• Bolig: {B.adr}
• Økonomi: SU + lidt fra job i Netto{EXT}""",

"""Telefonsamtale med {B.f}, {dato}
Udlejer {U.n} har sendt opsigelse til {B.adr}. Lejer: {B.fl}, f. {B.dob}. {B.f} siger, at {U.f} går ind i lejligheden uden at banke på. {B.f} har optaget det på telefonen: "he just walks in, like wtf".{EXT}""",

"""Ungeplan – opfølgning
Ung: {B.n}, cpr {B.cpr}
UU-vejleder: {H.fl}
Mål: gennemføre grundforløb på EUD. {B.f} fortæller, at {B.hans} bedste {V.ven}, {V.f}, går på samme hold, og at det hjælper.{EXT}""",

"""Samtale med {B.f}, {dato}
{B.f} (f. {B.dob}) har igen kontakt med sin mor, {M.fl}, som bor i {by}. Mor har skrevet på Snapchat. {B.f} vil gerne besøge hende, men ikke alene. Forslag: mentor {E.f} kører med.{EXT}""",

"""Notat fra samtale, {dato}
{B.fl} ({B.dob}) har været til samtale hos psykolog {D.fl} ({D.mail}). {B.f} siger: "honestly it helped a bit". Næste tid hos {D.l} er om tre uger.{EXT}""",

"""Samtale – plan efter 18
{B.f} (DOB {B.dob:en}) overvejer at flytte til sin far, {F.fl}, i udlandet, adresse {F.adrf}. Far har ringet fra {F.telf}. {B.f} er i tvivl: "I don't even know him that well".{EXT}""",

"""Samtale om økonomi og MitID, {dato}
Deltagere: {B.fl}, {R.fl}, støttekontaktperson {E.fl}
{B.f} har mistet sit MitID og kan ikke komme på e-Boks. Vi bestilte tid i Borgerservice. Mail til {B.f}: {B.mail}.{EXT}""",

"""Samtale med {B.f} og kæresten {K.fl} ({K.dob})
{K.f} siger, at {K.hans} far, {KF.fl}, har truet {B.f}. {B.f} har fået beskeder fra {KF.tel}. {B.f}: "I'm not scared of him, I just don't want drama".{EXT}""",

"""Kort opfølgning {dato}
{B.f} ({B.cpr}) har fået lejlighed på {B.adr2} fra {dato2}. Nøglerne hentes hos {U.f}. Ny tlf.: {B.tel}. {B.f}: "finally my own place 🙏".{EXT}""",
]

P_SAMTALE_EXT = [
"{B.f} nævner, at {B.hans} {W.ven} {W.f} også har brug for hjælp til at finde bolig.",
"Kæresten {K.f} kan kontaktes på {K.tel}.",
"{B.f}: \"my mom {M.f} keeps calling me, I don't answer\".",
"Mentor {E.f} følger op i næste uge.",
"Vi talte om budget: husleje {kr2}, telefon og mad. {B.f} bruger MobilePay til det meste.",
"{B.f} vil gerne have sin store{C.bror} {C.fl} med til næste møde.",
"{B.f} har fået ny mail: {B.mail2}.",
"Udlejer {U.fl} har skrevet til {B.f} fra {U.tel}.",
"Aftalt: {R.i} ringer til jobcentret og til {A.fl}.",
"{B.f} siger: \"{V.f} is basically my family now\".",
"Fødselsdato til ansøgningen: {B.dob}.",
"{B.f} har adresse hos sin mormor, {G.fl}, {G.adr}, indtil videre.",
"Næste samtale: {dato2} kl. {kl}.",
"{B.f} spurgte, om {B.han} kan få hjælp til tandlæge. Henvist til {D.fl}.",
"Cpr.nr. står forkert i ansøgningen. Korrekt: {B.cpr}.",
"{K.f} was there for the last ten minutes and said {K.he} can help with the move.",
"{B.f} vil skrive til sin gamle kontaktperson {H.fl} på {H.mail} for at sige tak.",
"{B.f} overvejer at flytte til sin {W.ven} i {by2}, {W.adr:st}.",
"{K.fl} ({K.dob}) kommer med til næste møde.",
"Mentor {E.f} kan nås på {E.mail}.",
"{B.f} viser sit sundhedskort: {B.cpr}.",
"{B.f}'s friend {V.fl} (born {V.dob:en}) might be able to rent out a room.",
"Udlejer ({U.ini}) kræver tre måneders depositum.",
"{B.f} har fået ny tlf.: {B.tel2}.",
"{V.f} bor nu i udlandet: {V.adrf}.",
"{B.f} kalder {V.f} for \"{V.nick}\" og siger: \"{V.he} always has my back\".",
"Udlejer {U.l} har ikke svaret på vores brev.",
]


# lawyer letters where the client is the young person
P_BREV_ADVU = [
"{B.f} bor i øjeblikket hos sin kæreste, {K.fl}, {K.adr}, hvilket ikke er en holdbar løsning.",
"{B.f} har en god relation til sin kontaktperson, {E.fl}, og ønsker, at den fortsætter efter det fyldte 18. år.",
"{B.f} kan kontaktes på {B.tel} eller {B.mail}, men henvendelser bedes gå gennem undertegnede.",
"Jeg vedlægger udtalelse fra {B.g} UU-vejleder, {H.fl}.",
"{B.f} er født {B.dob} og har været anbragt siden 12-årsalderen.",
"Sagen vedrører {B.fl}, cpr.nr. {B.cpr}.",
"Der henvises til {E.ng} vurdering af {dato3}.",
"{B.f} har gæld på ca. {kr} og har brug for hjælp til at lægge et budget.",
"{B.g} mor, {M.fl}, er orienteret og støtter anmodningen.",
"Kopi af brevet er sendt til {B.f} på {B.mail2}.",
]
# municipality letters to a lawyer or to Ankestyrelsen (third person)
P_BREV_KOML = [
"Kommunen har ved vurderingen lagt vægt på oplysningerne fra sundhedsplejerske {D.fl} og fra {B.g} skole.",
"Kommunen har talt med {B.f} den {dato3}, hvor {B.han} gav udtryk for at ville blive boende hos plejefamilien.",
"{M.fl} kan fortsat kontakte sin rådgiver, {R.fl}, på {R.tel}.",
"Plejefamiliens adresse er undtaget fra aktindsigt af hensyn til {B.f}.",
"Far, {F.fl}, er orienteret særskilt med brev til {F.adr}.",
"Kommunen har noteret {M.g} nye adresse, {M.adr2}.",
"Mors cpr.nr. er anført forkert i afgørelsen; det korrekte er {M.cpr}.",
"Kopi af dette brev sendes til {M.fl} på {M.mail}.",
"Hr. {F.l} er orienteret med kopi af dette brev.",
"Det bemærkes, at {B.f} (f. {B.dob}) selv kan have partsrettigheder, jf. barnets lov § 3.",
"Teamleder {A.fl} har deltaget i vurderingen.",
"{B.g} halvsøskende, {C.fl} (cpr.nr. {C.cpr}), er ikke omfattet af afgørelsen.",
]


# ===========================================================================
# CLEAN TEMPLATES (no personal data; look-alikes only)
# ===========================================================================

C_UNDERRETNING = [
"""Underretning modtaget via digital formular {dato} kl. {kl}
Anmelder: ønsker at være anonym
Relation til barnet: nabo
Barnets navn: ikke oplyst
Adresse: ikke oplyst, opgang i {bydel}
Beskrivelse af bekymring:
der er tit råberi fra lejligheden over mig især søndag aften og jeg har hørt et barn græde længe. jeg ved ikke hvad de hedder{EXT}""",

"""Telefonisk underretning {dato}, modtaget af vagthavende rådgiver
Anmelder: bedsteforælder (mormor), navn og nummer registreret i fagsystemet
Barn: Barn A, 7 år
Mormor fortæller, at barnet de sidste tre weekender har sovet hos hende, fordi mor "ikke kan overskue det".{EXT:rdg}
Sagen er sendt til screening efter barnets lov § 18.""",

"""Formular: Underret kommunen om et barn
Anmelders navn: (udfyldt, fjernet i denne kopi)
Anmelders rolle: træner i den lokale fodboldklub
Hvem drejer det sig om: en spiller på U13-holdet
Beskrivelse af bekymring:
spilleren er stoppet med at komme til træning og sagde sidst at far slår når han har drukket. jeg ved ikke om det passer men syntes i skulle vide det{EXT}""",

"""Underretning – telefon
Dato: {dato}
Modtaget af: Myndighed, Team Øst
Anmelder: moster til barnet
Barn: pige, 11 år, bor hos far
Moster oplyser, at barnet flere gange har ringet om aftenen og grædt.{EXT:rdg}
Vurdering inden for 24 timer: ingen akut fare, se journalnotat af {dato2}.""",

"""BESKRIVELSE AF BEKYMRING
jeg er træner i svømmeklubben og har set mærker på en af børnenes arme to gange nu. barnet siger det er fra katten men det ligner ikke kradsemærker. Far henter altid og virker meget vred når barnet ikke svømmer hurtigt nok{EXT}
Kontakt: anmelder ønsker at blive ringet op via klubbens kontor""",

"""Underretning indsendt {dato}
Barnets navn: ukendt
Adresse: ukendt, men det er i {bydel} tæt på Netto
Beskrivelse: et barn sover i opgangen. har set det 3 gange i {mdr} sidst i nat ca kl 2{EXT}
Anmelder er informeret om, at man altid kan ringe 112 ved akut fare.""",

"""Kvittering for underretning
Tak for din underretning af {dato} kl. {kl}. Din underretning er registreret under sagsnr. {sagsnr}.
Som fagperson modtager du denne kvittering. Vi vurderer inden for 24 timer, om barnet har brug for akut hjælp.{EXT:rdg}
Venlig hilsen
Børne- og Familieafdelingen, {kommune} Kommune, tlf. {hovednr}""",

"""Anmelder: anonym
Barnets navn: ved ikke, ca 6 år
Adresse: ved ikke nummeret, den gule blok ved skolen
Beskrivelse af bekymring: hej jeg er nabo og der er noget galt. drengen er alene hjemme hele tiden og moren kommer først hjem om natten{EXT} håber i gør noget""",

"""Formular modtaget {dato}
Sprog: skrevet på engelsk
Beskrivelse af bekymring: Hello, I am a neighbour. The little one is crying every night and the man is shouting. I did not want to call the police 114 because I am not sure{EXT}
Anmelder har ikke oplyst kontaktoplysninger.""",

"""Underretning fra skolen (fagperson, skærpet underretningspligt)
Dato: {dato:long}
Klasse: 4.b
Afsender: skoleleder
Eleven har haft 38 % fravær siden sommerferien. Forældrene er indkaldt til møde to gange uden at møde op.{EXT:rdg}
Skolens reference: {dok}""",

"""Underretning fra forælder
Anmelder: far til barnet (forældremyndighed: fælles)
Barnet bor hos: mor
Beskrivelse af bekymring:
da jeg hentede fredag havde barnet lus og en tand der gjorde ondt og fortalte at mors nye kæreste råber. jeg har skrevet i Aula men ingen svarer{EXT}""",

"""anmelder: farmor
beskrivelse: vi ser barnebarnet hver søndag og i søndags sagde barnet at der ikke havde været aftensmad i to dage. barnet spiste fire stykker rugbrød hos os. mor tager ikke telefonen{EXT}
sagsbehandlers note: anmelder vejledt om Børnetelefonen 116 111""",

"""Telefonnotat – underretning
Anmelder: vicevært i boligforeningen
Ejendom: afdeling 14, blok C, {bydel}
Viceværten har i dag været inde i en lejlighed pga. vandskade og fandt den meget beskidt, med hundeefterladenskaber på gulvet og intet i køleskabet. To børn i skolealderen bor i lejligheden.{EXT:rdg}""",

"""Underretning modtaget pr. sikker mail {dato}
Emne: bekymring for min søsters barn
Beskrivelse: Min søster er rejst til udlandet med barnet i {mdr} uden at sige det til nogen, og barnet er ikke meldt ud af skolen. Jeg ved ikke hvor de bor nu.{EXT}
Journaliseret under {sagsnr}.""",

"""Barnets navn: ?
Beskrivelse: ungen går rundt ude kl 23 hver aften og får ikke mad, tigger om penge ved Føtex og siger far er på arbejde i {by}{EXT}
Svar til anmelder: ikke muligt, anmelder er anonym.""",

"""Underretning – modtaget telefonisk af rådgiver i Modtagelsen
Anmelder: fodboldtræner (navn kendt af kommunen)
Barn: dreng, 14 år
Træneren oplyser, at drengen har fortalt holdkammeraterne, at han er blevet smidt ud og sover hos en kammerat.{EXT:rdg}
Screening: {dato2}, se § 18-skema.""",
]

C_UNDERRETNING_EXT = [
"barnet har også sagt at det ikke må lege med os andre fordi far siger vi er onde",
"sidste uge så jeg moren trække barnet i armen ned ad trappen og barnet skreg",
"der har været politi der to gange siden {mdr}",
"min mand har også set det og kan bekræfte det",
"der kommer mange mennesker i lejligheden om natten bl.a. en mand der kører en hvid varevogn",
"skolen har vist også ringet men der er ikke sket noget",
"storesøsteren er flyttet hjemmefra og bor hos en veninde i {by}",
"jeg har gemt en sms fra moren hvor hun skriver at hun ikke kan mere",
"barnet er kun {n} år så det er alt for lille til at være alene",
"undskyld stavefejlene jeg er ordblind, men jeg ville bare sige det fordi det ikke er okay",
"hundene gøer hele natten og barnet sidder på trappen med sin telefon",
"Mandag var der igen råb, og jeg hørte noget gå i stykker",
"jeg tror også der er en baby som jeg aldrig ser komme ud",
"barnet sagde: du må ikke sige det til ham for så bliver han sur",
"Det er ikke første gang, jeg skrev også i {mdr} sidste år",
"jeg har ringet til kommunens hovednummer {hovednr} men kom ikke igennem",
]

C_UNDERRETNING_RDG = [
"Anmelder oplyser endvidere, at mor har skiftet telefonnummer.",
"Barnet skulle være begyndt at pjække, og klasselæreren er orienteret.",
"Far bor efter anmelders viden i {by}, men har ikke kontakt med barnet.",
"Anmelder nævner, at et yngre søskende også bor i hjemmet.",
"Anmelder har tidligere underrettet, jf. notat fra {dato2}, og er utilfreds med, at der ikke er sket noget.",
"Anmelder er vejledt om, at der ikke kan gives oplysninger om sagens videre forløb.",
"Der er efter oplysningerne ingen aktuel fare, men sagen gives til faglig koordinator til vurdering i dag.",
"Sundhedsplejen har ifølge anmelder også været bekymret.",
"Familien skulle have opholdt sig i udlandet i en periode sidste år.",
"Mor har ifølge anmelder været indlagt flere gange.",
"Anmelder oplyser, at en onkel har tilbudt at tage barnet i weekenderne.",
"Underretningen er registreret {dato2} kl. {kl2} under sagsnr. {sagsnr}.",
"Sagen drøftes på teammødet {ugedag} med faglig koordinator.",
"Der er ikke tidligere underretninger på barnet.",
]

C_SAMVAER = [
"""Referat af overvåget samvær
Dato: {dato}, kl. {kl}–{kl2}
Sted: samværslokalet, lokale {lokale}
Barn: Barn A (6 år)
Forælder: far
Samværsstøtte: pædagog fra Familiehuset
Far kom ti minutter for sent og havde slik med. Barnet løb hen til ham og gav ham et kram.{EXT}
Næste samvær: {dato2} kl. {kl} på legepladsen ved biblioteket.""",

"""Samværsreferat
Til stede: mor, barnet og samværskontakt
Mor mødte op til tiden og fortalte, at hun er flyttet til en lejlighed i {by}.{EXT}
Barnet sagde ved afsked: "Kommer du igen på torsdag, mor?"
Referent: samværskontakt, Team Samvær""",

"""Overvåget samvær med mormor og morfar
Deltagere: mormor, morfar og barnebarnet (8 år)
Tidsrum: {kl}–{kl2}
Mormor havde bagt boller, og barnet hjalp med at dække bord. Morfar talte meget om barnets mor, og barnet blev stille.{EXT}
Aftalt: morfar undgår at tale om sagen under samvær.""",

"""Samvær {dato}
Far deltog med tolk via Tolkeservice. Far spurgte flere gange til skolen, og om barnet har venner. Barnet svarede kort. Far viste billeder af familien på telefonen.{EXT}
Næste gang: {dato2}, samme sted, lokale {lokale}.""",

"""Notat fra samvær
Barn: Barn B, 9 år
Forælder: Mor
Barnet: "Mor, må jeg bo hos dig igen?"
Mor: "Det er kommunen, der bestemmer, skat."
Barnet græd kort og legede derefter med lego.{EXT}
Vurdering: samværet forløb roligt.""",

"""Samvær afbrudt {dato}
Far mødte op påvirket. Samværsstøtten afbrød samværet kl. {kl} efter aftale med vagthavende rådgiver. Barnet blev hentet af plejemor.{EXT}
Hændelsen er journaliseret under {sagsnr}.""",

"""Referat – samvær i plejefamilien
Barn: 10 år, anbragt efter barnets lov § 46
Besøgende: mor og halvsøskende
Plejefar åbnede døren og viste mor rundt. Barnet viste sit værelse og sin nye cykel frem.{EXT}
Tilsynsførende: familieplejekonsulent""",

"""Telefonsamvær {ugedag} kl. {kl}
Mor ringede fra udlandet til plejefamiliens telefon og talte mest om barnets fødselsdag i {mdr}. Barnet fortalte om skolen og om sin bedste ven.{EXT}
Samtalen varede 20 minutter. Samværsstøtte lyttede med.""",

"""SAMVÆR – KORT NOTAT
Hvem: barnet + far + farbror
Hvor: McDonald's ved stationen i {by}
Tid: {kl}-{kl2}
Farbror var ikke godkendt til samværet. Han blev 15 minutter og gik så.{EXT}""",

"""Samværsreferat
Dato | Tid | Sted | Deltagere
{dato} | {kl}-{kl2} | Familiehuset, lokale {lokale} | barn, far, samværsstøtte
Forløb:
Far havde lavet madpakke med rugbrød og agurk. De spillede Uno. Barnet vandt og grinede højt.{EXT}
Overlevering: barnet blev kørt hjem til plejefamilien i taxa (betalt af kommunen, {kr}).""",

"""Overvåget samvær, {dato}
Barn: Barn C, 4 år
Mor og mors kæreste deltog. Kæresten var ikke aftalt, men samværsstøtten vurderede, at samværet kunne gennemføres.
Mor brugte et kælenavn om barnet, og barnet virkede glad for det.{EXT}""",

"""Samvær i Familiehuset, {dato}
Deltagere: to søskende (7 og 10 år) og mor
Børnene legede sammen fra start. Mor havde svært ved at dele opmærksomheden og sagde to gange til den ældste: "Nu er det din lillebrors tur."{EXT}
Næste samvær: {dato2}.""",

"""Referat af samvær med far i fængslet
Dato: {dato}
Ledsager: samværsstøtte fra Team Samvær
Barnet var spændt på forhånd. Far havde tegnet en tegning. Samtalen handlede mest om fodbold og om landsholdet.{EXT}""",

"""Samvær – video (Teams)
Mor var logget på fra udlandet. Barnet sad hos plejefamilien.
Forbindelsen blev afbrudt to gange. Mor græd, da hun så barnet, og spurgte, om det har fået de sko, hun sendte. Plejemor bekræftede det.{EXT}""",

"""Afleveringsnotat
Barnet blev afleveret af plejefar kl. {kl}. Far tog imod i døren. Samværsstøtten var til stede hele tiden.{EXT}
Afhentning kl. {kl2} ved plejefar.""",

"""Samværsreferat nr. {n}
Barn: Barn A
Forælder: Mor
Mor medbragte et fotoalbum. Barnet pegede på et billede af morfar og spurgte, hvor han bor nu. Mor sagde, at han bor i {by}.{EXT}""",
]

C_SAMVAER_EXT = [
"Barnet fortalte om sin bedste ven, som det spiller fodbold med.",
"Far nævnte, at han er flyttet og gerne vil have samvær i sin nye lejlighed.",
"Mor gav barnet en gave fra mosteren.",
"Ved afslutningen spurgte barnet, om storesøster også kan komme næste gang.",
"Samværsstøtten mindede forælderen om, at samværet ikke må optages på telefon.",
"Far havde sin nye kæreste med uden aftale; hun ventede i caféen.",
"Barnet sagde: \"Jeg savner farmor.\"",
"Mor ville give barnet sit nye nummer, hvilket samværsstøtten afviste.",
"Efter samværet ringede plejefar og fortalte, at barnet sov uroligt.",
"Far spurgte, om han kan få kontakt til skolen.",
"Mor talte i telefon i ca. ti minutter under samværet.",
"Barnet tegnede et billede til mormor og skrev selv navnet på.",
"Mor spurgte, om hun kan sende breve til barnet. Det tages op på mødet {dato2}.",
"Der blev aftalt et ekstra samvær i forbindelse med søskendes fødselsdag i {mdr}.",
"Mor betalte for is med MobilePay, 45 kr.",
"Samværet sluttede kl. {kl2}, 15 minutter før planlagt, fordi barnet var træt.",
"Plan for næste måned: samvær hver anden {ugedag}, jf. afgørelsen om samvær.",
]

C_BESKEDER = [
"""Kopi af sms-tråd med ung (efterværn), indsat i journal {dato}
{t} Ung: hva så er du på arbejde i dag
{t} Rådgiver: Hej 🙂 ja til kl 15. Hvad sker der?
{t} Ung: min udlejer siger jeg skal ud til 1. hva gør jeg
{t} Rådgiver: Send mig lige kopi af brevet, så kigger jeg på det{EXT}
{t} Rådgiver: Jeg ringer i morgen formiddag.""",

"""Messenger – ung, 19 år
{t} Ung: hej har fået nyt nr 📱 skriver fra det nu
{t} Du: Tak, jeg retter det i systemet. Bor du stadig samme sted?
{t} Ung: nej hos min kæreste i {by} nu{EXT}
{t} Du: Ok, vi ses torsdag kl {kl} 👍""",

"""SMS fra mor, kopieret {dato}
{t} Mor: hej kan du ringe, min søn er ikke kommet hjem i nat 😢
{t} Rådgiver: Hej, jeg ringer om 10 min. Har du talt med hans venner?
{t} Mor: ja de siger han var til fest i {bydel}{EXT:par}
{t} Rådgiver: Jeg ringer nu. Ved akut fare så ring 112.""",

"""Aula · Besked
Fra: Klasselærer, 7.b
Til: Forældre til elev i 7.b
Emne: I dag
Hej begge to
Jeres barn var meget ked af det i frikvarteret i dag og fortalte, at det ikke har sovet hjemme. Kan I ringe til skolens kontor i morgen mellem 8 og 9?{EXT:aula}
Venlig hilsen
Klasselæreren""",

"""{t} Ung: skal du bruge noget til det der jobcenter skema
{t} Rådgiver: Ja, dit sygesikringskort og din kontoudskrift. Tag det med på mødet, send det ikke på sms
{t} Ung: ok 👍
{t} Ung: hvad er det for et lokale{EXT}
{t} Rådgiver: Lokale {lokale}, 2. sal. Husk Rejsekort 🙏""",

"""Sms-tråd, efterværn, ung 18 år
{t} Ung: jeg har ik fået min su 😭 kan kommunen låne mig til husleje
{t} Rådgiver: Hej. Vi kan ikke låne dig penge, men ring på kommunens hovednummer {hovednr} og spørg efter mig, så finder vi ud af det sammen
{t} Ung: ok ring lige efter 12 jeg sover{EXT}
{t} Rådgiver: Det gør jeg 👍""",

"""Messenger-gruppe: "Ung + plejefamilie + rådgiver"
{t} Plejemor: Hej alle, der er plads på efterskolen fra {mdr} 🎉
{t} Rådgiver: Fedt! Send gerne skolens brev via sikker mail
{t} Plejefar: gør det i aften
{t} Ung: nice tak ❤️{EXT}""",

"""{t} yo hvornår er mødet
{t} Rådgiver: Hej, på fredag kl {kl} på jobcentret, {by}
{t} må min kæreste komme med
{t} Rådgiver: Ja, hvis du gerne vil 🙂
{t} fedt 🙌{EXT}""",

"""Kopieret fra sms, far (engelsk)
{t} Far: hello, this is the father. i am working in Germany until friday
{t} Rådgiver: Hello, thank you for your message. Can we talk on Monday? I will call you.
{t} Far: ok. i prefer english or arabic{EXT:far}""",

"""Besked fra elev via Aula
hej det er en elev fra 9.x. min mor ved ikke jeg skriver. vi skal flytte til {by} og jeg vil ikke skifte skole. kan i hjælpe{EXT}""",

"""Sms-tråd med ung, kopieret af rådgiver
{t} Ung: hej 👋 jeg er flyttet ind hos min moster
{t} Rådgiver: Hej! Er det i {by}?
{t} Ung: ja lige ved stationen
{t} Ung: hun siger du må ringe til hende hvis du vil{EXT}""",

"""Messenger · {t}
Kæreste til ung: hej er det rådgiveren fra kommunen? jeg er kæresten
Kæreste til ung: hun har det ikke godt og tager ikke telefonen
Rådgiver: Hej. Tak fordi du skriver. Jeg kan ikke sige noget om sagen til dig, men jeg prøver at kontakte hende i dag. Hvis det er akut, så ring 112.
Kæreste til ung: ok tak{EXT}""",

"""SMS {dato}
{t} Rådgiver: Hej. Husk mødet på torsdag kl. {kl} i lokale {lokale}. Mvh Familieafdelingen
{t} Mor: ok men far skal ikke være med
{t} Rådgiver: Det noterer jeg. Han er inviteret på et andet tidspunkt.
{t} Mor: og min advokat kommer med{EXT:par}""",

"""{t} Ung: ey har du fået min ansøgning
{t} Rådgiver: Ja 👍 men der mangler en underskrift på side 2
{t} Ung: arh ok
{t} Ung: min mentor sagde du skulle ringe til hende{EXT}
{t} Rådgiver: Det gør jeg i morgen""",

"""Aula · Besked fra pædagog
Fra: Pædagog, stuen Sommerfuglen
Til: Forældre
Hej. I dag blev barnet hentet af en mand, der sagde, at han var mors kæreste. Han stod ikke på listen over dem, der må hente. Kan du ringe til os i dag?{EXT:aula}""",

"""{t} Ung: har fået job i netto 🙌🙌
{t} Rådgiver: Tillykke!! Hvornår starter du?
{t} Ung: mandag. 37 timer
{t} Rådgiver: Så skal vi lige opdatere din ungeplan (§ 108)
{t} Ung: ok{EXT}""",
]

C_BESKEDER_EXT = [
"{t} Ung: btw jeg har fået nyt nr",
"{t} Ung: min ven har et værelse i {bydel}, 3.500 kr om måneden",
"{t} Rådgiver: Tak. Har du husket lægen? Ring til Lægevagten på 1813 hvis det bliver værre",
"{t} Ung: ok sry jeg sov 😴",
"{t} Ung: min kæreste siger hej 👋",
"{t} Rådgiver: Husk at tage dit pas med",
"{t} Ung: hva så med pengene til rejsekort",
"{t} Rådgiver: Når jeg er på ferie i uge {uge}, kan du skrive til min kollega via kommunens hovednummer",
"{t} Ung: min mor har ringet 10 gange 🙄",
"{t} Ung: kan vi mødes på cafeen i stedet for kommunen",
"{t} Rådgiver: Ja. Jeg tager din nye mentor med",
"{t} Ung: glemte at sige at min ven bor her lidt også",
"{t} Rådgiver: Husk at du kan ringe til Børnetelefonen 116 111 hvis du har brug for at snakke med nogen i aften",
"{t} Ung: ok 👍",
"{t} Ung: har betalt husleje {kr} via MobilePay 💸",
"{t} Rådgiver: Mødet er flyttet til {dato2} kl. {kl2}",
]

C_BESKEDER_PAR = [
"{t} Mor: hans far har også skrevet til mig",
"{t} Rådgiver: Tak. Jeg har noteret det.",
"{t} Mor: skolen har ringet, han har ikke været der i 3 dage",
"{t} Mor: vi er flyttet til {by} nu",
"{t} Rådgiver: Kan du tage sundhedskortet med på mødet? Det mangler i ansøgningen",
"{t} Mor: ok",
"{t} Mor: og mormor vil gerne være med på mødet",
"{t} Rådgiver: Det er fint. Jeg sender også en indkaldelse til hende.",
"{t} Mor: undskyld jeg skriver så sent 🙏",
"{t} Mor: han er ikke min kæreste mere",
"{t} Rådgiver: Jeg ringer i morgen formiddag. Mvh Familieafdelingen",
"{t} Mor: beløbet fra Udbetaling Danmark var {kr}, er det rigtigt?",
]

C_BESKEDER_FAR = [
"{t} Far: my sister can translate",
"{t} Rådgiver: Thank you. We can book an interpreter.",
"{t} Far: please tell my son i love him",
"{t} Far: the mother does not answer me. she blocked my number",
"{t} Far: i send money every month, 2.000 kr",
"{t} Rådgiver: We can meet at the town hall with an interpreter. Is Tuesday at {kl} ok?",
"{t} Far: yes",
"{t} Rådgiver: Best regards, Family Department, {kommune} Municipality",
"{t} Far: ok 👍",
]

C_BESKEDER_AULA = [
"Vi har også talt med kontaktlæreren, som har set det samme.",
"Barnet spiste ikke sin madpakke i dag.",
"I morgen er det en vikar, der åbner, så I kan også tale med ledelsen.",
"Barnet har fortalt, at det skal være hos mormor i weekenden. Er det rigtigt?",
"Vi har brug for et opdateret telefonnummer. Det nummer, vi har, virker ikke.",
"Husk at skrive i Aula, hvem der må hente.",
"Der har været en konflikt i frikvarteret i dag, som vi har løst sammen med børnene.",
"Sundhedsplejersken er på skolen {ugedag} og vil gerne se barnet.",
"Svar gerne, når I har læst dette.",
"Skolens kontor har åbent 7.45-15.30.",
]

C_JOURNAL = [
"""Udskrift fra sagssystem – journal
Sag: {sagsnr} · Part: Barn A (anonymiseret)
Dato{rs}Dokumenttype{rs}Titel{rs}Oprettet af
{d}{rs}Journalnotat{rs}Tlf. m. mor{rs}Myndighed
{d}{rs}Underretning{rs}Fra skole{rs}Modtagelsen{EXT:row}
{d}{rs}Brev{rs}Indkaldelse til møde{rs}Myndighed""",

"""Journalnotat
Dato: {d}
Oprettet af: Socialrådgiver, Team Vest
Sagsnr.: {sagsnr}
Emne: Hjemmebesøg
Hjemmebesøg i familiens lejlighed i {bydel}. Til stede: mor, barnet og mormor. Lejl. ryddelig. Barnet sov. Mor træt, men samarbejdsvillig.{EXT}""",

"""{d} – tlf. fra far. Utilfreds m. samværsaftale. Vil klage. Vejl. om klageadgang til Ankestyrelsen.
{d} – mail fra partsrepræsentant, anmoder om aktindsigt. Sendt til jurist.{EXT:log}
{d} – sagen drøftet på teammøde, se referat.""",

"""SAGSOVERSIGT (testdata)
Barn: Barn A, 9 år
Forældremyndighed: fælles
Sagsbehandler: Myndighedsrådgiver, Team Syd
J.nr.: {jnr}
Foranstaltning: § 32, stk. 1, nr. 3 (familiebehandling)
Seneste journalnotater:{EXT:row}""",

"""Parter og relationer – udskrift {dato}
Barn{rs}Barn A{rs}9 år
Mor{rs}forældremyndighed{rs}bor i {by}
Far{rs}forældremyndighed{rs}bor i udlandet
Plejemor{rs}netværksplejefamilie{rs}godkendt {dato2}
Noter:{EXT}""",

"""Dokumentliste, sag {sagsnr}
{d}{rs}Afgørelse § 32 – kontaktperson{rs}Myndighed
{d}{rs}Partshøring sendt til mor{rs}Myndighed
{d}{rs}Svar på partshøring fra partsrepræsentant{rs}Jura{EXT:row}""",

"""Journalnotat – samtale med barnet
{d} · Dokumenttype: Notat · Team Børn og Unge
Samtale med barnet (11 år) på skolen. Til stede: barnet, rådgiver og AKT-lærer.
Barnet fortæller, at det er glad for at bo i plejefamilien, men savner sin hund og sin storebror.{EXT}""",

"""[{d}] OPRET  Underretning modt. fra nabo  (Modtagelsen)
[{d}] SCREEN  24-timers vurdering foretaget  (Modtagelsen)
[{d}] NOTAT  Far informeret pr. tlf.  (Myndighed)
[{d}] NOTAT  Mor ikke truffet  (Myndighed){EXT:log}""",

"""Mødereferat (netværksmøde) – oprettet {d}
Deltagere: mor, morfar, sundhedsplejerske, myndighedsrådgiver
Sikkerhedsplan: morfar henter barnet tirsdag og torsdag. Mor ringer til morfar, hvis hun ikke kan overskue aftenen. Skalering: 6 ud af 10.{EXT}""",

"""{d}{rs}Adresseændring{rs}Mor flyttet til {by}. Nye kontaktoplysninger registreret i CPR.{rs}Myndighed
{d}{rs}Journalnotat{rs}Barnet skifter skole, kontakt til ny klasselærer.{rs}Myndighed{EXT:row}""",

"""Dokument: Journalnotat
Sagsnr.: {sagsnr}   Dok.nr.: {dok}
Oprettet: {d}
Tekst:
Opkald fra plejemor. Barnet har haft feber i tre dage, egen læge har tilset barnet. Plejemor ønsker tilskud til briller, pris {kr}.{EXT}""",

"""Journal – Barn B (anonymiseret til undervisning)
{d}{rs}Visitation{rs}Anbringelse § 46 drøftet, indstilling godkendt af leder{rs}Myndighed
{d}{rs}Brev{rs}Afgørelse sendt til forældrene{rs}Myndighed{EXT:row}""",

"""Telefonlog, uge {uge}
{d} kl. {kl} – far – ønsker samvær udvidet
{d} kl. {kl2} – moster – spørger til skolestart{EXT:log}""",

"""Stamdata (skabelon)
Navn: [barnets navn]
Cpr: [udfyldes automatisk]
Bopæl: [adresse fra CPR]
Egen læge: [fra sundhedskort]
Foranstaltning: § 32
Hændelser:{EXT:log}""",

"""JN {d}
Møde m. mor + bisidder. Mor opl., at barnet er flyttet til far i {by}. Far ikke til stede. Aftalt: rådgiver ringer til far i morgen.{EXT}""",

"""Overdragelsesnotat, {d}
Sag: {sagsnr}. Barn: 12 år. Far bor i udlandet.
Status: § 20-undersøgelse i gang, frist {dato:long}. Sagen overdrages til ny myndighedsrådgiver i Team Nord.{EXT}""",
]

C_JOURNAL_EXT = [
"Mor opl. ny mail, registreret i fagsystemet.",
"Barnet er udredt i børne- og ungdomspsykiatrien; epikrise modtaget {dato2}.",
"Far ringet op, ingen svar. Lagt besked.",
"Morfar tilbyder aflastning hver anden weekend.",
"Plejefamilien orienteret.",
"Barnet udtrykker ønske om at se sine halvsøskende oftere.",
"Sagen drøftet med teamleder; fortsætter som planlagt.",
"Mors kæreste er flyttet ind i hjemmet i {mdr}.",
"Skolen har sendt fraværsliste: 22 % fravær.",
"Partsrepræsentanten har anmodet om kopi af notatet.",
"Tolk bestilt til næste møde via Tolkeservice.",
"Ansøgning om tilskud til fritidsaktivitet bevilget, {kr} pr. halvår.",
"Næste opfølgning senest {dato3}, jf. barnets plan (§ 91).",
"Ledelsestilsyn gennemført uden bemærkninger.",
]

C_JOURNAL_ROW = [
"{d}{rs}Journalnotat{rs}Tlf. m. far{rs}Myndighed",
"{d}{rs}Mail{rs}Fra partsrepræsentant{rs}Jura",
"{d}{rs}Notat{rs}Hjemmebesøg{rs}Myndighed",
"{d}{rs}Underretning{rs}Fra nabo{rs}Modtagelsen",
"{d}{rs}Brev{rs}Indkaldelse sendt til mor{rs}Myndighed",
"{d}{rs}Afgørelse{rs}§ 32, stk. 1, nr. 3 – kontaktperson{rs}Myndighed",
"{d}{rs}Journalnotat{rs}Samtale med barnet på skolen{rs}Myndighed",
"{d}{rs}Aktindsigt{rs}Anmodning fra far{rs}Jura",
"{d}{rs}Journalnotat{rs}Netværksmøde{rs}Myndighed",
"{d}{rs}Notat{rs}Ledelsestilsyn{rs}Teamleder",
"{d}{rs}Dokument{rs}Lægeerklæring{rs}Myndighed",
"{d}{rs}Bevilling{rs}Kontaktperson 4 t/uge, {kr}{rs}Økonomi",
"{d}{rs}Partshøring{rs}Sendt til forældrene{rs}Myndighed",
"{d}{rs}Handleplan{rs}Barnets plan revideret{rs}Myndighed",
]

C_JOURNAL_LOG = [
"{d} – Tlf. m. mor, hun ønsker møde før {dato2}.",
"{d} – Mail fra skolen vedr. fravær.",
"{d} – Barnet udeblev fra møde. Sms sendt.",
"{d} – Farmor ringet, tilbyder aflastning.",
"{d} – Sagen drøftet m. faglig koordinator.",
"{d} – Afgørelse sendt til far med Digital Post.",
"{d} – Møde aflyst, ny dato {dato3}.",
"{d} – Tolk bekræftet.",
"{d} – Kontaktperson rapporterer positiv udvikling.",
"{d} – Underretning fra politiet journaliseret under {sagsnr2}.",
"{d} – Sundhedsplejerske ringet, bekymret for vægt.",
"{d} – Betaling til opholdssted, {kr}, godkendt.",
]

C_BREV = [
"""{firma}
Advokat og partsrepræsentant

{kommune} Kommune
Familieafdelingen
Att.: sagsbehandleren

{dato}
Deres ref.: {sagsnr}

Klage over afgørelse af {dato2}

Som partsrepræsentant for mor klager jeg hermed over kommunens afgørelse om anbringelse uden samtykke efter barnets lov § 47.{EXT:adv}

Med venlig hilsen
{firma}""",

"""Til {kommune} Kommune, Børn og Familie

Anmodning om aktindsigt

Jeg anmoder hermed om aktindsigt i alle dokumenter i sagen om min søn, jf. forvaltningslovens regler.{EXT:lay}

Svaret må gerne sendes med Digital Post.

Venlig hilsen
Far""",

"""{kommune} Kommune
Børne- og Familieafdelingen
Sagsnr.: {sagsnr}
Dato: {dato:long}

Svar på din klage

Kære forælder

Vi har modtaget din klage af {dato2} over afgørelsen om støttende indsats efter barnets lov § 32.{EXT:kom}

Med venlig hilsen

Socialrådgiver
Familieafdelingen
Telefon (hovednummer): {hovednr}""",

"""Til Ankestyrelsen

Oversendelse af klagesag

Klager: mor (forældremyndighedsindehaver)
Partsrepræsentant: advokat, {firma}
Kommunens j.nr.: {jnr}

Kommunen har genvurderet afgørelsen af {dato2} og fastholder den. Sagens akter er vedlagt som bilag 1-14.{EXT:kom}

Venlig hilsen
{kommune} Kommune""",

"""Familieretshuset

Vedr.: samvær mellem far og barn (sag {sagsnr})

På vegne af min klient skal jeg anmode om, at samværet genoptages hurtigst muligt, og at der fastsættes overvåget samvær to gange om måneden.{EXT:adv}

{firma}""",

"""Klage til Ankestyrelsen

Jeg klager over at kommunen har anbragt min datter. Hun har aldrig været i fare hos mig og hun vil gerne hjem.{EXT:lay}

Hilsen mor""",

"""Partshøring

Sag: {sagsnr}

Kære forældre

Inden kommunen træffer afgørelse om anbringelse efter barnets lov § 46, får I mulighed for at komme med bemærkninger. I har 14 dage fra modtagelsen af dette brev.{EXT:kom}

Venlig hilsen
Myndighedsafdelingen""",

"""Ankestyrelsens afgørelse

Ankestyrelsen har behandlet klagen over {kommune} Kommunes afgørelse af {dato2} og stadfæster afgørelsen.{EXT:kom}

Ankestyrelsens j.nr.: {jnr}""",

"""Fra: {firma}
Til: Familieafdelingen (sikker mail)
Emne: SV: Aktindsigt – sag {sagsnr}

Tak for det fremsendte. Jeg mangler fortsat notatet fra mødet den {dato2}, hvor skolen deltog.{EXT:adv}

Venlig hilsen
{firma}""",

"""Aktindsigt – delvis imødekommet

Kære far

Du har den {dato2} bedt om aktindsigt i sagen om dit barn. Du får aktindsigt i 34 dokumenter. Oplysninger om mors adresse og telefonnummer er undtaget efter forvaltningsloven.{EXT:kom}

Med venlig hilsen
{kommune} Kommune""",

"""FULDMAGT (skabelon)

Undertegnede forældremyndighedsindehaver giver hermed advokat fuldmagt til at repræsentere mig i sagen om mit barn, herunder til at søge aktindsigt og klage til Ankestyrelsen.{EXT:adv}

Dato: ______
Underskrift: ______""",

"""Til {kommune} Kommune

Jeg er farmor og vil klage over at jeg ikke må se mit barnebarn mere. Vi har altid haft det godt sammen.{EXT:lay}

Med venlig hilsen
Farmor""",

"""Vedr. efterværn for ung, sag {sagsnr}

Jeg repræsenterer den unge, som snart fylder 18 år, og skal anmode om, at kommunen tager stilling til efterværn.{EXT:adv}

{firma}""",

"""Afgørelse om støttende indsats

Til forældremyndighedsindehaverne

{kommune} Kommune har den {dato} besluttet at bevilge familiebehandling efter barnets lov § 32, stk. 1, nr. 3, i 6 måneder med en ugentlig ramme på 4 timer.{EXT:kom}

Med venlig hilsen
Børn og Familie, tlf. {hovednr}""",

"""Ankestyrelsen
Supplerende bemærkninger
Ankestyrelsens j.nr.: {jnr}

Vedlagt fremsendes udtalelse fra psykolog samt erklæring fra farmor. Udtalelserne er dateret {dato2} og {dato3}.{EXT:adv}

Med venlig hilsen
{firma}""",

"""Kære partsrepræsentant

Tak for din henvendelse af {dato2} på vegne af mor.

Kommunen kan bekræfte, at barnet fortsat er anbragt i plejefamilien, og at der afholdes møde den {dato3} kl. {kl} i lokale {lokale}.{EXT:kom}

Med venlig hilsen
Familieafdelingen""",
]

C_BREV_ADV = [
"Min klient bestrider, at der foreligger en åbenbar risiko for alvorlig skade på barnets sundhed eller udvikling.",
"Det fremgår af journalen, at barnet selv har givet udtryk for at ville blive boende hos sin mor. Det er ikke tillagt tilstrækkelig vægt, jf. barnets lov § 5.",
"Kommunen har ikke inddraget netværket, herunder morfar, som har tilbudt at være netværksplejefamilie.",
"Jeg skal anmode om aktindsigt i samtlige dokumenter, herunder referater af samtaler med barnet.",
"Min klient kan kontaktes via undertegnede.",
"Jeg skal gøre opmærksom på, at far ikke er partshørt, selv om han har fælles forældremyndighed.",
"Der henvises til udtalelse fra klasselæreren af {dato3}, som beskriver en positiv udvikling.",
"Klagen bedes behandlet hurtigst muligt, da barnet skal starte i ny skole i {mdr}.",
"Kopi af dette brev er sendt til min klient.",
"Afslutningsvis bemærkes, at barnets storesøster ikke er omfattet af afgørelsen.",
"Min klients udgifter til transport til samvær udgør ca. {kr} pr. måned.",
"Der henvises til Ankestyrelsens principmeddelelser på området.",
"Endelig bemærkes, at fristen på fire måneder i barnets lov § 20, stk. 3, ikke er overholdt.",
]

C_BREV_KOM = [
"Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til kommunen inden fire uger.",
"Kommunen har ved vurderingen lagt vægt på oplysningerne fra sundhedsplejen og fra skolen.",
"Vi har talt med barnet den {dato3}, hvor barnet gav udtryk for at ville blive boende i plejefamilien.",
"Far er orienteret særskilt med Digital Post.",
"Hvis du har spørgsmål, er du velkommen til at ringe til kommunens hovednummer {hovednr}.",
"Kommunen har genvurderet sagen, men fastholder afgørelsen.",
"Teamlederen har deltaget i vurderingen.",
"Du er velkommen til at have en bisidder med, jf. barnets lov § 6.",
"Bemærkningerne kan sendes med Digital Post senest 14 dage fra brevets dato.",
"Afgørelsen er også sendt til din partsrepræsentant.",
"Plejefamiliens adresse er undtaget fra aktindsigt af hensyn til barnet.",
"Vi beklager, at brevet af {dato3} blev sendt, før mødet var afholdt.",
"Udgiften til indsatsen er {kr} pr. måned og afholdes af kommunen.",
]

C_BREV_LAY = [
"vi har altid passet godt på hende og det kan morfar også sige",
"jeg har ringet til sagsbehandleren mange gange men der bliver aldrig svaret",
"skolen siger også at det går bedre",
"jeg vil gerne have en bisidder med til mødet",
"hun græd da hun blev hentet og sagde at hun ville blive hjemme",
"det er ikke rigtigt det der står om min kæreste, han bor her ikke mere",
"min advokat fra {firma} siger jeg skal vente men det går for langsomt",
"det står i brevet fra {dato2} at jeg ikke kom til mødet men jeg var syg",
"I har skrevet forkerte oplysninger i brevet, og det vil jeg gerne have rettet",
"min søster har læst brevet igennem for mig",
"jeg har også skrevet til Børns Vilkår og de sagde jeg skulle klage",
]

C_SAMTALE = [
"""Samtale med ung (efterværn), {dato}
Til stede: den unge, mentor og rådgiver
Uddannelse: Den unge er startet på FGU i {by}, men har meget fravær. Siger: "school is just not my thing right now".
Bolig: bor pt. hos kæresten.{EXT}""",

"""Notat – samtale om bolig, {dato}
Den unge (19 år) har fået tilbudt et værelse i {bydel}. Husleje {kr}. Udlejer vil have depositum kontant, og det har den unge ikke.{EXT}
Aftale: rådgiver kontakter udlejer.""",

"""Økonomisamtale
Den unge skylder en ven {kr} og har også gæld til sit teleselskab. Viser sms'er fra vennen: "pay me back or else". Siger, at han er "lowkey stressed".{EXT}""",

"""Samtale forud for møde i Jobcenter {kommune}, {dato}
Den unge vil gerne være frisør og har været i praktik i en salon i {by}, hvor ejeren var "super nice". Jobkonsulenten deltager på næste møde.{EXT}""",

"""Conversation notes / samtalenotat
Age: 20
Language: English and some Danish
The young person lives with a cousin in {by}. Wants to start at the language school again in {mdr}.{EXT}""",

"""Samtale med ung, {dato}
Den unge fortæller, at kæresten er gravid, termin i {mdr}. Kæresten bor hjemme hos sin mor. Den unge: "we're keeping it, no matter what".{EXT}""",

"""Mentorrapport – {mdr}
Mentor: ekstern mentor (§ 32-indsats)
Vi har mødtes fire gange. Den unge har søgt lærepladser og har fået svar fra én. Bor stadig i {bydel}, men vil gerne flytte tættere på kæresten.{EXT}""",

"""Samtale – ung 18 år – {dato}
• Skole: går på HF, "it's fine I guess"
• Venner: to faste venner, ses mest i weekenden
• Kæreste: ja
• Bolig: værelse i {by}
• Økonomi: SU + lidt fra job i Netto{EXT}""",

"""Telefonsamtale med ung, {dato}
Udlejer har sendt opsigelse. Den unge siger, at udlejer går ind i lejligheden uden at banke på og har optaget det på telefonen: "he just walks in, like wtf".{EXT}
Henvist til Lejernes LO og Huslejenævnet.""",

"""Ungeplan – opfølgning (§ 108)
UU-vejleder deltog.
Mål: gennemføre grundforløb på EUD inden {mdr}. Den unge fortæller, at den bedste ven går på samme hold, og at det hjælper.{EXT}""",

"""Samtale med ung, {dato}
Den unge har igen kontakt med sin mor, som bor i {by}. Mor har skrevet på Snapchat. Den unge vil gerne besøge hende, men ikke alene. Forslag: mentor kører med.{EXT}""",

"""Notat fra samtale, {dato}
Den unge har været til samtale hos psykolog (privatpraktiserende, henvist via egen læge). Siger: "honestly it helped a bit". Næste tid er om tre uger.{EXT}""",

"""Samtale – plan efter 18
Den unge overvejer at flytte til sin far i udlandet. Er i tvivl: "I don't even know him that well". Rådgiver undersøger, hvad en flytning betyder for efterværnet.{EXT}""",

"""Samtale om økonomi og MitID, {dato}
Deltagere: den unge, rådgiver og støttekontaktperson
Den unge har mistet sit MitID og kan ikke komme på e-Boks. Vi bestilte tid i Borgerservice {ugedag} kl. {kl}.{EXT}""",

"""Samtale med ung og kæreste
Kæresten siger, at hendes far har truet den unge. Den unge: "I'm not scared of him, I just don't want drama". Rådgiver oplyser om muligheden for at anmelde det til politiet på 114.{EXT}""",

"""Kort opfølgning {dato}
Den unge har fået lejlighed i {bydel} fra 1. {mdr}. Husleje {kr}. Nøglerne hentes på boligselskabets kontor. "finally my own place 🙏".{EXT}""",
]

C_SAMTALE_EXT = [
"Den unge nævner, at en ven også har brug for hjælp til at finde bolig.",
"\"my mom keeps calling me, I don't answer\".",
"Mentor følger op i uge {uge}.",
"Vi talte om budget: husleje, telefon og mad. Den unge bruger MobilePay til det meste.",
"Den unge vil gerne have sin storebror med til næste møde.",
"Aftalt: rådgiver ringer til jobcentret.",
"Den unge siger: \"my best friend is basically my family now\".",
"Næste samtale: {dato2} kl. {kl}.",
"Den unge spurgte, om der kan gives hjælp til tandlæge. Henvist til kommunens tandpleje.",
"Rejsekort: den unge får dækket transport, {kr2} pr. måned.",
"Kæresten was there for the last ten minutes and said she can help with the move.",
"Den unge vil skrive til sin gamle kontaktperson for at sige tak.",
"Den unge overvejer at flytte til {by2}.",
"Vi gennemgik brevet fra Udbetaling Danmark om boligstøtte.",
"Den unge er skrevet op til en ungdomsbolig; ventetid ca. {n} måneder.",
"Husk: Headspace har åben rådgivning {ugedag} eftermiddag.",
"Samtalen varede 45 minutter.",
]


# ===========================================================================
# collections used by make.py: per genre base templates, extension pools, separators
# ===========================================================================
def _genre(base, ext, sep):
    return {"base": base, "ext": ext, "sep": sep}


PLANTED = [
    _genre(P_UNDERRETNING, {"": P_UNDERRETNING_EXT, "rdg": P_UNDERRETNING_RDG, "rdgn": P_UNDERRETNING_RDGN},
           {"": " ", "rdg": " ", "rdgn": " "}),
    _genre(P_SAMVAER, {"": P_SAMVAER_EXT}, {"": "\n"}),
    _genre(P_BESKEDER, {"": P_BESKEDER_EXT, "par": P_BESKEDER_PAR, "far": P_BESKEDER_FAR,
                        "aula": P_BESKEDER_AULA}, {"": "\n", "par": "\n", "far": "\n", "aula": " "}),
    _genre(P_JOURNAL, {"": P_JOURNAL_EXT, "row": P_JOURNAL_ROW, "log": P_JOURNAL_LOG},
           {"": " ", "row": "\n", "log": "\n"}),
    _genre(P_BREV, {"adv": P_BREV_ADV, "advu": P_BREV_ADVU, "kom": P_BREV_KOM, "koml": P_BREV_KOML,
                    "lay": P_BREV_LAY},
           {"adv": "\n\n", "advu": "\n\n", "kom": "\n\n", "koml": "\n\n", "lay": " "}),
    _genre(P_SAMTALE, {"": P_SAMTALE_EXT}, {"": "\n"}),
]

CLEAN = [
    _genre(C_UNDERRETNING, {"": C_UNDERRETNING_EXT, "rdg": C_UNDERRETNING_RDG}, {"": " ", "rdg": " "}),
    _genre(C_SAMVAER, {"": C_SAMVAER_EXT}, {"": "\n"}),
    _genre(C_BESKEDER, {"": C_BESKEDER_EXT, "par": C_BESKEDER_PAR, "far": C_BESKEDER_FAR,
                        "aula": C_BESKEDER_AULA}, {"": "\n", "par": "\n", "far": "\n", "aula": " "}),
    _genre(C_JOURNAL, {"": C_JOURNAL_EXT, "row": C_JOURNAL_ROW, "log": C_JOURNAL_LOG},
           {"": " ", "row": "\n", "log": "\n"}),
    _genre(C_BREV, {"adv": C_BREV_ADV, "kom": C_BREV_KOM, "lay": C_BREV_LAY},
           {"adv": "\n\n", "kom": "\n\n", "lay": " "}),
    _genre(C_SAMTALE, {"": C_SAMTALE_EXT}, {"": "\n"}),
]

# ===========================================================================
# institutions.jsonl: short texts, institution names only (no persons)
# ===========================================================================
INST_TEMPLATES = [
"Barnet går i 3.b på {school} og er tilknyttet {sfo} efter skoletid.",
"Lillebror er indskrevet i {daycare}, og pædagogerne dér har også udtrykt bekymring.",
"Den unge er anbragt på {home} efter barnets lov § 46.",
"Plejefamilien er godkendt og følges af {foster}.",
"Drengen spiller håndbold i {club} to gange om ugen og er glad for træneren.",
"Pigen har fået plads på {youthedu} fra august.",
"Underretningen kom fra {school} via skolelederen.",
"Barnet blev flyttet fra {home} til {home2} i foråret.",
"Søskende går hhv. i {daycare} og på {school}.",
"Netværksmødet blev holdt på {school} med deltagelse af klasselærer og AKT-vejleder.",
"Aflastning i weekenderne via {foster}; hverdage i {sfo}.",
"Den unge kommer i {club} om aftenen, hvor klubmedarbejderne kender familien.",
"Tidligere gik barnet i {daycare}, men er nu startet på {school}.",
"Mor og barn opholdt sig en periode på {home}.",
"Skolen anbefaler et skoleskift til {school} med specialklasse.",
"Barnet er optaget på {youthedu} og bor der i hverdagene.",
"Kontaktpersonen mødes med den unge i {club} hver torsdag.",
"Samværet finder sted hos plejefamilien, som er tilknyttet {foster}.",
"Der er indhentet udtalelse fra {daycare} og fra sundhedsplejen.",
"Den unge er udskrevet fra {home} og flytter i egen lejlighed med støtte.",
"Barnet træner gymnastik i {club} og går til ridning i {club2}.",
"PPR har observeret barnet i {school} og i {sfo}.",
"Opholdsstedet {home} har sendt statusrapport for perioden.",
"Plejemor deltager i supervisionsgrupper i {foster}.",
"Efter skoletid er barnet i {sfo}; om fredagen i {club}.",
"Indstillingen foreslår anbringelse på {home} eller alternativt i plejefamilie via {foster}.",
"Barnets lillesøster går i {daycare}, som ligger tæt ved hjemmet.",
"Den unge har haft praktik gennem {youthedu}.",
"Klasselæreren på {school} har skrevet en udtalelse til den børnefaglige undersøgelse.",
"Skolestart sker på {school}, og barnet fortsætter i {club} om eftermiddagen.",
]
