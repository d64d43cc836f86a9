//@ no-verify
// Moving a tracked value inside a loop moves it again on the next iteration.
use vstd::prelude::*;

verus! {

pub struct Token {
    pub id: u64,
}

proof fn consume(tracked t: Token) {
}

fn f(Tracked(t): Tracked<Token>, n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant
            i <= n,
        decreases n - i,
    {
        proof {
            consume(t); //~ ERROR use of moved value: `t`
        }
        i = i + 1;
    }
}

fn g(Tracked(t): Tracked<Token>, c: bool) {
    if c {
        proof {
            consume(t);
        }
    } else {
        proof {
            consume(t);
        }
    }
}

fn main() {
}

} // verus!
