# Hand annotations of English Wikinews 2019-2020 articles (CC BY 2.5); see docs/gold.md.
# Ids: en<year>-<row index in shared/data/articles/en_wikinews/wikinews_<year>.csv>.
from build_gold import A, C, E, Q

ARTICLES = [
]
