use vstd::prelude::*;

// `#[verifier::bit_vector]` proof fns: each ensures clause is proved from the requires by
// bit-vector reasoning alone; a false clause fails where it is written.
verus! {

#[verifier::bit_vector]
proof fn or_mask_false(a: u64, m: u64)
    ensures
        (a | m) & m == a, //~ ERROR assertion failed
{
}
#[verifier::bit_vector]
proof fn or_mask_true(a: u64, m: u64)
    ensures
        (a | m) & m == m,
{
}

#[verifier(bit_vector)]
proof fn needs_requires_false(a: u8)
    ensures
        add(a, a) >= a, //~ ERROR assertion failed
{
}
#[verifier(bit_vector)]
proof fn needs_requires_true(a: u8)
    requires
        a < 128,
    ensures
        add(a, a) >= a,
{
}

#[verifier::bit_vector]
proof fn and_bound(a: u64, m: u64)
    ensures
        a & m <= m,
{
}

proof fn use_lemma_false(x: u64, y: u64) {
    and_bound(x, y);
    assert(x & y < y); //~ ERROR assertion failed
}
proof fn use_lemma_true(x: u64, y: u64) {
    and_bound(x, y);
    assert(x & y <= y);
}

fn main() {
}

} // verus!
