"""Hand annotations of quotes in French Wikinews 2012 articles that are in neither the gold set
nor annotations_fr.py: the fresh part of the quote development set, written from reading each
article before looking at sitrep's output on it, and scored on its own (quotes_fr2.jsonl).
Few French articles with quotes are left outside the gold and the first part, so this part also
holds articles whose only quotation marks are names, titles and scare quotes (no quote at all:
they measure precision). Each quote: (words as in the text, direct, speaker, [aliases])."""

ARTICLES = [
dict(id="44586", quotes=[
    ("Le comédien et humoriste français Mouss Diouf est mort dans la nuit de vendredi à samedi à Marseille « des suites d'une longue maladie »", False, "avocate de Mouss Diouf", ["avocate"]),
    ("des suites d'une longue maladie", True, "avocate de Mouss Diouf", ["avocate"]),
    ("son état de santé s'était clairement détérioré ces derniers jours et il avait sombré dans le coma", False, "Michel Nouader"),
]),
dict(id="44959", quotes=[
    ("L'épisode de températures caniculaires s'étendra ce dimanche vers le Nord-Est. Les températures sont également élevées sur les départements en jaune", True, "Météo France"),
    ("le record d’août sera battu dans la région Centre", False, "Météo France"),
    ("les records de chaleurs n'ont pas été battus", False, "Météo France"),
]),
dict(id="45621", quotes=[
    ("Dans le Var, les rafales « pourront atteindre 120 km/h sur les caps exposés et les îles, et jusqu'à 130 km/h sur les îles d'Hyères »", False, "Météo France"),
    ("pourront atteindre 120 km/h sur les caps exposés et les îles, et jusqu'à 130 km/h sur les îles d'Hyères", True, "Météo France"),
]),
dict(id="45037", quotes=[
    ("les papillons, ou plus en général les insectes mutés, peuvent se reproduire et par ce biais se transmettre des gènes mutés", False, "scientifiques", ["chercheurs"]),
    ("Nous en avons tiré la conclusion claire que les radiations dégagées par la centrale Fukushima Daiichi avaient endommagé les gènes des papillons", True, "Joji Otaki"),
    ("l'interprétation de ces résultats nécessite un peu de recul, car ils ne concernent qu'une seule espèce de papillons, très sensible aux modifications de l'environnement", False, "Joji Otaki"),
]),
dict(id="45496", quotes=[
    ("la planète présenterait toujours la même face à son étoile", False, "Michel Mayor"),
    ("cette planète n’est probablement pas seule dans ce système, le plus proche du Soleil", False, "Michel Mayor"),
]),
dict(id="44321", quotes=[
    ("doit être compréhensible par tous", True, "Miguel Neiva", ["Miguel Nerva"]),
    ("Dans les écoles, on donne aux enfants cinq tubes de gouache : les trois couleurs primaires, le noir et le blanc, qui permettent d'obtenir toutes les nuances. Je suis parti de là, en associant à chacune de ces couleurs un symbole", True, "Miguel Neiva", ["Miguel Nerva"]),
]),
dict(id="44318", quotes=[
    ("le réseau de Minitel enregistrait encore 10 millions de connexions mensuelles sur 4 000 codes de services Vidéotex, dont 1 million sur le 3611 (annuaire électronique)", False, "Groupe France Télécom", ["France Télécom"]),
]),
dict(id="44372", quotes=[
    ("seule une augmentation liée à l'inflation pourrait être acceptable", False, "Medef"),
]),
dict(id="44502", quotes=[
    ("cette particule permet aux particules constituant la matière de posséder une masse", False, "scientifiques", ["modèle"]),
]),
dict(id="44636", quotes=[
    ("le fait d'imposer à une personne, de façon répétée, des propos, ou agissements à connotation sexuelle qui, soit portent atteinte à sa dignité en raison de leur caractère dégradant ou humiliant, soit créent à son égard une situation intimidante, hostile ou offensante", True, "projet de loi sur le harcèlement sexuel", ["texte", "nouveau texte", "projet de loi", "Sénat"]),
    ("Est assimilé au harcèlement sexuel le fait, même non répété, d'user d'ordres, de menaces, de contraintes ou de toute autre forme de pression grave, dans le but réel ou apparent d'obtenir tout acte de nature sexuelle, que celui-ci soit recherché au profit de l'auteur des faits ou au profit d'un tiers", True, "projet de loi sur le harcèlement sexuel", ["texte", "nouveau texte", "projet de loi", "Sénat"]),
]),
# Quotation marks around names, titles, labels and scare quotes only: no quote.
dict(id="44292", quotes=[]),
dict(id="45346", quotes=[]),
dict(id="45498", quotes=[]),
dict(id="45513", quotes=[]),
dict(id="45611", quotes=[]),
dict(id="45669", quotes=[]),
dict(id="45758", quotes=[]),
]
