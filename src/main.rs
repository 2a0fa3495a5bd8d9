//! The `claimdiff` binary: everything is in [`claimdiff::cli`].

fn main() -> std::process::ExitCode {
    claimdiff::cli::main()
}
