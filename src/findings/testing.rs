//! A small builder of hand-made claims for unit tests of alignment and findings.

use crate::claims::{Claim, ClaimAmount, Modality, Relation, SentenceRef};
use crate::mention::{Bound, DateValue, Figure, Note};
use crate::span::Span;

/// Builds one [`Claim`]; the source is the id's part before `#` (or the whole id).
pub struct ClaimBuilder(Claim);

fn date(s: &str) -> jiff::civil::Date {
    s.parse().expect("test date")
}

impl ClaimBuilder {
    fn new(id: &str, relation: Relation) -> ClaimBuilder {
        let source = id.split('#').next().unwrap_or(id).to_string();
        let id = if id.contains('#') { id.to_string() } else { format!("{id}#0") };
        ClaimBuilder(Claim {
            sentence: SentenceRef {
                text: format!("sentence of {id}"),
                span: Span { start: 0, end: 10, line: 1, column: 1 },
            },
            id,
            source,
            relation,
            payer: None,
            payee: None,
            parties: Vec::new(),
            object: None,
            amount: None,
            duration: None,
            when: None,
            milestone: None,
            modality: Modality::Asserted,
            attribution: None,
            notes: Vec::new(),
            amount_span: None,
            trigger_span: None,
            when_span: None,
        })
    }

    /// A deal where `payer` pays `payee`.
    pub fn deal(id: &str, relation: Relation, payer: &str, payee: &str) -> ClaimBuilder {
        let mut b = ClaimBuilder::new(id, relation);
        b.0.payer = Some(payer.to_string());
        b.0.payee = Some(payee.to_string());
        let mut parties = vec![payer.to_string(), payee.to_string()];
        parties.sort();
        b.0.parties = parties;
        b
    }

    /// A claim with plain parties.
    pub fn party_claim(id: &str, relation: Relation, parties: &[&str]) -> ClaimBuilder {
        let mut b = ClaimBuilder::new(id, relation);
        let mut p: Vec<String> = parties.iter().map(|s| s.to_string()).collect();
        p.sort();
        b.0.parties = p;
        b
    }

    /// A milestone claim.
    pub fn milestone(id: &str, name: &str, parties: &[&str]) -> ClaimBuilder {
        let mut b = ClaimBuilder::party_claim(id, Relation::Milestone, parties);
        b.0.milestone = Some(name.to_string());
        b
    }

    /// An exact USD amount.
    pub fn usd(self, amount: &str) -> ClaimBuilder {
        self.money(Bound::Exact, amount, "USD")
    }

    /// A bounded USD amount.
    pub fn usd_bound(self, bound: Bound, amount: &str) -> ClaimBuilder {
        self.money(bound, amount, "USD")
    }

    /// A bounded amount in `currency`.
    pub fn money(mut self, bound: Bound, amount: &str, currency: &str) -> ClaimBuilder {
        self.0.amount = Some(ClaimAmount {
            figure: Figure::bounded(bound, amount.parse().expect("test decimal")),
            currency: Some(currency.to_string()),
            unit: None,
        });
        self
    }

    /// An exact percentage.
    pub fn percent(self, amount: &str) -> ClaimBuilder {
        self.percent_bound(Bound::Exact, amount)
    }

    /// A bounded percentage.
    pub fn percent_bound(mut self, bound: Bound, amount: &str) -> ClaimBuilder {
        self.0.amount = Some(ClaimAmount {
            figure: Figure::bounded(bound, amount.parse().expect("test decimal")),
            currency: None,
            unit: Some("%".to_string()),
        });
        self
    }

    /// A counted quantity.
    pub fn count(mut self, bound: Bound, amount: &str, unit: &str) -> ClaimBuilder {
        self.0.amount = Some(ClaimAmount {
            figure: Figure::bounded(bound, amount.parse().expect("test decimal")),
            currency: None,
            unit: Some(unit.to_string()),
        });
        self
    }

    /// A duration.
    pub fn duration(mut self, iso: &str) -> ClaimBuilder {
        self.0.duration = Some(iso.to_string());
        self
    }

    /// A closed date interval.
    pub fn when(mut self, earliest: &str, latest: &str) -> ClaimBuilder {
        self.0.when = Some(DateValue {
            earliest: Some(date(earliest)),
            latest: Some(date(latest)),
            timex: String::new(),
            unresolved: false,
        });
        self
    }

    /// A deadline.
    pub fn when_by(mut self, latest: &str) -> ClaimBuilder {
        self.0.when =
            Some(DateValue { earliest: None, latest: Some(date(latest)), timex: String::new(), unresolved: false });
        self
    }

    /// An unresolved date.
    pub fn when_unresolved(mut self) -> ClaimBuilder {
        self.0.when = Some(DateValue { earliest: None, latest: None, timex: "XXXX".to_string(), unresolved: true });
        self
    }

    /// The modality.
    pub fn modality(mut self, m: Modality) -> ClaimBuilder {
        self.0.modality = m;
        self
    }

    /// A reported claim on someone's word.
    pub fn reported_by(mut self, who: &str) -> ClaimBuilder {
        self.0.modality = Modality::Reported;
        self.0.attribution = Some(who.to_string());
        self
    }

    /// The object.
    pub fn object(mut self, o: &str) -> ClaimBuilder {
        self.0.object = Some(o.to_string());
        self
    }

    /// A note.
    pub fn note(mut self, code: &str, detail: &str) -> ClaimBuilder {
        self.0.notes.push(Note::new(code, detail));
        self
    }

    /// The claim.
    pub fn build(self) -> Claim {
        self.0
    }
}
