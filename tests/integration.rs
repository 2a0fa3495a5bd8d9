//! The one integration test binary: runs the real `claimdiff` binary. One `mod` per area.

mod claims;
mod cli;
mod dates;
mod findings;
mod report;
mod speed;
mod util;
