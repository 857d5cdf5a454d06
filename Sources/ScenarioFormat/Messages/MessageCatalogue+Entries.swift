extension MessageCatalogue {
  /// Words put into messages as values that are translated too: units and kinds of value.
  static let glossary: [String: String] = [
    // Kinds of value (« expected a mapping, found a list »).
    "a list": "une liste", "a mapping": "une table de clés", "text": "du texte", "nothing": "rien", "a number": "un nombre",
    "a date": "une date", "a whole number": "un nombre entier",
    // Units of the parameter catalogue.
    "persons": "personnes", "per year": "par an", "per month": "par mois", "per week": "par semaine", "days": "jours",
    "weeks": "semaines", "months": "mois", "employees": "salariés", "advisors": "conseillers", "FTE": "ETP",
    "€ per year": "€ par an", "€ per post": "€ par poste", "€ per month": "€ par mois", "times the gross wage": "fois le salaire brut",
    "share of the State CDE": "part de la CDE de l'État", "share of the SMIC": "part du SMIC", "relative weight": "poids relatif",
    "places": "places", "per 1,000 inhabitants": "pour 1 000 habitants", "inhabitants": "habitants",
    "index in the parent site's advisors": "rang parmi les conseillers du lieu de rattachement", "hires per month": "embauches par mois",
    "employees per supervisor": "salariés par encadrant", "a probability": "une probabilité",
    "share of the opening hours": "part des heures d'ouverture", "the commune's INSEE code": "le code INSEE de la commune",
    "the commune's name": "le nom de la commune", "the postcode": "le code postal", "the registration date": "la date d'inscription",
    "a distribution of minutes": "une loi en minutes",
    "a distribution of days": "une loi en jours", "below any bound": "sans borne inférieure", "minutes": "minutes", "hours": "heures",
    "seats": "places",
  ]

  /// English template → French. Specific entries come before general ones (the first that matches wins).
  static let entries: [(en: String, fr: String)] = [
    // National studies (NationalReader).
    ("expected a month YYYY-MM (or a date YYYY-MM-DD), found {}", "un mois AAAA-MM (ou une date AAAA-MM-JJ) est attendu, trouvé {}"),
    ("expected a number between {} and {}, found {}", "un nombre entre {} et {} est attendu, trouvé {}"),
    (
      "this program reads national format version {}, the file says {}",
      "ce programme lit la version {} du format national, le fichier dit {}"
    ),
    ("the end must come after the start", "la fin doit venir après le début"),
    ("a national study covers at most 40 years", "une étude nationale couvre au plus 40 ans"),
    ("{} is not a fund rule; use one of {}", "{} n'est pas une règle du fonds ; prenez l'une de {}"),
    ("{} cannot be read", "{} ne peut pas être lu"),
    ("name a CSV file beside the study, or write {}", "nommez un fichier CSV à côté de l'étude, ou écrivez {}"),
    ("name a scenario file beside the national study", "nommez un fichier de scénario à côté de l'étude nationale"),
    (
      "{} has no {} part: the national study takes a territory's EBE from it",
      "{} n'a pas de partie {} : l'étude nationale y prend l'EBE du territoire"
    ),
    ("{} is not a valid scenario (its problems are listed above)", "{} n'est pas un scénario valide (ses problèmes sont listés plus haut)"),
    (
      "objectives are followed for a territory given by its own {}",
      "les objectifs ne sont suivis que pour un territoire décrit par son propre {}"
    ),
    ("{} is not a measure; use {} or {}", "{} n'est pas une mesure ; prenez {} ou {}"),
    ("the year {} has credits twice", "l'année {} a deux lignes de crédits"),
    ("keep one line per year", "gardez une ligne par année"),
    ("the law's mean must be at least {}, found {}", "la moyenne de la loi doit valoir au moins {}, trouvé {}"),
    (
      "a working time is a fraction of full time in (0, 1], found {}",
      "un temps de travail est une fraction du temps plein dans ]0, 1], trouvé {}"
    ),
    ("the shares of the working times must add up to 1, found {}", "les parts des temps de travail doivent faire 1 au total, trouvé {}"),
    ("{} is not a number of a profile a fit may set", "{} n'est pas une valeur de profil qu'un ajustement peut fixer"),
    ("write wave_1.<key> with a key among {}", "écrivez wave_1.<clé> avec une clé parmi {}"),
    ("expected a range low...high inside {}, found {}", "un intervalle bas...haut dans {} est attendu, trouvé {}"),
    ("the study could not be read", "l'étude n'a pas pu être lue"),
    // Ranges (ParameterRange).
    ("with this option, {}", "avec cette option, {}"),
    ("must be a whole number between {} and {} ({}), found {}", "doit être un nombre entier entre {} et {} ({}), trouvé {}"),
    ("must be a whole number between {} and {}, found {}", "doit être un nombre entier entre {} et {}, trouvé {}"),
    ("must be a number between {} and {} ({}), found {}", "doit être un nombre entre {} et {} ({}), trouvé {}"),
    ("must be a number between {} and {}, found {}", "doit être un nombre entre {} et {}, trouvé {}"),
    ("must be a whole number in {} ({}), found {}", "doit être un nombre entier dans {} ({}), trouvé {}"),
    ("must be a number in {} ({}), found {}", "doit être un nombre dans {} ({}), trouvé {}"),
    ("must be a number in {}, found {}", "doit être un nombre dans {}, trouvé {}"),
    ("The list of new registrants must be deleted within two months", "La liste des nouveaux inscrits doit être supprimée sous deux mois"),

    // Reading the file.
    ("not valid YAML: {}", "YAML illisible : {}"),
    ("the file is empty", "le fichier est vide"),
    ("start from `tzsim init`", "partez du modèle (`tzsim init`)"),
    ("the file contains NUL bytes: it is not a text file", "le fichier contient des octets nuls : ce n'est pas un fichier texte"),
    ("the file is not UTF-8 text", "le fichier n'est pas du texte UTF-8"),
    ("save it as UTF-8", "enregistrez-le en UTF-8"),
    ("the text nests more than {} levels", "le texte s'imbrique sur plus de {} niveaux"),
    ("the file could not be read as YAML: {}", "le fichier ne se lit pas comme du YAML : {}"),
    ("the file holds no YAML document", "le fichier ne contient aucun document YAML"),
    (
      "anchors and aliases (`&name`, `*name`) are not allowed in scenario files",
      "les ancres et alias (`&nom`, `*nom`) ne sont pas admis dans un scénario"
    ),
    ("Write the value out", "Écrivez la valeur en entier"),

    // Shapes and keys.
    ("expected a mapping with keys {}, found {}", "attendu : une table de clés parmi {} ; trouvé : {}"),
    ("expected a mapping, found {}", "attendu : une table de clés ; trouvé : {}"),
    ("expected a list, found {}", "attendu : une liste ; trouvé : {}"),
    ("expected text, found {}", "attendu : du texte ; trouvé : {}"),
    ("missing key {}", "clé manquante : {}"),
    ("unknown key", "clé inconnue"),
    ("Did you mean {}?", "Vouliez-vous dire {} ?"),
    ("The keys are {}", "Les clés possibles sont {}"),
    ("this program reads format version {}, the file says {}", "ce programme lit la version {} du format, le fichier dit {}"),
    ("{} is used twice at this site", "{} est employé deux fois dans ce lieu"),
    ("Give each advisor their own id", "Donnez à chaque conseiller son propre identifiant"),
    ("{} is used twice", "{} est employé deux fois"),
    (
      "Give each option its own id: its files go to options/<id>/",
      "Donnez à chaque option son propre identifiant : ses fichiers vont dans options/<id>/"
    ),

    // Values.
    ("expected a whole number, found {}", "attendu : un nombre entier ; trouvé : {}"),
    ("expected a number per week, found {}", "attendu : un nombre par semaine ; trouvé : {}"),
    ("expected a number per month, found {}", "attendu : un nombre par mois ; trouvé : {}"),
    ("expected a number per year, found {}", "attendu : un nombre par an ; trouvé : {}"),
    ("expected a number, found {}", "attendu : un nombre ; trouvé : {}"),
    ("Write decimals with a point: {}", "Écrivez les décimales avec un point : {}"),
    ("expected a date YYYY-MM-DD between 1900 and 2200, found {}", "attendu : une date AAAA-MM-JJ entre 1900 et 2200 ; trouvé : {}"),
    ("expected true or false, found {}", "attendu : true (oui) ou false (non) ; trouvé : {}"),
    (
      "expected hours `HH:MM-HH:MM` within the day (00:00–24:00, start before end), found {}",
      "attendu : des heures `HH:MM-HH:MM` dans la journée (00:00–24:00, début avant fin) ; trouvé : {}"
    ),
    ("{}: windows {} and {} overlap", "{} : les plages {} et {} se chevauchent"),
    ("Windows of one day must not overlap", "Les plages d'un même jour ne doivent pas se chevaucher"),
    ("{} replaces the hours {} gives that day", "{} remplace les heures que {} donne ce jour-là"),

    // Horizon.
    ("the horizon spans {} calendar years; at most {} are allowed", "l'horizon couvre {} années civiles ; {} au plus"),
    ("is before start ({})", "est avant le début ({})"),
    ("The horizon runs from start to end, inclusive", "L'horizon va du début (start) à la fin (end), inclus"),
    ("{} is outside the horizon {}", "{} est hors de l'horizon {}"),
    (
      "the horizon covers only part of {} ({} to {}): a yearly count would be compared with a whole year's target",
      "l'horizon ne couvre qu'une partie de {} ({} au {}) : un compte annuel serait comparé à l'objectif d'une année entière"
    ),
    (
      "Use `date: {}` for a count up to that date, or widen the horizon to the whole year",
      "Écrivez `date: {}` pour un compte jusqu'à cette date, ou étendez l'horizon à l'année entière"
    ),

    // Communes and places.
    ("unknown commune {}", "commune inconnue {}"),
    ("unknown commune", "commune inconnue"),
    ("{} is commune {}: use the INSEE code", "{} est la commune {} : écrivez son code INSEE"),
    ("unknown site {}", "lieu inconnu {}"),
    (
      "without invitations nobody is sent to a permanence: it would serve nobody",
      "sans invitations, personne n'est envoyé à une permanence : elle ne servirait personne"
    ),
    ("Add an `invitations` section, or remove the permanence", "Ajoutez une section `invitations`, ou retirez la permanence"),
    (
      "{} communes are served by no site or permanence of the scenario: {}; invitees there would have nowhere to go",
      "{} communes ne sont servies par aucun lieu ni aucune permanence du scénario : {} ; les personnes invitées n'auraient nulle part où aller"
    ),
    (
      "{} commune is served by no site or permanence of the scenario: {}; invitees there would have nowhere to go",
      "{} commune n'est servie par aucun lieu ni aucune permanence du scénario : {} ; les personnes invitées n'auraient nulle part où aller"
    ),
    (
      "Say who serves them, for example {}, or add the site or permanence of their nearest service point ({})",
      "Dites qui les sert, par exemple {}, ou ajoutez le lieu ou la permanence de leur point de service le plus proche ({})"
    ),
    (
      "no commune is served by this permanence: nobody invited would be sent to it",
      "aucune commune n'est servie par cette permanence : aucune personne invitée n'y serait envoyée"
    ),

    // Laws.
    ("{}: probabilities must sum to 1, found {} ({})", "{} : les probabilités doivent faire 1 au total, trouvé {} ({})"),
    ("{}: parameters ({}) do not match; write {} or {} ({})", "{} : paramètres ({}) qui ne vont pas ensemble ; écrivez {} ou {} ({})"),
    ("a distribution of minutes", "une loi en minutes"),
    ("a distribution of days", "une loi en jours"),
    ("E.g. {}", "Par exemple {}"),
    (
      "{} can draw negative values ({}); a delay or duration cannot be negative",
      "{} peut tirer des valeurs négatives ({}) ; un délai ou une durée ne peut pas être négatif"
    ),
    ("below any bound", "sans borne inférieure"),
    ("down to {}", "jusqu'à {}"),
    ("Use a distribution on [0, ∞) such as {} or {}", "Prenez une loi sur [0, ∞) comme {} ou {}"),

    // Imported files: the registrants list, the observed figures.
    (
      "the first line has no `;`, `,` or tab: this is not a delimited table",
      "la première ligne n'a ni `;`, ni `,`, ni tabulation : ce n'est pas un tableau CSV"
    ),
    (
      "export the list as CSV (separator `;` or `,`) with a header line",
      "exportez la liste en CSV (séparateur `;` ou `,`) avec une ligne d'en-tête"
    ),
    ("a quoted field opened on line {} is never closed", "un champ entre guillemets ouvert ligne {} n'est jamais fermé"),
    ("check the export", "vérifiez l'export"),
    ("no column {}; the columns are: {}", "pas de colonne {} ; les colonnes sont : {}"),
    ("the header must be month, kpi, value, source", "l'en-tête doit être month, kpi, value, source"),
    ("line {}: the month must be written YYYY-MM", "ligne {} : le mois s'écrit AAAA-MM"),
    ("line {}: {} is not a KPI with a monthly series", "ligne {} : {} n'est pas un chiffre suivi mois par mois"),
    ("use one of {}", "prenez l'un de {}"),
    ("line {}: the value must be a number ≥ 0", "ligne {} : la valeur doit être un nombre ≥ 0"),
    (
      "line {}: the dimension must be empty or `site=<id>` with pce.accompanied",
      "ligne {} : la dimension est vide, ou `site=<id>` avec pce.accompanied"
    ),
    (
      "persons accompanied per place are the split series simulated month by month",
      "seules les personnes accompagnées par lieu sont simulées mois par mois"
    ),
    ("line {}: {} has two values for {}", "ligne {} : {} a deux valeurs pour {}"),
    ("keep one row per month and KPI", "gardez une ligne par mois et par chiffre"),
    ("{}: the scenario has no site or permanence {}", "{} : le scénario n'a ni lieu ni permanence {}"),
    ("no column {} (for {}); the columns are: {}", "pas de colonne {} (pour {}) ; les colonnes sont : {}"),
    ("give the header as written in the file's first line", "donnez l'en-tête tel qu'il est écrit sur la première ligne du fichier"),
    ("no column for {}; the columns are: {}", "pas de colonne pour {} ; les colonnes sont : {}"),
    (
      "no column for the commune (INSEE code or name); the columns are: {}",
      "pas de colonne pour la commune (code INSEE ou nom) ; les colonnes sont : {}"
    ),
    (
      "name it with --date-column",
      "nommez-la (option --date-column, ou « Si les colonnes ne sont pas reconnues » dans l'espace de travail)"
    ),
    (
      "name it with --commune-column or --name-column",
      "nommez-la (options --commune-column ou --name-column, ou « Si les colonnes ne sont pas reconnues » dans l'espace de travail)"
    ),
    (
      "name it with --commune-column (INSEE code) or --name-column (commune name)",
      "nommez-la (options --commune-column ou --name-column, ou « Si les colonnes ne sont pas reconnues » dans l'espace de travail)"
    ),
    (
      "the newest registration is of {}, more than {} days before {}: this list should have been deleted ({})",
      "la dernière inscription date du {}, plus de {} jours avant le {} : cette liste aurait dû être supprimée (délibération de 2019 de Troyes Champagne Métropole, annexe : la liste des nouveaux inscrits ne sert qu'aux invitations, est supprimée sous deux mois et n'est jamais transmise)"
    ),
    (
      "import a list within two months of its receipt, or pass --force if you must (and delete the list afterwards)",
      "importez une liste reçue depuis moins de deux mois (en ligne de commande, --force passe outre ; supprimez ensuite la liste)"
    ),
    ("the commune's INSEE code", "le code INSEE de la commune"),
    ("the commune's name", "le nom de la commune"),
    ("the postcode", "le code postal"),
    ("the registration date", "la date d'inscription"),

    // Calibration.
    ("nothing to fit", "rien à ajuster"),
    ("--fit {}: the range is empty", "{} : la plage est vide"),
    ("--fit {}: {}", "{} : {}"),
    ("write low...high with low < high", "la borne basse doit être inférieure à la haute"),
    ("{} has no simulated monthly series", "{} n'a pas de série mensuelle simulée"),
    ("observe a KPI followed month by month", "observez un chiffre suivi mois par mois"),
    ("use the ids of the scenario's sites and permanences", "employez les identifiants des lieux et permanences du scénario"),
    ("{} observed month(s) inside the horizon for {} key(s) to fit", "{} mois observé(s) dans l'horizon pour {} valeur(s) à ajuster"),
    (
      "observe more months than keys to fit (and check that the months are inside the scenario's horizon)",
      "observez plus de mois que de valeurs à ajuster (et vérifiez que les mois sont dans l'horizon du scénario)"
    ),
    (
      "{} changes none of the observed series over its range ({}): it cannot be fitted from them",
      "{} ne change aucune des séries observées sur sa plage ({}) : elle ne peut pas en être déduite"
    ),
    ("drop it from --fit, or observe a series it acts on", "retirez-la, ou observez une série sur laquelle elle agit"),
    (
      "the fitted keys cannot be told apart from the observed series (they move them in the same way)",
      "les valeurs ajustées ne se distinguent pas dans les séries observées (elles les font bouger de la même façon)"
    ),
    ("fit fewer keys, or observe more series", "ajustez moins de valeurs, ou observez plus de séries"),
    ("with {}, {}", "avec {}, {}"),

    // Places, staff, workshops, pathways (validation).
    ("at least one site is needed", "il faut au moins un lieu"),
    ("a site needs at least one advisor", "un lieu a besoin d'au moins un conseiller"),
    (
      "the site is never open but expects walk-ins or referrals",
      "le lieu n'est jamais ouvert mais attend des venues spontanées ou des orientations"
    ),
    ("{} is already the id of a site or permanence", "{} est déjà l'identifiant d'un lieu ou d'une permanence"),
    ("site {} has {} advisors; index {} does not exist", "le lieu {} a {} conseillers ; le rang {} n'existe pas"),
    (
      "set `served_by: {}` for the communes it serves, or remove it",
      "écrivez `served_by: {}` pour les communes qu'elle sert, ou retirez-la"
    ),
    ("a workshop type needs at least one session", "un type d'atelier a besoin d'au moins une séance"),
    ("{} types; at most {}", "{} types ; {} au plus"),
    ("must give the probabilities of {} in that order, found {}", "doit donner les probabilités de {} dans cet ordre ; trouvé : {}"),
    ("must give the probabilities of {} in that order", "doit donner les probabilités de {} dans cet ordre"),
    ("probabilities must sum to 1, found {}", "les probabilités doivent faire 1 au total ; trouvé : {}"),
    ("the probabilities must sum to 1, found {}", "les probabilités doivent faire 1 au total ; trouvé : {}"),
    ("the mean duration must be between 0 and 1440 minutes, found {}", "la durée moyenne doit être entre 0 et 1440 minutes ; trouvé : {}"),
    ("is before from ({})", "est avant le début de la fermeture ({})"),
    ("must be a finite number", "doit être un nombre fini"),
    ("use an INSEE code of the territory", "employez un code INSEE du territoire"),
    ("{} is outside the horizon {}", "{} est hors de l'horizon {}"),
    ("{} needs a `tzcld` section", "{} demande une section `tzcld`"),
    ("give `at_least` or `at_most`, not both", "donnez `at_least` ou `at_most`, pas les deux"),
    ("give `year` or `date`, not both", "donnez `year` ou `date`, pas les deux"),
    ("give `initial_stock` or `initial_stock_per_1000`, not both", "donnez `initial_stock` ou `initial_stock_per_1000`, pas les deux"),
    ("expected a year as key, found {}", "attendu : une année comme clé ; trouvé : {}"),
    (
      "expected a working-time fraction in (0, 1] as key, e.g. `0.8`, found {}",
      "attendu : une part de temps de travail dans (0, 1] comme clé, par exemple `0.8` ; trouvé : {}"
    ),
    ("expected one of pce, workshops, ebe_hiring, found {}", "attendu : pce, workshops ou ebe_hiring ; trouvé : {}"),
    (
      "expected a day of the week (monday … sunday), found {}",
      "attendu : un jour de la semaine (monday … sunday, en anglais) ; trouvé : {}"
    ),
    (
      "expected an identifier (lower-case letters, digits, `-`, `_`, at most 64), found {}",
      "attendu : un identifiant (minuscules, chiffres, `-`, `_`, 64 au plus) ; trouvé : {}"
    ),
    ("expected a whole number between {} and {}, found {}", "attendu : un nombre entier entre {} et {} ; trouvé : {}"),
    ("expected {}, found {}", "attendu : {} ; trouvé : {}"),
    ("the list has {} items; at most {} are allowed", "la liste a {} éléments ; {} au plus"),
    ("known keys: {}", "clés connues : {}"),
    ("aliases (`*name`) are not allowed in scenario files", "les alias (`*nom`) ne sont pas admis dans un scénario"),
    ("anchors (`&name`) are not allowed in scenario files", "les ancres (`&nom`) ne sont pas admises dans un scénario"),
    ("a scenario nests at most {} levels", "un scénario s'imbrique sur {} niveaux au plus"),
    ("the file has {} bytes; a scenario has at most 1 MiB", "le fichier fait {} octets ; un scénario fait 1 Mio au plus"),
    ("the text is indented more than {} columns", "le texte est indenté de plus de {} colonnes"),
    ("the scenario could not be read", "le scénario n'a pas pu être lu"),
    ("the value is not valid YAML", "la valeur n'est pas du YAML valide"),
    ("a commune of Troyes Champagne Métropole keeps its INSEE name", "une commune de Troyes Champagne Métropole garde son nom INSEE"),
    (
      "Use the INSEE code of a TCM commune, or describe one outside TCM with `name`, `population` and `served_by`",
      "Écrivez le code INSEE d'une commune de TCM, ou décrivez une commune hors de TCM avec `name`, `population` et `served_by`"
    ),
    (
      "Use the INSEE code of a TCM commune, or describe the commune under `communes`",
      "Écrivez le code INSEE d'une commune de TCM, ou décrivez la commune sous `communes`"
    ),
    (
      "A commune outside Troyes Champagne Métropole is described in full: {}",
      "Une commune hors de Troyes Champagne Métropole se décrit en entier : {}"
    ),

    // Invitations.
    ("must not be after retention_days ({}), found {}", "ne doit pas dépasser retention_days ({}) ; trouvé : {}"),
    (
      "must fall after the letters (day {}) and before day {}, found {}",
      "doit tomber après les courriers (jour {}) et avant le jour {} ; trouvé : {}"
    ),
    ("no contact is allowed after the list's retention period", "aucun contact n'est permis après la durée de conservation de la liste"),
    (
      "the list of new registrants must be deleted within two months: letters go out before",
      "la liste des nouveaux inscrits est supprimée sous deux mois : les courriers partent avant"
    ),
    ("the weights add up to 0: no commune would receive a registrant", "les poids font 0 au total : aucune commune ne recevrait d'inscrit"),
    (
      "give each commune its registrants over past months (tzsim import registrants writes them)",
      "donnez à chaque commune ses inscrits des mois passés (l'import de la liste des inscrits les donne)"
    ),

    // TZCLD and money tables.
    ("{} PPDE in all; at most {}", "{} PPDE en tout ; {} au plus"),
    ("{} is above the headcount ceiling ({})", "{} dépasse le plafond d'effectif ({})"),
    ("must be in (0, {}] for {} employees, found {}", "doit être dans (0, {}] pour {} salariés ; trouvé : {}"),
    ("must be 0 with no employee, found {}", "doit être 0 sans salarié ; trouvé : {}"),
    ("each employee works at most one FTE", "chaque salarié travaille au plus un ETP"),
    ("must be in (0, 1], found {}", "doit être dans (0, 1] ; trouvé : {}"),
    (
      "{} is before the start ({}): the EBE already exists on the first day",
      "{} est avant le début ({}) : l'EBE existe déjà le premier jour"
    ),
    (
      "only an EBE that opened before the start ({}) has a state at the start; it opens on {}",
      "seule une EBE ouverte avant le début ({}) a un état au départ ; elle ouvre le {}"
    ),
    ("remove `at_start`, or move `opening` before the start", "retirez `at_start`, ou placez `opening` avant le début"),
    (
      "say what it is then: `at_start: {headcount: …, fte: …, waiting_list: …}`",
      "dites ce qu'elle est alors : `at_start: {headcount: …, fte: …, waiting_list: …}`"
    ),
    ("needs at least one working-time fraction", "demande au moins une part de temps de travail"),
    ("needs at least one dated value", "demande au moins une valeur datée"),
    ("needs at least one row", "demande au moins une ligne"),
    ("dates must increase", "les dates doivent aller croissant"),
    ("start the table on or before {}", "commencez le tableau le {} ou avant"),
    ("add a row from {} or earlier, with its source", "ajoutez une ligne du {} ou d'avant, avec sa source"),
    ("the table starts on {}, after the first hiring month ({})", "le tableau commence le {}, après le premier mois d'embauche ({})"),
    (
      "the table starts on {}, but the EBE's money is counted from {}: no value would apply then",
      "le tableau commence le {}, mais l'argent de l'EBE est compté dès le {} : aucune valeur ne s'appliquerait alors"
    ),

    // Size.
    (
      "about {} events per replication are expected, above the limit of {} (about 5 minutes each)",
      "environ {} événements par réplication sont attendus, au-delà de la limite de {} (environ 5 minutes chacune)"
    ),
    (
      "about {} job seekers per replication are expected, above the limit of {} (about 1.2 GB of memory per job)",
      "environ {} demandeurs d'emploi par réplication sont attendus, au-delà de la limite de {} (environ 1,2 Go de mémoire par tâche)"
    ),
    (
      "shorten the horizon, or lower the arrival rates or the number of sites",
      "raccourcissez l'horizon, ou baissez les arrivées ou le nombre de lieux"
    ),
    ("shorten the horizon, or lower the arrival rates", "raccourcissez l'horizon, ou baissez les arrivées"),

    // Uncertain assumptions.
    ("{} has a law already (law {})", "{} a déjà une loi (loi {})"),
    ("give each key one law", "donnez une seule loi à chaque clé"),
    ("{} is not a number of the scenario", "{} n'est pas un nombre du scénario"),
    ("is not a number of the parameter catalogue", "n'est pas un nombre du catalogue des paramètres"),
    ("name a number as in the file, e.g. {}", "nommez un nombre comme dans le fichier, par exemple {}"),
    ("name a number of the scenario as in the file, e.g. {}", "nommez un nombre du scénario comme dans le fichier, par exemple {}"),
    ("{} (the law of {})", "{} (la loi de {})"),
    ("{} (the joint law of {})", "{} (la loi jointe de {})"),
    ("`joint_normal` goes with `keys` (several keys fitted together)", "`joint_normal` va avec `keys` (plusieurs clés ajustées ensemble)"),
    ("{} has {} values for {} keys", "{} a {} valeurs pour {} clés"),
    ("a joint law needs at least two keys", "une loi jointe demande au moins deux clés"),
    (
      "an entry gives either `key` and `law` (one key) or `keys` and `joint_normal` (keys fitted together), not both",
      "une entrée donne soit `key` et `law` (une clé), soit `keys` et `joint_normal` (clés ajustées ensemble), pas les deux"
    ),
    ("for one key, give `key` and `law`", "pour une clé, donnez `key` et `law`"),
    ("give `keys: [...]`, or a `law` for one key", "donnez `keys: [...]`, ou une `law` pour une clé"),
    ("give at least one law", "donnez au moins une loi"),
    ("the laws name {} keys; at most {} fit the design", "les lois nomment {} clés ; le plan en admet {} au plus"),
    ("keep the keys that matter most", "gardez les clés qui comptent le plus"),
    ("split it into two entries", "séparez-la en deux entrées"),
    (
      "points × replications is {}; at most {} inner replications fit the streams of one seed",
      "points × réplications font {} ; les flux d'une graine admettent {} réplications internes au plus"
    ),
    ("use fewer points or fewer replications", "prenez moins de points ou moins de réplications"),
    ("the law gives no probability to the key's range {}", "la loi ne donne aucune probabilité à la plage de la clé {}"),
    ("centre the law inside the range", "centrez la loi dans la plage"),
    ("one key per value of the joint law", "une clé par valeur de la loi jointe"),
    ("{}{} ({}) makes an invalid scenario: {} {}", "{}{} ({}) donne un scénario non valide : {} {}"),
    (
      "narrow the laws so that every value they allow is valid together",
      "resserrez les lois pour que toutes les valeurs qu'elles permettent soient valides ensemble"
    ),
    ("with option {}, {}", "avec l'option {}, {}"),
    ("the tornado's low end", "le bas du tornado"),
    ("the tornado's high end", "le haut du tornado"),
    ("draw {} of the design", "le tirage {} du plan"),

    // Keys named in options and laws.
    ("names nothing in the scenario", "ne désigne rien dans le scénario"),
    ("{} (a distribution of {})", "{} (une loi en {})"),
    ("cannot be set alone", "ne peut pas être réglée seule"),
    ("change it in the scenario file", "changez-la dans le fichier du scénario"),
    ("is not a place of {}", "n'est pas un lieu de {}"),
    ("is a share of a law whose shares must sum to 1", "est une part d'une loi dont les parts doivent faire 1"),
    ("write a key path as in the file, e.g. {}", "écrivez un chemin de clé comme dans le fichier, par exemple {}"),
    ("an override needs a key path", "un remplacement demande un chemin de clé"),
    ("the scenario has nothing at {} to override", "le scénario n'a rien en {} à remplacer"),

    // Objectives and options.
    ("{} cannot be an objective; use one of {}", "{} ne peut pas être un objectif ; prenez l'un de {}"),
    ("{} names nothing in the scenario", "{} ne désigne rien dans le scénario"),
    (
      "an option sets one value (a number, a date, a text or a law), found {}",
      "une option règle une seule valeur (un nombre, une date, un texte ou une loi) ; trouvé : {}"
    ),
    (
      "Write the new value after the key, e.g. {}; change structure in the scenario itself",
      "Écrivez la nouvelle valeur après la clé, par exemple {} ; la structure se change dans le scénario lui-même"
    ),
  ]
}
