//! Untrusted article text made safe for terminals, workflow commands and Markdown.
//!
//! Articles come from anywhere: a wire feed can carry ANSI escape sequences, a pull request
//! can add an article with a line that reads `::set-output …`. Every renderer passes article
//! text through here before it reaches a terminal or a CI log. Control characters become
//! visible pictures (`␛` for ESC) so an editor still sees that something odd was there;
//! nothing is silently dropped except the `\r` of a CRLF line end. This module does not
//! decide about color; it only makes text inert.

use std::borrow::Cow;

/// The visible replacement of one character, or `None` when the character is safe.
///
/// C0 controls become their Unicode control picture (`\x1b` → `␛`), DEL becomes `␡`, C1
/// controls and the bidirectional overrides and isolates (which can reorder what a reader
/// sees, "Trojan Source") become `\u{…}`. A tab becomes one space so columns keep their
/// meaning.
fn replacement(c: char) -> Option<Cow<'static, str>> {
    match c {
        '\t' => Some(Cow::Borrowed(" ")),
        '\u{0}'..='\u{1f}' => {
            let picture = char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}');
            Some(Cow::Owned(picture.to_string()))
        }
        '\u{7f}' => Some(Cow::Borrowed("\u{2421}")),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => {
            Some(Cow::Owned(format!("\\u{{{:x}}}", c as u32)))
        }
        _ => None,
    }
}

/// One line of untrusted text for a terminal or a log: every control character, line
/// breaks included, is replaced by a visible picture.
///
/// ```
/// use claimdiff::report::sanitize::inline;
/// assert_eq!(inline("a\x1b[31mb\nc"), "a␛[31mb␊c");
/// ```
pub fn inline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| replacement(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match replacement(c) {
            Some(r) => out.push_str(&r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Several lines of untrusted text for an excerpt: like [`inline`], but `\n` stays a line
/// break and the `\r` of a `\r\n` is removed (excerpts are shown line by line).
pub fn multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && replacement(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            _ => match replacement(c) {
                Some(r) => out.push_str(&r),
                None => out.push(c),
            },
        }
    }
    Cow::Owned(out)
}

/// The byte offset in `multiline(text)` that corresponds to byte `offset` of `text`
/// (rounded down to a character boundary), so spans still point at the same words.
pub fn multiline_offset(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    // The replacement of a `\r` depends on what follows it; look one byte past the prefix.
    let prefix = &text[..offset];
    let mut len = multiline(prefix).len();
    if prefix.ends_with('\r') && text[offset..].starts_with('\n') {
        len -= "\u{240d}".len();
    }
    len
}

/// Escapes the message part of a GitHub workflow command (`::error …::MESSAGE`): `%`, CR
/// and LF as the runner requires, after control characters were made visible, so a line of
/// article text can never start a command of its own.
///
/// ```
/// use claimdiff::report::sanitize::workflow_data;
/// assert_eq!(workflow_data("50%\n::set-output name=x::y"), "50%25%0A::set-output name=x::y");
/// ```
pub fn workflow_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => match replacement(c) {
                Some(r) => out.push_str(&r),
                None => out.push(c),
            },
        }
    }
    out
}

/// Escapes a property value of a workflow command (`file=…`, `title=…`): like
/// [`workflow_data`], plus `:` and `,`, which end a property.
pub fn workflow_property(text: &str) -> String {
    workflow_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Untrusted text inside Markdown (a table cell, a quote): control characters made visible,
/// line breaks turned into spaces, and every character that Markdown or HTML could read as
/// markup backslash-escaped, so a quote cannot open a link, a table column or a tag.
///
/// ```
/// use claimdiff::report::sanitize::markdown;
/// assert_eq!(markdown("a|b <i>*c*</i>"), r"a\|b \<i\>\*c\*\</i\>");
/// ```
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            _ => match replacement(c) {
                Some(r) => out.push_str(&r),
                None => out.push(c),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ansi_escapes_become_visible_and_inert() {
        let s = inline("prix \x1b[2J\x1b]0;title\x07 fin");
        assert!(!s.contains('\x1b') && !s.contains('\x07'));
        assert_eq!(s, "prix ␛[2J␛]0;title␇ fin");
    }

    #[test]
    fn c1_and_bidi_controls_are_escaped() {
        assert_eq!(inline("a\u{9b}31m"), "a\\u{9b}31m");
        assert_eq!(inline("x\u{202e}y"), "x\\u{202e}y");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(inline("38 milliards d’euros"), Cow::Borrowed(_)));
        assert!(matches!(multiline("ligne\nligne"), Cow::Borrowed(_)));
    }

    #[test]
    fn multiline_keeps_line_breaks_and_drops_crlf_cr() {
        assert_eq!(multiline("a\r\nb\x1bc\rd"), "a\nb␛c␍d");
    }

    #[test]
    fn offsets_follow_the_replacements() {
        let text = "a\x1b[1mb\r\nc€d";
        let clean = multiline(text);
        let b = text.find('b').unwrap();
        assert_eq!(&clean[multiline_offset(text, b)..][..1], "b");
        let c = text.find('c').unwrap();
        assert_eq!(&clean[multiline_offset(text, c)..][..1], "c");
        let d = text.find('d').unwrap();
        assert_eq!(&clean[multiline_offset(text, d)..][..1], "d");
        // Inside a multi-byte character: rounded down to its start.
        assert_eq!(multiline_offset(text, d - 1), multiline_offset(text, d - 3));
        assert_eq!(multiline_offset(text, 999), clean.len());
    }

    #[test]
    fn workflow_commands_cannot_be_injected() {
        let hostile = "ok\r\n::set-output name=a::b\n::error::x %0A";
        let data = workflow_data(hostile);
        assert!(!data.contains('\n') && !data.contains('\r'));
        assert!(data.contains("%25"));
        let prop = workflow_property("a:b,c\nd");
        assert_eq!(prop, "a%3Ab%2Cc%0Ad");
    }

    proptest::proptest! {
        #[test]
        fn nothing_control_survives(text in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}a:%,\\n\\r]*") {
            proptest::prop_assert!(!inline(&text).chars().any(char::is_control));
            proptest::prop_assert!(!multiline(&text).chars().any(|c| c.is_control() && c != '\n'));
            let data = workflow_data(&text);
            proptest::prop_assert!(!data.chars().any(char::is_control));
            proptest::prop_assert!(!workflow_property(&text).contains([':', ',']));
            proptest::prop_assert!(!markdown(&text).chars().any(char::is_control));
            for offset in 0..=text.len() + 1 {
                proptest::prop_assert!(multiline_offset(&text, offset) <= multiline(&text).len());
            }
        }
    }
}
