// vstd's `Set::choose`, `Set::injective_on`, `set_lib::lemma_map_size` and the integer
// range lemma `set_lib::range_set_properties` (through vstd's `FiniteRange` trait), from
// lib/vstd/set_lib.rs: true uses prove, false claims fail.
use vstd::prelude::*;
use vstd::set_lib::{lemma_map_size, range_set_properties};

verus! {

proof fn choose_is_member(s: Set<int>)
    requires
        s.contains(3),
{
    let x = s.choose();
    assert(s.contains(x));
}

proof fn choose_is_not_the_given_one(s: Set<int>)
    requires
        s.contains(3),
{
    assert(s.choose() == 3); //~ ERROR assertion failed
}

proof fn choose_of_possibly_empty(s: Set<int>) {
    assert(s.contains(s.choose())); //~ ERROR assertion failed
}

proof fn map_size_ok(s: Set<usize>)
    requires
        s.finite(),
        forall|i: usize| s.contains(i) ==> i < 100,
{
    let f = |i: usize| (i + 1) as int;
    lemma_map_size(s, s.map(f), f);
    assert(s.map(f).finite());
    assert(s.map(f).len() == s.len());
}

proof fn map_size_not_injective(s: Set<int>)
    requires
        s.finite(),
{
    let f = |i: int| 0int;
    lemma_map_size(s, s.map(f), f); //~ ERROR precondition not satisfied
}

proof fn map_size_wrong(s: Set<int>)
    requires
        s.finite(),
        s.contains(1),
{
    let f = |i: int| i * 2;
    lemma_map_size(s, s.map(f), f);
    assert(s.map(f).len() == 2 * s.len()); //~ ERROR assertion failed
}

// (every Set is finite now: the precondition left to fail is `x.map(f) == y`)
proof fn map_size_not_image(s: Set<int>) {
    let f = |i: int| i + 1;
    lemma_map_size(s, s, f); //~ ERROR precondition not satisfied
}

proof fn range_ok(a: usize, b: usize)
    requires
        a <= b,
{
    range_set_properties::<usize>(a, b);
    assert(Set::<usize>::range(a, b).len() == b - a);
    assert(Set::<usize>::range(a, b).contains(a) <==> a < b);
    range_set_properties::<u8>(3, 1);
    assert(Set::<u8>::range(3, 1).len() == 0);
}

proof fn range_wrong_len(a: usize, b: usize)
    requires
        a <= b,
{
    range_set_properties::<usize>(a, b);
    assert(Set::<usize>::range(a, b).len() == b - a + 1); //~ ERROR assertion failed
}

proof fn range_wrong_member(a: i32, b: i32) {
    range_set_properties::<i32>(a, b);
    assert(Set::<i32>::range(a, b).contains(b)); //~ ERROR assertion failed
}

fn main() {
}

} // verus!
