"""Hand annotations of quotes in the French Wikinews 2012 articles of the count and event
development sets (tests/dev/counts/counts_fr*.jsonl, tests/dev/events/events_fr.jsonl) that are
in no other quote part and not gold articles (the seed left out): part 3 of the quote development
set, written from reading each article before looking at sitrep's output on them, scored on its
own (quotes_fr3.jsonl). These are culture, science and weather articles: one attributed clause
(« D'après X, ... ») in ten articles, the rest measure precision (no quote at all).
Each quote: (words as in the text, direct, speaker, [aliases])."""

ARTICLES = [
dict(id="44313", quotes=[]),
dict(id="44336", quotes=[]),
dict(id="44388", quotes=[]),
dict(id="44499", quotes=[]),
dict(id="44504", quotes=[]),
dict(id="44550", quotes=[]),
dict(id="44860", quotes=[]),
dict(id="44960", quotes=[]),
dict(id="45364", quotes=[]),
dict(id="45592", quotes=[
    ("le scénario de deux nouveaux épisodes est en cours de préparation par John Logan (connu pour Gladiator, Lincoln)", False, "The Hollywood Reporter"),
]),
]
