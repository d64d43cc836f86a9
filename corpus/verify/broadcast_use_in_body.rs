use vstd::prelude::*;

verus! {

// `broadcast use` as a statement: the lemma is in force in that fn's proof only.

spec fn f(x: int) -> int;

#[verifier::external_body]
pub broadcast proof fn lemma_f(x: int)
    ensures #[trigger] f(x) == 1,
{
}

proof fn uses_in_body(y: int) {
    broadcast use lemma_f;
    assert(f(y) == 1);
}

// another fn's statement does not reach here
proof fn without(y: int) {
    assert(f(y) == 1); //~ ERROR assertion failed
}

fn in_a_proof_block(y: u8) {
    proof {
        broadcast use lemma_f;
    }
    assert(f(y as int) == 1);
}

proof fn in_an_assert_by(y: int) {
    assert(f(y) == 1) by {
        broadcast use lemma_f;
    }
}

// a lemma may not rely on itself, directly or through another: the use is not granted (with a note)
pub broadcast proof fn lemma_self(x: int)
    ensures #[trigger] f(x + 1) == 1,
{
    broadcast use lemma_self;
} //~^^^ ERROR postcondition not satisfied

spec fn g(x: int) -> int;

// the first may use the second; the second may then not use the first
pub broadcast proof fn lemma_a(x: int)
    ensures #[trigger] g(x) == 1,
{
    broadcast use lemma_b;
}

pub broadcast proof fn lemma_b(x: int)
    ensures #[trigger] g(x) == 1,
{
    broadcast use lemma_a;
} //~^^^ ERROR postcondition not satisfied

} // verus!
