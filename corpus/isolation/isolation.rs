// Per-item isolation (run by __tests__/check/isolation.test.ts in verify mode): errors and
// not-supported constructs stop only their own item and the users of a broken signature.
use vstd::prelude::*;

verus! {

// Verified although other items in the crate are broken.
fn good(x: u64) -> (r: u64)
    requires
        x < 100,
    ensures
        r == x + 1,
{
    x + 1
}

// Still fails: a proof failure is reported next to the static errors.
fn still_fails(x: u64) {
    assert(x < 10);
}

// A type error in the body: not verified, reported; its spec stays usable.
fn body_error(x: u64) -> (r: u64)
    ensures
        r == x,
{
    let b: bool = x;
    x
}

fn calls_body_error(x: u64) -> (r: u64)
    ensures
        r == x,
{
    body_error(x)
}

// An error in the signature: every use of it is an error at the use.
fn bad_signature(x: u64) -> u64
    requires
        undefined_spec(x),
{
    x
}

fn calls_bad_signature(x: u64) -> u64 {
    bad_signature(x)
}

// A not-supported construct in the body: reported, not verified.
fn uses_closure(x: u64) -> u64 {
    let f = |y: u64| -> (r: u64) ensures r == y { y };
    x
}

// A spec fn whose body is not supported: its users are not supported either (not errors).
spec fn unsupported_spec(x: u64) -> bool {
    x.trailing_zeros() > 0
}

fn uses_unsupported_spec(x: u64)
    requires
        unsupported_spec(x),
{
}

fn main() {
}

} // verus!
