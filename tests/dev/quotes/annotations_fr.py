"""Hand annotations of quotes in French Wikinews 2012 articles that are not in the gold set.
Each quote: (words as in the text, direct, speaker, [aliases]). Built by tests/dev/quotes/build_dev.py."""

ARTICLES = [
dict(id="44527", quotes=[
    ("Yasser Arafat aurait été empoisonné au polonium, une substance très radioactive, dont l'usage avait déjà été soupçonné lors de l'assassinat de l'ex-espion russe Alexandre Litvinenko en 2006, à Londres", False, None),
    ("La conclusion, c'est que nous avons trouvé [un niveau] significatif de polonium dans ces échantillons", True, "Al Jazeera"),
    ("Les niveaux étaient substantiels [...], ce qui montre qu'il y a une quantité anormale, pas normale, de polonium", True, "Al Jazeera"),
    ("le polonium est, selon lui, une substance accessible que par « des gens qui s'intéressent ou construisent des armes nucléaires »", False, "Al Jazeera"),
    ("des gens qui s'intéressent ou construisent des armes nucléaires", True, "Al Jazeera"),
    ("Je veux demander à ce que le corps de mon mari soit exhumé [...] immédiatement car les médecins disent que nous n'avons pas beaucoup de temps ; [...] la preuve d'une présence de polonium disparaît", True, "Souha Arafat"),
    ("Nous appelons à la formation d’une commission d’enquête internationale sur le modèle de la commission d’enquête internationale sur l’assassinat de l’ancien Premier ministre libanais Rafic Hariri", True, "négociateur palestinien"),
]),
dict(id="44533", quotes=[
    ("il devra trouver 7,2 milliards d'euros supplémentaires", False, "gouvernement français", ["gouvernement"]),
    ("il y a bien une ardoise cachée que nous devons honorer pour respecter l'objectif d'un retour des déficits publics à 4,5 % du PIB", True, "Jérôme Cahuzac"),
    ("C'est d'une France affaiblie sur le plan économique dont nous héritons", True, "Pierre Moscovici"),
    ("le gouvernement ne prévoie plus qu'une croissance de 0,3 % pour 2012 (au lieu de 0,7 %) et de 1,2 % pour 2013 (au lieu de 1,7 %)", False, "Jean-Marc Ayrault"),
]),
dict(id="44881", quotes=[
    ("sa prise de bec avec María Dolores de Cospedal, secrétaire générale du PP", True, "El Punt Avui"),
    ("lorsqu'ils arriveraient au pouvoir, ils auraient la peau de la présentatrice", False, "Parti populaire", ["PP", "leaders du Parti populaire"]),
    ("J'ai été virée parce que je faisais un vrai journalisme indépendant. Ils ne m'ont donné aucune raison. C'est une décision politique.", True, "Ana Pastor García", ["Ana Pastor"]),
    ("ils lui avaient offert « un espace d'interviews à minuit » et qu'elle l'avait refusé", False, "TVE"),
    ("un espace d'interviews à minuit", True, "TVE"),
    ("Qu'ils disent ce qu'ils disent… je sais qu'ils m'ont arrêtée de faire du journalisme et ne m'ont rien offert de concret.", True, "Ana Pastor García", ["Ana Pastor"]),
]),
dict(id="45619", quotes=[
    ("Des poils trouvés en Sibérie appartiendraient au mythique yéti avec une probabilité de 60 à 70 %", False, "Valentine Sapounov"),
    ("Dans le domaine scientifique, rien ne peut être sûr à 100 %. Mais nous pouvons confirmer à 95 % que les traces découvertes dans la grotte d'Azass (dans le sud du Kouzbass, en Sibérie), appartiennent au yéti. Nous sommes certains à 60-70 % que l'échantillon de poils et l'ADN nucléaire que nous en avons extrait appartiennent à cette créature, après les avoir examinés avec un microscope électronique", True, "Valentine Sapounov"),
    ("Malheureusement, nous ne disposons que de peu de matériaux à analyser. Pour avoir une image plus exhaustive, il serait bien de trouver un follicule pileux ou une goutte de sang de l'homme des neiges. Mais l'ADN nucléaire a permis d'établir que cette créature est plus proche génétiquement de l'homo sapiens que du chimpanzé", True, "Valentine Sapounov"),
    ("l'ADN analysé comportait moins de 1 % de différence avec l'ADN humain, tandis que ce dernier et celui du chimpanzé affichent 1 à 1,5 % de différences génétiques", False, "Valentine Sapounov"),
    ("le Kouzbass ne serait pas la seule zone habitée par le yéti", False, "Valentine Sapounov"),
]),
dict(id="45643", quotes=[
    ("Nous avons appris que les entreprises avaient embauché plus de personnes en octobre que lors de chacun des huit mois précédents", True, "Barack Obama"),
    ("Le président Obama a promis le changement, mais n'a pas pu le réaliser. Je promets le changement, et mon bilan montre que j'en suis capable", True, "Mitt Romney"),
    ("nouveau départ", True, "Mitt Romney"),
    ("ces statistiques constituaient un « triste rappel » du fait que l'économie du pays est « quasiment au point mort »", False, "Mitt Romney"),
    ("triste rappel", True, "Mitt Romney"),
    ("quasiment au point mort", True, "Mitt Romney"),
    ("il continue à gérer la crise née de l'ouragan meurtrier Sandy", False, "Barack Obama"),
]),
dict(id="44373", quotes=[
    ("elles font suite à sa prise de décision d'abaissement de la note souveraine du pays de trois crans, de « A3 » à « Baa3 »", False, "Moody's"),
    ("L'abaissement de la note de 28 banques espagnoles par Moody's ne fait que confirmer le fait acquis que le système bancaire espagnol ne pourra pas se sortir de la crise sans intervention extérieure", True, "Crédit Mutuel CIC", ["analystes du groupe Crédit Mutuel CIC"]),
]),
dict(id="44489", quotes=[
    ("environ 520 postes seront supprimés en France d'ici à 2014", False, "Hewlett-Packard", ["HP", "direction"]),
    ("8 000 de ces suppressions auraient lieu en Europe", False, "Hewlett-Packard", ["HP", "direction"]),
    ("vouloir procéder uniquement à des départs volontaires, exclusivement au travers d'un dispositif de retraite anticipée", True, "Gérald Karsenti"),
    ("embaucher 210 jeunes sur trois ans", True, "Gérald Karsenti"),
    ("n'y a que 210 embauches sur trois ans, donc il y a une perte sèche de 310 emplois en France", True, "Myriam Martinet"),
    ("[C'est] inacceptable dans la mesure où HP a augmenté sa distribution de dividendes [aux actionnaires] cette année", True, "Myriam Martinet"),
]),
dict(id="44520", quotes=[
    ("C'est un résultat provisoire, mais nous pensons qu'il est très solide", True, "Joe Incandela"),
    ("Je peux confirmer qu'une particule a été découverte qui est compatible avec la théorie du boson de Higgs", True, "John Womersley"),
    ("ce boson est un laboratoire pour une nouvelle physique. Il peut ouvrir des portes. C'est très excitant", True, "Guido Tonelli"),
    ("le boson va permettre de poursuivre les recherches en physique des particules pendant plusieurs années", False, "Michel Spiro"),
    ("Nous avons de quoi nous occuper avec le LHC jusqu'en 2030 !", True, "Michel Spiro"),
]),
dict(id="44568", quotes=[
    ("le terrible accident survenu sur le vol AF447 assuré par Air France et reliant Rio de Janeiro à Paris a été provoqué par une combinaison de facteurs techniques et humains", False, "BEA", ["Bureau d'enquêtes et d'analyses"]),
    ("le pilote qui était aux commandes au moment de l'incident a cabré[1] au lieu de piquer[2] lorsque l'appareil était en décrochage à la suite des informations de position erronées fournies par le Flight Director, un équipement d'aide à la navigation", False, "BEA", ["Bureau d'enquêtes et d'analyses"]),
    ("Le BEA nous a affirmé que ces Flight Directors étaient apparus et disparus à maintes reprises. Ils positionnaient l'avion à piquer et donc par compensation, le pilote avait tendance à tirer sur le manche pour faire cabrer, et donc à suivre les informations erronées de position du Flight Director", True, "Robert Soulas"),
]),
dict(id="44975", quotes=[
    ("le catalan est notre propre langue", True, "Antoni Pastor"),
    ("Quand on affronte une situation limite, il faut savoir quel est le scénario limite.", True, "Antoni Pastor"),
    ("Il est évident que je ne pensais pas que le PP pût prendre une décision comme celle-ci concernant la langue.", True, "Antoni Pastor"),
    ("Antoni Pastor avait commis une faute très grave justifiant ainsi sa décision", False, "Parti populaire", ["PP"]),
]),
dict(id="45628", quotes=[
    ("certains joueurs de la saison 2012 ne seront pas de retour en 2013 et surtout qu'ils ne participeraient pas à la tournée de l'équipe en Italie en novembre", False, "Nick De Santis"),
    ("l'équipe possède de bonnes fondations pour construire un club gagnant", False, "Nick De Santis"),
]),
dict(id="44231", quotes=[
    ("M. Foote, vous êtes un salaud !", True, "Thierry Roland"),
    ("Eh oui, mon petit Jean-Mimi ! — Tout à fait Thierry !", True, "Jean-Michel Larqué"),
    ("Je crois qu'après avoir vu ça, on peut mourir tranquille ! Enfin, le plus tard possible. Ah ! c'est superbe ! Quel pied ! Oh putain !", True, "Thierry Roland"),
    ("Il se sentait faible ces derniers temps, il se sentait partir. Il me disait que s'il devait partir, il me regarderait là-haut, de la grande prairie. Aujourd’hui, les bons souvenirs sont gommés par cette mauvaise nouvelle. Il faut laisser le temps au temps", True, "Jean-Michel Larqué"),
]),
dict(id="44536", quotes=[
    ("la langue française est une exigence à tous les postes de direction", False, "Pete Selleck"),
    ("Contrairement à tous les discours, appuie-t-il, le français est classé 3è langue d’affaires", False, "Pete Selleck"),
]),
dict(id="44543", quotes=[
    ("truffé d’incantations", True, "Jean-François Copé"),
    ("de courage politique", True, "Jean-François Copé"),
    ("il ne baissera pas les bras", False, "Jean-Marc Ayrault"),
    ("[…] non, nous ne renoncerons pas !", True, "Jean-Marc Ayrault"),
    ("L’assemblée nationale a donc voté la confiance au gouvernement Ayrault, qui devient ainsi le 36ème gouvernement de la Ve République française", False, "Claude Bartolone"),
    ("Sur 544 votants et 527 suffrages exprimés, il y a eu 302 voix pour et 225 contre", False, "Claude Bartolone"),
]),
dict(id="44655", quotes=[
    ("L'Italie a plus de risque de connaître une hausse brutale de ses coûts de financement ou de ne plus avoir accès aux marchés financiers (...) en raison de la confiance de plus en plus fragile des marchés et du risque de contagion émanant de la Grèce et de l'Espagne. [...] Le risque d'une sortie de la Grèce de l'euro a augmenté et le système bancaire espagnol va endurer davantage de pertes qu'attendu", True, "Moody's"),
    ("l'Italie connaîtra une faible croissance et un chômage plus élevé, ce qui empêche cet État de remplir ses objectifs de réduction de sa dette et faisant naître le risque structurel que le pays « ne puisse plus se financer auprès des marchés financiers »", False, "Moody's"),
    ("ne puisse plus se financer auprès des marchés financiers", True, "Moody's"),
]),
dict(id="45197", published="2012-09-21", quotes=[
    ("le risque de développer des tumeurs augmente considérablement quand des rats de laboratoires sont alimentés avec du maïs transgénique", False, "université de Caen"),
    ("Les résultats sont alarmants. On observe par exemple deux à trois fois plus de mortalité chez les femelles traitées. Il y a deux à trois fois plus de tumeurs chez les rats traités des deux sexes", True, "Gilles-Éric Séralini"),
    ("les tumeurs apparaissent au bout jusqu'à 600 jours pour les mâle, au niveau de la peau et de reins, et au bout de 94 jours en ce qui concerne les femelles, au niveau des glandes mammaires", False, "Gilles-Éric Séralini"),
    ("Les résultats révèlent des mortalités bien plus rapides et plus fortes au cours de la consommation de chacun des deux produits", True, "Gilles-Éric Séralini"),
    ("Le premier mâle nourri aux OGM meurt un an avant le premier témoin. Le première femelle huit mois avant. Au 17ème mois, on observe cinq fois plus de mâles nourris avec 11 % de maïs (OGM) morts", True, "Gilles-Éric Séralini"),
]),
dict(id="45525", quotes=[
    ("neuf départements français ne disposent plus que d'une seule maternité, comme c'est le cas du Lot", False, "coordination nationale pour la défense des hôpitaux de proximité"),
    ("cet événement tragique appelle à ne rien accepter en matière de désert médical", False, "François Hollande"),
    ("Aucun Français ne doit se situer à plus de 30 minutes de soins d'urgence", True, "François Hollande"),
]),
dict(id="45626", quotes=[
    ("Notre climat change. L'augmentation des phénomènes climatiques extrêmes que nous avons vécus à New York et dans le monde peut être ou ne pas être le résultat de ce changement, mais le risque qu'il puisse l'être, compte tenu des dégâts de cette semaine, devrait obliger tous les dirigeants élus à prendre des mesures immédiates", True, "Michael Bloomberg"),
    ("Sandy a influencé son choix", False, "Michael Bloomberg"),
    ("Barack Obama, qui vise un second mandat face au républicain Mitt Romney, a pris des mesures significatives de réduction de la consommation de carbone", False, "Michael Bloomberg"),
    ("Je suis honoré d’avoir le soutien du maire de New York", True, "Barack Obama"),
]),
dict(id="45722", quotes=[
    ("la lutte pour le changement n’est pas terminée", False, "Barack Obama"),
    ("de travailler de concert avec les républicains pour résoudre les graves problèmes auxquels fait face la nation, en premier lieu l’économie et la dette nationale", False, "Barack Obama"),
    ("les républicains auront à nouveau le contrôle de la Chambre des représentants, tandis que les démocrates resteront majoritaires au Sénat", False, None),
]),
dict(id="44833", quotes=[
    ("effort de transparence", True, "fisc"),
    ("cette publication flirte avec la démagogie", False, "associations croates"),
    ("Ils auraient dû s’inquiéter de la façon dont on peut contracter de telles dettes, c’est-à-dire des dysfonctionnements de nos institutions. Nous devons nous battre contre cela et ce n’est pas cette mesure populiste qui va nous y aider", True, "Zlatko Zeljko"),
]),
dict(id="44998", quotes=[
    ("Le contexte de la perte [...] est bien pire qu'attendu", True, "Song Myung-Sup"),
    ("représente le pire des scénarios pour nous", True, "représentant du groupe", ["Samsung", "Samsung Electronics"]),
    ("le jugement pourrait être une chance pour Samsung, qui va devoir révolutionner sa culture d’entreprise", False, "analystes"),
    ("si le conglomérat à battit son succès en s'inspirant de produits existants pour en créer des versions souvent meilleures, il est temps pour le premier fabricant mondial de téléphones portables de se montrer beaucoup plus innovant", False, "analystes"),
    ("il allait déposer un recours après la perte de ce procès contre la firme à la pomme", False, "Samsung", ["Samsung Electronics"]),
]),
dict(id="45712", quotes=[
    ("à 500 millions à long terme", True, "Joechen Zaumseil"),
    ("100 millions d'euros", True, "Joechen Zaumseil"),
    ("les machines et les salariés tournent en trois équipes et produisent depuis peu 500 références de produits de soins pour les cheveux et pour la peau", True, "David Quentin"),
]),
dict(id="44522", quotes=[
    ("la crise économique et financière de 2009 a touché principalement les ménages français les plus désargentés, mais aussi les plus aisés", False, "INSEE"),
    ("malgré la mise en œuvre de nouvelles mesures en leur faveur, et la mise en application du revenu de solidarité active en 2009", True, "M.Houdré", ["Houdré"]),
]),
dict(id="45750", quotes=[
    ("Pour la première fois depuis leur introduction en 2002, une nouvelle version des billets en euro va être lancée", False, "Mario Draghi"),
]),
dict(id="45764", quotes=[
    ("l’encyclopédie subit régulièrement des actes de vandalisme. Elle est aussi l’objet de manipulation de certaines entreprises", True, "Élisabeth Bonnet"),
    ("la télévision est une « machine à décerveler »", False, "wikipédiens"),
    ("machine à décerveler", True, "wikipédiens"),
]),
dict(id="44507", quotes=[
    ("on ne peut pas vouloir le rayonnement de la langue française et restreindre la mobilité des personnes et des biens au sein de la francophonie", False, "Abdou Diouf"),
    ("une langue n’a pas d’avenir si elle n’offre pas à ses locuteurs les moyens économiques de vivre dans la dignité", False, "Abdou Diouf"),
    ("Il est, disent-ils, la langue de diverses crises mondiales, celle des carences démocratiques et des déficits de transparence dans les institutions internationales et celle de la confiscation commerce et des affaires", False, "orateurs", ["autres orateurs"]),
]),
dict(id="44974", quotes=[
    ("Petroplus a fermé pendant plusieurs mois, ce qui a retiré de la capacité, a resserré les équilibres entre offre et demande et a ainsi amélioré les marges", True, "Jean Louis Schilansky"),
]),
dict(id="43971", quotes=[
    ("La capsule SpaceX-Dragon est en orbite avec ses panneaux solaires déployés après un lancement réussi", True, "NASA"),
]),
dict(id="45774", quotes=[
    ("d'une rupture de la quille sous la flottaison", True, "Marc Guillemot"),
    ("J'ai imaginé que quelque chose était cassé au niveau du saumon (bulbe de quille). Je n'ai pas imaginé que c'était toute la quille. Il reste un moignon de 30 cm.", True, "Marc Guillemot"),
]),
]
