#!/usr/bin/env python3
"""make.py - regenerates the blind6 held-out Danish test corpus.

Writes planted.jsonl, clean.jsonl and institutions.jsonl next to this file,
deterministically (fixed seed; no set/hash-order dependence), then reads the
three files back and verifies every span.  Python 3 standard library only.

Usage:  python3 make.py            # write + verify
        python3 make.py --stats    # write + verify + print statistics
"""
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6_2025_0314
TODAY = date(2025, 3, 14)

# ---------------------------------------------------------------------------
# markup:  ⟦kind:format|text⟧   (stripped to plain text + span list)
# ---------------------------------------------------------------------------
MARK_RE = re.compile(r'⟦(\w+):(\w*)\|(.*?)⟧', re.S)


def mk(kind, text, fmt=''):
    assert '⟧' not in text and '⟦' not in text
    return '⟦%s:%s|%s⟧' % (kind, fmt, text)


def strip_markup(markup):
    out = []
    spans = []
    pos = 0
    n = 0
    for mt in MARK_RE.finditer(markup):
        pre = markup[pos:mt.start()]
        out.append(pre)
        n += len(pre)
        txt = mt.group(3)
        spans.append({'kind': mt.group(1), 'text': txt, 'start': n,
                      'end': n + len(txt), 'fmt': mt.group(2)})
        out.append(txt)
        n += len(txt)
        pos = mt.end()
    out.append(markup[pos:])
    text = ''.join(out)
    assert '⟦' not in text and '⟧' not in text, text
    return text, spans


def wc(markup):
    return len(strip_markup(markup)[0].split())


class Skip(Exception):
    """raised while rendering a template that does not fit the case"""


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli',
          'august', 'september', 'oktober', 'november', 'december']
MON3 = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.',
        'sep.', 'okt.', 'nov.', 'dec.']
WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
            'søndag']
WD3 = ['man.', 'tirs.', 'ons.', 'tors.', 'fre.', 'lør.', 'søn.']

TRANSLIT = {'æ': 'ae', 'ø': 'oe', 'å': 'aa', 'Æ': 'Ae', 'Ø': 'Oe',
            'Å': 'Aa', 'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ß': 'ss', 'ð': 'd',
            'Ð': 'D', 'þ': 'th', "'": '', ' ': '', '-': ''}


def ascii_fold(s):
    s = ''.join(TRANSLIT.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))


def genitive(s):
    if s[-1] in 'sxzSXZ':
        return s + "'"
    return s + 's'


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# usage-balanced picking (spreads templates so few sentences repeat)
# ---------------------------------------------------------------------------
USAGE = {}


def balanced_pick(rng, key, items, avoid=()):
    cand = [i for i in range(len(items)) if (key, i) not in avoid]
    if not cand:
        cand = list(range(len(items)))
    low = min(USAGE.get((key, i), 0) for i in cand)
    best = [i for i in cand if USAGE.get((key, i), 0) <= low]
    i = rng.choice(best)
    USAGE[(key, i)] = USAGE.get((key, i), 0) + 1
    return i, items[i]

# ---------------------------------------------------------------------------
# name pools (fictional combinations; many origins)
# surnames given as (male, female) tuples where the language inflects them
# ---------------------------------------------------------------------------
NAMES = {
    'dk': {
        'm': ['Søren', 'Mads', 'Noah', 'Oscar', 'Frederik', 'Emil', 'Magnus',
              'Lucas', 'William', 'Viktor', 'Malthe', 'Anton', 'Carl', 'Aksel',
              'Valdemar', 'Sten', 'Birk', 'Bo', 'Storm', 'Ib', 'Kaj', 'Jens',
              'Palle', 'Torben', 'Jesper', 'Henrik', 'Kim', 'Flemming', 'René',
              'Lasse', 'Rasmus', 'Mikkel', 'Thorbjørn', 'Asger', 'Villads',
              'Bjørn', 'Ask', 'Loke', 'Eik', 'Vitus', 'Holger', 'Esben', 'Aage',
              'Gorm', 'Nis', 'Jonas', 'Brian', 'Kenneth', 'Jannik', 'Bent',
              'Sune', 'Troels', 'Ejner', 'Hjalte', 'Bertram', 'Sigurd'],
        'f': ['Freja', 'Ida', 'Clara', 'Alma', 'Ella', 'Sofie', 'Karla', 'Lykke',
              'Maj', 'Sol', 'Lærke', 'Mathilde', 'Signe', 'Tove', 'Birthe',
              'Mette', 'Hanne', 'Lone', 'Pia', 'Dorthe', 'Gitte', 'Rikke', 'Line',
              'Trine', 'Vibeke', 'Bodil', 'Inger', 'Asta', 'Liva', 'Silje',
              'Nanna', 'Cecilie', 'Agnes', 'Esther', 'Vilma', 'Olivia', 'Emma',
              'Merete', 'Helle', 'Karen', 'Rosa', 'Dagmar', 'Ellen', 'Solvej',
              'Ronja', 'Kamma', 'Yrsa', 'Bente', 'Janni', 'Tina', 'Susanne',
              'Marianne', 'Gry', 'Dorte', 'Ulla', 'Abelone'],
        'last': ['Holm', 'Lund', 'Krog', 'Kristiansen', 'Vang', 'Engel',
                 'Fisker', 'Smed', 'Glad', 'Dyhr', 'Bach', 'Brink', 'Bjerg',
                 'Birk', 'Sten', 'Nielsen', 'Jensen', 'Hansen', 'Pedersen',
                 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
                 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen',
                 'Thomsen', 'Poulsen', 'Møller', 'Mortensen', 'Østergaard',
                 'Kjær', 'Dahl', 'Skov', 'Bruun', 'Lauridsen', 'Frandsen',
                 'Ravn', 'Vestergaard', 'Friis', 'Graversen', 'Hedegaard',
                 'Overgaard', 'Damgaard', 'Munk', 'Storm', 'Dam', 'Kragh',
                 'Høj', 'Bak', 'Juhl', 'Winther', 'Hvid', 'Falk', 'Lind',
                 'Mølgaard', 'Abildgaard', 'Bonde', 'Ager', 'Toft', 'Bugge',
                 'Borg', 'Sand', 'Due', 'Ring', 'Kirk', 'Busk', 'Berg',
                 'Aaberg', 'Skovgaard', 'Søgaard', 'Hjort', 'Ladefoged',
                 'Vinther', 'Fog', 'Kamp', 'Hald', 'Lykke', 'Maj'],
        'mid': ['Krog', 'Holm', 'Bjerg', 'Vang', 'Skov', 'Dahl', 'Engel',
                'Brink', 'Juul', 'Lund', 'Dyhr'],
        'mid_m': ['Birk', 'Storm', 'Emil', 'Valdemar', 'Aksel', 'Kristian',
                  'Bo'],
        'mid_f': ['Sol', 'Maj', 'Lykke', 'Marie', 'Louise', 'Sofie',
                  'Johanne'],
    },
    'modern': {  # invented-looking / rare modern names, Danish surnames
        'm': ['Jayden-Lee', 'Levi-Storm', 'Zion', 'Kayden', 'Elio', 'Aziel',
              'Milo', 'Ocean', 'Ziggy', 'Bellamy', 'Nohr', 'Kaj-Ulrik',
              'Theo-Aksel', 'Lavrans', 'Dreng'],
        'f': ['Luna-Marie', 'Nevaeh', 'Ziva', 'Kaja-Sol', 'Elvira-Maj',
              'Bellatrix', 'Naia', 'Elvi', 'Miley-Rose', 'Saga-Bell',
              'Sky', 'Juniper', 'Liv-Emilie', 'Aviaja-Sol', 'Vigga'],
        'last': ['Krog', 'Holm', 'Dyhr', 'Glad', 'Smed', 'Fisker', 'Brink',
                 'Engel', 'Jensen', 'Nielsen', 'Kjærgaard-Lund', 'Bach-Olsen',
                 'Stenbæk', 'Lindholm', 'Nørskov', 'Bjerregaard'],
    },
    'gl': {
        'm': ['Aputsiaq', 'Malik', 'Inuk', 'Kunuk', 'Hans-Ole', 'Nukannguaq',
              'Pavia', 'Aqqaluk', 'Minik'],
        'f': ['Pipaluk', 'Naja', 'Nivi', 'Arnaq', 'Ivalu', 'Paninnguaq',
              'Aviaja', 'Nuka', 'Ane-Marie'],
        'last': ['Kleist', 'Lynge', 'Berthelsen', 'Petrussen', 'Heilmann',
                 'Motzfeldt', 'Egede', 'Josefsen', 'Kreutzmann', 'Broberg',
                 'Kristiansen', 'Olsen'],
    },
    'fo': {
        'm': ['Rógvi', 'Jógvan', 'Sjúrður', 'Hanus', 'Brandur', 'Bárður',
              'Óli', 'Heðin'],
        'f': ['Guðrun', 'Ása', 'Rannvá', 'Sunneva', 'Marjun', 'Turið',
              'Bjørg', 'Elin'],
        'last': ['Joensen', 'Poulsen', 'Dam', 'í Líð', 'Mikkelsen',
                 'á Lakjuni', 'Nolsøe', 'Jacobsen', 'Zachariasen', 'Olsen',
                 'við Á'],
    },
    'so': {
        'm': ['Abdirahman', 'Mohamed', 'Abdullahi', 'Hassan', 'Warsame',
              'Liban', 'Abdikarim', 'Yusuf', 'Idris'],
        'f': ['Hodan', 'Ayaan', 'Fadumo', 'Hibaaq', 'Ilhan', 'Nasra', 'Sagal',
              'Hamdi', 'Ubah', 'Sahra'],
        'last': ['Warsame', 'Abdi', 'Farah', 'Hussein', 'Osman', 'Jama',
                 'Egal', 'Nur', 'Ali', 'Mahamud', 'Aden', 'Guled'],
    },
    'ar': {
        'm': ['Omar', 'Khalid', 'Youssef', 'Karim', 'Hamza', 'Bilal', 'Adam',
              'Ibrahim', 'Mustafa', 'Zakaria'],
        'f': ['Aliya', 'Yasmin', 'Layla', 'Nour', 'Amira', 'Fatima', 'Zainab',
              'Mariam', 'Rania', 'Salma', 'Hanan'],
        'last': ['Haddad', 'Al-Sayed', 'El-Masri', 'Nasser', 'Khalil',
                 'Saleh', 'Hamdan', 'Abu Ghazaleh', 'Mansour', 'Chahine',
                 'El-Amin'],
    },
    'ku': {
        'm': ['Aram', 'Rebaz', 'Baran', 'Azad', 'Sherzad', 'Dilshad', 'Karwan',
              'Hemin'],
        'f': ['Rojin', 'Berfin', 'Zilan', 'Dilan', 'Hêvî', 'Shilan', 'Nazdar',
              'Evîn', 'Ronahî'],
        'last': ['Barzani', 'Zebari', 'Rashid', 'Karimi', 'Amedi', 'Hawrami',
                 'Mahmoud', 'Botani'],
    },
    'tr': {
        'm': ['Emre', 'Mehmet', 'Burak', 'Yusuf', 'Kerem', 'Cem', 'Mustafa',
              'Ömer', 'Eren'],
        'f': ['Elif', 'Zeynep', 'Ayşe', 'Selin', 'Deniz', 'Büşra', 'Esra',
              'Gülay', 'Nesrin'],
        'last': ['Yılmaz', 'Demir', 'Öztürk', 'Kaya', 'Şahin', 'Çelik',
                 'Aydın', 'Arslan', 'Doğan', 'Korkmaz'],
    },
    'pl': {
        'm': ['Jakub', 'Kacper', 'Wojciech', 'Szymon', 'Łukasz', 'Piotr',
              'Bartosz', 'Tomasz'],
        'f': ['Zofia', 'Małgorzata', 'Agnieszka', 'Zuzanna', 'Katarzyna',
              'Joanna', 'Wiktoria', 'Ewa'],
        'last': [('Kowalski', 'Kowalska'), 'Nowak',
                 ('Wiśniewski', 'Wiśniewska'), 'Wójcik',
                 ('Kamiński', 'Kamińska'), ('Lewandowski', 'Lewandowska'),
                 ('Zieliński', 'Zielińska'), ('Grabowski', 'Grabowska'),
                 'Mazur', 'Krawczyk'],
    },
    'ua': {
        'm': ['Oleksandr', 'Dmytro', 'Mykola', 'Taras', 'Bohdan', 'Andriy',
              'Yaroslav', 'Maksym'],
        'f': ['Olena', 'Oksana', 'Iryna', 'Yulia', 'Sofiia', 'Nataliia',
              'Khrystyna', 'Viktoriia'],
        'last': ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko',
                 'Melnyk', 'Kravchuk', 'Hrytsenko', 'Savchuk', 'Boiko',
                 'Lysenko'],
    },
    'ro': {
        'm': ['Mihai', 'Ionuț', 'Bogdan', 'Florin', 'Răzvan', 'Andrei',
              'Vasile'],
        'f': ['Andreea', 'Ioana', 'Alexandra', 'Cristina', 'Mădălina',
              'Roxana', 'Elena'],
        'last': ['Popescu', 'Ionescu', 'Dumitrescu', 'Stan', 'Munteanu',
                 'Constantin', 'Ungureanu', 'Moldovan'],
    },
    'lt': {
        'm': ['Jonas', 'Mantas', 'Lukas', 'Tomas', 'Dovydas', 'Žygimantas',
              'Rokas'],
        'f': ['Gintarė', 'Rūta', 'Eglė', 'Aistė', 'Ieva', 'Gabija', 'Austėja'],
        'last': [('Kazlauskas', 'Kazlauskienė'), ('Petrauskas', 'Petrauskaitė'),
                 ('Jankauskas', 'Jankauskaitė'),
                 ('Stankevičius', 'Stankevičiūtė'),
                 ('Vasiliauskas', 'Vasiliauskienė'),
                 ('Žukauskas', 'Žukauskaitė')],
    },
    'vn': {
        'm': ['Minh', 'Duc', 'Bao', 'Khoa', 'Thanh', 'Long', 'Quang'],
        'f': ['Lan', 'Linh', 'Huong', 'Mai', 'Phuong', 'Thu', 'Ngoc Anh'],
        'last': ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
        'mid_m': ['Van', 'Duc', 'Huu'],
        'mid_f': ['Thi', 'Ngoc', 'Thu'],
    },
    'th': {
        'm': ['Somchai', 'Chaiyaporn', 'Anan', 'Kittisak', 'Nattapong'],
        'f': ['Siriporn', 'Nattaya', 'Kanya', 'Ploy', 'Pim', 'Malee', 'Anong',
              'Wanida'],
        'last': ['Srisuk', 'Wongsawat', 'Chaiyasit', 'Rattanakorn',
                 'Kaewmanee', 'Boonmee', 'Sukprasert'],
    },
    'ph': {
        'm': ['Jomar', 'Jerome', 'Rodel', 'Jhun', 'Mark Anthony', 'Reynaldo'],
        'f': ['Maricel', 'Rowena', 'Analyn', 'Princess', 'Mary Grace',
              'Jennylyn', 'Lorna'],
        'last': ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva',
                 'Mendoza', 'Aquino', 'Manalo'],
    },
    'er': {
        'm': ['Yonas', 'Tesfay', 'Filmon', 'Mehari', 'Kidane', 'Robel',
              'Awet', 'Dawit'],
        'f': ['Selam', 'Senait', 'Helen', 'Saba', 'Eden', 'Semhar', 'Luwam',
              'Winta'],
        'last': ['Tesfamariam', 'Gebremedhin', 'Haile', 'Tekle', 'Ghebreyesus',
                 'Weldemichael', 'Berhane', 'Habte'],
    },
    'af': {
        'm': ['Farhad', 'Hamid', 'Ahmad Shah', 'Wahid', 'Mansoor', 'Sohrab',
              'Jawad'],
        'f': ['Zahra', 'Sahar', 'Mursal', 'Shabnam', 'Parwana', 'Nargis',
              'Freshta', 'Mahtab'],
        'last': ['Ahmadzai', 'Hotak', 'Rahimi', 'Sultani', 'Nazari', 'Popal',
                 'Stanikzai', 'Hashimi'],
    },
    'sy': {
        'm': ['Rami', 'Tarek', 'Ghaith', 'Majd', 'Firas', 'Yamen', 'Hadi'],
        'f': ['Lina', 'Hiba', 'Raghad', 'Nour', 'Rasha', 'Dima', 'Joud'],
        'last': ['Al-Hamwi', 'Sabbagh', 'Kassab', 'Al-Halabi', 'Shami',
                 'Darwish', 'Al-Khatib'],
    },
    'ba': {
        'm': ['Adnan', 'Edin', 'Mirza', 'Jasmin', 'Haris', 'Emir', 'Senad'],
        'f': ['Amra', 'Emina', 'Lejla', 'Selma', 'Alma', 'Aida', 'Merima'],
        'last': ['Hodžić', 'Begović', 'Kovačević', 'Mehmedović', 'Hadžić',
                 'Delić', 'Softić', 'Hasanović'],
    },
    'cn': {
        'm': ['Wei', 'Jun', 'Hao', 'Zhiwei', 'Xiaoming', 'Bo'],
        'f': ['Li Na', 'Mei', 'Hui', 'Lin', 'Yan', 'Xiu Ying'],
        'last': ['Zhang', 'Wang', 'Li', 'Chen', 'Liu', 'Zhou', 'Huang'],
    },
    'ta': {
        'm': ['Tharshan', 'Sivakumar', 'Nirojan', 'Arun', 'Kajan', 'Mayuran'],
        'f': ['Kavitha', 'Thusyanthy', 'Priya', 'Mathivathani', 'Keerthana',
              'Sinthuja'],
        'last': ['Sivapalan', 'Rajendran', 'Tharmalingam', 'Kanagaratnam',
                 'Selvarajah', 'Nadarajah'],
    },
    'sa': {
        'm': ['Ánde', 'Niillas', 'Áilu', 'Jovnna', 'Mihkkal'],
        'f': ['Máret', 'Risten', 'Elle', 'Inga', 'Biret', 'Sárá'],
        'last': ['Gaup', 'Somby', 'Sara', 'Eira', 'Aikio', 'Utsi',
                 'Valkeapää'],
    },
    'en': {
        'm': ['Jack', 'Oliver', 'Liam', 'Ethan', 'George', 'Harry', 'Callum'],
        'f': ['Charlotte', 'Harriet', 'Chloe', 'Poppy', 'Megan', 'Siobhan'],
        'last': ['Smith', 'Brown', 'Taylor', 'Wilson', 'Evans', "O'Connor",
                 'McAllister', 'Fletcher'],
    },
    'de': {
        'm': ['Lukas', 'Maximilian', 'Felix', 'Jürgen', 'Tobias', 'Niklas'],
        'f': ['Hannah', 'Lena', 'Greta', 'Friederike', 'Ute', 'Anke'],
        'last': ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker',
                 'Hoffmann', 'Schäfer', 'Köhler'],
    },
    'es': {
        'm': ['Mateo', 'Alejandro', 'Diego', 'Javier', 'Pablo', 'Iker'],
        'f': ['Lucía', 'Valentina', 'Carmen', 'Pilar', 'Sofía', 'Inés'],
        'last': ['García López', 'Fernández', 'Martínez', 'Rodríguez Ruiz',
                 'Moreno', 'Jiménez', 'Navarro'],
    },
}

LANGUAGE = {'so': 'somali', 'ar': 'arabisk', 'ku': 'kurdisk (sorani)',
            'tr': 'tyrkisk', 'pl': 'polsk', 'ua': 'ukrainsk',
            'ro': 'rumænsk', 'lt': 'litauisk', 'vn': 'vietnamesisk',
            'th': 'thai', 'ph': 'tagalog', 'er': 'tigrinya', 'af': 'dari',
            'sy': 'arabisk', 'ba': 'bosnisk', 'cn': 'mandarin',
            'ta': 'tamil', 'gl': 'grønlandsk', 'es': 'spansk',
            'de': 'tysk', 'sa': 'nordsamisk'}

FAMILY_ORIGINS = (['dk'] * 14 + ['modern'] * 3 +
                  ['gl', 'fo', 'so', 'ar', 'ku', 'tr', 'pl', 'ua', 'ro', 'lt',
                   'vn', 'th', 'ph', 'er', 'af', 'sy', 'ba', 'cn', 'ta', 'sa',
                   'en', 'de', 'es'])
PRO_ORIGINS = ['dk'] * 12 + ['fo', 'gl', 'tr', 'pl', 'ba', 'so', 'de', 'ar',
                             'ku', 'vn', 'ta', 'en', 'ua', 'er', 'ph']

# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
STREETS = ['Lærkevej', 'Birkevej', 'Ahornvej', 'Skolestien', 'Søndergade',
           'Vestergade', 'Nørregade', 'Østergade', 'Kirkevej', 'Møllevej',
           'Engtoften', 'Fasanvej', 'Rosenhaven', 'Kastanjealle',
           'Hybenvænget', 'Poppelvej', 'Grønnegade', 'Bøgevej', 'Egevang',
           'Mågevej', 'Ringstedgade', 'Tjørnevej', 'Valmuevej',
           'Humlebakken', 'Tværgade', 'Slotsgade', 'Havnegade', 'Bakkegårdsvej',
           'Stationsvej', 'Fjordvej', 'Skovbrynet', 'Rådhusstræde',
           'Holmevej', 'Lundtoftevej', 'Brinken', 'Krogen', 'Engelsvej',
           'Bjergbyvej', 'Violvej', 'Åboulevarden', 'Gl. Kongevej',
           'Dyrehavevej', 'Tornebuskegade', 'H.C. Andersens Vej',
           'Niels Bohrs Alle', 'Sct. Mogens Gade', 'Blåbærvej', 'Kløvermarken',
           'Præstegårdsvej', 'Teglværksvej', 'Smedebakken', 'Vibevej',
           'Spurvevej', 'Ravnsbjergvej', 'Glentevej', 'Agervang', 'Strandvejen',
           'Udsigten', 'Langagervej', 'Mosevej']
POST = [('8000', 'Aarhus C'), ('8200', 'Aarhus N'), ('8210', 'Aarhus V'),
        ('8220', 'Brabrand'), ('8260', 'Viby J'), ('8600', 'Silkeborg'),
        ('8700', 'Horsens'), ('8800', 'Viborg'), ('8900', 'Randers C'),
        ('9000', 'Aalborg'), ('9200', 'Aalborg SV'), ('9400', 'Nørresundby'),
        ('9700', 'Brønderslev'), ('9800', 'Hjørring'),
        ('9900', 'Frederikshavn'), ('7100', 'Vejle'), ('7400', 'Herning'),
        ('7500', 'Holstebro'), ('7800', 'Skive'), ('6000', 'Kolding'),
        ('6100', 'Haderslev'), ('6200', 'Aabenraa'), ('6400', 'Sønderborg'),
        ('6700', 'Esbjerg'), ('6800', 'Varde'), ('6900', 'Skjern'),
        ('5000', 'Odense C'), ('5200', 'Odense V'), ('5700', 'Svendborg'),
        ('5800', 'Nyborg'), ('4000', 'Roskilde'), ('4200', 'Slagelse'),
        ('4300', 'Holbæk'), ('4400', 'Kalundborg'), ('4700', 'Næstved'),
        ('4800', 'Nykøbing F'), ('3000', 'Helsingør'), ('3400', 'Hillerød'),
        ('2300', 'København S'), ('2400', 'København NV'),
        ('2200', 'København N'), ('2500', 'Valby'), ('2650', 'Hvidovre'),
        ('2630', 'Taastrup'), ('2750', 'Ballerup'), ('3700', 'Rønne'),
        ('7700', 'Thisted'), ('7760', 'Hurup Thy'), ('6950', 'Ringkøbing'),
        ('8500', 'Grenaa'), ('8300', 'Odder'), ('8850', 'Bjerringbro'),
        ('9500', 'Hobro'), ('7330', 'Brande'), ('6630', 'Rødding'),
        ('6360', 'Tinglev'), ('8520', 'Lystrup'), ('7173', 'Vonge'),
        ('6971', 'Spjald'), ('7752', 'Snedsted'), ('9352', 'Dybvad'),
        ('6093', 'Sjølund'), ('4591', 'Føllenslev'), ('9881', 'Bindslev'),
        ('6840', 'Oksbøl'), ('8882', 'Fårvang'), ('9631', 'Gedsted')]
VILLAGES = [('Hvilsager', '8560', 'Kolind'), ('Vester Nebel', '6040', 'Egtved'),
            ('Gjellerup', '7400', 'Herning'), ('Tvis', '7500', 'Holstebro'),
            ('Nørre Vium', '6971', 'Spjald'), ('Ørum', '8830', 'Tjele'),
            ('Hald Ege', '8800', 'Viborg'), ('Skærbæk Mark', '6780', 'Skærbæk'),
            ('Store Rørbæk', '3600', 'Frederikssund'),
            ('Lille Vildmose', '9280', 'Storvorde')]
FOREIGN_ADR = [
    ('Aqqusinersuaq 14, 1. sal', '3900 Nuuk', 'gl'),
    ('Qasapi 4B', '3911 Sisimiut', 'gl'),
    ('Jóannesar Paturssonargøta 20', 'FO-100 Tórshavn', 'fo'),
    ('Við Stíggjagrund 3', 'FO-700 Klaksvík', 'fo'),
    ('ul. Kwiatowa 7 m. 12', '60-123 Poznań, Polen', 'pl'),
    ('Storgatan 14', '211 41 Malmö, Sverige', 'se'),
    ('Hauptstraße 21', '24937 Flensburg, Tyskland', 'de'),
    ('Strada Avram Iancu 9, ap. 4', '400089 Cluj-Napoca, Rumænien', 'ro'),
    ('vul. Sadova 3, kv. 8', '79000 Lviv, Ukraine', 'ua'),
    ('Gedimino pr. 40-12', 'LT-01110 Vilnius, Litauen', 'lt'),
    ('Thorvald Meyers gate 12', '0555 Oslo, Norge', 'no'),
    ('Calle del Pez 18, 3º B', '28004 Madrid, Spanien', 'es'),
]

TOWNS = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Vejle', 'Kolding',
         'Randers', 'Horsens', 'Herning', 'Silkeborg', 'Roskilde', 'Næstved',
         'Holstebro', 'Viborg', 'Svendborg', 'Sønderborg', 'Hjørring',
         'København', 'Slagelse', 'Fredericia', 'Frederikshavn', 'Skive',
         'Aabenraa', 'Haderslev', 'Middelfart', 'Thisted']
COUNTRIES = ['Polen', 'Tyrkiet', 'Syrien', 'Somalia', 'Sverige', 'Tyskland', 'Spanien', 'Thailand',
             'Ukraine', 'Rumænien', 'Litauen', 'Vietnam', 'Eritrea',
             'Afghanistan', 'Bosnien', 'Irak', 'England', 'Norge']
SHOPS = ['Netto', 'Føtex', 'Bilka', 'Rema 1000', 'Lidl', 'Normal', 'Jysk',
         'Matas', 'Søstrene Grene', 'IKEA', 'Harald Nyborg', 'Flying Tiger',
         'Kvickly', 'Elgiganten', 'Sportmaster', 'Coop 365', 'McDonald\'s',
         'Lagkagehuset', 'Zalando', 'Temu']
GAMES = ['Roblox', 'Fortnite', 'Minecraft', 'FIFA', 'Brawl Stars',
         'Among Us', 'Clash Royale', 'Rocket League', 'Pokémon GO',
         'Stumble Guys']
APPS = ['Snapchat', 'TikTok', 'Instagram', 'Discord', 'YouTube', 'BeReal',
        'Roblox', 'Fortnite', 'Minecraft', 'Netflix', 'Spotify', 'Twitch']
MSGAPPS = ['Aula', 'Messenger', 'WhatsApp', 'Teams', 'Signal',
           'sms-modulet i fagsystemet']
SOCIAL = ['Snapchat', 'Discord', 'Instagram', 'Messenger', 'WhatsApp']
HOLIDAYS = ['jul', 'påsken', 'efterårsferien', 'vinterferien',
            'sommerferien', 'nytår', 'fastelavn', 'ramadanen', 'eid',
            'pinsen', 'Kristi himmelfartsferien', 'Sankt Hans', 'juleferien',
            'Halloween', 'Black Friday']
PETS = [('hunden', 'Bella'), ('katten', 'Oscar'), ('kaninen', 'Felix'),
        ('hunden', 'Molly'), ('katten', 'Frida'), ('hamsteren', 'Alfred'),
        ('hesten', 'Freja'), ('hunden', 'Charlie'), ('katten', 'Luna'),
        ('hunden', 'Max'), ('marsvinet', 'Bertil'), ('hunden', 'Viggo'),
        ('katten', 'Ludvig'), ('hunden', 'Sofus'), ('ponyen', 'Otto'),
        ('katten', 'Rosa'), ('hunden', 'Karla'), ('undulaten', 'Egon'),
        ('hunden', 'Sigurd'), ('katten', 'Malthe'), ('hunden', 'Storm'),
        ('kaninen', 'Lykke'), ('katten', 'Sol'), ('hunden', 'Holger')]
CLUBS = ['den lokale fodboldklub', 'håndbold i idrætsforeningen', 'spejderne',
         'svømning i svømmeklubben', 'ridning på en rideskole', 'gymnastik',
         'e-sport i ungdomsklubben', 'boksning', 'kor i kirken',
         'FDF', 'badminton', 'ishockey', 'taekwondo', 'dans i medborgerhuset',
         'parkour']
MEDS = ['Concerta 27 mg morgen', 'melatonin 3 mg til natten',
        'Ritalin Uno 20 mg', 'sertralin 50 mg dagligt', 'Atomoxetin 40 mg',
        'quetiapin 25 mg efter behov', 'Ventoline ved behov',
        'Elvanse 30 mg', 'Circadin 2 mg', 'Medikinet 10 mg x 2',
        'Pinex ved feber', 'Flixotide 125 mikrogram x 2']
DIAGS = ['ADHD (DF90.0)', 'infantil autisme (DF84.0)', 'angst (DF41.9)',
         'moderat depressiv enkeltepisode (DF32.1)', 'tilknytningsforstyrrelse',
         'PTSD (DF43.1)', 'Tourettes syndrom (DF95.2)', 'spiseforstyrrelse',
         'ordblindhed', 'astma', 'type 1-diabetes', 'epilepsi',
         'føtalt alkoholsyndrom (FAS)', 'OCD (DF42.2)', 'cøliaki']
AUTHS = ['Ankestyrelsen', 'Familieretshuset', 'PPR', 'Socialtilsyn Midt',
         'Socialtilsyn Syd', 'Børnehus Nord', 'Børnehus Hovedstaden',
         'Udbetaling Danmark', 'Jobcentret', 'Politiet', 'Statsforvaltningen',
         'Borgerservice', 'Sundhedsplejen', 'Tandplejen', 'Børne- og ungeudvalget',
         'VISO', 'Socialstyrelsen', 'Det Nationale Forskningscenter',
         'Kriminalforsorgen', 'SSP']
TEAMS = ['Nord', 'Syd', 'Øst', 'Vest', 'Unge', 'Handicap', 'Modtagelsen',
         'Familie 2', 'Myndighed 0-13', 'Ungeteamet']
HELPLINES = [
    'Børnetelefonen 116 111', 'alarmcentralen 112',
    'politiets servicenummer 114', 'Livslinien 70 201 201',
    'lægevagten på 1813 (Region Hovedstaden)',
    'kommunens omstilling 72 36 00 00', 'Borgerservice på 70 11 22 90',
    'Socialvagten (efter kl. 16) 70 20 30 40',
    'Børns Vilkårs forældretelefon 35 55 55 59',
    'Giftlinjen 82 12 12 12', 'Alkolinjen 80 200 500',
    'Headspace-linjen 70 27 70 27', 'rådgivningen i Familieretshuset 72 56 70 00',
    'Ankestyrelsens hovednummer 33 41 12 00', 'hotline for plejefamilier 70 70 45 45',
]
LAWS = ['barnets lov § 20', 'barnets lov § 32', 'barnets lov § 46',
        'barnets lov § 47', 'barnets lov § 5, stk. 3', 'barnets lov § 6',
        'barnets lov § 91', 'barnets lov § 136', 'barnets lov § 137, stk. 2',
        'barnets lov §§ 132-135', 'barnets lov § 18', 'barnets lov § 19',
        'barnets lov § 30', 'barnets lov § 3', 'barnets lov § 108',
        'forvaltningslovens § 19', 'forvaltningslovens § 22',
        'forvaltningslovens § 24', 'servicelovens § 50',
        'servicelovens § 52, stk. 3', 'servicelovens § 58',
        'servicelovens § 153', 'servicelovens § 155 a',
        'servicelovens § 140', 'servicelovens § 48 a', 'retssikkerhedslovens § 10']

# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
def age_on(born, today=TODAY):
    return today.year - born.year - ((today.month, today.day) <
                                     (born.month, born.day))


def cpr_digits(rng, born, gender):
    yy = born.year % 100
    if born.year >= 2000:
        d7 = rng.choice([4, 5, 6, 7, 8, 9])
    elif born.year >= 1937:
        d7 = rng.choice([0, 1, 2, 3, 4, 9])
    else:
        d7 = rng.choice([0, 1, 2, 3])
    d8, d9 = rng.randint(0, 9), rng.randint(0, 9)
    d10 = rng.choice([1, 3, 5, 7, 9] if gender == 'm' else [0, 2, 4, 6, 8])
    return '%02d%02d%02d' % (born.day, born.month, yy), '%d%d%d%d' % (
        d7, d8, d9, d10)


MOBILE_PREFIX = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29',
                 '30', '31', '40', '41', '42', '50', '51', '52', '53', '60',
                 '61', '71', '81', '91', '92', '93', '42', '28', '26', '61']
LAND_PREFIX = ['86', '87', '89', '97', '98', '75', '76', '74', '66', '62',
               '36', '38', '44', '46', '48', '56', '59', '35', '33', '96']
FOREIGN_PHONES = {
    'se': ['+46 70 123 45 67', '+46 73 581 20 94', '0046 76 410 33 08'],
    'no': ['+47 412 34 567', '+47 926 70 115', '+47 48 13 90 22'],
    'pl': ['+48 512 345 678', '+48 601 220 917', '0048 784 553 120'],
    'tr': ['+90 532 123 45 67', '+90 505 918 22 40'],
    'fo': ['+298 21 12 34', '+298 59 40 87', '(+298) 28 55 10'],
    'gl': ['+299 52 12 34', '+299 48 77 91', '+299 32 15 60'],
    'ua': ['+380 67 123 4567', '+380 50 442 18 90', '+380 93 771 0245'],
}
MAIL_PRIVATE = ['gmail.com', 'hotmail.com', 'hotmail.dk', 'live.dk',
                'outlook.dk', 'yahoo.com', 'icloud.com', 'mail.dk', 'jubii.dk',
                'outlook.com', 'protonmail.com', 'gmx.de', 'wp.pl']
MAIL_WORK = {'sb': ['fjordkommune.dk', 'kommune-nord.dk', 'vesterhavs.dk'],
             'fk': ['fjordkommune.dk', 'kommune-nord.dk'],
             'tl': ['fjordkommune.dk', 'vesterhavs.dk'],
             'lr': ['skole.fjordkommune.dk', 'skolekom.dk', 'edu.vesterhavs.dk'],
             'dr': ['laegehuset-centrum.dk', 'dadlnet.dk', 'egenlaege.dk'],
             'ps': ['ppr.fjordkommune.dk', 'bupregion.dk', 'psykologhuset.dk'],
             'adv': ['advokatfirma-lund.dk', 'retshjaelp.dk', 'advodan-fyn.dk'],
             'pd': ['dagtilbud.fjordkommune.dk', 'boernehus.dk'],
             'kp': ['ungeteam.dk', 'fjordkommune.dk'],
             'sp': ['sundhed.fjordkommune.dk'],
             'col': ['fjordkommune.dk', 'kommune-nord.dk']}


class Person:
    def __init__(self, rng, role, gender, born, origin, first=None,
                 last=None, middle=''):
        self.role = role
        self.gender = gender
        self.born = born
        self.origin = origin
        pool = NAMES[origin]
        self.first = first or rng.choice(pool[gender])
        if last is None:
            last = rng.choice(pool['last'])
        if isinstance(last, tuple):
            last = last[0] if gender == 'm' else last[1]
        self.last = last
        self.middle = middle
        ini_style = rng.random()
        f0 = ascii_fold(self.first)[:1].upper()
        l0 = ascii_fold(self.last).upper()
        if ini_style < 0.45:
            self.ini = f0 + l0[:2]
        elif ini_style < 0.7 and self.middle:
            self.ini = f0 + ascii_fold(self.middle)[:1].upper() + l0[:1]
        elif ini_style < 0.85:
            self.ini = f0 + l0[:1]
        else:
            self.ini = f0 + ascii_fold(self.first)[1:2].upper() + l0[:2]
        self.cpr = cpr_digits(rng, born, gender)
        self._phone = None
        self._mail = None
        self._adr = None
        self.rng = rng

    @property
    def full(self):
        return ' '.join(x for x in (self.first, self.middle, self.last) if x)

    @property
    def short_full(self):
        return self.first + ' ' + self.last

    @property
    def age(self):
        return age_on(self.born)

    def phone(self):
        if self._phone is None:
            r = self.rng
            if self.role == 'a1' and r.random() < 0.8:
                ks = sorted(FOREIGN_PHONES)
                k = self.origin if self.origin in FOREIGN_PHONES else r.choice(ks)
                self._phone = ('F', r.choice(FOREIGN_PHONES[k]))
            elif self.origin in ('gl', 'fo', 'pl', 'ua', 'tr') and r.random() < 0.6:
                self._phone = ('F', r.choice(FOREIGN_PHONES[self.origin]))
            elif r.random() < 0.04:
                self._phone = ('F', r.choice(FOREIGN_PHONES[r.choice(
                    ['se', 'no'])]))
            else:
                pre = r.choice(MOBILE_PREFIX if self.role not in ('dr',)
                               and r.random() < 0.85 else LAND_PREFIX)
                self._phone = ('D', pre + '%06d' % r.randint(0, 999999))
        return self._phone

    def mail(self, pro=False):
        if self._mail is None:
            r = self.rng
            f = ascii_fold(self.first).lower()
            la = ascii_fold(self.last).lower()
            if pro:
                dom = r.choice(MAIL_WORK.get(self.role, MAIL_WORK['col']))
                shape = r.choice(['ini', 'fl', 'fdl', 'f'])
                local = {'ini': self.ini.lower(), 'fl': f + '.' + la,
                         'fdl': f[:1] + '.' + la, 'f': f + la[:1]}[shape]
            else:
                dom = r.choice(MAIL_PRIVATE)
                yy = '%02d' % (self.born.year % 100)
                shape = r.randint(0, 9)
                local = [f + '.' + la, f + la + yy, f[:1] + la,
                         f + '_' + la[:3] + str(r.randint(1, 99)),
                         la + '.' + f + str(self.born.year),
                         f + '-' + str(r.randint(100, 999)),
                         'mor.til.' + str(r.randint(2, 4)) if self.gender == 'f'
                         else 'far.' + f,
                         f + '.' + la[:1] + '.' + yy,
                         'the.real.' + f, f + la[:2] + '_dk'][shape]
            self._mail = local + '@' + dom
        return self._mail

    def address(self):
        if self._adr is None:
            r = self.rng
            x = r.random()
            if (self.origin in ('gl', 'fo') and x < 0.45 or x < 0.05 or
                    self.role == 'a1' and x < 0.7):
                cands = [a for a in FOREIGN_ADR if a[2] == self.origin] or FOREIGN_ADR
                st, pc, _ = r.choice(cands)
                self._adr = ('F', st, None, pc)
            elif x < 0.14:
                vil, pc, town = r.choice(VILLAGES)
                st = '%s %d' % (r.choice(STREETS), r.randint(1, 60))
                self._adr = ('V', st, vil, pc + ' ' + town)
            else:
                num = str(r.randint(1, 140))
                if r.random() < 0.25:
                    num += r.choice('ABCDEFG')
                floor = ''
                y = r.random()
                if y < 0.45:
                    floor = r.choice(['st. tv.', 'st. th.', '1. tv.', '1. th.',
                                      '2. tv.', '2. th.', '3. mf.', '4. tv.',
                                      '1.', '2. sal', 'st.', '3. th.', 'kld.',
                                      '5. 12', '2.1', '1 th'])
                pc, town = r.choice(POST)
                self._adr = ('D', r.choice(STREETS) + ' ' + num, floor,
                             pc + ' ' + town)
        return self._adr


# ---------------------------------------------------------------------------
# value formatting for the planted kinds
# ---------------------------------------------------------------------------
def fmt_cpr(rng, p):
    a, b = p.cpr
    style = rng.randint(0, 9)
    if style <= 3:
        return mk('cpr', a + '-' + b, 'dash')
    if style == 4:
        return mk('cpr', a + b, 'plain')
    if style == 5:
        return mk('cpr', a + ' ' + b, 'space')
    if style == 6:
        return mk('cpr', '%s %s %s-%s' % (a[:2], a[2:4], a[4:], b), 'pairs')
    if style == 7:
        return mk('cpr', a + ' - ' + b, 'spaced_dash')
    if style == 8:
        return mk('cpr', '%s.%s.%s-%s' % (a[:2], a[2:4], a[4:], b), 'dots')
    return mk('cpr', a + '–' + b, 'endash')


def fmt_phone(rng, p):
    kind, num = p.phone()
    if kind == 'F':
        return mk('phone', num, 'foreign')
    d = num
    s = rng.randint(0, 13)
    pairs = ' '.join(d[i:i + 2] for i in range(0, 8, 2))
    if s <= 3:
        return mk('phone', pairs, 'pairs')
    if s <= 5:
        return mk('phone', d[:4] + ' ' + d[4:], 'four_four')
    if s == 6:
        return mk('phone', d, 'plain')
    if s == 7:
        return mk('phone', '+45 ' + pairs, 'plus45_pairs')
    if s == 8:
        return mk('phone', '+45' + d, 'plus45_plain')
    if s == 9:
        return mk('phone', '0045 ' + d[:4] + ' ' + d[4:], '0045')
    if s == 10:
        return mk('phone', '(+45) ' + d[:4] + ' ' + d[4:], 'paren45')
    if s == 11:
        return mk('phone', '-'.join(d[i:i + 2] for i in range(0, 8, 2)),
                  'dashes')
    if s == 12:
        return mk('phone', '.'.join(d[i:i + 2] for i in range(0, 8, 2)),
                  'dots')
    return mk('phone', '+45 ' + d[:4] + '-' + d[4:], 'plus45_dash')


def fmt_addr(rng, p, mode='any'):
    kind, st, extra, pc = p.address()
    if mode == 'street':
        if kind == 'F':
            return mk('address', st, 'street')
        if rng.random() < 0.3:
            return mk('address', re.sub(r' \d+\w?$', '', st), 'street_only')
        return mk('address', st, 'street')
    if mode == 'any':
        mode = rng.choice(['one', 'one', 'one', 'multi'])
    if kind == 'F':
        fmt = 'foreign'
        body = st + (', ' if mode == 'one' else '\n') + pc
    elif kind == 'V':
        fmt = 'village'
        sep = ', ' if mode == 'one' else '\n'
        body = st + sep + extra + sep + pc
    else:
        fl = extra
        if mode == 'one':
            fmt = 'oneline'
            body = st + (', ' + fl if fl else '') + ', ' + pc
            if rng.random() < 0.15:
                body = st + (' ' + fl if fl else '') + ' ' + pc
                fmt = 'oneline_nocomma'
        else:
            fmt = 'multiline'
            body = st + (', ' + fl if fl else '') + '\n' + pc
    return mk('address', body, fmt)


def fmt_postbox(rng):
    pc, town = rng.choice(POST)
    return mk('address', 'Postboks %d, %s %s' % (rng.randint(10, 999), pc,
                                                  town), 'postbox')


def fmt_date(rng, d, styles=None):
    """return (text, style) for a calendar date"""
    y2 = d.year % 100
    opts = styles or list(range(14))
    s = rng.choice(opts)
    if s == 0:
        return '%02d.%02d.%d' % (d.day, d.month, d.year), 'dd.mm.yyyy'
    if s == 1:
        return '%d/%d-%02d' % (d.day, d.month, y2), 'd/m-yy'
    if s == 2:
        return '%02d-%02d-%d' % (d.day, d.month, d.year), 'dd-mm-yyyy'
    if s == 3:
        return '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year), 'd. month yyyy'
    if s == 4:
        return '%d.%d.%d' % (d.day, d.month, d.year), 'd.m.yyyy'
    if s == 5:
        return d.isoformat(), 'iso'
    if s == 6:
        return '%d/%d %d' % (d.day, d.month, d.year), 'd/m yyyy'
    if s == 7:
        return '%d. %s %d' % (d.day, MON3[d.month - 1], d.year), 'd. mon. yyyy'
    if s == 8:
        return '%02d/%02d/%d' % (d.day, d.month, d.year), 'dd/mm/yyyy'
    if s == 9:
        return '%02d.%02d.%02d' % (d.day, d.month, y2), 'dd.mm.yy'
    if s == 10:
        return '%d/%d-%d' % (d.day, d.month, d.year), 'd/m-yyyy'
    if s == 11:
        return '%02d%02d%02d' % (d.day, d.month, y2), 'ddmmyy'
    if s == 12:
        return '%d.%d.%02d' % (d.day, d.month, y2), 'd.m.yy'
    return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year), 'd month yyyy'


DOB_TAGS = {}


def fmt_dob(rng, p, styles=None):
    t, st = fmt_date(rng, p.born, styles)
    tag = 'd%02d' % len(DOB_TAGS) if st not in DOB_TAGS else DOB_TAGS[st]
    DOB_TAGS[st] = tag
    return mk('dob', t, tag)


def rand_date(rng, start=date(2024, 1, 8), end=date(2025, 6, 27)):
    d = start + timedelta(days=rng.randint(0, (end - start).days))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def meeting_date(rng):
    d = rand_date(rng)
    s = rng.randint(0, 10)
    if s == 0:
        return '%d/%d' % (d.day, d.month)
    if s == 1:
        return 'd. %d. %s' % (d.day, MONTHS[d.month - 1])
    if s == 2:
        return '%s den %d. %s %d' % (WEEKDAYS[d.weekday()], d.day,
                                     MONTHS[d.month - 1], d.year)
    if s == 3:
        return d.isoformat()
    if s == 4:
        return '%d.%d.' % (d.day, d.month)
    if s == 5:
        return 'den %d/%d %d' % (d.day, d.month, d.year)
    return fmt_date(rng, d, [0, 1, 2, 3, 4, 6, 7, 8, 9, 10])[0]


def meeting_time(rng):
    h = rng.choice([8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 15])
    m = rng.choice([0, 0, 15, 30, 30, 45])
    s = rng.randint(0, 6)
    if s == 0:
        return 'kl. %d.%02d' % (h, m)
    if s == 1:
        return 'kl %d' % h if m == 0 else 'kl %d.%02d' % (h, m)
    if s == 2:
        return 'kl. %02d:%02d' % (h, m)
    if s == 3:
        return 'kl. %d.%02d-%d.%02d' % (h, m, h + 1, m)
    if s == 4:
        return '%d-%d' % (h, h + 1)
    if s == 5:
        return 'kl. %d' % h
    return '%02d.%02d' % (h, m)

# ---------------------------------------------------------------------------
# case context + template rendering
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r'\{(\w+)(?::(\w+))?\}')
PII_FORMS = ('cpr', 'tlf', 'mail', 'adr', 'adr1', 'adrml', 'street', 'dob',
             'dobp', 'postbox')
PII_RE = re.compile(r'\{\w+:(?:%s)\}' % '|'.join(PII_FORMS))
CHILD_ROLES = ('c', 'c2', 'ven', 'pb', 'e1', 'e2', 'e3')
FAMILY_ROLES = ('m', 'f', 'sf', 'gm', 'pm', 'pf', 'nabo', 'a1', 'a2', 'gf')
PRO_ROLES = ('sb', 'fk', 'tl', 'lr', 'dr', 'ps', 'adv', 'pd', 'kp', 'sp',
             'col1', 'col2', 'col3', 'col4')
TITLES = {'dr': ['dr.', 'overlæge', 'læge', 'afdelingslæge'],
          'adv': ['advokat'], 'ps': ['psykolog', 'cand.psych.'],
          'lr': ['lærer'], 'pd': ['pædagog'], 'sb': ['rådgiver',
                                                     'sagsbehandler'],
          'fk': ['koordinator'], 'tl': ['teamleder'],
          'kp': ['kontaktperson'], 'sp': ['sundhedsplejerske'],
          'col1': ['rådgiver'], 'col2': ['rådgiver'], 'col3': ['rådgiver'],
          'col4': ['rådgiver']}
ABBR = {'sb': 'SB', 'fk': 'FK', 'tl': 'TL', 'lr': 'KL', 'dr': 'læge',
        'ps': 'psyk.', 'adv': 'adv.', 'pd': 'pæd.', 'kp': 'KP', 'sp': 'SPL',
        'col1': 'SB2', 'col2': 'SB3', 'col3': 'SB4', 'col4': 'SB5',
        'm': 'Mor', 'f': 'Far', 'sf': 'Bonusfar', 'gm': 'Mormor',
        'pm': 'PM', 'pf': 'PF', 'c': 'Barn A', 'c2': 'Barn B',
        'ven': 'Barn C', 'nabo': 'Nabo'}
LABEL_OPTS = {
    'm': [('Mor', 'Mors'), ('mor', 'mors'), ('moren', 'morens')],
    'f': [('Far', 'Fars'), ('far', 'fars'), ('faren', 'farens')],
    'sf': [('bonusfar', 'bonusfars'), ('stedfar', 'stedfars'),
           ('mors kæreste', 'mors kærestes')],
    'gm': [('mormor', 'mormors'), ('Mormor', 'Mormors'),
           ('bedstemor', 'bedstemors')],
    'pm': [('plejemor', 'plejemors'), ('Plejemor', 'Plejemors')],
    'pf': [('plejefar', 'plejefars'), ('Plejefar', 'Plejefars')],
    'sb': [('sagsbehandleren', 'sagsbehandlerens'), ('rådgiver', 'rådgivers'),
           ('rådgiveren', 'rådgiverens'), ('SB', "SB's"),
           ('sagsbehandler', 'sagsbehandlers')],
    'fk': [('den faglige koordinator', 'den faglige koordinators'),
           ('FK', "FK's")],
    'tl': [('teamlederen', 'teamlederens'), ('lederen', 'lederens'),
           ('TL', "TL's")],
    'lr': [('klasselæreren', 'klasselærerens'),
           ('kontaktlæreren', 'kontaktlærerens'), ('læreren', 'lærerens')],
    'dr': [('lægen', 'lægens'), ('egen læge', 'egen læges'),
           ('overlægen', 'overlægens')],
    'ps': [('psykologen', 'psykologens'), ('PPR-psykologen',
                                           'PPR-psykologens')],
    'adv': [('advokaten', 'advokatens'), ('partsrepræsentanten',
                                          'partsrepræsentantens')],
    'pd': [('pædagogen', 'pædagogens'), ('kontaktpædagogen',
                                         'kontaktpædagogens')],
    'kp': [('kontaktpersonen', 'kontaktpersonens')],
    'sp': [('sundhedsplejersken', 'sundhedsplejerskens')],
    'ven': [('kammeraten', 'kammeratens'), ('vennen', 'vennens'),
            ('Barn C', "Barn C's")],
    'nabo': [('naboen', 'naboens'), ('genboen', 'genboens')],
    'a1': [('moster', 'mosters'), ('mosteren', 'mosterens')],
    'a2': [('træneren', 'trænerens'), ('fodboldtræneren',
                                       'fodboldtrænerens')],
    'gf': [('farfar', 'farfars'), ('Farfar', 'Farfars')],
    'e1': [('Elev B', "Elev B's")], 'e2': [('Elev C', "Elev C's")],
    'e3': [('Elev D', "Elev D's")],
    'col1': [('en kollega', 'en kollegas')],
    'col2': [('en anden kollega', 'en anden kollegas')],
    'col3': [('en tredje kollega', 'en tredje kollegas')],
    'col4': [('en rådgiver fra nabo-teamet', 'en rådgiver fra nabo-teamets')],
}


def is_start(prev):
    p = MARK_RE.sub('x', prev).rstrip(' \t')
    if not p:
        return True
    ch = p[-1]
    if ch in '.!?\n]»|':
        return True
    if ch in '-*•>' and (len(p) == 1 or p[-2] == '\n'):
        return True
    if ch == ':':
        line = p.rsplit('\n', 1)[-1]
        return len(line) <= 22
    return False


class Ctx:
    def __init__(self, rng, mode, genre, size, child_age=(2, 17)):
        self.rng = rng
        self.mode = mode
        self.genre = genre
        self.size = size
        self.persons = {}
        self.named = {}
        self.mentions = {}
        self.labels = {}
        self.used = []
        self.pet = rng.choice(PETS)
        self.pet_said = False
        self.habits = []
        self._make_family(child_age)

    # -- persons ----------------------------------------------------------
    def _born(self, age_lo, age_hi):
        r = self.rng
        days = r.randint(age_lo * 365 + 10, age_hi * 365 + 350)
        return TODAY - timedelta(days=days)

    def _make_family(self, child_age):
        r = self.rng
        org = r.choice(FAMILY_ORIGINS)
        self.origin = org
        morg = org if r.random() < 0.75 else r.choice(FAMILY_ORIGINS)
        forg = org if r.random() < 0.8 else r.choice(FAMILY_ORIGINS)
        cg = r.choice('mf')
        cborn = self._born(*child_age)
        cage = age_on(cborn)
        father = Person(r, 'f', 'm', cborn - timedelta(days=r.randint(
            23 * 365, 46 * 365)), forg)
        mother = Person(r, 'm', 'f', cborn - timedelta(days=r.randint(
            19 * 365, 42 * 365)), morg)
        if r.random() < 0.35 and morg == forg:
            mother.last = father.last
        clast = father.last if r.random() < 0.62 else mother.last
        if isinstance(NAMES[org]['last'][0], tuple) or org in ('pl', 'lt'):
            clast = None  # take from pool by gender
        cmid = ''
        if org in ('dk', 'modern') and r.random() < 0.45:
            cmid = r.choice(NAMES['dk']['mid'] + NAMES['dk']['mid_' + cg])
        if org == 'vn':
            cmid = r.choice(NAMES['vn']['mid_' + cg])
        corg = org if org != 'modern' else ('modern' if r.random() < 0.7
                                            else 'dk')
        child = Person(r, 'c', cg, cborn, corg, last=clast, middle=cmid)
        if child.middle == child.last:
            child.middle = ''
        sg = r.choice('mf')
        sib_age = max(0, min(19, cage + r.choice([-6, -4, -3, -2, -1, 1, 2,
                                                  3, 5, 7])))
        sborn = self._born(sib_age, sib_age)
        sib = Person(r, 'c2', sg, sborn, corg,
                     last=child.last if r.random() < 0.7 else None)
        if sib.first == child.first:
            sib.first = r.choice([n for n in NAMES[corg][sg]
                                  if n != child.first])
        self.persons.update({'m': mother})
        self._uniq(father)
        self.persons['f'] = father
        self._uniq(child)
        self.persons['c'] = child
        self._uniq(sib)
        self.persons['c2'] = sib
        self.child = child

    def person(self, key):
        if key in self.persons:
            return self.persons[key]
        r = self.rng
        c = self.child
        if key == 'sf':
            p = Person(r, key, 'm', self._born(25, 50),
                       r.choice(FAMILY_ORIGINS))
        elif key == 'gm':
            mo = self.persons['m']
            p = Person(r, key, 'f', mo.born - timedelta(days=r.randint(
                19 * 365, 32 * 365)), mo.origin)
        elif key in ('pm', 'pf'):
            g = 'f' if key == 'pm' else 'm'
            other = self.persons.get('pf' if key == 'pm' else 'pm')
            p = Person(r, key, g, self._born(34, 62),
                       r.choice(['dk'] * 6 + ['fo', 'gl', 'de', 'ph']),
                       last=other.last if other and r.random() < 0.6 else None)
        elif key == 'ven':
            p = Person(r, key, r.choice('mf'),
                       self._born(max(1, c.age - 1), c.age + 1),
                       r.choice(FAMILY_ORIGINS))
        elif key == 'a1':
            mo = self.persons['m']
            p = Person(r, key, 'f', mo.born + timedelta(days=r.randint(
                -3000, 3000)), mo.origin)
        elif key == 'gf':
            fa = self.persons['f']
            p = Person(r, key, 'm', fa.born - timedelta(days=r.randint(
                20 * 365, 34 * 365)), fa.origin, last=fa.last)
        elif key == 'a2':
            p = Person(r, key, r.choice('mf'), self._born(22, 60),
                       r.choice(PRO_ORIGINS))
        elif key in ('e1', 'e2', 'e3'):
            p = Person(r, key, r.choice('mf'), self._born(c.age, c.age),
                       r.choice(FAMILY_ORIGINS))
        elif key == 'pb':
            p = Person(r, key, r.choice('mf'),
                       self._born(max(2, c.age - 4), c.age + 4),
                       r.choice(['dk', 'dk', 'modern', 'fo', 'gl']),
                       last=(self.persons['pm'].last if 'pm' in self.persons
                             else None))
        elif key == 'nabo':
            p = Person(r, key, r.choice('mf'), self._born(30, 80),
                       r.choice(FAMILY_ORIGINS))
        else:
            p = Person(r, key, r.choice('mf'), self._born(26, 64),
                       r.choice(PRO_ORIGINS))
        self._uniq(p)
        self.persons[key] = p
        return p

    def _uniq(self, p):
        used = [q.first for q in self.persons.values()]
        lasts = [q.last for q in self.persons.values()]
        tries = 0
        while p.first in used and tries < 20:
            p.first = self.rng.choice(NAMES[p.origin][p.gender])
            tries += 1
        if p.middle and (p.middle == p.first or p.middle == p.last):
            p.middle = ''
        return p

    def force(self, *keys):
        if self.mode == 'planted':
            for k in keys:
                self.named[k] = True

    def is_named(self, key):
        if self.mode == 'clean':
            return False
        if key not in self.named:
            pr = {'c': 0.97, 'c2': 0.8, 'ven': 0.8, 'pb': 0.8, 'm': 0.7, 'f': 0.65,
                  'sf': 0.6, 'gm': 0.6, 'pm': 0.7, 'pf': 0.6,
                  'nabo': 0.5}.get(key, 0.6)
            if key.startswith('col'):
                pr = 0.9
            self.named[key] = self.rng.random() < pr
        return self.named[key]

    # -- labels (role pseudonyms) -------------------------------------------
    def label(self, key, gen):
        r = self.rng
        if key == 'c':
            if 'c' not in self.labels:
                opts = ['A', 'A', '1', 'noun', 'noun']
                if self.child.age >= 13:
                    opts += ['unge', 'unge']
                self.labels['c'] = r.choice(opts)
            sch = self.labels['c']
            noun = ('drengen', 'drengens') if self.child.gender == 'm' else (
                'pigen', 'pigens')
            if sch == 'A':
                lab = ('Barn A', "Barn A's") if r.random() < 0.75 else noun
            elif sch == '1':
                lab = ('Barn 1', "Barn 1's") if r.random() < 0.8 else noun
            elif sch == 'noun':
                lab = noun
            elif sch == 'unge':
                lab = ('den unge', 'den unges') if r.random() < 0.7 else noun
            else:
                lab = ('barnet', 'barnets')
            return lab[1] if gen else lab[0]
        if key == 'c2':
            sch = self.labels.get('c') or 'A'
            if sch == 'A':
                lab = ('Barn B', "Barn B's")
            elif sch == '1':
                lab = ('Barn 2', "Barn 2's")
            else:
                s = self.persons['c2']
                older = s.born < self.child.born
                w = ('store' if older else 'lille') + (
                    'bror' if s.gender == 'm' else 'søster')
                lab = (w, w + 's')
            return lab[1] if gen else lab[0]
        if key == 'pb':
            w = ('plejebroren', 'plejebrorens') if self.person(
                'pb').gender == 'm' else ('plejesøsteren', 'plejesøsterens')
            return w[1] if gen else w[0]
        if key not in self.labels:
            self.labels[key] = r.choice(LABEL_OPTS[key])
        lab = self.labels[key]
        return lab[1] if gen else lab[0]

    # -- names ------------------------------------------------------------
    def name_text(self, key, p, form):
        r = self.rng
        cnt = self.mentions.get(key, 0)
        self.mentions[key] = cnt + 1
        gen = form.endswith('gen')
        base = form[:-3] if gen else form
        if base == '':
            x = r.random()
            if key in CHILD_ROLES:
                if cnt == 0:
                    base = 'full' if x < 0.45 else ('first' if x < 0.85 or
                                                    not p.middle else 'fullmid')
                else:
                    base = 'first' if x < 0.88 else 'full'
            elif key in FAMILY_ROLES:
                if cnt == 0:
                    base = 'full' if x < 0.55 else ('title' if x < 0.75
                                                    else 'first')
                else:
                    base = 'first' if x < 0.55 else ('title' if x < 0.9
                                                     else 'full')
            else:
                if cnt == 0:
                    base = 'full' if x < 0.55 else ('first' if x < 0.8 else (
                        'ini' if x < 0.9 else 'title'))
                else:
                    base = 'first' if x < 0.5 else ('ini' if x < 0.75
                                                    else 'title')
        title = ''
        if base == 'first':
            t, f = p.first, 'first'
        elif base == 'full':
            t, f = p.short_full, 'full'
            if p.middle and r.random() < 0.4:
                t, f = p.full, 'fullmid'
        elif base == 'fullmid':
            t, f = p.full, 'fullmid'
        elif base == 'title':
            if key in TITLES:
                title = r.choice(TITLES[key])
                if key in ('lr', 'pd', 'kp', 'sb', 'col1', 'col2', 'col3',
                           'col4') and r.random() < 0.35:
                    t, f = p.first, 'title_first'
                else:
                    t, f = p.last, 'title_last'
            elif key in CHILD_ROLES:
                t, f = p.first, 'first'
            else:
                title = 'fru' if p.gender == 'f' else 'hr.'
                t, f = p.last, 'title_last'
        elif base == 'rev':
            last = p.last.upper() if r.random() < 0.35 else p.last
            first = p.first + (' ' + p.middle if p.middle else '')
            t, f = last + ', ' + first, 'surname_first'
        elif base == 'caps':
            t, f = (p.full if r.random() < 0.5 else p.first).upper(), 'caps'
        elif base == 'ini':
            x = r.random()
            t, f = p.ini, 'initials'
            if x < 0.12:
                t, f = '.'.join(p.ini[:2]) + '.', 'initials_dots'
            elif x < 0.2:
                t, f = p.ini.lower(), 'initials_lower'
        elif base == 'lower':
            t, f = p.first.lower(), 'lower'
        else:
            raise ValueError(base)
        if gen:
            t, f = genitive(t), f + '_gen'
        out = mk('name', t, f)
        if title:
            out = title + ' ' + out
        return out

    # -- slots --------------------------------------------------------------
    def slot(self, key, form, prev):
        r = self.rng
        if key.isupper():
            v = self.global_slot(key, form)
            if key in ('PET', 'PETNAME') and is_start(prev):
                v = cap1(v)
            return v
        p = self.person(key)
        if form in PII_FORMS:
            if self.mode == 'clean':
                raise RuntimeError('PII slot in clean mode')
            if form == 'cpr':
                return fmt_cpr(r, p)
            if form == 'tlf':
                return fmt_phone(r, p)
            if form == 'mail':
                return mk('email', p.mail(pro=key in PRO_ROLES), 'work'
                          if key in PRO_ROLES else 'private')
            if form == 'adr':
                return fmt_addr(r, p, 'any')
            if form == 'adr1':
                return fmt_addr(r, p, 'one')
            if form == 'adrml':
                return fmt_addr(r, p, 'multi')
            if form == 'street':
                return fmt_addr(r, p, 'street')
            if form == 'postbox':
                return fmt_postbox(r)
            if form == 'dob':
                return fmt_dob(r, p)
            if form == 'dobp':  # compact numeric styles for tables/parens
                return fmt_dob(r, p, [0, 1, 4, 8, 9, 10, 12, 5])
        if form in ('han', 'ham', 'hans'):
            w = {'han': ('han', 'hun'), 'ham': ('ham', 'hende'),
                 'hans': ('hans', 'hendes')}[form][p.gender == 'f']
            return cap1(w) if is_start(prev) else w
        if form == 'age':
            return '%d år' % p.age
        if form == 'aar':
            return str(p.age)
        if form == 'klasse':
            if p.age < 6 or p.age > 16:
                raise Skip()
            return '%d. klasse' % (p.age - 6)
        if form == 'kl':
            if p.age < 6 or p.age > 16:
                raise Skip()
            return '%d.%s' % (p.age - 6, r.choice('abcd'))
        if form == 'byear':
            return str(p.born.year)
        if form in ('paren', 'parenfull'):
            if not self.is_named(key):
                return ''
            return ' (' + self.name_text(key, p, 'first' if form == 'paren'
                                         else 'full') + ')'
        if self.is_named(key) and form not in ('lab', 'labgen'):
            return self.name_text(key, p, form)
        gen = form.endswith('gen')
        if form in ('ini', 'inigen'):
            t = ABBR.get(key, key.upper())
            return genitive(t) if gen else t
        t = self.label(key, gen)
        if form in ('caps', 'capsgen'):
            return t.upper()
        return cap1(t) if is_start(prev) else t

    def global_slot(self, key, form):
        r = self.rng
        c = self.child
        if key == 'DATE':
            return meeting_date(r)
        if key == 'TIME':
            return meeting_time(r)
        if key == 'WD':
            return r.choice(WEEKDAYS[:5])
        if key == 'WDATE':
            d = rand_date(r)
            wd = WEEKDAYS[d.weekday()]
            return r.choice([
                '%s d. %d/%d' % (wd, d.day, d.month),
                '%s den %d. %s' % (wd, d.day, MONTHS[d.month - 1]),
                '%s %d.%d.' % (WD3[d.weekday()], d.day, d.month),
                '%s %02d.%02d.%d' % (wd, d.day, d.month, d.year),
                '%s %d/%d-%02d' % (wd, d.day, d.month, d.year % 100)])
        if key == 'UGE':
            return str(r.randint(2, 50))
        if key == 'D':
            return str(r.randint(1, 9))
        if key == 'PERIOD':
            d1 = rand_date(r, date(2024, 1, 1), date(2025, 4, 1))
            d1 = d1.replace(day=1)
            d2 = d1 + timedelta(days=r.choice([89, 181, 364]))
            st = r.randint(0, 3)
            if st == 0:
                return '%d.%d.%d-%d.%d.%d' % (d1.day, d1.month, d1.year,
                                              d2.day, d2.month, d2.year)
            if st == 1:
                return '%02d.%02d.%d – %02d.%02d.%d' % (
                    d1.day, d1.month, d1.year, d2.day, d2.month, d2.year)
            if st == 2:
                return '%d. %s %d til %d. %s %d' % (
                    d1.day, MONTHS[d1.month - 1], d1.year, d2.day,
                    MONTHS[d2.month - 1], d2.year)
            return '%s – %s' % (d1.isoformat(), d2.isoformat())
        if key == 'ADMIT':
            d1 = rand_date(r, date(2024, 1, 8), date(2025, 2, 20))
            d2 = d1 + timedelta(days=r.randint(2, 60))
            sty = r.choice([[0], [1], [4], [9], [5], [3]])
            a = fmt_date(r, d1, sty)[0]
            b = fmt_date(r, d2, sty)[0]
            return r.choice(['Indlagt: %s   Udskrevet: %s',
                             'Indlæggelse: %s – %s',
                             'Indlagt %s, udskrevet %s']) % (a, b)
        if key == 'SINCE':
            return str(r.randint(c.born.year, 2024))
        if key == 'CAGE':
            if c.age < 2:
                raise Skip()
            return str(r.randint(1, c.age - 1))
        if key == 'AGE6':
            if c.age < 6:
                raise Skip()
            return ''
        if key == 'YEAR':
            return str(r.randint(2016, 2024))
        if key == 'N':
            return r.choice(['2', '3', '4', '5', 'to', 'tre', 'fire', 'fem',
                             '6', 'seks'])
        if key == 'SAGSNR':
            s = r.randint(0, 5)
            if s == 0:
                return '27.24.00-G01-%d-%02d' % (r.randint(10, 9999),
                                                  r.randint(19, 25))
            if s == 1:
                return 'SAG-%d-%05d' % (r.randint(2019, 2025),
                                        r.randint(1, 99999))
            if s == 2:
                return '%d-%06d' % (r.randint(2020, 2025), r.randint(1, 999999))
            if s == 3:
                return 'BS%07d' % r.randint(1, 9999999)
            if s == 4:
                return '%02d/%05d' % (r.randint(19, 25), r.randint(1, 99999))
            return '27.00.00-A00-%d-%02d' % (r.randint(1, 999), r.randint(20, 25))
        if key == 'DOKNR':
            d = rand_date(r, date(2016, 1, 1), date(2025, 3, 1))
            s = r.randint(0, 3)
            if s <= 1:
                return '%02d%02d%02d%04d' % (d.day, d.month, d.year % 100,
                                             r.randint(0, 9999))
            if s == 2:
                return '%d' % r.randint(100000, 9999999)
            return '%02d%02d%02d-%04d' % (d.day, d.month, d.year % 100,
                                          r.randint(0, 9999))
        if key in ('KR', 'KRS', 'KRM'):
            v = r.choice({'KR': [12500, 18750, 24000, 46800, 68400, 112000,
                                 385000, 41250, 96300],
                          'KRS': [250, 450, 600, 850, 1250, 1850, 2400, 3450,
                                  975, 1600],
                          'KRM': [6800, 9500, 11250, 14300, 16900, 21400,
                                  8750]}[key])
            sv = '{:,}'.format(v).replace(',', '.')
            s = r.randint(0, 4)
            return [sv + ' kr.', 'kr. ' + sv + ',-', 'DKK ' + sv + ',00',
                    sv + ' kr', 'ca. ' + sv + ' kroner'][s]
        if key == 'PCT':
            v = r.choice([7, 9, 11, 12, 14, 17, 18, 21, 23, 26, 31, 38, 44])
            return r.choice(['%d %%', '%d%%', '%d pct.', 'ca. %d %%']) % v
        if key == 'HELP':
            return r.choice(HELPLINES)
        if key == 'LAW':
            return r.choice(LAWS)
        if key == 'TOWN':
            return r.choice(TOWNS)
        if key == 'COUNTRY':
            return r.choice(COUNTRIES)
        if key == 'SHOP':
            return r.choice(SHOPS)
        if key == 'GAME':
            return r.choice(GAMES)
        if key == 'MSGAPP':
            return r.choice(MSGAPPS)
        if key == 'SOCIAL':
            return r.choice(SOCIAL)
        if key == 'APP':
            return r.choice(APPS)
        if key == 'FEST':
            return r.choice(['eid', 'nytår', 'Diwali', 'kinesisk nytår',
                             'nowruz', 'påske', 'Sankt Hans'])
        if key == 'HOLIDAY':
            return r.choice(HOLIDAYS)
        if key == 'PET':
            self.pet_said = True
            return self.pet[0] + ' ' + self.pet[1]
        if key == 'PETNAME':
            if not self.pet_said:
                self.pet_said = True
                return self.pet[0] + ' ' + self.pet[1]
            return self.pet[1]
        if key == 'CLUB':
            return r.choice(CLUBS)
        if key == 'MED':
            return r.choice(MEDS)
        if key == 'DIAG':
            return r.choice(DIAGS)
        if key == 'AUTH':
            return r.choice(AUTHS)
        if key == 'TEAM':
            return r.choice(TEAMS)
        if key == 'LANG':
            if self.origin not in LANGUAGE:
                raise Skip()
            return LANGUAGE[self.origin]
        if key == 'TEEN':
            if c.age < 13:
                raise Skip()
            return ''
        if key == 'SMALL':
            if c.age > 9:
                raise Skip()
            return ''
        if key == 'SCHOOL':
            if c.age < 6 or c.age > 16:
                raise Skip()
            return ''
        if key == 'MIDAGE':
            if c.age < 6 or c.age > 13:
                raise Skip()
            return ''
        if key == 'FOREIGN':
            if self.origin in ('dk', 'modern'):
                raise Skip()
            return ''
        if key == 'KLOK':
            return '%02d:%02d' % (r.randint(6, 23), r.randint(0, 59))
        if key == 'SCORE':
            return str(r.randint(3, 8))
        raise KeyError(key)

    # -- rendering ----------------------------------------------------------
    def render(self, tpl):
        snap = dict(self.mentions), self.pet_said
        out = []
        pos = 0
        try:
            for mt in SLOT_RE.finditer(tpl):
                lit = tpl[pos:mt.start()]
                if lit.startswith('.') and out and out[-1].endswith('.'):
                    lit = lit[1:]
                out.append(lit)
                out.append(self.slot(mt.group(1), mt.group(2) or '',
                                     ''.join(out)))
                pos = mt.end()
        except Skip:
            self.mentions, self.pet_said = snap
            raise
        lit = tpl[pos:]
        if lit.startswith('.') and out and out[-1].endswith('.'):
            lit = lit[1:]
        out.append(lit)
        return ''.join(out)

    def t(self, key, pool, pii=None):
        """pick a template from pool (usage-balanced) and render it.
        pii: None = anything the mode allows, True = only templates with a
        PII slot, False = only templates without."""
        idx = [i for i, s in enumerate(pool)
               if (self.mode == 'planted' or not PII_RE.search(s))
               and (pii is None or bool(PII_RE.search(s)) == pii)]
        if not idx:
            idx = [i for i, s in enumerate(pool) if not PII_RE.search(s)]
        bad = [j for j, i in enumerate(idx) if (key, i) in self.used]
        for _ in range(40):
            cand = [j for j in range(len(idx)) if j not in bad]
            if not cand:
                raise Skip()
            low = min(USAGE.get((key, idx[j]), 0) for j in cand)
            best = [j for j in cand if USAGE.get((key, idx[j]), 0) == low]
            j = self.rng.choice(best)
            try:
                s = self.render(pool[idx[j]])
            except Skip:
                bad.append(j)
                continue
            USAGE[(key, idx[j])] = USAGE.get((key, idx[j]), 0) + 1
            self.used.append((key, idx[j]))
            return s
        raise Skip()

# ---------------------------------------------------------------------------
# paragraph builder: head lines, growable sections, tail lines
# ---------------------------------------------------------------------------
class Sec:
    def __init__(self, header, gen, style='lines', mn=0, mx=99, w=1.0):
        self.header = header      # markup, or None
        self.gen = gen            # callable returning one rendered item
        self.style = style        # 'lines' | 'prose' | 'inline'
        self.mn = mn
        self.mx = mx
        self.w = w
        self.items = []

    def add(self):
        try:
            it = self.gen()
        except Skip:
            self.mx = len(self.items)
            return False
        if it:
            self.items.append(it)
        else:
            self.mx = len(self.items)
        return True

    def text(self):
        if self.style == 'prose':
            body = ' '.join(self.items)
        else:
            body = '\n'.join(self.items)
        if self.header is None:
            return body
        if self.style == 'inline':
            return self.header + ' ' + ' '.join(self.items)
        return self.header + '\n' + body


def build(ctx, target, head, secs, tail=(), sep='\n\n'):
    def render():
        parts = []
        if head:
            parts.append('\n'.join(head))
        for s in secs:
            if s.items:
                parts.append(s.text())
        if tail:
            parts.append('\n'.join(tail))
        return sep.join(parts)

    for s in secs:
        for _ in range(s.mn):
            s.add()
    guard = 0
    while wc(render()) < target and guard < 80:
        guard += 1
        avail = [s for s in secs if len(s.items) < s.mx]
        if not avail:
            break
        tot = sum(s.w for s in avail)
        x = ctx.rng.random() * tot
        for s in avail:
            x -= s.w
            if x <= 0:
                break
        s.add()
    return render()


def fields(ctx, key, pool, n):
    """pick up to n header fields with distinct labels (text before ':')"""
    out = []
    labs = []
    for _ in range(n + 6):
        if len(out) >= n:
            break
        try:
            f = ctx.t(key, pool)
        except Skip:
            break
        lab = MARK_RE.sub('x', f).split(':')[0].strip().lower()
        lab = {'modtager': 'til', 'pt.': 'patient', 'navn': 'patient',
               'barn': 'vedr.', 'sagen vedrører': 'vedr.',
               'barnets navn': 'vedr.'}.get(lab, lab)
        if lab in labs:
            continue
        labs.append(lab)
        out.append(f)
    return out


def item(ctx, key, pool, prefix='', pii=None):
    return lambda: prefix + ctx.t(key, pool, pii)


def mixed(ctx, key, pool, p_pii=0.3, p_look=0.15, look_key='look',
          prefix='', look_prefix=''):
    """generator mixing genre sentences, PII sentences (planted only) and
    shared look-alike sentences"""
    state = {'n': 0}

    def g():
        state['n'] += 1
        x = ctx.rng.random()
        if ctx.mode == 'planted' and (x < p_pii or (
                state['n'] == 1 and ctx.size == 'S' and x < 0.6)):
            try:
                return prefix + ctx.t(key, pool, True)
            except Skip:
                pass
        if x > 1 - p_look - (0.12 if ctx.mode == 'clean' and p_look > 0 else 0):
            try:
                return look_prefix + t_look(ctx)
            except Skip:
                pass
        return prefix + ctx.t(key, pool, False)
    return g


# ---------------------------------------------------------------------------
# writing habits (applied to the marked-up text; spans stay consistent)
# ---------------------------------------------------------------------------
SPLIT_RE = re.compile(r'(⟦\w+:\w*\|.*?⟧)', re.S)


def _outside(markup, fn):
    parts = SPLIT_RE.split(markup)
    for i in range(0, len(parts), 2):
        parts[i] = fn(parts[i], i)
    return ''.join(parts)


def h_ae(markup):
    for a, b in (('æ', 'ae'), ('ø', 'oe'), ('å', 'aa'), ('Æ', 'Ae'),
                 ('Ø', 'Oe'), ('Å', 'Aa')):
        markup = markup.replace(a, b)
    return markup


def h_fold(markup):
    out = []
    for ch in markup:
        if ch in 'æøåÆØÅ§»«½' or ord(ch) < 128:
            out.append(ch)
            continue
        f = TRANSLIT.get(ch) if ch not in "' -" else None
        if f is None:
            d = unicodedata.normalize('NFKD', ch)
            f = ''.join(c for c in d if not unicodedata.combining(c)) or ch
        out.append(f)
    return ''.join(out)


WORD_RE = re.compile(r'[A-Za-zæøåÆØÅ]{5,}')


def h_typo(rng, markup, n):
    parts = SPLIT_RE.split(markup)
    cands = []
    for i in range(0, len(parts), 2):
        for m_ in WORD_RE.finditer(parts[i]):
            cands.append((i, m_.start(), m_.end()))
    if not cands:
        return markup
    picks = sorted(rng.sample(cands, min(n, len(cands))), reverse=True)
    for i, a, b in picks:
        w = parts[i][a:b]
        k = rng.randint(1, len(w) - 3)
        op = rng.randint(0, 2)
        if op == 0:
            w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == 1:
            w2 = w[:k] + w[k + 1:]
        else:
            w2 = w[:k] + w[k] + w[k:]
        parts[i] = parts[i][:a] + w2 + parts[i][b:]
    return ''.join(parts)


def h_space(rng, markup):
    def fn(s, i):
        out = []
        for j, ch in enumerate(s):
            nxt = s[j + 1] if j + 1 < len(s) else ''
            if ch == ' ' and rng.random() < 0.04:
                out.append('  ')
            elif ch == ',' and nxt == ' ' and rng.random() < 0.25:
                out.append(' ,')
            elif ch == '.' and nxt == ' ' and rng.random() < 0.12:
                out.append(' .')
            elif ch == '\n' and rng.random() < 0.2:
                out.append(' \n')
            else:
                out.append(ch)
        return ''.join(out)
    return _outside(markup, fn)


def apply_habits(ctx, markup, probs):
    r = ctx.rng
    hs = []
    if r.random() < probs.get('ae', 0.12):
        markup = h_ae(markup)
        hs.append('ae-oe-aa')
    if r.random() < probs.get('fold', 0.15):
        markup = h_fold(markup)
        hs.append('ascii-fold')
    if r.random() < probs.get('lower', 0.07):
        markup = markup.lower()
        hs.append('lowercase')
    if r.random() < probs.get('typo', 0.22):
        markup = h_typo(r, markup, r.randint(1, 4))
        hs.append('typos')
    if r.random() < probs.get('space', 0.15):
        markup = h_space(r, markup)
        hs.append('odd-spacing')
    ctx.habits = hs
    return markup

# ---------------------------------------------------------------------------
# shared look-alike sentences (no personal data; usable in both files)
# ---------------------------------------------------------------------------
LOOK_CATS = {
    'adm': [
        "Sagen ligger i fagsystemet under sagsnr. {SAGSNR}.",
        "Notatet er journaliseret som dok.nr. {DOKNR}.",
        "Bilag 4 (akt-id {DOKNR}) er skolens udtalelse fra efteråret.",
        "Journalnr. hos {AUTH}: {SAGSNR}.",
        "Referatet sendes til godkendelse senest {DATE}.",
        "Ansøgningen til {AUTH} blev sendt {DATE}.",
        "{AUTH} har oplyst, at sagen har en behandlingstid på ca. 8 uger.",
        "Gebyr for kopi af journal: 0 kr.",
        "Version 2.3 af skabelonen skal bruges fra {DATE}.",
        "Pas på med at skrive detaljer i emnefeltet; brug sagsnummeret {SAGSNR}.",
        "Det er tredje underretning i år (1. i marts, 2. i juni).",
        "Tolkebestilling sker via tolkeportalen senest 48 timer før.",
        "Der er lavet en ICS-trekant, som ligger som bilag.",
        "Dokumentet er gemt som 'Status_v3_endelig_ENDELIG.docx' (dok. {DOKNR}).",
        "Løbenr. {DOKNR} er oprettet ved en fejl og skal slettes.",
        "Sagen er registreret med emnenummer {SAGSNR}.",
        "Akt nr. 17 mangler i aktlisten.",
    ],
    'law': [
        "Husk at henvise til {LAW} i afgørelsen.",
        "Vi holder os til {LAW}, så længe der ikke er nyt i sagen.",
        "Tidsfristen for den børnefaglige undersøgelse er fire måneder, jf. barnets lov § 20, stk. 3.",
        "Ret til bisidder, jf. barnets lov § 6, er oplyst.",
        "Klagevejledning vedlagt (klagefrist 4 uger).",
        "Afgørelsen kan påklages til Ankestyrelsen inden fire uger.",
        "Sagen blev behandlet i børne- og ungeudvalget {DATE}.",
        "Partshøring efter forvaltningslovens § 19 er sendt {DATE}.",
        "Før 2024 ville det have været en § 50-undersøgelse efter serviceloven.",
    ],
    'meet': [
        "Mødet er flyttet til {WDATE} {TIME} i mødelokale 2.14.",
        "Næste opfølgning ligger i uge {UGE}.",
        "Der er aftalt et opfølgende netværksmøde i uge {UGE} {TIME}.",
        "Mødet blev holdt på rådhuset i {TOWN}, lokale 3.07.",
        "Der var kø på motorvejen, så vi startede 20 min. senere.",
        "I juleferien er der lukket på kontoret fra 23/12 til 2/1.",
        "Hele teamet er på kursus i Signs of Safety i uge {UGE}.",
        "Skaleringen i Signs of Safety var {SCORE}/10 ved sidste møde.",
        "De tre huse blev brugt ved samtalen.",
        "Samværet foregår i samværslokalet på 2. sal i Borgerservice-bygningen.",
        "Det regnede hele dagen, og gårdturen blev aflyst.",
        "Forældrekurset ('De Utrolige År') starter i uge {UGE}.",
        "Mødet sluttede {TIME}, en halv time senere end planlagt.",
        "Næste teammøde er {WDATE} {TIME}.",
    ],
    'money': [
        "Der er bevilget {KRS} til fritidsaktiviteter for resten af året.",
        "Kørsel: 2 x 14 km à 3,81 kr.",
        "Timeprisen for familiebehandling er 780 kr. ekskl. moms.",
        "Lønsedlen viser en nettoindtægt på {KRM} om måneden.",
        "Huslejen er steget med 600 kr. pr. 1. april.",
        "Boligstøtten fra Udbetaling Danmark er ca. 1.900 kr. månedligt.",
        "Tilbuddet koster {KR} pr. måned inkl. kost.",
        "Familien bor i en toværelses lejlighed på 58 m² i {TOWN}.",
        "Restancen til forsyningen er på {KRM}.",
        "Budgettet for 2025 er overskredet med {PCT}.",
    ],
    'school': [
        "Fraværet er nu på {PCT}, mod 9 % sidste skoleår.",
        "SDQ fra skolen gav en samlet vanskelighedsscore på 21, hvilket ligger i det forhøjede område.",
        "Ifølge skolens opgørelse har klassen 24 elever, heraf 3 med støttetimer.",
        "Nationale test i dansk: 'under middel' i begge profilområder.",
        "Se også PPR's skema 'Pædagogisk-psykologisk vurdering', side 3.",
        "Bemærk: skolen holder lukket fredag pga. {HOLIDAY}.",
        "Skolen er en almindelig folkeskole med ca. 600 elever.",
        "Elevens trivselsmåling: 2,9 ud af 5.",
        "Vi bruger fortsat {MSGAPP} til at sende beskeder til forældrene.",
        "Karakteren i matematik var 4 ved terminsprøven.",
        "Klassen skal på lejrskole i uge {UGE}.",
    ],
    'med': [
        "WISC-V blev gennemført i {YEAR} og viste et samlet IQ-niveau omkring 84.",
        "Medicin: {MED}.",
        "Udredningen for {DIAG} er ikke afsluttet.",
        "Diagnosekode ifølge journal: {DIAG}.",
        "Der er 11 ugers ventetid hos børne- og ungdomspsykiatrien.",
        "Sundhedsplejens 4-års-undersøgelse var uden bemærkninger.",
        "Høretest og syn var normalt ved skolelægen.",
        "Vægt og højde følger kurven, BMI ca. 17.",
        "Blodtryk 112/70, puls 84.",
        "ADOS-2 modul 3 blev gennemført i uge {UGE}.",
    ],
    'fam': [
        "Familien har været i {COUNTRY} i {HOLIDAY} og kom hjem en uge senere end planlagt.",
        "Der blev handlet ind i {SHOP} på vej hjem fra mødet.",
        "{c} bruger det meste af fritiden på {APP}.",
        "I hjemmet bor også {PET}, som {c} passer meget på.",
        "{PETNAME} var med til hjemmebesøget og lå hele tiden ved {c:gen} fødder.",
        "{c} vil gerne starte til {CLUB} efter {HOLIDAY}.",
        "{c} fik et gavekort til {SHOP} på 200 kr. i fødselsdagsgave fra klassen.",
        "Familien har {PET} og to undulater.",
        "Rejsen til {COUNTRY} er ikke aftalt med kommunen.",
        "{c} har ønsket sig en PlayStation 5 til jul.",
        "Der stod en pose fra {SHOP} med nyt tøj i entréen.",
        "Familien fejrer både jul og {FEST}.",
        "{c} spiller {GAME} sammen med sine fætre i {COUNTRY}.",
    ],
    'help': [
        "Familien kan altid ringe til {HELP}.",
        "Barnet er oplyst om {HELP}.",
        "Uden for åbningstid: {HELP}.",
        "Ved akut fare: ring 112.",
        "Mor har fået et kort med {HELP}.",
    ],
}
LOOK = [x for v in LOOK_CATS.values() for x in v]
LOOK_TAG = [k for k, v in LOOK_CATS.items() for x in v]


def t_look(ctx):
    cats = getattr(ctx, 'look_cats', None) or tuple(LOOK_CATS)
    idx = [i for i, k in enumerate(LOOK_TAG) if k in cats
           and ('look', i) not in ctx.used]
    for _ in range(20):
        if not idx:
            raise Skip()
        low = min(USAGE.get(('look', i), 0) for i in idx)
        best = [i for i in idx if USAGE.get(('look', i), 0) == low]
        i = ctx.rng.choice(best)
        try:
            s = ctx.render(LOOK[i])
        except Skip:
            idx.remove(i)
            continue
        USAGE[('look', i)] = USAGE.get(('look', i), 0) + 1
        ctx.used.append(('look', i))
        return s
    raise Skip()

# ---------------------------------------------------------------------------
# shared observation sentences: subject + predicate (+ adverbial)
# ---------------------------------------------------------------------------
CHILD_PRED = [
    "sover uroligt og vågner flere gange i løbet af natten",
    "har svært ved at komme afsted om morgenen",
    "spiser næsten intet af sin madpakke",
    "holder sig for sig selv i frikvartererne",
    "er begyndt at møde til tiden",
    "bliver hurtigt vred, når en voksen siger nej",
    "har ondt i maven de fleste mandage",
    "laver lektier ved spisebordet sammen med en voksen",
    "har fået en fast makker i klassen",
    "taler meget om at flytte hjem igen",
    "virker mere afslappet end ved sidste besøg",
    "gemmer mad under sengen",
    "bruger mange timer på mobilen om aftenen",
    "vil ikke tale om weekenderne",
    "er glad for sin kontaktpædagog",
    "har været i tre konflikter med jævnaldrende",
    "græder ved afleveringen",
    "har været med til træning hver uge",
    "læser et godt stykke under klassetrinnet",
    "kan ikke sidde stille i mere end ti minutter ad gangen",
    "søger meget kontakt til fremmede voksne",
    "virker træt og bleg",
    "har tisset i sengen igen",
    "klarer sig fint fagligt, men er ensom",
    "har mange humørsvingninger",
    "har skiftet vennekreds",
    "vil gerne selv være med til netværksmødet",
    "siger, at det er for meget med to hjem",
    "har fået briller, men vil ikke gå med dem",
    "tager selv initiativ til leg",
    "stammer mere, når der er uro omkring {c:ham}",
    "har fortalt en pædagog om råben derhjemme",
    "kan godt lide at bage og hjælpe til i køkkenet",
    "skal have meget hjælp til at komme i gang med opgaver",
    "har tabt sig synligt",
    "er bange for mørke og vil ikke sove alene",
    "mangler ofte idrætstøj og madpakke",
    "er blevet sendt hjem efter en konflikt med en lærer",
    "fortæller gerne om sine dyr og om skolen",
    "er svær at få kontakt med, når {c:han} er ked af det",
    "har kun været i skole to dage i denne uge",
    "trækker sig, når der bliver talt om {f}",
    "har spurgt, om {c:han} må få sit eget værelse",
    "bider negle til det bløder",
    "er blevet bedre til at sige fra over for de store drenge",
    "har svært ved overgange, fx fra frikvarter til time",
    "spiller gerne spil med de voksne, men taber nødigt",
    "kommer ofte for sent efter middagspausen",
    "har fået en ny cykel og cykler selv i skole",
    "nævner {c2} mange gange i løbet af samtalen",
]
PARENT_PRED = [
    "har aflyst de to seneste møder",
    "møder op til alle aftaler",
    "virker påvirket ved hjemmebesøget",
    "har svært ved at sætte grænser omkring skærmtid",
    "har selv søgt hjælp hos egen læge",
    "har fået arbejde i et rengøringsfirma",
    "er i gang med et behandlingsforløb for sit alkoholforbrug",
    "ønsker ikke at samarbejde med skolen",
    "er meget optaget af konflikten om samvær",
    "siger, at {m:han} gerne vil have hjælp",
    "har svært ved at få hverdagen til at hænge sammen",
    "bor midlertidigt hos en veninde",
    "har ikke svaret på breve i Digital Post",
    "er glad for familiebehandleren",
    "taler hårdt til børnene, også når vi er der",
    "har været indlagt på psykiatrisk afdeling i to uger",
    "giver udtryk for at være udmattet",
    "har svært ved at læse breve fra kommunen",
    "ønsker mere samvær",
    "anerkender bekymringen, men ikke omfanget",
    "har selv været anbragt som barn",
    "har ryddet op i lejligheden siden sidst",
    "vil ikke have, at skolen kontaktes",
    "har takket ja til forældrekurset",
    "er vred over underretningen",
    "er bange for at miste børnene",
    "har brug for tolk til møderne",
    "trækker sig fra kontakten, når det bliver svært",
    "kommer for sent til afleveringen næsten dagligt",
    "har givet samtykke til, at vi kontakter lægen",
    "virker mere rolig og overskudsagtig",
    "har fået ny kæreste, som børnene ikke kender",
    "har svært ved at få økonomien til at hænge sammen",
    "har skiftet telefonnummer uden at give besked",
    "ringer flere gange dagligt til skolen",
]
OBS_ADV = [
    "", "", "", "", "", "", " ifølge skolen", " i de sidste tre uger",
    " siden efterårsferien", " i perioder", " ifølge pædagogerne",
    " efter eget udsagn", " siden jul", " i den seneste måned",
    " trods de nye aftaler", " – det bekræfter {lr}",
    " (oplyst af {sp})", " ifølge {m:gen} beskrivelse",
]
PAR_ADV = [
    "", "", "", "", "", " ifølge familiebehandleren", " i de sidste tre uger",
    " siden efterårsferien", " i perioder", " efter eget udsagn",
    " siden jul", " i den seneste måned", " trods de nye aftaler",
    " – det har skolen også bemærket",
]


def obs_child(ctx):
    i, pred = balanced_pick(ctx.rng, 'obs_c', CHILD_PRED)
    adv = ctx.rng.choice(OBS_ADV)
    return ctx.render('{c} ' + pred + adv + '.')


def obs_parent(ctx, who=None):
    who = who or ctx.rng.choice(['m', 'm', 'f'])
    i, pred = balanced_pick(ctx.rng, 'obs_p', PARENT_PRED)
    pred = pred.replace('{m:han}', '{%s:han}' % who)
    adv = ctx.rng.choice(PAR_ADV)
    return ctx.render('{%s} ' % who + pred + adv + '.')


def obs_any(ctx):
    try:
        if ctx.rng.random() < 0.6:
            return obs_child(ctx)
        return obs_parent(ctx)
    except Skip:
        return obs_child(ctx)

# ===========================================================================
# GENRE: minutes of a weekly faglig sparring meeting
# ===========================================================================
SPAR_TITLE = [
    "Referat – faglig sparring, teammøde {WDATE}",
    "FAGLIG SPARRING {DATE} {TIME}",
    "Sparring, team {TEAM}, uge {UGE}",
    "Ref. fra sparringsmødet {DATE}",
    "Teammøde – pkt. 3: sparring på sag",
    "faglig sparring // {DATE} // referent: skiftende",
    "Minutes fra sparring (team {TEAM}) {DATE}",
    "Sparringsreferat uge {UGE} – udkast, ikke rettet",
]
SPAR_PART = [
    "Deltagere: {fk:ini} (FK), {sb:ini} (sagsejer), {col1:ini}, {col2:ini}, {col3:ini}",
    "Deltagere: {fk:full} (faglig koordinator), {sb:full}, {col1:full} og {col2:first}",
    "Til stede: {col1:first}, {col2:first}, {sb:first}, {fk:first} + psykolog fra PPR",
    "Deltagere:\n- {fk:full} (ordstyrer)\n- {sb:full} (sagsejer)\n- {col1:full}\n- {col2:ini}",
    "Delt.: {fk:ini}/{sb:ini}/{col1:ini}/{col3:ini}",
    "Deltagere: {sb:ini}, {col2:ini}, {col1:ini}. Afbud: {col3:full} (kursus).",
    "Deltagere: {fk:first} styrede mødet, {sb:first} fremlagde, {col1:first}, {col2:first} og {col4:full} deltog.",
    "{col1:full}, {col2:full}, {sb:full}, {fk:full} – referent: {col2:ini}",
]
SPAR_PART_CLEAN = [
    "Deltagere: FK (ordstyrer), sagsejer, fire rådgivere, PPR-psykolog som gæst",
    "Til stede: hele team {TEAM} undtagen én (syg)",
    "Deltagere: faglig koordinator, teamleder, 5 rådgivere",
    "Deltagere:\n- FK (ordstyrer)\n- sagsejer\n- 3 rådgivere fra team {TEAM}\n- studerende (observatør)",
    "Delt.: FK/TL/SB + 3",
    "Deltagere: alle fra myndighed 0-13 år. Afbud: 2 (kursus).",
    "Referent: SB3. Tidtager: SB4.",
]
SPAR_RAMME = [
    "{fk} bød velkommen og mindede om, at vi har en time i alt.",
    "Vi tager én sag i dag, og sagsejer lytter under refleksionsrunden.",
    "Fokus er barnets perspektiv, ikke rådgiverens håndtering – det blev sagt meget tydeligt.",
    "{fk} tog tid på hvert punkt og stoppede os to gange, da vi gled over i løsninger.",
    "Vi startede {N} minutter forsinket pga. et akut opkald.",
    "Tavlen var sat op med genogram og tidslinje inden mødet.",
    "{fk} mindede om, at referatet ikke må indeholde navne, før det lægges i vidensbanken.",
    "Rammen: 3 min intro, 10 min fremlæggelse, 8 min opklarende, 15 min refleksion, 5 min svar, 12 min næste skridt, 5 min afslutning.",
    "Kort check-in: to i teamet har akutsager, så de går kl. 10.",
    "Vi bruger ICS-trekanten som ramme i dag.",
]
SPAR_PRES = [
    "{sb} fremlagde sagen om {c}, {c:age}, som bor hos {m} i {TOWN}.",
    "{c} er underrettet to gange på fem måneder; den seneste underretning kom fra skolen i uge {UGE}.",
    "Familien har haft en § 32-indsats med familiebehandling siden {DATE}.",
    "Genogrammet viser, at {m} har tre børn med to forskellige fædre, og at {f} ikke har fast bopæl.",
    "{SCHOOL}Tidslinjen viser, at fraværet steg markant efter skilsmissen i {SINCE}.",
    "I ICS-trekanten er bekymringen størst under trygt omsorgsmiljø og sundhedsforhold.",
    "{c:gen} skolegang er præget af meget fravær, {PCT} i indeværende skoleår.",
    "{sb} har haft sagen i fire måneder og overtog den fra en kollega, der er stoppet.",
    "Den børnefaglige undersøgelse efter § 20 er i gang og skal være færdig {DATE}.",
    "{m} har givet samtykke til, at vi indhenter oplysninger fra egen læge og PPR.",
    "Der har ikke været foranstaltninger før, men familien var kendt af sundhedsplejen.",
    "{c} har en storebror, der bor på et opholdssted i Jylland.",
    "{f} har samvær hver anden weekend, men det er aflyst {N} gange siden sommerferien.",
    "Skolen beskriver {c} som stille og meget pligtopfyldende.",
    "{sb} er bekymret for, om {m} kan rumme {c:gen} behov, når familiebehandlingen slutter.",
    "Sagen blev fremlagt én gang før, i november, hvor fokus var på samarbejdet med {f}.",
    "{c} og {c2} deler værelse, og der er meget uro om aftenen.",
    "Mor og bonusfar har været sammen i et år; {sf} er ny i billedet, og vi ved meget lidt om ham.",
    "Undersøgelsen er forsinket, fordi vi venter på en udtalelse fra børne- og ungdomspsykiatrien.",
    "Sagsejer har selv tegnet tidslinjen på tavlen, med pile for hver flytning.",
    "{AGE6}{c} har boet fire forskellige steder, siden {c:han} var tre.",
    "{sb} fik sagen overdraget fra team {TEAM} for to uger siden og har kun mødt familien én gang.",
    "Der er et verserende forløb i Familieretshuset om bopæl.",
    "Mor har selv været i kontakt med kommunen som barn, og det præger samarbejdet.",
    "Der er to underretninger fra naboer om larm om natten.",
    "{c} har skiftet skole to gange på et år.",
    "{m} arbejder på skiftehold, og {c} er meget alene om aftenen.",
    "Far har en dom for vold fra {YEAR}; han har ikke samvær under tilsyn.",
    "Vi har holdt ét netværksmøde, hvor kun mormor mødte op.",
    "Mormor{gm:parenfull} er den eneste i netværket, {c} selv nævner.",
    "Moster{a1:paren} bor i udlandet, men ringer ofte – nummer {a1:tlf}.",
    "{c:gen} halvsøskende ({c2}, {c2:aar} år) bor hos sin far.",
    # PII (planted only)
    "Barnet: {c:full}, cpr {c:cpr}.",
    "{c} er født {c:dob} og går i {c:klasse}.",
    "{m} er netop flyttet til {m:adr1}.",
    "{gm:title} kan kontaktes på {gm:tlf}, hvis {m} ikke tager telefonen.",
    "{sb} har fået {f:gen} nye mail, {f:mail}, så han også får indkaldelsen.",
    "Familien bor på {m:street} i et rækkehus med en lille have.",
    "{c2:full} ({c2:dobp}) bor hos {f}.",
    "Tlf. til {m}: {m:tlf}.",
    "{c:first} ({c:dobp}) er yngst af tre.",
    "Skolen har ringet fra {lr:tlf} – det er {lr:gen} direkte nummer.",
    "Bopæl: {m:adr1}.",
    "Cpr. på {c2}: {c2:cpr}.",
    "{m:full} ({m:cpr}) har fælles forældremyndighed med {f}.",
    "Mor foretrækker mail: {m:mail}.",
    "{c:full} – født {c:dob} – er ældst og passer ofte til {c2}.",
    "Far har oplyst {f:postbox} som postadresse.",
]
SPAR_WISH = [
    "hvordan jeg får {c:gen} egen stemme tydeligere frem i undersøgelsen.",
    "om vi skal gå fra afdækning til børnefaglig undersøgelse.",
    "hvordan vi håndterer, at mor og far giver helt forskellige billeder af weekenderne.",
    "om sikkerhedsplanen er konkret nok til sommerferien.",
    "hvordan jeg forbereder en partshøring, der ikke puster til konflikten.",
    "om det er tid til at drøfte anbringelse, eller om vi skal prøve mere i hjemmet.",
    "hvordan netværket kan bruges, når mormor selv er syg.",
    "timingen af næste samtale med {c}, nu hvor {c:han} taler om at flytte til {f}.",
    "hvordan jeg skriver en vurdering, der er ærlig og samtidig til at læse for {m}.",
    "om vi overser noget i sundhedsforholdene.",
    "samarbejdet med skolen, som ikke svarer på mails.",
    "hvor længe vi kan vente på PPR's udredning.",
    "mine egne reaktioner – jeg er blevet meget irriteret på {f}, og det er ikke godt.",
    "om vi skal lave en ny screening efter den seneste underretning.",
]
SPAR_Q = [
    "Spm.: Hvem i netværket har {c} selv nævnt? Svar: mormor og en træner fra håndbold.",
    "Spm.: Er der tolk på møderne? Svar: ja, telefontolk på {LANG}.",
    "Spm.: Ved vi, hvor {f} bor nu? Svar: nej, kun at han bor hos venner.",
    "Spm.: Hvornår var der sidst samtale med barnet? Svar: for ca. seks uger siden, hjemme hos mor.",
    "Spm.: Hvad siger sundhedsplejen? Svar: ikke indhentet endnu.",
    "Spm.: Hvad tænker {m} selv er problemet? Svar: at skolen ikke forstår {c}.",
    "Spm.: Er der politisager? Svar: én anmeldelse om vold fra {YEAR}, henlagt.",
    "Spm.: Har {c} en diagnose? Svar: {DIAG}, behandles med {MED}.",
    "Spm.: Hvem har forældremyndigheden? Svar: fælles.",
    "Spm.: Hvor mange timer familiebehandling er bevilget? Svar: 4 t. ugentligt.",
    "Spm.: Har du talt med den tidligere sagsbehandler? Svar: ja, kort, på Teams.",
    "Spm.: Hvad laver {c} i fritiden? Svar: gik til {CLUB}, men er stoppet.",
    "- Hvor sover {c}, når {c:han} er hos {f}? (på sofaen)",
    "- Er der andre børn i husstanden? (ja, {c2}, og bonusfars datter hver anden weekend)",
    "- Hvordan er økonomien? (stram, mor er på kontanthjælp)",
    "- Kender skolen til samværsordningen? (nej, ikke i detaljer)",
]
SPAR_REFL = [
    "Teamet undrede sig over, hvor lidt vi ved om {f}.",
    "En kollega lagde mærke til, at {c:gen} egne ord næsten ikke fyldte i fremlæggelsen.",
    "Flere hæftede sig ved, at {m} faktisk har holdt alle aftaler de sidste to måneder.",
    "Det blev nævnt, at skolens underretninger er meget ens og måske siger mere om skolen end om barnet.",
    "Der var en drøftelse af, om vi risikerer at vente for længe på PPR.",
    "{col1} tænkte højt om, hvorvidt mormor reelt kan være en del af sikkerhedsplanen.",
    "Nogen savnede en tidslinje for mors psykiske helbred.",
    "Teamet talte om risikoen for, at {c} bliver budbringer mellem forældrene.",
    "Der var bred enighed om, at sundhedsforholdene er underbelyst.",
    "{col2} spurgte sig selv, hvordan det mon er for {c} at have haft fire sagsbehandlere på to år.",
    "Vi gled et par gange over i løsninger og blev bremset af {fk}.",
    "En kollega foreslog at se på, hvad der virker i de uger, hvor fraværet er lavt.",
    "Sproget i notaterne blev drøftet: ord som 'manipulerende' om mor bør vi undgå.",
    "Teamet var i tvivl om, hvorvidt {f} er blevet partshørt korrekt.",
    "Nogen pegede på, at søskendeperspektivet mangler helt.",
    "Det blev sagt, at sagen måske er blevet for tung for én rådgiver.",
    "{col3} var optaget af, at {c} aldrig selv har været med til et møde.",
    "Refleksion: hvad ville der ske, hvis vi ikke gjorde noget de næste tre måneder?",
    "Der blev talt om, at familiens tillid til kommunen er lav efter den tidligere sag.",
    "Flere mente, at bekymringen er berettiget, men at beskrivelsen af den er for vag.",
    "Der blev spurgt, om vi har talt nok med {c} om, hvad {c:han} selv tror, der skal til.",
    "En kollega mindede om, at mor også har ret til at være uenig.",
    "Teamet hæftede sig ved, at skolen og familiebehandleren beskriver to forskellige børn.",
    "Det blev foreslået at se på sagen med ICS-trekanten igen, især forældrekompetencerne.",
    "Der var en bekymring for, at sagen er gået i stå, mens vi venter på andre.",
    "Nogen spurgte, hvad der skulle til, for at vi kunne lukke sagen.",
]
SPAR_SVAR = [
    "{sb} svarede, at især pointen om fars manglende stemme ramte.",
    "Sagsejer genkendte billedet af skolen og tager det op på næste netværksmøde.",
    "{sb} var ikke enig i, at mormor ikke kan bruges, men vil undersøge det nærmere.",
    "Sagsejer tager refleksionerne om sprog med ind i undersøgelsen.",
    "{sb} fik øje på, at {c} faktisk er den, der bærer mest i familien.",
    "Sagsejer sagde tak og indrømmede, at sagen har fyldt meget derhjemme om aftenen.",
]
SPAR_NEXT = [
    "- {sb} indkalder til netværksmøde inden uge {UGE}.",
    "- Samtale med {c} på skolen, gerne {WDATE}.",
    "- {col1} sender skabelonen til sikkerhedsplan.",
    "- Partshøring af {f} senest {DATE}.",
    "- Henvendelse til PPR om status på udredningen.",
    "- Sagen tages op igen om fire uger, {DATE}.",
    "- Undersøge muligheden for aflastning hos mormor.",
    "- {tl} kontaktes om bevilling af 10 timer ekstra familiebehandling.",
    "- Notat om mødet lægges på sagen (sagsnr. {SAGSNR}).",
    "- Tolk bestilles til mødet med {m}.",
    "- {sb} beder skolen om konkrete eksempler i stedet for generelle beskrivelser.",
    "- Genogrammet opdateres med {f:gen} side af familien.",
    "- Ansvar: {sb:ini}. Frist: {DATE}.",
    "- {fk} tjekker fristen efter § 20, stk. 3.",
    # PII
    "- Ring til mormor på {gm:tlf} ang. weekenderne.",
    "- Indkaldelse sendes til {f:mail} og med brev til {f:adr1}.",
    "- Tjek cpr på {c2} ({c2:cpr}) – står forkert i systemet.",
    "- Send referat til {m:mail}.",
]
SPAR_END = [
    "princip til vidensbanken – ved skift af sagsbehandler holdes altid en overleveringssamtale med barnet.",
    "når en skole underretter flere gange med samme indhold, ringer vi skolen op og beder om konkrete eksempler.",
    "{fk} lukkede punktet; ingen principper denne gang.",
    "forslag til princip: sikkerhedsplaner skal have netværkets navne og telefonnumre – men de skal ikke stå i referatet.",
    "vi tager temaet 'fædre i undersøgelser' op på næste temadag.",
    "god sparring, sagsejer gik derfra med to konkrete spor.",
]


def g_sparring(ctx, target):
    r = ctx.rng
    S = ctx.size
    head = [ctx.t('sp_title', SPAR_TITLE)]
    if ctx.mode == 'planted':
        ctx.force('fk', 'sb', 'col1', 'col2', 'col3', 'col4')
        head.append(ctx.t('sp_part', SPAR_PART))
    elif S != 'S' or r.random() < 0.5:
        head.append(ctx.t('sp_partc', SPAR_PART_CLEAN))
    hdr = r.choice([
        ["1. Rammesætning ({fk:ini})", "2. Sagsfremlæggelse ({sb:ini})",
         "3. Opklarende spørgsmål", "4. Refleksionsrunde",
         "5. Sagsejers respons", "6. Idéer og næste skridt"],
        ["Ramme:", "Sagen:", "Opklarende:", "Refleksion:", "Respons:",
         "Næste skridt:"],
        ["**Rammesætning**", "**Fremlæggelse**", "**Opklarende spm.**",
         "**Refleksionsrunde** (sagsejer lytter)", "**Svar fra sagsejer**",
         "**Hvem gør hvad hvornår**"],
        ["RAMME", "FREMLÆGGELSE v/ {sb:first}", "SPØRGSMÅL", "REFLEKSION",
         "SAGSEJER", "AFTALER"],
    ])
    hdr = [ctx.render(h) for h in hdr]
    small = S == 'S'
    secs = [
        Sec(hdr[0], item(ctx, 'sp_ramme', SPAR_RAMME), 'prose', 0,
            1 if small else 2, 0.6),
        Sec(hdr[1], mixed(ctx, 'sp_pres', SPAR_PRES, 0.35, 0.12), 'prose',
            1 if small else 2, 7, 2.0),
        Sec("Ønsker sparring på:", item(ctx, 'sp_wish', SPAR_WISH), 'inline',
            0 if small else 1, 1, 1.0),
        Sec(hdr[2], item(ctx, 'sp_q', SPAR_Q), 'lines', 0, 4, 1.0),
        Sec(hdr[3], lambda: (obs_any(ctx) if r.random() < 0.15 else
                             ctx.t('sp_refl', SPAR_REFL)), 'prose', 0, 6, 1.6),
        Sec(hdr[4], item(ctx, 'sp_svar', SPAR_SVAR), 'prose', 0, 2, 0.5),
        Sec(hdr[5], mixed(ctx, 'sp_next', SPAR_NEXT, 0.2, 0.0, look_prefix='- '), 'lines',
            1, 5, 1.2),
        Sec("Afslutning:", item(ctx, 'sp_end', SPAR_END), 'inline', 0, 1, 0.4),
    ]
    return build(ctx, target, head, secs, sep=r.choice(['\n\n', '\n']))

# ===========================================================================
# GENRE: principle entry draft (Markdown) for the knowledge base
# ===========================================================================
PRIN_TOPICS = [
    ("Samtale med barnet ved skift af sagsbehandler",
     ["Når en sag skifter hænder, holder den nye sagsbehandler en samtale med barnet inden for 14 dage.",
      "Den tidligere sagsbehandler deltager, hvis barnet ønsker det.",
      "Barnets egne ord om skiftet noteres i journalen."]),
    ("Underretninger om vold vurderes samme dag",
     ["Alle underretninger, der nævner vold, læses af en faglig koordinator inden kl. 15 samme dag.",
      "Vurderingen efter 24 timer dokumenteres, også når konklusionen er 'ingen akut fare'.",
      "Der tages altid stilling til, om der skal ske en samtale med barnet uden forældrenes samtykke."]),
    ("Samvær under anbringelse i weekender",
     ["Samvær planlægges sammen med plejefamilien, ikke hen over hovedet på den.",
      "Aflyste samvær registreres med årsag.",
      "Barnets reaktioner efter samvær drøftes på hvert opfølgningsmøde."]),
    ("Partshøring af børn fra 10 år",
     ["Børn over 10 år partshøres mundtligt, og samtalen tilpasses alder og modenhed.",
      "Partshøringen må aldrig stå alene som barnets eneste inddragelse.",
      "Vi skriver kort og forståeligt til barnet, hvad der er besluttet."]),
    ("Netværksmøde før § 32-indsats",
     ["Før en støttende indsats bevilges, afholdes som udgangspunkt et netværksmøde.",
      "Familien inviterer selv de personer, de ønsker med.",
      "Netværkets opgaver skrives ind i barnets plan med navn på funktion, ikke person."]),
    ("Dokumentation af samtaler efter § 5",
     ["Referatet skrives inden for tre arbejdsdage.",
      "Barnets egne udsagn gengives i anførselstegn, så vidt muligt ordret.",
      "Vi noterer, hvor samtalen foregik, og hvem der var til stede."]),
    ("Sikkerhedsplan i ferieperioder",
     ["Sikkerhedsplanen gennemgås med familien senest to uger før en ferie.",
      "Mindst to netværkspersoner skal have en konkret opgave i ferien.",
      "Planen indeholder et nummer, barnet selv kan ringe til."]),
    ("Deling af oplysninger med skolen",
     ["Oplysninger deles kun, når det er nødvendigt for barnets trivsel i skolen.",
      "Forældrene orienteres, før vi deler, medmindre det kan skade barnet.",
      "Vi skriver til skolen via sikker mail og aldrig med fulde navne i emnefeltet."]),
    ("Brug af tolk i børnesager",
     ["Børn bruges aldrig som tolk for deres forældre.",
      "Vi bestiller fremmødetolk til vigtige møder og telefontolk til korte afklaringer.",
      "Tolkens sprog og dialekt noteres i journalen."]),
    ("Ledelsestilsyn på sager med anbringelse",
     ["Alle sager med § 46-anbringelse gennemgås mindst én gang årligt i ledelsestilsyn.",
      "Teamlederen giver skriftlig tilbagemelding inden for en uge.",
      "Fund, der går igen, tages op på næste temadag."]),
    ("Når forældre optager møder",
     ["Forældre må gerne optage møder; vi beder dem sige det ved mødestart.",
      "Vi skriver stadig vores eget referat.",
      "Medarbejdere, der føler sig utrygge ved optagelse, kan få en kollega med."]),
    ("Søskende i samme plejefamilie",
     ["Søskende anbringes som udgangspunkt sammen.",
      "Hvis det ikke kan lade sig gøre, begrundes det skriftligt.",
      "Søskendesamvær planlægges fra første dag."]),
    ("Unge der ikke vil deltage i møder",
     ["Vi tilbyder altid den unge et alternativ: en gåtur, en sms-samtale eller et møde uden forældre.",
      "Den unges fravalg noteres sammen med vores forsøg.",
      "Bisidder tilbydes aktivt, jf. barnets lov § 6."]),
    ("Genogram ved første fremlæggelse",
     ["Sager, der fremlægges til sparring første gang, har et genogram med tre generationer.",
      "Genogrammet må ikke indeholde cpr-numre eller adresser.",
      "Brug rollebetegnelser (Mor, Far, Barn A) i genogrammer, der deles uden for sagen."]),
]
PRIN_META = [
    "_Udkast v0.{D} – {sb:ini}, {DATE}_",
    "Status: kladde (må ikke publiceres endnu)",
    "Forfatter: {sb:full}, team {TEAM}",
    "> Kladde – kommentarer til {sb:first} inden {DATE}",
    "*oprettet {DATE} af {sb:ini} · sidst ændret af {col1:ini}*",
    "Kategori: praksis · Målgruppe: myndighedsrådgivere",
]
PRIN_META_CLEAN = [
    "_Udkast v0.{D} – team {TEAM}, {DATE}_",
    "Status: kladde (må ikke publiceres endnu)",
    "Kategori: praksis · Målgruppe: myndighedsrådgivere",
    "> Kladde – kommentarer til den faglige koordinator inden {DATE}",
    "Ejer: Familieafdelingen, team {TEAM}",
]
PRIN_BG = [
    "Vi har flere gange oplevet, at praksis er meget forskellig fra rådgiver til rådgiver.",
    "Temaet kom op på sparringsmødet i uge {UGE}, hvor vi manglede en fælles linje.",
    "Ledelsestilsynet i efteråret viste, at kun halvdelen af sagerne levede op til det, vi selv mener er god praksis.",
    "Ankestyrelsen har i en konkret sag fra {YEAR} kritiseret manglende inddragelse af barnet.",
    "Princippet bygger på Signs of Safety og på vores lokale erfaringer.",
    "Det er ikke et lovkrav, men en aftale i teamet om, hvordan vi gør.",
    "Vi har ikke fundet en officiel skabelon, så dette er vores egen model.",
    "Udgangspunktet er barnets perspektiv, som det beskrives i ICS-trekanten.",
    "Flere nye kolleger har efterspurgt noget skriftligt at læne sig op ad.",
    "Socialtilsynet har påpeget det samme ved et tilsyn på et af de opholdssteder, vi bruger.",
    "Der er tale om et princip og ikke en instruks – der vil altid være sager, hvor man må gøre noget andet.",
    "Teksten er kort med vilje; links til metodehåndbogen kommer senere.",
]
PRIN_LAW = [
    "- {LAW}",
    "- {LAW} (se også vejledningen)",
    "- forvaltningsloven om partshøring (§ 19)",
    "- barnets lov § 5, stk. 3-4 om inddragelse af barnet",
    "- barnets lov § 91 (barnets plan)",
    "- servicelovens § 50 (før 2024)",
    "- barnets lov §§ 132-135 (underretningspligt)",
    "- persondataforordningen art. 6 og 9",
]
PRIN_EX = [
    "I sagen om {c} ({c:age}) blev der skiftet sagsbehandler tre gange på et år, og ingen nåede at tale med {c:ham}.",
    "{c} fortalte bagefter, at {c:han} troede, {c:han} havde gjort noget forkert, siden der kom en ny hele tiden.",
    "{m} oplevede, at hun skulle fortælle hele historien forfra ved hvert skift.",
    "Da vi endelig holdt en fælles samtale, var det {c}, der bad om at få {gm} med.",
    "Skolen underrettede i uge {UGE} om blå mærker på {c:gen} arm.",
    "Vurderingen blev først lavet dagen efter, fordi underretningen lå i den forkerte postkasse.",
    "Plejefamilien fik at vide, at {f} kom til samvær, men han mødte ikke op, og ingen ringede.",
    "{c} sad i entréen med jakken på i halvanden time.",
    "{c:first} ville ikke deltage i mødet, men sendte en sms med sine ønsker til {sb}.",
    "I eksemplet fik {c2} besked om anbringelsen gennem en klassekammerat.",
    "{sb} brugte de tre huse, og {c} tegnede {PETNAME} i drømmehuset.",
    "{f} optog mødet på sin telefon uden at sige det, og det skabte stor uro bagefter.",
    "Samvær mellem {c} og {c2} blev ikke planlagt de første fem uger.",
    # PII (planted only)
    "Barnet i eksemplet er {c:full}, f. {c:dob}, og bor hos {m} på {m:street}.",
    "(Eksemplet er fra sagen {c:full}, cpr {c:cpr} – skal fjernes!)",
    "{m:title} kan kontaktes på {m:tlf}, hvis I vil høre hendes oplevelse.",
    "Kontakt evt. {sb} direkte: {sb:mail}.",
    "Plejefamilien ({pm:full} og {pf:full}) bor på {pm:adr1}.",
    "{AGE6}{c:full} er født {c:dob}; sagen har kørt siden {c:han} var 4.",
    "{f} ringede fra {f:tlf} midt under samværet.",
]
PRIN_OPEN = [
    "- Skal princippet også gælde i handicapsager?",
    "- Hvem har ansvaret, når sagen ligger i visitationen?",
    "- Hvor detaljeret skal eksemplet være? (jeg er i tvivl om anonymiseringen)",
    "- Skal vi have en tjekliste i stedet?",
    "- Hvordan måler vi, om vi gør det?",
    "- Bør det drøftes med MED-udvalget?",
    "- Mangler der noget om søskende?",
    "- Er fristen på 14 dage realistisk i sommerferien?",
]
PRIN_TODO = [
    "TODO: anonymisér eksemplet før publicering!!",
    "TODO {sb:ini}: fjern navne i eksemplet",
    "NB: eksemplet er ikke anonymiseret endnu – del ikke linket",
    "TODO: få {fk:first} til at læse korrektur",
]
PRIN_TODO_CLEAN = [
    "NB: eksemplet er anonymiseret (Barn A, Mor, Far).",
    "TODO: tilføj link til metodehåndbogen.",
    "TODO: korrekturlæsning ved FK.",
    "Eksemplet er konstrueret ud fra flere sager.",
]


def g_principle(ctx, target):
    r = ctx.rng
    S = ctx.size
    i, (topic, rules) = balanced_pick(r, 'pr_topic', PRIN_TOPICS)
    hx = r.choice(['# Princip: %s', '## Udkast til princip – %s',
                   '# %s', '### PRINCIP: %s', '# princip – %s (kladde)'])
    head = [hx % topic]
    if S != 'S' or r.random() < 0.5:
        head.append(ctx.t('pr_meta', PRIN_META if ctx.mode == 'planted'
                          else PRIN_META_CLEAN))
    h2 = r.choice(['## ', '### ', '**'])
    end = '**' if h2 == '**' else ''
    rules_l = list(rules)
    r.shuffle(rules_l)
    bullet = r.choice(['- ', '* ', '1. '])

    cnt = [0]

    def rule_gen():
        if rules_l:
            x = rules_l.pop()
            cnt[0] += 1
            return ('%d. ' % cnt[0] if bullet == '1. ' else bullet) + x
        raise Skip()
    ex_head = r.choice(['Eksempel', 'Eksempel fra praksis', 'Eksempel (fra en af mine sager)', 'Case'])
    secs = [
        Sec(h2 + 'Baggrund' + end, item(ctx, 'pr_bg', PRIN_BG), 'prose',
            0, 3, 1.0),
        Sec(h2 + 'Princip' + end, rule_gen, 'lines', 1, 3, 1.2),
        Sec(h2 + 'Lovgrundlag' + end, item(ctx, 'pr_law', PRIN_LAW), 'lines',
            0, 3, 0.6),
        Sec(h2 + ex_head + end, mixed(ctx, 'pr_ex', PRIN_EX, 0.45, 0.1),
            'prose', 1, 6, 1.8),
        Sec(h2 + 'Åbne spørgsmål' + end, item(ctx, 'pr_open', PRIN_OPEN),
            'lines', 0, 3, 0.6),
    ]
    tail = []
    if r.random() < 0.6:
        tail.append(ctx.t('pr_todo', PRIN_TODO if ctx.mode == 'planted'
                          else PRIN_TODO_CLEAN))
    return build(ctx, target, head, secs, tail, sep='\n\n')

# ===========================================================================
# GENRE: forwarded e-mail chain
# ===========================================================================
MAIL_SUBJ = [
    "Fravær 7.b", "Status før netværksmøde", "Underretning – haster",
    "Samvær i påsken", "Aflysning tirsdag", "Opfølgning på samtale",
    "Ang. jeres brev", "Referat fra mødet", "Kørsel til samvær",
    "Ny adresse", "Bevilling – spørgsmål", "Hjælp!!", "FYI",
    "Skolestart efter sommerferien", "Medicin", "Klage",
    "Invitation: netværksmøde", "Udtalelse til undersøgelsen",
]
MAIL_BODY_PRO = [
    "Tak for sidst og for en god snak om {c}.",
    "Jeg skriver lige, fordi {c} igen ikke er mødt i dag.",
    "Vi har aftalt, at {c} får lov at gå fra kl. 12 om fredagen, indtil videre.",
    "Kan du give en kort status inden fredag? Vi skal bruge den til netværksmødet.",
    "FYI – se nedenstående fra skolen.",
    "Jeg videresender, da jeg er på ferie fra mandag.",
    "Har I mulighed for at deltage {WDATE} {TIME}?",
    "Vi har ikke kunnet få fat i {m} i denne uge.",
    "Mødet er flyttet til lokale 1.12 pga. renovering.",
    "Jeg er usikker på, om vi må dele det her med skolen – hvad tænker du?",
    "Vedhæftet finder du udtalelsen, vi talte om.",
    "{c} har haft en rigtig god uge, og det vil jeg gerne sige højt.",
    "Der var igen uro i frikvarteret, og {c} slog en anden elev.",
    "Kan vi tage det på Teams i stedet? Jeg er booket hele dagen.",
    "Deadline for udtalelsen er {DATE}, ellers kan vi ikke nå det til udvalget.",
    "Just a heads up: PPR har meldt afbud.",
    "Jeg har talt med {f} i telefonen, og han er ikke enig i beskrivelsen.",
    "Bevillingen er nu godkendt af {tl}.",
    "Bemærk at {c} ikke må hentes af andre end mor og mormor.",
    "Jeg har ringet to gange uden svar og lagt en besked.",
    "Skal vi booke en tolk, eller klarer vi det på engelsk?",
    "Husk at det her skal journaliseres på sagen.",
    "Kan du bekræfte modtagelsen?",
    "Tusind tak for hurtigt svar.",
    "Jeg er lidt bekymret efter gårsdagens episode.",
    "Der er ikke nogen hast, men jeg vil gerne have det på plads inden ferien.",
    "Jeg har vedhæftet referatet i en krypteret fil.",
    "Mødet i går gik godt; familien var rolig og bidrog godt.",
    "Kan vi aftale, hvem der tager kontakt til far?",
    "Vi har fået en ny underretning, som jeg gerne vil drøfte med dig.",
    "Skolen har ikke hørt fra mor i to uger.",
    "Jeg er tilbage mandag og svarer på resten der.",
    "Har du mulighed for at deltage på Teams i stedet for fysisk?",
    "Hermed den lovede status til brug for opfølgningen.",
    "Jeg synes ikke, det er en god idé at tage det op på forældremødet.",
    "Kan du se, om der ligger en samtykkeerklæring på sagen?",
    "Kontaktpersonen{kp:parenfull} er orienteret.",
    "Mor{m:paren} har givet lov til, at jeg skriver til dig.",
    "Mosteren bor i udlandet ({a1:adr1}) og kan ikke deltage fysisk.",
    # PII
    "Mor har fået nyt nummer: {m:tlf}.",
    "Familien er flyttet til {m:adr1} – kan du rette det i jeres system?",
    "Jeg har skrevet til {f} på {f:mail}, men det er kommet retur.",
    "Elev: {c:full}, {c:cpr}.",
    "Det gælder {c:full} (f. {c:dob}) i {c:kl}.",
    "{gm:title} tilbyder at hente {c} om onsdagen; hun har nummer {gm:tlf}.",
    "{c2} bor hos {f} på {f:street}.",
    "Ring gerne direkte på {lr:tlf} mellem 8 og 9.",
    "Cpr-nr. på {c2}: {c2:cpr}.",
    "Det drejer sig om {c:first}, {c:cpr}.",
    "Mor har bedt om at få kopi på {m:mail}.",
    "Far kan skrives til på {f:mail} – han læser ikke e-Boks.",
    "Posten til mor skal gå til {m:postbox}, da adressen er beskyttet.",
]
MAIL_BODY_PARENT = [
    "jeg forstår ikke hvorfor i ikke bare ringer til mig",
    "{c} har ondt i maven og bliver hjemme i dag",
    "det passer ikke det skolen skriver",
    "kan mødet flyttes jeg har arbejde til kl 15",
    "jeg vil gerne have en kopi af alle papirer",
    "hvem har sagt at far må hente",
    "tak for i går det var rart at blive lyttet til",
    "{c} vil ikke til samvær på lørdag, hvad gør jeg",
    "jeg har snakket med min advokat",
    "min telefon er i stykker så skriv her",
    # PII
    "mit nye nummer er {m:tlf}",
    "send brevet til {m:adr1} i stedet",
    "min mail er {m:mail} hvis i skal sende noget",
]
MAIL_GREET = ["Hej {X},", "Kære {X}", "Hej {X}!", "Hej", "Hej igen,",
              "Kære alle", "Dear {X},", "{X} –", "Hej {X}"]
MAIL_SIGN = [
    "Mvh\n{S:first}",
    "Venlig hilsen\n{S:full}\n{ROLE}\nTlf. {S:tlf}",
    "Med venlig hilsen\n\n{S:full}\n{ROLE}, {ORG}\nDirekte: {S:tlf} · Mail: {S:mail}",
    "/{S:ini}",
    "Best regards\n{S:full}",
    "Hilsen {S:first}\nSendt fra min iPhone",
    "mvh {S:ini}, {ORG}",
]
MAIL_SIGN_CLEAN = [
    "Mvh\nRådgiver, Børn og Familie",
    "Venlig hilsen\n{ROLE}\n{ORG}\nOmstilling: 72 36 00 00",
    "Med venlig hilsen\nSkolens kontor\n(sikker mail: brug Digital Post)",
    "Sendt fra min iPhone",
    "mvh\n{ROLE}, team {TEAM}",
    "Hilsen\nFamilieafdelingen – telefontid man-tors kl. 9-12",
]
ROLES_TXT = {'sb': ('Socialrådgiver', 'Familieafdelingen'),
             'lr': ('Klasselærer', 'skolen'),
             'tl': ('Teamleder', 'Børn og Familie'),
             'ps': ('Psykolog', 'PPR'),
             'pd': ('Pædagog', 'SFO'),
             'kp': ('Kontaktperson', 'Ungeteamet'),
             'dr': ('Praktiserende læge', 'Lægehuset'),
             'pm': ('Plejemor', 'plejefamilien'),
             'fk': ('Faglig koordinator', 'Familieafdelingen'),
             'col1': ('Rådgiver', 'Familieafdelingen'),
             'col2': ('Rådgiver', 'Familieafdelingen'),
             'adv': ('Advokat', 'partsrepræsentant'),
             'm': ('Mor', '')}


def _mail_header(ctx, frm, to, cc, subj, quoted=False):
    r = ctx.rng
    d = rand_date(r)
    hh = '%02d:%02d' % (r.randint(7, 21), r.randint(0, 59))
    style = r.randint(0, 3)
    if style == 0:
        sent = '%d. %s %d %s' % (d.day, MONTHS[d.month - 1], d.year, hh)
    elif style == 1:
        sent = '%s %d. %s %d %s' % (WEEKDAYS[d.weekday()], d.day,
                                    MONTHS[d.month - 1], d.year, hh)
    elif style == 2:
        sent = '%02d-%02d-%d %s' % (d.day, d.month, d.year, hh)
    else:
        sent = d.strftime('%d/%m/%Y ') + hh
    lines = []
    planted = ctx.mode == 'planted'
    for lab, key in (('Fra', frm), ('Til', to), ('Cc', cc)):
        if key is None:
            continue
        if planted and ctx.is_named(key):
            v = r.choice(['{%s:full} <{%s:mail}>', '{%s:full}', '{%s:mail}',
                          '"{%s:rev}" <{%s:mail}>', '{%s:full} <{%s:mail}>'])
            v = v.replace('%s', key)
        else:
            role, org = ROLES_TXT.get(key, ('Forælder', ''))
            v = role + (' (' + org + ')' if org else '')
            if planted and r.random() < 0.4:
                v += ' <{%s:mail}>' % key
        lines.append(lab + ': ' + ctx.render(v))
        if lab == 'Fra':
            lines.append('Sendt: ' + sent)
    lines.append('Emne: ' + subj)
    return lines


def _parent_line(ctx, gen):
    def g():
        x = gen()
        if x and x[-1] not in '.!?':
            x += ctx.rng.choice(['.', '.', '!!', '?', '', ' :(', '...'])
        return x
    return g


def g_email(ctx, target):
    r = ctx.rng
    S = ctx.size
    frm, to = r.choice([('sb', 'lr'), ('lr', 'sb'), ('sb', 'tl'),
                        ('ps', 'sb'), ('sb', 'pm'), ('pm', 'sb'),
                        ('kp', 'sb'), ('sb', 'dr'), ('pd', 'sb'),
                        ('sb', 'm'), ('m', 'sb')])
    fwd_to = r.choice(['fk', 'tl', 'col1', 'adv', 'lr'])
    if fwd_to == frm:
        fwd_to = 'col2'
    subj = r.choice(MAIL_SUBJ)
    pre = r.choice(['VS: ', 'Fw: ', 'VS: SV: ', 'SV: VS: SV: ', 'FW: RE: '])
    if S != 'S':
        cc = r.choice([None, None, 'col2', 'tl'])
        if cc in (frm, fwd_to):
            cc = None
        head = _mail_header(ctx, frm, fwd_to, cc, pre + subj)
    else:
        head = ['Emne: ' + pre + subj]

    def greet(key):
        g = r.choice(MAIL_GREET)
        if '{X}' in g and not ctx.is_named(key):
            g = r.choice(['Hej,', 'Hej', 'Kære kollega', 'Hej alle',
                          'Hej igen', 'Goddag'])
        if '{X}' in g:
            g = g.replace('{X}', '{%s:first}' % key)
        return ctx.render(g)

    def sign(key):
        if key == 'm':
            return ctx.render(r.choice(['{m:first}', 'mvh {m:first}',
                                        'hilsen {m}', '{m:full}', '']))
        if ctx.mode == 'planted' and ctx.is_named(key):
            s = r.choice(MAIL_SIGN).replace('{S:', '{%s:' % key)
        else:
            s = r.choice(MAIL_SIGN_CLEAN)
        role, org = ROLES_TXT.get(key, ('Rådgiver', 'Familieafdelingen'))
        s = s.replace('{ROLE}', role).replace('{ORG}', org)
        return ctx.render(s)

    def body_gen(who):
        if who == 'm':
            return _parent_line(ctx, mixed(ctx, 'ml_par', MAIL_BODY_PARENT,
                                           0.35, 0.0))
        return mixed(ctx, 'ml_body', MAIL_BODY_PRO, 0.3, 0.1)

    g1 = greet(fwd_to)
    body1 = Sec(None, body_gen(frm), 'prose', 1, 4 if S == 'S' else 9, 2.0)
    s1 = sign(frm)
    qhead = _mail_header(ctx, to, frm, None, 'SV: ' + subj) if S != 'S' else []
    qg = greet(frm)
    qbody = Sec(None, body_gen(to), 'prose', 1, 8, 1.4)
    qsig = sign(to)
    r_hdr = r.choice(['-----Oprindelig meddelelse-----',
                      '---------- Videresendt besked ----------',
                      '________________________________',
                      'Den %d. %s skrev %s:' % (r.randint(1, 28),
                                                r.choice(MONTHS),
                                                r.choice(['du', 'hun',
                                                          'han'])),
                      ''])

    def render():
        parts = []
        if head:
            parts.append('\n'.join(head))
        parts.append(g1 + '\n\n' + ' '.join(body1.items))
        if s1:
            parts.append(s1)
        q = list(qhead)
        if q:
            q.append('')
        q.append(qg)
        q.append(' '.join(qbody.items))
        if qsig:
            q.append(qsig)
        qt = '\n'.join('> ' + ln if ln else '>' for ln in
                       '\n'.join(q).split('\n'))
        parts.append((r_hdr + '\n' if r_hdr else '') + qt)
        return '\n\n'.join(parts)

    body1.add()
    qbody.add()
    guard = 0
    while wc(render()) < target and guard < 20:
        guard += 1
        if r.random() < 0.55 and len(body1.items) < body1.mx:
            body1.add()
        elif len(qbody.items) < qbody.mx:
            qbody.add()
        elif len(body1.items) < body1.mx:
            body1.add()
        else:
            break
    return render()

# ===========================================================================
# GENRE: SMS / Aula / Teams chat logs
# ===========================================================================
CH_PAR = [
    "hej er det dig der har {c} nu",
    "{c} er syg i dag så vi kommer ikke",
    "kan vi rykke mødet til kl 14? har tandlæge",
    "jeg har ikke fået noget brev??",
    "hvorfor ringede skolen til jer og ikke til mig",
    "ok tak",
    "vi er der om 10 min, bussen er forsinket",
    "{c} har ikke sovet hele natten, hun/han er helt smadret".replace('hun/han', '{c:han}'),
    "det er far der skal hente i dag ikke mig",
    "må {c} tage {PETNAME} med til samvær?",
    "jeg gider ikke det møde hvis {f} kommer",
    "undskyld jeg ikke tog den, var på arbejde",
    "tak for i dag. det var godt",
    "hvad betyder en børnefaglig undersøgelse helt præcist",
    "{c2} har feber, så jeg bliver hjemme med begge",
    "kan i hjælpe med en cykel til {c}? den gamle er stjålet",
    "jeg har fået job!!! starter mandag",
    "skolen siger {c} har pjækket men det passer ikke",
    "vi har været i {SHOP} og købt vinterstøvler",
    "kan du ringe når du har tid",
    "jeg er så træt af det her",
    "ja det er fint",
    "👍",
    "er der nogen der kan køre os til mødet i {TOWN}",
    # PII
    "mit nye nr er {m:tlf} gem det",
    "vi bor på {m:street} nu, fik nøglerne i går",
    "send det til {m:mail} jeg kan ikke åbne e-boks",
    "{gm:gen} nummer er {gm:tlf} hvis i ikke kan få fat i mig",
    "{c:gen} cpr er {c:cpr} hvis I skal bruge det til lægen",
]
CH_PRO = [
    "Hej, det er {sb:first} fra Familieafdelingen. Må jeg ringe i morgen formiddag?",
    "Påmindelse: møde {WDATE} {TIME} på rådhuset.",
    "Tak for i dag. Jeg sender referatet i Digital Post.",
    "Det er helt i orden. Vi finder en ny tid.",
    "Jeg har talt med skolen. De ringer til dig i eftermiddag.",
    "Husk at tage {c:gen} sundhedskort med til lægen.",
    "Jeg er syg i dag – min kollega tager telefonen.",
    "Kan du bekræfte, at du har fået brevet?",
    "Godt at høre! Tillykke med jobbet 😊",
    "Jeg prøvede at ringe. Skriv gerne, hvornår det passer.",
    "Mødet er aflyst pga. sygdom. Jeg vender tilbage med ny dato.",
    "Det er fint, hvis {c} tager {PETNAME} med.",
    "En børnefaglig undersøgelse er der, hvor vi sammen finder ud af, hvad {c} har brug for. Jeg forklarer mere på torsdag.",
    "Cyklen kan vi måske søge om. Jeg undersøger det.",
    "Jeg kan desværre ikke køre jer, men I kan få kørsel refunderet.",
    "Ok, jeg noterer det.",
    "Vi ses i morgen kl. 9.",
    "Tolken er bestilt.",
    # PII
    "Mit direkte nummer er {sb:tlf}, hvis omstillingen driller.",
    "Skriv til {sb:mail} – den læser jeg hver dag.",
]
CH_TEEN = [
    "hvornår kommer du",
    "jeg gider ikk skole i dag",
    "kan vi mødes ved {SHOP} i stedet",
    "min mor har taget min telefon igen",
    "fik 10 i matematik!!!",
    "ved ik om jeg kan komme",
    "det var fedt at gå tur i går",
    "må jeg sove hos {ven} i weekenden",
    "{ven} siger du har snakket med hans mor??",
    "jeg er på {SOCIAL} hvis du vil skrive der",
    "lol nej",
    "ok",
    "er på vej",
    "skal jeg have noget med",
    "jeg har det ikk godt idag",
    "sry glemte det",
    # PII
    "jeg bor hos {gm} nu på {gm:street}",
    "skriv til mit nye nr {c:tlf}",
]
CH_LR = [
    "Hej. {c} var ikke i skole i dag, og vi har ikke fået besked.",
    "Husk idrætstøj i morgen.",
    "{c} havde en rigtig god dag i dag 😊",
    "Vi har haft en snak med {c} om det, der skete i frikvarteret.",
    "Forældresamtalen er {WDATE} {TIME}.",
    "Tak for beskeden, og god bedring.",
    "{c} har glemt madpakke igen – vi har fundet noget i køkkenet.",
    "Der er lus i klassen. Tjek venligst håret i weekenden.",
    "Ugeplanen ligger på Aula under 'Opslag'.",
    "Ring gerne til skolens kontor, hvis det er nemmere.",
    "{c} var ked af det efter 3. lektion, men faldt til ro.",
    # PII
    "Ring gerne på mit arbejdsnr. {lr:tlf} efter kl. 14.",
    "{c} ({c:kl}) mangler stadig underskrift på turen.",
]
CH_KP = [
    "Hej {c:first}, vi ses kl. 15 ved stationen?",
    "Super! Tillykke med karakteren 🎉",
    "Det er ok. Vil du ringe, eller skal vi skrive?",
    "Husk tandlæge i morgen kl. 8.30.",
    "Jeg henter dig ved skolen, så går vi en tur.",
    "Det må du spørge din mor om, men jeg synes, det lyder hyggeligt.",
    "Jeg har ikke talt med nogen om det, du sagde i tirsdags.",
    "Skal vi tage en snak om det i morgen?",
    "Fint, så ses vi på onsdag i stedet.",
    "Har du spist noget i dag?",
    "Jeg er der om 5 min.",
]
CH_COL = [
    "Har du set underretningen på {c} fra i går?",
    "Ja – jeg ringer til skolen efter frokost.",
    "Kan du tage {WDATE}? Jeg har kursus.",
    "Mor har ringet tre gange i dag 🙈",
    "Må jeg låne dig til sparring 10 min?",
    "PPR vil gerne have et møde i uge {UGE}.",
    "Jeg har lagt notatet på sagen, dok. {DOKNR}.",
    "Husk at fristen på undersøgelsen er {DATE}.",
    "Kan du dække min telefon kl. 12-13?",
    "Far er dukket op på kontoret igen, han vil tale med dig.",
    "Jeg tager den. Sender et referat bagefter.",
    "ok, tak!",
    "Kan vi tage den på teammødet i stedet?",
    "Har plejefamilien sagt ja til weekenden?",
    "Bevillingen ligger til godkendelse hos {tl}.",
    "Skal vi ikke lave en ny screening?",
    # PII
    "Mors nummer er {m:tlf}, det andet er lukket.",
    "{c:full} – cpr {c:cpr} – den er journaliseret forkert, kan du flytte den?",
    "Far bor nu på {f:adr1}, så han hører under os.",
    "{c} er født {c:dob}, ikke 2014 som der står i brevet.",
    "Mor har skrevet fra {m:mail} – er det den, vi skal bruge?",
    "Cpr på lillebror er {c2:cpr}, den manglede i underretningen.",
]
CH_PM = [
    "Hej, bare lige en opdatering: {c} sov hele natten 🙂",
    "{c} kom meget ked hjem fra samvær. Ringer i morgen.",
    "Skolen ringede, {c} havde slået en dreng. Vi tager en snak i aften.",
    "Kan vi få dækket tandregningen? Den var på {KRS}.",
    "Vi skal have en aflaster i efterårsferien, hvem kontakter jeg?",
    "{c} har spurgt efter {c2} hele dagen.",
    "Tak for i dag, godt møde.",
    "{c} og {PETNAME} er blevet bedste venner 🐶",
    "Vi er på vej til lægevagten med {c}, høj feber.",
    "Alt ok her. God weekend!",
    # PII
    "Mormors nr er {gm:tlf} hvis hun ringer til jer igen",
    "{f} har skrevet til {c} fra {f:tlf}. Er det ok??",
    "{c:gen} cpr til tandlægen: {c:cpr}",
    "skriv til min private mail {pm:mail}, arbejdsmailen virker ikke",
]
CHAT_HEADS = [
    "SMS-log (udskrift) {DATE}",
    "Aula-besked – tråd: {SUBJ}",
    "Teams-chat, kanal: Team {TEAM}",
    "Beskeder kopieret fra sagsbehandlertelefonen",
    "Udskrift af sms'er mellem {A} og {B}",
    "[Aula] {SUBJ}",
    "chat {DATE}",
    "Messenger-tråd vedlagt af skolen",
]
CHAT_SUBJ = ['Fravær', 'Samvær', 'Ugeplan', 'Møde', 'Aflysning', 'Syg',
             'Tur til Legoland', 'Forældresamtale', 'Madpakke', 'Lus i 2.b']


def g_chat(ctx, target):
    r = ctx.rng
    kind = r.choice(['par', 'teen', 'col', 'pm', 'par', 'aula'])
    if kind == 'teen' and ctx.child.age < 12:
        kind = 'par'
    pairs = {'par': (('m', CH_PAR, 'ch_par'), ('sb', CH_PRO, 'ch_pro')),
             'aula': (('m', CH_PAR, 'ch_par'), ('lr', CH_LR, 'ch_lr')),
             'teen': (('c', CH_TEEN, 'ch_teen'), ('kp', CH_KP, 'ch_kp')),
             'col': (('col1', CH_COL, 'ch_col'), ('sb', CH_COL, 'ch_col')),
             'pm': (('pm', CH_PM, 'ch_pm'), ('sb', CH_PRO, 'ch_pro'))}[kind]
    style = r.choice(['bracket', 'teams', 'plain', 'arrow'])
    if kind == 'col':
        style = 'teams'
    planted = ctx.mode == 'planted'
    if planted:
        ctx.force(pairs[0][0], pairs[1][0])
    low = r.random() < 0.35

    def spk(key):
        if planted and ctx.is_named(key):
            f = r.choice(['first', 'first', 'full', 'ini']) if key in (
                'sb', 'kp', 'lr', 'col1') else r.choice(['first', 'full'])
            if low and key in ('c', 'm'):
                f = 'lower'
            if key not in ctx.spk:
                ctx.spk[key] = ctx.name_text(key, ctx.person(key), f)
            return ctx.spk[key]
        lab = {'m': 'Mor', 'sb': 'Rådgiver', 'lr': 'Klasselærer',
               'c': 'Den unge' if ctx.child.age >= 13 else 'Barn A',
               'kp': 'KP', 'col1': 'Kollega', 'pm': 'Plejemor'}[key]
        return lab
    ctx.spk = {}
    A, B = pairs
    d = rand_date(r)
    minute = r.randint(7 * 60, 20 * 60)
    subj = r.choice(CHAT_SUBJ)
    h = r.choice(CHAT_HEADS)
    h = h.replace('{SUBJ}', subj).replace('{A}', '{%s:lab}' % A[0]).replace(
        '{B}', '{%s:lab}' % B[0])
    head = [ctx.render(h)] if r.random() < 0.7 else []
    lines = []
    turn = [0]

    def nxt():
        who = A if (turn[0] % 2 == 0) != (r.random() < 0.25) else B
        turn[0] += 1
        key, pool, pk = who
        msg = mixed(ctx, pk, pool, 0.3, 0.0)()
        if key in ('m', 'c') and low:
            msg = msg.lower()
        minute_add = r.choice([1, 1, 2, 3, 7, 15, 42, 95, 300])
        st['m'] = min(st['m'] + minute_add, 23 * 60 + 50)
        hh = '%02d:%02d' % divmod(st['m'], 60)
        hh2 = '%d.%02d' % divmod(st['m'], 60)
        name = spk(key)
        if style == 'bracket':
            return '[%s] %s: %s' % (hh, name, msg)
        if style == 'teams':
            return '%s  %s\n%s' % (name, hh, msg)
        if style == 'plain':
            return '%s %s: %s' % (hh2, name, msg)
        return '%s -> %s' % (name, msg)
    st = {'m': minute}
    sec = Sec(None, nxt, 'lines', 2, 30, 1.0)
    return build(ctx, target, head, [sec], sep='\n')

# ===========================================================================
# GENRE: handwritten-style notes typed up fast (telegram style)
# ===========================================================================
NOTE_HEADS = [
    "Noter hjemmebesøg {DATE} {TIME}",
    "Stikord fra netværksmøde {DATE}",
    "noter – tlf. + besøg",
    "Hjemmebesøg (uanmeldt) {WDATE}",
    "HUSK!!",
    "Noter til mig selv efter møde m/ skolen",
    "Besøg {DATE} ca. {TIME} – {sb:ini}",
    "kladde, renskrives senere",
    "Notater fra samvær {DATE}",
    "Stikord, overlevering til {col1:first}",
]
NOTE_LINES = [
    "mor træt, lejl. rodet, ca. 4 poser affald i entréen",
    "{c} hjemme fra skole ift. ondt i maven",
    "aftalt m/ {m}: hun ringer fre. inden kl. 12",
    "tlf. skolen ang. fravær – ingen svar, prøv igen man.",
    "{f} ikke til stede, skulle være på arbejde",
    "køleskab: mælk, leverpostej, lidt grønt. ok",
    "{c} viste sit værelse, stolt af nyt sengetøj m/ Pokémon",
    "bl.a. snak om sengetider – mor siger kl. 20, {c} siger 'når jeg vil'",
    "mht. samvær: far vil have hver weekend → ikke aftalt",
    "{c2} sov i barnevognen hele besøget",
    "ca. 30 min. forsinket pga. trafik",
    "rygning indendørs? lugt af røg i stuen",
    "{PET} i køkkenet, venlig",
    "obs! blå mærke på overarm, {c} siger faldet på trampolin",
    "{m}: 'jeg kan godt selv'",
    "husk partshøring inden {DATE}",
    "ring PPR ift. udredning",
    "spørg lægen om medicin ({MED})",
    "bevilling: fam.beh. 3 t/uge, forlænges?",
    "underretn. fra {AUTH} {DATE} – læst, ikke akut",
    "{c}: 'vil gerne bo hos far'",
    "{m} græd under samtalen, fik vand + pause",
    "nabo har klaget over larm (iflg. mor)",
    "ny kæreste? herrejakke i entréen, mor afviser",
    "ingen tolk – aflyst, ny tid uge {UGE}",
    "skrive notat senest tors.",
    "god kontakt, humor, mor smilede flere gange",
    "ingen mad i madpakken 2 dage i træk iflg. skolen",
    "lommepenge 50 kr/uge",
    "{c} vil til {CLUB}, kontingent {KRS} → søge?",
    "2 værelser, {c} og {c2} deler seng",
    "huslejerestance ca. 8.000 kr.",
    "snak m/ {lr} kl. 14.30: fraværet {PCT}, mest mandage",
    "far ringede under besøget, mor tog den ikke",
    "{sf} kom hjem kl. 11, sagde ikke hej",
    "{c} meget tæt på mor, sad på skødet næsten hele tiden",
    "TV kørte hele tiden, svært at tale",
    "lejl. ren og ryddelig i dag!! stor forskel",
    "mor har købt ny seng til {c} i {SHOP}",
    "{c} kaldte {sf} for 'far' 2 gange",
    "aftale: mor sender billede af madplan hver søn.",
    "næste besøg: {WDATE} {TIME}, anmeldt",
    "tjek: har mor fået brevet om mødet? (siger nej)",
    "ift. skole: {c} går i {c:kl}, ca. 600 elever, 'for mange mennesker'",
    "mormor hjælper m/ afhentning tirs+tors",
    "far: 'I hører kun på hende'",
    "ikke talt m/ {c} alene – næste gang!",
    "{c} ville vise mig {PETNAME}, fik lov at holde",
    "vask: bunke tøj i badeværelset, lugt",
    "medicin stod fremme på køkkenbordet (børnehøjde)",
    "lejl. kold, radiatorer slukket ift. regning",
    "{c} åbnede døren, mor sov kl. 11",
    "køleskab næsten tomt, ingen mælk",
    "{m} har nyt job, nattevagter → hvem passer {c2}?",
    "aftalt: næste møde m/ tolk + familiebeh.",
    "far mødte op uanmeldt midt i besøget, gik efter 10 min",
    "{c} ville ikke sige hej, gemte sig bag sofaen",
    "rodet men ok, plads til lektier ved bordet",
    "mor stolt: har betalt restance af",
    "mobil på lydløs – mor svarer ikke, derfor uanmeldt",
    "{c2} hostede meget, mor vil ringe til lægen i morgen",
    "mht. fødselsdag: {c} vil holde den hos mormor",
    "ift. sikkerhedsplan: mormor har nøgle nu",
    "ca. 5 min. alene m/ {c} på værelset – fortalte om {GAME}",
    "{c} bad om at jeg ikke fortæller mor hvad vi snakkede om → forklaret ikke muligt",
    "ingen røg i dag, vinduer åbne",
    "mor: 'skolen er imod os'",
    "hund i bur i gangen, meget gøen",
    "obs. flasker i affaldsposen",
    "tegning på køleskabet – {c} har lavet den i SFO",
    "moster i udlandet: {a1:tlf}",
    "mor{m:paren} + {c2} hjemme, {c} i skole",
    "kontaktperson{kp:parenfull} kommer tirs.",
    # PII
    "mors nye nr: {m:tlf}",
    "far bor nu {f:adr1}",
    "{c} f. {c:dob}, går i {c:kl}",
    "cpr barn: {c:cpr} (tjek i CPR)",
    "mormor: {gm:full}, tlf {gm:tlf}",
    "mail far: {f:mail}",
    "adr. {m:adr1}",
    "{c:gen} bedste ven: {ven:full}, bor på {ven:street}",
    "skolen: {lr:full}, dir. {lr:tlf}",
    "{c2:first} f. {c2:dobp}",
    "cpr mor {m:cpr}",
    "{c2:first} cpr {c2:cpr}",
    "mail mor: {m:mail}",
    "mormor bor {gm:adr1}",
    "far: f. {f:dob}",
    "{c} ({c:dobp}) + {c2} ({c2:dobp})",
]


def g_notes(ctx, target):
    r = ctx.rng
    bullet = r.choice(['- ', '- ', '* ', '• ', '', '> ', '-'])
    head = [ctx.t('nt_head', NOTE_HEADS)] if r.random() < 0.7 else []
    if r.random() < 0.3 and ctx.size != 'S':
        head.append(ctx.render(r.choice([
            'Til stede: {m}, {c}, {c2}, undertegnede',
            'Deltagere: {sb:ini}, {m}, {f} (tlf.)',
            'Tilst.: mor + {sf}',
            'Kl. 9.55-11.20'])))
    g = mixed(ctx, 'nt_line', NOTE_LINES, 0.3, 0.08)

    def line():
        x = g()
        if r.random() < 0.2 and x[:1].isalpha():
            x = x[:1].upper() + x[1:]
        return bullet + x
    sec = Sec(None, line, 'lines', 2, 40, 1.0)
    return build(ctx, target, head, [sec], sep='\n')

# ===========================================================================
# GENRE: telefonnotat
# ===========================================================================
TN_FIELDS_P = [
    "Dato: {DATE} {TIME}",
    "Opkald fra: {CALLER:full} ({ROLE})",
    "Opkald fra: {CALLER}, tlf. {CALLER:tlf}",
    "Tlf.: {CALLER:tlf}",
    "Vedr.: {c:full}, {c:cpr}",
    "Vedr.: {c:full} (f. {c:dobp})",
    "Barn: {c:rev}",
    "Notat ved: {sb:ini}",
    "Samtalens varighed: ca. {N} min.",
    "Kilde: indgående opkald via omstillingen",
    "Mail: {CALLER:mail}",
    "Post: {CALLER:postbox}",
]
TN_FIELDS_C = [
    "Dato: {DATE} {TIME}",
    "Opkald fra: {ROLE}",
    "Vedr.: Barn A ({c:age})",
    "Notat ved: sagsbehandler, team {TEAM}",
    "Samtalens varighed: ca. {N} min.",
    "Kilde: indgående opkald via omstillingen",
    "Sagsnr.: {SAGSNR}",
]
TN_BODY = {
    'm': [
        "{m} ringer og er meget vred over, at skolen har underrettet.",
        "Hun siger, at {c} ikke har fået blå mærker derhjemme, men til fodbold.",
        "Hun oplyser, at hun har fået nyt arbejde og derfor ikke kan komme til møder før kl. 15.",
        "{m} spørger, om hun kan få aktindsigt i hele sagen.",
        "Hun fortæller, at {c} har sovet dårligt, efter {f} dukkede op i weekenden.",
        "Hun vil gerne have, at mødet holdes hjemme, fordi hun ikke har penge til bus.",
        "{m} er ked af, at hun ikke blev inviteret til mødet på skolen.",
        "Hun oplyser, at hun har været hos lægen og er sygemeldt med stress.",
        "Hun spørger, hvornår familiebehandlingen starter.",
        "Hun ønsker ikke, at {f} får referatet.",
        "{m} fortæller, at {c} har været ked af det, siden {c:han} kom hjem fra samvær.",
        "Hun siger, at skolen altid ringer til hende og aldrig til far.",
        "Hun beder om en ny sagsbehandler, fordi hun ikke føler sig hørt.",
        "Hun er bekymret for, at {c} bliver mobbet, og at skolen ikke gør noget.",
        "{m} undskylder, at hun råbte sidste gang.",
        "Hun fortæller, at {sf} er flyttet ud, og at det er mere roligt nu.",
        "Hun spørger, om kommunen kan hjælpe med en større lejlighed.",
        # PII
        "Hun oplyser sit nye nummer: {m:tlf}.",
        "{m} er flyttet og bor nu på {m:adr1}.",
        "Hun beder om, at breve fremover sendes til {m:mail}.",
    ],
    'f': [
        "{f} ringer, fordi han ikke har set {c} i tre uger.",
        "Han mener, at mor saboterer samværet.",
        "Han oplyser, at han har fået en lejlighed med plads til børnene.",
        "{f} spørger, hvordan han søger om mere samvær.",
        "Han er rolig i telefonen, men meget utilfreds med kommunen.",
        "Han nævner, at han overvejer at tage en advokat.",
        "{f} vil gerne deltage i netværksmødet, men kun hvis mor ikke er der.",
        "Han fortæller, at {c} har ringet til ham og grædt.",
        "{f} fortæller, at han er startet i behandling og har været ædru i to måneder.",
        "Han spørger, hvorfor han ikke har fået indkaldelsen til mødet.",
        "Han er bekymret for, at {c} bliver passet af mors nye kæreste.",
        "Han siger, at han gerne vil tage {c} hver anden weekend, men mangler bil.",
        "Han vil gerne have referatet sendt, da han ikke kunne deltage.",
        "Han oplyser, at han flytter til {TOWN} til sommer.",
        # PII
        "Han bor nu på {f:adr1} og ønsker post dertil.",
        "Han kan træffes på {f:tlf} efter kl. 16.",
        "{f:gen} mail: {f:mail}.",
    ],
    'lr': [
        "{lr} ringer fra skolen, fordi {c} igen ikke er mødt.",
        "Skolen har ikke kunnet få kontakt til forældrene i denne uge.",
        "{lr} fortæller, at {c} i dag sagde, at {c:han} ikke vil hjem.",
        "Skolen oplever, at {c} er sulten, når {c:han} kommer om morgenen.",
        "{lr} vil høre, om skolen skal underrette skriftligt.",
        "Skolen har indkaldt til møde {WDATE} og ønsker, at kommunen deltager.",
        "{lr} nævner, at {c} har fået en god ven i klassen.",
        "Skolen har haft et møde med forældrene, hvor far gik midt i mødet.",
        "{lr} oplyser, at {c} har fået tildelt støttetimer fra næste uge.",
        "{lr} har observeret, at {c} ikke har madpakke med de fleste dage.",
        "Skolen overvejer at indstille {c} til et specialtilbud.",
        "{lr} vil gerne vide, om der er en samværsaftale, skolen skal kende til.",
        # PII
        "{lr} kan træffes på {lr:tlf} i frikvarteret kl. 10.",
        "Eleven er {c:full}, født {c:dob}.",
    ],
    'gm': [
        "{gm} ringer anonymt – men oplyser senere sit navn.",
        "Hun er bekymret for sit barnebarn og siger, at {m} drikker igen.",
        "Hun har haft {c} og {c2} i weekenden og vil gerne have dem oftere.",
        "Hun beder om, at {m} ikke får at vide, at hun har ringet.",
        "Hun spørger, om hun kan blive plejefamilie for børnene.",
        "{gm} fortæller, at hun har fået en sms fra {c} om natten.",
        "Hun er selv syg og kan ikke tage børnene i længere perioder.",
        "Hun siger, at {f} truede {m} i telefonen i weekenden.",
        "{gm} vil gerne med til netværksmødet.",
        "Hun spørger, hvad en netværksplejefamilie er.",
        # PII
        "{gm} bor på {gm:adr1} og har plads til begge børn.",
        "Hun kan ringes op på {gm:tlf}.",
    ],
    'dr': [
        "{dr} ringer efter konsultation med {c} og {m}.",
        "Lægen er bekymret for {c:gen} vægt, som er faldet siden sidste kontrol.",
        "{dr} har henvist til børneafdelingen og ønsker, at kommunen er orienteret.",
        "Lægen oplyser, at {m} ikke har hentet medicinen på apoteket.",
        "{dr} har set {c} tre gange på en måned for mavesmerter uden fund.",
        "Lægen vil høre, om kommunen har kendskab til familien.",
        "{dr} nævner, at {m} virkede påvirket ved konsultationen.",
        "Lægen har ikke kunnet få fat i familien efter en udeblivelse.",
        "{dr} overvejer at underrette skriftligt og vil gerne drøfte det først.",
        # PII
        "{dr} kan kontaktes direkte på {dr:tlf} i telefontiden.",
    ],
}
TN_ROLE = {'m': 'mor', 'f': 'far', 'lr': 'skolen', 'gm': 'mormor',
           'dr': 'egen læge'}
TN_ACT = [
    "Undertegnede har forklaret, hvad der sker nu, og at vi vurderer underretningen inden for 24 timer.",
    "Aftalt, at jeg ringer tilbage {WD} efter kl. 13.",
    "Jeg har lovet at sende et brev med de næste skridt.",
    "Der er oplyst om muligheden for en bisidder.",
    "Vi aftalte et møde {WDATE} {TIME}.",
    "Henvendelsen journaliseres og drøftes med {fk}.",
    "Jeg har ikke givet oplysninger om sagen, da vedkommende ikke er part.",
    "Opkaldet blev afbrudt, og jeg kunne ikke komme igennem igen.",
    "Jeg forklarede forskellen på en afdækning og en børnefaglig undersøgelse.",
    "Orienteret om klagevejledning.",
    "Ingen akut bekymring vurderet – følges op på teammøde.",
    "Opringer var oprevet; samtalen blev rolig til sidst.",
    "Jeg har informeret om, at hun kan få aktindsigt, og hvordan man beder om det.",
    "Vi aftalte, at jeg sender et brev med mødetidspunktet, så det er på skrift.",
    "Jeg gjorde opmærksom på, at kommunen har pligt til at undersøge sagen.",
    "Der er ikke aftalt mere, men opringer ved, at vedkommende altid kan ringe igen.",
]


def g_phone(ctx, target):
    r = ctx.rng
    caller = r.choice(['m', 'm', 'f', 'lr', 'gm', 'dr'])
    planted = ctx.mode == 'planted'
    ctx.force(caller)
    head = [r.choice(['TELEFONNOTAT', 'Telefonnotat', 'Tlf.notat',
                      'Notat – telefonsamtale', 'tlf-notat'])]
    nf = {'S': 2, 'M': 3, 'L': 4}[ctx.size]
    fields = TN_FIELDS_P if planted else TN_FIELDS_C
    fl = list(fields)
    r.shuffle(fl)
    fl = [f for f in fl if not f.startswith('Dato')][:nf - 1]
    fl.insert(0, fields[0])
    labs = []
    for f in fl:
        lab = f.split(':')[0]
        if lab in labs:
            continue
        labs.append(lab)
        f = f.replace('{CALLER', '{' + caller).replace('{ROLE}',
                                                        TN_ROLE[caller])
        try:
            head.append(ctx.render(f))
        except Skip:
            pass
    body = Sec(None, mixed(ctx, 'tn_' + caller, TN_BODY[caller], 0.3, 0.08),
               'prose', 1, 14, 2.0)
    obs = Sec(None, lambda: obs_any(ctx), 'prose', 0, 4, 0.6)
    act = Sec(r.choice(['Aftale:', 'Handling:', 'Vurdering/opfølgning:',
                        None]), item(ctx, 'tn_act', TN_ACT), 'inline', 0, 4,
              0.8)
    if act.header is None:
        act.style = 'prose'
    if r.random() < 0.2:
        act.header = None
        act.style = 'prose'
        return build(ctx, target, [], [body, obs, act], sep=' ')
    return build(ctx, target, head, [body, obs, act],
                 sep=r.choice(['\n\n', '\n']))

# ===========================================================================
# GENRE: foster family's log (plejefamilie-logbog)
# ===========================================================================
PF_HEAD_P = [
    "Logbog – plejefamilien {pm:full} og {pf:full}",
    "Dagbog for {c}, uge {UGE}",
    "Logbog {c:first} (plejemor skriver)",
    "Ugebrev til sagsbehandler {sb:first}, uge {UGE}",
    "Plejefamilie-log, {c:full}",
]
PF_HEAD_C = [
    "Logbog – plejefamilie, uge {UGE}",
    "Dagbog for plejebarnet, uge {UGE}",
    "Ugebrev til rådgiver (plejemor skriver)",
    "Plejefamilie-log",
]
PF_ENTRY = [
    "{c} sov uroligt, vågnede kl. 3 og ville ind til os.",
    "Hentede {c} fra skole. Glad, fortalte om en tur i skoven med klassen.",
    "Samvær med {m} kl. 10-12 på rådhuset. {m} kom 25 min. for sent.",
    "{c} var meget vred efter samværet og smækkede med dørene hele aftenen.",
    "Tandlæge kl. 8.15. To huller, ny tid om en måned.",
    "{c} og {pb} legede hele eftermiddagen i haven. Dejligt at se.",
    "Vi har købt vinterjakke og støvler i {SHOP} ({KRS}). Bon gemt.",
    "{c} spurgte, om {c:han} skal bo her, til {c:han} bliver voksen. Vi svarede ærligt, at det ved vi ikke endnu.",
    "Ingen kontakt fra {f} i denne uge.",
    "Skolen ringede: {c} har haft en god dag. Det sker ikke så tit!",
    "{c} ville ikke i bad. Vi lod det ligge til i morgen.",
    "Børnefødselsdag i klassen – {c} tog med, første gang alene.",
    "Ringede til sagsbehandler om aflastning i efterårsferien. Intet svar endnu.",
    "{c} græd ved sengetid og sagde, at {c:han} savner {c2}.",
    "{c} spiste to portioner og hjalp med opvasken uden at blive bedt om det.",
    "{pf} var til forældremøde; læreren roser {c:gen} læsning.",
    "Mareridt igen. {c} talte om 'manden i døren'. Har skrevet det ned ordret og sendt til rådgiveren.",
    "Svømmehallen med {pb} og {c}. {c} tør nu hoppe fra kanten.",
    "{m} ringede tre gange i aften; {c} ville ikke tale med hende.",
    "{c} har fundet en ven på vejen, de cykler sammen efter skole.",
    "Træt dag. {c} sov 2 timer om eftermiddagen.",
    "Weekend hjemme. Bagte boller og gik lang tur med {PETNAME}.",
    "{SMALL}{c} har lært at cykle uden støttehjul!",
    "Lektier: 20 min. læsning, gik fint.",
    "Søskendesamvær med {c2} i {TOWN}. Begge meget glade, svært at sige farvel.",
    "{c} tissede i sengen. Vi skiftede uden at gøre noget stort ud af det.",
    "Netværksmøde på skolen {TIME}. {sb} deltog på Teams.",
    "Konflikt ved aftensmaden, {c} kastede med tallerkenen. Faldt til ro efter et kvarter.",
    "{c} fortalte om {f:gen} lejlighed: 'der må man spille hele natten'.",
    "Ringede til lægen om {c:gen} eksem. Ny creme, 2 x dagligt.",
    "{c} har været hjemme hele ugen med feber.",
    "Vi har talt med {c} om, at {m} ikke kommer til fødselsdagen. {c:han} sagde bare 'ok'.",
    "{TEEN}{c} kom først hjem kl. 23.40, aftalen var 22. Vi tager snakken i morgen.",
    "{TEEN}Fandt energidrikke og cigaretter i tasken. Talt med {c} – ingen skældud.",
    "{pb} og {c} har skændtes om PlayStation hele weekenden.",
    "{c} har fået en mail fra skolen om lejrskole. Skal vi søge om tilskud?",
    "Tidlig morgen: {c} havde lagt tøjet frem selv. Stolt!",
    "Overlevering til aflastning kl. 16. {c} var meget stille i bilen.",
    "Vi var i biografen alle sammen. {c} sad helt tæt på {pf}.",
    "{c} fik besøg af en klassekammerat for første gang. Gik fint.",
    "Svær aften. {c} sagde, at vi ikke er {c:gen} rigtige familie.",
    "Forældremøde i SFO; pædagogen siger, at {c} er faldet godt til.",
    "{c} har tabt en tand og var meget optaget af tandfeen.",
    "Der var lus i klassen, så hele familien er blevet kæmmet.",
    "{c} var med til {CLUB} for første gang. Ville gerne igen.",
    "Ringede til {sb} om weekendsamvær. Venter på svar.",
    "{c} har fået ny medicin ({MED}); sover bedre.",
    "Lang snak i bilen om, hvorfor {c} ikke bor hjemme. Vi sagde det, vi har aftalt med rådgiveren.",
    "{c} talte i telefon med sin moster{a1:paren} i en time.",
    "{c2} var også med til samvær i dag.",
    # PII
    "{m} ringede fra et nyt nummer ({m:tlf}) – gemt i telefonen.",
    "{f:gen} nye adresse ({f:adr1}) står på brevet fra kommunen.",
    "{c:gen} sundhedskort ligger i skuffen: cpr {c:cpr}.",
    "Fødselsdag! {c} blev {c:aar} ({c:dob}). Lagkage og fire gæster.",
    "Skolen skal fremover skrive til {pm:mail}, ikke til den gamle mail.",
    "{gm} sender en pakke til {pm:adrml}",
    "{pb:full} ({pb:dobp}), vores eget barn, er blevet rigtig god til at tage {c} med i legen.",
    "Sendte billeder til {m} på {m:mail}, som aftalt.",
    "Lægen skulle bruge {c:gen} cpr ({c:cpr}) igen – vi har ikke sundhedskortet.",
]


def _pf_date(r, d):
    s = r.randint(0, 5)
    wd = WEEKDAYS[d.weekday()]
    if s == 0:
        return '%s %d/%d' % (WD3[d.weekday()].capitalize(), d.day, d.month)
    if s == 1:
        return '%s d. %d.%d.' % (wd.capitalize(), d.day, d.month)
    if s == 2:
        return '%02d.%02d' % (d.day, d.month)
    if s == 3:
        return '%d/%d' % (d.day, d.month)
    if s == 4:
        return wd.capitalize()
    return '%d. %s' % (d.day, MONTHS[d.month - 1][:3])


def g_foster(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    head = [ctx.t('pf_head', PF_HEAD_P if planted else PF_HEAD_C)]
    d = rand_date(r)
    dstyle = r.randint(0, 5)
    sep = r.choice([': ', ' – ', '\n', '. '])
    st = {'d': d}

    g = mixed(ctx, 'pf_entry', PF_ENTRY, 0.3, 0.06)

    def entry():
        st['d'] = st['d'] + timedelta(days=r.choice([1, 1, 1, 2, 3]))
        rr = random.Random(dstyle)
        ds = _pf_date(rr, st['d'])
        x = g()
        if r.random() < 0.35:
            try:
                x += ' ' + g()
            except Skip:
                pass
        return ds + sep + x
    sec = Sec(None, entry, 'lines', 1, 20, 1.0)
    return build(ctx, target, head, [sec], sep=r.choice(['\n', '\n\n']))

# ===========================================================================
# GENRE: hospital / child psychiatry discharge note (epikrise)
# ===========================================================================
EP_HEAD = [
    "EPIKRISE – Børne- og Ungdomspsykiatrisk Afdeling",
    "Epikrise, Børneafdelingen, afsnit B3",
    "Udskrivningsepikrise (kopi til kommunen efter samtykke)",
    "EPIKRISE / ambulant forløb, BUP",
    "Epikrise – Akutmodtagelsen, børn",
]
EP_FIELDS_P = [
    "Patient: {c:rev}, {c:cpr}",
    "Pt.: {c:caps}  CPR: {c:cpr}",
    "Navn: {c:full}   Fødselsdato: {c:dob}",
    "{ADMIT}",
    "Forældremyndighed: {m:full} og {f:full}",
    "Adresse: {m:adr1}",
    "Kontaktperson i afdelingen: {ps:full}, psykolog",
    "Egen læge: {dr:title}, {dr:tlf}",
    "Pårørende: {m} (mor), tlf. {m:tlf}",
    "Adresse:\n{m:adrml}",
    "Søskende: {c2:full} ({c2:dobp})",
    "Mors mail: {m:mail}",
]
EP_FIELDS_C = [
    "Patient: Barn A, {c:age}",
    "{ADMIT}",
    "Forældremyndighed: fælles",
    "Kontakt: afdelingens sekretær, hverdage 8-15",
    "Henvist af: egen læge",
    "Journalnr.: {DOKNR}",
]
EP_DIAG = [
    "Diagnoser: {DIAG}; obs. pro tilknytningsforstyrrelse.",
    "Diagnose: {DIAG}.",
    "Dx: {DIAG}, sekundært søvnforstyrrelse.",
    "Aktionsdiagnose: {DIAG}. Bidiagnose: astma.",
]
EP_COURSE = [
    "{c} blev indlagt akut efter selvskade med kniv i hjemmet.",
    "Ved indlæggelsen var {c} meget angst og ville ikke tale med personalet.",
    "Under indlæggelsen faldt {c} gradvist til ro og deltog i afsnittets skole.",
    "Der er lavet ADOS og WISC-V; resultaterne er gennemgået med forældrene.",
    "{c} har sovet dårligt de første nætter, men har de sidste fem nætter sovet 7-8 timer.",
    "Forældrene har besøgt dagligt, dog ikke samtidig.",
    "Der har været to episoder med udadreagerende adfærd, begge i forbindelse med telefonopkald hjemmefra.",
    "{c} har givet udtryk for selvmordstanker uden konkrete planer; vurderet lav akut risiko ved udskrivelsen.",
    "Der er afholdt netværksmøde med deltagelse af kommunen og skolen.",
    "Vægt ved indlæggelse 31,4 kg, ved udskrivelse 33,0 kg.",
    "Blodprøver og EKG var normale.",
    "{m} har deltaget i psykoedukation om angst (tre sessioner).",
    "{c} har haft gavn af faste rutiner og forudsigelighed.",
    "Afdelingen har underrettet kommunen under indlæggelsen, jf. den skærpede underretningspligt.",
    "Der var ved udskrivelsen fortsat bekymring for omsorgen i hjemmet.",
    "{c} beskriver selv, at det hjalp at tale med {ps}.",
    "{TEEN}{c} har fortalt om et dagligt forbrug af hash de sidste måneder.",
    "{c} blev undersøgt af børnelæge pga. gentagne mavesmerter; intet somatisk fund.",
    "{c} blev henvist af egen læge pga. tiltagende tristhed, isolation og faldende skolefremmøde.",
    "Der blev i de første dage lagt vægt på søvn, måltider og ro.",
    "{c} har deltaget i gruppeforløb for unge med angst og mødt op hver gang.",
    "Kontakten til {c} var i starten præget af mistillid; {c:han} svarede kort og undgik øjenkontakt.",
    "Efter ca. en uge begyndte {c} at tage initiativ til samtaler med personalet.",
    "Forældrene er uenige om behandlingen, og samarbejdet har været vanskeligt.",
    "Der har været tilknyttet socialrådgiver fra afdelingen, som har haft kontakt med kommunen.",
    "{c} har været på weekendudgang to gange; den første gik godt, den anden blev afbrudt.",
    "Ved udskrivelsen fremstår {c} mere rolig, med bedre affektregulering.",
    "Psykologisk undersøgelse viser et ujævnt kognitivt profil med svage arbejdshukommelsesscorer.",
    "Sygeplejerskerne har observeret, at {c} spiser meget lidt, når {m} er på besøg.",
    "Der er ingen tegn på psykotiske symptomer.",
    "Medicinsk behandling er opstartet i samråd med forældrene, som har givet informeret samtykke.",
    "{c} fortæller, at skolen har været det sværeste, især frikvartererne.",
    "{c} blev set af fysioterapeut pga. spændinger og hovedpine.",
    "Der er ikke fundet tegn på spiseforstyrrelse, men vægten følges.",
    "{c} har i perioder haft svært ved at være i fællesarealerne.",
    "Skolen i afdelingen beskriver {c} som fagligt velfungerende.",
    "Afdelingen har drøftet en børnehus-sag med kommunen, men det blev ikke aktuelt.",
    "Forældrene har fået vejledning i at håndtere nedsmeltninger.",
    "Der er lavet en kriseplan sammen med {c} og {m}.",
    "Udskrivelsen blev udsat to dage pga. manglende aftale om skole.",
    # PII
    "{m:title} kan kontaktes på {m:tlf} vedr. opfølgning.",
    "Udskrevet til {m:gen} adresse, {m:adr1}.",
    "{c} (født {c:dob}) overflyttes til ambulant regi.",
    "Kopi sendt til {sb:full}, {sb:mail}.",
]
EP_MED = [
    "Medicin ved udskrivelsen: {MED}.",
    "Medicin: {MED}; seponeret: melatonin.",
    "Ingen fast medicin.",
    "Medicin: {MED}. Recept sendt til apoteket.",
]
EP_PLAN = [
    "Opfølgning: ambulant samtale om 3 uger.",
    "Kontrol i ambulatoriet i uge {UGE}, blodprøve forinden.",
    "Anbefaling til kommunen: fortsat støtte i hjemmet og tæt samarbejde med skolen.",
    "Egen læge bedes følge vægten.",
    "Vi anbefaler, at skolen får vejledning fra PPR.",
    "Forløbet afsluttes i afdelingen; henvis igen ved forværring.",
    "Ved forværring uden for dagtid: lægevagten 1813 (Region Hovedstaden) eller 112.",
    "Skolen bør kontakte afdelingen, hvis fraværet stiger igen.",
    "Der er udleveret en kriseplan til familien.",
    "Ny vurdering af medicinen om 8 uger.",
]
EP_SIGN_P = [
    "{dr:full}, overlæge",
    "Dikteret af {dr:title} / skrevet af sekr. {col3:ini}",
    "{dr:ini}/{ps:ini}",
    "Med venlig hilsen\n{dr:full}, afdelingslæge\n{ps:full}, psykolog",
]
EP_SIGN_C = [
    "Overlæge, BUP",
    "Afdelingslæge / sekr.",
    "Med venlig hilsen\nAfsnit B3",
]


def g_epikrise(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    if planted:
        ctx.force('dr', 'ps')
    head = [r.choice(EP_HEAD)]
    n = {'S': 1, 'M': 2, 'L': 3}[ctx.size]
    flds = EP_FIELDS_P if planted else EP_FIELDS_C
    fields_ = fields
    head += fields_(ctx, 'ep_f', flds, n)
    secs = [
        Sec(None, item(ctx, 'ep_diag', EP_DIAG), 'prose', 0 if ctx.size == 'S'
            else 1, 1, 0.6),
        Sec(r.choice(['Forløb:', 'Forløb under indlæggelsen', 'Resumé:',
                      '**Forløb**']),
            mixed(ctx, 'ep_course', EP_COURSE, 0.25, 0.08), 'prose', 1, 14,
            2.5),
        Sec(None, item(ctx, 'ep_med', EP_MED), 'prose', 0, 1, 0.5),
        Sec(r.choice(['Plan:', 'Opfølgning og anbefalinger:', None]),
            item(ctx, 'ep_plan', EP_PLAN), 'lines', 0, 4, 0.8),
    ]
    tail = [] if ctx.size == 'S' else [ctx.t('ep_sign', EP_SIGN_P if planted
                                             else EP_SIGN_C)]
    return build(ctx, target, head, secs, tail, sep='\n\n')

# ===========================================================================
# GENRE: school absence report (fraværsrapport)
# ===========================================================================
AB_HEAD = [
    "Fraværsrapport – {c:kl} – skoleåret 2024/25",
    "Udtræk fra elevadministrationen {DATE}",
    "FRAVÆR, {c:kl}, 1. halvår",
    "Fraværsopgørelse til kommunen (bilag til underretning)",
    "Fravær pr. {DATE} – kun elever over 10 %",
]
AB_TEXT = [
    "Skolen har holdt to fraværsmøder med forældrene i dette skoleår.",
    "Fraværet er steget fra ca. 7 % sidste år til {PCT} nu.",
    "Det meste fravær ligger om mandagen og efter ferier.",
    "{c} kommer ofte efter 1. lektion og går hjem i middagspausen.",
    "Forældrene melder typisk fravær som sygdom via Aula samme morgen.",
    "Vi har tilbudt en mødeplan med en fast voksen ved indgangen kl. 7.55.",
    "Skolens AKT-medarbejder har haft samtaler med {c} hver anden uge.",
    "Der er ikke indhentet lægeerklæring.",
    "{c} fortæller, at {c:han} har ondt i hovedet om morgenen.",
    "Klassen har haft mange vikarer, hvilket måske spiller ind.",
    "Skolen har brugt sin egen procedure for bekymrende fravær.",
    "Vi har talt med {m} i telefonen tre gange uden at komme videre.",
    "Fraværet er ikke fordelt jævnt; der er perioder på flere uger uden fravær.",
    "Skolelederen har godkendt, at oplysningerne sendes til kommunen.",
    "Ulovligt fravær er registreret, når der ikke er givet besked inden kl. 10.",
    "Trivselsmålingen viser, at {c} ikke føler sig som en del af klassen.",
    "{c} har fået lov at sidde i et mindre lokale i dansktimerne.",
    "Vi foreslår et fælles møde med PPR og kommunen.",
    "Til sammenligning har klassen et gennemsnitligt fravær på 4,8 %.",
    "Lovligt fravær omfatter bl.a. en uges ferie i {COUNTRY} i oktober.",
    "{c} har selv sagt, at det er svært at komme ind ad døren om morgenen.",
    "Vi har prøvet med en 'morgenmakker' fra klassen, som venter ved cykelstativet.",
    "Der er bevilget tilbud om skolesocialrådgiver, men det er ikke startet.",
    "Fraværet faldt i en periode i foråret, da {c} fik lov at starte kl. 9.",
    "Forældrene mener, at fraværet skyldes mobning, som skolen ikke har set.",
    "{c} mangler ofte bøger og penalhus.",
    "Efter to uger uden fravær faldt {c} tilbage efter et weekendophold hos {f}.",
    "Skolens sundhedsplejerske har haft {c} til samtale om søvn.",
    "Vi gør opmærksom på, at opgørelsen ikke skelner mellem sygdom og anden fravær, der er meldt af forældrene.",
    "Der har været enkelte dage, hvor {c} kom i skole, men gik hjem efter første frikvarter uden at sige det.",
    "Klasselæreren har ringet hjem de fleste morgener, hvor {c} ikke er mødt.",
    "Fraværet er størst i idræt og svømning.",
    "{c} har fortalt en pædagog, at {c:han} passer {c2} om morgenen.",
    "Skolen har ikke modtaget svar på indkaldelsen til fraværsmøde.",
    "Der er aftalt gradvis øgning af skoletiden fra uge {UGE}.",
    "Vi ser det som et tegn på mistrivsel snarere end pjæk.",
    # PII
    "Kontakt: {lr:full}, {lr:mail}.",
    "Forældre: {m:full} og {f:full}, {m:adr1}.",
    "Elevens cpr: {c:cpr}.",
    "Mor kan træffes på {m:tlf}, far har ikke oplyst nummer.",
    "Far har bedt om kopi på {f:mail}.",
    "{c2:full} ({c2:cpr}) går på samme skole i en yngre klasse.",
]


def _ab_row(ctx, key, planted, r):
    tot = r.randint(6, 35)
    ul = r.randint(0, tot)
    note = r.choice(['mest mandage', 'sygdom', 'ferie uden tilladelse',
                     'kommer for sent', '—', 'langvarig sygdom', 'ukendt',
                     'møde afholdt', '', 'forældre kontaktet'])
    pct = r.choice(['%d %%' % tot, '%d%%' % tot, '%d,%d %%' % (tot, r.randint(
        0, 9))])
    if planted:
        name = ctx.render(r.choice(['{%s:full}', '{%s:rev}', '{%s:full}',
                                    '{%s:first}']) % key)
        born = ctx.render(('{%s:cpr}' if ctx.ab_cpr else '{%s:dobp}') % key
                          ) if ctx.ab_dob else ''
    else:
        name = ctx.render('{%s}' % key)
        born = '%d år' % ctx.person(key).age if ctx.ab_dob else ''
    cells = [name] + ([born] if ctx.ab_dob else []) + [
        pct, '%d dage' % ul, note]
    return '| ' + ' | '.join(cells) + ' |'


def g_absence(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    if ctx.child.age < 6 or ctx.child.age > 16:
        raise Skip()
    head = [ctx.t('ab_head', AB_HEAD)]
    ctx.ab_dob = r.random() < 0.7
    ctx.ab_cpr = planted and r.random() < 0.35
    dcol = 'Cpr' if ctx.ab_cpr else r.choice(['Født', 'Fødselsdato',
                                              'F.dato'])
    if not planted:
        dcol = 'Alder'
    cols = ['Elev'] + ([dcol] if ctx.ab_dob else []) + [
        'Fravær', 'Ulovligt', 'Bemærkning']
    table = ['| ' + ' | '.join(cols) + ' |',
             '|' + '|'.join(['---'] * len(cols)) + '|']
    nrows = {'S': 1, 'M': r.randint(1, 3), 'L': r.randint(2, 4)}[ctx.size]
    keys = ['c', 'e1', 'e2', 'e3'][:nrows]
    r.shuffle(keys)
    for k in keys:
        table.append(_ab_row(ctx, k, planted, r))
    if r.random() < 0.5:
        secs = [Sec(None, lambda: '\n'.join(table), 'lines', 1, 1, 0.01),
                Sec(r.choice(['Bemærkninger:', 'Skolens vurdering:', None]),
                    mixed(ctx, 'ab_text', AB_TEXT, 0.25, 0.08), 'prose', 0, 15,
                    1.0)]
    else:
        secs = [Sec(None, mixed(ctx, 'ab_text', AB_TEXT, 0.25, 0.08),
                    'prose', 1, 15, 1.0),
                Sec(None, lambda: '\n'.join(table), 'lines', 1, 1, 0.01)]
    return build(ctx, target, head, secs, sep='\n\n')

# ===========================================================================
# GENRE: Ankestyrelsen / court decision excerpt
# ===========================================================================
DEC_HEAD = [
    "Ankestyrelsens afgørelse (uddrag)",
    "AFGØRELSE – Ankestyrelsen, Børnesager",
    "Uddrag af dom afsagt af byretten {DATE}",
    "Ankestyrelsen har {DATE} truffet afgørelse i klagesagen",
    "Kopi af afgørelse, modtaget {DATE} – til orientering i teamet",
]
DEC_PARTY_P = [
    "Klager: {m:full}, {m:adr1}",
    "Klager: {f:full}",
    "Partsrepræsentant: advokat {adv:full}",
    "Partsrepræsentant: {adv:title}, {adv:mail}",
    "Barnet: {c:full}, cpr {c:cpr}",
    "Sagen vedrører: {c:rev} (født {c:dob})",
    "Ankestyrelsens j.nr.: {SAGSNR}",
    "Klager: {m:full}, {m:postbox}",
    "Far: {f:full}, cpr {f:cpr}",
    "Klager: {f:full}\n{f:adrml}",
]
DEC_PARTY_C = [
    "Klager: Mor",
    "Partsrepræsentant: advokat (beskikket)",
    "Sagen vedrører: Barn A, {c:age}",
    "Ankestyrelsens j.nr.: {SAGSNR}",
    "Kommunens sagsnr.: {SAGSNR}",
]
DEC_RESULT = [
    "Ankestyrelsen stadfæster kommunens afgørelse om anbringelse uden for hjemmet uden samtykke efter barnets lov § 47.",
    "Ankestyrelsen ændrer kommunens afgørelse, så samværet mellem {c} og {m} udvides til hver weekend.",
    "Ankestyrelsen hjemviser sagen til fornyet behandling i kommunen.",
    "Byretten stadfæster afgørelsen fra børne- og ungeudvalget.",
    "Ankestyrelsen giver klager delvist medhold.",
    "Afgørelsen er ugyldig, fordi {c} ikke er blevet hørt.",
    "Ankestyrelsen afviser klagen, da den er indgivet efter klagefristens udløb.",
]
DEC_REASON = [
    "Vi har lagt vægt på, at {c} i en længere periode ikke har fået den nødvendige omsorg.",
    "Det fremgår af sagen, at {m} ikke har kunnet tage imod de støttende indsatser, der er tilbudt.",
    "Vi har lagt vægt på, at {c} selv har givet udtryk for at ville blive i plejefamilien.",
    "Kommunen har ikke i tilstrækkelig grad oplyst sagen om {f:gen} forhold.",
    "Der er ikke gennemført en samtale med {c} forud for afgørelsen, jf. barnets lov § 5, stk. 3.",
    "Vi har lagt vægt på udtalelsen fra børne- og ungdomspsykiatrien.",
    "Det er Ankestyrelsens vurdering, at der er en åbenbar risiko for alvorlig skade på {c:gen} sundhed og udvikling.",
    "Vi bemærker, at den børnefaglige undersøgelse ikke var afsluttet inden for fristen på fire måneder.",
    "Samværet skal fastsættes ud fra barnets bedste og ikke forældrenes ønsker.",
    "Ankestyrelsen finder, at kommunens partshøring af {f} var mangelfuld, men at fejlen ikke har haft betydning for resultatet.",
    "Forholdene i hjemmet er ikke blevet tilstrækkeligt forbedrede, siden anbringelsen blev besluttet.",
    "Det indgår i vurderingen, at {c} har en tæt relation til {c2}, som også er anbragt.",
    "{m} har under sagen oplyst, at hun er i behandling og har været stoffri i et halvt år.",
    "Det fremgår af underretningen fra skolen, at {c} gentagne gange er mødt uden mad og tøj til vejret.",
    "Kommunen har ikke vurderet, om mindre indgribende indsatser kunne have været tilstrækkelige.",
    "Vi lægger til grund, at {c} har fået det markant bedre siden anbringelsen.",
    "Vi har ikke fundet grundlag for at tilsidesætte kommunens vurdering af {c:gen} behov.",
    "Det fremgår af sagens oplysninger, at {m} flere gange har aflyst samvær med kort varsel.",
    "{AGE6}Vi har lagt vægt på, at {c} har været anbragt i fire år og har knyttet sig til plejefamilien.",
    "Kommunen har dokumenteret, at der er afprøvet familiebehandling, aflastning og kontaktperson.",
    "Ankestyrelsen har ikke taget stilling til spørgsmålet om forældremyndighed, da det hører under Familieretshuset.",
    "Det er ikke godtgjort, at samvær under overvågning er nødvendigt.",
    "Vi bemærker, at kommunens afgørelse ikke indeholder en klar begrundelse for omfanget af samværet.",
    "{f} har i høringssvaret anført, at han ikke har fået mulighed for at udtale sig.",
    "Der foreligger en psykologisk undersøgelse af {m} fra {YEAR}, som beskriver begrænset forældreevne.",
    "Vi har vurderet, at {c:gen} modenhed er sådan, at {c:gen} holdning skal tillægges betydelig vægt.",
    "Ankestyrelsen har ikke fundet, at samværet er til skade for {c}.",
    "Vi har lagt vægt på, at {c} har en særlig tilknytning til sin skole og sine venner.",
    "Det fremgår af referatet af samtalen, at {c} ønsker at bo hos sin mor.",
    "Kommunen burde have indhentet en udtalelse fra PPR, før afgørelsen blev truffet.",
    "Det er ikke tilstrækkeligt, at forholdene er forbedret i en kortere periode.",
    "Vi har lagt vægt på, at {m} ikke har kunnet overholde aftalerne om samvær under tilsyn.",
    "Efter en samlet vurdering finder vi, at betingelserne for anbringelse uden samtykke fortsat er opfyldt.",
    "Ankestyrelsen er enig i, at der ikke er grundlag for at ændre samværet på nuværende tidspunkt.",
    # PII
    "{c} (født {c:dob}) har siden {SINCE} boet hos plejefamilien på {pm:street}.",
    "{m} bor nu på {m:adr1}, ca. 40 km fra plejefamilien.",
    "Advokat {adv:full} har på vegne af {m} anført, at kommunen ikke har lyttet til hende.",
    "Klagen blev sendt fra {m:mail} den {DATE}.",
]
DEC_TAIL = [
    "Afgørelsen kan indbringes for domstolene inden 4 uger.",
    "Kommunen skal genoptage sagen snarest muligt.",
    "Ankestyrelsen har sendt en kopi af afgørelsen til kommunen og til barnet.",
    "Med venlig hilsen / Ankestyrelsen",
    "Afgørelsen er principiel og vil blive offentliggjort i anonymiseret form.",
]


def g_decision(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    ctx.force('adv')
    head = [ctx.t('dec_head', DEC_HEAD)]
    n = {'S': 1, 'M': 2, 'L': 3}[ctx.size]
    head += fields(ctx, 'dec_party', DEC_PARTY_P if planted else DEC_PARTY_C,
                   n)
    secs = [
        Sec(r.choice(['Resultat:', 'Afgørelse', '**Resultat**', None]),
            item(ctx, 'dec_res', DEC_RESULT), 'prose', 1, 1, 0.3),
        Sec(r.choice(['Begrundelse:', 'Begrundelse for afgørelsen',
                      'Ankestyrelsens vurdering', None]),
            mixed(ctx, 'dec_reason', DEC_REASON, 0.3, 0.05), 'prose', 1, 14,
            2.0),
        Sec(None, item(ctx, 'dec_tail', DEC_TAIL), 'prose', 0, 1, 0.3),
    ]
    return build(ctx, target, head, secs, sep='\n\n')

# ===========================================================================
# GENRE: summary of a talk with the child (børnesamtale), child's own words
# ===========================================================================
BS_HEAD = [
    "Referat af samtale med {c} ({c:age}), jf. barnets lov § 5, stk. 3",
    "Samtale med {c} på skolen, {DATE}",
    "Børnesamtale {DATE}",
    "Samtale efter underretning (§ 137, stk. 2) – {DATE}",
    "Referat: samtale med barnet",
    "SAMTALE M/ {c:caps} {DATE}",
]
BS_FRAME = [
    "Samtalen foregik i et grupperum på skolen, og {lr} var med de første fem minutter.",
    "{c} var først genert, men tøede op, da vi begyndte at tegne.",
    "Vi brugte de tre huse som ramme.",
    "{c} blev spurgt, om {c:han} ville have en voksen med, og valgte {pd}.",
    "Samtalen varede ca. 35 minutter inkl. en pause med saftevand.",
    "{c} ville gerne have, at mor får at vide, hvad vi har talt om.",
    "{c} sagde flere gange 'det ved jeg ikke' og kiggede ud ad vinduet.",
    "Undertegnede forklarede, at vi skriver ned, hvad {c} siger, og at mor og far kan læse det.",
    "På en skala fra 0 til 10 satte {c} sig selv på 4, når det gjaldt at være hjemme.",
    "Til sidst spurgte {c}, om {c:han} havde sagt noget forkert.",
    "{c} tegnede familien; far stod langt væk fra de andre.",
    "Vi gik en tur rundt om søen, fordi {c} ikke ville sidde på et kontor.",
    "{c} havde {PETNAME} med i en kasse og viste stolt frem.",
    "{c} blev ked af det, da vi talte om weekenderne, og vi holdt en pause.",
    "I huset med de gode ting skrev {c} fodbold, pizza og mormor.",
    "I drømmehuset tegnede {c} en stor have og et værelse til sig selv.",
    "Samtalen blev holdt på Teams, fordi {c} er på efterskole.",
    "{c} havde selv skrevet en liste med ting, {c:han} ville sige.",
    "Vi talte først om {c:gen} fritid, inden vi kom ind på det svære.",
    "{c} ville helst tale, mens {c:han} tegnede, og kiggede ikke op ret tit.",
    "Da vi talte om far, blev {c} stille og begyndte at pille ved sit ærme.",
    "{c} spurgte, om {c:han} kunne få et ord med ind i planen om at beholde sin skole.",
    "Samtalen sluttede med, at vi spillede et spil Uno, som {c} vandt.",
    "Undertegnede gentog til sidst, hvad {c} havde sagt, og {c} rettede to ting.",
    "{c} fik et kort med rådgiverens navn og Børnetelefonen 116 111 med hjem.",
    # PII
    "Samtalen fandt sted hjemme hos {gm} på {gm:adr1}.",
    "{c} er født {c:dob} og går i {c:kl}.",
    "{c} gav mig sit nummer ({c:tlf}) og sagde, at jeg må skrive.",
    "{c} (cpr {c:cpr}) var ledsaget af {gm}.",
    "{c:full}, født den {c:dob}, var mødt op sammen med {pd}.",
]
BS_QUOTE = [
    "Jeg kan ikke lide, når mor græder.",
    "Far siger, at jeg skal passe på {c2:first}.",
    "Jeg savner {PETNAME} og {gm:first}.",
    "Nogle gange får vi kun toast til aftensmad.",
    "I skolen er det kedeligt, men {ven:first} er sjov.",
    "Jeg vil bare bo ét sted.",
    "Når de råber, går jeg ind på mit værelse og spiller.",
    "Mor sover meget om dagen.",
    "Det er ikke farligt hos far, men han er tit sur.",
    "Jeg har ondt i maven, når jeg skal i skole.",
    "Jeg drømmer om at få en hund og et blåt værelse.",
    "{sf:first} er okay. Han laver pizza om fredagen.",
    "Hvorfor skal jeg snakke med dig igen?",
    "Jeg må ikke sige noget om det.",
    "{gm:first} er den bedste i hele verden.",
    "Jeg var bange den nat, politiet kom.",
    "Det er mig, der vækker {c2:first} om morgenen.",
    "Far drikker øl, og så bliver han mærkelig.",
    "Jeg vil være fodboldspiller eller dyrlæge.",
    "Hvis jeg måtte bestemme, ville jeg bo hos {gm:first}.",
    "Der er ingen, der slår. Men de skændes hele tiden.",
    "Jeg spiller {GAME} med {ven:first} om aftenen.",
    "Jeg vil ikke have en ny voksen igen.",
    "Mor er sød, hun er bare syg i hovedet nogle gange.",
    "Det er pinligt, når I kommer på skolen.",
    "Jeg tror ikke, far ved, at jeg ved det.",
    "Jeg er ikke ked af det. Jeg er bare træt.",
    "Hos plejefamilien må man ikke have mobil ved spisebordet, det er dumt, men også okay.",
    "Jeg kan godt lide {pd:first}, {pd:han} hører efter.",
    "Når {f:first} kommer, gemmer jeg mig.",
    "{TEEN}Ærligt, jeg gider ikke det her. I ændrer alligevel ikke noget.",
    "{TEEN}Jeg kan godt selv bestemme, hvornår jeg kommer hjem.",
    "{TEEN}Det er bare så cringe, at alle ved det.",
    "{TEEN}Jeg ryger kun i weekenden, chill.",
    "{SMALL}Mor siger, at monstre ikke findes, men jeg har set et.",
    "{SMALL}Jeg kan godt tælle til hundrede!",
    "Det bedste ved at være her er, at der altid er morgenmad.",
    "Jeg vil gerne se far, men ikke sove der.",
    "Min lærer er okay. Hun råber ikke.",
    "Jeg har ikke nogen venner i klassen, kun i fodbold.",
    "Nogle gange putter jeg {c2:first}, fordi mor ikke kan.",
    "Jeg er bange for, at jeg skal flytte igen.",
    "Man skal ikke fortælle alt til voksne, for så sker der ting.",
    "Jeg vil gerne have, at alle holder op med at skændes om mig.",
    "Når jeg bliver stor, vil jeg bo i {TOWN} med en kat.",
    "Det værste er, når telefonen ringer om natten.",
    "Mormor laver verdens bedste frikadeller.",
    "Jeg gider ikke, at alle lærerne ved det.",
    "Jeg har ikke sagt noget til far om, at vi snakker.",
    "Hvis jeg var bestemmer, skulle mor ikke være syg mere.",
    "Jeg kan godt lide at være hos plejefamilien, men jeg vil også hjem.",
    "Hun råber ikke så meget mere, det er bedre nu.",
    "Jeg skal til {CLUB} på tirsdag, og så kommer far og ser.",
    # PII
    "Vi bor på {m:street} nu, det er det gule hus.",
    "Mit nummer er {c:tlf}, så kan du skrive.",
]
BS_INTRO = ["{c} sagde: »%s«", "Om skolen: »%s«", "Citat: »%s«", "- »%s«",
            "»%s«", "\"%s\"", "{c} fortalte: \"%s\"", "Om hjemmet: »%s«",
            "Da jeg spurgte til weekenderne: »%s«", "(%s)",
            "{c:gen} ord: »%s«"]
BS_EVAL = [
    "Undertegnedes vurdering er, at {c} er loyal over for begge forældre.",
    "Det er tydeligt, at {c} bærer et stort ansvar for {c2}.",
    "{c} giver et sammenhængende billede, der stemmer med skolens beskrivelse.",
    "Der er behov for at tale med {c} igen, inden undersøgelsen afsluttes.",
    "{c:gen} ønsker indgår i barnets plan.",
    "{c} har fået at vide, hvem {c:han} kan ringe til, hvis der sker noget.",
    "{c} bør tilbydes en bisidder ved næste møde.",
    "Der er ikke noget i samtalen, der giver anledning til akut handling.",
    "{c:gen} beskrivelse af aftenerne bekræfter bekymringen fra underretningen.",
]


def g_childtalk(ctx, target):
    r = ctx.rng
    head = [ctx.t('bs_head', BS_HEAD)] if r.random() < 0.8 else []

    def quote():
        i, q = balanced_pick(r, 'bs_q', BS_QUOTE,
                             avoid=[('bs_q', j) for j in ctx.bsq])
        if PII_RE.search(q) and ctx.mode == 'clean':
            raise Skip()
        ctx.bsq.append(i)
        left = [x for x in BS_INTRO if x not in ctx.bsi] or BS_INTRO
        intro = r.choice(left)
        if intro.count('»') or intro.count('"'):
            ctx.bsi.append(intro)
        tpl = intro.replace('%s', q)
        return ctx.render(tpl)
    ctx.bsq = []
    ctx.bsi = []

    def quote_safe():
        for _ in range(8):
            try:
                return quote()
            except Skip:
                continue
        return ctx.t('bs_frame', BS_FRAME, False)
    qstyle = r.choice(['lines', 'prose'])
    secs = [
        Sec(None, mixed(ctx, 'bs_frame', BS_FRAME, 0.25, 0.05), 'prose', 1,
            7, 1.0),
        Sec(r.choice(['Barnets egne ord:', 'Citater:', 'Det fortalte {c}:',
                      None]), quote_safe, qstyle, 1, 12, 2.0),
        Sec(r.choice(['Vurdering:', None]), item(ctx, 'bs_eval', BS_EVAL),
            'prose', 0, 3, 0.5),
    ]
    if secs[1].header:
        secs[1].header = ctx.render(secs[1].header)
    return build(ctx, target, head, secs, sep=r.choice(['\n\n', '\n']))

# ===========================================================================
# GENRE: Signs of Safety mapping
# ===========================================================================
SOS_HEAD = [
    "Signs of Safety-kortlægning, netværksmøde {DATE}",
    "SoS-mapping – familien omkring {c}",
    "Kortlægning (Signs of Safety) – {DATE}, rådhuset",
    "SIKKERHEDSKORTLÆGNING {DATE}",
    "Mapping m/ familie + netværk, {WDATE}",
]
SOS_WORRY = [
    "{c} har flere gange været alene hjemme om aftenen, når mor har været ude.",
    "Der har været politi i hjemmet to gange efter skænderier mellem {m} og {sf}.",
    "{c} møder ofte sulten i skole.",
    "Mor har perioder, hvor hun ikke kan komme ud af sengen.",
    "Vi er bekymrede for, at {c} ser og hører voldsomme skænderier.",
    "{c} har sagt til en lærer, at {c:han} er bange for at gå hjem.",
    "Far har tidligere kørt bil påvirket med børnene.",
    "{AGE6}{c} har ikke været til tandlæge i tre år.",
    "Der er ikke en fast voksen, der følger op på {c:gen} medicin.",
    "{TEEN}{c} er flere gange set sammen med ældre unge ved stationen sent om aftenen.",
    "{c} tager meget ansvar for {c2}.",
    "Farebeskrivelse: hvis intet ændres, er vi bekymrede for, at {c} fortsat vil være alene med {c2} om natten.",
    "{m} har aflyst de sidste tre aftaler med familiebehandleren.",
    "{c} har fortalt, at {c:han} gemmer sig i skabet, når de voksne skændes.",
    "Der har været fund af hash i hjemmet.",
    "{c2} er ofte hos naboen, fordi der ikke er nogen voksne hjemme.",
    "{c} har ikke fået sin medicin i weekenderne.",
    "Bekymringsudsagn fra skolen: {c} er trist, træt og sulten de fleste mandage.",
    "{f} har truet med at hente {c} uden aftale.",
    "Lejligheden har været uden strøm i en uge pga. restance.",
]
SOS_GOOD = [
    "{m} elsker sine børn og siger det tydeligt.",
    "{gm} kommer hver tirsdag og torsdag og laver mad.",
    "{c} er glad for sin klasse og for {CLUB}.",
    "{m} har selv bedt om hjælp.",
    "Der er faste sengetider, som mor og {c} har lavet sammen.",
    "{f} har været stabil i sit samvær de sidste tre måneder.",
    "Skolen har en god kontakt til {c}.",
    "{c} ved, hvem {c:han} kan ringe til.",
    "Familien har et stort netværk, bl.a. en moster og to naboer.",
    "{m} har været stoffri siden {HOLIDAY}.",
    "Lejligheden er blevet ryddet, og der er mad i køleskabet.",
    "{c} og {c2} har et tæt og kærligt søskendeforhold.",
    "{c} er glad for at gå i skole og har to gode venner.",
    "{m} har selv taget kontakt til misbrugscentret.",
    "Mormor har lovet at sove i hjemmet, når mor er indlagt.",
    "{f} betaler det aftalte bidrag og kommer til forældremøder.",
    "Familien spiser aftensmad sammen de fleste dage.",
    "{c} har en fast træner, som holder øje med {c:ham}.",
    "Der er kommet faste rutiner om morgenen.",
    "Skolen og hjemmet skriver sammen i Aula hver fredag.",
]
SOS_NEXT = [
    "Sikkerhedsmål: {c} er aldrig alene hjemme om aftenen, og der er altid en voksen, der er ædru.",
    "Mor og netværket laver en sikkerhedsplan inden næste møde.",
    "{gm} er kontaktperson, hvis mor ikke kan tage telefonen.",
    "Skolen giver besked til {sb} samme dag, hvis {c} ikke er mødt kl. 9.",
    "Der laves en aftale om, hvem der henter {c2} i institutionen.",
    "Næste netværksmøde {WDATE} {TIME}.",
    "{c} får sin egen telefonliste med tre voksne, {c:han} kan ringe til.",
    "{sb} indhenter udtalelse fra egen læge.",
    "Familiebehandleren kommer to gange om ugen i de næste otte uger.",
    "Sikkerhedsmål: {c} kommer i skole hver dag med madpakke.",
    "Mor ringer til mormor, hvis hun får det dårligt, og mormor henter børnene.",
    "{c} øver med {sb}, hvad {c:han} gør, hvis der igen bliver råbt.",
    "Familiebehandleren følger op på madplanen hver mandag.",
    "Sikkerhedsplanen gennemgås med skolen inden {HOLIDAY}.",
    "Næste skalering foretages på mødet om fire uger.",
    "{f} kontaktes for at høre, om han vil være en del af planen.",
    "Netværket mødes uden kommunen én gang inden næste møde.",
]
SOS_SCALE = [
    "Skala 0-10 (10 = sikkert nok til at lukke sagen): rådgiver {SCORE}, mor 8, mormor {SCORE}, skolen 4.",
    "Skalering: {sb} {SCORE}/10 – {m} 7/10.",
    "Hvor er vi på skalaen? Mor: 7. Far: 9. Rådgiver: {SCORE}.",
    "Skalering blev udskudt, da mor forlod mødet.",
    "Skala: {SCORE} (sidst 3).",
]
SOS_NET_P = [
    "{gm:full} (mormor) – {gm:tlf}",
    "{nabo:full}, nabo, {nabo:street}",
    "{pd:full}, pædagog – {pd:tlf}",
    "{f:full} (far), {f:tlf}",
    "{sf:full} – mors kæreste",
    "{ven:gen} mor (ringes op via skolen)",
    "{lr:full}, klasselærer, {lr:mail}",
    "{kp:full}, kontaktperson, tlf. {kp:tlf}",
    "{a1:full}, moster – bor i {TOWN}",
    "{a2:full}, fodboldtræner, {a2:tlf}",
    "{a1:full}, moster – {a1:tlf}",
    "{a1:full} (moster), {a1:adr1}",
    "{gm:full} ({gm:aar}) – mormor",
]
SOS_NET_C = [
    "Mormor",
    "Nabo (genboen)",
    "Pædagog i SFO",
    "Far",
    "Mors kæreste",
    "Klasselærer",
    "Kontaktperson fra ungeteamet",
    "Moster (bor i {TOWN})",
    "Fodboldtræner",
    "Veninde til mor",
]


def g_sos(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    ctx.force('gm', 'nabo', 'pd', 'sf', 'ven', 'lr', 'kp', 'a1', 'a2')
    head = [ctx.t('sos_head', SOS_HEAD)]
    cols = r.choice([
        ("Hvad er vi bekymrede for?", "Hvad virker godt?",
         "Hvad skal der ske?"),
        ("Bekymringer", "Det der fungerer", "Næste skridt"),
        ("## Bekymringer", "## Det der virker", "## Hvad skal der ske"),
        ("BEKYMRINGER:", "GODE TING:", "NÆSTE SKRIDT:"),
    ])
    bullet = r.choice(['- ', '* ', '• '])
    net_head = r.choice(['Sikkerhedscirkel / netværk:', 'Netværk:',
                         'Safety circle:', 'Netværkskort'])

    def net():
        if planted:
            tpl = ctx.t('sos_net', SOS_NET_P)
        else:
            tpl = ctx.t('sos_netc', SOS_NET_C)
        return bullet + tpl
    secs = [
        Sec(cols[0], mixed(ctx, 'sos_w', SOS_WORRY, 0.0, 0.05,
                           prefix=bullet, look_prefix=bullet), 'lines', 1, 5,
            1.2),
        Sec(cols[1], item(ctx, 'sos_g', SOS_GOOD, bullet), 'lines', 1, 5,
            1.2),
        Sec(cols[2], item(ctx, 'sos_n', SOS_NEXT, bullet), 'lines', 1, 4,
            1.0),
        Sec(None, item(ctx, 'sos_s', SOS_SCALE), 'prose', 0, 1, 0.4),
        Sec(net_head, net, 'lines', 1 if planted else 0, 5, 1.0),
    ]
    return build(ctx, target, head, secs, sep=r.choice(['\n\n', '\n']))

# ===========================================================================
# GENRE: genogram described in text
# ===========================================================================
GEN_HEAD = [
    "Genogram (tekstversion)",
    "Genogram – forklaring til tegningen på tavlen",
    "Genogram/økokort, {c}",
    "GENOGRAM – tre generationer",
    "Familien omkring {c} (genogram i ord, tegningen kunne ikke scannes)",
]
GEN_LINES = [
    "{c} ({c:aar}) – indekspersonen, bor hos {m} i {TOWN}.",
    "{m} ({m:aar}) – enlig, på kontanthjælp, var selv anbragt som barn.",
    "{f} ({f:aar}) – bor i {TOWN}, samvær hver anden weekend, men uregelmæssigt.",
    "{c2} ({c2:aar}) – halvsøskende, samme mor, anden far.",
    "{gm} ({gm:aar}) – tæt kontakt, hjælper med at hente og bringe.",
    "{gf} – død i {YEAR}.",
    "{sf} ({sf:aar}) – mors kæreste siden {YEAR}, bor delvist i hjemmet.",
    "{a1} – bor i {COUNTRY}, sporadisk kontakt på video.",
    "Stiplet linje mellem {m} og {sf} = ustabilt forhold.",
    "Zigzag-linje mellem {m} og {f} = konflikt og vold i forholdet.",
    "Morfar døde, da {m} var 12 – vigtigt for forståelsen af mors historie.",
    "Der er anbringelser i to generationer: {m} og hendes bror var anbragt i 1990'erne.",
    "Misbrug i tre generationer på fars side, oplyst af {f} selv.",
    "Cirkel om {m}, {c} og {c2} = husstanden.",
    "Fars nye kæreste har to børn (8 og 11), som {c} kalder 'de andre'.",
    "{PETNAME} er tegnet ind på {c:gen} opfordring.",
    "Tyk streg mellem {c} og {gm} = tæt, støttende relation.",
    "{f} har fire søskende; kun én af dem kender {c}.",
    "Forældrene blev skilt, da {c} var {CAGE} år.",
    "Mor har ingen kontakt til sin egen mor.",
    "Fars familie kom til Danmark fra {COUNTRY} i {YEAR}.",
    "Pil fra {c} til {c2} = {c} tager ansvar for sin søskende.",
    "Dobbelt streg mellem {m} og {f} = skilt i {SINCE}.",
    "{c2} bor hos {f} og har ikke set {c} siden sommer.",
    "{gm} og morfar blev skilt, da {m} var lille; morfar har ingen kontakt.",
    "Der er et dødfødt barn mellem {c} og {c2} (markeret med kryds).",
    "{f:gen} nye kæreste er gravid med termin til efteråret.",
    "Grå skravering = personer med psykisk sygdom: {m} og moster.",
    "{c} har en halvbror på 19, som bor i {TOWN} og som {c:han} ser sjældent.",
    "{sf} har tre børn fra tidligere forhold; de kommer hver anden weekend.",
    "Farmor bor i {COUNTRY} og taler med {c} på video om søndagen.",
    "Ingen kontakt mellem {m} og {f:gen} familie siden bruddet.",
    "Rød pil fra {sf} til {m} = vold i forholdet (politianmeldt).",
    "{c} og {c2} har samme mor, men ikke samme far.",
    "Oldemor på mors side lever og er vigtig for {c}.",
    "Onkel på fars side sidder i fængsel; det ved {c} ikke.",
    "Familien flyttede fra {TOWN} for to år siden.",
    "Stiplet cirkel = plejefamilien, hvor {c2} bor.",
    "{m} og {a1} er tvillinger og taler sammen hver dag.",
    "Økokortet viser få relationer uden for familien.",
    "{a1:full} (moster) – tlf. {a1:tlf}.",
    "Moster{a1:paren} bor på {a1:adr1}.",
    # PII
    "{c:full}, f. {c:dob}.",
    "{m:full}, cpr {m:cpr}.",
    "{f} bor på {f:adr1}.",
    "{gm} – tlf. {gm:tlf}.",
    "{c2:full} (født {c2:dob}).",
    "{a1:full}, {a1:adrml}",
    "{f:full} – {f:cpr}.",
    "{m} er født {m:dob}.",
    "{gm:full}, {gm:mail}.",
]


def g_genogram(ctx, target):
    r = ctx.rng
    head = [ctx.t('gen_head', GEN_HEAD)] if r.random() < 0.75 else []
    if r.random() < 0.5:
        bullet = r.choice(['- ', '* ', '', '→ '])
        secs = [Sec(None, mixed(ctx, 'gen', GEN_LINES, 0.3, 0.05,
                                prefix=bullet, look_prefix=bullet),
                    'lines', 2, 20, 1.0)]
    else:
        intro = r.choice(['Genogrammet viser følgende:',
                          'Kort fortalt:', 'Signaturforklaring og personer:',
                          None])
        secs = [Sec(intro, mixed(ctx, 'gen', GEN_LINES, 0.3, 0.05),
                    'prose' if intro is None else 'inline', 2, 20, 1.0)]
    secs.append(Sec(r.choice(['Refleksion:', 'Til sparringen:', None]),
                    item(ctx, 'gen_refl', SPAR_REFL), 'prose', 0, 2, 0.3))
    return build(ctx, target, head, secs, sep='\n')

# ===========================================================================
# GENRE: budget / grant decision (bevilling)
# ===========================================================================
BEV_HEAD = [
    "Afgørelse om bevilling",
    "BEVILLING – støttende indsats",
    "Bevillingsskrivelse (kopi til økonomi)",
    "Afgørelse: Kommunen bevilger hermed",
    "Indstilling til visitationsudvalget {DATE}",
]
BEV_FIELDS_P = [
    "Modtager: {m:full}, {m:adr1}",
    "Til: {m:full}\n{m:adrml}",
    "Vedr.: {c:full}, cpr.nr. {c:cpr}",
    "Barn: {c:rev} ({c:dobp})",
    "Sagsbehandler: {sb:full}, tlf. {sb:tlf}",
    "Kontakt: {sb:mail}",
    "Leverandør: {kp:full} (selvstændig familiebehandler)",
    "Cpr.nr. (mor): {m:cpr}",
    "Kopi til: {m:mail}",
    "Til: {m:full}\n{m:postbox}",
]
BEV_FIELDS_C = [
    "Modtager: forældremyndighedsindehaver",
    "Vedr.: Barn A, {c:age}",
    "Sagsnr.: {SAGSNR}",
    "Leverandør: kommunens familiehus",
    "Bevillingsnr.: {DOKNR}",
]
BEV_ITEMS = [
    "Familiebehandling efter barnets lov § 32, 4 timer ugentligt i perioden {PERIOD}.",
    "Fast kontaktperson til {c}, 3 timer ugentligt.",
    "Aflastning i plejefamilie én weekend om måneden.",
    "Kørsel til samvær, 2 x 46 km pr. måned.",
    "Kontingent til {CLUB}: {KRS} årligt.",
    "Lejrskoletilskud: {KRS}.",
    "Psykologbehandling, 10 sessioner à 1.100 kr.",
    "Døgnophold på opholdssted jf. barnets lov § 46 – takst 4.850 kr. pr. døgn.",
    "Tolkebistand ved møder, efter regning.",
    "Efterværn: fast kontaktperson til den unge fra 18 år.",
    "Cykel og hjelm ({KRS}) – engangsydelse.",
    "Praktisk pædagogisk støtte i hjemmet, 2 x 3 timer ugentligt.",
    "Mentor i skolen, 5 timer ugentligt, i foreløbig 6 måneder.",
    "Netværksmøder med ekstern facilitator, 3 møder.",
    "Forældrekursus ('De Utrolige År'), 14 gange.",
    "Anbringelse i netværkspleje hos mormor, vederlag efter KL's vejledende takster.",
    "Dækning af tandregulering ud over den kommunale tandplejes tilbud: afslået.",
    "Weekendaflastning hos mormor, vederlag 1.200 kr. pr. weekend.",
    "Fritidspas: kontingent og udstyr til {CLUB}.",
    "Familierådslagning med ekstern koordinator.",
    "Støtte-kontaktperson til mor, 2 timer ugentligt.",
    "Skoletaxa i 3 måneder, indtil {c} kan tage bussen selv.",
    "Dagtilbud med udvidet åbningstid (50 timer/uge).",
]
BEV_TEXT = [
    "Bevillingen gives med udgangspunkt i den børnefaglige undersøgelse og barnets plan.",
    "Målet er, at {c} kommer i skole hver dag og får en stabil døgnrytme.",
    "Indsatsen følges op efter tre måneder.",
    "Vi har lagt vægt på, at {m} selv har ønsket hjælpen.",
    "Bevillingen er betinget af, at familien deltager i møderne.",
    "Udgiften afholdes af handlekommunen.",
    "{tl} har godkendt bevillingen {DATE}.",
    "Den samlede udgift forventes at være {KR} for perioden.",
    "Bevillingen kan ikke overdrages til andre formål.",
    "Ansøgningen om tilskud til ferie er afslået, da der ikke er hjemmel.",
    "I har ret til at klage inden fire uger.",
    "Beløbet udbetales til NemKonto.",
    "Der er ikke taget stilling til efterværn endnu.",
    "Vi har vurderet, at indsatsen er nødvendig for at {c} kan blive boende hjemme.",
    "Omfanget er fastsat ud fra de mål, der står i barnets plan.",
    "Hvis indsatsen ikke virker efter tre måneder, vil vi drøfte andre muligheder med jer.",
    "Familiebehandleren sender statusrapport hver 6. uge.",
    "Der er tale om en midlertidig bevilling, indtil undersøgelsen er afsluttet.",
    "Vi har ikke bevilget det fulde antal timer, som leverandøren foreslog.",
    "Timer, der ikke bruges, kan ikke overføres til næste periode.",
    "Kommunen har pligt til at følge op på indsatsen, jf. barnets lov.",
    "Ændringer i familiens forhold skal meddeles sagsbehandleren.",
    "Bevillingen er drøftet på teammødet {DATE}.",
    "{m} har givet samtykke til indsatsen ved mødet {DATE}.",
    "Leverandøren er godkendt af Socialtilsynet.",
    "Ved vurderingen har vi taget højde for familiens egne ressourcer og netværkets muligheder.",
    "Indsatsen skal understøtte, at {m} får mere overskud i hverdagen.",
    "Familiebehandlingen foregår som udgangspunkt i hjemmet.",
    "Det er en forudsætning, at {c} selv ønsker at deltage.",
    "Udgiften er indeholdt i afdelingens budget for indeværende år.",
    "Der er ikke bevilget tolk, da familien taler dansk.",
    "Bevillingen bortfalder, hvis familien flytter til en anden kommune.",
    "Ansøgningen om kørsel er imødekommet med det beløb, der svarer til billigste transport.",
    "Vi har afslået ansøgningen om betaling af privat psykolog, da tilbuddet findes i PPR.",
    "Afgørelsen er truffet efter drøftelse med teamlederen.",
    # PII
    "Beløbet udbetales til {m:full} via NemKonto tilknyttet cpr {m:cpr}.",
    "Kopi sendt til {f:full}, {f:adr1}.",
    "Spørgsmål rettes til {sb} på {sb:tlf} eller {sb:mail}.",
    "Bevillingen gælder {c:full}, født {c:dob}.",
]
BEV_TABLE_ROWS = [
    ("Familiebehandling", "4 t/uge", "780 kr./t"),
    ("Kontaktperson", "3 t/uge", "495 kr./t"),
    ("Aflastning", "1 weekend/md.", "2.850 kr."),
    ("Kørsel", "92 km/md.", "3,81 kr./km"),
    ("Psykolog", "10 sessioner", "1.100 kr."),
    ("Tolk", "efter regning", "—"),
]


def g_grant(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    ctx.force('kp')
    head = [ctx.t('bev_head', BEV_HEAD)]
    n = {'S': 1, 'M': 2, 'L': 3}[ctx.size]
    head += fields(ctx, 'bev_f', BEV_FIELDS_P if planted else BEV_FIELDS_C,
                   n)
    bul = r.choice(['- ', '• ', '1) '])
    cnt = [0]

    def bev_item():
        cnt[0] += 1
        b = '%d) ' % cnt[0] if bul == '1) ' else bul
        return b + ctx.t('bev_item', BEV_ITEMS)
    secs = [
        Sec(r.choice(['Der bevilges:', 'Bevilget:', '**Indsats**']),
            bev_item, 'lines', 1, 5, 1.0),
        Sec(r.choice(['Begrundelse:', None]),
            mixed(ctx, 'bev_text', BEV_TEXT, 0.3, 0.08), 'prose', 1, 13, 1.5),
    ]
    if ctx.size == 'L' and r.random() < 0.6:
        rows = list(BEV_TABLE_ROWS)
        r.shuffle(rows)
        tab = ['| Ydelse | Omfang | Pris |', '|---|---|---|'] + [
            '| %s | %s | %s |' % x for x in rows[:r.randint(2, 4)]]
        secs.insert(1, Sec(None, lambda: '\n'.join(tab), 'lines', 1, 1,
                           0.01))
    return build(ctx, target, head, secs, sep='\n\n')

# ===========================================================================
# GENRE: ledelsestilsyn note
# ===========================================================================
LT_HEAD = [
    "Ledelsestilsyn – stikprøve uge {UGE}",
    "LEDELSESTILSYN {DATE} (skabelon, § 32/§ 46-sager)",
    "Notat om ledelsestilsyn, team {TEAM}",
    "Ledelsestilsyn – gennemgang med rådgiver {DATE}",
]
LT_FIELDS_P = [
    "Sag: {c:full}, {c:cpr}",
    "Barn: {c:full} ({c:dobp})",
    "Rådgiver: {sb:full}",
    "Rådgiver: {sb:ini} · Leder: {tl:ini}",
    "Tilsyn ved: {tl:full}",
]
LT_FIELDS_C = [
    "Sag: Barn A, {c:age} (sagsnr. {SAGSNR})",
    "Rådgiver: SB · Leder: TL",
    "Tilsyn ved: teamleder",
    "Indsats: § 32 (familiebehandling)",
]
LT_CHECK = [
    ("Børnefaglig undersøgelse afsluttet inden for 4 mdr.", ["Ja", "Nej – 5 mdr.", "Nej, 6½ mdr.", "Delvist"]),
    ("Samtale med barnet dokumenteret", ["Ja", "Nej", "Ja, men kort"]),
    ("Barnets plan udarbejdet", ["Ja", "Nej", "Under udarbejdelse"]),
    ("Opfølgning inden for 3 mdr.", ["Ja", "Nej", "Overskredet med 3 uger"]),
    ("Partshøring gennemført", ["Ja", "Kun mor", "Nej"]),
    ("Bevilling matcher indsats", ["Ja", "Nej – timer ikke brugt"]),
    ("Underretninger vurderet inden 24 timer", ["Ja", "Nej (1 ud af 3)", "Ja"]),
    ("Klagevejledning i afgørelse", ["Ja", "Mangler"]),
]
LT_TEXT = [
    "Sagen er generelt velbelyst, og barnets perspektiv står tydeligt.",
    "Undersøgelsen blev afsluttet efter fem måneder; fristen i § 20, stk. 3 blev dermed overskredet uden en foreløbig vurdering.",
    "Der mangler en samtale med {c} efter den seneste underretning.",
    "{sb} fortæller, at sagen har været svær at prioritere pga. mange akutsager.",
    "Barnets plan er ikke opdateret siden {DATE}.",
    "Det er positivt, at {f} er inddraget, selvom samarbejdet er svært.",
    "Vi aftalte, at rådgiver laver en samlet vurdering inden uge {UGE}.",
    "Der er uoverensstemmelse mellem bevillingen (4 t) og det leverede (2 t).",
    "Journalen indeholder fulde navne på netværkspersoner i emnefeltet – rettes.",
    "Tilsynet gav anledning til en god faglig dialog om brug af skalering.",
    "Sagen tages op igen ved næste tilsyn om 6 måneder.",
    "Der er enighed om, at sagen skal på sparring i teamet.",
    "Fundet går igen i flere sager og tages op på temadagen.",
    "{tl} noterer, at dokumentationen er blevet markant bedre siden sidste tilsyn.",
    "Sagen er velbeskrevet, men vurderingen mangler en tydelig konklusion.",
    "Der er ikke dokumenteret en samtale med {c} i forbindelse med opfølgningen.",
    "Rådgiver giver udtryk for, at sagsstammen er for stor til at nå alle opfølgninger.",
    "Vi talte om, hvordan {f} kan inddrages mere, selvom han bor langt væk.",
    "Bevillingen udløber {DATE}, og der er ikke taget stilling til forlængelse.",
    "Der er seks underretninger i sagen, men kun fire er vurderet skriftligt.",
    "Barnets plan er skrevet i et sprog, som forældrene vil have svært ved at forstå.",
    "Tilsynet bekræfter, at der er fulgt op på aftalerne fra sidste gennemgang.",
    "Ledelsen vil se på, om sagen kan overgå til en mere erfaren kollega.",
    "Der mangler underskrift på samtykkeerklæringen.",
    "Journalen er ajour, men notaterne er meget lange og svære at finde rundt i.",
    "{tl} anbefaler, at sagen lukkes, hvis næste opfølgning er positiv.",
    "Sagsbehandlingstiden for partshøringen var tre uger længere end aftalt.",
    "Det fremgår ikke, om {c} er blevet tilbudt en bisidder.",
    # PII
    "I journalen står {m:gen} gamle adresse ({m:adr1}) stadig som aktuel.",
    "Notatet indeholder {c:gen} fulde cpr ({c:cpr}) i overskriften – skal fjernes.",
    "{c} er født {c:dob}, men i barnets plan står en forkert dato.",
    "{m:gen} telefonnummer ({m:tlf}) er skrevet i et referat, der er delt med skolen.",
    "Barnets cpr står i emnefeltet på tre dokumenter: {c:cpr}.",
    "{m:gen} private mail ({m:mail}) er brugt som modtager i stedet for Digital Post.",
    "Bopælsadressen i barnets plan er {m:adr1}, men familien er flyttet.",
]


def g_tilsyn(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    ctx.force('sb', 'tl')
    head = [ctx.t('lt_head', LT_HEAD)]
    n = {'S': 1, 'M': 2, 'L': 2}[ctx.size]
    head += fields(ctx, 'lt_f', LT_FIELDS_P if planted else LT_FIELDS_C, n)
    checks = list(LT_CHECK)
    r.shuffle(checks)
    as_table = r.random() < 0.6
    st = {'i': 0}

    def chk():
        if st['i'] >= len(checks):
            raise Skip()
        q, ans = checks[st['i']]
        st['i'] += 1
        a = r.choice(ans)
        return ('| %s | %s |' % (q, a)) if as_table else ('- %s: %s' % (q, a))
    csec = Sec('| Krav | Opfyldt |\n|---|---|' if as_table else
               r.choice(['Tjekliste:', 'Krav:']), chk, 'lines',
               1 if ctx.size != 'S' else 0, 8, 1.0)
    tsec = Sec(r.choice(['Bemærkninger:', 'Dialog med rådgiver:', None]),
               mixed(ctx, 'lt_text', LT_TEXT, 0.3, 0.08), 'prose', 1, 14, 1.4)
    return build(ctx, target, head, [csec, tsec], sep='\n\n')

# ===========================================================================
# GENRE: underretning (report of concern) as received
# ===========================================================================
UR_HEAD = [
    "Underretning modtaget {DATE} {TIME}",
    "UNDERRETNING – digital formular",
    "Underretning fra skolen",
    "Underretning (fagperson), kvittering sendt",
    "Henvendelse/underretning via socialvagten",
]
UR_FIELDS_P = [
    "Underretter: {lr:full}, lærer",
    "Underretter: {pd:full}, pædagog i børnehaven",
    "Underretter: {nabo:full} (nabo) – ønsker ikke at være anonym",
    "Barnets navn: {c:full}",
    "Barnets cpr-nr.: {c:cpr}",
    "Fødselsdato: {c:dob}",
    "Adresse: {m:adr1}",
    "Forældre: {m:full} og {f:full}",
    "Underretters tlf.: {lr:tlf}",
    "Underretters e-mail: {pd:mail}",
    "Søskende: {c2:full}, {c2:cpr}",
    "Underretters e-mail: {nabo:mail}",
    "Mors e-mail: {m:mail}",
    "Adresse:\n{m:adrml}",
]
UR_FIELDS_C = [
    "Underretter: fagperson (skole)",
    "Underretter: anonym borger",
    "Barn: Barn A, {c:age}",
    "Forældremyndighed: mor alene",
    "Modtaget via: digital formular",
    "Sagsnr.: {SAGSNR}",
]
UR_TEXT = [
    "Jeg underretter, fordi {c} i dag fortalte, at {c:han} ikke havde fået aftensmad i går.",
    "{c} havde et blåt mærke på kinden og ville ikke sige, hvordan det var sket.",
    "Det er ikke første gang, vi er bekymrede.",
    "Vi har forsøgt at tale med forældrene, men de afviser, at der er problemer.",
    "{c} blev hentet af en voksen, der lugtede kraftigt af alkohol.",
    "{c} virker ofte træt og har svært ved at koncentrere sig.",
    "Vi har set en tydelig forandring siden sommerferien.",
    "Naboen har hørt høje råb og gråd flere aftener i træk.",
    "Der har været politi på adressen to gange i den seneste måned.",
    "{c} har sagt, at {c:han} ikke vil hjem, fordi mor er syg.",
    "Jeg ved ikke, om det er alvorligt, men jeg vil hellere sige det for meget end for lidt.",
    "{c} har tegnet en tegning, der bekymrer os; den er vedlagt.",
    "Forældrene er orienteret om, at vi underretter.",
    "Forældrene er ikke orienteret, da vi er bekymrede for {c:gen} sikkerhed.",
    "Skolen har tidligere underrettet i {YEAR}.",
    "{c} er meget ofte den sidste, der bliver hentet i SFO.",
    "{c} spiser meget hurtigt og gemmer mad i tasken.",
    "Jeg vil gerne kontaktes, hvis I har brug for flere oplysninger.",
    "{c} kom i dag i skole med det samme tøj som hele sidste uge.",
    "{c} har flere gange sagt, at {c:han} passer {c2} om natten.",
    "Vi har observeret, at {c} bliver meget urolig, når det er fredag.",
    "Da mor hentede, var hun meget vred og trak hårdt i {c:gen} arm.",
    "{c} fortalte spontant, at far havde slået mor.",
    "Der er ingen voksne, der har svaret på Aula i over en måned.",
    "{c} har i perioder virket apatisk og sidder helt stille i timerne.",
    "Klassekammerater har fortalt, at {c} sender beskeder om ikke at ville leve.",
    "Jeg har talt med min leder, inden jeg sendte underretningen.",
    "Jeg er klar over, at der allerede er en sag, men vil gerne bidrage med nye oplysninger.",
    "{c} har tre gange på en uge haft ondt i maven og ville hjem.",
    "Vi har bemærket, at {c} ikke har vinterjakke, selvom det fryser.",
    "Forældrene har ikke deltaget i de to seneste skole-hjem-samtaler.",
    "Jeg hørte {c} sige til en kammerat, at mor slår, når hun er sur.",
    "{c} har tegnet sig selv alene i et hus uden døre.",
    "Det er min vurdering, at {c} har brug for hjælp hurtigt.",
    "Vi har ikke kendskab til, at familien har kontakt til kommunen i forvejen.",
    "Underretningen sendes efter aftale med skolelederen.",
    "Søskende{c2:paren} har tidligere fortalt det samme.",
    "Moren{m:parenfull} blev orienteret ved afhentning.",
    # PII
    "Mor kan kontaktes på {m:tlf}.",
    "Familien bor på {m:street}, 2. sal.",
    "Jeg kan træffes på {lr:tlf} eller {lr:mail}.",
    "{c} (f. {c:dob}) går i {c:kl} hos {lr}.",
]
UR_RECEIPT = [
    "Kvittering for modtagelse sendt til underretter {DATE}.",
    "Vurderet af {fk} inden for 24 timer: ikke akut, sendes til screening.",
    "Akut vurdering: barnet er ikke i umiddelbar fare.",
    "Sendes til § 18-screening på mandagens møde.",
    "Børnehus-samråd overvejes.",
]


def g_report(ctx, target):
    r = ctx.rng
    planted = ctx.mode == 'planted'
    ctx.force('lr', 'pd', 'nabo')
    head = [ctx.t('ur_head', UR_HEAD)]
    n = {'S': 1, 'M': 2, 'L': 4}[ctx.size]
    head += fields(ctx, 'ur_f', UR_FIELDS_P if planted else UR_FIELDS_C, n)
    secs = [
        Sec(r.choice(['Beskrivelse af bekymringen:', 'Hvad har du set/hørt?',
                      'Bekymring:', None]),
            mixed(ctx, 'ur_text', UR_TEXT, 0.25, 0.06), 'prose', 1, 13, 2.0),
        Sec(None, lambda: obs_child(ctx), 'prose', 0, 4, 0.6),
        Sec(r.choice(['Modtagelse:', 'Intern note:', '---']),
            item(ctx, 'ur_rec', UR_RECEIPT), 'lines', 0, 2, 0.5),
    ]
    if r.random() < 0.22:
        # plain running prose, no form fields or headers
        for s in secs:
            s.header = None
            s.style = 'prose'
        return build(ctx, target, [], secs[:2], sep=' ')
    return build(ctx, target, head, secs, sep='\n\n')


GENRES = [
    ('sparring', g_sparring, (3, 16), {'typo': 0.25},
     ('adm', 'meet', 'law', 'fam', 'school', 'med', 'help')),
    ('principle_markdown', g_principle, (3, 17), {'typo': 0.2},
     ('law', 'meet', 'adm')),
    ('email_chain', g_email, (4, 17), {'typo': 0.25, 'space': 0.2},
     ('meet', 'adm', 'help', 'school', 'fam')),
    ('chat_log', g_chat, (6, 17), {'lower': 0.3, 'typo': 0.35, 'ae': 0.18},
     ('meet', 'fam')),
    ('quick_notes', g_notes, (2, 16), {'lower': 0.25, 'typo': 0.35,
                                      'ae': 0.2, 'space': 0.2},
     ('fam', 'money', 'meet', 'med', 'school', 'adm')),
    ('telefonnotat', g_phone, (2, 17), {}, ('adm', 'help', 'money', 'meet')),
    ('foster_log', g_foster, (3, 15), {'typo': 0.3, 'ae': 0.12},
     ('fam', 'med', 'meet', 'school')),
    ('epikrise', g_epikrise, (8, 17), {'typo': 0.1, 'fold': 0.3},
     ('med', 'help')),
    ('absence_report', g_absence, (7, 16), {'fold': 0.3},
     ('school', 'fam', 'adm')),
    ('decision', g_decision, (2, 17), {'typo': 0.05, 'ae': 0.04},
     ('law', 'adm')),
    ('child_talk', g_childtalk, (5, 17), {}, ('fam', 'help', 'meet')),
    ('signs_of_safety', g_sos, (2, 16), {'space': 0.25},
     ('fam', 'help', 'meet', 'school')),
    ('genogram', g_genogram, (2, 16), {'ae': 0.15}, ('fam', 'meet')),
    ('grant', g_grant, (3, 17), {'typo': 0.1}, ('money', 'adm', 'law')),
    ('ledelsestilsyn', g_tilsyn, (3, 17), {}, ('adm', 'law', 'meet')),
    ('underretning', g_report, (2, 16), {'typo': 0.25},
     ('school', 'fam', 'adm', 'help')),
]

# ===========================================================================
# institutions.jsonl: named institutions spanned as kind `institution`
# (persons only as role pseudonyms)
# ===========================================================================
INST = {
    'SCH': ['Skovvangskolen', 'Bakkeskolen', 'Holmegårdsskolen',
            'Lundehøjskolen', 'Birkelyskolen', 'Engdalskolen',
            'Kragelundskolen', 'Fjordskolen afd. Nord', 'Nørre Vium Friskole',
            'Privatskolen Skt. Knud', 'Specialskolen Kompasset',
            'Heldagsskolen Egeskov', 'Efterskolen ved Vesterhavet',
            'Brinkby Realskole', 'Vangeskolen', 'Sct. Jørgens Skole'],
    'DAY': ['Børnehaven Mælkebøtten', 'Vuggestuen Spiren',
            'Naturbørnehaven Myretuen', 'Børnehuset Solsikken',
            'Dagplejegruppen Mariehønen', 'Børnehuset Glad Vang',
            'Vuggestuen Lille Krog', 'Børnehaven Bjerghytten',
            'Skovbørnehaven Troldehøj'],
    'OPH': [('Opholdsstedet Kastanjegården', 'Kastanjegården'),
            ('Opholdsstedet Bakkehuset', 'Bakkehuset'),
            ('Døgninstitutionen Lindely', 'Lindely'),
            ('Opholdsstedet Havblik', 'Havblik'),
            ('Botilbuddet Engtoften', 'Engtoften'),
            ('Opholdsstedet Holmly', 'Holmly'),
            ('Ungehuset Stenhøj', 'Stenhøj')],
    'KLUB': ['Fritidsklubben Fyrtårnet', 'Ungdomsklubben Basen',
             'Klub Krudtuglen', 'SFO Regnbuen', 'Juniorklubben Bifrost',
             'Fritidshjemmet Ekkolodet', 'Klub Vestervang'],
    'SPORT': ['Brink Boldklub', 'Vang Håndboldklub', 'Holm IF',
              'Spejdergruppen Ravnene', 'Rideklubben Engel',
              'Bjerg Svømmeklub', 'Krog Taekwondo Klub'],
    'KRISE': ['Krisecentret Fenja', 'Kvindehuset Lindegården',
              'Mødrehjemmet Solsikken', 'Krisecentret Havnely'],
    'FOND': ['Fonden Lysbroen', 'Dyhr-Fonden', 'Fonden Fyrtøjet',
             'Engel Fonden', 'Fonden Bedre Barndom',
             'Smed & Fisker Fonden', 'Legatet for Børn i Sydbyen'],
}
INST_SENT = [
    "{c} startede i {SCH} efter sommerferien og har fået støtte i dansk.",
    "Overlevering fra {DAY} til {SCH} blev holdt med PPR {DATE}.",
    "{c} går i {KLUB} tre eftermiddage om ugen.",
    "Der er søgt om tilskud hos {FOND} til lejrtur og cykel.",
    "{FOND} har bevilget 3.500 kr. til fritidsaktiviteter.",
    "{c} bor nu på {OPH}, hvor der er fast kontaktpædagog.",
    "Socialtilsynet har godkendt {OPH} til otte unge.",
    "På opholdsstedet {oph} har {c} eget værelse og går i intern skole.",
    "{c2} går fortsat i {DAY}, og mor afleverer hver morgen.",
    "Personalet i {DAY} har underrettet to gange.",
    "{SCH} har indkaldt til møde om fraværet i uge {UGE}.",
    "Skolelederen på {SCH} ønsker, at kommunen deltager.",
    "Fra {SCH} kommer en udtalelse om trivsel og faglighed.",
    "{c} har fået plads i {SCH} fra 1. august.",
    "Trænerne i {SPORT} beskriver {c} som en god holdkammerat.",
    "Mor vil gerne have, at {c} flytter til {SCH}.",
    "Visitationsudvalget har peget på {OPH} som det bedste match.",
    "{c} var i aflastning på {OPH} i efterårsferien.",
    "Mor og {c} boede seks uger på {KRISE} efter volden.",
    "Der er venteliste til {KLUB}, men lederen har lovet en plads.",
    "{FOND} dækker kontingentet til {SPORT} i et år.",
    "{SPORT:gen} ungdomstræner har ringet til skolen.",
    "{SCH:gen} skoleleder deltager i netværksmødet.",
    "{c} vil gerne starte til svømning i {SPORT}.",
    "Der er plads på {KRISE} fra fredag.",
    "Personalet fra {KRISE} følger mor til mødet.",
    "{OPH:gen} leder har ringet om en episode i weekenden.",
    "Personalet på {OPH} har sendt en statusrapport til sagsbehandleren.",
    "Plejemor har fået {c} indskrevet i {DAY} tæt på hjemmet.",
    "Samvær foregår i {KLUB:gen} lokaler om lørdagen, fordi det føles trygt.",
    "{c} stopper i {SCH} og starter på {SCH2} efter jul.",
    "Tidligere gik {c} i {DAY}, hvor der allerede var bekymring.",
    "Efter ophold på {OPH} vil den unge gerne videre til {SCH}.",
    "Der er aftalt en prøveperiode i {KLUB} med følgeskab af en kontaktperson.",
    "Ansøgningen til {FOND} skal være sendt inden 1. marts.",
    "Familien har fået julehjælp fra {FOND}.",
    "Familieretshuset har bedt om en udtalelse fra {DAY}.",
    "PPR har observeret {c} i klassen på {SCH} to gange.",
]


INST_FILL = [
    "PPR er inddraget.",
    "Socialtilsynet har ikke haft bemærkninger.",
    "{c} er glad for sin kontaktpædagog.",
    "Mor er enig i planen.",
    "Far er orienteret telefonisk.",
    "Næste statusmøde er i uge {UGE}.",
    "Der er bevilget kørsel.",
    "Familieretshuset er orienteret.",
    "{c} har det bedre end i foråret.",
    "Sagen drøftes på teammødet {DATE}.",
    "Plejemor deltager i overleveringen.",
    "Udgiften afholdes efter barnets lov § 32.",
    "Den unge ønsker selv skiftet.",
    "Mor har givet samtykke.",
]


def gen_institutions(rng, n=36):
    rows = []
    meta = []
    for i in range(n):
        for _ in range(100):
            ctx = Ctx(rng, 'clean', 'institutions', 'S', (2, 16))
            target = rng.randint(30, 70)
            parts = []
            used = []
            fill_used = []
            while True:
                filler = bool(parts) and rng.random() < 0.35
                if filler:
                    j, s = balanced_pick(rng, 'inst_fill', INST_FILL,
                                         avoid=[('inst_fill', u)
                                                for u in fill_used])
                    fill_used.append(j)
                else:
                    j, s = balanced_pick(rng, 'inst', INST_SENT,
                                         avoid=[('inst', u) for u in used])
                    used.append(j)

                def sub(mt):
                    k = mt.group(1)
                    g = bool(mt.group(2))
                    if g:
                        pool = INST[k]
                        v = rng.choice(pool)
                        if isinstance(v, tuple):
                            v = v[0]
                        return mk('institution', genitive(v), 'genitive')
                    if k == 'oph':
                        return mk('institution', rng.choice(INST['OPH'])[1],
                                  'bare')
                    if k == 'OPH':
                        return mk('institution', rng.choice(INST['OPH'])[0],
                                  'full')
                    if k == 'SCH2':
                        return mk('institution', rng.choice(INST['SCH']),
                                  'school')
                    typ = {'SCH': 'school', 'DAY': 'daycare', 'KLUB': 'club',
                           'FOND': 'foundation', 'SPORT': 'sports_club',
                           'KRISE': 'crisis_centre'}[k]
                    return mk('institution', rng.choice(INST[k]), typ)
                if filler:
                    s2 = s
                else:
                    s2 = re.sub(r'\{(SCH2|SCH|DAY|OPH|oph|KLUB|FOND|SPORT|'
                                r'KRISE)(:gen)?\}', sub, s)
                try:
                    parts.append(ctx.render(s2))
                except Skip:
                    continue
                if wc(' '.join(parts)) >= target or len(parts) > 8:
                    break
            markup = ' '.join(parts)
            if rng.random() < 0.3:
                markup = rng.choice(['Status: ', 'Note: ', 'Fra sagen: ',
                                     'Kort: ']) + markup
            markup = apply_habits(ctx, markup, {'typo': 0.2, 'ae': 0.08,
                                                'lower': 0.04})
            text, spans = strip_markup(markup)
            if spans and 25 <= len(text.split()) <= 90:
                break
        rows.append({'id': 'blind6-i%03d' % (i + 1), 'text': text,
                     'planted': [{k: s[k] for k in ('kind', 'text', 'start',
                                                    'end')} for s in spans]})
        meta.append({'genre': 'institutions', 'size': 'short',
                     'habits': ctx.habits,
                     'fmts': [(s['kind'], s['fmt']) for s in spans]})
    return rows, meta

# ===========================================================================
# driver
# ===========================================================================
SIZES = {'S': (40, 90), 'M': (100, 160), 'L': (170, 260)}
N_PLANTED = 224
N_CLEAN = 224


def make_para(rng, mode, gi, size):
    name, fn, ages, hp, cats = GENRES[gi]
    lo, hi = SIZES[size]
    for _ in range(150):
        ctx = Ctx(rng, mode, name, size, ages)
        ctx.look_cats = cats
        target = rng.randint(lo + 3, lo + (hi - lo) * 3 // 5)
        try:
            markup = fn(ctx, target)
        except Skip:
            continue
        markup = markup.strip('\n ')
        markup = apply_habits(ctx, markup, hp)
        text, spans = strip_markup(markup)
        n = len(text.split())
        if not lo <= n <= hi:
            continue
        if mode == 'planted' and not spans:
            continue
        if mode == 'clean' and spans:
            raise RuntimeError('span in clean paragraph')
        return text, spans, ctx
    raise RuntimeError('could not build %s %s %s' % (mode, name, size))


def gen_file(rng, mode, n, prefix):
    rows = []
    meta = []
    for i in range(n):
        gi = i % len(GENRES)
        size = 'SML'[i % 3]
        text, spans, ctx = make_para(rng, mode, gi, size)
        rows.append({'id': '%s%03d' % (prefix, i + 1), 'text': text,
                     'planted': [{k: s[k] for k in ('kind', 'text', 'start',
                                                    'end')} for s in spans]})
        meta.append({'genre': GENRES[gi][0], 'size': size,
                     'habits': ctx.habits, 'fmts': [(s['kind'], s['fmt'])
                                                    for s in spans]})
    return rows, meta


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')


def verify(path, prefix, expect_kinds, clean=False):
    n = 0
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            row = json.loads(line)
            n += 1
            assert row['id'] == '%s%03d' % (prefix, n), row['id']
            assert list(row) == ['id', 'text', 'planted']
            text = row['text']
            prev_end = -1
            for sp in row['planted']:
                assert sp['kind'] in expect_kinds, sp
                assert text[sp['start']:sp['end']] == sp['text'], sp
                assert sp['start'] >= prev_end, (row['id'], sp)
                assert sp['text'] == sp['text'].strip() and sp['text'], sp
                prev_end = sp['end']
            if clean:
                assert row['planted'] == [], row['id']
            else:
                assert row['planted'], row['id']
    return n


def main():
    rng = random.Random(SEED)
    planted, pmeta = gen_file(rng, 'planted', N_PLANTED, 'blind6-p')
    clean, cmeta = gen_file(rng, 'clean', N_CLEAN, 'blind6-c')
    inst, imeta = gen_institutions(rng)
    write_jsonl(os.path.join(HERE, 'planted.jsonl'), planted)
    write_jsonl(os.path.join(HERE, 'clean.jsonl'), clean)
    write_jsonl(os.path.join(HERE, 'institutions.jsonl'), inst)
    kinds = ('name', 'cpr', 'phone', 'email', 'address', 'dob')
    a = verify(os.path.join(HERE, 'planted.jsonl'), 'blind6-p', kinds)
    b = verify(os.path.join(HERE, 'clean.jsonl'), 'blind6-c', kinds, True)
    c = verify(os.path.join(HERE, 'institutions.jsonl'), 'blind6-i',
               ('institution',))
    print('verified: planted=%d clean=%d institutions=%d' % (a, b, c))
    if '--stats' in sys.argv:
        stats(planted, pmeta, clean, cmeta, inst, imeta)


def stats(planted, pmeta, clean, cmeta, inst, imeta):
    from collections import Counter
    for label, rows, meta in (('planted', planted, pmeta),
                              ('clean', clean, cmeta),
                              ('institutions', inst, imeta)):
        wcs = [len(r['text'].split()) for r in rows]
        print('\n== %s: %d paragraphs, %d words, avg %.1f, min %d, max %d'
              % (label, len(rows), sum(wcs), sum(wcs) / len(rows), min(wcs),
                 max(wcs)))
        print('  sizes:', dict(Counter(m['size'] for m in meta)))
        for sz in ('S', 'M', 'L'):
            w = [len(r['text'].split()) for r, m in zip(rows, meta)
                 if m['size'] == sz]
            if w:
                print('   %s: n=%d words=%d avg=%.1f range=%d-%d' % (
                    sz, len(w), sum(w), sum(w) / len(w), min(w), max(w)))
        print('  genres:', dict(Counter(m['genre'] for m in meta)))
        print('  habits:', dict(Counter(h for m in meta for h in m['habits'])))
        kc = Counter(s['kind'] for r in rows for s in r['planted'])
        print('  kinds:', dict(kc))
        inv = {v: k for k, v in DOB_TAGS.items()}
        fc = Counter('%s/%s' % (k, inv.get(f, f)) if k == 'dob' else
                     '%s/%s' % (k, f) for m in meta for k, f in m['fmts'])
        for k in sorted(fc):
            print('    %-34s %d' % (k, fc[k]))
    # sentence repetition
    sent = Counter()
    for r in planted + clean:
        for s in re.split(r'(?<=[.!?])\s+|\n+', r['text']):
            s = s.strip()
            if len(s.split()) >= 4:
                sent[s] += 1
    tot = len(sent)
    reps = Counter(min(v, 5) for v in sent.values())
    print('\ndistinct sentences (>=4 words):', tot, ' by repeat count:',
          dict(sorted(reps.items())))
    print('most repeated:')
    for s, v in sent.most_common(12):
        print('  %3d  %s' % (v, s[:100]))


if __name__ == '__main__':
    main()
