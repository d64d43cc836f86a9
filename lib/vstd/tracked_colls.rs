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
    /// Takes out the tracked value at `i`.
    #[verifier::external_body]
    pub proof fn tracked_remove(tracked &mut self, i: int) -> (tracked ret: A)
        requires
            0 <= i < old(self).len(),
        ensures
            ret == old(self)[i],
            self.len() == old(self).len() - 1,
            *self == old(self).remove(i),
    {
        unimplemented!()
    }

    /// Puts a tracked value at `i`, moving the later ones up.
    #[verifier::external_body]
    pub proof fn tracked_insert(tracked &mut self, i: int, tracked v: A)
        requires
            0 <= i <= old(self).len(),
        ensures
            self.len() == old(self).len() + 1,
            *self == old(self).insert(i, v),
    {
    }

    /// Borrows the tracked value at `i`.
    #[verifier::external_body]
    pub proof fn tracked_borrow(tracked &self, i: int) -> (tracked ret: &A)
        requires
            0 <= i < self.len(),
        ensures
            *ret == self[i],
    {
        unimplemented!()
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
    /// Adds (or replaces) the tracked value at `key`.
    #[verifier::external_body]
    pub proof fn tracked_insert(tracked &mut self, key: K, tracked value: V)
        ensures
            *self == old(self).insert(key, value),
    {
    }

    /// Takes out the tracked value at `key`.
    #[verifier::external_body]
    pub proof fn tracked_remove(tracked &mut self, key: K) -> (tracked v: V)
        requires
            old(self).dom().contains(key),
        ensures
            *self == old(self).remove(key),
            v == old(self)[key],
    {
        unimplemented!()
    }

    /// Borrows the tracked value at `key`.
    #[verifier::external_body]
    pub proof fn tracked_borrow(tracked &self, key: K) -> (tracked v: &V)
        requires
            self.dom().contains(key),
        ensures
            *v == self[key],
    {
        unimplemented!()
    }

    /// Takes out the tracked values at `keys`, as a map of their own.
    #[verifier::external_body]
    pub proof fn tracked_remove_keys(tracked &mut self, keys: Set<K>) -> (tracked out_map: Map<K, V>)
        requires
            keys.subset_of(old(self).dom()),
        ensures
            *self == old(self).remove_keys(keys),
            out_map == old(self).restrict(keys),
    {
        unimplemented!()
    }

    /// Adds the entries of `right`, which win where both have a key.
    #[verifier::external_body]
    pub proof fn tracked_union_prefer_right(tracked &mut self, tracked right: Map<K, V>)
        ensures
            *self == old(self).union_prefer_right(right),
    {
    }
}

} // verus!
