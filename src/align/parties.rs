//! Party roots: the name a party is compared under when sources are lined up.
//!
//! Sources name the same group at different levels ("Amazon" in one, "Amazon Web
//! Services" in another). The claims stage already folds aliases into canonical names; this
//! module folds a canonical name into the shortest other canonical name of the run that is
//! a whole-word prefix of it (`Amazon Web Services` → `Amazon`), so no story knowledge is
//! needed. It does not guess beyond that: `AWS` and `Amazon` stay apart unless the rules
//! make them one.

use crate::claims::Claim;
use crate::fasthash::FastMap as HashMap;
use std::collections::BTreeSet;

/// Maps each party name of a run to its root.
#[derive(Debug, Clone, Default)]
pub struct PartyRoots {
    roots: HashMap<String, String>,
}

impl PartyRoots {
    /// Collects every party name of `claims` and finds each one's root.
    ///
    /// ```
    /// use claimdiff::align::parties::PartyRoots;
    /// let roots = PartyRoots::from_names(["Amazon", "Amazon Web Services", "OpenAI"]);
    /// assert_eq!(roots.root("Amazon Web Services"), "Amazon");
    /// assert_eq!(roots.root("OpenAI"), "OpenAI");
    /// ```
    pub fn new(claims: &[Claim]) -> PartyRoots {
        PartyRoots::from_names(claims.iter().flat_map(|c| c.parties.iter().chain(c.payer.iter()).chain(c.payee.iter())))
    }

    /// The roots of a set of names.
    pub fn from_names<I, S>(names: I) -> PartyRoots
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let names: Vec<S> = names.into_iter().collect();
        let set: std::collections::HashSet<&str> = names.iter().map(AsRef::as_ref).collect();
        let mut roots = HashMap::with_capacity_and_hasher(set.len(), Default::default());
        for &name in &set {
            // Shortest whole-word prefix that is itself a name of the run.
            let root = name
                .char_indices()
                .filter(|&(_, c)| c == ' ')
                .map(|(i, _)| &name[..i])
                .find(|prefix| set.contains(*prefix))
                .unwrap_or(name);
            roots.insert(name.to_string(), root.to_string());
        }
        PartyRoots { roots }
    }

    /// The root of `name` (itself when unknown).
    pub fn root<'a>(&'a self, name: &'a str) -> &'a str {
        self.roots.get(name).map_or(name, String::as_str)
    }

    /// The sorted, deduplicated roots of a claim's parties, payer and payee.
    pub fn of_claim(&self, claim: &Claim) -> Vec<String> {
        let set: BTreeSet<&str> =
            claim.parties.iter().chain(claim.payer.iter()).chain(claim.payee.iter()).map(|p| self.root(p)).collect();
        set.into_iter().map(str::to_string).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_whole_word_prefixes_only() {
        let r = PartyRoots::from_names(["Amazon", "Amazon Web Services", "Amazonia Corp", "General Motors"]);
        assert_eq!(r.root("Amazon Web Services"), "Amazon");
        assert_eq!(r.root("Amazonia Corp"), "Amazonia Corp");
        assert_eq!(r.root("General Motors"), "General Motors");
        assert_eq!(r.root("unknown"), "unknown");
    }
}
