/// The sign-in page of a shared workspace: the start-up token typed once.
enum SignInPage {
  static func html(problem: String?, secure: Bool) -> String {
    let body = """
      <h1>Connexion à l'espace de travail</h1>
      \(problem.map { Layout.message($0, kind: "error") } ?? "")
      <p>Cet espace de travail est ouvert sur le réseau : seules les personnes qui ont son jeton peuvent lire, modifier
      ou lancer ses scénarios. Le jeton est affiché par <code>tzsim-serve</code> à son démarrage (avec l'adresse complète
      à ouvrir, qui vous connecte directement).</p>
      \(secure ? "" : "<p class=\"note\">La connexion n'est pas chiffrée : sur un réseau partagé, passez par le serveur mandataire HTTPS de la collectivité (docs/espace-de-travail.md, « Ouvrir l'espace à une équipe »).</p>")
      <form method="post" action="/connexion" class="card">
      <label for="jeton">Jeton</label>
      <input type="password" id="jeton" name="jeton" autocomplete="current-password" required>
      <button type="submit">Se connecter</button>
      </form>
      """
    return Layout.page(title: "Connexion", body: body)
  }
}
