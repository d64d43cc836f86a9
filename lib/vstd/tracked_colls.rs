//! vstd's tracked operations on the built-in `Seq` and `Map`: building and taking apart a
//! tracked collection of tracked values. Trusted, as in vstd: a spec value (`Seq::empty()`)
//! cannot become a tracked one in code, so each one's `ensures` is its statement.
verus! {

impl<A> Seq<A> {
    /// A tracked empty sequence.
    #[verifier::external_body]
    pub proof fn tracked_empty() -> (tracked ret: Seq<A>)
        ensures
            ret == Seq::<A>::empty(),
    {
        unimplemented!()
    }

    /// Appends a tracked value.
    #[verifier::external_body]
    pub proof fn tracked_push(tracked &mut self, tracked v: A)
        ensures
            *self == old(self).push(v),
    {
    }
}

impl<K, V> Map<K, V> {
    /// A tracked empty map.
    #[verifier::external_body]
    pub proof fn tracked_empty() -> (tracked ret: Map<K, V>)
        ensures
            ret == Map::<K, V>::empty(),
    {
        unimplemented!()
    }
}

} // verus!
