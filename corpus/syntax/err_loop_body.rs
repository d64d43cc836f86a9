//@ no-verify
// Errors inside nested blocks recover at the statement.
use vstd::prelude::*;

verus! {

fn f(n: u64) {
    let mut i = 0;
    while i < n
        invariant
            i <= n,
        decreases n - i,
    {
        i = i + * ; //~ ERROR expected expression, found `;`
        i = i + 1;
    }
    let ok = 1;
    let bad: = 2; //~ ERROR expected type, found `=`
}

fn main() {
}

} // verus!
