//! Claim ids unique across a check. A claim's id is `source#n` (see `claims::extract`),
//! unique within its document; but one outlet often publishes several articles on a story
//! (a first dispatch, then an update), and two documents with the same `source` would give
//! their claims the same ids, so a finding's evidence could not say which article it quotes.
//! [`RepeatedSources`] renames the claims of a source's second, third… document
//! `source~2#n`, `source~3#n`, in input order: the first document keeps the ids `extract`
//! gave it, and every id of a check names one claim of one document.

use crate::Extraction;
use crate::fasthash::FastMap;

/// How many documents of each source a check has seen so far.
#[derive(Debug, Clone, Default)]
pub struct RepeatedSources {
    seen: FastMap<String, u32>,
}

impl RepeatedSources {
    /// Counts `x`'s source and, when an earlier document had the same source, renames its
    /// claims. Call it on every extraction of a check, in input order.
    pub fn rename(&mut self, x: &mut Extraction) {
        let turn = self.seen.entry(x.document.source.clone()).or_insert(0);
        *turn += 1;
        if *turn == 1 {
            return;
        }
        let source = x.document.source.as_str();
        for c in &mut x.claims {
            c.id = match c.id.strip_prefix(source) {
                Some(rest) => format!("{source}~{turn}{rest}"),
                None => format!("{}~{turn}", c.id),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn article(path: &str, body: &str) -> Extraction {
        let text = format!("---\nsource: Harbor Wire\npublished: 2026-03-02\n---\n{body}\n");
        let doc = crate::ingest::from_bytes(path, "a", text.into_bytes(), &crate::ingest::Options::default()).unwrap();
        crate::extract(doc, &Rules::builtin().unwrap())
    }

    #[test]
    fn a_repeated_source_gets_ids_of_its_own() {
        let body = "Quillon will buy Brantwood for $8.1 billion, the companies said.";
        let mut docs = [article("a.md", body), article("b.md", body), article("c.md", body)];
        let mut repeated = RepeatedSources::default();
        for d in &mut docs {
            repeated.rename(d);
        }
        let ids: Vec<&str> = docs.iter().flat_map(|d| d.claims.iter().map(|c| c.id.as_str())).collect();
        assert_eq!(ids, ["Harbor Wire#0", "Harbor Wire~2#0", "Harbor Wire~3#0"]);
    }
}
