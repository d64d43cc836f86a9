//! vstd's `Multiset<V>`: finite multisets, an opaque type known only through its trusted
//! axioms (as in vstd). Its model is a function `V -> nat` that is nonzero at finitely many
//! values (`count`); `len` is the sum of the counts. Every axiom below holds of that model.
//! The struct is `#[verifier::external_body]`: the solver sees an uninterpreted sort, so
//! nothing distinguishes two multisets with the same counts (`axiom_multiset_ext_equal`).
verus! {

/// A finite multiset of values of type `V` (vstd's `Multiset`).
#[verifier::external_body]
#[verifier::ext_equal]
pub struct Multiset<V> {
    dummy: Ghost<Option<V>>,
}

impl<V> Multiset<V> {
    /// How many times `value` is in the multiset.
    pub uninterp spec fn count(self, value: V) -> nat;

    /// The number of values in the multiset, counted with their multiplicity.
    pub uninterp spec fn len(self) -> nat;

    /// The empty multiset.
    pub uninterp spec fn empty() -> Self;

    /// The multiset counting each key of `m` `m[key]` times (meaningful for a finite domain).
    pub uninterp spec fn from_map(m: Map<V, nat>) -> Self;

    /// The multiset holding each member of `m` once (meaningful for a finite set).
    pub open spec fn from_set(m: Set<V>) -> Self {
        Self::from_map(Map::new(m, |v: V| 1nat))
    }

    /// The multiset holding `v` once.
    pub uninterp spec fn singleton(v: V) -> Self;

    /// The sum of two multisets: counts add up.
    pub uninterp spec fn add(self, m2: Self) -> Self;

    /// The difference of two multisets: counts subtract, stopping at zero.
    pub uninterp spec fn sub(self, m2: Self) -> Self;

    /// One more `v`.
    pub open spec fn insert(self, v: V) -> Self {
        self.add(Self::singleton(v))
    }

    /// One `v` fewer (unchanged if there is none).
    pub open spec fn remove(self, v: V) -> Self {
        self.sub(Self::singleton(v))
    }

    /// Whether every value is in `self` at most as many times as in `m2`.
    pub open spec fn subset_of(self, m2: Self) -> bool {
        forall|v: V| self.count(v) <= m2.count(v)
    }

    /// `self <= m2`: `subset_of`.
    #[verifier::inline]
    pub open spec fn spec_le(self, m2: Self) -> bool {
        self.subset_of(m2)
    }

    /// The values of the multiset `f` holds of, with their counts.
    pub uninterp spec fn filter(self, f: spec_fn(V) -> bool) -> Self;

    /// Some value of the multiset (any value if it is empty).
    pub open spec fn choose(self) -> V {
        choose|v: V| self.count(v) > 0
    }

    /// Whether `v` is in the multiset.
    pub open spec fn contains(self, v: V) -> bool {
        self.count(v) > 0
    }

    /// Whether no value is in both.
    pub open spec fn is_disjoint_from(self, other: Self) -> bool {
        forall|x: V| self.count(x) == 0 || other.count(x) == 0
    }

    /// Whether the multiset is empty.
    pub open spec fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Whether the multiset holds exactly one value once.
    pub open spec fn is_singleton(self) -> bool {
        &&& self.len() > 0
        &&& (forall|x: V| self.contains(x) ==> self.count(x) == 1)
        &&& (forall|x: V, y: V| self.contains(x) && self.contains(y) ==> x == y)
    }
}

/// Nothing is in the empty multiset.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_empty<V>(v: V)
    ensures
        #[trigger] Multiset::empty().count(v) == 0,
{
}

/// A key of a map with a finite domain is counted as the map says.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_contained<V>(m: Map<V, nat>, v: V)
    requires
        m.dom().finite(),
        m.dom().contains(v),
    ensures
        #[trigger] Multiset::from_map(m).count(v) == m[v],
{
}

/// A value outside a finite map's domain is not counted.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_new_not_contained<V>(m: Map<V, nat>, v: V)
    requires
        m.dom().finite(),
        !m.dom().contains(v),
    ensures
        #[trigger] Multiset::from_map(m).count(v) == 0,
{
}

/// A singleton holds its value once.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_singleton<V>(v: V)
    ensures
        (#[trigger] Multiset::singleton(v)).count(v) == 1,
{
}

/// A singleton holds no other value.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_singleton_different<V>(v: V, w: V)
    ensures
        v != w ==> #[trigger] Multiset::singleton(v).count(w) == 0,
{
}

/// `add` adds counts.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_add<V>(m1: Multiset<V>, m2: Multiset<V>, v: V)
    ensures
        #[trigger] m1.add(m2).count(v) == m1.count(v) + m2.count(v),
{
}

/// `sub` subtracts counts, stopping at zero.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_sub<V>(m1: Multiset<V>, m2: Multiset<V>, v: V)
    ensures
        #[trigger] m1.sub(m2).count(v) == if m1.count(v) >= m2.count(v) {
            m1.count(v) - m2.count(v)
        } else {
            0
        },
{
}

/// Two multisets are equal (`=~=`, which gives `==`) exactly when they count alike.
#[verifier::external_body]
pub broadcast proof fn axiom_multiset_ext_equal<V>(m1: Multiset<V>, m2: Multiset<V>)
    ensures
        #[trigger] (m1 =~= m2) <==> (forall|v: V| m1.count(v) == m2.count(v)),
{
}

/// The empty multiset has no values.
#[verifier::external_body]
pub broadcast proof fn axiom_len_empty<V>()
    ensures
        (#[trigger] Multiset::<V>::empty().len()) == 0,
{
}

/// A singleton has one value.
#[verifier::external_body]
pub broadcast proof fn axiom_len_singleton<V>(v: V)
    ensures
        (#[trigger] Multiset::<V>::singleton(v).len()) == 1,
{
}

/// The length of a sum is the sum of the lengths.
#[verifier::external_body]
pub broadcast proof fn axiom_len_add<V>(m1: Multiset<V>, m2: Multiset<V>)
    ensures
        (#[trigger] m1.add(m2).len()) == m1.len() + m2.len(),
{
}

/// Taking out a sub-multiset takes out its length.
#[verifier::external_body]
pub broadcast proof fn axiom_len_sub<V>(m1: Multiset<V>, m2: Multiset<V>)
    requires
        m2.subset_of(m1),
    ensures
        (#[trigger] m1.sub(m2).len()) == m1.len() - m2.len(),
{
}

/// No value is counted more often than the length.
#[verifier::external_body]
pub broadcast proof fn axiom_count_le_len<V>(m: Multiset<V>, v: V)
    ensures
        #[trigger] m.count(v) <= #[trigger] m.len(),
{
}

/// `filter` keeps the counts of the values `f` holds of, and drops the others.
#[verifier::external_body]
pub broadcast proof fn axiom_filter_count<V>(m: Multiset<V>, f: spec_fn(V) -> bool, v: V)
    ensures
        (#[trigger] m.filter(f).count(v)) == if f(v) {
            m.count(v)
        } else {
            0
        },
{
}

/// A nonempty multiset holds the value `choose` picks.
#[verifier::external_body]
pub broadcast proof fn axiom_choose_count<V>(m: Multiset<V>)
    requires
        #[trigger] m.len() != 0,
    ensures
        #[trigger] m.count(m.choose()) > 0,
{
}

/// vstd's multiset axioms (in force in every crate, as vstd's default groups are).
pub broadcast group group_multiset_axioms {
    axiom_multiset_empty,
    axiom_multiset_contained,
    axiom_multiset_new_not_contained,
    axiom_multiset_singleton,
    axiom_multiset_singleton_different,
    axiom_multiset_add,
    axiom_multiset_sub,
    axiom_multiset_ext_equal,
    axiom_len_empty,
    axiom_len_singleton,
    axiom_len_add,
    axiom_len_sub,
    axiom_count_le_len,
    axiom_filter_count,
    axiom_choose_count,
}

/// `insert` adds one to the value's count.
pub broadcast proof fn lemma_insert_increases_count_by_1<V>(m: Multiset<V>, x: V)
    ensures
        #[trigger] m.insert(x).count(x) == m.count(x) + 1,
{
    broadcast use group_multiset_axioms;
}

/// `insert` leaves the other values' counts alone.
pub broadcast proof fn lemma_insert_other_elements_unchanged<V>(m: Multiset<V>, x: V, y: V)
    ensures
        x != y ==> m.count(y) == #[trigger] m.insert(x).count(y),
{
    broadcast use group_multiset_axioms;
}

/// `insert` adds one to the length.
pub broadcast proof fn lemma_insert_len<V>(m: Multiset<V>, x: V)
    ensures
        #[trigger] m.insert(x).len() == m.len() + 1,
{
    broadcast use group_multiset_axioms;
}

impl<V> Multiset<V> {
    /// A multiset holding exactly `x` once is `singleton(x)`.
    pub proof fn lemma_is_singleton_contains_elem_equal_singleton(self, x: V)
        requires
            self.is_singleton(),
            self.contains(x),
        ensures
            self =~= Multiset::singleton(x),
    {
        broadcast use group_multiset_axioms;
        assert forall|y: V| #[trigger] Multiset::singleton(x).count(y) == self.count(y) by {
            if y == x {
                assert(self.count(x) == 1);
                assert(Multiset::singleton(x).count(x) == 1);
            } else {
                assert(Multiset::singleton(x).count(y) == 0);
                if self.count(y) > 0 {
                    assert(self.contains(x) && self.contains(y));
                }
            }
        }
    }

    /// A singleton multiset has length 1.
    pub proof fn lemma_singleton_size(self)
        requires
            self.is_singleton(),
        ensures
            self.len() == 1,
    {
        broadcast use group_multiset_axioms;
        self.lemma_is_singleton_contains_elem_equal_singleton(self.choose());
    }

    /// A multiset is a singleton exactly when its length is 1.
    pub proof fn lemma_is_singleton(s: Multiset<V>)
        ensures
            s.is_singleton() <==> (s.len() == 1),
    {
        broadcast use group_multiset_axioms;
        if s.is_singleton() {
            s.lemma_singleton_size();
        }
        if s.len() == 1 {
            assert forall|x: V, y: V| s.contains(x) && s.contains(y) implies x == y by {
                assert(s.remove(x).len() == 0);
                if x != y {
                    assert(s.remove(x).count(y) == 0);
                    assert(s.remove(x).insert(x) =~= s);
                }
            }
        }
    }
}

} // verus!
