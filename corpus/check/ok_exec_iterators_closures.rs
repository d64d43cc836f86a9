//@ no-verify
// Plain exec constructs rustc accepts, inside verified code: exec closures, `bool::then`, range
// values and their iterator methods, `for` over a reversed range with a named ghost iterator,
// subslices. The checker types them all; verifying a function that makes a closure, a range
// value or such a loop is `not supported` (corpus/verify/exec_iterators_unsupported.rs), except
// `bool::then` with a closure literal, which means `if c { Some(body) } else { None }`.
use vstd::prelude::*;

verus! {

fn offset_in(start: u64, len: u64, v: u64) -> Option<u64> {
    (start <= v && v - start < len).then(|| v - start)
}

fn twice(x: u32) -> u32 {
    let add = |a: u32, b: u32| -> u32 { a.wrapping_add(b) };
    add(x, x)
}

fn first_free(used: [bool; 8], from: usize) -> Option<usize> {
    (from..8).find(|i: &usize| !used[*i])
}

fn any_free(used: [bool; 8]) -> Option<usize> {
    (0..8usize).rev().find(|i| !used[*i])
}

fn has(lo: u8, hi: u8, x: u8) -> bool {
    let r = lo..=hi;
    r.contains(&x)
}

fn countdown(n: u64) -> u64 {
    let mut total: u64 = 0;
    #[verus_spec(it =>
        invariant
            total <= n,
            it.index() <= n,
    )]
    for i in (0..n).rev() {
        if total < n {
            total = total + 1;
        }
    }
    total
}

fn middle(a: &[u8]) -> usize {
    let s = &a[1..];
    s.len()
}

proof fn remaining_items(n: usize)
    requires
        n > 0,
{
    assert((0..n).remaining().len() >= 0);
}

fn main() {
}

} // verus!
