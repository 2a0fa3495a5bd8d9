//! Table tests: phrases read by the grammar and resolved against a publication date.
//!
//! Every phrase here was written for this project. Each row gives the publication date
//! (empty: none), the text, and the first date or duration mention it must yield,
//! rendered as `earliest..latest` (an open side left empty), `unresolved TIMEX`, an ISO
//! duration optionally followed by its anchored interval, or `none`.

use super::*;
use crate::grammar::{Parsed, scan};
use crate::lang::Lang;
use crate::mention::{DateValue, DurationValue};

/// The first date or duration reading of `text`, rendered.
fn render(lang: Lang, published: &str, text: &str) -> String {
    let published: Option<Date> = if published.is_empty() { None } else { published.parse().ok() };
    let mut notes = Vec::new();
    for f in scan(text, lang) {
        match f.value {
            Parsed::Time(t) => return show_date(&resolve(&t, published, &mut notes)),
            Parsed::Duration(d) => return show_duration(&resolve_duration(&d, published, &mut notes)),
            _ => {}
        }
    }
    "none".to_string()
}

fn day(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn show_date(v: &DateValue) -> String {
    if v.unresolved {
        return format!("unresolved {}", v.timex);
    }
    format!("{}..{}", day(v.earliest), day(v.latest))
}

fn show_duration(v: &DurationValue) -> String {
    if v.earliest.is_none() && v.latest.is_none() {
        return v.iso.clone();
    }
    format!("{} {}..{}", v.iso, day(v.earliest), day(v.latest))
}

fn check(lang: Lang, rows: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for (published, text, want) in rows {
        let got = render(lang, published, text);
        if got != *want {
            failures.push(format!("{text:?} (published {published:?}): want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

/// A Monday.
const P: &str = "2025-11-03";

#[rustfmt::skip]
const FRENCH: &[(&str, &str, &str)] = &[
    // absolute days
    (P, "Le contrat a été signé le 3 novembre 2025.", "2025-11-03..2025-11-03"),
    (P, "3 novembre 2025", "2025-11-03..2025-11-03"),
    (P, "Le 1er mars 2026, tout change.", "2026-03-01..2026-03-01"),
    (P, "Le texte est entré en vigueur le 1er mars.", "2025-03-01..2025-03-01"),
    (P, "Le sommet aura lieu le 1er mars.", "2026-03-01..2026-03-01"),
    (P, "mardi 4 novembre 2025", "2025-11-04..2025-11-04"),
    (P, "La prise de la Bastille, le 14 juillet 1789.", "1789-07-14..1789-07-14"),
    (P, "publié le 2025-11-03", "2025-11-03..2025-11-03"),
    (P, "le 03/11/2025", "2025-11-03..2025-11-03"),
    (P, "Avis du 3/11/2025.", "2025-11-03..2025-11-03"),
    (P, "Le 15.05.2024 à midi.", "2024-05-15..2024-05-15"),
    (P, "Réunion le 22/04.", "2025-04-22..2025-04-22"),
    (P, "le 3 nov. 2025", "2025-11-03..2025-11-03"),
    (P, "le 12 décembre 2024", "2024-12-12..2024-12-12"),
    (P, "le 12 decembre 2024", "2024-12-12..2024-12-12"),
    (P, "LE 12 DÉCEMBRE 2024", "2024-12-12..2024-12-12"),
    (P, "le 29 février 2024", "2024-02-29..2024-02-29"),
    (P, "le 31 avril 2024", "..")
    ,
    // months and years
    (P, "Les ventes ont chuté en septembre.", "2025-09-01..2025-09-30"),
    (P, "Les livraisons reprendront en septembre.", "2026-09-01..2026-09-30"),
    (P, "en septembre 2025", "2025-09-01..2025-09-30"),
    (P, "septembre 2026", "2026-09-01..2026-09-30"),
    (P, "en février 2024", "2024-02-01..2024-02-29"),
    (P, "en 2027", "2027-01-01..2027-12-31"),
    (P, "En 2022, le groupe a doublé son chiffre d'affaires.", "2022-01-01..2022-12-31"),
    (P, "l'année 2026", "2026-01-01..2026-12-31"),
    (P, "en mars dernier", "2025-03-01..2025-03-31"),
    (P, "en décembre dernier", "2024-12-01..2024-12-31"),
    (P, "en mars prochain", "2026-03-01..2026-03-31"),
    (P, "cette décembre", "2025-12-01..2025-12-31"),
    (P, "En juillet 98, tout a basculé.", "1998-07-01..1998-07-31"),
    // quarters and halves
    (P, "T3 2026", "2026-07-01..2026-09-30"),
    (P, "au T1 2027", "2027-01-01..2027-03-31"),
    (P, "3e trimestre 2026", "2026-07-01..2026-09-30"),
    (P, "au troisième trimestre 2026", "2026-07-01..2026-09-30"),
    (P, "au quatrième trimestre", "2025-10-01..2025-12-31"),
    (P, "au premier trimestre de 2024", "2024-01-01..2024-03-31"),
    (P, "au dernier trimestre 2024", "2024-10-01..2024-12-31"),
    (P, "au deuxième trimestre de l'année prochaine", "2026-04-01..2026-06-30"),
    (P, "second semestre 2026", "2026-07-01..2026-12-31"),
    (P, "au premier semestre 2025", "2025-01-01..2025-06-30"),
    (P, "S2 2026", "2026-07-01..2026-12-31"),
    (P, "au second semestre", "2025-07-01..2025-12-31"),
    // parts
    (P, "début 2026", "2026-01-01..2026-04-30"),
    (P, "mi-2026", "2026-05-01..2026-08-31"),
    (P, "fin 2026", "2026-09-01..2026-12-31"),
    (P, "à la fin de 2026", "2026-09-01..2026-12-31"),
    (P, "fin septembre", "2025-09-16..2025-09-30"),
    (P, "début mars 2026", "2026-03-01..2026-03-15"),
    (P, "mi-novembre", "2025-11-10..2025-11-20"),
    (P, "fin du mois", "2025-11-16..2025-11-30"),
    (P, "à la fin de l'année", "2025-09-01..2025-12-31"),
    (P, "au début de l'année prochaine", "2026-01-01..2026-04-30"),
    (P, "fin du mois prochain", "2025-12-16..2025-12-31"),
    (P, "fin de l'année 2027", "2027-09-01..2027-12-31"),
    // seasons and decades
    (P, "l'été 2026", "2026-06-01..2026-08-31"),
    (P, "à l'automne 2025", "2025-09-01..2025-11-30"),
    (P, "l'hiver 2025", "2025-12-01..2026-02-28"),
    (P, "au printemps 2026", "2026-03-01..2026-05-31"),
    (P, "cet été", "2025-06-01..2025-08-31"),
    (P, "l'été dernier", "2025-06-01..2025-08-31"),
    (P, "l'hiver dernier", "2024-12-01..2025-02-28"),
    (P, "l'été prochain", "2026-06-01..2026-08-31"),
    (P, "les années 2020", "2020-01-01..2029-12-31"),
    (P, "les années 90", "1990-01-01..1999-12-31"),
    (P, "dans les années 1980", "1980-01-01..1989-12-31"),
    // relative days and weekdays
    (P, "aujourd'hui", "2025-11-03..2025-11-03"),
    (P, "aujourd’hui", "2025-11-03..2025-11-03"),
    (P, "hier", "2025-11-02..2025-11-02"),
    (P, "demain", "2025-11-04..2025-11-04"),
    (P, "avant-hier", "2025-11-01..2025-11-01"),
    (P, "après-demain", "2025-11-05..2025-11-05"),
    (P, "Lundi, le groupe a annoncé un accord.", "2025-11-03..2025-11-03"),
    (P, "Le groupe a annoncé vendredi son retrait.", "2025-10-31..2025-10-31"),
    (P, "La réunion aura lieu vendredi.", "2025-11-07..2025-11-07"),
    (P, "La décision sera rendue lundi.", "2025-11-10..2025-11-10"),
    (P, "Le groupe rachètera l'usine, a annoncé vendredi son président.", "2025-10-31..2025-10-31"),
    (P, "Le titre a signé lundi sa meilleure séance.", "2025-11-03..2025-11-03"),
    (P, "ce lundi", "2025-11-03..2025-11-03"),
    (P, "ce jeudi", "2025-11-06..2025-11-06"),
    (P, "lundi dernier", "2025-10-27..2025-10-27"),
    (P, "jeudi dernier", "2025-10-30..2025-10-30"),
    (P, "lundi prochain", "2025-11-10..2025-11-10"),
    (P, "mercredi prochain", "2025-11-05..2025-11-05"),
    (P, "Le vote aura lieu le 23.", "2025-11-23..2025-11-23"),
    (P, "mardi 4", "2025-11-04..2025-11-04"),
    // relative periods
    (P, "la semaine dernière", "2025-10-27..2025-11-02"),
    (P, "la semaine derniere", "2025-10-27..2025-11-02"),
    (P, "la semaine prochaine", "2025-11-10..2025-11-16"),
    (P, "cette semaine", "2025-11-03..2025-11-09"),
    (P, "ce mois-ci", "2025-11-01..2025-11-30"),
    (P, "le mois dernier", "2025-10-01..2025-10-31"),
    (P, "le mois prochain", "2025-12-01..2025-12-31"),
    (P, "cette année", "2025-01-01..2025-12-31"),
    (P, "l'an dernier", "2024-01-01..2024-12-31"),
    (P, "l'année dernière", "2024-01-01..2024-12-31"),
    (P, "l'an passé", "2024-01-01..2024-12-31"),
    (P, "l'année prochaine", "2026-01-01..2026-12-31"),
    (P, "l'an prochain", "2026-01-01..2026-12-31"),
    (P, "l'année en cours", "2025-01-01..2025-12-31"),
    (P, "au dernier trimestre", "2025-07-01..2025-09-30"),
    (P, "le trimestre dernier", "2025-07-01..2025-09-30"),
    (P, "ce trimestre", "2025-10-01..2025-12-31"),
    (P, "le trimestre prochain", "2026-01-01..2026-03-31"),
    (P, "ce week-end", "2025-11-08..2025-11-09"),
    (P, "le week-end dernier", "2025-11-01..2025-11-02"),
    // offsets and windows
    (P, "il y a trois ans", "2022-11-03..2022-11-03"),
    (P, "il y a deux jours", "2025-11-01..2025-11-01"),
    (P, "il y a six mois", "2025-05-03..2025-05-03"),
    (P, "il y a environ un an", "2024-11-03..2024-11-03"),
    (P, "dans deux ans", "2027-11-03..2027-11-03"),
    (P, "dans trois semaines", "2025-11-24..2025-11-24"),
    (P, "dans 18 mois", "2027-05-03..2027-05-03"),
    (P, "ces derniers mois", "..2025-11-02"),
    (P, "ces dernières années", "..2025-11-02"),
    (P, "dans les prochaines années", "2025-11-04.."),
    (P, "dans les années à venir", "2025-11-04.."),
    (P, "les mois à venir", "2025-11-04.."),
    (P, "les trois prochaines semaines", "2025-11-04..2025-11-24"),
    (P, "au cours des dix derniers mois", "2025-01-03..2025-11-02"),
    (P, "les deux derniers trimestres", "2025-04-01..2025-09-30"),
    (P, "dans les cinq prochaines années", "2025-11-04..2030-11-03"),
    // operators
    (P, "Le déploiement sera complet d'ici la fin de l'année prochaine.", "..2026-12-31"),
    (P, "avant la fin de 2026", "..2026-12-31"),
    (P, "avant la fin 2026", "..2026-12-31"),
    (P, "avant 2029", "..2028-12-31"),
    (P, "d'ici 2030", "..2030-12-31"),
    (P, "d’ici à 2030", "..2030-12-31"),
    (P, "jusqu'en 2027", "..2027-12-31"),
    (P, "jusqu'au 31 mars 2026", "..2026-03-31"),
    (P, "jusqu’à la fin de l'année", "..2025-12-31"),
    (P, "d'ici la fin du mois", "..2025-11-30"),
    (P, "avant l'été 2026", "..2026-05-31"),
    (P, "à partir de 2027", "2027-01-01.."),
    (P, "à partir du 1er janvier 2026", "2026-01-01.."),
    (P, "dès 2026", "2026-01-01.."),
    (P, "à compter du 1er janvier 2027", "2027-01-01.."),
    (P, "dès le mois prochain", "2025-12-01.."),
    (P, "depuis 2022", "2022-01-01.."),
    (P, "depuis janvier", "2025-01-01.."),
    (P, "après 2027", "2028-01-01.."),
    (P, "après le 15 mars 2026", "2026-03-16.."),
    (P, "La mise en service n'interviendra pas avant 2027.", "2027-01-01.."),
    (P, "Le site ne sera pas livré avant fin 2026.", "2026-09-01.."),
    (P, "fin 2026 au plus tard", "..2026-12-31"),
    (P, "au plus tard le 30 juin 2026", "..2026-06-30"),
    // ranges
    (P, "de 2010 à 2018", "2010-01-01..2018-12-31"),
    (P, "entre 2020 et 2022", "2020-01-01..2022-12-31"),
    (P, "du 3 au 12 septembre 2025", "2025-09-03..2025-09-12"),
    (P, "de janvier à mars 2026", "2026-01-01..2026-03-31"),
    (P, "de novembre 2025 à février 2026", "2025-11-01..2026-02-28"),
    (P, "sur la période 2024-2026", "2024-01-01..2026-12-31"),
    (P, "entre le 3 et le 5 mars 2026", "2026-03-03..2026-03-05"),
    (P, "de novembre à février 2027", "2026-11-01..2027-02-28"),
    // durations
    (P, "un contrat de sept ans", "P7Y"),
    (P, "un accord sur sept ans", "P7Y"),
    (P, "sur les sept prochaines années", "P7Y 2025-11-04..2032-11-03"),
    (P, "pendant dix ans", "P10Y"),
    (P, "une décennie", "P10Y"),
    (P, "la prochaine décennie", "P10Y 2025-11-04..2035-11-03"),
    (P, "18 mois", "P18M"),
    (P, "un programme pluriannuel", "PXY"),
    (P, "depuis trois ans", "P3Y 2022-11-03..2025-11-03"),
    (P, "pendant les dix dernières années", "P10Y 2015-11-03..2025-11-03"),
    (P, "3 semaines", "P3W"),
    (P, "deux jours", "P2D"),
    (P, "24 heures", "PT24H"),
    (P, "un an et demi", "P1.5Y"),
    (P, "3,5 ans", "P3.5Y"),
    (P, "quelques semaines", "P3W"),
    (P, "sur 5 ans", "P5Y"),
    (P, "un trimestre", "P3M"),
    (P, "pendant trois mois", "P3M"),
    (P, "30 minutes", "PT30M"),
    (P, "vingt-quatre heures", "PT24H"),
    (P, "sur une période de deux ans", "P2Y"),
    // not dates
    (P, "2 026 salariés", "none"),
    (P, "Le GB200 arrive.", "none"),
    (P, "2026 salariés ont signé.", "none"),
    (P, "un montant de 2025 euros", "none"),
    (P, "Il a été nommé directeur.", "none"),
    (P, "sept salariés", "none"),
    (P, "La sonde voyage vers Mars.", "none"),
    (P, "Le budget 2026 a été voté.", "2026-01-01..2026-12-31"),
    (P, "Il emploie 2025 personnes.", "none"),
    (P, "29 % des parts", "none"),
    (P, "la pièce 1/3", "none"),
    // no publication date
    ("", "Lundi, le groupe a annoncé un accord.", "unresolved XXXX-WXX-1"),
    ("", "la semaine dernière", "unresolved XXXX-WXX"),
    ("", "en septembre", "unresolved XXXX-09"),
    ("", "l'an prochain", "unresolved XXXX"),
    ("", "il y a trois ans", "unresolved XXXX-XX-XX"),
    ("", "le 3 novembre 2025", "2025-11-03..2025-11-03"),
    ("", "d'ici 2030", "..2030-12-31"),
    ("", "sur les sept prochaines années", "P7Y"),
    (P, "à l'horizon 2030", "..2030-12-31"),
    (P, "d'ici trois ans", "..2028-11-03"),
    (P, "le bug de l'an 2000", "2000-01-01..2000-12-31"),
    (P, "sur les neuf premiers mois de l'année", "2025-01-01..2025-09-30"),
    // a bare weekday ending a range follows its start
    (P, "Le bureau sera fermé de lundi prochain à vendredi.", "2025-11-10..2025-11-14"),
    // up to publication
    (P, "À ce jour aucun accord n'a été trouvé.", "..2025-11-02"),
    (P, "jusqu'à présent", "..2025-11-02"),
    (P, "à ce jour de fête", "none"),
    // a bare weekend after a preposition: the nearest one on the side of the tense
    (P, "Les négociations ont échoué pendant le week-end.", "2025-11-01..2025-11-02"),
    (P, "Ils se réuniront pendant le week-end.", "2025-11-08..2025-11-09"),
    (P, "le week-end de la Toussaint", "none"),
    // the rest of the current period
    (P, "Les prix resteront stables pour le reste de l'année.", "2025-11-04..2025-12-31"),
    (P, "le reste du mois", "2025-11-04..2025-11-30"),
    (P, "le reste de la semaine", "2025-11-04..2025-11-09"),
    (P, "le reste du monde", "none"),
    // year-less quarter and half codes after a preposition
    (P, "Le chiffre d'affaires a reculé au T1.", "2025-01-01..2025-03-31"),
    (P, "en T3", "2025-07-01..2025-09-30"),
    (P, "au S2", "2025-07-01..2025-12-31"),
    (P, "une ligne T1 du tramway", "none"),
    // half units
    (P, "une réunion d'une demi-heure", "PT0.5H"),
    (P, "pendant une demi-journée", "P0.5D"),
    (P, "un demi-siècle", "P50Y"),
    (P, "la demi-finale", "none"),
    // compound offsets
    (P, "Le site a fermé il y a deux ans et trois mois.", "2023-08-03..2023-08-03"),
    (P, "il y a 1 an et demi", "2024-05-03..2024-05-03"),
    (P, "dans deux ans et six mois", "2028-05-03..2028-05-03"),
    (P, "il y a deux ans, et trois mois plus tard", "2023-11-03..2023-11-03"),
    // a length laid from a start, its first day included
    (P, "L'usine fermera pendant trois jours à partir de lundi.", "2025-11-10..2025-11-12"),
    (P, "grève pendant deux semaines à compter du 3 mars 2026", "2026-03-03..2026-03-16"),
    (P, "pour un mois dès le 1er décembre", "2025-12-01..2025-12-31"),
    (P, "pendant trois jours", "P3D"),
    // calendar weeks of a month or year: a week belongs where its Thursday falls
    (P, "Les ventes ont chuté la première semaine de mars.", "2025-03-03..2025-03-09"),
    (P, "pendant la dernière semaine de juin 2024", "2024-06-24..2024-06-30"),
    (P, "la deuxième semaine de janvier", "2025-01-06..2025-01-12"),
    (P, "la dernière semaine du mois", "2025-11-24..2025-11-30"),
    (P, "le dernier jour du mois", "2025-11-30..2025-11-30"),
    (P, "les trois premières semaines de l'année", "2024-12-30..2025-01-19"),
    (P, "au cours des trois derniers mois de 2024", "2024-10-01..2024-12-31"),
    (P, "les deux premiers trimestres de 2026", "2026-01-01..2026-06-30"),
    (P, "Le chiffre a doublé plus tôt cette année.", "2025-01-01..2025-11-02"),
    (P, "plus tard dans l'année", "2025-11-04..2025-12-31"),
    (P, "le 3 octobre dernier", "2025-10-03..2025-10-03"),
    (P, "le 3 décembre prochain", "2025-12-03..2025-12-03"),
    (P, "d'ici fin d'année", "..2025-12-31"),
    (P, "courant 2026", "2026-01-01..2026-12-31"),
    (P, "au cours de l'exercice 2025", "2025-01-01..2025-12-31"),
    (P, "les 7 et 8 novembre", "2025-11-07..2025-11-08"),
    // news deadlines and periods
    (P, "d'ici fin 2026", "..2026-12-31"),
    (P, "d'ici à 2030", "..2030-12-31"),
    (P, "au premier semestre 2027", "2027-01-01..2027-06-30"),
    (P, "au troisième trimestre 2026", "2026-07-01..2026-09-30"),
    (P, "mi-2026", "2026-05-01..2026-08-31"),
    (P, "début 2027", "2027-01-01..2027-04-30"),
    // within a count from publication; counted from another event it is only a length
    (P, "Le site ouvrira dans les 18 mois.", "..2027-05-03"),
    (P, "La vente sera bouclée sous dix-huit mois.", "..2027-05-03"),
    (P, "dans les 18 mois suivant la signature", "P18M"),
    (P, "dans les deux ans qui suivent", "P2Y"),
    (P, "Il est entré dans les 3 prochaines semaines.", "2025-11-04..2025-11-24"),
    // a fiscal year over two calendar years: both years whole
    (P, "Le groupe vise 2 milliards sur l'exercice 2025-2026.", "2025-01-01..2026-12-31"),
    (P, "pour l'exercice 2026/27", "2026-01-01..2027-12-31"),
    // the end of a fiscal year whose calendar is not written: within twelve months
    (P, "La trésorerie restera tendue jusqu'à la fin de l'exercice.", "..2026-11-03"),
    (P, "d'ici la fin de l'exercice en cours", "..2026-11-03"),
    (P, "À la fin de l'exercice, la dette atteignait 3 milliards.", "2024-11-03..2026-11-02"),
    (P, "à la fin de l'exercice 2026", "2026-09-01..2026-12-31"),
    // a quarter or half of a fiscal year: the fiscal year's reading, never a calendar quarter
    (P, "Le chiffre d'affaires a reculé au deuxième trimestre de l'exercice 2026.", "2026-01-01..2026-12-31"),
    (P, "au S1 de l'exercice 2025/26", "2025-01-01..2026-12-31"),
    (P, "Les marges se sont tassées au troisième trimestre de l'exercice.", "none"),
    (P, "Le dernier trimestre de l'exercice en cours sera difficile.", "none"),
    // a weekday inside a named day is not that week's day
    (P, "Le défilé du mardi gras a attiré la foule.", "none"),
    (P, "Les agences sont fermées le lundi de Pâques.", "none"),
    (P, "Le krach du jeudi noir reste dans les mémoires.", "none"),
    // `courant`: in the course of the period, which the phrase covers whole
    (P, "La ligne ouvrira courant 2027.", "2027-01-01..2027-12-31"),
    (P, "La décision sera rendue courant février.", "2026-02-01..2026-02-28"),
    // another publication date (a Thursday in a leap year)
    ("2024-02-29", "hier", "2024-02-28..2024-02-28"),
    ("2024-02-29", "l'an prochain", "2025-01-01..2025-12-31"),
    ("2024-02-29", "dans un an", "2025-02-28..2025-02-28"),
    ("2024-02-29", "lundi", "2024-02-26..2024-02-26"),
    ("2024-02-29", "la semaine prochaine", "2024-03-04..2024-03-10"),
    ("2024-02-29", "cet hiver", "2023-12-01..2024-02-29"),
    ("2024-02-29", "le 29/2", "2024-02-29..2024-02-29"),
];

#[rustfmt::skip]
const ENGLISH: &[(&str, &str, &str)] = &[
    // absolute days
    (P, "November 3, 2025", "2025-11-03..2025-11-03"),
    (P, "on Nov. 3, 2025", "2025-11-03..2025-11-03"),
    (P, "3 Nov. 2025", "2025-11-03..2025-11-03"),
    (P, "on 3 November 2025", "2025-11-03..2025-11-03"),
    (P, "The deal closed on November 3rd.", "2025-11-03..2025-11-03"),
    (P, "the 3rd of November 2025", "2025-11-03..2025-11-03"),
    (P, "Tuesday, November 4, 2025", "2025-11-04..2025-11-04"),
    (P, "filed 2025-11-03", "2025-11-03..2025-11-03"),
    (P, "on 11/20/2025", "2025-11-20..2025-11-20"),
    (P, "on 20/11/2025", "2025-11-20..2025-11-20"),
    (P, "on 11/20", "2025-11-20..2025-11-20"),
    (P, "Sep-23-2020", "2020-09-23..2020-09-23"),
    (P, "23/Sep/2020", "2020-09-23..2020-09-23"),
    (P, "Dec. 31, 1994", "1994-12-31..1994-12-31"),
    (P, "July 4th of 1995", "1995-07-04..1995-07-04"),
    (P, "on 15 April of 87", "1987-04-15..1987-04-15"),
    (P, "January 25, nineteen eighty six", "1986-01-25..1986-01-25"),
    // months and years
    (P, "Sales fell in September.", "2025-09-01..2025-09-30"),
    (P, "The plant will reopen in September.", "2026-09-01..2026-09-30"),
    (P, "in September 2025", "2025-09-01..2025-09-30"),
    (P, "September of 2024", "2024-09-01..2024-09-30"),
    (P, "Dec. 2026", "2026-12-01..2026-12-31"),
    (P, "Dec/2018", "2018-12-01..2018-12-31"),
    (P, "in 2022", "2022-01-01..2022-12-31"),
    (P, "in 2027", "2027-01-01..2027-12-31"),
    (P, "the year 2030", "2030-01-01..2030-12-31"),
    (P, "last March", "2025-03-01..2025-03-31"),
    (P, "next March", "2026-03-01..2026-03-31"),
    (P, "this September", "2025-09-01..2025-09-30"),
    (P, "in two thousand and twenty", "2020-01-01..2020-12-31"),
    // quarters and halves
    (P, "Q3 2026", "2026-07-01..2026-09-30"),
    (P, "2026 Q1", "2026-01-01..2026-03-31"),
    (P, "2026-Q4", "2026-10-01..2026-12-31"),
    (P, "the third quarter of 2026", "2026-07-01..2026-09-30"),
    (P, "in the fourth quarter", "2025-10-01..2025-12-31"),
    (P, "first quarter of 2024", "2024-01-01..2024-03-31"),
    (P, "H2 2026", "2026-07-01..2026-12-31"),
    (P, "H1 2025", "2025-01-01..2025-06-30"),
    (P, "2019 H2", "2019-07-01..2019-12-31"),
    (P, "second half of 2026", "2026-07-01..2026-12-31"),
    (P, "the first half of 2025", "2025-01-01..2025-06-30"),
    // parts, seasons, decades
    (P, "early 2026", "2026-01-01..2026-04-30"),
    (P, "mid-2026", "2026-05-01..2026-08-31"),
    (P, "late 2026", "2026-09-01..2026-12-31"),
    (P, "the end of 2026", "2026-09-01..2026-12-31"),
    (P, "the beginning of 2027", "2027-01-01..2027-04-30"),
    (P, "mid-November", "2025-11-10..2025-11-20"),
    (P, "late September", "2025-09-16..2025-09-30"),
    (P, "early March 2026", "2026-03-01..2026-03-15"),
    (P, "the end of the year", "2025-09-01..2025-12-31"),
    (P, "the end of next year", "2026-09-01..2026-12-31"),
    (P, "summer 2026", "2026-06-01..2026-08-31"),
    (P, "this summer", "2025-06-01..2025-08-31"),
    (P, "winter 2025", "2025-12-01..2026-02-28"),
    (P, "the 2020s", "2020-01-01..2029-12-31"),
    (P, "the 1990s", "1990-01-01..1999-12-31"),
    (P, "the '90s", "1990-01-01..1999-12-31"),
    (P, "the nineties", "1990-01-01..1999-12-31"),
    (P, "the 21st century", "2000-01-01..2099-12-31"),
    // relative days and weekdays
    (P, "today", "2025-11-03..2025-11-03"),
    (P, "yesterday", "2025-11-02..2025-11-02"),
    (P, "tomorrow", "2025-11-04..2025-11-04"),
    (P, "the day before yesterday", "2025-11-01..2025-11-01"),
    (P, "The company said on Friday that it had agreed.", "2025-10-31..2025-10-31"),
    (P, "The board will meet on Friday.", "2025-11-07..2025-11-07"),
    (P, "The deal was announced on Monday.", "2025-11-03..2025-11-03"),
    (P, "The vote will take place on Monday.", "2025-11-10..2025-11-10"),
    (P, "The company will buy the plant, it said on Friday.", "2025-10-31..2025-10-31"),
    (P, "this Thursday", "2025-11-06..2025-11-06"),
    (P, "last Wednesday", "2025-10-29..2025-10-29"),
    (P, "next Monday", "2025-11-10..2025-11-10"),
    (P, "next Friday", "2025-11-14..2025-11-14"),
    (P, "this past Saturday", "2025-11-01..2025-11-01"),
    (P, "coming Thursday", "2025-11-06..2025-11-06"),
    (P, "Tuesday of next week", "2025-11-11..2025-11-11"),
    (P, "Tuesday the 4th", "2025-11-04..2025-11-04"),
    (P, "They met on the 28th.", "2025-10-28..2025-10-28")
    ,
    // relative periods
    (P, "last week", "2025-10-27..2025-11-02"),
    (P, "next week", "2025-11-10..2025-11-16"),
    (P, "this week", "2025-11-03..2025-11-09"),
    (P, "this month", "2025-11-01..2025-11-30"),
    (P, "last month", "2025-10-01..2025-10-31"),
    (P, "next month", "2025-12-01..2025-12-31"),
    (P, "this year", "2025-01-01..2025-12-31"),
    (P, "this calendar year", "2025-01-01..2025-12-31"),
    (P, "last year", "2024-01-01..2024-12-31"),
    (P, "next year", "2026-01-01..2026-12-31"),
    (P, "last quarter", "2025-07-01..2025-09-30"),
    (P, "this quarter", "2025-10-01..2025-12-31"),
    (P, "next quarter", "2026-01-01..2026-03-31"),
    (P, "this weekend", "2025-11-08..2025-11-09"),
    (P, "last weekend", "2025-11-01..2025-11-02"),
    (P, "the week after next", "2025-11-17..2025-11-23"),
    (P, "the week of November 10", "2025-11-10..2025-11-16"),
    (P, "first week of 2026", "2025-12-29..2026-01-04"),
    (P, "week 46", "2025-11-10..2025-11-16"),
    // offsets and windows
    (P, "three years ago", "2022-11-03..2022-11-03"),
    (P, "2 days ago", "2025-11-01..2025-11-01"),
    (P, "in two years", "2027-11-03..2027-11-03"),
    (P, "in 3 weeks", "2025-11-24..2025-11-24"),
    (P, "two weeks later", "2025-11-17..2025-11-17"),
    (P, "3 days after January 12, 2026", "2026-01-15..2026-01-15"),
    (P, "two weeks before May 13, 2026", "2026-04-29..2026-04-29"),
    (P, "three weeks from tomorrow", "2025-11-25..2025-11-25"),
    (P, "in recent months", "..2025-11-02"),
    (P, "in recent years", "..2025-11-02"),
    (P, "in the coming years", "2025-11-04.."),
    (P, "in the years ahead", "2025-11-04.."),
    (P, "the next three weeks", "2025-11-04..2025-11-24"),
    (P, "the last 10 months", "2025-01-03..2025-11-02"),
    (P, "the past two quarters", "2025-04-01..2025-09-30"),
    (P, "the next five years", "2025-11-04..2030-11-03"),
    (P, "sales for the last 2 quarters", "2025-04-01..2025-09-30"),
    // operators
    (P, "by the end of next year", "..2026-12-31"),
    (P, "before the end of 2026", "..2026-12-31"),
    (P, "before 2029", "..2028-12-31"),
    (P, "by 2030", "..2030-12-31"),
    (P, "until 2027", "..2027-12-31"),
    (P, "through March 2026", "..2026-03-31"),
    (P, "starting in 2027", "2027-01-01.."),
    (P, "since 2022", "2022-01-01.."),
    (P, "since January", "2025-01-01.."),
    (P, "after 2027", "2028-01-01.."),
    (P, "after March 15, 2026", "2026-03-16.."),
    (P, "no later than June 30, 2026", "..2026-06-30"),
    (P, "no earlier than 2027", "2027-01-01.."),
    (P, "The plant will not open before 2027.", "2027-01-01.."),
    (P, "It won't happen before 2027.", "2027-01-01.."),
    (P, "as of January 1, 2026", "2026-01-01.."),
    (P, "2027 or later", "2027-01-01.."),
    (P, "by the end of the month", "..2025-11-30"),
    (P, "until the end of 2025", "..2025-12-31"),
    (P, "by mid-2026", "..2026-08-31"),
    (P, "before 2010 or after 2018", "..2009-12-31"),
    // ranges
    (P, "from 2014 to 2018", "2014-01-01..2018-12-31"),
    (P, "between 2020 and 2022", "2020-01-01..2022-12-31"),
    (P, "in 2014-2018", "2014-01-01..2018-12-31"),
    (P, "from May to October 2026", "2026-05-01..2026-10-31"),
    (P, "from November 2025 to February 2026", "2025-11-01..2026-02-28"),
    (P, "November 19-20, 2025", "2025-11-19..2025-11-20"),
    (P, "April 9th through 17th, 2026", "2026-04-09..2026-04-17"),
    (P, "between Jan 2025 and now", "2025-01-01..2025-11-03"),
    (P, "from March to date", "2025-03-01..2025-11-03"),
    (P, "Nov-Feb 2017", "2016-11-01..2017-02-28"),
    (P, "The plant will run from November to March.", "2025-11-01..2026-03-31"),
    // durations
    (P, "for seven years", "P7Y"),
    (P, "over seven years", "P7Y"),
    (P, "over the next seven years", "P7Y 2025-11-04..2032-11-03"),
    (P, "a decade", "P10Y"),
    (P, "a seven-year contract", "P7Y"),
    (P, "18 months", "P18M"),
    (P, "a multi-year deal", "PXY"),
    (P, "a multiyear deal", "PXY"),
    (P, "for three months", "P3M"),
    (P, "two weeks", "P2W"),
    (P, "3.5 years", "P3.5Y"),
    (P, "an hour and a half", "PT1.5H"),
    (P, "90 minutes", "PT90M"),
    (P, "a fortnight", "P2W"),
    (P, "over the past decade", "P10Y 2015-11-03..2025-11-03"),
    (P, "during the next two years", "P2Y 2025-11-04..2027-11-03"),
    (P, "a few weeks", "P3W"),
    (P, "one and a half years", "P1.5Y"),
    (P, "all day", "P1D"),
    (P, "1 hour and 30 minutes", "PT1H30M"),
    (P, "a six-month delay", "P6M"),
    (P, "24 hours", "PT24H"),
    (P, "one year and a quarter", "P1.25Y"),
    (P, "by year-end", "..2025-12-31"),
    (P, "within nine months", "..2026-08-03"),
    (P, "in the first nine months of the year", "2025-01-01..2025-09-30"),
    // a bare weekday ending a range follows its start
    (P, "The office is closed from next Monday to Friday.", "2025-11-10..2025-11-14"),
    (P, "from Wednesday to Monday", "2025-10-29..2025-11-03"),
    // fiscal years: the calendar year of that number, noted as approximate
    (P, "Revenue rose 8% in fiscal year 2024.", "2024-01-01..2024-12-31"),
    (P, "FY2025 guidance", "2025-01-01..2025-12-31"),
    (P, "FY26 outlook", "2026-01-01..2026-12-31"),
    (P, "a fiscal policy review", "none"),
    (P, "Sales rose in the 2025-26 fiscal year.", "2025-01-01..2026-12-31"),
    (P, "guidance for fiscal 2025-26", "2025-01-01..2026-12-31"),
    (P, "FY25/26 guidance", "2025-01-01..2026-12-31"),
    (P, "The plant will be sold by the end of the fiscal year.", "..2026-11-03"),
    (P, "At the end of the fiscal year, debt stood at $3 billion.", "2024-11-03..2026-11-02"),
    // a weekday inside a named day is not that week's day
    (P, "Retailers braced for Black Friday crowds.", "none"),
    (P, "Stock markets were closed for Good Friday.", "none"),
    (P, "Shoppers spent heavily on Cyber Monday.", "none"),
    (P, "The results came on a quiet Friday.", "2025-10-31..2025-10-31"),
    // a quarter or half of a fiscal year: the fiscal year's reading, never a calendar quarter
    (P, "Bookings jumped in the third quarter of fiscal 2026.", "2026-01-01..2026-12-31"),
    (P, "Q2 FY27 revenue beat forecasts.", "2027-01-01..2027-12-31"),
    (P, "The chipmaker guided for fiscal Q4 2025.", "2025-01-01..2025-12-31"),
    (P, "in the first half of fiscal year 2026-27", "2026-01-01..2027-12-31"),
    (P, "Margins narrowed in the fiscal second quarter.", "none"),
    (P, "It posted fiscal fourth-quarter profit above estimates.", "none"),
    (P, "Sales slowed in the last quarter of the fiscal year.", "none"),
    // news deadlines and periods
    (P, "in H1 2027", "2027-01-01..2027-06-30"),
    (P, "in Q3 2026", "2026-07-01..2026-09-30"),
    (P, "by the end of next year", "..2026-12-31"),
    (P, "in late 2026", "2026-09-01..2026-12-31"),
    (P, "Prices will rise in the coming weeks.", "2025-11-04.."),
    ("", "Prices will rise in the coming weeks.", "unresolved FUTURE_REF"),
    (P, "over the next five years", "P5Y 2025-11-04..2030-11-03"),
    (P, "It will launch early next year.", "2026-01-01..2026-04-30"),
    (P, "The deal should close within 18 months.", "..2027-05-03"),
    (P, "The deal should close within 18 months of the announcement.", "P18M"),
    (P, "within two years after the merger", "P2Y"),
    // a bare half is as often a match's as a year's: a date only with its year
    (P, "Margins improved in the second half.", "none"),
    (P, "during the first half", "none"),
    (P, "The striker equalised early in the second half.", "none"),
    (P, "Margins improved in the second half of the year.", "2025-07-01..2025-12-31"),
    (P, "Margins improved in the second half of last year.", "2024-07-01..2024-12-31"),
    (P, "He scored in the second half of the match.", "none"),
    (P, "the second half", "none"),
    // working weeks
    (P, "It will be signed this working week.", "2025-11-03..2025-11-07"),
    (P, "next workweek", "2025-11-10..2025-11-14"),
    (P, "last work week", "2025-10-27..2025-10-31"),
    // up to publication
    (P, "It is the largest deal to date.", "..2025-11-02"),
    (P, "To date, no buyer has come forward.", "..2025-11-02"),
    (P, "keep the register up to date", "none"),
    (P, "a plan to date night", "none"),
    // a bare weekend after a preposition: the nearest one on the side of the tense
    (P, "Talks collapsed over the weekend.", "2025-11-01..2025-11-02"),
    (P, "The team will meet over the weekend.", "2025-11-08..2025-11-09"),
    ("2025-11-08", "Talks collapsed over the weekend.", "2025-11-08..2025-11-09"),
    (P, "the weekend edition", "none"),
    // more than / less than a count before or after a day: strict bounds
    (P, "The deal closed more than 2 weeks before March 20, 2025.", "..2025-03-05"),
    (P, "more than 3 days after November 10", "2025-11-14.."),
    (P, "more than a year ago", "..2024-11-02"),
    (P, "less than 3 days after tomorrow", "2025-11-04..2025-11-06"),
    (P, "less than 2 weeks ago", "2025-10-21..2025-11-03"),
    (P, "more than 10 years", "P10Y"),
    // the rest of the current period, the year to date
    (P, "Prices will stay flat for the rest of the year.", "2025-11-04..2025-12-31"),
    (P, "the remainder of the month", "2025-11-04..2025-11-30"),
    (P, "The index is up 12% year to date.", "2025-01-01..2025-11-02"),
    (P, "year-to-date sales", "2025-01-01..2025-11-02"),
    (P, "so far this year", "2025-01-01..2025-11-02"),
    (P, "the rest of us", "none"),
    // year-less quarter and half codes after a preposition
    (P, "Sales fell in Q1.", "2025-01-01..2025-03-31"),
    (P, "results for Q3", "2025-07-01..2025-09-30"),
    (P, "during H2", "2025-07-01..2025-12-31"),
    (P, "Q3 revenue beat forecasts", "none"),
    (P, "in H2O", "none"),
    // half units
    (P, "It took half an hour.", "PT0.5H"),
    (P, "for half a year", "P0.5Y"),
    (P, "half a century", "P50Y"),
    (P, "half of the year", "none"),
    // compound offsets
    (P, "The leak was found 3 weeks and 2 days ago.", "2025-10-11..2025-10-11"),
    (P, "two years and three months ago", "2023-08-03..2023-08-03"),
    (P, "a year and a half ago", "2024-05-03..2024-05-03"),
    (P, "1 year 2 months later", "2027-01-03..2027-01-03"),
    (P, "in 2 years and 3 months", "2028-02-03..2028-02-03"),
    (P, "the talks lasted 2 weeks and 2 days", "P2W2D"),
    (P, "over the last 6 months and 3 days ago a deal", "P6M 2025-05-03..2025-11-03"),
    // a length laid from a start, its first day included
    (P, "The plant will close for three days starting next Monday.", "2025-11-10..2025-11-12"),
    (P, "a strike for 2 weeks starting March 3, 2026", "2026-03-03..2026-03-16"),
    (P, "for a week beginning tomorrow", "2025-11-04..2025-11-10"),
    (P, "for 1 week, from December 20th", "2025-12-20..2025-12-26"),
    (P, "for 5 days from today", "2025-11-03..2025-11-07"),
    (P, "5 days from today", "2025-11-08..2025-11-08"),
    (P, "for 10 years from 2015 to 2025", "P10Y"),
    // calendar weeks of a month or year: a week belongs where its Thursday falls
    (P, "Prices peaked in the last week of June.", "2025-06-23..2025-06-29"),
    (P, "the first week of March 2024", "2024-03-04..2024-03-10"),
    (P, "first week of May 2026", "2026-05-04..2026-05-10"),
    (P, "during the third week of January", "2025-01-13..2025-01-19"),
    (P, "in the 2nd week of this month", "2025-11-10..2025-11-16"),
    (P, "the fifth week of February 2025", ".."),
    (P, "the first two weeks of 2026", "2025-12-29..2026-01-11"),
    (P, "for the last 3 weeks of this year", "2025-12-08..2025-12-28"),
    (P, "on the last day of the month", "2025-11-30..2025-11-30"),
    (P, "last week of trading", "2025-10-27..2025-11-02"),
    (P, "the last four months of 2021", "2021-09-01..2021-12-31"),
    (P, "the first ten days of last year", "2024-01-01..2024-01-10"),
    (P, "Tuesday the eleventh.", "2025-11-11..2025-11-11"),
    (P, "later this year", "2025-11-04..2025-12-31"),
    (P, "earlier this month", "2025-11-01..2025-11-02"),
    (P, "in the fall", "2025-09-01..2025-11-30"),
    (P, "They met on the 28th.", "2025-10-28..2025-10-28"),
    (P, "around the 21st this month", "2025-11-21..2025-11-21"),
    // not dates
    (P, "the fall of Rome", "none"),
    (P, "It paid $2026 in fees.", "none"),
    (P, "2026 employees signed.", "none"),
    (P, "GB200 chips", "none"),
    (P, "EC2 instances", "none"),
    (P, "Prices may rise.", "none"),
    (P, "a march on Washington", "none"),
    (P, "the first company", "none"),
    (P, "about 2,000 jobs", "none"),
    (P, "up 29% on the year-ago figure", "none"),
    // no publication date
    ("", "The deal was announced on Monday.", "unresolved XXXX-WXX-1"),
    ("", "next year", "unresolved XXXX"),
    ("", "in September", "unresolved XXXX-09"),
    ("", "3 days ago", "unresolved XXXX-XX-XX"),
    ("", "last quarter", "unresolved XXXX-QX"),
    ("", "November 3, 2025", "2025-11-03..2025-11-03"),
    ("", "over the next seven years", "P7Y"),
    // another publication date
    ("2024-02-29", "yesterday", "2024-02-28..2024-02-28"),
    ("2024-02-29", "in one year", "2025-02-28..2025-02-28"),
    ("2024-02-29", "last quarter", "2023-10-01..2023-12-31"),
    ("2024-02-29", "on Monday", "2024-02-26..2024-02-26"),
    ("2021-01-02", "last week", "2020-12-21..2020-12-27"),
];

#[test]
fn french_table() {
    assert!(FRENCH.len() >= 150, "{} rows", FRENCH.len());
    check(Lang::Fr, FRENCH);
}

#[test]
fn english_table() {
    assert!(ENGLISH.len() >= 150, "{} rows", ENGLISH.len());
    check(Lang::En, ENGLISH);
}

/// The same text under another publication date: relative expressions move, absolute
/// ones stay.
#[test]
fn publication_date_moves_relative_only() {
    let text = "Hier, le groupe a confirmé la livraison du 3 novembre 2025 et visé l'an prochain.";
    let a = all(Lang::Fr, "2025-11-04", text);
    let b = all(Lang::Fr, "2027-06-15", text);
    assert_eq!(a.len(), 3, "{a:?}");
    assert_eq!(b.len(), 3, "{b:?}");
    assert_ne!(a[0], b[0], "hier must move");
    assert_eq!(a[1], b[1], "an absolute date must not move");
    assert_eq!(a[1], "2025-11-03..2025-11-03");
    assert_ne!(a[2], b[2], "l'an prochain must move");
    assert_eq!(b[2], "2028-01-01..2028-12-31");
}

fn all(lang: Lang, published: &str, text: &str) -> Vec<String> {
    let published: Option<Date> = published.parse().ok();
    let mut notes = Vec::new();
    scan(text, lang)
        .into_iter()
        .filter_map(|f| match f.value {
            Parsed::Time(t) => Some(show_date(&resolve(&t, published, &mut notes))),
            Parsed::Duration(d) => Some(show_duration(&resolve_duration(&d, published, &mut notes))),
            _ => None,
        })
        .collect()
}

/// Fails if the wall clock is ever consulted: a publication date far in the past must
/// drive every relative expression, and no date at all must leave them unresolved.
#[test]
fn wall_clock_is_never_used() {
    for (text, lang) in
        [("hier", Lang::Fr), ("l'année prochaine", Lang::Fr), ("yesterday", Lang::En), ("next year", Lang::En)]
    {
        let old = all(lang, "1999-01-01", text);
        assert!(old[0].starts_with("1998") || old[0].starts_with("2000"), "{text}: {old:?}");
        let none = render(lang, "", text);
        assert!(none.starts_with("unresolved"), "{text}: {none}");
    }
    let mut notes = Vec::new();
    let v = resolve(&TimeExpr { period: Period::RelDay(0), op: Operator::At, future: false }, None, &mut notes);
    assert!(v.unresolved && v.earliest.is_none() && v.latest.is_none());
    assert!(notes.iter().any(|n| n.code == "unresolved"));
}

#[test]
fn vague_expressions_are_noted() {
    for (text, lang) in [
        ("ces derniers mois", Lang::Fr),
        ("fin 2026", Lang::Fr),
        ("in recent years", Lang::En),
        ("a multi-year deal", Lang::En),
        ("revenue for fiscal 2024", Lang::En),
        ("FY25 guidance", Lang::En),
        ("the second quarter of fiscal 2026", Lang::En),
        ("au premier semestre de l'exercice 2026", Lang::Fr),
    ] {
        let found = scan(text, lang);
        assert!(found.iter().any(|f| f.notes.iter().any(|n| n.code == "vague")), "{text}: {found:?}");
    }
}

#[test]
fn spans_cover_the_expression() {
    let cases = [
        (
            Lang::Fr,
            "Le projet sera livré d'ici la fin de l'année prochaine, selon la direction.",
            "d'ici la fin de l'année prochaine",
        ),
        (Lang::Fr, "Les ventes ont progressé en 2027.", "2027"),
        (Lang::Fr, "un accord sur les sept prochaines années.", "sur les sept prochaines années"),
        (Lang::En, "The company said on Nov. 3, 2025 that it would.", "Nov. 3, 2025"),
        (Lang::En, "Shipments resume in the second half of 2026.", "second half of 2026"),
        (Lang::Fr, "La ligne ouvrira courant 2027, selon la région.", "courant 2027"),
        (Lang::Fr, "Le courant 2027 de la marque passe mal.", "2027"),
        (Lang::En, "Bookings jumped in the third quarter of fiscal 2026.", "the third quarter of fiscal 2026"),
    ];
    for (lang, text, want) in cases {
        let found = scan(text, lang);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
        assert!(spans.contains(&want), "{text}: {spans:?}");
    }
}

/// Every reading starts at a digit or at a word listed in `STARTS`, so a prefilter built
/// from those lists loses nothing.
#[test]
fn readings_start_at_listed_words() {
    use crate::grammar::{duration, time};
    let mut missing = Vec::new();
    for (lang, rows) in [(Lang::Fr, FRENCH), (Lang::En, ENGLISH)] {
        for (_, text, _) in rows {
            for f in scan(text, lang) {
                if !matches!(f.value, Parsed::Time(_) | Parsed::Duration(_)) {
                    continue;
                }
                let rest = &text[f.range.start..];
                if rest.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                let word: String =
                    rest.chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
                let listed = |list: &[&str]| list.contains(&word.as_str());
                let ok = match f.value {
                    Parsed::Time(_) => listed(time::STARTS),
                    _ => listed(duration::STARTS),
                };
                if !ok {
                    missing.push(format!("{word:?} in {text:?}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn range_timex_names_the_moved_end() {
    let timex = |text: &str| -> String {
        let published: Option<Date> = "2025-11-03".parse().ok();
        let mut notes = Vec::new();
        scan(text, Lang::En)
            .into_iter()
            .find_map(|f| match f.value {
                Parsed::Time(t) => Some(resolve(&t, published, &mut notes).timex),
                _ => None,
            })
            .unwrap_or_default()
    };
    assert_eq!(timex("from November to March"), "(2025-11,2026-03)");
    assert_eq!(timex("from next Monday to Friday"), "(2025-11-10,2025-11-14)");
    assert_eq!(timex("from 2014 to 2018"), "(2014,2018)");
}
