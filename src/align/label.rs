//! Event labels: one readable line an editor recognizes the event by
//! (`OpenAI ↔ Amazon · 38 milliards USD · purchase · capacités de calcul`).

use super::axis::{self, Axis, Tally};
use super::parties::PartyRoots;
use crate::claims::{Claim, ClaimAmount, Relation, group_thousands};
use crate::decimal::Decimal;

/// The label of the event made of `members` (indices into `claims`): parties (payer first
/// when the majority says who pays), the majority figure, the relation or milestone, and
/// the most common object.
pub fn label(members: &[usize], claims: &[Claim], roots: &PartyRoots) -> String {
    let direction = axis::tally(Axis::Direction, members, claims, roots);
    let amount = axis::tally(Axis::Amount, members, claims, roots);
    label_from(members, claims, roots, direction.first(), amount.first())
}

/// [`label`] with the majority direction and amount readings already tallied.
pub fn label_from(
    members: &[usize],
    claims: &[Claim],
    roots: &PartyRoots,
    direction: Option<&Tally>,
    amount: Option<&Tally>,
) -> String {
    let mut parts = Vec::new();
    let mut parties: Vec<String> = Vec::new();
    if let Some(t) = direction
        && let Some(&i) = t.claims.first()
        && let Some(c) = claims.get(i)
    {
        parties.extend(c.payer.iter().chain(c.payee.iter()).map(|p| roots.root(p).to_string()));
    }
    let mut rest: Vec<&str> =
        members.iter().filter_map(|&i| claims.get(i)).flat_map(|c| super::block::block_parties(c, roots)).collect();
    rest.sort_unstable();
    rest.dedup();
    for p in rest {
        if !parties.iter().any(|x| x == p) {
            parties.push(p.to_string());
        }
    }
    if !parties.is_empty() {
        parts.push(parties.join(" ↔ "));
    }
    if let Some(t) = amount
        && let Some(a) = t.claims.first().and_then(|&i| claims.get(i)).and_then(|c| c.amount.as_ref())
    {
        parts.push(compact(a));
    }
    // The most common relation word, a neutral "agreement" or an unclear "other" only when
    // nothing more specific is said; a milestone's name.
    let mut relations: Vec<(String, usize, usize)> = Vec::new();
    for (k, c) in members.iter().filter_map(|&i| claims.get(i)).enumerate() {
        let word = match &c.milestone {
            Some(m) => m.clone(),
            None => c.relation.as_str().to_string(),
        };
        let weight = usize::from(!matches!(c.relation, Relation::Agreement | Relation::Other));
        match relations.iter_mut().find(|(w, _, _)| *w == word) {
            Some((_, n, _)) => *n += 1 + weight * members.len(),
            None => relations.push((word, 1 + weight * members.len(), k)),
        }
    }
    if let Some((word, _, _)) = relations.iter().max_by_key(|(_, n, first)| (*n, usize::MAX - *first)) {
        parts.push(word.clone());
    }
    // Most common object; the first one written wins a tie.
    let mut objects: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
    for (k, c) in members.iter().filter_map(|&i| claims.get(i)).enumerate() {
        if let Some(o) = c.object.as_deref() {
            objects.entry(o).or_insert((0, k)).0 += 1;
        }
    }
    if let Some((o, _)) = objects.iter().max_by_key(|(_, (n, first))| (*n, usize::MAX - *first)) {
        parts.push((*o).to_string());
    }
    parts.join(" · ")
}

/// `38 milliards USD`, `up to 500 millions EUR`, `29 %`: a figure in the words of the
/// example label.
pub fn compact(a: &ClaimAmount) -> String {
    let scaled = |d: Decimal| -> String {
        for (exp, word) in [(9u32, "milliards"), (6, "millions")] {
            if let Some(unit) = Decimal::from_int(1).checked_mul_pow10(exp)
                && d.abs() >= unit
                && let Some(v) = d.checked_div_pow10(exp)
            {
                return format!("{} {word}", group_thousands(&v.to_string()));
            }
        }
        group_thousands(&d.to_string())
    };
    a.describe_with(scaled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Relation;
    use crate::findings::testing::ClaimBuilder as B;

    #[test]
    fn label_names_payer_first_figure_relation_object() {
        let claims = vec![
            B::deal("a", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").object("cloud capacity").build(),
            B::deal("b", Relation::Purchase, "OpenAI", "Amazon").usd("38000000000").build(),
        ];
        let roots = PartyRoots::new(&claims);
        assert_eq!(label(&[0, 1], &claims, &roots), "OpenAI ↔ Amazon · 38 milliards USD · purchase · cloud capacity");
    }

    #[test]
    fn label_prefers_a_specific_relation_over_agreement() {
        let claims = vec![
            B::deal("a", Relation::Agreement, "A", "B").usd("5000000").build(),
            B::deal("b", Relation::Loan, "A", "B").usd("5000000").build(),
        ];
        let roots = PartyRoots::new(&claims);
        assert_eq!(label(&[0, 1], &claims, &roots), "A ↔ B · 5 millions USD · loan");
    }

    #[test]
    fn compact_scales() {
        let c = B::deal("a", Relation::Purchase, "A", "B").usd("2400000000").build();
        assert_eq!(compact(c.amount.as_ref().unwrap()), "2.4 milliards USD");
        let c = B::deal("a", Relation::Purchase, "A", "B").usd("1400000000000").build();
        assert_eq!(compact(c.amount.as_ref().unwrap()), "1 400 milliards USD");
        let c = B::deal("a", Relation::Purchase, "A", "B").percent("29").build();
        assert_eq!(compact(c.amount.as_ref().unwrap()), "29 %");
    }
}
