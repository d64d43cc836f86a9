use vstd::prelude::*;
use vstd::raw_ptr::*;
use core::ptr::NonNull;

verus! {

// `external_type_specification` declares std's `NonNull<T>` known to verified code (here it is
// vstd's model already): the type stays opaque, known only through its fns' specs.
#[verifier::external_type_specification]
#[verifier::external_body]
#[verifier::accept_recursive_types(T)]
pub struct ExNonNull<T>(NonNull<T>);

// recursive through the pointer type, as svsm's slab pages are
pub struct Node {
    pub next: Option<NonNull<Node>>,
    pub val: u64,
}

fn next_addr_true(n: &Node) -> (a: usize)
    requires n.next is Some,
    ensures a != 0,
{
    let p = n.next.unwrap().as_ptr();
    p as usize
}
fn next_addr_false(n: &Node) -> (a: usize)
    requires n.next is Some,
    ensures a == 4096, //~ ERROR postcondition not satisfied
{
    let p = n.next.unwrap().as_ptr();
    p as usize
}

} // verus!
