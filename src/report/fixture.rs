//! A hand-built check report for the renderers' unit tests: three sources of one deal,
//! a reversed direction, a wrong duration, a hedged bound and a one-source lint.

use crate::align::{Agreement, Event};
use crate::claims::{Claim, ClaimAmount, Modality, Relation, SentenceRef};
use crate::decimal::Decimal;
use crate::findings::{Evidence, Finding, FindingKind, Severity};
use crate::ingest::{self, Document};
use crate::mention::{Bound, Figure};
use crate::{CheckReport, Extraction};

pub const A: &str = "---\nsource: lqe\npublished: 2025-11-03\nlang: fr\n---\n# OpenAI achète chez Amazon\n\nOpenAI va acheter pour 38 milliards de dollars de capacités de calcul à Amazon sur sept ans, ont annoncé lundi les deux groupes. Le montant est modeste.\n";
pub const B: &str = "---\nsource: echo\npublished: 2025-11-05\nlang: fr\n---\n# Amazon mise sur OpenAI\n\nLe groupe de Seattle frappe fort.\nAmazon prévoit d'investir au minimum 38 milliards de dollars dans OpenAI\nsur sept ans.\n";
pub const C: &str = "---\nsource: ledger\npublished: 2025-11-06\nlang: en\n---\n# OpenAI buys from AWS\n\nOpenAI will buy up to $38 billion of computing capacity from Amazon over five years, the companies said.\n";

/// An article with hostile bytes: ANSI escapes and a workflow command on its own line.
pub const HOSTILE: &str = "---\nsource: evil\npublished: 2025-11-07\nlang: en\n---\n# Deal\n\nOpenAI will buy \x1b[31m$38 billion\x1b[0m of capacity from Amazon over seven years\n::set-output name=x::pwned\n::error file=a.md::fake, 100% true.\n";

pub fn doc(path: &str, text: &str) -> Document {
    let stem = path.rsplit('/').next().unwrap_or(path).trim_end_matches(".md");
    ingest::from_bytes(path, stem, text.as_bytes().to_vec(), &ingest::Options::default()).unwrap()
}

fn span_of(doc: &Document, needle: &str) -> crate::span::Span {
    let start = doc.text.find(needle).unwrap();
    doc.lines.span(&doc.text, start..start + needle.len())
}

/// One claim of `doc` from the sentence `sentence`, with carets on `verb` and `amount`.
#[allow(clippy::too_many_arguments)]
pub fn claim(
    doc: &Document,
    index: usize,
    sentence: &str,
    relation: Relation,
    payer: &str,
    payee: &str,
    (bound, billions): (Bound, i128),
    duration: &str,
    modality: Modality,
    verb: &str,
    amount: &str,
) -> Claim {
    let mut parties = vec![payer.to_string(), payee.to_string()];
    parties.sort();
    let value = Decimal::from_int(billions * 1_000_000_000);
    Claim {
        id: format!("{}#{index}", doc.source),
        source: doc.source.clone(),
        relation,
        payer: Some(payer.to_string()),
        payee: Some(payee.to_string()),
        parties,
        object: None,
        amount: Some(ClaimAmount {
            figure: Figure::bounded(bound, value),
            currency: Some("USD".to_string()),
            unit: None,
        }),
        duration: Some(duration.to_string()),
        when: None,
        milestone: None,
        modality,
        attribution: None,
        notes: Vec::new(),
        sentence: SentenceRef { text: sentence.to_string(), span: span_of(doc, sentence) },
        amount_span: Some(span_of(doc, amount)),
        trigger_span: Some(span_of(doc, verb)),
        when_span: None,
    }
}

fn evidence(c: &Claim) -> Evidence {
    Evidence {
        source: c.source.clone(),
        claim: c.id.clone(),
        text: c.sentence.text.clone(),
        span: c.sentence.span,
        reading: c.reading(),
    }
}

fn extraction(document: Document, claims: Vec<Claim>) -> Extraction {
    Extraction { document, sentences: Vec::new(), mentions: Vec::new(), claims }
}

/// The report: sources `lqe` (a.md), `echo` (b.md), `ledger` (c.md).
pub fn report() -> CheckReport {
    let (a, b, c) = (doc("corpus/a.md", A), doc("corpus/b.md", B), doc("corpus/c.md", C));
    let ca = claim(
        &a,
        1,
        "OpenAI va acheter pour 38 milliards de dollars de capacités de calcul à Amazon sur sept ans, ont annoncé lundi les deux groupes.",
        Relation::Purchase,
        "OpenAI",
        "Amazon",
        (Bound::Exact, 38),
        "P7Y",
        Modality::Asserted,
        "va acheter",
        "38 milliards de dollars",
    );
    let cb = claim(
        &b,
        2,
        "Amazon prévoit d'investir au minimum 38 milliards de dollars dans OpenAI\nsur sept ans.",
        Relation::Investment,
        "Amazon",
        "OpenAI",
        (Bound::AtLeast, 38),
        "P7Y",
        Modality::Planned,
        "investir",
        "au minimum 38 milliards de dollars",
    );
    let cc = claim(
        &c,
        1,
        "OpenAI will buy up to $38 billion of computing capacity from Amazon over five years, the companies said.",
        Relation::Purchase,
        "OpenAI",
        "Amazon",
        (Bound::AtMost, 38),
        "P5Y",
        Modality::Asserted,
        "will buy",
        "up to $38 billion",
    );
    let event = Event {
        id: "E1".to_string(),
        label: "Amazon ↔ OpenAI · 38 000 000 000 USD".to_string(),
        parties: vec!["Amazon".to_string(), "OpenAI".to_string()],
        claims: vec![ca.id.clone(), cb.id.clone(), cc.id.clone()],
        agreement: vec![
            Agreement {
                reading: "OpenAI → Amazon · purchase".to_string(),
                sources: vec!["ledger".to_string(), "lqe".to_string()],
            },
            Agreement { reading: "Amazon → OpenAI · investment".to_string(), sources: vec!["echo".to_string()] },
        ],
    };
    let findings = vec![
        Finding {
            rule: "direction-conflict".to_string(),
            kind: FindingKind::Direction,
            severity: Severity::Error,
            event: Some("E1".to_string()),
            message: "echo says Amazon pays OpenAI; lqe and ledger say OpenAI pays Amazon".to_string(),
            evidence: vec![evidence(&ca), evidence(&cb)],
        },
        Finding {
            rule: "duration-conflict".to_string(),
            kind: FindingKind::Duration,
            severity: Severity::Error,
            event: Some("E1".to_string()),
            message: "ledger says P5Y; lqe and echo say P7Y".to_string(),
            evidence: vec![evidence(&ca), evidence(&cc)],
        },
        Finding {
            rule: "bound-conflict".to_string(),
            kind: FindingKind::Bound,
            severity: Severity::Warning,
            event: Some("E1".to_string()),
            message: "echo says at least 38 000 000 000 USD; ledger says up to 38 000 000 000 USD".to_string(),
            evidence: vec![evidence(&cb), evidence(&cc)],
        },
        Finding {
            rule: "ambiguous-scale".to_string(),
            kind: FindingKind::Scale,
            severity: Severity::Info,
            event: None,
            message: "lqe writes an ambiguous scale word".to_string(),
            evidence: vec![evidence(&ca)],
        },
    ];
    CheckReport::new(
        vec![extraction(a, vec![ca]), extraction(b, vec![cb]), extraction(c, vec![cc])],
        vec![event],
        findings,
        Vec::new(),
    )
}

/// A report whose only source is [`HOSTILE`], with one finding quoting it.
pub fn hostile_report() -> CheckReport {
    let d = doc("corpus/evil.md", HOSTILE);
    let sentence = "OpenAI will buy \x1b[31m$38 billion\x1b[0m of capacity from Amazon over seven years\n::set-output name=x::pwned\n::error file=a.md::fake, 100% true.";
    let c = claim(
        &d,
        1,
        sentence,
        Relation::Purchase,
        "OpenAI",
        "Amazon",
        (Bound::Exact, 38),
        "P7Y",
        Modality::Asserted,
        "will buy",
        "$38 billion",
    );
    let mut ev = evidence(&c);
    ev.reading = format!("{} \x1b]0;title\x07", ev.reading);
    let finding = Finding {
        rule: "amount-conflict".to_string(),
        kind: FindingKind::Amount,
        severity: Severity::Error,
        event: Some("E1".to_string()),
        message: format!("evil says {}", sentence),
        evidence: vec![ev.clone(), ev],
    };
    CheckReport::new(vec![extraction(d, vec![c])], Vec::new(), vec![finding], Vec::new())
}

/// Snapshot settings for unit tests: top-level `snapshots/`, no module prefix.
pub fn snapshots() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}
