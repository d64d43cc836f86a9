//! Spec functions and lemmas about maps (`Map<K, V>`).
verus! {

impl<K, V> Map<K, V> {
    /// The map has no key.
    pub open spec fn is_empty(self) -> bool {
        forall|k: K| !self.dom().contains(k)
    }

    /// Every key of `self` is a key of `m2` with the same value.
    pub open spec fn submap_of(self, m2: Map<K, V>) -> bool {
        forall|k: K| #[trigger] self.dom().contains(k) ==> m2.dom().contains(k) && self[k] == m2[k]
    }
}

impl<K, V> IMap<K, V> {
    /// The map has no key.
    pub open spec fn is_empty(self) -> bool {
        forall|k: K| !self.dom().contains(k)
    }

    /// Every key of `self` is a key of `m2` with the same value.
    pub open spec fn submap_of(self, m2: IMap<K, V>) -> bool {
        forall|k: K| #[trigger] self.dom().contains(k) ==> m2.dom().contains(k) && self[k] == m2[k]
    }
}

/// Inserting a key makes it a key with that value, and keeps the other keys and values.
pub proof fn lemma_insert_properties<K, V>(m: Map<K, V>, k: K, v: V)
    ensures
        m.insert(k, v).dom().contains(k),
        m.insert(k, v)[k] == v,
        forall|k2: K| k2 != k ==> (#[trigger] m.insert(k, v).dom().contains(k2) <==> m.dom().contains(k2)),
{
}

/// Removing a key from a map leaves a submap of it.
pub proof fn lemma_remove_submap<K, V>(m: Map<K, V>, k: K)
    ensures
        m.remove(k).submap_of(m),
        !m.remove(k).dom().contains(k),
{
}

} // verus!
