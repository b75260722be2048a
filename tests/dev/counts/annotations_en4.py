"""Counts of people in English dev articles, fourth part (tests/dev/counts/build_dev.py).

Added by counts4 after the part 3 tuning: the last English articles of ../shared/data/articles
with counts of people that are in neither the gold nor any other dev set (counts, quotes,
events), annotated from the article text alone (docs/gold.md) before sitrep was run on them.
Mostly epidemics, obituaries, statistics and background violence, which is what the remaining
articles hold. Conventions of parts 2 and 3, and: people treated in hospital for a disease,
recovered or discharged, vaccinated, attending or living somewhere are `other`; infections and
cases of a disease are never counts; a person who dies of any cause is `killed` 1 with the
title the article gives them; rates ("seven per 100,000") are not counts.
No French article was left outside the gold and the other dev sets.
"""
from build_gold import A, C

ARTICLES = [
    A('en2019-8', counts=[
        C('other', 'crewmembers', 10, 'at_least', 'over ten crewmembers'),
        C('other', 'crew', 11, 'exact', 'eleven other crew'),
    ]),
    A('en2019-17'),  # rates per 100,000, percentages, ages, years
    A('en2019-161', counts=[
        C('killed', 'people', 100000, 'at_least', 'upwards of 100,000 deaths'),
        C('killed', 'people', 16000, 'about', 'roughly 16,000 premature deaths'),
    ]),
    A('en2019-164', counts=[
        C('killed', 'people', 62, 'at_least', 'killed at least 62'),
        C('killed', 'children', 54, 'exact', '54 small children'),
        C('killed', 'people', 53, 'exact', '53 measles related deaths'),
        C('other', 'individuals', 58150, 'exact', 'vaccinated 58,150 individuals'),
        C('killed', 'children', 2, 'exact', 'two small children died'),
    ]),  # "roughly 200,0000 residents" is a misprint, left out
    A('en2020-0', counts=[
        C('other', 'people', 1846, 'exact', '1846 persons were hospitalized'),
        C('other', 'people', 1720, 'exact', '1720 had already been discharged'),
        C('killed', 'people', 81, 'exact', '81 had lost their lives'),
        C('killed', 'people', 140000, 'about', '140 thousand related deaths'),
    ]),
    A('en2020-12', counts=[
        C('killed', 'people', 3, 'exact', 'killed three people'),
    ]),  # people infected are cases of a disease
    A('en2020-26', counts=[
        C('killed', 'council members', 1, 'exact', 'died of COVID-19'),
        C('killed', 'mothers', 1, 'exact', "Mir-Mohammadi's mother died"),
        C('killed', 'people', 12, 'exact', '12 new deaths'),
        C('killed', 'people', 66, 'exact', 'the number of deaths is 66'),
        C('other', 'patients', 291, 'exact', '291 patients have recovered'),
    ]),
    A('en2020-42', counts=[
        C('killed', 'people', 52000, 'at_least', 'At least 52 thousand deaths'),
        C('killed', 'people', 1, 'exact', 'its first coronavirus-related death'),
        C('killed', 'people', 5900, 'at_least', 'at least 5,900 deaths'),
        C('killed', 'people', 1000, 'at_least', 'over 1,000 US deaths'),
    ]),
    A('en2020-50', counts=[
        C('killed', 'people', 55000, 'at_least', 'at least 55,000 deaths'),
        C('killed', 'people', 27000, 'about', 'had around 27,000'),
    ]),  # "over one 1,000 deaths per day" is a rate
    A('en2019-39', counts=[
        C('other', 'astronauts', 2, 'exact', 'two astronauts'),
    ]),  # "enough room for seven people" is a capacity
    A('en2019-54', counts=[
        C('other', 'people', 46, 'exact', 'attended by 46 people'),
        C('other', 'people', 400, 'about', 'about 400 people'),
        C('other', 'participants', 2, 'exact', 'two participants'),
    ]),
    A('en2020-75', counts=[
        C('killed', 'people', 15393, 'exact', 'claimed 15,393 lives'),
        C('killed', 'people', 170, 'exact', '170 suspected deaths'),
        C('killed', 'people', 88, 'exact', '88 deaths'),
    ]),
    A('en2020-76', counts=[
        C('killed', 'mayors', 1, 'exact', 'was found dead'),
        C('missing', 'mayors', 1, 'exact', 'reported missing'),
        C('deployed', 'police officers', 500, 'at_least', 'over 500 police officers'),
    ]),
    A('en2020-122', counts=[
        C('evacuated', 'people', 36, 'exact', 'the 36 people were moved'),
    ]),  # the infected and the army personnel among them are cases
    A('en2019-14', counts=[
        C('killed', 'agents', 1, 'exact', 'Tony Mendez died'),
        C('other', 'people', 12, 'at_least', 'dozens of people there hostage'),
        C('other', 'diplomats', 6, 'exact', 'Six other U.S. diplomats'),
        C('other', 'children', 3, 'exact', 'three children'),
        C('other', 'grandchildren', 2, 'exact', 'two grandchildren'),
        C('killed', 'sons', 1, 'exact', 'Another son has predeceased him'),
    ]),
    A('en2019-68', counts=[
        C('killed', 'people', 2, 'exact', 'two people were killed'),
        C('injured', 'people', 8, 'at_least', 'at least eight people were injured'),
    ], conflict=True),
    A('en2019-99', counts=[
        C('killed', 'presidents', 1, 'exact', 'has died'),
        C('arrested', 'presidents', 1, 'exact', 'was arrested in 1963'),
        C('killed', 'Ndebele', 1000, 'at_least', 'thousands if not tens of thousands of ethnic '
                                                 'Ndebele killed'),
    ], conflict=True),
    A('en2020-37', counts=[
        C('other', 'people', 70000, 'about', 'about 70,000 people'),
        C('other', 'people', 1000000, 'at_least', 'just over one million'),
    ]),
    A('en2020-65', counts=[
        C('killed', 'presidents', 1, 'exact', 'died at the age of 55'),
        C('killed', 'people', 100, 'at_least', 'hundreds died'),
        C('killed', 'people', 300000, 'about', 'Around 300,000 people were killed'),
    ]),
]
