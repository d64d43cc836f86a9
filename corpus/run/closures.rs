// Spec closures at run time: specifications that make and apply them are evaluated.
use vstd::prelude::*;

verus! {

pub open spec fn apply_to(f: spec_fn(int) -> int, x: int) -> int {
    f(x)
}

#[test]
fn ok_closures() {
    let v = vec![1u64, 2, 3];
    assert(Seq::new(3, |i: int| i * 2)[2] == 4);
    assert(v@.map_values(|x: u64| x + 1)[0] == 2);
    assert(v@.map(|i: int, x: u64| i + x)[2] == 5);
    assert(v@.filter(|x: u64| x > 1).len() == 2);
    assert(v@.fold_left(0int, |a: int, x: u64| a * 10 + x) == 123);
    assert(v@.fold_right(|x: u64, a: int| a * 10 + x, 0int) == 321);
    assert(apply_to(|x: int| x + 10, 1) == 11);
    let k: u64 = 5;
    assert(Seq::new(2, |i: int| i + k)[1] == 6);
}

#[test]
fn ok_ranges() {
    assert(Set::<u64>::range(2, 5).contains(4));
    assert(Set::<u64>::range(2, 5).len() == 3);
    assert(Set::<u64>::range_inclusive(2, 5).contains(5));
}

#[test]
fn ok_map_ops() {
    assert(map![1u64 => 10u64, 2 => 20].restrict(set![1u64]) =~= map![1u64 => 10u64]);
    assert(map![1u64 => 10u64, 2 => 20].remove_keys(set![1u64]) =~= map![2u64 => 20u64]);
    assert(map![1u64 => 10u64, 2 => 20].union_prefer_right(map![2u64 => 7u64])[2] == 7);
    assert(map![1u64 => 10u64].map_values(|v: u64| v + 1)[1] == 11);
}

#[test]
fn fail_range() {
    assert(Set::<u64>::range(2, 5).contains(5));
}

#[test]
fn ok_predicate_sets_unchecked() {
    // a set given by a predicate is not computed: the assert is left unchecked
    assert(ISet::new(|x: int| x > 0).contains(1));
}

#[test]
fn fail_closure() {
    let v = vec![1u64, 2, 3];
    assert(v@.map(|i: int, x: u64| i + x)[2] == 4);
}

} // verus!
