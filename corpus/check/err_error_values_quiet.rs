//@ no-verify
// A value whose type is unknown because of a construct already reported `not supported`
// gives no further errors: not through a tuple or `Tracked(..)` pattern, not as an operand of
// spec arithmetic, not as a method receiver, not when assigned or returned
// later or passed to an unknown callee. A struct literal of a vstd type is `not
// supported` (not "cannot find"). Real errors beside them are still reported.
use vstd::prelude::*;
use vstd::cell::PointsToData;

verus! {

pub struct Token {
    pub n: nat,
}

proof fn split_unknown() {
    let tracked (Tracked(a), Tracked(mut b)) = vstd::unmodelled::make_pair(); //~ ERROR not supported: `vstd::unmodelled::make_pair`
    let tracked c = b.take_one(a);
    let d = a.n + 1;
}

type Fallible<T> = Result<T, u8>; //~ ERROR not supported: type aliases

fn returned_at_unknown(x: Option<u8>) -> Fallible<u8> { //~ ERROR not supported: `Fallible` (type aliases)
    let v = x.ok_or(0u8)?;
    if v == 0 {
        return Err(1);
    }
    Ok(v)
}

proof fn assigned_unknown() {
    let tracked mut late;
    late = vstd::unmodelled::make_one(); //~ ERROR not supported: `vstd::unmodelled::make_one`
    let tracked part = late.take_one();
}

spec fn binder_through_unknown(s: Seq<u64>) -> bool {
    forall|x| vstd::unmodelled::holds(x) ==> x.is_small() //~ ERROR not supported: `vstd::unmodelled::holds`
}

spec fn first_of<T>(m: Map<nat, T>) -> T {
    m[0]
}

spec fn generic_over_unknown() -> bool {
    let v = first_of(vstd::unmodelled::table()); //~ ERROR not supported: `vstd::unmodelled::table`
    v.is_small()
}

proof fn destructure_unknown() {
    let tracked (a, Tracked(b)) = vstd::unmodelled::token_pair(); //~ ERROR not supported: `vstd::unmodelled::token_pair`
    let tracked Token { n } = b;
}

spec fn sum_with_unknown(t: Token) -> nat {
    t.n + vstd::unmodelled::count(t) //~ ERROR not supported: `vstd::unmodelled::count`
}

spec fn literal_of_vstd_struct(p: u64) -> bool {
    let d = PointsToData { ptr: p, opt_value: arbitrary() }; //~ ERROR not supported: `PointsToData { .. }` (vstd/std items outside the built-in prelude)
    true
}

spec fn real_error_stays(t: Token) -> nat {
    t.n - 1 //~ ERROR mismatched types
}

fn main() {
}

} // verus!
