"""Counts of people in French dev articles, second part (tests/dev/counts/build_dev.py).

Added by counts3: articles of ../shared/data/articles in neither the gold nor the other dev sets,
annotated from the text (docs/gold.md) before sitrep was run on them, so that this part measures
the rules before they are tuned on it. Mostly news that is not about conflict: money, distances,
temperatures, dates and people counted for other reasons.
"""
from build_gold import A, C

ARTICLES = [
    A('44292'),  # console sizes, hours, dates
    A('44372', counts=[
        C('other', 'people', 2500000, 'exact', '2,5 millions de personnes'),
    ]),
    A('44860', counts=[
        C('other', 'artists', 3000, 'exact', '3 000 artistes'),
    ]),
    A('44960'),  # temperatures
    A('45364'),  # satellites
    A('45496'),  # distances, days, degrees
    A('45592'),  # box office money
    A('45513', counts=[
        C('other', 'users', 25000000, 'at_least', "Plus de 25 millions d'utilisateurs"),
    ]),
    A('44499', counts=[
        C('other', 'guests', 1500, 'exact', '1500 invités'),
        C('other', 'speakers', 220000000, 'exact', '220 millions de locuteurs'),
    ]),
    A('45669'),  # dates, an address, days
    A('44550', counts=[
        C('other', 'speakers', 33000000, 'exact', 'Ils sont 33 millions'),
        C('other', 'speakers', 11000000, 'exact', '11 millions de locuteurs'),
        C('other', 'francophones', 10000000, 'about', 'presque 10 millions de francophones'),
    ]),
    A('44313'),  # open days, events, places
    A('44388'),  # artefacts, museums
    A('44318'),  # connections, services
    A('44321'),  # symbols, tubes of paint
    A('44504'),  # minutes, money
    A('44636'),
    A('45611'),  # money, percentages
    A('45346', counts=[
        C('other', 'visitors', 1000000, 'at_least', 'plus d’un million de visiteurs'),
    ]),
    A('44502', counts=[
        C('other', 'physicists', 3, 'exact', 'trois physiciens'),
    ]),
    A('44336', counts=[
        C('killed', 'mathematicians', 1, 'exact', 'Il se suicide'),
    ]),
    A('45498', counts=[
        C('killed', 'people', 1, 'exact', 'avant de décéder en 1680'),
    ]),
]
