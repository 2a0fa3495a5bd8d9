//! Findings on whole stories: the demo corpus and the unseen stories (no entity rules),
//! each against its README's expected findings and non-findings.

use crate::util::{json, run};

/// (rule, severity, sources of the evidence) of each finding of a `check --format json` run.
fn findings(args: &[&str]) -> Vec<(String, String, Vec<String>)> {
    let mut full = vec!["check", "--format", "json"];
    full.extend_from_slice(args);
    let r = run(&full);
    assert!(r.code == 0 || r.code == 1, "exit {}: {}", r.code, r.stderr);
    let v = json(&r);
    // Evidence names sources; tests name files: map each source to its file name.
    let path_of: std::collections::HashMap<String, String> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let path = s["path"].as_str().unwrap();
            let file = path.rsplit('/').next().unwrap_or(path);
            (s["source"].as_str().unwrap().to_string(), file.to_string())
        })
        .collect();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut sources: Vec<String> = f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let source = e["source"].as_str().unwrap();
                    path_of.get(source).cloned().unwrap_or_else(|| source.to_string())
                })
                .collect();
            sources.sort();
            sources.dedup();
            (f["rule"].as_str().unwrap().to_string(), f["severity"].as_str().unwrap().to_string(), sources)
        })
        .collect()
}

fn has(f: &[(String, String, Vec<String>)], rule: &str, severity: &str, sources: &[&str]) -> bool {
    f.iter().any(|(r, s, src)| {
        r == rule && s == severity && sources.iter().all(|x| src.iter().any(|y| y.starts_with(&format!("{x}-"))))
    })
}

fn loud(f: &[(String, String, Vec<String>)]) -> Vec<(String, String, Vec<String>)> {
    f.iter().filter(|(_, s, _)| s != "info").cloned().collect()
}

#[test]
fn explain_prints_every_rule() {
    for rule in [
        "direction-conflict",
        "framing-conflict",
        "amount-conflict",
        "bound-conflict",
        "date-conflict",
        "duration-conflict",
        "ambiguous-scale",
        "figure-reuse",
    ] {
        let r = run(&["explain", rule]);
        assert_eq!(r.code, 0, "{rule}");
        assert!(r.stdout.contains(rule) && r.stdout.contains("Not flagged"), "{rule}: {}", r.stdout);
    }
}

#[test]
fn steel_story_has_exactly_its_three_conflicts() {
    let f = findings(&["tests/fixtures/stories/steel"]);
    assert!(has(&f, "direction-conflict", "error", &["04", "01"]), "{f:#?}");
    assert!(has(&f, "framing-conflict", "error", &["04", "01"]), "{f:#?}");
    assert!(has(&f, "date-conflict", "error", &["02", "01", "03"]), "{f:#?}");
    assert!(has(&f, "bound-conflict", "warning", &["01", "03"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 4, "nothing else is an error or a warning: {f:#?}");
}

#[test]
fn demo_corpus_reports_f1_to_f8() {
    let f = findings(&["examples/openai-aws"]);
    assert!(has(&f, "direction-conflict", "error", &["04", "01"]), "F1 {f:#?}");
    assert!(has(&f, "framing-conflict", "error", &["04", "01"]), "F2 {f:#?}");
    assert!(has(&f, "bound-conflict", "warning", &["04", "06"]), "F3 {f:#?}");
    assert!(has(&f, "amount-conflict", "error", &["07", "02"]), "F4 {f:#?}");
    assert!(has(&f, "date-conflict", "error", &["05", "01"]), "F5 {f:#?}");
    assert!(has(&f, "duration-conflict", "error", &["06", "01"]), "F6 {f:#?}");
    assert!(has(&f, "ambiguous-scale", "info", &["01"]), "F7 {f:#?}");
    assert!(has(&f, "figure-reuse", "warning", &["03", "02"]), "F8 {f:#?}");
    let errors: Vec<&String> = f.iter().filter(|(_, s, _)| s == "error").map(|(r, _, _)| r).collect();
    assert_eq!(errors.len(), 5, "F1, F2, F4, F5, F6 and no other error: {f:#?}");
    // 07's unresolved deadline never takes part in a date conflict.
    assert!(!f.iter().any(|(r, _, src)| r == "date-conflict" && src.iter().any(|s| s.starts_with("07-"))), "{f:#?}");
}

#[test]
fn focus_keeps_findings_with_evidence_from_the_focused_source() {
    let f = findings(&["--focus", "examples/openai-aws/06-ledger-brief.md", "examples/openai-aws"]);
    assert!(f.iter().all(|(_, _, src)| src.iter().any(|s| s.starts_with("06-"))), "{f:#?}");
}

#[test]
fn pharma_story_price_and_growth_conflicts_without_entity_rules() {
    let f = findings(&["tests/fixtures/stories/pharma"]);
    // 12 billion vs 9.1 billion (Sanofi found at sentence starts; `pay … for` is a purchase).
    assert!(has(&f, "amount-conflict", "error", &["04", "01"]), "{f:#?}");
    // 45 % vs 27 % revenue growth of Blueprint in 2024.
    let growth = f.iter().filter(|(r, s, src)| {
        r == "amount-conflict"
            && s == "error"
            && ["01", "02", "04"].iter().all(|x| src.iter().any(|y| y.starts_with(x)))
    });
    assert_eq!(growth.count(), 1, "{f:#?}");
    assert_eq!(loud(&f).len(), 2, "nothing else is an error or a warning: {f:#?}");
    // Euros are never compared with dollars; the closing dates can all hold.
    assert!(!f.iter().any(|(_, _, src)| src.iter().any(|s| s.starts_with("03-"))), "{f:#?}");
}

#[test]
fn fibre_story_revenue_closing_and_term_conflicts_without_entity_rules() {
    let f = findings(&["tests/fixtures/stories/fibre"]);
    assert!(has(&f, "amount-conflict", "error", &["03", "01", "02"]), "{f:#?}");
    assert!(has(&f, "date-conflict", "error", &["03", "01", "02"]), "{f:#?}");
    // A deal's term stated in a sentence of its own, with no figure.
    assert!(has(&f, "duration-conflict", "error", &["03", "02"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 3, "nothing else is an error or a warning: {f:#?}");
    // 04's ceiling and its dollar figure never conflict with the price.
    assert!(!f.iter().any(|(_, _, src)| src.iter().any(|s| s.starts_with("04-"))), "{f:#?}");
}

#[test]
fn report_fixture_reports_what_its_readme_expects() {
    let f = findings(&["tests/fixtures/report"]);
    assert!(has(&f, "direction-conflict", "error", &["02", "01"]), "{f:#?}");
    assert!(has(&f, "framing-conflict", "error", &["02", "01"]), "{f:#?}");
    assert!(has(&f, "date-conflict", "error", &["02", "01"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 3, "{f:#?}");
}

#[test]
fn football_story_has_exactly_its_five_conflicts() {
    let f = findings(&["tests/fixtures/stories/football"]);
    // The blog's Ferrand-pays-Keystone vs the dispatch's Keystone-pays-Ferrand.
    assert!(has(&f, "direction-conflict", "error", &["06", "02"]), "{f:#?}");
    // Closing `au premier semestre de l'année prochaine` (2027) vs H1 2026.
    assert!(has(&f, "date-conflict", "error", &["04", "01", "05"]), "{f:#?}");
    // The investment pledge over three vs five years.
    assert!(has(&f, "duration-conflict", "error", &["02", "05"]), "{f:#?}");
    // `jusqu'à 100 millions` vs `au moins 100 millions`.
    assert!(has(&f, "bound-conflict", "warning", &["04", "01"]), "{f:#?}");
    // The rumoured `entre 200 et 220 millions` vs the announced 180: a warning.
    assert!(has(&f, "amount-conflict", "warning", &["03", "01", "04", "05"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 5, "nothing else is an error or a warning: {f:#?}");
    // No framing conflict (buying a stake is a purchase), and the valuation, the blogger's
    // `bien plus que 240 millions` and the TV rights never conflict.
    assert!(!f.iter().any(|(r, _, _)| r == "framing-conflict"), "{f:#?}");
    assert!(!f.iter().any(|(r, _, src)| r == "amount-conflict" && src.iter().any(|s| s.starts_with("06-"))), "{f:#?}");
}

#[test]
fn rights_story_has_its_five_conflicts_and_no_bystander_term() {
    let dir = "tests/fixtures/stories/rights";
    let f = findings(&[dir]);
    // The blog reverses who pays; the French piece gives 1.5 billion pounds.
    assert!(has(&f, "direction-conflict", "error", &["04", "01", "02", "03", "05"]), "{f:#?}");
    assert!(has(&f, "amount-conflict", "error", &["05", "01"]), "{f:#?}");
    // `a six-year agreement` (with only a per-season rate beside it) vs `runs for five years`.
    assert!(has(&f, "duration-conflict", "error", &["04", "02"]), "{f:#?}");
    // Channel launch: first half of 2028 vs by the end of next year.
    assert!(has(&f, "date-conflict", "error", &["05", "01"]), "{f:#?}");
    assert!(has(&f, "bound-conflict", "warning", &["02", "03"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 5, "nothing else is an error or a warning: {f:#?}");
    // The rumour published before the deal takes part in nothing.
    assert!(!f.iter().any(|(_, _, src)| src.iter().any(|s| s.starts_with("06-"))), "{f:#?}");
    // Pennant's `12-year hold` / `12-year partnership` is never the deal's term.
    let r = run(&["check", "--format", "json", dir]);
    let v = json(&r);
    for finding in v["findings"].as_array().unwrap() {
        assert!(!finding["message"].as_str().unwrap().contains("P12Y"), "{finding}");
    }
    // The byline's date resolves 02's `within 18 months`; 04's `go live` is a launch.
    let launch = v["events"].as_array().unwrap().iter().find(|e| e["label"].as_str().unwrap().contains("launch"));
    let claims = launch.map(|e| e["claims"].to_string()).unwrap_or_default();
    assert!(claims.contains("02-northern-chronicle#") && claims.contains("Pitchside Money (blog)#"), "{claims}");
    let sources = v["sources"].as_array().unwrap();
    let chronicle = sources.iter().find(|s| s["source"] == "02-northern-chronicle").unwrap();
    assert_eq!(chronicle["published"], "2026-03-11");
}

#[test]
fn stake_sizes_of_one_deal_conflict_and_managed_assets_never_do() {
    let f = findings(&["tests/fixtures/stake"]);
    // 75 % vs a 70% stake of the same purchase: one amount conflict on the stake.
    assert!(has(&f, "amount-conflict", "error", &["01", "02"]), "{f:#?}");
    // The price agrees and assets under management are a measure, not the deal's figure.
    assert_eq!(loud(&f).len(), 1, "{f:#?}");
}

/// An untitled dispatch whose first line is a two-sentence paragraph, a client named once
/// after `auprès de la`, and a term stated as `d'une durée de`: the amount and the term are
/// both compared with the trade paper's.
#[test]
fn trains_story_untitled_dispatch_compares_amount_and_term() {
    let f = findings(&["tests/fixtures/stories/trains"]);
    assert!(has(&f, "amount-conflict", "error", &["01", "02"]), "{f:#?}");
    assert!(has(&f, "duration-conflict", "error", &["01", "02"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 2, "nothing else is an error or a warning: {f:#?}");
}

/// A listed company buying another, written like published deal copy: per-share prices,
/// equity and enterprise values, premiums, share moves, both companies' results, fees and
/// the expected closing. Only the planted contradictions are loud.
#[test]
fn public_bid_story_finds_its_conflicts_and_no_market_noise() {
    let dir = "tests/fixtures/stories/publicbid";
    let f = findings(&[dir]);
    // The blog has the target buying the bidder.
    assert!(has(&f, "direction-conflict", "error", &["03", "01", "02", "04", "06"]), "{f:#?}");
    // The price: $8.6 billion vs $8.1 billion.
    assert!(has(&f, "amount-conflict", "error", &["02", "01", "03", "04"]), "{f:#?}");
    // The closing: by the end of this year (2026) vs the first half of 2027.
    assert!(has(&f, "date-conflict", "error", &["03", "01", "04"]), "{f:#?}");
    // The rumoured $7.3 billion vs the firm $8.1 billion: a warning.
    assert!(has(&f, "amount-conflict", "warning", &["06", "01"]), "{f:#?}");
    assert_eq!(loud(&f).len(), 4, "nothing else is an error or a warning: {f:#?}");
    let r = run(&["check", "--format", "json", dir]);
    let v = json(&r);
    for finding in v["findings"].as_array().unwrap() {
        let message = finding["message"].as_str().unwrap();
        // `closing price on Friday` / `cours de clôture de vendredi` date no closing.
        assert!(!message.contains("2026-09-11"), "{finding}");
        // Net income and the fees are no revenue and no price.
        for figure in ["1 600 000 000", "290 000 000", "480 000 000", "9 600 000 000"] {
            assert!(!message.contains(figure), "{figure}: {finding}");
        }
    }
    // Each reading of the findings: the direction, the two prices, the two closing dates.
    let messages: Vec<&str> =
        v["findings"].as_array().unwrap().iter().map(|x| x["message"].as_str().unwrap()).collect();
    let said = |a: &str, b: &str| messages.iter().any(|m| m.contains(a) && m.contains(b));
    assert!(said("Brantwood pays Quillon Networks", "Quillon Networks pays Brantwood"), "{messages:#?}");
    assert!(said("8 100 000 000 USD", "8 600 000 000 USD"), "{messages:#?}");
    assert!(said("2027-01-01..2027-06-30", "by 2026-12-31"), "{messages:#?}");
    assert!(said("8 100 000 000 USD", "about 7 300 000 000 USD"), "{messages:#?}");
    // Profits are their own measures: 02's net income and operating profit are not revenue.
    let r = run(&["extract", "--format", "json", &format!("{dir}/02-market-ledger.md")]);
    let objects: Vec<(String, String)> = json(&r)["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (c["amount"]["amount"].as_str().unwrap_or("").to_string(), c["object"].as_str().unwrap_or("").to_string())
        })
        .collect();
    let object_of = |amount: &str| objects.iter().find(|(a, _)| a == amount).map(|(_, o)| o.as_str());
    assert_eq!(object_of("1600000000"), Some("net income"), "{objects:?}");
    assert_eq!(object_of("14200000000"), Some("revenue"), "{objects:?}");
    assert_eq!(object_of("410000000"), Some("adjusted operating profit"), "{objects:?}");
    assert_eq!(object_of("480000000"), Some("break-up fee"), "{objects:?}");
    // A deal said to value the target is priced at that figure: 02's body sentence and 01's
    // `valuing the network-software maker at` join the price event; the debt-inclusive
    // valuation of 04 does not.
    let price = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["message"].as_str().is_some_and(|m| m.contains("8 600 000 000 USD")))
        .expect("the price finding");
    let event = v["events"].as_array().unwrap().iter().find(|e| e["id"] == price["event"]).expect("its event");
    let claims: Vec<&str> = event["claims"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    for id in ["The Market Ledger#0", "The Market Ledger#2", "Harbor Wire#2.1"] {
        assert!(claims.contains(&id), "{id}: {claims:?}");
    }
    // Per-share figures are amounts per share, never purchases, in both languages.
    for file in ["01-harbor-wire.md", "02-market-ledger.md", "04-finance-hebdo.md", "06-city-wire-rumour.md"] {
        let r = run(&["extract", "--format", "json", &format!("{dir}/{file}")]);
        let v = json(&r);
        let claims = v["documents"][0]["claims"].as_array().unwrap();
        let unit = claims.iter().find(|c| matches!(c["amount"]["amount"].as_str(), Some("42" | "38")));
        let unit = unit.unwrap_or_else(|| panic!("{file}: no per-share claim"));
        assert_eq!((unit["relation"].as_str(), unit["object"].as_str()), (Some("other"), Some("per share")), "{unit}");
        let valued = claims.iter().find(|c| c["amount"]["amount"] == "9600000000" && c["relation"] == "purchase");
        assert!(valued.is_none(), "{file}: an enterprise value read as a price: {valued:?}");
    }
    // The savings after a revenue figure are savings; a fee Quillon would pay is no purchase.
    for (file, amount, relation, object) in [
        ("03-deal-brief.md", "400000000", "other", "synergies"),
        ("01-harbor-wire.md", "290000000", "other", "break-up fee"),
    ] {
        let r = run(&["extract", "--format", "json", &format!("{dir}/{file}")]);
        let v = json(&r);
        let claim = v["documents"][0]["claims"].as_array().unwrap().iter().find(|c| c["amount"]["amount"] == amount);
        let claim = claim.unwrap_or_else(|| panic!("{file}: no claim of {amount}"));
        assert_eq!((claim["relation"].as_str(), claim["object"].as_str()), (Some(relation), Some(object)), "{claim}");
    }
}

/// A funding round told like published copy (bylines, a dispatch, a Brussels daily, a
/// rumour, an English wire): each planted contradiction is found with its two readings,
/// and the background figures (stock move, market forecast, previous round, pre- vs
/// post-money valuation, debt share, dollar conversions) never conflict.
#[test]
fn fundraise_story_finds_its_contradictions_and_no_background_conflict() {
    let dir = "tests/fixtures/stories/fundraise";
    let f = findings(&[dir]);
    let r = run(&["check", "--format", "json", dir]);
    let v = json(&r);
    let messages: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            let s = |k: &str| x[k].as_str().unwrap().to_string();
            (s("rule"), s("severity"), s("message"))
        })
        .collect();
    // The finding of `rule` and `severity` whose message gives both readings.
    let said = |rule: &str, severity: &str, a: &str, b: &str| {
        messages.iter().any(|(r, s, m)| r == rule && s == severity && m.contains(a) && m.contains(b))
    };
    // The round: 450 (regional follow-up) vs 600 million euros.
    assert!(has(&f, "amount-conflict", "error", &["03", "01", "02"]), "{f:#?}");
    assert!(
        said("amount-conflict", "error", "1 source: 450 000 000 EUR", "600 000 000 EUR (02-depeche"),
        "{messages:#?}"
    );
    // The rumour's `environ 400 millions` (conditional) vs 600: a warning.
    assert!(has(&f, "amount-conflict", "warning", &["05", "01"]), "{f:#?}");
    assert!(said("amount-conflict", "warning", "about 400 000 000 EUR", "600 000 000 EUR"), "{messages:#?}");
    // Closing: `le mois dernier` written on 2026-11-04 (October) vs September (`bouclée en
    // septembre`, and `le mois dernier` written on 2026-10-14).
    assert!(has(&f, "date-conflict", "error", &["03", "01", "04"]), "{f:#?}");
    assert!(said("date-conflict", "error", "2026-09-01..2026-09-30", "2026-10-01..2026-10-31"), "{messages:#?}");
    // Who invests 80 million in whom.
    assert!(has(&f, "direction-conflict", "error", &["06", "01"]), "{f:#?}");
    assert!(
        said("direction-conflict", "error", "Varennes Industries pays Kaptiva", "Kaptiva pays Varennes Industries"),
        "{messages:#?}"
    );
    // `au moins 600 millions` vs `up to €600 million`.
    assert!(has(&f, "bound-conflict", "warning", &["04", "06"]), "{f:#?}");
    assert!(said("bound-conflict", "warning", "at least 600 000 000 EUR", "up to 600 000 000 EUR"), "{messages:#?}");
    // Break-even by the end of next year (2027) vs in 2028 (the chief executive's word).
    assert!(has(&f, "date-conflict", "warning", &["06", "01"]), "{f:#?}");
    assert!(said("date-conflict", "warning", "by 2027-12-31", "2028-01-01..2028-12-31"), "{messages:#?}");
    // Nothing else is loud: the amount conflict shows once per reading of the 600 million
    // (exact, `au moins`), the bound conflict once per event (headlines, bodies).
    assert_eq!(loud(&f).len(), 8, "{f:#?}");
    // Background figures never take part in a conflict: the previous round (120 / 520
    // million in 2024), the valuations before and after the money, the equity and debt
    // parts, the stock move, the market forecast, dollar conversions.
    for (_, _, m) in &messages {
        for background in [
            "120 000 000",
            "520 000 000",
            "1 200 000 000",
            "1 700 000 000",
            "500 000 000 EUR",
            "100 000 000",
            "2.4 %",
            "31.4",
            "40 000 000 000",
            "USD",
        ] {
            assert!(!m.contains(background), "{background} in {m}");
        }
    }
    // Bylined writers are never parties, and clock times are never durations.
    for event in v["events"].as_array().unwrap() {
        let label = event["label"].as_str().unwrap();
        for name in ["Claire Dumont", "Sophie Lemaire", "Marc Vernet", "Tom Hargreaves"] {
            assert!(!label.contains(name), "{label}");
        }
    }
    for file in ["01-journal-economie.md", "03-courrier-rhone.md"] {
        let out = run(&["extract", "--format", "jsonl", &format!("{dir}/{file}")]);
        assert!(
            !out.stdout.contains("PT11H") && !out.stdout.contains("PT6H") && !out.stdout.contains("PT7H"),
            "{file}"
        );
    }
}
