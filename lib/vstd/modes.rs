//! Moving tracked values (vstd's `modes`).
verus! {

/// Exchanges two tracked values. Trusted, as in vstd: Rust cannot move out of a `&mut`, so
/// there is no body that states the exchange.
#[verifier::external_body]
pub proof fn tracked_swap<V>(tracked a: &mut V, tracked b: &mut V)
    ensures
        *a == *old(b),
        *b == *old(a),
{
}

} // verus!
