"""Counts of people in English dev articles, third part (tests/dev/counts/build_dev.py).

Added by counts3 after the rules were tuned on part 2: articles of ../shared/data/articles in
neither the gold nor the other dev sets, annotated from the text (docs/gold.md) before sitrep's
output on them was looked at, to measure the tuned rules on text they were not written from.
Same conventions as part 2: jailed or sentenced to prison counts as `arrested`.
"""
from build_gold import A, C

ARTICLES = [
    A('en2019-13', counts=[
        C('killed', 'people', 189, 'exact', 'All 189 on the aircraft died'),
    ]),
    A('en2019-48', counts=[
        C('other', 'firefighters', 400, 'at_least', 'over 400 firefighters'),
    ]),
    A('en2020-4'),  # parking spaces, cars, vehicles; "no humans had been hurt"
    A('en2019-121', counts=[
        C('killed', 'people', 1, 'exact', 'Baloch was murdered'),
        C('arrested', 'brothers', 1, 'exact', 'his 2016 arrest'),
    ], conflict=True),
    A('en2019-67', counts=[
        C('killed', 'women', 1, 'exact', 'killed a woman named Heather Heyer'),
        C('injured', 'people', 19, 'at_least', 'injured at least nineteen others'),
        C('arrested', 'men', 1, 'exact', 'Ohio man James Alex Fields'),
    ], conflict=True),
    A('en2019-124'),  # wind speeds, counties
    A('en2020-10', counts=[
        C('killed', 'people', 1, 'exact', 'killed one'),
        C('injured', 'people', 8, 'exact', 'injured eight people'),
        C('killed', 'people', 3000, 'about', 'claimed about 3000 lives'),
    ]),
    A('en2020-57', counts=[
        C('killed', 'people', 100000, 'at_least', 'surpassed 100,000'),
        C('killed', 'people', 37542, 'exact', 'reporting 37,542 deaths'),
    ]),
    A('en2019-49', counts=[
        C('other', 'children', 13, 'exact', 'their thirteen children'),
        C('injured', 'children', 12, 'exact', 'all but the youngest of their thirteen children'),
        C('arrested', 'parents', 2, 'exact', 'The two parents were arrested'),
    ], conflict=True),
    A('en2019-127', counts=[
        C('arrested', 'doctors', 1, 'exact', 'sentenced a doctor'),
        C('killed', 'women', 1, 'exact', "a West Virginia woman's death"),
        C('other', 'children', 5, 'exact', 'five children'),
    ]),
    A('en2019-30', counts=[
        C('killed', 'children', 1, 'exact', 'a three-year-old Syrian child who drowned'),
        C('killed', 'migrants', 11, 'exact', 'eleven migrants who died'),
        C('killed', 'brothers', 1, 'exact', 'his brother'),
        C('killed', 'mothers', 1, 'exact', 'his mother'),
        C('arrested', 'smugglers', 2, 'exact', 'two people smugglers'),
        C('other', 'people', 14000, 'about', 'around 14,000 lives saved'),
    ]),
]
