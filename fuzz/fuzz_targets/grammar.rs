//! The grammar on arbitrary text: money, percent, quantity, date and duration scan in both
//! languages. Every reading must lie inside the sentence on char boundaries, in order,
//! without overlap; nothing may panic.

#![no_main]

use claimdiff::grammar;
use claimdiff::lang::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::Fr, Lang::En] {
        let mut end = 0;
        for f in grammar::scan(text, lang) {
            assert!(f.range.start >= end && f.range.start < f.range.end && f.range.end <= text.len());
            assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            end = f.range.end;
        }
    }
});
