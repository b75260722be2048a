"""Counts of people in English dev articles, sixth part (tests/dev/counts/build_dev.py).

Added by the counts helper of 2026-12-07 (night): the 25 English Wikinews articles of the counts
helper's pool (/work/wt/pool_counts.txt: in neither the gold nor any other dev set), annotated
from the article text alone (docs/gold.md) and committed before sitrep was run on them. Elections,
interviews, science, courts, an obituary: 14 articles hold no count of people and test precision
on delegates, votes, ages, years, money, terms and animals. The five long interviews (en2020-97,
-112, -99, -71, -51) were read through their sentences holding a number, a number word or a word
of death, arrest or disappearance, the other twenty in full.
Conventions of parts 2 to 5: jailed, sentenced or serving a prison term counts as `arrested`
(people only convicted are not); a person who dies of any cause is `killed` 1 with the title the
article gives them; people counted for any other reason (members, candidates who withdrew,
students, a crew, study authors) are `other`; delegates, votes and animals are never counts; a
range ("8 to 10 people") is its low bound, at_least. "His lover's brother-in-law was missing"
(en2020-97: he had locked the house and gone away) is no disappearance; "their daughter was
dead" (a family disowning her) is no death; "a population of 2 billion" the land could support
is a capacity.
"""
from build_gold import A, C

ARTICLES = [
    A('en2020-97', counts=[
        C('other', 'sex workers', 2, 'exact', 'Two sex workers'),
        C('other', 'people', 16, 'exact', 'first sixteen people joined'),
        C('other', 'members', 5000, 'about', 'about 5000 members'),
        C('other', 'people', 5700, 'about', 'almost 5700 people'),
        C('other', 'people', 800, 'about', 'almost 800-1000 people'),
        C('other', 'people', 5000, 'about', 'around 5000 people'),
        C('other', 'people', 8, 'at_least', '8 to 10 people'),
        C('arrested', 'people', 2, 'exact',
          'The police caught both of them after that and they were jailed'),
        C('other', 'people', 3, 'exact', 'the 3 of us'),
        C('killed', 'people', 1, 'exact', 'After Ratnamma died'),
    ]),  # ages, years, rupees, kilograms, percentages, months
    A('en2020-55', counts=[
        C('killed', 'wrestlers', 1, 'exact', 'Hana Kimura, age 22, has died'),
        C('other', 'males', 3, 'exact', 'three males'),
        C('other', 'females', 3, 'exact', 'three females'),
    ]),  # age, years, championships
    A('en2020-31'),  # delegates, primaries
    A('en2020-112', counts=[
        C('other', 'people', 1000, 'at_least', 'thousands of people'),
        C('arrested', 'people', 100000, 'at_least', 'hundreds of thousands of people'),
    ]),  # years, money, the four freedoms, sections of a law
    A('en2020-58'),  # times, months, years; two astronauts named without a number
    A('en2019-136', counts=[
        C('other', 'women', 2, 'exact', 'two women'),
        C('arrested', 'lawyers', 1, 'exact', 'Cohen is serving a three-year-long prison sentence'),
    ]),  # years of tax returns, dates
    A('en2019-4'),  # terms, state legislatures, majorities, amendments
    A('en2019-82'),  # dates, times, a resignation
    A('en2019-129'),  # types of coral
    A('en2019-151'),  # airports, days
    A('en2020-101'),  # years; "the number of justices" is no count
    A('en2020-99', counts=[
        C('other', 'students', 50000, 'at_least', 'over 50,000 students'),
        C('other', 'people', 24062, 'exact', '24,062 people'),
    ]),  # languages, cultures, areas, percentages, years, a capacity of 2 billion
    A('en2020-71', counts=[
        C('other', 'core developers', 13, 'exact', 'Looks like we have 13'),
    ]),  # versions, years, commits, languages
    A('en2020-36'),  # delegates, percentages
    A('en2020-33'),  # cases of a disease
    A('en2019-51'),  # one volunteer, nothing happens to him
    A('en2019-61', counts=[
        C('other', 'fans', 1000, 'at_least', 'Many thousands of anime and manga fans'),
    ]),  # venues, days, ages
    A('en2020-100', counts=[
        C('other', 'nominees', 2, 'exact', 'two of those nominees'),
    ]),  # votes, years, state ballots
    A('en2020-48'),  # working groups
    A('en2019-7'),  # sponges, microbes, percentages, moles
    A('en2020-19'),  # money, years of prison a crime carries, counts of a charge
    A('en2020-51', counts=[
        C('other', 'authors', 2, 'exact', 'two of the authors'),
    ]),  # rats, levers, pellets, years, percentages
    A('en2019-132', counts=[
        C('other', 'crew members', 5, 'exact', 'a five-person crew'),
    ]),  # days, dates
    A('en2019-84'),  # none
    A('en2020-28', counts=[
        C('other', 'candidates', 2, 'exact', 'two candidates'),
    ]),  # delegates, states, percentages
]
