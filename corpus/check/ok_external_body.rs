//@ no-verify
// external_body bodies are trusted: ordinary Rust the subset does not cover is fine there.
use vstd::prelude::*;

verus! {

#[verifier::external_body]
fn read_env() -> (r: u64)
    ensures
        r > 0,
{
    let v: Vec<u64> = vec![1, 2, 3];
    let total: u64 = v.iter().map(|x| x * 2).sum();
    println!("{}", total);
    total + 1
}

#[verifier::external]
fn not_looked_at() -> u64 {
    let closure = |x: u64| x + 1;
    closure(3)
}

fn uses() -> u64 {
    read_env()
}

fn main() {
}

} // verus!
