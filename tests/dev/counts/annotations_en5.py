"""Counts of people in English dev articles, fifth part (tests/dev/counts/build_dev.py).

Added by the counts helper of 2026-12-07 (evening): 23 English Wikinews articles,
a share of the English articles unused so far (in neither the gold nor any other dev set),
annotated from the article text alone (docs/gold.md) and committed before sitrep was run on them.
Mostly news that is not about conflict (weather, elections, obituaries, business, science): they
measure precision on ages, years, scores, votes, delegates, speeds and money as much as recall.
Conventions of parts 2 to 4: jailed or sentenced to prison counts as `arrested`; a person who dies
of any cause is `killed` 1 with the title the article gives them; people counted for any other
reason (employees, members, candidates who withdrew, MPs, study volunteers) are `other`; delegates
and votes are never counts; a threshold ("a majority of 170 MPs") is not a count.
"""
from build_gold import A, C

ARTICLES = [
    A('en2019-110'),  # speeds, distances, hurricanes
    A('en2019-107'),  # speeds, distances, hurricanes
    A('en2019-146', counts=[
        C('killed', 'representatives', 1, 'exact', 'Elijah Cummings died'),
    ]),  # ages, years, "fourteen years", "twenty three years"
    A('en2020-21', counts=[
        C('other', 'volunteers', 18, 'exact', 'eighteen infected volunteers'),
        C('other', 'volunteers', 1, 'exact', 'one asymptomatic infected volunteer'),
    ]),  # the volunteers are the study's subjects; R0 values are no counts
    A('en2019-40', counts=[
        C('arrested', 'advisors', 1, 'exact',
          'A former advisor for U.S. President Donald Trump was sentenced'),
    ]),  # months of prison, money, "18 counts of fraud"
    A('en2020-82'),  # times; crews and customers without a number
    A('en2020-94'),  # tested positive: cases of a disease; ages
    A('en2020-95', counts=[
        C('killed', 'guitarists', 1, 'exact', 'died Tuesday at age 65'),
    ]),  # copies sold, chart position, years
    A('en2020-43', counts=[
        C('other', 'people', 1000000, 'at_least', 'over a million people'),
    ]),  # delegates, ballots, polling stations, percentages
    A('en2019-79', counts=[
        C('other', 'vendors', 70, 'at_least', 'More than 70 vendors'),
    ]),  # square feet, years, film festivals
    A('en2020-20', counts=[
        C('arrested', 'governors', 1, 'exact', 'Rod Blagojevich was jailed'),
        C('arrested', 'people', 1, 'exact', 'was sentenced to serve 188 months'),
    ]),  # pardons and commutations are acts; the second fact also covers Friedler ("sentenced to
    # two months in prison"); people only convicted are not counted
    A('en2019-63', counts=[
        C('killed', 'heiresses', 1, 'exact', 'Gloria Vanderbilt died'),
        C('killed', 'fathers', 1, 'exact', 'Her father, Reginald Claypoole Vanderbilt, died'),
        C('killed', 'sons', 1, 'exact', 'Another son, Carter Cooper, predeceased her'),
        C('other', 'sons', 4, 'exact', "four sons"),
        C('other', 'sons', 2, 'exact', 'survived by two sons'),
    ]),  # ages, money, years
    A('en2019-70', counts=[
        C('deployed', 'National Guard', 3000, 'exact', '3000 of the National Guard'),
    ]),  # speeds, distances, feet
    A('en2019-46'),  # records, profiles, databases
    A('en2019-135'),  # money, exoplanets, light years
    A('en2019-168', counts=[
        C('other', 'representatives', 2, 'exact', 'Two Democratic Representatives'),
        C('other', 'presidents', 2, 'exact', 'two other Presidents'),
    ]),  # votes "230-to-197", articles of impeachment
    A('en2020-17', counts=[
        C('other', 'candidates', 3, 'exact', 'three candidates withdrew'),
    ]),  # percentages, delegates
    A('en2020-25'),  # delegates, percentages, states
    A('en2019-149', counts=[
        C('other', 'MPs', 8, 'exact', '8 independent MPs'),
        C('other', 'MPs', 1, 'exact', 'one MP of the People'),
    ]),  # seats; "a majority of 170 MPs" is a threshold
    A('en2020-68', counts=[
        C('other', 'employees', 7000, 'about', 'about 7000 employees'),
        C('other', 'employees', 5000, 'about', 'about 5000 employees'),
    ]),  # stores, money, percentages
    A('en2019-23'),  # butterflies, hectares, percentages
    A('en2019-90'),  # percentages, years
    A('en2019-76', counts=[
        C('other', 'members', 160000, 'about', 'roughly 160,000 members of the Conservative Party'),
    ]),  # votes, years
]
