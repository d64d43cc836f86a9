// `panic!` in verified exec code is Verus's vstd::vpanic!: a call that `requires allow_panic()`
// (vstd's feature, off here) and never returns. It must be unreachable; nothing runs after it.
use vstd::prelude::*;

verus! {

fn unreachable_panic(x: u64) -> (r: u64)
    requires x < 10,
    ensures r < 10,
{
    if x >= 10 {
        panic!("too big: {}", x);
    }
    x
}

fn reachable_panic(x: u64) -> (r: u64)
    ensures r < 10,
{
    if x >= 10 {
        panic!("too big: {}", x); //~ ERROR precondition not satisfied
    }
    x
}

fn let_else(o: Option<u64>) -> (r: u64)
    requires o.is_some(),
    ensures r == o.unwrap(),
{
    let Some(v) = o else {
        panic!("none");
    };
    v
}

fn diverges(o: Option<u64>) -> (r: u64)
    ensures r == 7,
{
    let Some(v) = o else {
        panic!(); //~ ERROR precondition not satisfied
    };
    assert(o.is_some());
    7
}

fn message_computed(x: u64) {
    if x > 3 {
        panic!("{}", x + 1); //~ ERROR not supported: `panic!` with message arguments
    }
}

fn in_proof_code() {
    proof {
        panic!(); //~ ERROR not supported: the macro `panic!` in verified code
    }
}

} // verus!
