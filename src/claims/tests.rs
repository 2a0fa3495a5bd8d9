//! Unit tests of the claims stage, one per construction, in both languages. Mentions are
//! built by hand (a needle and its value) so these tests do not depend on the grammar.

use super::*;
use crate::ingest::{Options, from_bytes};
use crate::mention::{DurationValue, Money, Percent, Quantity};
use jiff::civil::date;

/// A hand-made mention: the text to find and its value.
pub(crate) type Stub = (&'static str, MentionValue);

pub(crate) fn money(amount: i128, currency: &str) -> MentionValue {
    MentionValue::Money(Money { figure: Figure::exact(Decimal::from_int(amount)), currency: Some(currency.into()) })
}

pub(crate) fn percent(amount: i128) -> MentionValue {
    MentionValue::Percent(Percent { figure: Figure::exact(Decimal::from_int(amount)), points: false })
}

pub(crate) fn quantity(amount: i128, unit: &str) -> MentionValue {
    MentionValue::Quantity(Quantity { figure: Figure::exact(Decimal::from_int(amount)), unit: unit.into() })
}

pub(crate) fn by(y: i16, m: i8, d: i8) -> MentionValue {
    MentionValue::Date(DateValue {
        earliest: None,
        latest: Some(date(y, m, d)),
        timex: format!("{y}"),
        unresolved: false,
    })
}

pub(crate) fn years(n: u32) -> MentionValue {
    MentionValue::Duration(DurationValue { iso: format!("P{n}Y"), earliest: None, latest: None })
}

/// Runs segment + the stub mentions + claims on `text`.
pub(crate) fn run(text: &str, stubs: &[Stub]) -> Vec<Claim> {
    let rules = Rules::builtin().unwrap();
    let doc = from_bytes("t.md", "t", text.as_bytes().to_vec(), &Options::default()).unwrap();
    let sentences = crate::segment::sentences(&doc, &rules.abbreviations);
    let mut mentions = Vec::new();
    let mut from = doc.body.start;
    for (needle, value) in stubs {
        let at = from + doc.text[from..].find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
        from = at + needle.len();
        let sentence = sentences.iter().position(|s| s.range.start <= at && at < s.range.end).unwrap();
        mentions.push(Mention {
            value: value.clone(),
            text: needle.to_string(),
            span: doc.lines.span(&doc.text, at..at + needle.len()),
            sentence,
            notes: Vec::new(),
        });
    }
    extract(&doc, &sentences, &mentions, &rules)
}

fn one(text: &str, stubs: &[Stub]) -> Claim {
    let claims = run(text, stubs);
    assert_eq!(claims.len(), 1, "{:#?}", claims.iter().map(Claim::reading).collect::<Vec<_>>());
    claims.into_iter().next().unwrap()
}

fn flow(c: &Claim) -> (Option<&str>, Option<&str>, Relation, Modality) {
    (c.payer.as_deref(), c.payee.as_deref(), c.relation, c.modality)
}

// ------------------------------------------------------------------ French

#[test]
fn fr_active_purchase_with_a_payee_after_a() {
    let c = one(
        "Titre\n\nOpenAI va acheter pour 38 milliards de dollars de capacités de calcul à Amazon Web Services sur sept ans, ont annoncé lundi les deux groupes.",
        &[
            ("38 milliards de dollars", money(38_000_000_000, "USD")),
            ("sept ans", years(7)),
            ("lundi", by(2025, 11, 3)),
        ],
    );
    assert_eq!(flow(&c), (Some("OpenAI"), Some("Amazon"), Relation::Purchase, Modality::Planned));
    assert_eq!(c.duration.as_deref(), Some("P7Y"));
    assert_eq!(c.when, None, "the announcement day is not the deal's date");
    assert_eq!(c.attribution.as_deref(), Some("les deux groupes"));
    assert_eq!(c.object.as_deref(), Some("computing capacity"));
    assert_eq!(c.reading(), "OpenAI → Amazon · purchase · 38 000 000 000 USD · P7Y · planned");
    assert!(c.trigger_span.is_some() && c.amount_span.is_some());
}

#[test]
fn fr_descriptive_aliases_and_groups() {
    let c = one(
        "Titre\n\nLe créateur de ChatGPT achètera pour 38 milliards de dollars de capacités de calcul à la filiale cloud d'Amazon.",
        &[("38 milliards de dollars", money(38_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("OpenAI"), Some("Amazon"), Relation::Purchase, Modality::Planned));
    assert_eq!(c.parties, ["Amazon", "OpenAI"]);
}

#[test]
fn fr_investment_dans_reverses_the_flow() {
    let c = one(
        "Titre\n\nAmazon prévoit d'investir au minimum 38 milliards de dollars dans OpenAI sur sept ans, dans le cadre d'un partenariat.",
        &[("au minimum 38 milliards de dollars", money(38_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Amazon"), Some("OpenAI"), Relation::Investment, Modality::Planned));
}

#[test]
fn fr_passive_and_nominal_agents() {
    let c = one(
        "Forgeval SA et Boreal Iron Corp.\n\nBoreal Iron a été acquis par Forgeval pour 2,4 milliards d'euros.",
        &[("2,4 milliards d'euros", money(2_400_000_000, "EUR"))],
    );
    assert_eq!(flow(&c), (Some("Forgeval"), Some("Boreal Iron"), Relation::Purchase, Modality::Asserted));
    let c = one(
        "Titre\n\nL'acquisition par OpenAI de capacités chez AWS atteint 38 milliards de dollars.",
        &[("38 milliards de dollars", money(38_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("OpenAI"), Some("Amazon"), Relation::Purchase, Modality::Asserted));
}

#[test]
fn fr_received_investment_and_fundraising_pay_the_subject() {
    let c = one(
        "Titre\n\nOpenAI reçoit un investissement de 10 milliards de dollars de Microsoft.",
        &[("10 milliards de dollars", money(10_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Microsoft"), Some("OpenAI"), Relation::Investment, Modality::Asserted));
    let c = one(
        "Titre\n\nLa jeune pousse Tensorine a levé 1,2 M€ auprès de Microsoft.",
        &[("1,2 M€", money(1_200_000, "EUR"))],
    );
    assert_eq!(flow(&c), (Some("Microsoft"), Some("Tensorine"), Relation::Investment, Modality::Asserted));
}

#[test]
fn fr_sale_the_other_side_pays() {
    let c = one(
        "Titre\n\nAWS vend pour 38 milliards de dollars de capacités à OpenAI.",
        &[("38 milliards de dollars", money(38_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("OpenAI"), Some("Amazon"), Relation::Sale, Modality::Asserted));
}

#[test]
fn fr_speculative_with_a_named_source() {
    let c = one(
        "Titre\n\nAmazon pourrait investir jusqu'à 10 milliards de dollars dans OpenAI, selon The Information.",
        &[("jusqu'à 10 milliards de dollars", money(10_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Amazon"), Some("OpenAI"), Relation::Investment, Modality::Speculative));
    assert_eq!(c.attribution.as_deref(), Some("The Information"));
}

#[test]
fn fr_reported_share_with_its_own_clause() {
    let claims = run(
        "Titre\n\nAWS détenait 29 % du marché mondial en septembre, selon des estimations d'analystes, mais il voit Microsoft gagner 3 % par an.",
        &[("29 %", percent(29)), ("en septembre", by(2025, 9, 30)), ("3 %", percent(3))],
    );
    assert_eq!(claims.len(), 2);
    let c = &claims[0];
    assert_eq!((c.relation, c.modality), (Relation::Share, Modality::Reported));
    assert_eq!(c.parties, ["Amazon"]);
    assert_eq!(c.object.as_deref(), Some("market share"));
    assert_eq!(c.attribution.as_deref(), Some("des estimations d'analystes"));
    assert!(c.when.is_some());
    assert_eq!(claims[1].when, None, "the date belongs to the other clause");
    assert_eq!(claims[1].parties, ["Microsoft"]);
    assert_eq!(claims[1].id, "t#1.1");
}

#[test]
fn fr_relative_clauses_take_their_antecedent() {
    let c = one(
        "Titre\n\nJusqu'ici, OpenAI s'appuyait sur Microsoft, qui a investi 13 milliards de dollars environ dans le laboratoire.",
        &[("13 milliards de dollars environ", money(13_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Microsoft"), Some("OpenAI"), Relation::Investment, Modality::Asserted));
    let c = one(
        "Titre\n\nIl n'oublie pas Anthropic, le rival d'OpenAI, dans lequel Amazon a déjà investi 8 milliards de dollars.",
        &[("8 milliards de dollars", money(8_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Amazon"), Some("Anthropic"), Relation::Investment, Modality::Asserted));
}

#[test]
fn fr_discourse_fills_the_headline_parties() {
    let claims = run(
        "OpenAI s'offre des capacités chez Amazon\n\nOpenAI va acheter des capacités à Amazon. Selon les termes de ce partenariat, l'ensemble des capacités doit être déployé avant la fin 2026. Selon les termes de ce partenariat, Amazon prévoit d'investir 38 milliards de dollars.",
        &[("avant la fin 2026", by(2026, 12, 31)), ("38 milliards de dollars", money(38_000_000_000, "USD"))],
    );
    assert_eq!(claims.len(), 2);
    let m = &claims[0];
    assert_eq!((m.relation, m.milestone.as_deref()), (Relation::Milestone, Some("deployment")));
    assert_eq!(m.parties, ["Amazon", "OpenAI"]);
    assert_eq!((m.modality, m.attribution.as_deref()), (Modality::Planned, None));
    assert_eq!(m.when.as_ref().and_then(|w| w.latest), Some(date(2026, 12, 31)));
    assert_eq!(flow(&claims[1]), (Some("Amazon"), Some("OpenAI"), Relation::Investment, Modality::Planned));
}

#[test]
fn fr_each_claim_takes_its_own_clause() {
    let claims = run(
        "OpenAI et Amazon\n\nAmazon a investi 8 milliards de dollars dans Anthropic, et OpenAI prévoit un déploiement complet avant la fin 2026.",
        &[("8 milliards de dollars", money(8_000_000_000, "USD")), ("avant la fin 2026", by(2026, 12, 31))],
    );
    assert_eq!(claims.len(), 2);
    assert_eq!((claims[0].relation, claims[0].when.is_none()), (Relation::Investment, true));
    assert_eq!((claims[1].relation, claims[1].milestone.as_deref()), (Relation::Milestone, Some("deployment")));
    assert_eq!(claims[1].modality, Modality::Planned);
}

#[test]
fn fr_profitability_milestone() {
    let c = one("OpenAI et Amazon\n\nOpenAI ne sera pas rentable avant 2029.", &[("avant 2029", by(2028, 12, 31))]);
    assert_eq!((c.relation, c.milestone.as_deref()), (Relation::Milestone, Some("profitability")));
    assert_eq!(c.parties, ["OpenAI"], "a party's own milestone");
    let c = one(
        "OpenAI et Amazon\n\nAmazon says the servers will be fully deployed by the end of 2026.",
        &[("by the end of 2026", by(2026, 12, 31))],
    );
    assert_eq!(c.parties, ["Amazon", "OpenAI"], "the speaker is not the milestone's party: the main deal's");
}

#[test]
fn fr_measures_name_what_they_measure() {
    let claims = run(
        "Titre\n\nLes revenus d'AWS ont progressé de 20 % au dernier trimestre, à 33 milliards de dollars. Selon les termes de ce partenariat, le volume du contrat doit croître de 20 pour cent par an. Le groupe a annoncé la suppression de 14 000 postes.",
        &[
            ("20 %", percent(20)),
            ("33 milliards de dollars", money(33_000_000_000, "USD")),
            ("20 pour cent", percent(20)),
            ("14 000 postes", quantity(14_000, "postes")),
        ],
    );
    let got: Vec<(Relation, Option<&str>)> = claims.iter().map(|c| (c.relation, c.object.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Relation::Growth, Some("revenue growth")),
            (Relation::Revenue, Some("revenue")),
            (Relation::Growth, Some("contract growth")),
            (Relation::Workforce, Some("workforce")),
        ]
    );
    assert_eq!(claims[0].parties, ["Amazon"]);
    assert_eq!(claims[3].parties, ["Amazon"], "`le groupe` is the organisation spoken of before");
}

#[test]
fn fr_availability_same_source_and_valuation() {
    let claims = run(
        "OpenAI et Amazon\n\nLa totalité de la capacité sera disponible d'ici la fin de l'année prochaine. Amazon pourrait investir 10 milliards de dollars dans OpenAI, selon The Information. Un tel accord valoriserait OpenAI à plus de 500 milliards de dollars, selon la même source.",
        &[
            ("d'ici la fin de l'année prochaine", by(2026, 12, 31)),
            ("10 milliards de dollars", money(10_000_000_000, "USD")),
            ("plus de 500 milliards de dollars", money(500_000_000_000, "USD")),
        ],
    );
    assert_eq!(claims[0].milestone.as_deref(), Some("availability"));
    assert_eq!(claims[0].modality, Modality::Planned);
    let v = &claims[2];
    assert_eq!((v.relation, v.modality), (Relation::Valuation, Modality::Speculative));
    assert_eq!(v.parties, ["OpenAI"]);
    assert_eq!(v.attribution.as_deref(), Some("The Information"), "`la même source` is the previous one");
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "T\n\n’’’ , qui , dont ; : — – - ,",
        "Le groupe, qui, dans lequel ; X SA : Y Corp., Inc. plc",
        "T\n\nSA Corp. Inc. d' l' L' 's ’s « » (AWS) – OpenAI, qui",
        "É\n\nœ Œ ß ﬁ İ ǅ 😀 l’Œuvre SA achète à à à par par",
    ] {
        let _ = run(text, &[]);
        let rules = Rules::builtin().unwrap();
        let doc = from_bytes("t.md", "t", text.as_bytes().to_vec(), &Options::default());
        if let Ok(doc) = doc {
            let _ = crate::extract(doc, &rules);
        }
    }
}

// ------------------------------------------------------------------ English

#[test]
fn en_purchase_with_self_attribution_stays_firm() {
    let c = one(
        "Title\n\nOpenAI will buy $38 billion of computing capacity from Amazon Web Services over seven years, according to the companies.",
        &[("$38 billion", money(38_000_000_000, "USD")), ("seven years", years(7))],
    );
    assert_eq!(flow(&c), (Some("OpenAI"), Some("Amazon"), Relation::Purchase, Modality::Planned));
    assert_eq!(c.attribution.as_deref(), Some("the companies"));
}

#[test]
fn en_investment_in_and_direct_objects() {
    let c = one(
        "Forgeval SA and Boreal Iron Corp.\n\nCanadian miner Boreal Iron Corp. will invest €2.4 billion in French steelmaker Forgeval SA, the two companies said on Monday.",
        &[("€2.4 billion", money(2_400_000_000, "EUR")), ("on Monday", by(2025, 9, 15))],
    );
    assert_eq!(flow(&c), (Some("Boreal Iron"), Some("Forgeval"), Relation::Investment, Modality::Planned));
    assert_eq!(c.when, None);
    let c = one(
        "Forgeval SA and Boreal Iron Corp.\n\nFrench steelmaker Forgeval SA will buy Canadian miner Boreal Iron Corp. for €2.4 billion.",
        &[("€2.4 billion", money(2_400_000_000, "EUR"))],
    );
    assert_eq!(flow(&c), (Some("Forgeval"), Some("Boreal Iron"), Relation::Purchase, Modality::Planned));
}

#[test]
fn en_passive_agent() {
    let c = one(
        "Forgeval SA and Boreal Iron Corp.\n\nBoreal Iron Corp. was acquired by Forgeval SA for €2.4 billion.",
        &[("€2.4 billion", money(2_400_000_000, "EUR"))],
    );
    assert_eq!(flow(&c), (Some("Forgeval"), Some("Boreal Iron"), Relation::Purchase, Modality::Asserted));
}

#[test]
fn en_hedges_and_clauses() {
    let c = one(
        "Title\n\nAmazon is said to be in talks to invest up to US$10 billion in Sam Altman's company as well.",
        &[("up to US$10 billion", money(10_000_000_000, "USD"))],
    );
    assert_eq!(flow(&c), (Some("Amazon"), Some("OpenAI"), Relation::Investment, Modality::Speculative));
    let claims = run(
        "Title\n\nNvidia has said it could invest up to $100bn in OpenAI, and OpenAI has also lined up a $300 billion computing contract with Oracle.",
        &[("up to $100bn", money(100_000_000_000, "USD")), ("$300 billion", money(300_000_000_000, "USD"))],
    );
    assert_eq!(flow(&claims[0]), (Some("Nvidia"), Some("OpenAI"), Relation::Investment, Modality::Speculative));
    assert_eq!((claims[1].relation, claims[1].modality), (Relation::Agreement, Modality::Asserted));
    assert_eq!(claims[1].parties, ["OpenAI", "Oracle"]);
}

#[test]
fn en_milestones_and_measures() {
    let claims = run(
        "OpenAI signs deal with Amazon\n\nThe deal is expected to close in October. Amazon shares rose about 5% on Monday. Tensorine raised $10 million from Microsoft, the startup said.",
        &[("in October", by(2025, 10, 31)), ("about 5%", percent(5)), ("$10 million", money(10_000_000, "USD"))],
    );
    assert_eq!((claims[0].relation, claims[0].milestone.as_deref()), (Relation::Milestone, Some("closing")));
    assert_eq!(
        (claims[0].parties.clone(), claims[0].modality),
        (vec!["Amazon".to_string(), "OpenAI".to_string()], Modality::Planned)
    );
    assert_eq!((claims[1].relation, claims[1].object.as_deref()), (Relation::Growth, Some("share price growth")));
    assert_eq!(claims[1].parties, ["Amazon"]);
    assert_eq!(flow(&claims[2]).0, Some("Microsoft"));
}

// ------------------------------------------------------------------ no entity rules

fn steel(file: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories/steel").join(file),
    )
    .unwrap()
}

#[test]
fn steel_story_parties_and_directions_through_the_generic_path() {
    let fr1 = run(&steel("01-hebdo-industrie.md"), &[("2,4 milliards d'euros", money(2_400_000_000, "EUR"))]);
    assert_eq!(flow(&fr1[0]), (Some("Forgeval"), Some("Boreal Iron"), Relation::Purchase, Modality::Planned));
    let fr2 = run(&steel("02-journal-metaux.md"), &[("pour 2,4 milliards d'euros", money(2_400_000_000, "EUR"))]);
    // The headline's figure, then the lead's.
    assert!(fr2.iter().all(|c| flow(c).0 == Some("Forgeval") && flow(c).1 == Some("Boreal Iron")), "{fr2:#?}");
    let en3 = run(&steel("03-northern-metals-wire.md"), &[("for €2.4 billion,", money(2_400_000_000, "EUR"))]);
    assert_eq!(flow(&en3[0]), (Some("Forgeval"), Some("Boreal Iron"), Relation::Purchase, Modality::Planned));
    let en4 = run(&steel("04-resource-ledger.md"), &[("will invest €2.4 billion", money(2_400_000_000, "EUR"))]);
    assert_eq!(flow(&en4[0]), (Some("Boreal Iron"), Some("Forgeval"), Relation::Investment, Modality::Planned));
    let closing = run(&steel("03-northern-metals-wire.md"), &[("in the first half of 2026", by(2026, 6, 30))]);
    assert_eq!(closing[0].milestone.as_deref(), Some("closing"));
    assert_eq!(closing[0].parties, ["Boreal Iron", "Forgeval"]);
}

#[test]
fn unseen_story_short_forms_multiword_names_and_led_by() {
    let claims = run(
        "Kestrel Robotics raises money\n\nKestrel Robotics said it had raised $250 million in a funding round led by Halden Capital. Separately, Orrin Logistics agreed to buy 400 robots from Kestrel for $36 million, Orrin said. The factory is expected to open in the first quarter of 2027.",
        &[
            ("$250 million", money(250_000_000, "USD")),
            ("$36 million", money(36_000_000, "USD")),
            ("in the first quarter of 2027", by(2027, 3, 31)),
        ],
    );
    assert_eq!(
        flow(&claims[0]),
        (Some("Halden Capital"), Some("Kestrel Robotics"), Relation::Investment, Modality::Asserted)
    );
    assert_eq!(
        flow(&claims[1]),
        (Some("Orrin Logistics"), Some("Kestrel Robotics"), Relation::Purchase, Modality::Asserted)
    );
    assert_eq!(claims[1].attribution.as_deref(), Some("Orrin Logistics"));
    assert_eq!(claims[2].milestone.as_deref(), Some("opening"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever the text, the whole pipeline up to claims returns without panicking and
    /// every claim span lies on character boundaries of the file.
    #[test]
    fn any_text_gives_claims_without_panicking(body in "[A-Za-zÉéèàçœ’' ,.;:—()«»%$€0-9\u{a0}\u{202f}-]{0,160}") {
        let rules = Rules::builtin().unwrap();
        let text = format!("Titre SA\n\n{body} OpenAI, qui achète à AWS, dans lequel Forgeval SA investit 3 milliards.");
        let doc = from_bytes("t.md", "t", text.into_bytes(), &Options::default()).unwrap();
        let x = crate::extract(doc, &rules);
        for c in &x.claims {
            for s in [c.amount_span, c.trigger_span, c.when_span].into_iter().flatten() {
                proptest::prop_assert!(x.document.text.get(s.range()).is_some());
            }
        }
    }
}

#[test]
fn loans_sales_and_capital_entries_in_an_unseen_story() {
    let claims = run(
        "Velora Energy et Marlin Bank\n\nMarlin Bank va prêter 500 millions d'euros à Velora Energy. Velora Energy a emprunté 200 millions de dollars auprès de Quay Partners. Stratos Power entre au capital de Velora Energy à hauteur de 300 millions d'euros. Velora Energy vend des turbines à Stratos Power pour 90 millions de dollars.",
        &[
            ("500 millions d'euros", money(500_000_000, "EUR")),
            ("200 millions de dollars", money(200_000_000, "USD")),
            ("300 millions d'euros", money(300_000_000, "EUR")),
            ("90 millions de dollars", money(90_000_000, "USD")),
        ],
    );
    let flows: Vec<_> = claims.iter().map(flow).collect();
    assert_eq!(
        flows,
        [
            (Some("Marlin Bank"), Some("Velora Energy"), Relation::Loan, Modality::Planned),
            (Some("Quay Partners"), Some("Velora Energy"), Relation::Loan, Modality::Asserted),
            (Some("Stratos Power"), Some("Velora Energy"), Relation::Investment, Modality::Asserted),
            (Some("Stratos Power"), Some("Velora Energy"), Relation::Sale, Modality::Asserted),
        ]
    );
}

#[test]
fn a_deal_term_in_a_sentence_of_its_own_is_an_agreement_claim() {
    let text = "Acme SA achète Globex SA\n\nAcme SA va acheter Globex SA pour 38 milliards de dollars. \
                Le contrat court sur sept ans. Le projet a vu le jour il y a dix ans. \
                Acme s'engage à garder les emplois pendant trois ans dans le cadre de l'accord.";
    let claims = run(
        text,
        &[
            ("38 milliards de dollars", money(38_000_000_000, "USD")),
            ("sur sept ans", years(7)),
            ("dix ans", years(10)),
            ("pendant trois ans", years(3)),
        ],
    );
    let terms: Vec<(&str, Vec<&str>)> = claims
        .iter()
        .filter(|c| c.amount.is_none() && c.duration.is_some())
        .map(|c| (c.duration.as_deref().unwrap_or(""), c.parties.iter().map(String::as_str).collect()))
        .collect();
    // Only the contract's term: not a distance in time, not a pledge's length.
    assert_eq!(terms, [("P7Y", vec!["Acme", "Globex"])]);
    assert!(claims.iter().any(|c| c.duration.as_deref() == Some("P7Y") && c.relation == Relation::Agreement));
}

#[test]
fn selling_a_stake_is_a_sale_not_an_investment() {
    let en = run(
        "Halvard Telecom sells its stake\n\nHalvard Telecom agreed to sell its 45% stake in Norrow Towers to Kestrel Capital for €3.2 billion. Kestrel Capital bought a stake in Norrow Towers for €1 billion.",
        &[("€3.2 billion", money(3_200_000_000, "EUR")), ("€1 billion", money(1_000_000_000, "EUR"))],
    );
    let flows: Vec<_> = en.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    assert_eq!(
        flows,
        [
            (Some("Kestrel Capital"), Some("Halvard Telecom"), Relation::Sale, Modality::Asserted),
            // Buying a stake is a purchase paid to the company the stake is in (as
            // `racheter une participation dans X`), not an investment: else the two
            // languages frame one fact differently.
            (Some("Kestrel Capital"), Some("Norrow Towers"), Relation::Purchase, Modality::Asserted),
        ]
    );
    let fr = run(
        "Halvard Telecom cède sa participation\n\nHalvard Telecom a accepté de céder sa prise de participation dans Norrow Towers à Kestrel Capital pour 3,2 milliards d'euros.",
        &[("3,2 milliards d'euros", money(3_200_000_000, "EUR"))],
    );
    let flows: Vec<_> = fr.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    assert_eq!(flows, [(Some("Kestrel Capital"), Some("Halvard Telecom"), Relation::Sale, Modality::Asserted)]);
}

#[test]
fn a_relative_clause_between_object_and_price_does_not_make_its_antecedent_the_payer() {
    let fr = run(
        "Halvard Telecom rachète Norrow Fibre\n\nHalvard Telecom a annoncé lundi le rachat de Norrow Fibre, qui exploite 2,1 millions de prises, pour 3,2 milliards d'euros. Le fonds Kestrel Capital, qui détient 20 % de Norrow Fibre, a investi 90 millions d'euros dans Halvard Telecom.",
        &[("3,2 milliards d'euros", money(3_200_000_000, "EUR")), ("90 millions d'euros", money(90_000_000, "EUR"))],
    );
    let flows: Vec<_> = fr.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    assert_eq!(
        flows,
        [
            (Some("Halvard Telecom"), Some("Norrow Fibre"), Relation::Purchase, Modality::Asserted),
            // A subject antecedent still speaks for the rest of its clause.
            (Some("Kestrel Capital"), Some("Halvard Telecom"), Relation::Investment, Modality::Asserted),
        ]
    );
    let en = run(
        "Halvard Telecom to buy Norrow Fibre\n\nHalvard Telecom agreed to buy Norrow Fibre, which operates 2.1 million lines, for €3.2 billion.",
        &[("€3.2 billion", money(3_200_000_000, "EUR"))],
    );
    let flows: Vec<_> = en.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    assert_eq!(flows, [(Some("Halvard Telecom"), Some("Norrow Fibre"), Relation::Purchase, Modality::Asserted)]);
}

#[test]
fn both_names_of_a_coordinated_subject_are_parties() {
    let fr = run(
        "Orvane signe un accord\n\nOrvane a annoncé lundi un partenariat. Orvane et Kestiva ont annoncé un accord de 2 milliards d'euros.",
        &[("2 milliards d'euros", money(2_000_000_000, "EUR"))],
    );
    let deal = fr.iter().find(|c| c.amount.is_some()).expect("a claim");
    assert_eq!(deal.parties, ["Kestiva", "Orvane"]);
    let en = run(
        "Orvane and Kestiva deal\n\nOrvane said on Monday it had a deal. Orvane and Kestiva will pay $2 billion for Brio Labs. Revenue and Kestiva-like Sales rose.",
        &[("$2 billion", money(2_000_000_000, "USD"))],
    );
    let deal = en.iter().find(|c| c.amount.is_some()).expect("a claim");
    assert_eq!(deal.parties, ["Brio Labs", "Kestiva", "Orvane"]);
    assert_eq!(flow(deal), (Some("Orvane"), Some("Brio Labs"), Relation::Purchase, Modality::Planned));
}

#[test]
fn buying_a_stake_is_a_purchase() {
    let en = run(
        "Kestrel Capital to buy Vauclair\n\nKestrel Capital agreed to buy a 75% stake in Vauclair Athletic from Orvane Holdings for €180 million.",
        &[("€180 million", money(180_000_000, "EUR"))],
    );
    let flows: Vec<_> = en.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    // The company the stake is in comes first; the seller is a party too.
    assert_eq!(flows, [(Some("Kestrel Capital"), Some("Vauclair Athletic"), Relation::Purchase, Modality::Asserted)]);
    assert!(en.iter().any(|c| c.amount.is_some() && c.parties.iter().any(|p| p == "Orvane")), "{en:#?}");
}

#[test]
fn a_valuation_measures_the_verbs_object_or_the_deal_a_pronoun_stands_for() {
    let main = ["Kestrel Capital", "Vauclair Athletic"];
    // `qui le valorise`: the pronoun is the club bought, not the buyer.
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète Vauclair Athletic pour 180 millions d'euros, une transaction qui le valorise à 240 millions d'euros.",
        &[("180 millions d'euros", money(180_000_000, "EUR")), ("240 millions d'euros", money(240_000_000, "EUR"))],
    );
    let v = fr.iter().find(|c| c.relation == Relation::Valuation).expect("a valuation");
    assert_eq!(v.parties, main);
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy Vauclair Athletic for €180 million, valuing it at €240 million.",
        &[("€180 million", money(180_000_000, "EUR")), ("€240 million", money(240_000_000, "EUR"))],
    );
    let v = en.iter().find(|c| c.relation == Relation::Valuation).expect("a valuation");
    assert_eq!(v.parties, main);
    // A named object is what is valued.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy soccer club Vauclair Athletic from Orvane Holdings for €180 million, valuing the club at €240 million.",
        &[("€180 million", money(180_000_000, "EUR")), ("€240 million", money(240_000_000, "EUR"))],
    );
    let v = en.iter().find(|c| c.relation == Relation::Valuation).expect("a valuation");
    assert_eq!(v.parties, ["Vauclair Athletic"]);
}

#[test]
fn a_noun_complement_before_the_subject_does_not_govern_it() {
    // `d'investissement` belongs to `fonds`: the name after it is the subject.
    let fr = run(
        "Titre\n\nLe fonds d'investissement américain Kestrel Capital va racheter Vauclair Athletic pour 180 millions d'euros.",
        &[("180 millions d'euros", money(180_000_000, "EUR"))],
    );
    let flows: Vec<_> = fr.iter().filter(|c| c.amount.is_some()).map(flow).collect();
    assert_eq!(flows, [(Some("Kestrel Capital"), Some("Vauclair Athletic"), Relation::Purchase, Modality::Planned)]);
}

#[test]
fn a_percentage_bought_is_the_stake_between_buyer_and_target() {
    let fr = run(
        "Titre\n\nKestrel Capital va racheter 75 % de Vauclair Athletic pour 180 millions d'euros. Kestrel Capital a pris une participation de 25 % dans Orvane Holdings.",
        &[("75 %", percent(75)), ("180 millions d'euros", money(180_000_000, "EUR")), ("25 %", percent(25))],
    );
    let en = run(
        "Title\n\nKestrel Capital agreed to buy a 75% stake in Vauclair Athletic for €180 million. Kestrel Capital acquired 25% of Orvane Holdings.",
        &[("75%", percent(75)), ("€180 million", money(180_000_000, "EUR")), ("25%", percent(25))],
    );
    for claims in [&fr, &en] {
        let readings: Vec<String> = claims.iter().map(Claim::reading).collect();
        let stakes: Vec<(&[String], Option<&str>)> = claims
            .iter()
            .filter(|c| c.relation == Relation::Share)
            .map(|c| (c.parties.as_slice(), c.object.as_deref()))
            .collect();
        let target = ["Kestrel Capital".to_string(), "Vauclair Athletic".to_string()];
        let other = ["Kestrel Capital".to_string(), "Orvane".to_string()];
        assert_eq!(stakes, [(&target[..], Some(STAKE_ACQUIRED)), (&other[..], Some(STAKE_ACQUIRED))], "{readings:#?}");
        let price = claims.iter().find(|c| c.relation == Relation::Purchase).expect("the price");
        assert_eq!(price.payer.as_deref(), Some("Kestrel Capital"), "{readings:#?}");
    }
}

#[test]
fn a_percentage_that_is_not_a_share_of_a_company_is_no_stake() {
    let en = run(
        "Title\n\nKestrel Capital bought Vauclair Athletic at a 20% premium. Kestrel Capital sold its 45% stake in Orvane Holdings.",
        &[("20%", percent(20)), ("45%", percent(45))],
    );
    let readings: Vec<String> = en.iter().map(Claim::reading).collect();
    assert!(en.iter().all(|c| c.object.as_deref() != Some(STAKE_ACQUIRED)), "{readings:#?}");
}

#[test]
fn a_stake_held_names_the_holder_and_the_company() {
    let fr = one(
        "Kestrel Capital et Vauclair Athletic\n\nKestrel Capital détient 20 % de Vauclair Athletic.",
        &[("20 %", percent(20))],
    );
    let en = one(
        "Kestrel Capital and Vauclair Athletic\n\nKestrel Capital holds a 20% stake in Vauclair Athletic.",
        &[("20%", percent(20))],
    );
    for c in [fr, en] {
        assert_eq!(c.relation, Relation::Share);
        assert_eq!(c.parties, ["Kestrel Capital", "Vauclair Athletic"]);
        assert_ne!(c.object.as_deref(), Some(STAKE_ACQUIRED), "held, not bought");
    }
}

#[test]
fn assets_under_management_measure_the_manager() {
    let fr = one(
        "Kestrel Capital\n\nKestrel Capital gère plus de 12 milliards de dollars d'actifs.",
        &[("12 milliards de dollars", money(12_000_000_000, "USD"))],
    );
    let en = one(
        "Kestrel Capital\n\nKestrel Capital manages more than $12 billion in assets.",
        &[("$12 billion", money(12_000_000_000, "USD"))],
    );
    for c in [fr, en] {
        assert_eq!((c.relation, c.parties.as_slice()), (Relation::Assets, &["Kestrel Capital".to_string()][..]));
        assert_eq!(c.object.as_deref(), Some("assets under management"));
        assert!(!c.relation.is_deal());
    }
    let managed_to =
        run("Title\n\nKestrel Capital managed to raise $1 billion.", &[("$1 billion", money(1_000_000_000, "USD"))]);
    assert!(managed_to.iter().all(|c| c.relation != Relation::Assets));
}

#[test]
fn a_stake_is_a_share_of_what_is_bought_not_of_the_seller() {
    let c = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital va acquérir 75 % de Vauclair Athletic auprès de la holding Orvane Holdings pour 180 millions d'euros.",
        &[("75 %", percent(75)), ("180 millions d'euros", money(180_000_000, "EUR"))],
    );
    let stake = c.iter().find(|c| c.relation == Relation::Share).expect("a stake");
    assert_eq!(stake.parties, ["Kestrel Capital", "Vauclair Athletic"]);
}

/// One claim in short: the relation, then payer and payee for a deal, or the object (and
/// none) for a measure, then the amount.
type Reading = (Relation, Option<String>, Option<String>, Option<String>);

/// The [`Reading`]s of the claims with a figure, for short asserts.
fn readings(claims: &[Claim]) -> Vec<Reading> {
    claims
        .iter()
        .filter(|c| c.amount.is_some())
        .map(|c| {
            let amount = c.amount.as_ref().map(|a| a.figure.amount.to_string());
            if c.relation.is_deal() {
                (c.relation, c.payer.clone(), c.payee.clone(), amount)
            } else {
                (c.relation, c.object.clone(), None, amount)
            }
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn a_price_per_share_is_a_unit_price_never_a_deal_total() {
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital agreed to buy Vauclair Athletic for $42 a share in cash.",
        &[("$42", money(42, "USD"))],
    );
    assert_eq!(readings(&en), [(Relation::Other, s(deal_price::PER_SHARE), None, s("42"))]);
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète Vauclair Athletic pour 42 euros par action.",
        &[("42 euros", money(42, "EUR"))],
    );
    assert_eq!(readings(&fr), [(Relation::Other, s(deal_price::PER_SHARE), None, s("42"))]);
    // A total stays the purchase, and a share *of* something is no unit.
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète Vauclair Athletic pour 8 milliards d'euros.",
        &[("8 milliards d'euros", money(8_000_000_000, "EUR"))],
    );
    let purchase = (Relation::Purchase, s("Kestrel Capital"), s("Vauclair Athletic"), s("8000000000"));
    assert_eq!(readings(&fr), [purchase]);
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy Vauclair Athletic for $8000000000 a share of which goes to staff.",
        &[("$8000000000", money(8_000_000_000, "USD"))],
    );
    assert_eq!(readings(&en).first().map(|r| r.0), Some(Relation::Purchase));
}

#[test]
fn a_valuation_the_deal_gives_is_its_price() {
    let purchase = |amount: &str| (Relation::Purchase, s("Kestrel Capital"), s("Vauclair Athletic"), s(amount));
    // The only total of a purchase said per share is the deal's valuation of the target.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital has agreed to buy Vauclair Athletic for $42 a share, valuing the club at about $8100000000, the companies said.",
        &[("$42", money(42, "USD")), ("$8100000000", money(8_100_000_000, "USD"))],
    );
    assert_eq!(readings(&en)[1], purchase("8100000000"), "{:?}", readings(&en));
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital is buying Vauclair Athletic in a cash-and-stock deal that values the club at $8600000000.",
        &[("$8600000000", money(8_600_000_000, "USD"))],
    );
    assert_eq!(readings(&en), [purchase("8600000000")]);
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète Vauclair Athletic, une opération qui valorise le club à 240 millions d'euros.",
        &[("240 millions d'euros", money(240_000_000, "EUR"))],
    );
    assert_eq!(readings(&fr), [purchase("240000000")]);
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital a racheté Vauclair Athletic, valorisant le club à 240 millions d'euros.",
        &[("240 millions d'euros", money(240_000_000, "EUR"))],
    );
    assert_eq!(readings(&fr), [purchase("240000000")]);
}

#[test]
fn a_company_stake_or_enterprise_valuation_stays_a_valuation() {
    let valuation =
        |claims: &[Claim]| claims.iter().filter(|c| c.amount.is_some()).map(|c| c.relation).collect::<Vec<_>>();
    // A company's own valuation, with no purchase.
    let en = run(
        "Vauclair Athletic raises money\n\nVauclair Athletic is valued at $2000000000 after the round.",
        &[("$2000000000", money(2_000_000_000, "USD"))],
    );
    assert_eq!(valuation(&en), [Relation::Valuation]);
    // A stake's deal values the whole company.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy a stake in Vauclair Athletic in a deal valuing the club at €240 million.",
        &[("€240 million", money(240_000_000, "EUR"))],
    );
    assert_eq!(valuation(&en), [Relation::Valuation]);
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète 30 % de Vauclair Athletic, une opération qui valorise le club à 240 millions d'euros.",
        &[("30 %", percent(30)), ("240 millions d'euros", money(240_000_000, "EUR"))],
    );
    assert_eq!(valuation(&fr), [Relation::Share, Relation::Valuation]);
    // An enterprise value counts the debt: not the price.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital agreed to buy Vauclair Athletic in a deal that values the club at $9600000000 including debt.",
        &[("$9600000000", money(9_600_000_000, "USD"))],
    );
    assert_eq!(valuation(&en), [Relation::Valuation]);
    // With the price stated, a valuation stays one; a described object (`the soccer club`)
    // stands for the deal's target like a pronoun, so the buyer alone is not what is valued.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy Vauclair Athletic for €180 million, valuing the soccer club at €240 million.",
        &[("€180 million", money(180_000_000, "EUR")), ("€240 million", money(240_000_000, "EUR"))],
    );
    let v = en.iter().find(|c| c.relation == Relation::Valuation).expect("a valuation");
    assert_eq!(v.parties, ["Kestrel Capital", "Vauclair Athletic"]);
    // A passive `valued at` after the purchase describes the company, not the deal.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital bought Vauclair Athletic, valued at $2000000000 last year.",
        &[("$2000000000", money(2_000_000_000, "USD"))],
    );
    assert_eq!(valuation(&en), [Relation::Valuation]);
}

#[test]
fn a_ranking_after_a_deal_figure_does_not_date_the_deal() {
    let year = MentionValue::Date(DateValue {
        earliest: Some(date(2026, 1, 1)),
        latest: Some(date(2026, 12, 31)),
        timex: "2026".into(),
        unresolved: false,
    });
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy Vauclair Athletic for $8000000000, the biggest deal in the sector this year.",
        &[("$8000000000", money(8_000_000_000, "USD")), ("this year", year.clone())],
    );
    let deal = en.iter().find(|c| c.relation == Relation::Purchase).expect("a purchase");
    assert_eq!(deal.when, None);
    let fr = run(
        "Kestrel Capital rachète Vauclair Athletic\n\nKestrel Capital rachète Vauclair Athletic pour 8 milliards d'euros, la plus grosse opération du secteur cette année.",
        &[("8 milliards d'euros", money(8_000_000_000, "EUR")), ("cette année", year.clone())],
    );
    let deal = fr.iter().find(|c| c.relation == Relation::Purchase).expect("a purchase");
    assert_eq!(deal.when, None);
    // A date of the deal itself stays.
    let en = run(
        "Kestrel Capital to buy Vauclair Athletic\n\nKestrel Capital will buy Vauclair Athletic for $8000000000 this year.",
        &[("$8000000000", money(8_000_000_000, "USD")), ("this year", year)],
    );
    let deal = en.iter().find(|c| c.relation == Relation::Purchase).expect("a purchase");
    assert!(deal.when.is_some());
}
