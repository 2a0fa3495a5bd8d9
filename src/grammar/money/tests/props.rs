//! Property tests: integers survive every separator convention; the grammar never panics
//! and its spans stay inside the input on character boundaries.

use crate::grammar::number::digits;
use crate::grammar::scan;
use crate::lang::Lang;
use proptest::prelude::*;

/// Writes `n` with `sep` between groups of three digits.
fn grouped(n: u64, sep: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn integers_parse_back_in_every_convention(n in 0u64..=1_000_000_000_000_000) {
        let want = n.to_string();
        for (sep, lang) in [
            ("", Lang::Fr), ("", Lang::En), (" ", Lang::Fr), ("\u{a0}", Lang::Fr), ("\u{202f}", Lang::Fr),
            (".", Lang::Fr), (",", Lang::En), (" ", Lang::En),
        ] {
            let text = grouped(n, sep);
            let (rest, v) = digits(&text, lang).map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
            prop_assert_eq!(rest, "", "{:?} left {:?}", text, rest);
            prop_assert_eq!(v.to_string(), want.clone(), "{:?}", text);
        }
    }

    #[test]
    fn grammar_never_panics_and_spans_are_sound(s in "\\PC{0,60}", lang in prop_oneof![Just(Lang::Fr), Just(Lang::En)]) {
        for f in scan(&s, lang) {
            prop_assert!(f.range.start < f.range.end && f.range.end <= s.len());
            prop_assert!(s.is_char_boundary(f.range.start) && s.is_char_boundary(f.range.end));
        }
    }

    #[test]
    fn figure_like_text_never_panics(
        s in "[0-9 ,.\u{a0}\u{202f}%$€£-]{0,12}(milliards?|millions?|billion|trillion|Md|bn|M€|k|%| de dollars| euros)?[ .,]{0,2}",
        lang in prop_oneof![Just(Lang::Fr), Just(Lang::En)],
    ) {
        for f in scan(&s, lang) {
            prop_assert!(f.range.end <= s.len() && s.is_char_boundary(f.range.start) && s.is_char_boundary(f.range.end));
        }
    }
}
