"""Counts of people in French dev articles (tests/dev/counts/build_dev.py); see docs/gold.md."""
from build_gold import A, C

ARTICLES = [
    A('seed-000', counts=[
        C('evacuated', 'people', 110000, 'about', 'évacuées près de 110.000 personnes'),
        C('surrendered', 'fighters', 9000, 'exact', '9.000 combattants ont déposé les armes'),
        C('deployed', 'observers', 30, 'about', "une trentaine d'observateurs de l'ONU"),
        C('killed', 'civilians', 88, 'at_least', 'au moins 88 civils'),
        C('killed', 'children', 21, 'exact', 'dont 21 enfants'),
    ], conflict=True),
    A('44568', counts=[
        C('killed', 'people', 228, 'exact', 'avait fait 228 morts'),
    ]),
    A('44586', counts=[
        C('killed', 'comedians', 1, 'exact', 'Le comédien et humoriste français Mouss Diouf est mort'),
    ]),
    A('45525', counts=[
        C('killed', 'children', 1, 'exact', 'une mère a perdu son enfant'),
    ]),
    A('44489', counts=[
        C('other', 'employees', 27000, 'exact', '27 000 salariés'),
        C('other', 'employees', 2100, 'exact', '2 100 employés'),
        C('other', 'employees', 2900, 'exact', '2 900 employés'),
        C('other', 'young people', 210, 'exact', 'embaucher 210 jeunes'),
    ]),
    A('44959'),
    A('45774'),
    A('45628'),
    A('45626'),
    A('45037', counts=[
        C('evacuated', 'people', 80000, 'at_least', 'évacuées plus de 80 000 personnes'),
    ]),
    A('45758', counts=[
        C('other', 'skippers', 19, 'exact', '19 des 20 skippers'),
        C('other', 'skippers', 20, 'exact', '20 skippers'),
        C('other', 'men', 19, 'exact', '19 hommes'),
        C('other', 'women', 1, 'exact', 'une seule femme'),
    ]),
    A('45712', counts=[
        C('other', 'people', 800, 'exact', "L'usine emploie 800 personnes"),
        C('other', 'people', 1000000000, 'exact', "d'un milliard d'individus"),
    ]),
    A('44507', counts=[
        C('other', 'people', 1500, 'exact', '1500 personnes'),
    ]),
    A('45764', counts=[
        C('other', 'people', 300, 'exact', '300 personnes'),
    ]),
    A('45750', counts=[
        C('other', 'Europeans', 332000000, 'exact', '332 millions d’Européens'),
    ]),
]
