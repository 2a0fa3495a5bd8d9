//! Claims end to end through the binary: who pays whom on the example corpus and on the
//! steel story, which no entity rule knows.

use crate::util::{json, run};

/// `(payer, payee, relation)` of every claim of `path` whose amount is `amount`.
fn flows(path: &str, amount: &str) -> Vec<(String, String, String)> {
    let r = run(&["extract", "--format", "json", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&r);
    let s = |x: &serde_json::Value| x.as_str().unwrap_or("?").to_string();
    v["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["amount"]["amount"] == amount)
        .map(|c| (s(&c["payer"]), s(&c["payee"]), s(&c["relation"])))
        .collect()
}

fn all_read(path: &str, amount: &str, payer: &str, payee: &str, relation: &str) {
    let got = flows(path, amount);
    assert!(!got.is_empty(), "no claim of {amount} in {path}");
    for f in &got {
        assert_eq!(f, &(payer.to_string(), payee.to_string(), relation.to_string()), "{path}");
    }
}

#[test]
fn steel_story_directions_without_entity_rules() {
    let dir = "tests/fixtures/stories/steel";
    all_read(&format!("{dir}/01-hebdo-industrie.md"), "2400000000", "Forgeval", "Boreal Iron", "purchase");
    all_read(&format!("{dir}/02-journal-metaux.md"), "2400000000", "Forgeval", "Boreal Iron", "purchase");
    all_read(&format!("{dir}/03-northern-metals-wire.md"), "2400000000", "Forgeval", "Boreal Iron", "purchase");
    all_read(&format!("{dir}/04-resource-ledger.md"), "2400000000", "Boreal Iron", "Forgeval", "investment");
}

#[test]
fn example_corpus_directions() {
    let dir = "examples/openai-aws";
    for f in ["01-quotidien-eco.md", "03-gazette-numerique.md", "07-compute-notes-blog.md", "08-bulletin-cote.md"] {
        let got = flows(&format!("{dir}/{f}"), "38000000000");
        assert!(got.contains(&("OpenAI".into(), "Amazon".into(), "purchase".into())), "{f}: {got:?}");
    }
    all_read(&format!("{dir}/04-echo-marches.md"), "38000000000", "Amazon", "OpenAI", "investment");
    all_read(&format!("{dir}/09-courrier-financier.md"), "10000000000", "Amazon", "OpenAI", "investment");
    all_read(&format!("{dir}/07-compute-notes-blog.md"), "4000000000", "Amazon", "Anthropic", "investment");
}

/// A public body named by a common head noun and its complement is a party, and a
/// company named once right after a deal verb or a party preposition is the other party.
#[test]
fn public_bodies_and_names_said_once_after_a_deal_verb() {
    let dir = "tests/fixtures/parties";
    all_read(&format!("{dir}/public-bodies-fr.md"), "45000000", "Ministère de l'Intérieur", "Talvane", "purchase");
    all_read(&format!("{dir}/public-bodies-en.md"), "2000000000", "Brightwell", "Quenmoor", "purchase");
    let got = flows(&format!("{dir}/public-bodies-en.md"), "70000000");
    assert_eq!(got.len(), 1);
    let r = run(&["extract", &format!("{dir}/public-bodies-en.md")]);
    assert!(r.stdout.contains("Department for Education"), "{}", r.stdout);
}

#[test]
fn human_extract_prints_one_reading_per_claim() {
    let r = run(&["extract", "examples/openai-aws/05-wire-daily.md"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("OpenAI → Amazon · purchase · 38 000 000 000 USD"), "{}", r.stdout);
    assert!(r.stdout.contains("Nvidia → OpenAI · investment · up to 100 000 000 000 USD"), "{}", r.stdout);
}

/// Winning an order makes the winner the seller: the client pays (no entity rule knows
/// either company).
#[test]
fn a_won_order_is_paid_by_the_client() {
    let dir = crate::util::temp_dir("won-order");
    let en = crate::util::write(
        &dir,
        "en.md",
        "Titre\n\nTurbine maker Nordvind Energy said it had won an order worth €900 million from Baltic Offshore Corp. on Tuesday.\n".as_bytes(),
    );
    all_read(&en, "900000000", "Baltic Offshore", "Nordvind Energy", "sale");
    let fr = crate::util::write(
        &dir,
        "fr.md",
        "Titre\n\nLe chantier Atlantis Marine a décroché une commande de 900 millions d'euros auprès de Baltic Offshore Corp. mardi.\n"
            .as_bytes(),
    );
    all_read(&fr, "900000000", "Baltic Offshore", "Atlantis Marine", "sale");
}

/// Single-word companies at the start of sentences, with no entity rule: the lead's
/// unseen pharma story and the fibre story.
#[test]
fn sentence_initial_names_of_unseen_stories() {
    let dir = "tests/fixtures/stories/pharma";
    all_read(&format!("{dir}/01-lettre-sante.md"), "9100000000", "Sanofi", "Blueprint Medicines", "purchase");
    all_read(&format!("{dir}/02-pharma-wire.md"), "9100000000", "Sanofi", "Blueprint Medicines", "purchase");
    all_read(&format!("{dir}/03-courrier-bourse.md"), "8000000000", "Sanofi", "Blueprint Medicines", "sale");
    all_read(&format!("{dir}/04-biotech-daily.md"), "12000000000", "Sanofi", "Blueprint Medicines", "purchase");
    let dir = "tests/fixtures/stories/fibre";
    // Headline and body: `le rachat de Fibrenord, qui exploite …, pour 3,2 milliards`.
    all_read(&format!("{dir}/01-journal-telecoms.md"), "3200000000", "Telvia", "Fibrenord", "purchase");
    all_read(&format!("{dir}/02-network-wire.md"), "3200000000", "Telvia", "Fibrenord", "purchase");
    all_read(&format!("{dir}/03-lettre-operateur.md"), "3200000000", "Telvia", "Fibrenord", "sale");
    all_read(&format!("{dir}/04-infra-ledger.md"), "3500000000", "Telvia", "Fibrenord", "purchase");
    // Sentence starters never become parties.
    for path in [dir, "tests/fixtures/stories/pharma"] {
        let r = run(&["extract", "--format", "json", path]);
        let v = json(&r);
        for doc in v["documents"].as_array().unwrap() {
            for c in doc["claims"].as_array().unwrap() {
                for p in c["parties"].as_array().unwrap() {
                    let p = p.as_str().unwrap();
                    assert!(["Sanofi", "Blueprint Medicines", "Telvia", "Fibrenord"].contains(&p), "{p} in {c}");
                }
            }
        }
    }
}

/// Selling a stake is a sale paid by the buyer, not an investment in the company whose
/// stake it is (no entity rule knows the companies); both names of a coordinated subject
/// are parties.
#[test]
fn a_stake_sale_and_a_coordinated_subject_through_the_grammar() {
    let dir = crate::util::temp_dir("stake-sale");
    let en = crate::util::write(
        &dir,
        "en.md",
        "Halvard to sell stake\n\nHalvard Telecom agreed to sell its 45% stake in Norrow Towers to Kestrel Capital for €3.2 billion.\n"
            .as_bytes(),
    );
    all_read(&en, "3200000000", "Kestrel Capital", "Halvard Telecom", "sale");
    let fr = crate::util::write(
        &dir,
        "fr.md",
        "Titre\n\nHalvard Telecom a accepté de céder sa participation de 45 % dans Norrow Towers à Kestrel Capital pour 3,2 milliards d'euros.\n"
            .as_bytes(),
    );
    all_read(&fr, "3200000000", "Kestrel Capital", "Halvard Telecom", "sale");
    let pair = crate::util::write(
        &dir,
        "pair.md",
        "Titre\n\nOrvane a annoncé lundi un partenariat.\n\nOrvane et Kestiva ont annoncé un accord de 2 milliards d'euros.\n"
            .as_bytes(),
    );
    let r = run(&["extract", "--format", "json", &pair]);
    let v = json(&r);
    let parties = &v["documents"][0]["claims"][0]["parties"];
    assert_eq!(parties, &serde_json::json!(["Kestiva", "Orvane"]), "{}", r.stdout);
}

/// The football story (no entity rules): who pays whom, what the valuation is of, and
/// which capitalised words are never parties.
#[test]
fn football_story_parties_without_entity_rules() {
    let dir = "tests/fixtures/stories/football";
    let buyer = "Keystone Arena Capital";
    all_read(&format!("{dir}/01-echo-affaires.md"), "180000000", buyer, "Stade Lorvennais", "purchase");
    all_read(&format!("{dir}/02-depeche-afp.md"), "180000000", buyer, "Ferrand Participations", "purchase");
    all_read(&format!("{dir}/04-radio-eco.md"), "180000000", buyer, "Stade Lorvennais", "purchase");
    // `buy a 75% stake in … from …`: a purchase, not an investment.
    all_read(&format!("{dir}/05-sports-capital-wire.md"), "180000000", buyer, "Stade Lorvennais", "purchase");
    all_read(&format!("{dir}/06-tribune-supporters.md"), "180000000", "Ferrand Participations", buyer, "purchase");
    // `investir … dans le club`: the club is the payee, not the buyer itself.
    all_read(&format!("{dir}/01-echo-affaires.md"), "100000000", buyer, "Stade Lorvennais", "investment");
    let r = run(&["extract", "--format", "json", dir]);
    let v = json(&r);
    for doc in v["documents"].as_array().unwrap() {
        for c in doc["claims"].as_array().unwrap() {
            // `valorise le club`, `qui le valorise`, `valuing the club`: never the buyer's value.
            if c["relation"] == "valuation" {
                assert!(c["parties"].as_array().unwrap().iter().any(|p| p == "Stade Lorvennais"), "{c}");
                assert_ne!(c["parties"], serde_json::json!([buyer]), "{c}");
            }
            for p in c["parties"].as_array().unwrap() {
                let p = p.as_str().unwrap();
                assert!([buyer, "Stade Lorvennais", "Ferrand Participations", "Mutalis"].contains(&p), "{p} in {c}");
            }
        }
    }
}

/// The rights story: winning rights is buying them, the reversed blog, persons after a job
/// title and anonymous `people familiar` are never parties or a workforce.
#[test]
fn rights_story_directions_and_non_parties() {
    let dir = "tests/fixtures/stories/rights";
    let headline_and_body = flows(&format!("{dir}/01-albion-wire.md"), "1200000000");
    assert!(
        headline_and_body.iter().all(|(payer, _, rel)| payer == "Strathview Media" && rel == "purchase"),
        "{headline_and_body:?}"
    );
    assert!(headline_and_body.contains(&(
        "Strathview Media".into(),
        "Caledonian Football League".into(),
        "purchase".into()
    )));
    all_read(
        &format!("{dir}/04-pitchside-blog.md"),
        "1200000000",
        "Caledonian Football League",
        "Strathview Media",
        "purchase",
    );
    all_read(
        &format!("{dir}/05-sport-economie.md"),
        "1500000000",
        "Strathview Media",
        "Caledonian Football League",
        "purchase",
    );
    let r = run(&["extract", "--format", "json", dir]);
    let v = json(&r);
    for doc in v["documents"].as_array().unwrap() {
        for c in doc["claims"].as_array().unwrap() {
            for p in c["parties"].as_array().unwrap() {
                assert!(!["Morag Dunbar", "Alasdair Reid"].contains(&p.as_str().unwrap()), "a person as a party: {c}");
            }
            assert_ne!(c["relation"], "workforce", "`two people familiar` is no workforce: {c}");
            // Pennant's 12-year hold is not the term of Strathview's deal.
            assert_ne!(c["duration"], "P12Y", "{c}");
            // `The broadcaster reported revenue of £3.1bn`: the broadcaster named before.
            if c["relation"] == "revenue" {
                assert_eq!(c["parties"], serde_json::json!(["Strathview Media"]), "{c}");
            }
            // `said the broadcaster would launch a dedicated channel`: a reported plan.
            if c["milestone"] == "launch" && c["id"].as_str().unwrap().starts_with("02-") {
                assert_eq!(c["modality"], "planned", "{c}");
            }
        }
    }
}

/// A winning verb a few words before `order` or `contract` makes the winner the seller,
/// whatever stands between (`wins €1.2 billion turbine order from X`); before `rights`, the
/// winner buys; with no such noun, the verb frames nothing.
#[test]
fn a_won_order_with_words_between_and_won_rights() {
    let dir = crate::util::temp_dir("won-gap");
    let order = crate::util::write(
        &dir,
        "order.md",
        "Nordvind Energy wins €1.2 billion turbine order from Baltic Offshore Corp.\n\nThe order was signed on Tuesday.\n"
            .as_bytes(),
    );
    all_read(&order, "1200000000", "Baltic Offshore", "Nordvind Energy", "sale");
    let contract = crate::util::write(
        &dir,
        "contract.md",
        "Title\n\nHalden Rail Ltd has secured a £2.1bn signalling contract from Norrow Transit Corp. on Monday.\n"
            .as_bytes(),
    );
    all_read(&contract, "2100000000", "Norrow Transit", "Halden Rail", "sale");
    let rights = crate::util::write(
        &dir,
        "rights.md",
        "Title\n\nKestrel Media Group won £800m of live football rights on Monday.\n".as_bytes(),
    );
    let got = flows(&rights, "800000000");
    assert!(got.iter().all(|(payer, _, rel)| payer == "Kestrel Media" && rel == "purchase"), "{got:?}");
    let praise = crate::util::write(
        &dir,
        "praise.md",
        "Title\n\nKestrel Media Group won praise for a £800m investment in Norrow Transit Corp.\n".as_bytes(),
    );
    let got = flows(&praise, "800000000");
    assert!(got.iter().all(|(_, _, rel)| rel != "sale"), "{got:?}");
}
