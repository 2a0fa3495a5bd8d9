//! Month names in French and English, full and abbreviated (shared by the date grammar and
//! the dateline reader of ingest).

/// The month number (1–12) of a month name or abbreviation, case- and accent-insensitive
/// for the forms newspapers use (`novembre`, `nov.`, `Nov`, `November`, `fevrier`, `févr.`).
/// A trailing period is accepted.
pub fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_lowercase();
    let n = match w.as_str() {
        "janvier" | "janv" | "jan" | "january" => 1,
        "février" | "fevrier" | "févr" | "fevr" | "fév" | "fev" | "feb" | "february" => 2,
        "mars" | "mar" | "march" => 3,
        "avril" | "avr" | "apr" | "april" => 4,
        "mai" | "may" => 5,
        "juin" | "jun" | "june" => 6,
        "juillet" | "juil" | "jul" | "july" => 7,
        "août" | "aout" | "aug" | "august" => 8,
        "septembre" | "sept" | "sep" | "september" => 9,
        "octobre" | "oct" | "october" => 10,
        "novembre" | "nov" | "november" => 11,
        "décembre" | "decembre" | "déc" | "dec" | "december" => 12,
        _ => return None,
    };
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::month_number;

    #[test]
    fn reads_both_languages() {
        assert_eq!(month_number("Novembre"), Some(11));
        assert_eq!(month_number("nov."), Some(11));
        assert_eq!(month_number("FÉVRIER"), Some(2));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("lundi"), None);
    }
}
