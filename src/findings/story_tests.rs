//! The demo corpus and the steel story as hand-built claims (what a correct claims stage
//! reads), checked against their READMEs: every expected finding, nothing else loud.

use super::{Finding, Severity, check};
use crate::claims::{Claim, Modality, Relation};
use crate::findings::testing::ClaimBuilder as B;
use crate::mention::Bound::*;
use crate::rules::Rules;

fn run(claims: &[Claim]) -> Vec<Finding> {
    let rules = Rules::builtin().unwrap();
    check(&crate::align::group(claims), claims, &rules)
}

fn summary(f: &[Finding]) -> Vec<(String, Severity, Vec<String>)> {
    f.iter()
        .map(|f| {
            let mut s: Vec<String> = f.evidence.iter().map(|e| e.source.clone()).collect();
            s.sort();
            s.dedup();
            (f.rule.clone(), f.severity, s)
        })
        .collect()
}

#[test]
fn demo_corpus() {
    const A: &str = "Amazon";
    const O: &str = "OpenAI";
    let bn = |n: &str| format!("{n}000000000");
    let claims = vec![
        // 01
        B::deal("01#3", Relation::Purchase, O, A)
            .usd(&bn("38"))
            .duration("P7Y")
            .when("2025-11-03", "2025-11-03")
            .build(),
        B::milestone("01#5", "deployment", &[A, O]).when_by("2026-12-31").build(),
        B::milestone("01#6", "expansion", &[A, O]).when("2027-01-01", "2027-12-31").build(),
        B::party_claim("01#8", Relation::Commitment, &[O])
            .usd_bound(MoreThan, "1000000000000")
            .note("ambiguous-scale", "trillion")
            .build(),
        B::deal("01#9", Relation::Investment, "Microsoft", O).usd_bound(Approx, &bn("13")).build(),
        B::party_claim("01#10", Relation::Share, &[A]).percent("29").when("2025-09-01", "2025-09-30").build(),
        B::party_claim("01#11", Relation::Growth, &[A])
            .percent_bound(Approx, "5")
            .when("2025-11-03", "2025-11-03")
            .build(),
        // 02
        B::deal("02#2", Relation::Purchase, O, A).usd(&bn("38")).duration("P7Y").build(),
        B::milestone("02#3", "deployment", &[A, O]).when_by("2026-12-31").build(),
        B::party_claim("02#4", Relation::Commitment, &[O]).usd_bound(Approx, "1400000000000").build(),
        B::deal("02#5", Relation::Purchase, O, "Microsoft").usd(&bn("250")).when("2025-10-01", "2025-10-31").build(),
        B::deal("02#6", Relation::Agreement, O, "Oracle").usd(&bn("300")).modality(Modality::Speculative).build(),
        B::milestone("02#7", "launch", &["Broadcom", O]).when("2026-07-01", "2026-12-31").build(),
        B::party_claim("02#8", Relation::Growth, &[A]).percent("20").when("2025-07-01", "2025-09-30").build(),
        B::party_claim("02#9", Relation::Revenue, &[A]).usd(&bn("33")).when("2025-07-01", "2025-09-30").build(),
        B::party_claim("02#10", Relation::Workforce, &[A]).count(Exact, "14000", "postes").build(),
        B::deal("02#11", Relation::Investment, A, "Anthropic").usd(&bn("8")).build(),
        // 03
        B::deal("03#2", Relation::Purchase, O, A).usd(&bn("38")).duration("P7Y").build(),
        B::milestone("03#3", "deployment", &[A, O]).when_by("2026-12-31").build(),
        B::party_claim("03#4", Relation::Growth, &[A, O]).percent("20").object("volume du contrat").build(),
        B::party_claim("03#5", Relation::Commitment, &[O])
            .usd_bound(MoreThan, "1000000000000")
            .duration("P10Y")
            .build(),
        B::party_claim("03#6", Relation::Workforce, &[A])
            .count(Approx, "14000", "employés")
            .reported_by("Reuters")
            .build(),
        B::party_claim("03#7", Relation::Spending, &[A])
            .usd_bound(Approx, &bn("125"))
            .when("2025-01-01", "2025-12-31")
            .build(),
        // 04
        B::deal("04#2", Relation::Investment, A, O)
            .usd_bound(AtLeast, &bn("38"))
            .duration("P7Y")
            .modality(Modality::Planned)
            .build(),
        B::party_claim("04#5", Relation::Share, &[A]).percent("34").when("2022-01-01", "2022-12-31").build(),
        // 05
        B::deal("05#2", Relation::Purchase, O, A).usd(&bn("38")).duration("P7Y").reported_by("the companies").build(),
        B::milestone("05#3", "deployment", &[A, O])
            .when("2027-07-01", "2027-12-31")
            .modality(Modality::Planned)
            .build(),
        B::party_claim("05#4", Relation::Growth, &[A])
            .percent_bound(Approx, "5")
            .when("2025-11-03", "2025-11-03")
            .build(),
        B::deal("05#5", Relation::Investment, "Nvidia", O)
            .usd_bound(AtMost, &bn("100"))
            .modality(Modality::Speculative)
            .build(),
        B::deal("05#6", Relation::Agreement, O, "Oracle").usd(&bn("300")).build(),
        // 06
        B::deal("06#2", Relation::Purchase, O, A).usd_bound(AtMost, &bn("38")).duration("P5Y").build(),
        B::milestone("06#3", "deployment", &[A, O]).when_by("2026-12-31").reported_by("Amazon").build(),
        B::party_claim("06#4", Relation::Growth, &[A]).percent("20").when("2025-07-01", "2025-09-30").build(),
        B::party_claim("06#5", Relation::Growth, &["Microsoft"]).percent("3.5").build(),
        B::party_claim("06#6", Relation::Spending, &["UK"]).money(Exact, "300000000", "GBP").build(),
        // 07 (undated)
        B::deal("07#2", Relation::Purchase, O, A).usd(&bn("38")).build(),
        B::milestone("07#3", "deployment", &[A, O]).when_unresolved().build(),
        B::deal("07#4", Relation::Investment, A, "Anthropic").usd(&bn("4")).build(),
        B::deal("07#5", Relation::Investment, A, O)
            .usd_bound(AtMost, &bn("10"))
            .modality(Modality::Speculative)
            .build(),
        B::milestone("07#6", "launch", &["Broadcom", O]).when("2026-07-01", "2026-12-31").build(),
        // 08
        B::party_claim("08#1", Relation::Growth, &[A]).percent("5").when("2025-11-03", "2025-11-03").build(),
        B::deal("08#2", Relation::Purchase, O, A).usd(&bn("38")).duration("P7Y").build(),
        B::milestone("08#3", "deployment", &[A, O]).when_by("2026-12-31").reported_by("les deux entreprises").build(),
        // 09
        B::deal("09#1", Relation::Investment, A, O)
            .usd_bound(AtMost, &bn("10"))
            .reported_by("The Information")
            .modality(Modality::Speculative)
            .build(),
        B::party_claim("09#2", Relation::Valuation, &[O])
            .usd_bound(MoreThan, &bn("500"))
            .modality(Modality::Speculative)
            .build(),
        B::deal("09#3", Relation::Commitment, O, A)
            .usd(&bn("38"))
            .duration("P7Y")
            .when("2025-11-03", "2025-11-03")
            .build(),
        B::deal("09#4", Relation::Investment, A, "Anthropic").usd(&bn("8")).build(),
        B::party_claim("09#5", Relation::Share, &["Microsoft", O]).percent_bound(Approx, "27").build(),
    ];
    let full = run(&claims);
    let f = summary(&full);
    let has = |rule: &str, sev: Severity, sources: &[&str]| {
        f.iter().any(|(r, s, src)| r == rule && *s == sev && sources.iter().all(|x| src.iter().any(|y| y == x)))
    };
    assert!(has("direction-conflict", Severity::Error, &["04", "01", "02", "03", "05", "07", "08", "09"]), "F1 {f:#?}");
    assert!(has("framing-conflict", Severity::Error, &["04", "01"]), "F2 {f:#?}");
    assert!(has("bound-conflict", Severity::Warning, &["04", "06"]), "F3 {f:#?}");
    assert!(has("amount-conflict", Severity::Error, &["07", "02", "09"]), "F4 {f:#?}");
    assert!(has("date-conflict", Severity::Error, &["05", "01", "02", "03", "06", "08"]), "F5 {f:#?}");
    assert!(has("duration-conflict", Severity::Error, &["06", "01"]), "F6 {f:#?}");
    assert!(has("ambiguous-scale", Severity::Info, &["01"]), "F7 {f:#?}");
    assert!(has("figure-reuse", Severity::Warning, &["03", "02", "06"]), "F8 {f:#?}");
    assert_eq!(f.len(), 8, "nothing else: {f:#?}");
}

#[test]
fn steel_story() {
    const F: &str = "Forgeval SA";
    const BI: &str = "Boreal Iron Corp.";
    let eur = |b, v: &str| (b, v.to_string());
    let price = eur(Exact, "2400000000");
    let claims = vec![
        B::deal("01#2", Relation::Purchase, F, BI)
            .money(price.0, &price.1, "EUR")
            .when("2025-09-15", "2025-09-15")
            .build(),
        B::milestone("01#3", "closing", &[BI, F]).when("2026-01-01", "2026-06-30").modality(Modality::Planned).build(),
        B::party_claim("01#4", Relation::Other, &[BI, F]).money(AtMost, "500000000", "EUR").build(),
        B::party_claim("01#5", Relation::Workforce, &[BI]).count(Exact, "3200", "salariés").build(),
        B::deal("02#2", Relation::Purchase, F, BI).money(Exact, "2400000000", "EUR").build(),
        B::milestone("02#3", "closing", &[BI, F]).when("2027-01-01", "2027-12-31").modality(Modality::Planned).build(),
        B::party_claim("02#4", Relation::Workforce, &[BI]).count(Exact, "3200", "salariés").duration("P3Y").build(),
        B::deal("03#2", Relation::Purchase, F, BI).money(Exact, "2400000000", "EUR").build(),
        B::milestone("03#3", "closing", &[BI, F]).when("2026-01-01", "2026-06-30").modality(Modality::Planned).build(),
        B::party_claim("03#4", Relation::Other, &[BI, F]).money(AtLeast, "500000000", "EUR").build(),
        B::party_claim("03#5", Relation::Workforce, &[BI]).count(Exact, "3200", "employees").build(),
        B::deal("04#2", Relation::Investment, BI, F)
            .money(Exact, "2400000000", "EUR")
            .modality(Modality::Planned)
            .build(),
        B::party_claim("04#3", Relation::Workforce, &[BI]).count(Exact, "3200", "employees").build(),
    ];
    let f = summary(&run(&claims));
    let rules: Vec<(&str, Severity)> = f.iter().map(|(r, s, _)| (r.as_str(), *s)).collect();
    assert_eq!(
        rules,
        [
            ("direction-conflict", Severity::Error),
            ("framing-conflict", Severity::Error),
            ("date-conflict", Severity::Error),
            ("bound-conflict", Severity::Warning),
        ],
        "{f:#?}"
    );
}
