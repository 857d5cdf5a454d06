#!/usr/bin/env python3
"""Writes a FAKE list of new registrants, shaped like the monthly export a territory receives.

    Scripts/make-fake-registrants.py OUT.csv [--rows N] [--month YYYY-MM] [--seed S] [--utf8]

Every person in it is invented (names drawn from a short list and numbered, made-up
addresses, birth dates and identifiers): it exists to test that `tzsim import registrants`
keeps counts only. Windows-1252 and `;` by default, as administrations export; a few blank
rows, duplicated rows, communes outside the territory and an unreadable date are mixed in,
so that the import has something to count and report.
"""
import argparse, random

FIRST = ["Zoé", "Théo", "Inès", "Lucas", "Chloé", "Noé", "Léa", "Hugo", "Maëlle", "Jérôme"]
LAST = ["Fauxnom", "Inventé", "Bidonné", "Fictif", "Imaginaire", "Chimère", "Leurre", "Factice"]
COMMUNES = [("10387", "10000", "Troyes"), ("10387", "10000", "TROYES"), ("10081", "10600", "La Chapelle-Saint-Luc"),
            ("10333", "10120", "St Andre les Vergers"), ("10349", "10300", "Sainte-Savine"),
            ("10297", "10150", "Pont-Sainte-Marie"), ("10362", "10300", "Saint-Julien-les-Villas"),
            ("10034", "10800", "Bréviandes"), ("10323", "10120", "Saint-Germain")]
OUTSIDE = [("75056", "75001", "Paris"), ("69123", "69001", "Lyon")]


def main():
    a = argparse.ArgumentParser()
    a.add_argument("out")
    a.add_argument("--rows", type=int, default=300)
    a.add_argument("--month", default="2025-02")
    a.add_argument("--seed", type=int, default=1)
    a.add_argument("--utf8", action="store_true")
    args = a.parse_args()
    rng = random.Random(args.seed)
    year, month = (int(x) for x in args.month.split("-"))
    lines = ["Identifiant;Nom;Prénom;Date de naissance;Adresse;Code postal;Commune;Date d'inscription"]
    for i in range(args.rows):
        code, cp, name = rng.choice(OUTSIDE) if rng.random() < 0.03 else rng.choice(COMMUNES)
        person = f"{rng.choice(LAST)}{i:04d};{rng.choice(FIRST)}"
        birth = f"{rng.randint(1,28):02d}/{rng.randint(1,12):02d}/{rng.randint(1960,2004)}"
        street = f"{rng.randint(1, 99)} rue de l'Exemple-Fictif-{i:04d}"
        day = rng.randint(1, 28)
        date = f"{day:02d}/{month:02d}/{year}" if i != 7 else "pas de date"
        lines.append(f"ID{900000 + i};{person};{birth};\"{street}\";{cp};{name};{date}")
        if i % 50 == 3:
            lines.append(lines[-1])  # a duplicated row
        if i % 80 == 5:
            lines.append(";;;;;;;")  # a blank row
    text = "\r\n".join(lines) + "\r\n"
    with open(args.out, "wb") as f:
        f.write(text.encode("utf-8" if args.utf8 else "cp1252"))


if __name__ == "__main__":
    main()
