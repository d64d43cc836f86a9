use vstd::prelude::*;

verus! {

fn f(n: u64) -> u64 {
    if n == 0 { 0 } else { f(n - 1) } //~ ERROR could not prove termination
}

fn main() {
}

} // verus!
