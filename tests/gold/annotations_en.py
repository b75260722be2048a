# Hand annotations of English Wikinews 2019-2020 articles (CC BY 2.5); see docs/gold.md.
# Ids: en<year>-<row index in shared/data/articles/en_wikinews/wikinews_<year>.csv>.
from build_gold import A, C, E, Q, QR

ARTICLES = [
    # Several tolls for one attack: ACLED keeps the most conservative (12).
    A('en2019-16', quotes=[
        Q("The explosion was very powerful. The whole building has collapsed,", 'Sharif Hotak'),
        Q('the central government are "hiding accurate casualty figures to prevent a further dip '
          'in morale of the Afghan forces"', 'Sharif Hotak', direct=False),
        Q("hiding accurate casualty figures to prevent a further dip in morale of the Afghan "
          "forces", 'Sharif Hotak'),
        Q("I have been told not to make the death toll figures public. It is frustrating to hide "
          "the facts[.]", 'Interior Ministry'),
        Q("190 were dead", 'Zabiullah Mujahid', direct=False),
        Q("the attack had killed twelve and injured twelve more", 'Abdurrahman Mangal',
          direct=False),
    ], counts=[
        C('other', 'gunmen', 2, 'exact', 'two gunmen'),
        C('killed', 'people', 100, 'at_least', 'exceeded 100'),
        C('killed', 'people', 35, 'exact', '35 bodies'),
        C('killed', 'people', 190, 'exact', '190 were dead'),
        C('killed', 'security forces', 150, 'exact', '150 security forces'),
        C('killed', 'civilians', 95, 'exact', '95 civilians'),
        C('killed', 'Taliban', 100, 'at_least', 'hundreds of Taliban killed'),
        C('killed', 'people', 12, 'exact', 'killed twelve'),
        C('injured', 'people', 12, 'exact', 'injured twelve more'),
        C('killed', 'people', 5, 'exact', 'killed five'),
        C('injured', 'people', 110, 'exact', 'wounded 110'),
    ], events=[
        E('ASSAULT', 'Suicide bomb', 'AFG', 'REB', 'AFG', 'Maidan Shahr', 12, '2019-01-21'),
        E('CONSULT', None, 'AFG', 'REB', 'QAT', None, None, '2019-01-21'),
        E('ASSAULT', 'Remote explosive/landmine/IED', 'AFG', 'REB', 'AFG', 'Kabul', 5, None),
        E('ASSAULT', 'Armed clash', 'AFG', 'REB', 'AFG', 'Ghazni', 345, None),
    ], conflict=True),

    A('en2019-20', quotes=[
        Q("The bomb was placed on a motorcycle in a market", 'Moammar al-Eryani', direct=False),
        Q("Houthis have attacked journalists previously", 'Ali bin Tamim', direct=False),
        Q("the rebels are backed by Iran", 'Moammar al-Eryani', direct=False),
    ], counts=[
        C('killed', 'journalists', 1, 'exact', 'photojournalist Ziad al-Sharabi'),
        C('killed', 'civilians', 5, 'at_least', 'At least five other civilians'),
        C('injured', 'people', 20, 'about', 'around twenty more'),
        C('injured', 'journalists', 1, 'exact', 'colleague Faisal al-Thubhani'),
        C('killed', 'journalists', 16, 'exact', 'sixteen other journalist deaths'),
    ], events=[
        E('ASSAULT', 'Remote explosive/landmine/IED', 'YEM', 'REB', 'YEM', 'Mokha', 6,
          '2019-01-29'),
    ], conflict=True),

    # "riots" and "one country, two systems" are scare quotes and names, not quotes.
    A('en2019-64', quotes=[
        Q("marred by allegations of torture, forced confessions and arbitrary detentions.",
          'BBC'),
    ], counts=[
        C('other', 'protesters', 1000, 'at_least', 'thousands of Hong Kong protesters'),
        C('other', 'people', 2000000, 'exact', 'two million people'),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'HKG', 'CVL', 'HKG', 'Hong Kong', 0, '2019-06-21'),
        E('PROTEST', 'Peaceful protest', 'HKG', 'CVL', 'HKG', 'Hong Kong', 0, None),
    ], conflict=True),

    A('en2019-74', quotes=[
        Q("over a hundred people attended the party, located in Allegheny County, four of whom "
          "were injured in the shooting", 'police', direct=False),
        Q("the area is usually quiet", 'neighbors', direct=False),
        Q("Party-goers still at the scene after the shooting fled when police arrived", 'police',
          direct=False),
    ], counts=[
        C('other', 'people', 100, 'at_least', 'over a hundred people'),
        C('injured', 'teenagers', 4, 'exact', 'four of whom were injured'),
        C('injured', 'girls', 3, 'exact', 'three girls'),
        C('injured', 'boys', 1, 'exact', 'a boy'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'USA', 'Clairton', 0, '2019-07-20'),
    ], conflict=True),

    A('en2019-93', quotes=[
        Q("an inmate had been stabbed", 'California Department of Corrections and Rehabilitation',
          direct=False),
        Q("There was an assault on an inmate on Friday, August 30 at Richard J. Donovan "
          "Correctional Facility at 2:21 p.m. [...] Officers responded quickly and found an "
          "inmate with stab wound injuries [...] He was transported to an outside hospital for "
          "medical care, and is currently in stable condition.",
          'California Department of Corrections and Rehabilitation'),
        Q("they believed they had identified the attacker, who was being held in isolation "
          "pending investigation", 'California Department of Corrections and Rehabilitation',
          direct=False),
        Q("to have no memory of the night Kennedy was shot or of his own confession to the crime",
          'Sirhan Sirhan', direct=False),
    ], counts=[
        C('injured', 'inmates', 1, 'exact', 'an inmate had been stabbed'),
        C('killed', 'people', 1, 'exact', 'Robert was killed'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'USA', 'San Diego', 0, '2019-08-30'),
        E('ASSAULT', 'Attack', None, None, 'USA', None, 1, None),
    ], conflict=True),

    A('en2019-106', quotes=[
        Q("the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the largest "
          "processing plant at Abqaiq and the Khurais oil field", 'Saudi Press Agency',
          direct=False),
        Q("exports were continuing", 'Saudi Press Agency', direct=False),
        Q("both production and export of oil had been disrupted", 'Reuters', direct=False),
        Q("5.7  million barrels of per-day production had been disrupted", 'Saudi officials',
          direct=False),
        Q("it had carried out the attack using ten drones", 'Yahya Sarea', direct=False),
        Q('it was among the largest Houthi operations inside of Saudi Arabia and was accomplished '
          'with the help of "honourable people inside the kingdom"', 'Yahya Sarea', direct=False),
        Q("honourable people inside the kingdom", 'Yahya Sarea'),
        Q("These attacks are our right, and we warn the Saudis that our targets will keep "
          "expanding", 'Yahya Sarea'),
        Q("We have the right to strike back in retaliation to the air strikes and the targeting "
          "of our civilians for the last five years.", 'Yahya Sarea'),
        Q('there was "no evidence the attacks came from Yemen."', 'Mike Pompeo', direct=False),
        Q("no evidence the attacks came from Yemen.", 'Mike Pompeo'),
        Q("questions remain how much direct Iranian assistance is received by the Houthis who "
          "are ideologically aligned with Iran", 'Jonathan Marcus', direct=False),
    ], events=[
        E('ASSAULT', 'Air/drone strike', 'YEM', 'REB', 'SAU', 'Abqaiq', 0, '2019-09-14'),
        E('ASSAULT', 'Suicide bomb', None, 'REB', 'SAU', 'Abqaiq', 0, None),
    ], conflict=True),

    A('en2019-125', quotes=[
        Q("The police officers' lives were seriously threatened. To save his own and his "
          "colleagues' lives, he fired a live shot at the attacker.", 'Yolanda Yu Hoi-kwan'),
        Q("Sixty-six people or more were injured yesterday", 'health officials', direct=False),
    ], counts=[
        C('injured', 'protesters', 1, 'exact', 'landed a live round on a protester'),
        C('injured', 'reporters', 1, 'exact', 'one of them was injured'),
        C('injured', 'people', 66, 'at_least', 'Sixty-six people or more'),
    ], events=[
        E('ASSAULT', 'Excessive force against protesters', 'HKG', 'COP', 'HKG', 'Tsuen Wan', 0,
          '2019-10-01'),
        E('PROTEST', 'Violent demonstration', 'HKG', 'CVL', 'HKG', 'Hong Kong', 0,
          '2019-10-01'),
    ], conflict=True),

    # ACLED counts the attacker shot dead among the fatalities of the event (4 + 1).
    A('en2019-128', quotes=[
        Q("the three officers were stabbed with a kitchen knife in their offices", 'officials',
          direct=False),
        Q("the suspect's wife was taken into custody", 'Remy Heitz', direct=False),
        Q("the man was 45 years old and born in the French territory of Martinique", 'officials',
          direct=False),
        Q("the man had converted to Islam a year-and-a-half ago", 'Agence France-Presse',
          direct=False),
        Q("Paris is mourning its family this afternoon after this appalling attack on the "
          "[Police Prefecture]. The toll is heavy, several police lost their lives. In my name "
          "and that of the Parisians, my first thoughts go to the families of the victims and "
          "their relatives.", 'Anne Hidalgo'),
    ], counts=[
        C('killed', 'people', 4, 'exact', 'killing four'),
        C('injured', 'people', 1, 'exact', 'A fifth person was hospitalized'),
        C('killed', 'attackers', 1, 'exact', 'The attacker was shot dead'),
        C('killed', 'police officers', 3, 'exact', 'Three of the victims were male police officers'),
        C('killed', 'office workers', 1, 'exact', 'a female office worker'),
        C('arrested', 'wives', 1, 'exact', "the suspect's wife was taken into custody"),
    ], events=[
        E('ASSAULT', 'Attack', 'FRA', None, 'FRA', 'Paris', 5, '2019-10-03'),
        E('COERCE', 'Arrests', 'FRA', 'COP', 'FRA', None, 0, None),
    ], conflict=True),

    A('en2019-138', quotes=[
        Q("Indonesia's security minister Wiranto was stabbed", 'government authorities',
          direct=False),
        Q('Wiranto suffered "two deep wounds" in the attack', 'hospital', direct=False),
        Q("two deep wounds", 'hospital'),
        Q("Wiranto was flown to a hospital in Jakarta, and that his condition was stable",
          'Al Jazeera', direct=False),
        Q("two suspects were arrested", 'Dedi Prasetyo', direct=False),
        Q('police suspect the attackers had been "exposed to radicalism"', 'Dedi Prasetyo',
          direct=False),
        Q("exposed to radicalism", 'Dedi Prasetyo'),
        Q("the suspects were linked to the Jamaah Ansharut Daulah network, which itself was "
          "related to the Islamic State", 'Budi Gunawan', direct=False),
        Q("Widodo was planning to visit Wiranto, who was being treated at the Gatot Soebroto "
          "Army Hospital", 'Al Jazeera', direct=False),
    ], counts=[
        C('injured', 'ministers', 1, 'exact', 'Wiranto was stabbed'),
        C('injured', 'police chiefs', 1, 'exact', 'The local police chief'),
        C('injured', 'people', 2, 'exact', 'two others were also injured'),
        C('arrested', 'suspects', 2, 'exact', 'two suspects were arrested'),
    ], events=[
        E('ASSAULT', 'Attack', 'IDN', 'REB', 'IDN', 'Pandeglang', 0, '2019-10-10'),
        E('COERCE', 'Arrests', 'IDN', 'COP', 'IDN', None, 0, None),
    ], conflict=True),

    A('en2019-157', quotes=[
        Q("an attack that day on an Iraqi air base housing U.S. military personnel near Mosul "
          "produced no casualties", 'Combined Joint Task Force Operation Inherent Resolve',
          direct=False),
        Q("the attack took place at about 7:45 p.m.",
          'Combined Joint Task Force Operation Inherent Resolve', direct=False),
        Q("No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate "
          "response and investigation. Coalition forces are in Iraq at the invitation of the "
          "Government of Iraq to defeat ISIS remnants;",
          'Combined Joint Task Force Operation Inherent Resolve'),
        Q("we will not be deterred by these attacks and maintain the right to defend ourselves.",
          'Combined Joint Task Force Operation Inherent Resolve'),
        Q("Seventeen rockets struck near the base", 'Iraqi military', direct=False),
        Q("Iran, especially, amongst other outside parties, is unduly influencing their "
          "government and inducing politicians to act against Iraq's interests", 'protesters',
          direct=False),
    ], counts=[
        C('killed', 'protesters', 100, 'at_least', 'the protester death count in the hundreds'),
        C('deployed', 'troops', 5000, 'about', 'about 5000 U.S. troops'),
    ], events=[
        E('ASSAULT', 'Shelling/artillery/missile attack', None, None, 'IRQ', 'Mosul', 0,
          '2019-11-08'),
        E('PROTEST', None, 'IRQ', 'CVL', 'IRQ', 'Baghdad', None, None),
        E('THREATEN', None, 'IRQ', 'REB', 'IRQ', None, None, None),
    ], conflict=True),

    # 'human error' and "unintentionally" are partial quotes with a cue ("blaming").
    A('en2020-8', quotes=[
        Q('their government had "unintentionally" shot down a Ukrainian passenger jet near '
          'Tehran', 'Iran', direct=False),
        Q("unintentionally", 'Iran'),
        Q("human error", 'Iran'),
        Q("The Islamic Republic of Iran deeply regrets this disastrous mistake. My thoughts and "
          "prayers go to all the mourning families", 'Hassan Rouhani'),
        Q('the crash was "likely" Iran\'s doing', 'Mike Pompeo', direct=False),
        Q("likely", 'Mike Pompeo'),
        Q("We expect from Iran assurances of their readiness for a full and open investigation, "
          "bringing those responsible to justice, the return of the bodies of the dead, the "
          "payment of compensation, official apologies through diplomatic channels",
          'Volodymyr Zelenskyy'),
    ], counts=[
        C('killed', 'people', 176, 'exact', 'The 176 people on board were all killed'),
        C('killed', 'generals', 1, 'exact', 'killed Iranian general, Qasem Soleimani'),
    ], events=[
        E('ASSAULT', 'Shelling/artillery/missile attack', 'IRN', 'MIL', 'IRN', 'Tehran', 176,
          '2020-01-08'),
        E('ASSAULT', 'Shelling/artillery/missile attack', 'IRN', 'MIL', 'IRQ', None, 0,
          '2020-01-08'),
        E('ASSAULT', 'Air/drone strike', 'USA', 'MIL', 'IRQ', 'Baghdad', 1, None),
        E('CONCEDE', None, 'IRN', 'GOV', None, None, None, '2020-01-11'),
    ], conflict=True),

    A('en2020-62', quotes=[
        Q("there were suspects in custody", 'Abdullah al-Jahafi', direct=False),
        Q("Nabil's murder is unacceptable and constitutes a terrible new blow to journalism in "
          "Yemen[...]  journalists are now favourite targets, regardless of the region they "
          "cover", 'Sabrina Bennoui'),
        Q("the senseless killing of a courageous journalist doing his job despite threats and "
          "intimidation.", 'Phil Chetwynd'),
    ], counts=[
        C('killed', 'journalists', 1, 'exact', 'Nabil Hasan al-Quaety'),
        C('other', 'children', 3, 'exact', 'three children'),
        C('killed', 'soldiers', 6, 'exact', 'six soldiers dead'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'YEM', 'Aden', 1, '2020-06-02'),
        E('ASSAULT', 'Air/drone strike', None, None, 'YEM', None, 6, None),
        E('COERCE', 'Arrests', 'YEM', 'COP', 'YEM', 'Aden', 0, None),
    ], conflict=True),

    A('en2020-69', quotes=[
        Q("they were treating it as a terrorist incident", 'Thames Valley Police', direct=False),
        Q("mental health may be a factor in the attack", 'The Daily Telegraph', direct=False),
        Q("a man approached and attacked a group of middle-aged men, using a knife", 'witnesses',
          direct=False),
        Q("the police found nothing inconsistent with the attacker acting alone", 'Neil Basu',
          direct=False),
        Q("there is no suggestion of specific increased threat towards people in crowded places "
          "from terrorists", 'Neil Basu', direct=False),
        Q("this was not connected to the crime", 'Neil Basu', direct=False),
    ], counts=[
        C('killed', 'people', 3, 'exact', 'killed three people'),
        C('injured', 'people', 3, 'exact', 'injured three others'),
        C('arrested', 'men', 1, 'exact', 'A 25-year-old man was arrested'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'GBR', 'Reading', 3, '2020-06-20'),
        E('COERCE', 'Arrests', 'GBR', 'COP', 'GBR', 'Reading', 0, '2020-06-20'),
        E('PROTEST', 'Peaceful protest', 'GBR', 'CVL', 'GBR', 'Reading', 0, '2020-06-20'),
    ], conflict=True),

    A('en2020-77', quotes=[
        Q("at least 71 people were arrested Friday night", 'Vladimir Rebic', direct=False),
        Q("COVID-19 cases rose because President Aleksandar Vučić eased lockdown measures to win "
          "elections which were held on June 21", None, direct=False),
        Q("the night's incidents injured fourteen police officers", 'Vladimir Rebic',
          direct=False),
        Q("violent protesters were sent by the government", 'opposition parties', direct=False),
        Q("unspecified foreign security forces were involved in the protests",
          'Aleksandar Vučić', direct=False),
    ], counts=[
        C('arrested', 'people', 71, 'at_least', 'at least 71 people were arrested'),
        C('injured', 'police officers', 14, 'exact', 'fourteen police officers'),
    ], events=[
        E('PROTEST', 'Violent demonstration', 'SRB', 'CVL', 'SRB', 'Belgrade', 0, '2020-07-10'),
        E('COERCE', 'Arrests', 'SRB', 'COP', 'SRB', 'Belgrade', 0, '2020-07-10'),
    ], conflict=True),

    A('en2020-111', quotes=[
        Q("fireworks and flash bangs were used", None, direct=False),
        Q("twenty people were arrested, and two police officers were injured", "mayor's office",
          direct=False),
        Q("not doing her job", 'Donald Trump'),
        Q("there is currently no evidence to support the President's claims of widespread voter "
          "fraud", 'election officials', direct=False),
    ], counts=[
        C('other', 'people', 1000, 'at_least', 'several thousand people'),
        C('arrested', 'people', 20, 'exact', 'twenty people were arrested'),
        C('injured', 'police officers', 2, 'exact', 'two police officers were injured'),
    ], events=[
        E('PROTEST', 'Violent demonstration', 'USA', 'CVL', 'USA', 'Washington', 0,
          '2020-11-14'),
        E('COERCE', 'Arrests', 'USA', 'COP', 'USA', 'Washington', 0, '2020-11-14'),
    ], conflict=True),

    A('en2020-93', quotes=[
        Q("he moved to the custody centre for its greater safety", None, direct=False),
    ], counts=[
        C('killed', 'police officers', 1, 'exact', 'he was later pronounced dead'),
        C('injured', 'prisoners', 1, 'exact', 'a bullet hit him in the neck'),
        C('arrested', 'men', 1, 'exact', 'A man suspected to have supplied the gun'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'GBR', 'Croydon', 1, '2020-09-25'),
        E('COERCE', 'Arrests', 'GBR', 'COP', 'GBR', 'Norfolk', 0, '2020-09-27'),
        E('COERCE', 'Arrests', 'GBR', 'COP', 'GBR', 'Norbury', 0, '2020-09-25'),
    ], conflict=True),

    # A fire: deaths and injuries, no event.
    A('en2019-5', quotes=[
        Q("the baby girl was critically ill, while two adults were seriously injured",
          'fire service', direct=False),
        Q("the most seriously injured adults escaped alive by leaping from windows to flee the "
          "ten-storey building", 'local authorities', direct=False),
        Q("A second fire on Saturday, eighteen kilometres away in a another block of flats in La "
          "Llagosta, killed another person", 'firefighters', direct=False),
    ], counts=[
        C('killed', 'people', 3, 'exact', 'killed three'),
        C('killed', 'women', 1, 'exact', 'a 92-year-old woman'),
        C('injured', 'people', 16, 'exact', 'injured sixteen'),
        C('injured', 'babies', 1, 'exact', 'a baby'),
        C('injured', 'adults', 2, 'exact', 'two adults were seriously injured'),
        C('killed', 'people', 1, 'exact', 'killed another person'),
    ]),

    # A bus run by the military crashes: no event; road statistics count people.
    A('en2019-10', quotes=[
        Q("he lost control", 'bus driver', direct=False),
        Q("he was attempting to pass another vehicle", 'local press', direct=False),
        Q("of the 40 passengers, 22 were Cuban", None, direct=False),
        Q("Thursday's accident was the fourth major bus crash in a month", 'Sky News',
          direct=False),
    ], counts=[
        C('killed', 'people', 7, 'exact', 'killed seven'),
        C('other', 'passengers', 40, 'exact', 'the 40 passengers'),
        C('other', 'Cubans', 22, 'exact', '22 were Cuban'),
        C('killed', 'foreigners', 4, 'exact', 'Four of the deceased were from overseas'),
        C('killed', 'Argentinians', 2, 'exact', 'two Argentinians'),
        C('killed', 'French', 1, 'exact', 'one from France'),
        C('killed', 'Germans', 1, 'exact', 'a fourth from Germany'),
        C('killed', 'people', 750, 'exact', '750 deaths'),
        C('injured', 'people', 7999, 'exact', '7,999 injuries'),
        C('injured', 'people', 33, 'exact', '33 were reported hopitalised'),
        C('injured', 'people', 5, 'exact', 'five seriously injured'),
    ]),

    # Athletics: times, ages and years are not counts.
    A('en2019-123', quotes=[
        Q("This was a very tough race. I actually felt my heart was going to stop [...] I thought "
          "'I'm going to die but it's going to be worth it'.", 'Karsten Warholm'),
        Q("This is only the beginning and I am very lucky to win [...] It's deserved but in the "
          "future these guys will be tougher to beat. Tomorrow I have to get up and work again. "
          "That is what I love.", 'Karsten Warholm'),
    ]),

    # "open race" is a term in quotation marks, not a quote.
    A('en2019-141', quotes=[
        Q("They are among the best athletes in the world — so thank you,", 'Eliud Kipchoge'),
        Q("I appreciate them for accepting this job. We did this one together.",
          'Eliud Kipchoge'),
        Q("Today we went to the Moon and came back to earth! I am at a loss for words for all "
          "the support I have received from all over the world.", 'Eliud Kipchoge'),
    ], counts=[
        C('other', 'pacemakers', 42, 'exact', '42 pacemakers'),
    ]),

    # An earthquake: injuries and deaths, magnitudes and distances are not counts.
    A('en2019-71', quotes=[
        Q("an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and "
          "damaging churches, houses, and other infrastructure", 'Philippine officials',
          direct=False),
        Q("the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and "
          "Cortes", 'Alexander Pimentel', direct=False),
        Q("the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, "
          "73 km (45 miles) north of Tandag City, the capital of Surigao del Sur",
          'Philippine Institute of Volcanology and Seismology', direct=False),
        Q("the earthquake's magnitude was 5.5",
          'Philippine Institute of Volcanology and Seismology', direct=False),
        Q("Madrid District Hospital in the town of Madrid, which sustained cracks on concrete "
          "walls with some pieces falling to the ground, treated 25 wounded people who evacuated "
          "to the hospital", 'Alexander Pimentel', direct=False),
    ], counts=[
        C('injured', 'people', 25, 'at_least', 'at least 25 people'),
        C('killed', 'people', 11, 'exact', 'eleven deaths'),
    ]),

    # Rugby: "defeated", "beat us" and "high shot" are sport, not violence.
    A('en2020-83', quotes=[
        Q("I am [pretty happy with that]", 'Geoff Ingram'),
        QR("We made a lot of ground on where we were", "big ground on that gap today.",
           'Geoff Ingram'),
        Q("Yeah, it didn't come our way, we had a few silly mistakes", 'Sam Marshall'),
        QR("A couple of yellows [and] disciplines.", "things we have to work on.",
           'Sam Marshall'),
        QR("One of them was questionable.", "the other one probably not.", 'Geoff Ingram'),
    ]),

    A('en2020-14', quotes=[
        Q("a helicopter with United States basketball player Kobe Bryant and eight others on "
          "board crashed in Calabasas, California", 'authorities', direct=False),
        Q("Bryant and Gianna were on their way to a basketball game, and the passengers also "
          "included another player and the player's parent", 'Adrian Wojnarowski',
          direct=False),
        Q("the Federal Aviation Administration and the National Transportation Safety Board "
          "were to investigate the cause of the crash", 'Calabasas', direct=False),
    ], counts=[
        C('killed', 'basketball players', 1, 'exact', 'Kobe Bryant'),
        C('killed', 'people', 8, 'exact', 'eight others on board'),
        C('killed', 'daughters', 1, 'exact', 'his daughter Gianna'),
        C('killed', 'people', 7, 'exact', 'seven others'),
    ]),

    # Killed by his lions: a death, not an assault; lions are not people.
    A('en2019-86', quotes=[
        Q('Van Biljon, reportedly often referred to as "The Lion Man", had been in the lions\' '
          'area attempting to mend a fence at the time', 'local news media', direct=False),
        Q("It is one of over two hundred lion lodges in South Africa, which collectively house "
          "and breed more than six thousand lions", 'scientists', direct=False),
        Q("neighbors from other lodges nearby attempted, but were unable, to save van Biljon",
          'Connie Moganedi', direct=False),
        Q("the lions were killed", 'Connie Moganedi', direct=False),
    ], counts=[
        C('killed', 'people', 1, 'exact', 'was killed by his lions'),
    ]),

    # "immediate area" and "Operation Peace Spring" are a term and a name, not quotes.
    A('en2019-143', quotes=[
        Q("it had entered into an agreement with the government of Syria",
          'Syrian Democratic Forces', direct=False),
        Q("government forces began deploying into previously SDF controlled territory yesterday",
          'Syrian state media', direct=False),
        QR("An agreement has been reached with the Syrian government", "stop [the Turkish] aggression",
           'Syrian Democratic Forces'),
        Q("The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell "
          "Tamer and Ain Issa yesterday", 'Syrian state media', direct=False),
        Q("hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish "
          "airstrikes from a camp at Ain Issa", 'Syrian Democratic Forces', direct=False),
        Q('the invasion was "to prevent the creation of a terror corridor across our southern '
          'border, and to bring peace to the area."', 'Recep Tayyip Erdoğan', direct=False),
        Q("to prevent the creation of a terror corridor across our southern border, and to bring "
          "peace to the area.", 'Recep Tayyip Erdoğan'),
        Q("They need to stand by us", 'Recep Tayyip Erdoğan'),
        Q("I count on Turkey to act with restraint & ensure that the gains we have made in the "
          "fight against ISIS are not jeopardised.", 'Jens Stoltenberg'),
    ], counts=[
        C('other', 'fighters', 100, 'at_least', 'hundreds of ISIS'),
    ], events=[
        E('AGREE', 'Agreement', 'SYR', 'REB', 'SYR', None, 0, '2019-10-13'),
        E('ASSAULT', 'Air/drone strike', 'TUR', 'MIL', 'SYR', None, 0, '2019-10-09'),
        E('MOBILIZE', 'Non-violent transfer of territory', 'SYR', 'MIL', 'SYR', 'Tell Tamer', 0,
          '2019-10-14'),
        E('RETREAT', None, 'USA', 'MIL', 'SYR', None, None, '2019-10-13'),
        E('CONSULT', None, 'USA', 'GOV', None, None, None, '2019-10-06'),
    ], conflict=True),

    # "the 9/11 attacks" Osama bin Laden orchestrated is a descriptor, not an event reported.
    A('en2019-108', quotes=[
        Q("Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in a "
          "US counter-terrorism operation", 'Donald Trump', direct=False),
        QR("Hamza bin Ladin, the high-ranking", "various terrorist groups.", 'Donald Trump'),
        Q("he died within two years before, perhaps within a few months",
          'United States Department of Defense', direct=False),
        Q("Hamza bin Laden had appeared in Al-Qaeda videos since he was a young boy and his "
          "father saw a leadership role for him", 'Ali Soufan', direct=False),
        Q("Hamza bridged a generational gap between newer Al-Qaeda members and veteran members",
          'Ali Soufan', direct=False),
        Q("emerging", 'US State Department'),
    ], counts=[
        C('killed', 'people', 1, 'exact', 'has been killed'),
    ], events=[
        E('ASSAULT', None, 'USA', 'MIL', None, None, 1, None),
        E('ASSAULT', None, 'USA', 'MIL', 'PAK', None, 1, None),
    ], conflict=True),

    # A stampede kills (no event); the airstrike that killed Soleimani is an event.
    A('en2020-3', quotes=[
        Q("During the funeral of Iranian commander General Qasem Soleimani on Tuesday, a stampede "
          "erupted, resulting in a several-hours postponement of Soleimani's burial",
          'state media', direct=False),
        Q("The stampede, which occurred in Kerman, resulted in at least 56 deaths and over 200 "
          "people injured", 'state television', direct=False),
    ], counts=[
        C('killed', 'people', 56, 'at_least', 'at least 56 deaths'),
        C('injured', 'people', 200, 'at_least', 'over 200 people injured'),
        C('other', 'people', 10000, 'at_least', 'tens or hundreds of thousands'),
        C('other', 'people', 1000000, 'at_least', 'More than a million people'),
        C('killed', 'generals', 1, 'exact', 'He was killed last week'),
    ], events=[
        E('ASSAULT', 'Air/drone strike', 'USA', 'MIL', 'IRQ', None, 1, None),
    ], conflict=True),

    A('en2019-109', quotes=[
        Q("they had arrested a second man in connection with the theft of a gold toilet",
          'Thames Valley Police', direct=False),
        Q("We are continuing to investigate this incident and have made a second arrest in "
          "connection with it. Our priority is to locate the stolen item, and I would urge anyone "
          "with any information to contact police by calling 101", 'Steven Jones'),
        Q("they believe the theft involved a group of thieves and multiple vehicles",
          'Thames Valley Police', direct=False),
        Q("At first, when they woke me up this morning with the news, I thought it was a prank: "
          "Who's so stupid to steal a toilet?", 'Maurizio Cattelan'),
        Q("I had forgotten for a second that it was made out of gold.", 'Maurizio Cattelan'),
        Q('the toilet represented a "comment on the American dream"', 'Dominic Hare',
          direct=False),
        Q("comment on the American dream", 'Dominic Hare'),
    ], counts=[
        C('arrested', 'men', 1, 'exact', 'arrested a second man'),
    ], events=[
        E('COERCE', 'Arrests', 'GBR', 'COP', 'GBR', None, 0, '2019-09-14'),
        E('COERCE', 'Arrests', 'GBR', 'COP', 'GBR', None, 0, None),
    ], conflict=True),

    # Politics without an event; "I never threaten anybody" is not a threat.
    A('en2019-6', quotes=[
        Q("he can and may declare a national state of emergency, which he said would allow him "
          "to act without approval from Congress and allocate funding for the construction of a "
          "wall along the country's border with Mexico", 'Donald Trump', direct=False),
        Q("I can do it [call a national emergency] if I want. I may do it.", 'Donald Trump'),
        Q("he would prefer to agree a solution with the opposition", 'Donald Trump',
          direct=False),
        Q("I never threaten anybody.", 'Donald Trump'),
        Q("the wall was a crucial part of America's border security", 'Donald Trump',
          direct=False),
        Q('the United States is "in the midst of a crisis on our southern border."', 'Mike Pence',
          direct=False),
        Q("in the midst of a crisis on our southern border.", 'Mike Pence'),
        Q("We are committed to keeping our border safe. We can do that best when government is "
          "open. We made that clear to the president.", 'Nancy Pelosi'),
        Q("We made a plea to the president once again: don't hold hundreds of thousands of "
          "federal workers hostage", 'Chuck Schumer'),
        Q("So we told the president we needed the government open. He resisted.",
          'Chuck Schumer'),
        Q("a non-starter", 'Adam Schiff'),
        QR("I can just tell you, I don't know", "without any concern", 'Dick Durbin'),
        Q('he would be okay if the impasse over the shutdown went on for "years."',
          'Donald Trump', direct=False),
        Q("years.", 'Donald Trump'),
    ], counts=[
        C('other', 'federal workers', 100000, 'at_least', 'hundreds of thousands of federal workers'),
    ]),

    # A fire: partial quotes ("crushing", "severe burns") have speakers; no event.
    A('en2019-2', quotes=[
        Q('the victims were "joyful girls starting out in life [who] have had life torn away from '
          'them" in an "appalling tragedy"', 'Andrzej Duda', direct=False),
        Q("joyful girls starting out in life [who] have had life torn away from them",
          'Andrzej Duda'),
        Q("appalling tragedy", 'Andrzej Duda'),
        Q("he had ordered fire safety checks on escape rooms across Poland by the State Fire "
          "Brigade", 'Joachim Brudziński', direct=False),
        Q("I want to express my sympathy and regrets to the families of the victims of the fire",
          'Joachim Brudziński'),
        Q("crushing", 'Andrzej Duda'),
        Q("May God protect their parents and loved ones.", 'Andrzej Duda'),
        Q('the male victim is in intensive care with "severe burns"', 'Tomasz Kubiak',
          direct=False),
        Q("severe burns", 'Tomasz Kubiak'),
        Q("police believe him to be aged 25", 'Monika Kosiec', direct=False),
        Q("police have been unable to question him", 'Monika Kosiec', direct=False),
        Q("all five deaths were caused by carbon monoxide poisoning", 'PAP', direct=False),
    ], counts=[
        C('killed', 'girls', 5, 'exact', 'killed five girls'),
        C('injured', 'men', 1, 'exact', 'seriously injured a man'),
    ]),

    # A pandemic declared: bracketed capitals inside quotes; disease cases are not people.
    A('en2020-35', quotes=[
        Q("All countries can still change the course of this pandemic. If countries detect, test, "
          "treat, isolate, trace and mobilize their people in the response,",
          'Tedros Adhanom Ghebreyesus'),
        Q("We are deeply concerned both by the alarming levels of spread and severity and by the "
          "alarming levels of inaction.", 'Tedros Adhanom Ghebreyesus'),
        Q('the pandemic is "unprecedented."', 'Tom Frieden', direct=False),
        Q("unprecedented.", 'Tom Frieden'),
        Q("[o]ther than influenza, no other respiratory virus has been tracked from emergence to "
          "continuous global spread.", 'Tom Frieden'),
        Q("[w]e have never before seen a pandemic sparked by a coronavirus.",
          'Tedros Adhanom Ghebreyesus'),
        Q("[a]nd we have never before seen a pandemic that can be controlled at the same time.",
          'Tedros Adhanom Ghebreyesus'),
        Q("[b]ottom line, it's going to get worse.", 'Anthony Fauci'),
        Q("there were at least 126,000 cases of COVID-19 worldwide, resulting in over 4,600 "
          "deaths", 'Associated Press', direct=False),
    ], counts=[
        C('killed', 'people', 4600, 'at_least', 'over 4,600 deaths'),
    ]),
]
