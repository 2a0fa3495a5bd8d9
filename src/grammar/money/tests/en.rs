//! English table: money, percent and quantity phrases with their expected readings.

use super::check;
use crate::lang::Lang;

/// Money: digits, separators, scales, currencies, glued forms.
const MONEY: &[(&str, &[&str])] = &[
    ("OpenAI will buy $38 billion of computing capacity.", &["money|$38 billion|38000000000|USD|exact|"]),
    ("The deal is worth $38bn over seven years.", &["money|$38bn|38000000000|USD|exact|"]),
    ("The fund raised $100bn last year.", &["money|$100bn|100000000000|USD|exact|"]),
    ("The fund raised US$10 billion last year.", &["money|US$10 billion|10000000000|USD|exact|"]),
    ("The club spent £300m on players.", &["money|£300m|300000000|GBP|exact|"]),
    ("The club spent £300mn on players.", &["money|£300mn|300000000|GBP|exact|"]),
    ("Debt reached $1.4tn in March.", &["money|$1.4tn|1400000000000|USD|exact|"]),
    ("Debt reached $1.4 trillion in March.", &["money|$1.4 trillion|1400000000000|USD|exact|"]),
    ("Sales hit 1.4 billion dollars.", &["money|1.4 billion dollars|1400000000|USD|exact|"]),
    ("The bill was 1,400 dollars.", &["money|1,400 dollars|1400|USD|exact|"]),
    ("The bill was $1,400.", &["money|$1,400|1400|USD|exact|"]),
    ("The bill was $1,234,567.89 in total.", &["money|$1,234,567.89|1234567.89|USD|exact|"]),
    ("The bill was $ 75 million.", &["money|$ 75 million|75000000|USD|exact|"]),
    ("The bill was $2.75 a share.", &["money|$2.75|2.75|USD|exact|"]),
    ("The bill was €2.5bn.", &["money|€2.5bn|2500000000|EUR|exact|"]),
    ("The bill was €2.5 billion.", &["money|€2.5 billion|2500000000|EUR|exact|"]),
    ("The bill was ¥500 billion.", &["money|¥500 billion|500000000000|JPY|exact|"]),
    ("The bill was CHF 3 million.", &["money|CHF 3 million|3000000|CHF|exact|"]),
    ("The bill was 5 million Swiss francs.", &["money|5 million Swiss francs|5000000|CHF|exact|"]),
    ("The bill was 100 million yuan.", &["money|100 million yuan|100000000|CNY|exact|"]),
    ("The bill was 100 billion yen.", &["money|100 billion yen|100000000000|JPY|exact|"]),
    ("The bill was 300 million euros.", &["money|300 million euros|300000000|EUR|exact|"]),
    ("The bill was 50 million pounds.", &["money|50 million pounds|50000000|GBP|exact|"]),
    ("The bill was 50 million pounds sterling.", &["money|50 million pounds sterling|50000000|GBP|exact|"]),
    ("The bill was 20 million Canadian dollars.", &["money|20 million Canadian dollars|20000000|CAD|exact|"]),
    ("The bill was C$20 million.", &["money|C$20 million|20000000|CAD|exact|"]),
    ("The bill was A$5 billion.", &["money|A$5 billion|5000000000|AUD|exact|"]),
    ("The bill was HK$3 billion.", &["money|HK$3 billion|3000000000|HKD|exact|"]),
    ("The bill was USD 22.5 million.", &["money|USD 22.5 million|22500000|USD|exact|"]),
    ("The bill was 22.5 million USD.", &["money|22.5 million USD|22500000|USD|exact|"]),
    ("The bill was EUR 100 million.", &["money|EUR 100 million|100000000|EUR|exact|"]),
    ("The bill was GBP 40m.", &["money|GBP 40m|40000000|GBP|exact|"]),
    ("The bill was 40 USD.", &["money|40 USD|40|USD|exact|"]),
    ("The bill was USD40.", &["money|USD40|40|USD|exact|"]),
    ("The bill was 40USD.", &["money|40USD|40|USD|exact|"]),
    ("The bill was 12 USD million.", &["money|12 USD million|12000000|USD|exact|"]),
    ("The bill was $5k.", &["money|$5k|5000|USD|exact|"]),
    ("The bill was $5K.", &["money|$5K|5000|USD|exact|"]),
    ("The bill was $5M.", &["money|$5M|5000000|USD|exact|"]),
    ("The bill was $5B.", &["money|$5B|5000000000|USD|exact|"]),
    ("The bill was 30 MUSD.", &["money|30 MUSD|30000000|USD|exact|"]),
    ("The bill was 12 MEUR.", &["money|12 MEUR|12000000|EUR|exact|"]),
    ("The bill was 2 million rupees.", &["money|2 million rupees|2000000|INR|exact|"]),
    ("The bill was 35 lakh rupees.", &["money|35 lakh rupees|3500000|INR|exact|"]),
    ("The bill was ₹12,34,567.", &["money|₹12,34,567|1234567|INR|exact|"]),
    ("The bill was 3 dollars 50 cents.", &["money|3 dollars 50 cents|3.5|USD|exact|"]),
    ("The bill was 3 dollars and 50 cents.", &["money|3 dollars and 50 cents|3.5|USD|exact|"]),
    ("The bill was 3 dollars 50.", &["money|3 dollars 50|3.5|USD|exact|"]),
    ("The stock fell 50 cents.", &["money|50 cents|50||exact|minor-unit"]),
    ("The stock fell 40 pence.", &["money|40 pence|40|GBP|exact|minor-unit"]),
    ("The stock fell 3% to $40.", &["percent|3%|3||exact|", "money|$40|40|USD|exact|"]),
    ("It paid a 12-cent dividend.", &["money|12-cent|12||exact|minor-unit"]),
    ("The note was worth 300 billion.", &["money|300 billion|300000000000||exact|"]),
    ("They raised 300 billion in bonds.", &["money|300 billion|300000000000||exact|"]),
    (
        "Amazon put $8 billion into Anthropic and €4 billion into Germany.",
        &["money|$8 billion|8000000000|USD|exact|", "money|€4 billion|4000000000|EUR|exact|"],
    ),
    (
        "Banknotes of 5 €, 10 € and 20 € circulate.",
        &["money|5 €|5|EUR|exact|", "money|10 €|10|EUR|exact|", "money|20 €|20|EUR|exact|"],
    ),
    ("Prices of $ 20.00 and $ 37.50 were listed.", &["money|$ 20.00|20|USD|exact|", "money|$ 37.50|37.5|USD|exact|"]),
    ("A 10-million-dollar grant was awarded.", &["money|10-million-dollar|10000000|USD|exact|"]),
    ("Bitcoin supply is capped at ₿21,000,000.", &["money|₿21,000,000|21000000|BTC|exact|"]),
    ("The block reward is 6.25 BTC.", &["money|6.25 BTC|6.25|BTC|exact|"]),
    ("A $100 bill was found.", &["money|$100|100|USD|exact|"]),
    ("The valuation is $157 billion.", &["money|$157 billion|157000000000|USD|exact|"]),
];

/// Number words and fractions.
const WORDS: &[(&str, &[&str])] = &[
    ("It costs a billion dollars.", &["money|a billion dollars|1000000000|USD|exact|"]),
    ("It costs half a billion dollars.", &["money|half a billion dollars|500000000|USD|exact|"]),
    ("It costs two billion dollars.", &["money|two billion dollars|2000000000|USD|exact|"]),
    ("It costs twenty-one million dollars.", &["money|twenty-one million dollars|21000000|USD|exact|"]),
    ("It costs one hundred million dollars.", &["money|one hundred million dollars|100000000|USD|exact|"]),
    ("It costs a hundred dollars.", &["money|a hundred dollars|100|USD|exact|"]),
    ("It costs ten thousand dollars.", &["money|ten thousand dollars|10000|USD|exact|"]),
    ("It costs a quarter million dollars.", &["money|a quarter million dollars|250000|USD|exact|"]),
    ("It costs three quarters billion dollars.", &["money|three quarters billion dollars|750000000|USD|exact|"]),
    (
        "It costs thirteen dollars and forty-five cents.",
        &["money|thirteen dollars and forty-five cents|13.45|USD|exact|"],
    ),
    ("It costs five million yen.", &["money|five million yen|5000000|JPY|exact|"]),
    ("It costs one hundred and five euros.", &["money|one hundred and five euros|105|EUR|exact|"]),
    ("It costs 1.5 billion dollars and a half.", &["money|1.5 billion dollars|1500000000|USD|exact|"]),
    ("It costs 2 and a half billion dollars.", &["money|2 and a half billion dollars|2500000000|USD|exact|"]),
    ("He hired a dozen engineers.", &["quantity|a dozen engineers|12|engineers|exact|"]),
    ("He hired two dozen engineers.", &["quantity|two dozen engineers|24|engineers|exact|"]),
    ("He hired ten engineers.", &["quantity|ten engineers|10|engineers|exact|"]),
    ("He hired twenty-one engineers.", &["quantity|twenty-one engineers|21|engineers|exact|"]),
    ("He built three plants.", &["quantity|three plants|3|plants|exact|"]),
    ("The first quarter was strong.", &[]),
];

/// Bounds on money.
const BOUNDS: &[(&str, &[&str])] = &[
    ("It will spend at least $38 billion.", &["money|at least $38 billion|38000000000|USD|at_least|"]),
    ("It will spend no less than $2 billion.", &["money|no less than $2 billion|2000000000|USD|at_least|"]),
    ("It will spend $5 billion or more.", &["money|$5 billion or more|5000000000|USD|at_least|"]),
    ("It will spend $5 billion at least.", &["money|$5 billion at least|5000000000|USD|at_least|"]),
    ("It will spend more than $100bn.", &["money|more than $100bn|100000000000|USD|more_than|"]),
    ("It will spend over $1 billion.", &["money|over $1 billion|1000000000|USD|more_than|"]),
    ("It will spend upwards of $1 billion.", &["money|upwards of $1 billion|1000000000|USD|more_than|"]),
    ("It will spend above $1 billion.", &["money|above $1 billion|1000000000|USD|more_than|"]),
    ("It will spend in excess of $1 billion.", &["money|in excess of $1 billion|1000000000|USD|more_than|"]),
    ("It will spend up to $10 billion.", &["money|up to $10 billion|10000000000|USD|at_most|"]),
    ("It will spend at most $10 billion.", &["money|at most $10 billion|10000000000|USD|at_most|"]),
    ("It will spend as much as $10 billion.", &["money|as much as $10 billion|10000000000|USD|at_most|"]),
    ("It will spend less than $1 million.", &["money|less than $1 million|1000000|USD|less_than|"]),
    ("It will spend under $500,000.", &["money|under $500,000|500000|USD|less_than|"]),
    ("It will spend below $500,000.", &["money|below $500,000|500000|USD|less_than|"]),
    ("It will spend just under $500,000.", &["money|just under $500,000|500000|USD|less_than|"]),
    ("It will spend about $5 million.", &["money|about $5 million|5000000|USD|approx|"]),
    ("It will spend around $5 million.", &["money|around $5 million|5000000|USD|approx|"]),
    ("It will spend nearly $5 million.", &["money|nearly $5 million|5000000|USD|approx|"]),
    ("It will spend almost $5 million.", &["money|almost $5 million|5000000|USD|approx|"]),
    ("It will spend roughly $5 million.", &["money|roughly $5 million|5000000|USD|approx|"]),
    ("It will spend some $300 million.", &["money|some $300 million|300000000|USD|approx|"]),
    ("It will spend approximately $5 million.", &["money|approximately $5 million|5000000|USD|approx|"]),
    ("It will spend ~$5bn.", &["money|~$5bn|5000000000|USD|approx|"]),
    ("It will spend $13 billion or so.", &["money|$13 billion or so|13000000000|USD|approx|"]),
    (
        "It will spend between $10 billion and $15 billion.",
        &["money|between $10 billion and $15 billion|10000000000..15000000000|USD|range|"],
    ),
    (
        "It will spend between $10 and $15 billion.",
        &["money|between $10 and $15 billion|10000000000..15000000000|USD|range|"],
    ),
    (
        "It will spend from $2 million to $3 million.",
        &["money|from $2 million to $3 million|2000000..3000000|USD|range|"],
    ),
    ("It will spend $10-15 billion.", &["money|$10-15 billion|10000000000..15000000000|USD|range|"]),
    (
        "It will spend $10 billion to $15 billion.",
        &["money|$10 billion|10000000000|USD|exact|", "money|$15 billion|15000000000|USD|exact|"],
    ),
    ("Sales fell from $1.2 billion a year earlier.", &["money|$1.2 billion|1200000000|USD|exact|"]),
    (
        "Receipts fell by 1.3 billion to 45.6 billion euros.",
        &["money|1.3 billion|1300000000||exact|", "money|45.6 billion euros|45600000000|EUR|exact|"],
    ),
    ("It raised more than 300 billion.", &["money|more than 300 billion|300000000000||more_than|"]),
];

/// Percentages.
const PERCENT: &[(&str, &[&str])] = &[
    ("Inflation rose 3.5 percent.", &["percent|3.5 percent|3.5||exact|"]),
    ("Inflation rose 3.5%.", &["percent|3.5%|3.5||exact|"]),
    ("Inflation rose 3.5 %.", &["percent|3.5 %|3.5||exact|"]),
    ("Inflation rose 29 per cent.", &["percent|29 per cent|29||exact|"]),
    ("Inflation rose 29 pct.", &["percent|29 pct|29||exact|"]),
    ("The gap is 20 percentage points.", &["percent|20 percentage points|20||exact|points"]),
    ("The gap is 1.5 percentage points.", &["percent|1.5 percentage points|1.5||exact|points"]),
    ("Shares rose +5%.", &["percent|+5%|5||exact|"]),
    ("Shares fell -3%.", &["percent|-3%|-3||exact|"]),
    ("Shares fell minus five percent.", &["percent|minus five percent|-5||exact|"]),
    ("It took a 10% stake.", &["percent|10%|10||exact|"]),
    ("It took a 4.9 % stake.", &["percent|4.9 %|4.9||exact|"]),
    ("Growth of about 10%.", &["percent|about 10%|10||approx|"]),
    ("Growth of nearly 5 percent.", &["percent|nearly 5 percent|5||approx|"]),
    ("Growth of more than 20%.", &["percent|more than 20%|20||more_than|"]),
    ("Growth of over 20%.", &["percent|over 20%|20||more_than|"]),
    ("Growth of less than 2%.", &["percent|less than 2%|2||less_than|"]),
    ("Growth of at least 15%.", &["percent|at least 15%|15||at_least|"]),
    ("Growth of up to 30%.", &["percent|up to 30%|30||at_most|"]),
    ("Growth of 10 to 15 percent.", &["percent|10 to 15 percent|10..15||range|"]),
    ("Growth of between 3% and 5%.", &["percent|between 3% and 5%|3..5||range|"]),
    ("Growth of between 3 and 5 percent.", &["percent|between 3 and 5 percent|3..5||range|"]),
    ("Growth of 10-12%.", &["percent|10-12%|10..12||range|"]),
    ("Twenty percent of staff left.", &["percent|Twenty percent|20||exact|"]),
    ("One hundred percent of staff left.", &["percent|One hundred percent|100||exact|"]),
    ("Twenty-five percent of staff left.", &["percent|Twenty-five percent|25||exact|"]),
    ("Rates are 0.25%.", &["percent|0.25%|0.25||exact|"]),
    ("The Fed raised rates by 25 basis points.", &["percent|25 basis points|0.25||exact|points,basis-points"]),
    ("The spread widened 40bp.", &["percent|40bp|0.4||exact|points,basis-points"]),
    ("See https://example.com/search?q=30%25 for details.", &[]),
    ("See www.example.com/30% for details.", &[]),
];

/// Quantities.
const QUANTITY: &[(&str, &[&str])] = &[
    ("The company has 14,000 employees.", &["quantity|14,000 employees|14000|employees|exact|"]),
    ("The company has about 14,000 workers.", &["quantity|about 14,000 workers|14000|workers|approx|"]),
    ("The site draws 10 gigawatts.", &["quantity|10 gigawatts|10|gigawatts|exact|"]),
    ("The site runs 500,000 GPUs.", &["quantity|500,000 GPUs|500000|GPUs|exact|"]),
    ("The app has 2 million users.", &["quantity|2 million users|2000000|users|exact|"]),
    ("The app has 7 billion views.", &["quantity|7 billion views|7000000000|views|exact|"]),
    ("The app has more than 300 engineers.", &["quantity|more than 300 engineers|300|engineers|more_than|"]),
    ("The app has up to 5 plants.", &["quantity|up to 5 plants|5|plants|at_most|"]),
    ("The app has between 3 and 5 plants.", &["quantity|between 3 and 5 plants|3..5|plants|range|"]),
    ("The app has fewer than 50 staff.", &["quantity|fewer than 50 staff|50|staff|less_than|"]),
    ("The app has some 300 stores.", &["quantity|some 300 stores|300|stores|approx|"]),
    ("The plant makes 500 MW.", &["quantity|500 MW|500|MW|exact|"]),
    ("The plant makes 3,000 tonnes of copper.", &["quantity|3,000 tonnes|3000|tonnes|exact|"]),
    ("The plant opened 3 new sites.", &["quantity|3 new sites|3|sites|exact|"]),
    ("Nvidia shipped 3.5 million H100 chips.", &["quantity|3.5 million H100 chips|3500000|chips|exact|"]),
    (
        "Nearly 1.5 million subscribers signed up.",
        &["quantity|Nearly 1.5 million subscribers|1500000|subscribers|approx|"],
    ),
];

/// What is not an amount.
const NOT_FIGURES: &[(&str, &[&str])] = &[
    ("The deal runs for seven years.", &[]),
    ("The deal runs for 7 years.", &[]),
    ("The deal runs for 18 months.", &[]),
    ("It was signed on November 3, 2025.", &[]),
    ("It was signed on 3 November 2025.", &[]),
    ("It was signed on 11/03/2025.", &[]),
    ("In 2025, the company grew.", &[]),
    ("It uses GB200 and H100 chips on EC2.", &[]),
    ("The A380 and BG2 were mentioned.", &[]),
    ("In the 21st century, on the 3rd floor.", &[]),
    ("Meet at 9:30 or 14:30.", &[]),
    ("Call 555 0100 now.", &[]),
    ("See section 4.2.1 of the report.", &[]),
    ("They signed an agreement with a partner.", &[]),
    ("He tried 3 times.", &[]),
    ("The dollar fell against the euro.", &[]),
    ("Millions of dollars were lost.", &[]),
    ("Version 2.1 of the software.", &[]),
    ("All 70 of us left.", &[]),
    ("The two companies signed.", &[]),
    ("The S&P 500 closed higher and the FTSE 100 rose.", &[]),
    ("The first quarter to date was strong.", &[]),
];

#[test]
fn english_money() {
    check(Lang::En, MONEY);
}

#[test]
fn english_number_words() {
    check(Lang::En, WORDS);
}

#[test]
fn english_bounds() {
    check(Lang::En, BOUNDS);
}

#[test]
fn english_percent() {
    check(Lang::En, PERCENT);
}

#[test]
fn english_quantity() {
    check(Lang::En, QUANTITY);
}

#[test]
fn english_non_figures() {
    check(Lang::En, NOT_FIGURES);
}

#[test]
fn english_table_is_large_enough() {
    let n = MONEY.len() + WORDS.len() + BOUNDS.len() + PERCENT.len() + QUANTITY.len() + NOT_FIGURES.len();
    assert!(n >= 150, "only {n} English phrases");
}
