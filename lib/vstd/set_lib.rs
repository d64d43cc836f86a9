//! Lemmas about sets (`Set<A>`), and the integer range set.
//!
//! Cardinality (`len`) and finiteness have no encoding in Proofgate's solver terms yet, so
//! the lemmas about them are trusted (`external_body`, listed in docs/vstd.md).
verus! {

impl<A> Set<A> {
    /// No element is in both sets.
    pub open spec fn disjoint(self, s2: Set<A>) -> bool {
        forall|a: A| self.contains(a) ==> !s2.contains(a)
    }

    /// The set has no element.
    pub open spec fn is_empty(self) -> bool {
        forall|a: A| !self.contains(a)
    }
}

/// The integers `lo <= i < hi`.
pub uninterp spec fn set_int_range(lo: int, hi: int) -> Set<int>;

/// What is in `set_int_range(lo, hi)`. (vstd defines the set with a closure, which Proofgate
/// does not encode yet: this axiom stands for that definition.)
#[verifier::external_body]
pub broadcast proof fn axiom_set_int_range(lo: int, hi: int, i: int)
    ensures
        #[trigger] set_int_range(lo, hi).contains(i) <==> lo <= i < hi,
{
}

/// `set_int_range(lo, hi)` is finite with `hi - lo` elements.
#[verifier::external_body]
pub proof fn lemma_int_range(lo: int, hi: int)
    requires
        lo <= hi,
    ensures
        set_int_range(lo, hi).finite(),
        set_int_range(lo, hi).len() == hi - lo,
{
}

/// A subset of a finite set is finite and no larger.
#[verifier::external_body]
pub proof fn lemma_len_subset<A>(s1: Set<A>, s2: Set<A>)
    requires
        s2.finite(),
        s1.subset_of(s2),
    ensures
        s1.len() <= s2.len(),
        s1.finite(),
{
}

/// The union of two disjoint finite sets has the sum of their sizes.
#[verifier::external_body]
pub broadcast proof fn lemma_set_disjoint_lens<A>(a: Set<A>, b: Set<A>)
    requires
        a.finite(),
        b.finite(),
    ensures
        a.disjoint(b) ==> #[trigger] a.union(b).len() == a.len() + b.len(),
{
}

/// The union of two finite sets is no larger than the sum of their sizes.
#[verifier::external_body]
pub broadcast proof fn lemma_len_union<A>(s1: Set<A>, s2: Set<A>)
    requires
        s1.finite(),
        s2.finite(),
    ensures
        #[trigger] s1.union(s2).len() <= s1.len() + s2.len(),
{
}

/// The intersection with a finite set is no larger than it.
#[verifier::external_body]
pub broadcast proof fn lemma_len_intersect<A>(s1: Set<A>, s2: Set<A>)
    requires
        s1.finite(),
    ensures
        #[trigger] s1.intersect(s2).len() <= s1.len(),
{
}

/// A subset of a finite set with as many elements is the set itself.
#[verifier::external_body]
pub proof fn lemma_subset_equality<A>(x: Set<A>, y: Set<A>)
    requires
        x.subset_of(y),
        x.finite(),
        y.finite(),
        x.len() == y.len(),
    ensures
        x =~= y,
{
}

/// Adding the same set to a union again changes nothing.
pub broadcast proof fn lemma_set_union_again1<A>(a: Set<A>, b: Set<A>)
    ensures
        #[trigger] a.union(b).union(b) =~= a.union(b),
{
}

/// Adding the same set to a union again (on the left) changes nothing.
pub broadcast proof fn lemma_set_union_again2<A>(a: Set<A>, b: Set<A>)
    ensures
        #[trigger] a.union(b).union(a) =~= a.union(b),
{
}

/// Intersecting with the same set again changes nothing.
pub broadcast proof fn lemma_set_intersect_again1<A>(a: Set<A>, b: Set<A>)
    ensures
        #[trigger] a.intersect(b).intersect(b) =~= a.intersect(b),
{
}

/// Intersecting with the same set again (on the left) changes nothing.
pub broadcast proof fn lemma_set_intersect_again2<A>(a: Set<A>, b: Set<A>)
    ensures
        #[trigger] a.intersect(b).intersect(a) =~= a.intersect(b),
{
}

/// Two sets are disjoint exactly when their intersection is empty.
pub proof fn lemma_disjoint_iff_empty_intersection<A>(a: Set<A>, b: Set<A>)
    ensures
        a.disjoint(b) <==> a.intersect(b) =~= Set::empty(),
{
    if !a.disjoint(b) {
        let x = choose|x: A| a.contains(x) && b.contains(x);
        assert(a.intersect(b).contains(x));
    }
}

} // verus!
