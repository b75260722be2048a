# Hand annotations of French Wikinews 2012 articles (CC BY 2.5); see docs/gold.md.
# Q(words, speaker, direct=True, nth=0); C(what, who, value, qualifier, text);
# E(type, acled_sub_event_type, actor1_country, actor1_sector, location_country,
#   location_name, fatalities, date); A(id, quotes, counts, events, conflict).
from build_gold import A, C, E, Q, QR

ARTICLES = [
    A('44337', quotes=[
        Q("Les militaires ne doivent plus jouer de rôle politique, ils doivent renouer avec leur "
          "fonction de base qui est de protéger le pays", 'Abdel Nasser'),
        Q("Tous ces retards dans la publications des résultats, cela pose beaucoup de questions",
          'Hassan'),
        Q("Moi, dit-il, j’ai l’impression que le conseil militaire est en train de se servir de "
          "la constitution, afin d‘éviter de rendre le pouvoir", 'Hassan'),
    ], counts=[
        C('other', 'people', 1000, 'at_least', 'Des milliers de personnes'),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'EGY', 'CVL', 'EGY', 'Cairo', 0, '2012-06-22'),
        E('REQUEST', None, 'EGY', 'PTY', 'EGY', None, None, None),
    ], conflict=True),

    # Election result; the army on alert; a celebration on Tahrir square is not a protest.
    A('44355', events=[
        E('MOBILIZE', None, 'EGY', 'MIL', 'EGY', None, None, None),
    ]),

    A('44540', quotes=[
        Q("Si l'armée ne veut pas faire la guerre, qu'on nous donne les moyens de libérer nos "
          "terres ! [...] Nous demandons la libération de notre pays", 'Oumar Maïga'),
        Q("les milices qui contrôlent actuellement le nord du pays ne représentent pas les maliens",
          'Nock Ag Attia', direct=False),
        Q("Au Mali, les Touareg, les Peul, les Songhoï ne partagent pas les bêtises du MNLA, du "
          "Mujao, et d'Al-Qaïda", 'Nock Ag Attia'),
        Q("Les discours, les voyages ne vont pas résoudre les problèmes du Mali, il faut des "
          "actions concrètes", 'Fatoumata Maïga'),
    ], counts=[
        C('other', 'citizens', 2000, 'about', 'Environ 2 000 citoyens maliens'),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'MLI', 'CVL', 'MLI', 'Bamako', 0, '2012-07-04'),
        E('CONSULT', None, None, 'IGO', 'BFA', 'Ouagadougou', None, None),
        E('MOBILIZE', 'Other', None, 'REB', 'MLI', 'Gao', 0, None),
    ], conflict=True),

    A('44551', quotes=[
        Q("Un lycéen de 17 ans a été victime d'une agression hier soir dans un train ralliant "
          "Toulouse à Lyon", "ministère de l'Intérieur", direct=False),
        Q("Les identités des deux agresseurs sont connues grâce à l'action en gare de la police "
          "ferroviaire", "ministère de l'Intérieur"),
        Q("seule l'intervention d'un passager et des contrôleurs de la SNCF a pu mettre un terme "
          "aux violences", "ministère de l'Intérieur"),
        Q("signe religieux distinctif", "ministère de l'Intérieur"),
        Q("prendre à partie et [de l'] insulter. L'adolescent a ensuite été agressé au niveau de "
          "la plate-forme des toilettes par ces deux mêmes individus qui l'ont roué de coups",
          "ministère de l'Intérieur"),
        Q("Ces actes d'une extrême violence sont inadmissibles", "ministère de l'Intérieur"),
        Q("à combattre toutes les résurgences de ce mal profond qu'est l'antisémitisme, [...] une "
          "offense aux valeurs et à l'histoire de notre République. [...] Les lois de la "
          "République prévoient en réponse des sanctions sévères", "ministère de l'Intérieur"),
        Q("les juifs sont victimes d'une « forme d'acharnement qui devient insupportable. [...] "
          "Nous sommes devant un nouvel antisémitisme qui ravage la France, incontestablement, "
          "l'affaire Merah semble susciter énormément de vocations »", 'Arié Bensemhoun',
          direct=False),
        Q("forme d'acharnement qui devient insupportable. [...] Nous sommes devant un nouvel "
          "antisémitisme qui ravage la France, incontestablement, l'affaire Merah semble susciter "
          "énormément de vocations", 'Arié Bensemhoun'),
        Q("les actes et menaces antisémites ont augmenté de 46 % entre janvier et avril par "
          "rapport à l'an dernier", "ministère de l'Intérieur", direct=False),
    ], counts=[
        C('injured', 'students', 1, 'exact', 'Un lycéen de 17 ans a été victime'),
        C('other', 'attackers', 2, 'exact', 'deux agresseurs'),
        C('arrested', 'attackers', 2, 'exact', 'Les agresseurs ont été interpellés'),
        C('killed', 'children', 3, 'exact', 'trois enfants'),
        C('killed', 'fathers', 1, 'exact', 'un père de famille'),
        C('injured', 'jews', 3, 'exact', 'trois jeunes juifs'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'FRA', None, 0, '2012-07-04'),
        E('COERCE', 'Arrests', 'FRA', 'COP', 'FRA', 'Lyon', 0, None),
        E('ASSAULT', 'Attack', 'FRA', None, 'FRA', 'Toulouse', 4, '2012-03-19'),
        E('ASSAULT', 'Attack', None, None, 'FRA', 'Villeurbanne', 0, None),
    ], conflict=True),

    # « Congrès national général » is a name in quotation marks, not a quote.
    A('44585', quotes=[
        Q("des opposants aux élections ont également volé plusieurs centaines de bulletins à "
          "Benghazii, et les ont incendiés sur une place du centre de la capitale de la province "
          "orientale de Cyrénaïque", None, direct=False),
    ], counts=[
        C('other', 'Libyans', 2700000, 'about', '2 700 000 de Libyens'),
        C('other', 'members', 200, 'exact', '200 membres'),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'LBY', 'CVL', 'LBY', 'Ajdabiya', 0, '2012-07-07'),
        E('PROTEST', 'Violent demonstration', 'LBY', 'CVL', 'LBY', 'Benghazi', 0, None),
    ], conflict=True),

    # A court ruling about the army and terrorism: no event, no count.
    A('44939'),

    A('45527', quotes=[
        Q("avoir été agressée sexuellement alors qu'elle se trouvait vendredi sur la place Tahrir "
          "du Caire", 'Sonia Dridi', direct=False),
        Q("avoir été encerclée par une foule composée majoritairement de jeunes hommes, qui ont "
          "commencé à la toucher alors qu'elle intervenait en direct sur la chaîne d'information "
          "en continu internationale", 'Sonia Dridi', direct=False),
        Q("J'ai été agrippée de partout. J'ai réalisé (plus tard), quand quelqu'un a reboutonné ma "
          "chemise, qu'elle était ouverte, mais pas déchirée. J'ai évité le pire grâce à la "
          "ceinture solide [que je portais]", 'Sonia Dridi'),
        Q("Les journalistes de France 24 sont maintenant en sécurité, sains et saufs, mais "
          "extrêmement choqués", 'France 24', direct=False),
        Q("qui doivent pouvoir exercer librement leur métier partout dans le monde", 'France 24'),
        Q("tout en œuvre, avec le soutien de l’ambassade de France au Caire, pour assurer la "
          "sécurité et le rapatriement en France de sa correspondante", 'France 24'),
    ], counts=[
        C('other', 'journalists', 1, 'exact', 'La correspondante de la chaîne'),
    ], events=[
        E('ASSAULT', 'Sexual violence', 'EGY', None, 'EGY', 'Cairo', 0, '2012-10-19'),
    ], conflict=True),

    A('45766', quotes=[
        Q("des étudiants tibétains sont descendus dans la rue dans le comté de Rebkong de la "
          "province de Qinghai", 'gouvernement tibétain en exil', direct=False),
        Q("la corruption qui ronge le Parti doit être combattue. À défaut, c'est le régime "
          "communiste qui s'effondrera", 'Hu Jintao'),
    ], counts=[
        C('other', 'Tibetans', 100, 'at_least', 'des centaines de Tibétains'),
        C('other', 'Tibetans', 6, 'exact', '6 Tibétains'),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'CHN', 'CVL', 'CHN', 'Tibet', 0, None),
        E('PROTEST', 'Peaceful protest', 'CHN', 'CVL', 'CHN', 'Rebkong', 0, None),
    ], conflict=True),

    # A plane crash (no event) beside a suicide bombing the same day (an event).
    A('44145', quotes=[
        Q("aucun passager ou membre d'équipage n'a apparemment survécu",
          "chef de la direction de l'aviation civile nigériane", direct=False),
    ], counts=[
        C('killed', 'passengers', 147, 'exact', '147 passagers'),
        C('killed', 'crew', 6, 'exact', "6 membres d'équipage"),
        C('killed', 'people', 40, 'at_least', 'Au moins une quarantaine de personnes'),
        C('killed', 'people', 15, 'at_least', 'au moins quinze personnes'),
    ], events=[
        E('ASSAULT', 'Suicide bomb', 'NGA', 'REB', 'NGA', None, 15, '2012-06-03'),
    ], conflict=True),

    # An avalanche: counts of people, no event.
    A('44652', quotes=[
        Q("Une avalanche dans les Alpes françaises a causée la mort de neuf personnes",
          'autorités', direct=False),
        Q("plus meurtrière de ces dernières années", 'autorités locales'),
    ], counts=[
        C('killed', 'people', 9, 'exact', 'neuf personnes'),
        C('injured', 'people', 9, 'at_least', 'Pas moins de neuf autres personnes'),
        C('missing', 'people', 4, 'exact', 'Quatre personnes sont toujours recherchées'),
        C('other', 'people', 28, 'exact', '28 personnes'),
    ]),

    # A stampede: deaths and a police spokesman, no event; a hall's capacity is not a count.
    A('45625', quotes=[
        Q("Trois jeunes femmes agées de 18 à 25 ans sont mortes piétinées et deux autres ont été "
          "grièvement blessées la nuit dernière lors d'une célébration de Halloween dans un stade "
          "transformé en salle de fêtes dans la capitale espagnole", 'police', direct=False),
        Q("L'alerte a été donnée aux alentours de quatre heures et demie du matin « quand nous "
          "avons reçu des appels au sujet d'une bousculade dans le stade couvert appelé Madrid "
          "Arena » qui peut contenir jusqu'à 12 000 personnes, lors d'une festivité de Halloween",
          'police', direct=False),
        Q("quand nous avons reçu des appels au sujet d'une bousculade dans le stade couvert "
          "appelé Madrid Arena", 'police'),
        Q("Il semblerait que la bousculade meurtrière ait été provoquée « par un feu de Bengale "
          "lancé par quelqu'un dans l'enceinte du stade »", 'police',
          direct=False),
        Q("par un feu de Bengale lancé par quelqu'un dans l'enceinte du stade",
          'police'),
        Q("Nous sommes en ce moment même en train de recueillir des témoignages",
          'police'),
    ], counts=[
        C('killed', 'women', 3, 'exact', 'Trois jeunes femmes'),
        C('injured', 'women', 2, 'exact', 'deux autres ont été grièvement blessées'),
    ]),

    # A hurricane: one count of the dead; households, flights and calls are not people.
    A('45614', quotes=[
        Q("Depuis sa mise en service il y a 108 ans, le métro de New York n'avait jamais connu un "
          "pareil désastre", 'Joseph J. Lhota', direct=False),
    ], counts=[
        C('killed', 'people', 39, 'exact', '39 morts'),
    ]),

    # Tennis: scores, aces and rankings are not counts; "a battu" is not an attack.
    A('44589', quotes=[
        Q("Je peux à peine décrire ce que je ressens. Je ne rêvais même pas de pouvoir revenir "
          "ici", 'Serena Williams'),
    ]),

    A('44839', quotes=[
        Q("Les fortes précipitations pourraient encore durer deux jours",
          'prévisionnistes météo', direct=False),
    ], counts=[
        C('killed', 'people', 10, 'at_least', 'au moins dix morts'),
        C('evacuated', 'Filipinos', 145000, 'exact', '145 000 Philippins'),
    ]),

    A('44046', quotes=[
        Q("son geste fut consécutif a des problèmes d'ordre privé sans aucun lien avec son "
          "activité professionnelle", 'La Poste', direct=False),
        Q("Si ce collègue pouvait avoir des difficultés personnelles et familiales, nous savons "
          "aussi qu'il avait des difficultés dans “sa vie au travail”", 'SUD-PTT'),
        Q("refus de lui accorder les congés auxquels il avait droit", 'SUD-PTT'),
        Q("l'agent avait formulé une demande de changement de service restée lettre morte",
          'SUD-PTT', direct=False),
        Q("ce n'est que très tardivement (le 20 mai dernier) que l'enquête du CHSCT sur le "
          "suicide de Jérémy Buan a commencé, retardée par l'obstruction systématique du "
          "directeur de la direction opérationnelle territoriale courrier", 'SUD-PTT'),
    ], counts=[
        C('killed', 'postal workers', 1, 'exact', 'Un postier'),
        C('killed', 'supervisors', 1, 'exact', 'un jeune encadrant de 28 ans'),
    ], events=[
        E('PROTEST', None, 'FRA', None, 'FRA', None, None, None),
    ], conflict=True),

    # Quote-rich: partial quotes with a cue are quotes; « dédiabolisation » is a scare quote.
    A('44581', quotes=[
        Q("petite-bourgeoise", 'Jean-Marie Le Pen'),
        Q("Je suis un homme du peuple. Je viens d'une famille de paysans et de pêcheurs. J'ai été "
          "officier dans un régiment de parachutistes, j'ai eu une vie virile, c'est le moins que "
          "l'on puisse dire. Ma fille, quoi qu'elle puisse en dire, est une petite-bourgeoise",
          'Jean-Marie Le Pen'),
        Q("le succès de la « dédiabolisation » du Front national est du fait que Marine Le Pen "
          "« est une femme »", 'Jean-Marie Le Pen', direct=False),
        Q("est une femme", 'Jean-Marie Le Pen'),
        Q("Mon image de diable s'est méthodiquement et avec ténacité imposée dans le monde "
          "politique français. Ma réputation d'antisémite a été créée artificiellement",
          'Jean-Marie Le Pen'),
        Q("la bourgeoise du château de Montretout", 'Jean-Luc Mélenchon'),
        Q("châtelaine de Montretout", 'Nadine Morano'),
        Q("C'est la grande bourgeoisie qui s'exprime quand je vous vois", 'Christian Jacob'),
        Q("Vous êtes une héritière, qui vivez dans votre château de Saint-Cloud",
          'Christian Jacob'),
        Q("Le maître sera l'islam. Si les islamistes deviennent majoritaires en France, ce sera la "
          "charia", 'Jean-Marie Le Pen'),
        Q("il voulait qualifier sa fille de « petite fille bourgeoise », et non de « petite "
          "bourgeoise »", 'Jean-Marie Le Pen', direct=False),
        Q("petite fille bourgeoise", 'Jean-Marie Le Pen'),
        Q("petite bourgeoise", 'Jean-Marie Le Pen'),
        Q("Le texte exact, c'est 'a little bourgeoise girl' ... c'est une petite fille "
          "bourgeoise", 'Jean-Marie Le Pen'),
        Q("J'évoquais nos différences, en particulier notre différence d'origine et de milieu. "
          "Moi je suis né dans un milieu populaire et Marine est née dans un milieu bourgeois, "
          "évidemment pas la grande bourgeoisie des Dassault ou des Fabius, mais bourgeoisie "
          "quand même", 'Jean-Marie Le Pen'),
        Q("Et je ne vois pas d'ailleurs ce que le terme a d'outrageant, d'insultant, ou "
          "d'équivoque", 'Jean-Marie Le Pen'),
    ]),

    # An online strike is a protest; « Sur l'information », « suicide » are titles, not quotes.
    A('44618', quotes=[
        Q("Imaginez un monde sans connaissance libre", 'Wikipédia en russe'),
    ], counts=[
        C('other', 'people', 27, 'exact', '27 personnes'),
    ], events=[
        E('PROTEST', None, 'RUS', None, 'RUS', None, None, '2012-07-10'),
    ], conflict=True),

    A('44940', quotes=[
        Q("les États-Unis ont intimé l'ordre au premier ministre britannique de le faire",
          'Craig Murray', direct=False),
    ], events=[
        E('AID', None, 'ECU', 'GOV', None, None, None, '2012-08-16'),
        E('THREATEN', None, 'GBR', 'GOV', 'GBR', None, None, None),
    ], conflict=True),

    # An unnamed spokeswoman speaks for her organization (Febelfin); « mules » is a scare quote.
    A('44374', quotes=[
        Q("des hackers ont volé près de 3 millions d'euros par le truchement de banques "
          "électroniques", 'Parquet fédéral', direct=False),
        Q("le montant est plutôt de 700 000 euros", 'Febelfin'),
        Q("plus de 3 millions d’euros auraient été volés dans les cinq grandes banques belges que "
          "sont Belfius, ING, KBC, BNP Paribas Fortis et AXA", 'procureur fédéral', direct=False),
        Q("les banques électroniques restent un moyen de paiement sûr", 'Febelfin', direct=False),
        Q("Non, il ne faut pas être inquiet", 'Febelfin'),
        Q("La banque par internet demeure un moyen de paiement très sécurisé", 'Febelfin'),
        Q("La sécurité c’est l’affaire de tous, c’est une collaboration entre la banque et le "
          "client", 'Febelfin'),
        Q("C’est la responsabilité de la banque, mais aussi de l’utilisateur. Il est essentiel "
          "d’avoir un PC protégé, un anti-virus à jour et un anti-malware", 'Febelfin'),
        Q("sécuriser un maximum les transactions électroniques", 'Febelfin'),
        Q("On a constaté, depuis le début de l’année, 261 cas de « réelle » fraude, pour 2 "
          "millions d’euros. Et dans énormément de cas, on sait encore récupérer une partie de "
          "l’argent. Dans ce cas, la perte s’élève à un montant proche de 700 000 euros",
          'Febelfin'),
    ], counts=[
        C('arrested', 'people', 4, 'exact', 'Quatre personnes ont été arrêtées'),
        C('arrested', 'Poles', 2, 'exact', 'deux Polonais'),
        C('arrested', 'Russians', 2, 'exact', 'deux Russes'),
    ], events=[
        E('COERCE', 'Arrests', 'BEL', 'COP', 'BEL', None, 0, None),
    ], conflict=True),

    A('44772', quotes=[
        Q("ce droit est remis en cause", 'collectif de défense des droits des femmes',
          direct=False),
        Q("on ne peut pas interdire à un être vivant de vivre sur le simple fait qu'il soit "
          "mal-formé", 'Alberto Ruiz-Gallardón'),
        Q("un pas vers le franquisme", 'collectif de défense des droits des femmes'),
        Q("81% des Espagnols se disent contre ce projet de loi", 'El Pais', direct=False),
    ], events=[
        E('PROTEST', 'Peaceful protest', 'ESP', 'CVL', 'ESP', None, 0, '2012-07-29'),
    ], conflict=True),

    # Votes and signatures are not people; a parliament's rejection is not conflict.
    A('44532', quotes=[
        Q("Ce vote est une immense victoire !", 'Jérémie Zimmermann'),
        Q("le texte a permis d'ouvrir un grand débat public, y compris à l'intérieur du PPE, sur "
          "la nécessité d'une réforme du droit de la propriété intellectuelle en Europe",
          'Jérémie Zimmermann'),
        Q("il a permis une grande mobilisation internationale que cela soit avec les "
          "manifestations, les millions d'e-mails envoyés aux députés, et la pétition qui a "
          "recueilli 2 800 000 de signatures", 'Jérémie Zimmermann', direct=False),
        Q("Le vote d'aujourd'hui et le rejet d'ACTA constituent une formidable victoire pour les "
          "citoyens du monde entier, ainsi que pour la démocratie et citoyenneté européenne. "
          "C'est également un signal fort pour les responsables politiques les encourageant à "
          "rompre avec le cycle des politiques répressives et d'entamer une réforme positive du "
          "droit d'auteur et des brevets.", 'April'),
    ], events=[
        E('REJECT', None, None, 'IGO', None, None, None, '2012-07-04'),
    ]),

    # Jobs are not people: no counts; the government's refusal is a statement, not the news.
    A('44635', quotes=[
        Q("personne ne sera laissé au bord du chemin", 'Philippe Varin'),
        Q("nous sommes conscients de nos responsabilités au cœur du tissu industriel français",
          'Philippe Varin'),
        Q("le gouvernement n'acceptait pas le plan en l'état", 'Arnaud Montebourg',
          direct=False),
        Q("nous avons une sécurité financière importante, ce qui fait que ce sujet n'est pas à "
          "l'ordre du jour", 'Philippe Varin'),
    ]),

    # A road accident and fire: injured and deployed people, no event.
    A('45736', counts=[
        C('injured', 'people', 2, 'exact', '2 blessés légers'),
        C('injured', 'firefighters', 1, 'exact', 'un pompier'),
        C('injured', 'drivers', 1, 'exact', 'le conducteur du camion'),
        C('deployed', 'firefighters', 80, 'at_least', 'plus de 80 pompiers'),
    ]),

    # Quote-rich politics: a title resolves to Montebourg; « propos isolés » has a speaker.
    A('44999', quotes=[
        Q("le nucléaire est une filière d'avenir", 'Arnaud Montebourg'),
        Q("il faut qu'il soit « rééquilibré »", 'Arnaud Montebourg', direct=False),
        Q("rééquilibré", 'Arnaud Montebourg'),
        Q("Avec une augmentation continue de la consommation des ménages et industrielle, même en "
          "maintenant notre parc de centrales actuel", 'Arnaud Montebourg'),
        Q("la question est de savoir « si nous allons continuer à investir »", 'Arnaud Montebourg',
          direct=False),
        Q("si nous allons continuer à investir", 'Arnaud Montebourg'),
        Q("Pour ma part, je considère que le nucléaire est une filière d'avenir",
          'Arnaud Montebourg'),
        Q("il s'agit de « propos isolés »", 'Europe Écologie Les Verts', direct=False),
        Q("propos isolés", 'Europe Écologie Les Verts'),
        Q("Nous réagissons en n'attachant pas plus d'importance que cela aux propos d'Arnaud "
          "Montebourg que nous connaissions déjà comme étant pro-nucléaire",
          'Jean-Philippe Magnen'),
        Q("Le président a annoncé un grand débat national sur l'énergie. Il a pris un certain "
          "nombre d'engagements de réduire la part du nucléaire", 'Jean-Philippe Magnen'),
        Q("la réduction de la part du nucléaire dans la production d'électricité de 75 % à 50 % à "
          "l'horizon 2025", 'François Hollande'),
        Q("le nucléaire est incontestablement et évidement une filière d'avenir", 'Manuel Valls'),
    ]),

    # A campaign speech: money and "multimillionnaires" are not counts.
    A('45070', quotes=[
        Q("l'entraîneur qui ferait triompher les Etats-Unis", 'Mitt Romney'),
        Q("le problème est que tout le monde connaît déjà sa stratégie", 'Barack Obama'),
        Q("Lors de la première période, il augmente les impôts de près de 2 000 dollars en "
          "moyenne sur les foyers avec enfants, pour pouvoir donner des cadeaux fiscaux massifs "
          "aux multimillionnaires", 'Barack Obama'),
        Q("il veut une apothéose : mettre fin à Medicare et le remplacer par un système de "
          "coupons", 'Barack Obama'),
        Q("avec un tel coach, les Américains « ne gagneront pas la saison »", 'Barack Obama',
          direct=False),
        Q("ne gagneront pas la saison", 'Barack Obama'),
    ]),

    # A heated parliamentary session: many speakers, no event, votes are not counts.
    A('45674', quotes=[
        Q("retrouver le chemin de la sérénité", 'François Brottes'),
        Q("ce qui a pu permettre, d'après l'opposition, à des députés de gauche de rejoindre les "
          "bancs de l'Assemblée", 'opposition', direct=False),
        QR("On ne peut pas accepter un tel mépris", "ne vous intéressent pas !", 'Christian Jacob'),
        Q("Vous vous êtes assis sur le règlement de notre Assemblée !", 'Christian Jacob'),
        Q("On peut faire une suspension lorsqu'un vote a été annoncé, du moment qu'il n'a pas été "
          "ouvert", 'Denis Baupin'),
        QR("procédé [de l'opposition] absolument choquant", "l'opposition aujourd'hui.",
           'Bruno Le Roux'),
        Q("Il y a là une volonté de pourrir le débat politique qui est absolument scandaleuse !",
          'Bruno Le Roux'),
        Q("il ne pourra plus y avoir de suspension de séance quand un vote est annoncé",
          'Claude Bertolone'),
        Q("Incident grave ! Malgré un vote annoncé, la gauche, en minorité, fait suspendre la "
          "séance! Déni de démocratie, manipulation!", 'Philippe Gosselin'),
        Q("Reprise de la séance, nouvelle demande de suspension de la majorité qui est toujours "
          "minoritaire... quel couac !!!!", 'Lionel Tardy'),
    ]),

    # Fifty years of independence: a massacre in 1962 (background event); « oui » and a show's
    # title are not quotes.
    A('44545', quotes=[
        Q("cette journée fut la finalisation finale d'une victoire acquise depuis les accords "
          "d'Évian, signés le 18 mars 1962, qui instauraient un cessez-le-feu entre les "
          "indépendantistes algériens et l'armée française", 'Armée de Libération Nationale',
          direct=False),
        QR("C'est quelque chose qu'on ne vit qu'une fois.", "C'était l'euphorie", 'Akli Gasmi'),
        QR("Moi, j'étais dans une 2 CV.", "n'a pas bougé d'un poil", 'Michel Guay'),
    ], counts=[
        C('killed', 'people', 100, 'at_least', 'plusieurs centaines de morts'),
        C('other', 'actors', 800, 'at_least', 'plus de 800 comédiens'),
    ], events=[
        E('ASSAULT', 'Attack', None, None, 'DZA', 'Oran', 100, '1962-07-05'),
        E('AGREE', 'Agreement', 'FRA', 'GOV', 'FRA', 'Évian', 0, '1962-03-18'),
        E('CONSULT', None, 'FRA', 'GOV', 'DZA', 'Algiers', None, '2012-07-16'),
    ], conflict=True),

    # A government formed: members counted are people, ministries are not; no event.
    A('44269', quotes=[
        Q("cette révision ne doit pas mettre en danger la voie européenne du pays ou son maintien "
          "dans l'euro", 'gouvernement grec'),
        Q("détermination", 'Commission européenne'),
        Q("respecter leurs engagements", 'Commission européenne'),
        Q("rester dans la zone euro", 'Commission européenne'),
        Q("particulièrement rassuré", 'José Manuel Barroso'),
        Q("cela envoie un signal clair de la détermination de la Grèce d'honorer ses engagements "
          "et de rester dans l'euro", 'José Manuel Barroso'),
    ], counts=[
        C('other', 'members', 38, 'exact', '38 membres'),
        C('other', 'ministers', 17, 'exact', '17 ministres'),
        C('other', 'secretaries of state', 14, 'exact', "14 secrétaires d'État"),
        C('other', 'deputy ministers', 7, 'exact', '7 vices-ministres'),
        C('other', 'spokespersons', 1, 'exact', 'un porte-parole'),
    ]),

    # Exam candidates are people (other); percentages and hours are not counts.
    A('44570', quotes=[
        Q("ces verdicts sont publiés entre 8 heures pour Strasbourg et 19 heures pour la Corse",
          'académies', direct=False),
        Q("une personne n'ayant pas le bac est « socialement marqué comme quelqu'un ayant des "
          "problèmes »", 'François Dubet', direct=False),
        Q("socialement marqué comme quelqu'un ayant des problèmes", 'François Dubet'),
    ], counts=[
        C('other', 'candidates', 334464, 'exact', '334 464 candidats'),
        C('other', 'candidates', 148622, 'exact', '148 622 candidats'),
        C('other', 'candidates', 219973, 'exact', '219 973 candidats'),
    ]),

    # Jobs and posts are not people; employees are.
    A('44555', quotes=[
        Q("C'est un moment important pour le gouvernement qui doit montrer un certain "
          "volontarisme à prendre des mesures pour changer en positif le quotidien des salariés",
          'Bernard Thibault'),
    ], counts=[
        C('other', 'employees', 9800, 'exact', '9 800 salariés'),
    ]),

    # Sailing: a boat "heurté par un chalutier" is an accident; ranks and miles are not counts.
    A('45789', quotes=[
        QR("Le système de détection marche super bien", "c'est pas possible...", 'Kito de Pavant'),
    ]),
]
