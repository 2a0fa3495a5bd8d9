//! French table: money, percent and quantity phrases with their expected readings.

use super::check;
use crate::lang::Lang;

/// Money: digits, separators, scales, currencies, glued forms.
const MONEY: &[(&str, &[&str])] = &[
    (
        "Amazon investirait au minimum 38 milliards de dollars.",
        &["money|au minimum 38 milliards de dollars|38000000000|USD|at_least|"],
    ),
    (
        "Le contrat vaut 13 milliards de dollars environ.",
        &["money|13 milliards de dollars environ|13000000000|USD|approx|"],
    ),
    ("Le groupe vise 1.400 milliards de dollars.", &["money|1.400 milliards de dollars|1400000000000|USD|exact|"]),
    ("Le groupe vise 1 400 milliards de dollars.", &["money|1 400 milliards de dollars|1400000000000|USD|exact|"]),
    ("Le groupe vise 1,4 milliard de dollars.", &["money|1,4 milliard de dollars|1400000000|USD|exact|"]),
    ("Il promet plus d'un billion de dollars.", &["money|plus d'un billion de dollars|1000000000000|USD|more_than|"]),
    ("Il promet plus d’un billion de dollars.", &["money|plus d’un billion de dollars|1000000000000|USD|more_than|"]),
    (
        "Il évoque plus de 1 trillion de dollars.",
        &["money|plus de 1 trillion de dollars|1000000000000|USD|more_than|ambiguous-scale"],
    ),
    (
        "Soit 2 trillions de dollars au total.",
        &["money|2 trillions de dollars|2000000000000|USD|exact|ambiguous-scale"],
    ),
    ("Soit 3 billions de dollars au total.", &["money|3 billions de dollars|3000000000000|USD|exact|"]),
    ("Une enveloppe de jusqu'à 10 milliards.", &["money|jusqu'à 10 milliards|10000000000||at_most|"]),
    // A comparison bounds its figure; a bare `plus que` (`ne … plus que`, `only`) does not.
    (
        "Le club vaut bien plus que 240 millions d'euros.",
        &["money|bien plus que 240 millions d'euros|240000000|EUR|more_than|"],
    ),
    ("Le fonds pèse 2,5 Md€.", &["money|2,5 Md€|2500000000|EUR|exact|"]),
    ("Un budget de 1,2 M€ est prévu.", &["money|1,2 M€|1200000|EUR|exact|"]),
    ("La facture atteint €2,5 Md selon lui.", &["money|€2,5 Md|2500000000|EUR|exact|"]),
    ("Une amende de 14 000 € a été infligée.", &["money|14 000 €|14000|EUR|exact|"]),
    ("Une amende de 14\u{a0}000\u{a0}€ a été infligée.", &["money|14\u{a0}000\u{a0}€|14000|EUR|exact|"]),
    ("Un chèque de 2\u{202f}500 euros.", &["money|2\u{202f}500 euros|2500|EUR|exact|"]),
    ("Un chèque de 2500 euros.", &["money|2500 euros|2500|EUR|exact|"]),
    ("Un chèque de 1.234.567 euros.", &["money|1.234.567 euros|1234567|EUR|exact|"]),
    ("Un chèque de 1 400,50 euros.", &["money|1 400,50 euros|1400.5|EUR|exact|"]),
    ("Un chèque de 12.500,75 euros.", &["money|12.500,75 euros|12500.75|EUR|exact|"]),
    ("L'action vaut 2,75 $.", &["money|2,75 $|2.75|USD|exact|"]),
    ("Un budget de 0,5 million d'euros.", &["money|0,5 million d'euros|500000|EUR|exact|"]),
    ("Un budget de 12 millions d’euros.", &["money|12 millions d’euros|12000000|EUR|exact|"]),
    ("Un budget de 12 millions d'euros.", &["money|12 millions d'euros|12000000|EUR|exact|"]),
    ("La dette atteint 1 000 milliards de dollars.", &["money|1 000 milliards de dollars|1000000000000|USD|exact|"]),
    ("Il a payé 100 millions $ comptant.", &["money|100 millions $|100000000|USD|exact|"]),
    ("Il a payé 100 millions de $ comptant.", &["money|100 millions de $|100000000|USD|exact|"]),
    ("Il a payé $100 millions comptant.", &["money|$100 millions|100000000|USD|exact|"]),
    ("Il a payé $ 100 millions comptant.", &["money|$ 100 millions|100000000|USD|exact|"]),
    ("Il a payé US$10 milliards.", &["money|US$10 milliards|10000000000|USD|exact|"]),
    ("Il a payé 16 millions $ CAD.", &["money|16 millions $ CAD|16000000|CAD|exact|"]),
    ("Il a payé 16 millions de $ US.", &["money|16 millions de $ US|16000000|USD|exact|"]),
    ("Il a payé 16 millions $ HK.", &["money|16 millions $ HK|16000000|HKD|exact|"]),
    ("Il a payé £300 millions.", &["money|£300 millions|300000000|GBP|exact|"]),
    ("Il a payé ¥5 milliards.", &["money|¥5 milliards|5000000000|JPY|exact|"]),
    ("Il a payé 40 M$.", &["money|40 M$|40000000|USD|exact|"]),
    ("Il a payé 40M$.", &["money|40M$|40000000|USD|exact|"]),
    ("Il a payé 3 Mds€.", &["money|3 Mds€|3000000000|EUR|exact|"]),
    ("Il a payé 3 Mds d'euros.", &["money|3 Mds d'euros|3000000000|EUR|exact|"]),
    ("Il a payé 7 Md$.", &["money|7 Md$|7000000000|USD|exact|"]),
    ("Il a payé 2 G€.", &["money|2 G€|2000000000|EUR|exact|"]),
    ("Il a payé 500 k€.", &["money|500 k€|500000|EUR|exact|"]),
    ("Il a payé 150 K€.", &["money|150 K€|150000|EUR|exact|"]),
    ("Il a payé 3 Mrd €.", &["money|3 Mrd €|3000000000|EUR|exact|"]),
    ("Il a payé 50 millions USD.", &["money|50 millions USD|50000000|USD|exact|"]),
    ("Il a payé 75 millions EUR.", &["money|75 millions EUR|75000000|EUR|exact|"]),
    ("Il a payé USD 22 millions.", &["money|USD 22 millions|22000000|USD|exact|"]),
    ("Il a payé CHF 3 millions.", &["money|CHF 3 millions|3000000|CHF|exact|"]),
    ("Il a payé GBP 40 millions.", &["money|GBP 40 millions|40000000|GBP|exact|"]),
    ("Il a payé EUR 900.", &["money|EUR 900|900|EUR|exact|"]),
    ("Il a payé 900 EUR.", &["money|900 EUR|900|EUR|exact|"]),
    ("Il a payé 3,5 millions de livres sterling.", &["money|3,5 millions de livres sterling|3500000|GBP|exact|"]),
    ("Il a payé 20 millions de francs suisses.", &["money|20 millions de francs suisses|20000000|CHF|exact|"]),
    ("Il a payé 500 millions de yens.", &["money|500 millions de yens|500000000|JPY|exact|"]),
    ("Il a payé 2 milliards de yuans.", &["money|2 milliards de yuans|2000000000|CNY|exact|"]),
    (
        "Il a payé 10 milliards de dollars américains.",
        &["money|10 milliards de dollars américains|10000000000|USD|exact|"],
    ),
    ("Il a payé 4 millions de dollars canadiens.", &["money|4 millions de dollars canadiens|4000000|CAD|exact|"]),
    (
        "Il a payé 6 milliards de dollars australiens.",
        &["money|6 milliards de dollars australiens|6000000000|AUD|exact|"],
    ),
    ("Il a payé 300 millions de roupies.", &["money|300 millions de roupies|300000000|INR|exact|"]),
    ("Il a payé 1 million de roubles.", &["money|1 million de roubles|1000000|RUB|exact|"]),
    ("Il a payé 8 millions de couronnes suédoises.", &["money|8 millions de couronnes suédoises|8000000|SEK|exact|"]),
    ("Il a payé 45 000 livres.", &["money|45 000 livres|45000|GBP|exact|"]),
    ("Il a payé 15 euros et 50 centimes.", &["money|15 euros et 50 centimes|15.5|EUR|exact|"]),
    ("Il a payé 20 euros 50.", &["money|20 euros 50|20.5|EUR|exact|"]),
    ("Il a payé 12 dollars et 40 cents.", &["money|12 dollars et 40 cents|12.4|USD|exact|"]),
    ("Le ticket coûte 80 centimes.", &["money|80 centimes|80||exact|minor-unit"]),
    ("Des contrats pour 300 milliards.", &["money|300 milliards|300000000000||exact|"]),
    (
        "Le pays a émis 40 milliards, puis 10 milliards.",
        &["money|40 milliards|40000000000||exact|", "money|10 milliards|10000000000||exact|"],
    ),
    (
        "Amazon a investi 8 milliards de dollars dans Anthropic et 4 milliards d'euros en Allemagne.",
        &["money|8 milliards de dollars|8000000000|USD|exact|", "money|4 milliards d'euros|4000000000|EUR|exact|"],
    ),
    ("Le prix grimpe à 9,99 € par mois.", &["money|9,99 €|9.99|EUR|exact|"]),
    ("Une valorisation de 157 milliards de dollars.", &["money|157 milliards de dollars|157000000000|USD|exact|"]),
    ("Un don de 10 000 000 d'euros.", &["money|10 000 000 d'euros|10000000|EUR|exact|"]),
];

/// Number words and fractions.
const WORDS: &[(&str, &[&str])] = &[
    ("Un milliard de dollars est en jeu.", &["money|Un milliard de dollars|1000000000|USD|exact|"]),
    ("Il reçoit deux milliards d'euros.", &["money|deux milliards d'euros|2000000000|EUR|exact|"]),
    ("Il reçoit trois millions de dollars.", &["money|trois millions de dollars|3000000|USD|exact|"]),
    ("Il reçoit vingt-et-un millions d'euros.", &["money|vingt-et-un millions d'euros|21000000|EUR|exact|"]),
    ("Il reçoit vingt et un millions d'euros.", &["money|vingt et un millions d'euros|21000000|EUR|exact|"]),
    ("Il reçoit cent millions de dollars.", &["money|cent millions de dollars|100000000|USD|exact|"]),
    ("Il reçoit mille milliards de dollars.", &["money|mille milliards de dollars|1000000000000|USD|exact|"]),
    ("Il reçoit un demi-milliard de dollars.", &["money|un demi-milliard de dollars|500000000|USD|exact|"]),
    ("Il reçoit 1 milliard et demi de dollars.", &["money|1 milliard et demi de dollars|1500000000|USD|exact|"]),
    ("Il reçoit cinq cents euros.", &["money|cinq cents euros|500|EUR|exact|"]),
    ("Il reçoit deux mille euros.", &["money|deux mille euros|2000|EUR|exact|"]),
    ("Il reçoit quatre-vingt-dix-neuf euros.", &["money|quatre-vingt-dix-neuf euros|99|EUR|exact|"]),
    ("Il reçoit soixante-dix millions de dollars.", &["money|soixante-dix millions de dollars|70000000|USD|exact|"]),
    ("Il reçoit douze euros et trente centimes.", &["money|douze euros et trente centimes|12.3|EUR|exact|"]),
    ("Il reçoit dix millions d'euros.", &["money|dix millions d'euros|10000000|EUR|exact|"]),
    ("Il reçoit sept milliards de dollars.", &["money|sept milliards de dollars|7000000000|USD|exact|"]),
    (
        "Il reçoit une dizaine de milliards de dollars.",
        &["money|une dizaine de milliards de dollars|10000000000|USD|approx|"],
    ),
    ("Un montant de 12 000 billiards d’euros.", &["money|12 000 billiards d’euros|12000000000000000000|EUR|exact|"]),
    ("Il emploie trois cents ingénieurs.", &["quantity|trois cents ingénieurs|300|ingénieurs|exact|"]),
    ("Il recrute deux mille salariés.", &["quantity|deux mille salariés|2000|salariés|exact|"]),
];

/// Bounds on money.
const BOUNDS: &[(&str, &[&str])] = &[
    ("Un chèque d'environ 300 millions de dollars.", &["money|environ 300 millions de dollars|300000000|USD|approx|"]),
    ("Un chèque de près de 5 milliards d'euros.", &["money|près de 5 milliards d'euros|5000000000|EUR|approx|"]),
    ("Un chèque de presque 2 millions de dollars.", &["money|presque 2 millions de dollars|2000000|USD|approx|"]),
    ("Un chèque de quasiment 40 millions d'euros.", &["money|quasiment 40 millions d'euros|40000000|EUR|approx|"]),
    ("Un chèque de quelque 300 millions de dollars.", &["money|quelque 300 millions de dollars|300000000|USD|approx|"]),
    ("Un chèque autour de 7 milliards de dollars.", &["money|autour de 7 milliards de dollars|7000000000|USD|approx|"]),
    ("Un chèque de l'ordre de 50 millions d'euros.", &["money|de l'ordre de 50 millions d'euros|50000000|EUR|approx|"]),
    ("Un chèque de ~50 millions d'euros.", &["money|~50 millions d'euros|50000000|EUR|approx|"]),
    (
        "Il faudra au moins 10 milliards de dollars.",
        &["money|au moins 10 milliards de dollars|10000000000|USD|at_least|"],
    ),
    ("Il faudra minimum 3 millions d'euros.", &["money|minimum 3 millions d'euros|3000000|EUR|at_least|"]),
    (
        "Il faudra 38 milliards de dollars au minimum.",
        &["money|38 milliards de dollars au minimum|38000000000|USD|at_least|"],
    ),
    (
        "Il faudra 38 milliards de dollars au moins.",
        &["money|38 milliards de dollars au moins|38000000000|USD|at_least|"],
    ),
    ("Il faudra 5 millions d'euros ou plus.", &["money|5 millions d'euros ou plus|5000000|EUR|at_least|"]),
    ("Il a récolté plus de 247 millions d'euros.", &["money|plus de 247 millions d'euros|247000000|EUR|more_than|"]),
    ("Il a récolté plus d'1 milliard de dollars.", &["money|plus d'1 milliard de dollars|1000000000|USD|more_than|"]),
    (
        "Les coûts devraient dépasser les 100 milliards de dollars.",
        &["money|dépasser les 100 milliards de dollars|100000000000|USD|more_than|"],
    ),
    (
        "La facture dépasserait les 2 milliards d'euros.",
        &["money|dépasserait les 2 milliards d'euros|2000000000|EUR|more_than|"],
    ),
    ("Un peu plus de 3 millions d'euros.", &["money|Un peu plus de 3 millions d'euros|3000000|EUR|more_than|"]),
    (
        "Il pourrait investir jusqu'à 100 milliards de dollars.",
        &["money|jusqu'à 100 milliards de dollars|100000000000|USD|at_most|"],
    ),
    (
        "Il pourrait investir jusqu’à 100 milliards de dollars.",
        &["money|jusqu’à 100 milliards de dollars|100000000000|USD|at_most|"],
    ),
    ("Il pourrait investir au plus 5 millions d'euros.", &["money|au plus 5 millions d'euros|5000000|EUR|at_most|"]),
    (
        "Il pourrait investir au maximum 3 milliards de dollars.",
        &["money|au maximum 3 milliards de dollars|3000000000|USD|at_most|"],
    ),
    (
        "Il pourrait investir 3 milliards de dollars maximum.",
        &["money|3 milliards de dollars maximum|3000000000|USD|at_most|"],
    ),
    ("Il a investi moins de 2 millions de dollars.", &["money|moins de 2 millions de dollars|2000000|USD|less_than|"]),
    (
        "Il a investi un peu moins de 900 millions d'euros.",
        &["money|un peu moins de 900 millions d'euros|900000000|EUR|less_than|"],
    ),
    (
        "Il a investi entre 10 et 15 milliards de dollars.",
        &["money|entre 10 et 15 milliards de dollars|10000000000..15000000000|USD|range|"],
    ),
    (
        "Il a investi de 2 à 3 milliards d'euros.",
        &["money|de 2 à 3 milliards d'euros|2000000000..3000000000|EUR|range|"],
    ),
    (
        "Il a investi 10-15 milliards de dollars.",
        &["money|10-15 milliards de dollars|10000000000..15000000000|USD|range|"],
    ),
    (
        "Il a investi entre 500 millions et 1 milliard de dollars.",
        &["money|entre 500 millions et 1 milliard de dollars|500000000..1000000000|USD|range|"],
    ),
    ("Le prix passe de 10 à 12 euros.", &["money|de 10 à 12 euros|10..12|EUR|range|"]),
    ("Le prix baisse de 12 à 10 euros.", &["money|10 euros|10|EUR|exact|"]),
    ("Le livrable est attendu au plus tard en 2026.", &[]),
];

/// Percentages.
const PERCENT: &[(&str, &[&str])] = &[
    ("Le titre a gagné 3,5 %.", &["percent|3,5 %|3.5||exact|"]),
    ("La hausse atteint 29 %.", &["percent|29 %|29||exact|"]),
    ("La part monte à 29%.", &["percent|29%|29||exact|"]),
    ("La part monte à 29\u{a0}%.", &["percent|29\u{a0}%|29||exact|"]),
    ("La part monte à 29\u{202f}%.", &["percent|29\u{202f}%|29||exact|"]),
    ("Les ventes progressent de 12 pour cent.", &["percent|12 pour cent|12||exact|"]),
    ("Une baisse de 4 pourcent.", &["percent|4 pourcent|4||exact|"]),
    ("Une baisse de 4 pourcents.", &["percent|4 pourcents|4||exact|"]),
    ("Le chômage recule de 0,3 point de pourcentage.", &["percent|0,3 point de pourcentage|0.3||exact|points"]),
    ("Un écart de 20 points de pourcentage.", &["percent|20 points de pourcentage|20||exact|points"]),
    ("Un écart de 3,5 points de pourcentage.", &["percent|3,5 points de pourcentage|3.5||exact|points"]),
    ("Le titre gagne +5 % sur un an.", &["percent|+5 %|5||exact|"]),
    ("Un repli de -3 % sur un an.", &["percent|-3 %|-3||exact|"]),
    ("Un repli de −2 % sur un an.", &["percent|−2 %|-2||exact|"]),
    ("Le titre gagne +0,5 %.", &["percent|+0,5 %|0.5||exact|"]),
    ("Une marge d'environ 10 %.", &["percent|environ 10 %|10||approx|"]),
    ("Une marge de près de 5%.", &["percent|près de 5%|5||approx|"]),
    ("Une marge de 35 % environ.", &["percent|35 % environ|35||approx|"]),
    ("Une marge de plus de 20 %.", &["percent|plus de 20 %|20||more_than|"]),
    ("Une marge de moins de 2 %.", &["percent|moins de 2 %|2||less_than|"]),
    ("Une marge d'au moins 15 %.", &["percent|au moins 15 %|15||at_least|"]),
    ("Une marge de jusqu'à 30 %.", &["percent|jusqu'à 30 %|30||at_most|"]),
    ("Une marge entre 10 et 15 %.", &["percent|entre 10 et 15 %|10..15||range|"]),
    ("Une marge de 3 à 4 %.", &["percent|de 3 à 4 %|3..4||range|"]),
    ("Une marge de 10-12 % attendue.", &["percent|10-12 %|10..12||range|"]),
    ("Une marge entre 10 % et 15 %.", &["percent|entre 10 % et 15 %|10..15||range|"]),
    ("Vingt pour cent des salariés.", &["percent|Vingt pour cent|20||exact|"]),
    ("Cinquante pour cent des parts.", &["percent|Cinquante pour cent|50||exact|"]),
    ("Il détient cent pourcent du capital.", &["percent|cent pourcent|100||exact|"]),
    ("Le taux est de 2,25 %.", &["percent|2,25 %|2.25||exact|"]),
    ("Le taux a été relevé de 25 points de base.", &["percent|25 points de base|0.25||exact|points,basis-points"]),
    ("Il vise une marge de 12,5 % en 2026.", &["percent|12,5 %|12.5||exact|"]),
    ("Voir https://exemple.fr/recherche?q=30%25 pour le détail.", &[]),
    ("Voir www.exemple.fr/30% pour le détail.", &[]),
];

/// Quantities.
const QUANTITY: &[(&str, &[&str])] = &[
    ("La société compte 14 000 employés.", &["quantity|14 000 employés|14000|employés|exact|"]),
    ("La société compte environ 14 000 salariés.", &["quantity|environ 14 000 salariés|14000|salariés|approx|"]),
    ("La société compte 14\u{202f}000 personnes.", &["quantity|14\u{202f}000 personnes|14000|personnes|exact|"]),
    ("Un parc de 10 gigawatts de capacité.", &["quantity|10 gigawatts|10|gigawatts|exact|"]),
    ("Un parc de 500 000 GPU.", &["quantity|500 000 GPU|500000|GPU|exact|"]),
    ("Un parc de plus de 500 000 GPU.", &["quantity|plus de 500 000 GPU|500000|GPU|more_than|"]),
    ("Un parc de jusqu'à 10 gigawatts.", &["quantity|jusqu'à 10 gigawatts|10|gigawatts|at_most|"]),
    ("Il construit entre 3 et 5 usines.", &["quantity|entre 3 et 5 usines|3..5|usines|range|"]),
    ("Il construit trois usines.", &["quantity|trois usines|3|usines|exact|"]),
    ("Il a 2 millions de clients.", &["quantity|2 millions de clients|2000000|clients|exact|"]),
    ("Il a 1,5 million d'abonnés.", &["quantity|1,5 million d'abonnés|1500000|abonnés|exact|"]),
    ("Il a environ 1,2 million d’abonnés.", &["quantity|environ 1,2 million d’abonnés|1200000|abonnés|approx|"]),
    ("Il extrait 3 000 tonnes de cuivre.", &["quantity|3 000 tonnes|3000|tonnes|exact|"]),
    ("Une centrale de 500 MW.", &["quantity|500 MW|500|MW|exact|"]),
    ("Il exploite 12 centres de données.", &["quantity|12 centres|12|centres|exact|"]),
    ("Il ouvre 3 nouveaux sites.", &["quantity|3 nouveaux sites|3|sites|exact|"]),
    ("Il compte moins de 50 salariés.", &["quantity|moins de 50 salariés|50|salariés|less_than|"]),
    ("Il compte au moins 200 ingénieurs.", &["quantity|au moins 200 ingénieurs|200|ingénieurs|at_least|"]),
    ("Il compte près de 900 magasins.", &["quantity|près de 900 magasins|900|magasins|approx|"]),
    ("Il vise deux gigawatts.", &["quantity|deux gigawatts|2|gigawatts|exact|"]),
    ("Une vingtaine de pays ont signé.", &["quantity|Une vingtaine de pays|20|pays|approx|"]),
    ("Il ouvre une dizaine d'usines.", &["quantity|une dizaine d'usines|10|usines|approx|"]),
    ("Il compte une centaine de salariés.", &["quantity|une centaine de salariés|100|salariés|approx|"]),
];

/// What is not an amount.
const NOT_FIGURES: &[(&str, &[&str])] = &[
    ("Le contrat court sur sept ans.", &[]),
    ("Le contrat court sur 7 ans.", &[]),
    ("Le contrat court sur 18 mois.", &[]),
    ("Signé le 3 novembre 2025.", &[]),
    ("Signé le 12/11/2025.", &[]),
    ("Signé le 2025-11-03.", &[]),
    ("En 2025, la société a grandi.", &[]),
    ("Des puces GB200 et H100 sur EC2.", &[]),
    ("Le BG2 et l'A380 sont cités.", &[]),
    ("Au 3e trimestre, au 21e siècle.", &[]),
    ("Rendez-vous à 14h30 ou à 14:30.", &[]),
    ("Appelez le 01 23 45 67 89.", &[]),
    ("Voir l'article 12.3 du contrat.", &[]),
    ("Voir la section 4.2.1 du rapport.", &[]),
    ("Il signe un accord avec une entreprise.", &[]),
    ("Les 3 premiers sont partis.", &[]),
    ("Il a réessayé 3 fois.", &[]),
    ("Le dollar recule face à l'euro.", &[]),
    ("Des millions de dollars ont été perdus.", &[]),
    ("Version 2.1 du logiciel.", &[]),
    ("Les deux groupes ont signé.", &[]),
    ("Le CAC 40 clôture en hausse.", &[]),
];

#[test]
fn french_money() {
    check(Lang::Fr, MONEY);
}

#[test]
fn french_number_words() {
    check(Lang::Fr, WORDS);
}

#[test]
fn french_bounds() {
    check(Lang::Fr, BOUNDS);
}

#[test]
fn french_percent() {
    check(Lang::Fr, PERCENT);
}

#[test]
fn french_quantity() {
    check(Lang::Fr, QUANTITY);
}

#[test]
fn french_non_figures() {
    check(Lang::Fr, NOT_FIGURES);
}

#[test]
fn french_table_is_large_enough() {
    let n = MONEY.len() + WORDS.len() + BOUNDS.len() + PERCENT.len() + QUANTITY.len() + NOT_FIGURES.len();
    assert!(n >= 150, "only {n} French phrases");
}
