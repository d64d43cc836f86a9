//@ no-verify
// Current Verus constructs the engine gives no meaning to yet: each parses and gets one
// `unsupported` diagnostic at its own span, never a syntax error and never a silent pass.
use vstd::prelude::*;

verus! {

pub struct Cell {
    pub v: u64,
}

pub enum Slot {
    Full(u64),
    Empty,
}

global size_of Cell == 8; //~ ERROR not supported: `global size_of` of a type whose size Proofgate does not compute

pub assume_specification[ core::cmp::max ](a: u64, b: u64) -> u64; //~ ERROR not supported: `assume_specification`

axiom fn ax_zero(x: int) //~ ERROR not supported: `axiom fn`
    ensures
        x * 0 == 0;

proof fn whole_by(x: int, y: int) by (nonlinear_arith) //~ ERROR not supported: a prover for a whole function (`fn f(..) by (..)`)
    requires
        x > 0,
    ensures
        x * y == y * x,
{
}

spec fn twice(x: int) -> int {
    2 * x
}

spec fn applies(f: proof_fn(int) -> int, x: int) -> int { //~ ERROR not supported: `proof_fn` types
    x
}

spec fn via_qualified(c: Cell) -> u64 {
    <Cell as Clone>::clone(&c).v //~ ERROR not supported: qualified paths
}

fn closures(x: u64) -> u64 {
    let a = |y: u64| y + 1; // (typed: not supported only when verifying)
    let b = |y| y * 2;
    let c = |tracked t: Cell| t; //~ ERROR not supported: closures
    x
}

proof fn proof_closure() {
    let f = proof |x: int| -> (r: int) ensures r == x { x }; //~ ERROR not supported: proof closures
}

fn named_iterator(n: u64) {
    for i in it: 0..n { // (typed: not supported only when verifying)
    }
}

proof fn let_else(o: Option<u64>) -> u64 {
    let Some(v) = o else { return 0 }; //~ ERROR not supported: `let ... else` in proof code
    v
}

fn question(o: Result<u64, u8>) -> Result<u64, u16> {
    let v = o?; //~ ERROR not supported: the `?` operator converting the error type `u8` into `u16` (`From::from`)
    Ok(v)
}

fn question_kind(o: Option<u64>) -> Result<u64, u16> {
    let v = o?; //~ ERROR not supported: the `?` operator on an `Option` in a fn that does not return an `Option`
    Ok(v)
}

fn range_value(n: u64) {
    let r = 0..n; // (typed: not supported only when verifying)
}

fn slices(a: [u64; 2]) -> u64 {
    let [x, y] = a; //~ ERROR not supported: slice patterns
    0
}

fn loop_clauses(n: u64) {
    let mut i = 0;
    while i < n
        invariant
            i <= n,
        invariant_ensures //~ ERROR not supported: `invariant_ensures`
            i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
}

// (`no_unwind` is checked now: corpus/verify/no_unwind.rs.) On a trusted fn it is trusted,
// as its other clauses are.
#[verifier::external_body]
fn no_unwind_trusted(x: u64)
    no_unwind
{
}

fn opens_and_returns(x: u64) -> u64
    opens_invariants none
    returns x
{
    x
}

union Bits { //~ ERROR not supported: `union` items
    a: u64,
    b: i64,
}

macro_rules! double {
    ($e:expr) => { $e * 2 };
}

// A `macro_rules!` macro is expanded where it is used.
fn uses_macro(x: u64) -> u64 {
    double!(x)
}

crate::helpers::make_consts! { ONE = 1 } //~ ERROR not supported: macro invocation `make_consts!` as an item

exec_spec! { //~ ERROR not supported: macro invocation `exec_spec!` as an item
    spec fn generated(x: int) -> int { x }
}

fn main() {
}

spec fn mask_low(x: u64, n: u64) -> u64 {
    x & ((1u64 << n) - 1) //~ ERROR not supported: operator `&` on a machine integer and an `int` in spec code
}

} // verus!
