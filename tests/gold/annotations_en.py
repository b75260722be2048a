# Hand annotations of English Wikinews 2019-2020 articles (CC BY 2.5); see docs/gold.md.
# Ids: en<year>-<row index in shared/data/articles/en_wikinews/wikinews_<year>.csv>.
from build_gold import A, C, E, Q

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
        E('ACCUSE', None, 'USA', 'GOV', None, None, None, None),
        E('ASSAULT', 'Suicide bomb', None, 'REB', 'SAU', 'Abqaiq', 0, None),
    ], conflict=True),
]
