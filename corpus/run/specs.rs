// Specifications at run time: asserts, requires, spec fns; ghost code is erased.
use vstd::prelude::*;

verus! {

pub open spec fn double(x: int) -> int {
    2 * x
}

pub open spec fn fib(n: nat) -> nat
    decreases n,
{
    if n < 2 { n } else { fib((n - 1) as nat) + fib((n - 2) as nat) }
}

proof fn lemma_double(x: int)
    ensures double(x) == x + x,
{
}

fn halve(x: u64) -> (r: u64)
    requires
        x % 2 == 0,
        x < 1000,
    ensures
        double(r as int) == x,
{
    x / 2
}

fn get(v: &Vec<u64>, i: usize) -> u64
    requires
        i < v.len(),
{
    v[i]
}

fn needs_ghost(x: u64, Ghost(g): Ghost<int>) -> u64
    requires
        g == x,
{
    x
}

#[test]
fn ok_specs() {
    let r = halve(10);
    assert(r == 5);
    assert(double(r as int) == 10);
    assert(fib(10) == 55);
    // u64 + u64 in a spec is an int: no overflow here.
    assert(u64::MAX + 1 > u64::MAX);
    let v = vec![1u64, 2];
    let g1 = get(&v, 1);
    assert(g1 == 2);
    proof {
        lemma_double(3);
    }
    let ghost g: int = 5;
    assert(g == 5); // not evaluable: counted as unchecked
    assert(forall|i: int| 0 <= i < v.len() ==> v@[i] > 0); // bounded: evaluated
    assert(exists|i: int| 0 <= i < v.len() && #[trigger] v@[i] == 2);
    assert(forall|x: int| double(x) == x + x); // unbounded: unchecked
    assume(false);
    let n = needs_ghost(3, Ghost(3));
    assert(n == 3);
}

#[test]
fn fail_precondition() {
    let r = halve(7);
}

#[test]
fn fail_precondition_second_clause() {
    let r = halve(2000);
}

#[test]
fn fail_vec_precondition() {
    let v = vec![1u64];
    let x = get(&v, 3);
}

#[test]
fn fail_assert() {
    let r = halve(8);
    assert(r == 3);
}

#[test]
fn fail_forall() {
    let v = vec![1u64, 0, 3];
    assert(forall|i: int, j: int| 0 <= i < j < v.len() ==> v@[i] + v@[j] > 0);
    assert(forall|i: int| 0 <= i < v.len() ==> v@[i] > 0);
}

#[test]
fn fail_assert_spec_fn() {
    assert(fib(5) == 6);
}

} // verus!
