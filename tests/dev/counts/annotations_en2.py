"""Counts of people in English dev articles, second part (tests/dev/counts/build_dev.py).

Added by counts3: articles of ../shared/data/articles in neither the gold nor the other dev sets,
annotated from the text (docs/gold.md) before sitrep was run on them. Accidents, disasters,
crimes and trials, plus news that is not about conflict (percentages, ages, money).
Jailed people are counted as `arrested`; victims of sexual abuse as `other`.
"""
from build_gold import A, C

ARTICLES = [
    A('en2019-3', counts=[
        C('killed', 'children', 5, 'exact', 'killed five children'),
        C('killed', 'truck drivers', 2, 'exact', 'two truck drivers'),
        C('injured', 'people', 8, 'at_least', 'At least eight more people were hospitalized'),
    ]),
    A('en2019-12', counts=[
        C('other', 'people', 16, 'exact', 'the sixteen on-board'),
        C('killed', 'people', 15, 'exact', 'All but one of the sixteen on-board died'),
    ]),
    A('en2019-34', counts=[
        C('killed', 'people', 9, 'exact', 'killed nine people'),
        C('injured', 'people', 50, 'at_least', 'injured at least 50 more'),
        C('killed', 'victims', 4, 'exact', 'four victims were from a single family'),
        C('other', 'people', 1000000, 'at_least', 'Millions dwell'),
    ]),
    A('en2019-21', counts=[
        C('killed', 'people', 8, 'exact', 'eight murders'),
        C('killed', 'people', 1, 'exact', "McArthur's first victim of the eight"),
        C('killed', 'activists', 1, 'exact', 'the final victim, LGBT activist Andrew Kinsman'),
        C('missing', 'activists', 1, 'exact', 'was quickly reported missing'),
    ], conflict=True),
    A('en2019-22', counts=[
        C('arrested', 'police officers', 2, 'exact', 'two French police officers'),
        C('other', 'tourists', 1, 'exact', 'raping a Canadian tourist'),
    ], conflict=True),
    A('en2019-38', counts=[
        C('arrested', 'men', 9, 'exact', 'nine men were jailed'),
        C('other', 'girls', 2, 'exact', 'two teenage girls'),
    ], conflict=True),
    A('en2019-95', counts=[
        C('killed', 'people', 20, 'exact', 'twenty people have been confirmed killed'),
        C('other', 'people', 60000, 'about', 'some 60 thousand people'),
    ]),
    A('en2019-169', counts=[
        C('killed', 'people', 20, 'at_least', 'killing at least 20'),
        C('other', 'people', 15000, 'at_least', 'at least 15,000 stranded'),
        C('evacuated', 'civilians', 58000, 'at_least', 'over 58,000 civilians to evacuate'),
        C('killed', 'people', 6000, 'at_least', 'killed over 6,000 people'),
    ]),
    A('en2020-63', counts=[
        C('killed', 'women', 1, 'exact', 'A rescued woman died'),
    ]),
    A('en2020-60', counts=[
        C('killed', 'occupants', 3, 'exact', 'Three occupants of the helicopter died'),
        C('injured', 'firefighters', 3, 'exact', 'three firefighters were injured'),
        C('other', 'people', 38000, 'about', 'around 38,000 people'),
    ]),
    A('en2020-56', counts=[
        C('arrested', 'tennis players', 1, 'exact', 'was arrested on Friday'),
    ], conflict=True),
    A('en2019-26'),  # percentages, an age
    A('en2019-66', counts=[
        C('killed', 'riders', 7, 'exact', 'killing seven riders'),
        C('injured', 'riders', 3, 'exact', 'injuring three more'),
        C('arrested', 'people', 1, 'exact', 'Zhukovskyy was arrested Monday'),
    ]),
    A('en2020-39', counts=[
        C('other', 'people', 100, 'at_least', 'a few hundred people attended'),
        C('other', 'people', 200, 'about', 'around 200 people attended'),
        C('killed', 'people', 6606, 'exact', 'claimed 6606 lives'),
        C('killed', 'patients', 3, 'exact', 'three patients have died'),
    ]),
    A('en2020-44', counts=[
        C('killed', 'people', 5, 'exact', 'five new deaths'),
        C('killed', 'people', 17, 'exact', 'A total of 17 deaths'),
        C('killed', 'males', 4, 'exact', 'four males'),
        C('killed', 'females', 1, 'exact', 'one female'),
        C('killed', 'victims', 2, 'exact', 'two of the victims'),
        C('killed', 'directors', 1, 'exact', 'one of the deceased was Jalal Saifur Rahman'),
    ]),
    A('en2019-111', counts=[
        C('killed', 'engineers', 1, 'exact', 'an engineer was killed'),
    ]),
    A('en2019-87', counts=[
        C('killed', 'chefs', 1, 'exact', 'was discovered dead'),
    ]),
]
