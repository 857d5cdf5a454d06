/// `/aide`: how the workspace is used, in a planner's words, and where each
/// rule is written down in full.
enum HelpPage {
  static func html() -> String {
    let body = """
      <h1>Aide</h1>
      <p>TZSim simule un réseau de Points Conseil Emploi et, s'il y a lieu, une entreprise à but d'emploi (TZCLD) : \
      on décrit un scénario, on le lance, on lit les verdicts et le rapport. Chaque calcul se refait à l'identique \
      avec la même graine.</p>
      <h2>Le travail, pas à pas</h2>
      <ol>
      <li><strong>Ouvrir un scénario</strong> (page d'accueil) ou en créer un à partir du modèle ; \
      « Dupliquer » en fait une copie pour tester une variante sans toucher à l'original.</li>
      <li><strong>Modifier des valeurs</strong> dans le formulaire : chaque valeur porte sa règle \
      (par exemple « nombre entier, au moins 1 »). Une part se tape aussi en pourcentage (« 70 % »). \
      « Chercher une valeur » (en bas) filtre le formulaire. « Vérifier » montre les erreurs à leur champ, sans rien écrire.</li>
      <li><strong>Enregistrer, ou lancer directement</strong> : « Lancer » enregistre d'abord ce qui a été tapé \
      (si c'est valide). Si le fichier a changé ailleurs entre-temps, rien n'est perdu : le formulaire reporte \
      vos valeurs sur la version actuelle et signale les conflits.</li>
      <li><strong>Lire le calcul</strong> : la barre de progression, puis les verdicts (« probable (71 %) » : \
      la part des réplications qui atteignent l'objectif), le rapport pour le conseil et les tableaux CSV \
      au format d'un tableur français.</li>
      <li><strong>Comparer des options</strong> de personnel (clé <code>options</code> du scénario), sur les mêmes tirages.</li>
      <li><strong>Chercher un plan</strong> : la plus petite valeur d'un paramètre (par exemple les conseillers d'un lieu) \
      qui atteint un objectif avec la probabilité visée.</li>
      </ol>
      <h2>Hypothèses incertaines</h2>
      <p>Une valeur mal connue (les visites spontanées, le taux de réponse…) peut être marquée incertaine sur la page \
      du scénario : on donne le bas, le haut, la forme de la loi et la source. Le calcul donne alors deux verdicts, \
      « si les hypothèses sont justes » et « compte tenu de l'incertitude », et le rapport dit quelle hypothèse décide, \
      quand l'objectif est manqué et ce qu'il vaut la peine de mesurer.</p>
      <h2>Mots</h2>
      <dl>
      <dt>Réplication</dt><dd>une simulation de toute la période, avec ses propres tirages au hasard.</dd>
      <dt>Graine</dt><dd>le nombre qui fixe les tirages : même graine, mêmes résultats.</dd>
      <dt>Verdict</dt><dd>la probabilité d'atteindre un objectif, en mots (« probable ») et en pourcentage.</dd>
      <dt>PPDE</dt><dd>personne privée durablement d'emploi ; EBE : entreprise à but d'emploi.</dd>
      </dl>
      <h2>Pour aller plus loin</h2>
      <p>Les règles complètes sont écrites dans le dossier <code>docs/</code> de TZSim : \
      <code>espace-de-travail.md</code> (cet espace), <code>vos-donnees.md</code> (vos données), \
      <code>scenario-format/</code> (chaque clé d'un scénario), <code>uncertainty.md</code> (les hypothèses incertaines), \
      <code>glossary.md</code> (les mots).</p>
      """
    return Layout.page(title: "Aide", body: body)
  }
}
