"""Counts of people in French dev articles, third part (tests/dev/counts/build_dev.py).

Added by counts5: the 20 French articles of ../shared/data/articles that are in the quote or event
dev sets (tests/dev/quotes/quotes_fr*.jsonl, tests/dev/events/events_fr.jsonl) but were in no
count dev part (the seed, also in those sets, is already in part 1). Their ids were checked
against tests/gold/*.jsonl: none is a gold article. Annotated from the article text
(docs/gold.md) before sitrep was run on them. Mostly news that is not about conflict (finance,
science, elections): they test precision, with a few single deaths and disappearances.
"""
from build_gold import A, C

ARTICLES = [
    A('43971'),  # a launch: kilograms, kilometres, days, engines
    A('44231', counts=[
        C('killed', 'journalists', 1, 'exact', "Thierry Roland s'est éteint"),
    ]),
    A('44373'),  # banks and notches
    A('44520', counts=[
        C('other', 'spokespeople', 2, 'exact', 'deux porte-parole'),
    ]),
    A('44522', counts=[
        # 'deux mineurs' defines a hypothetical household: not a count
        C('other', 'inhabitants', 16000000, 'about', "environ 16 000 000 d'habitants"),
    ]),
    A('44527', counts=[
        C('killed', 'leaders', 1, 'exact', 'Yasser Arafat, décédé'),
        C('killed', 'spies', 1, 'exact', "l'assassinat de l'ex-espion russe Alexandre Litvinenko"),
        C('killed', 'prime ministers', 1, 'exact',
          'l’assassinat de l’ancien Premier ministre libanais Rafic Hariri'),
    ]),
    A('44533'),  # money, percentages; 'entreprises de plus de 20 salariés' is a size threshold
    A('44536'),  # hours, ranks, dates
    A('44543'),  # votes ('544 votants', '302 voix'), the 36th government
    A('44655'),  # ratings
    A('44833'),  # '102 000 contribuables' lists firms as well as people: not a count of people
    A('44881'),  # months, dates
    A('44974'),  # money, tonnes, refineries
    A('44975'),  # dates
    A('44998'),  # percentages, money
    A('45197'),  # rats (animals), days, months
    A('45619'),  # percentages
    A('45621', counts=[
        C('missing', 'children', 1, 'exact', "la disparition d'un enfant britannique de 12 ans"),
        C('missing', 'windsurfers', 1, 'exact', "d'un véliplanchiste"),
    ]),
    A('45643'),  # surveys, cities, states
    A('45722', counts=[
        # '303 grands électeurs' won are votes; seats are not people
        C('other', 'electors', 538, 'exact', '538 personnages'),
        C('other', 'supporters', 1000, 'at_least', 'des milliers de partisans'),
    ]),
]
