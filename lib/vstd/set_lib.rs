//! Lemmas about sets (`Set<A>`), and the integer range set.
//!
//! Cardinality (`len`) and finiteness are solver primitives with vstd's axioms (empty,
//! insert, remove, union, intersect, difference); the lemmas here are proved from them.
//! Every `Set` is finite (vstd's finite sets), so the lemmas need no `finite()` premise;
//! `ISet` is the possibly infinite set (docs/semantics.md).
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

    /// Some element of the set (an arbitrary value when the set is empty).
    pub open spec fn choose(self) -> A {
        choose|a: A| self.contains(a)
    }

    /// `f` maps no two elements of the set to the same value.
    pub open spec fn injective_on<B>(self, f: spec_fn(A) -> B) -> bool {
        forall|x1: A, x2: A| #![trigger f(x1), f(x2)] self.contains(x1) && self.contains(x2) && f(x1) == f(x2) ==> x1 == x2
    }

    /// Filtering a finite set keeps it finite and makes it no larger.
    pub proof fn lemma_len_filter(self, f: spec_fn(A) -> bool)
        ensures
            self.filter(f).len() <= self.len(),
    {
        lemma_len_subset(self.filter(f), self);
    }
}

impl<A> ISet<A> {
    /// No element is in both sets.
    pub open spec fn disjoint(self, s2: ISet<A>) -> bool {
        forall|a: A| self.contains(a) ==> !s2.contains(a)
    }

    /// The set has no element.
    pub open spec fn is_empty(self) -> bool {
        forall|a: A| !self.contains(a)
    }

    /// Every value of `A` is in the set.
    pub open spec fn is_full(self) -> bool {
        forall|a: A| self.contains(a)
    }

    /// Some element of the set (an arbitrary value when the set is empty).
    pub open spec fn choose(self) -> A {
        choose|a: A| self.contains(a)
    }

    /// Both sets have the same elements (an `ISet` and a `Set`).
    pub open spec fn congruent(self, s2: Set<A>) -> bool {
        forall|a: A| self.contains(a) <==> s2.contains(a)
    }
}

/// The integers `lo <= i < hi`.
pub open spec fn set_int_range(lo: int, hi: int) -> Set<int> {
    Set::range(lo, hi)
}

/// What is in `set_int_range(lo, hi)` (its definition, as a lemma to call).
pub broadcast proof fn axiom_set_int_range(lo: int, hi: int, i: int)
    ensures
        #[trigger] set_int_range(lo, hi).contains(i) <==> lo <= i < hi,
{
}

/// `set_int_range(lo, hi)` is finite with `hi - lo` elements.
pub proof fn lemma_int_range(lo: int, hi: int)
    requires
        lo <= hi,
    ensures
        set_int_range(lo, hi).finite(),
        set_int_range(lo, hi).len() == hi - lo,
    decreases hi - lo,
{
    if lo == hi {
        assert forall|i: int| !set_int_range(lo, hi).contains(i) by {
            axiom_set_int_range(lo, hi, i);
        }
        assert(set_int_range(lo, hi) =~= Set::empty());
    } else {
        lemma_int_range(lo, hi - 1);
        axiom_set_int_range(lo, hi - 1, hi - 1);
        assert forall|i: int| #[trigger] set_int_range(lo, hi).contains(i) == set_int_range(lo, hi - 1).insert(hi - 1).contains(i) by {
            axiom_set_int_range(lo, hi, i);
            axiom_set_int_range(lo, hi - 1, i);
        }
        assert(set_int_range(lo, hi) =~= set_int_range(lo, hi - 1).insert(hi - 1));
    }
}

/// A subset of a finite set is finite and no larger.
pub proof fn lemma_len_subset<A>(s1: Set<A>, s2: Set<A>)
    requires
        s1.subset_of(s2),
    ensures
        s1.len() <= s2.len(),
    decreases s2.len(),
{
    if s2.len() == 0 {
        assert(s1 =~= Set::empty());
    } else {
        let a = choose|a: A| s2.contains(a);
        lemma_len_subset(s1.remove(a), s2.remove(a));
        if s1.contains(a) {
            assert(s1 =~= s1.remove(a).insert(a));
        } else {
            assert(s1 =~= s1.remove(a));
        }
    }
}

/// The union of two disjoint finite sets has the sum of their sizes.
pub broadcast proof fn lemma_set_disjoint_lens<A>(a: Set<A>, b: Set<A>)
    ensures
        a.disjoint(b) ==> #[trigger] a.union(b).len() == a.len() + b.len(),
    decreases b.len(),
{
    if a.disjoint(b) {
        if b.len() == 0 {
            assert(b =~= Set::empty());
            assert(a.union(b) =~= a);
        } else {
            let x = choose|x: A| b.contains(x);
            lemma_set_disjoint_lens(a, b.remove(x));
            assert(a.union(b) =~= a.union(b.remove(x)).insert(x));
        }
    }
}

/// The union of two finite sets is no larger than the sum of their sizes.
pub broadcast proof fn lemma_len_union<A>(s1: Set<A>, s2: Set<A>)
    ensures
        #[trigger] s1.union(s2).len() <= s1.len() + s2.len(),
{
    lemma_set_disjoint_lens(s1, s2.difference(s1));
    assert(s1.union(s2) =~= s1.union(s2.difference(s1)));
    lemma_len_subset(s2.difference(s1), s2);
}

/// The intersection with a finite set is no larger than it.
pub broadcast proof fn lemma_len_intersect<A>(s1: Set<A>, s2: Set<A>)
    ensures
        #[trigger] s1.intersect(s2).len() <= s1.len(),
{
    lemma_len_subset(s1.intersect(s2), s1);
}

/// A subset of a finite set with as many elements is the set itself.
pub proof fn lemma_subset_equality<A>(x: Set<A>, y: Set<A>)
    requires
        x.subset_of(y),
        x.len() == y.len(),
    ensures
        x =~= y,
{
    assert forall|a: A| y.contains(a) implies x.contains(a) by {
        if !x.contains(a) {
            lemma_len_subset(x, y.remove(a));
        }
    }
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

/// Mapping a finite set by a function injective on it gives a finite set of the same size.
pub proof fn lemma_map_size<A, B>(x: Set<A>, y: Set<B>, f: spec_fn(A) -> B)
    requires
        x.injective_on(f),
        x.map(f) == y,
    ensures
        x.len() == y.len(),
    decreases x.len(),
{
    if x.len() == 0 {
        assert(x =~= Set::empty());
        assert(y =~= Set::empty());
        assert(Set::<B>::empty().finite());
    } else {
        let a = x.choose();
        assert(x.contains(a));
        assert forall|b: B| #[trigger] x.remove(a).map(f).contains(b) <==> y.remove(f(a)).contains(b) by {
            if y.remove(f(a)).contains(b) {
                let a2 = choose|a2: A| x.contains(a2) && f(a2) == b;
                assert(x.remove(a).contains(a2));
            }
            if x.remove(a).map(f).contains(b) {
                let a2 = choose|a2: A| x.remove(a).contains(a2) && f(a2) == b;
                assert(f(a2) != f(a));
            }
        }
        assert(x.remove(a).map(f) =~= y.remove(f(a)));
        lemma_map_size(x.remove(a), y.remove(f(a)), f);
        assert(y.contains(f(a)));
        // (not `y.remove(f(a)).insert(f(a))`: the solver folds that back into `y`)
        let single = Set::<B>::empty().insert(f(a));
        assert(single.finite());
        assert(y =~= y.remove(f(a)).union(single));
        assert(y.remove(f(a)).union(single).finite());
    }
}

/// The types `Set::range(lo, hi)` is defined at (vstd's integer types): what is in the range,
/// and how many elements it has.
pub trait FiniteRange: Sized {
    spec fn in_range(i: Self, lo: Self, hi: Self) -> bool;

    spec fn range_set(lo: Self, hi: Self) -> Set<Self>;

    spec fn range_len(lo: Self, hi: Self) -> nat;

    proof fn range_properties(lo: Self, hi: Self)
        ensures
            forall|i: Self| #[trigger] Self::range_set(lo, hi).contains(i) <==> Self::in_range(i, lo, hi),
            Self::range_set(lo, hi).len() == Self::range_len(lo, hi),
    ;
}

/// `Set::range(lo, hi)` holds the values `lo <= i < hi` and has `hi - lo` of them (none when `hi < lo`).
pub broadcast proof fn range_set_properties<A: FiniteRange>(lo: A, hi: A)
    ensures
        forall|i: A| #[trigger] A::range_set(lo, hi).contains(i) <==> A::in_range(i, lo, hi),
        (#[trigger] A::range_set(lo, hi)).len() == A::range_len(lo, hi),
{
    A::range_properties(lo, hi);
}

impl FiniteRange for int {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for nat {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for usize {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for u8 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for u16 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for u32 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for u64 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for u128 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for isize {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for i8 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for i16 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for i32 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for i64 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

impl FiniteRange for i128 {
    open spec fn in_range(i: Self, lo: Self, hi: Self) -> bool {
        lo <= i < hi
    }

    open spec fn range_set(lo: Self, hi: Self) -> Set<Self> {
        Set::range(lo, hi)
    }

    open spec fn range_len(lo: Self, hi: Self) -> nat {
        if lo <= hi { (hi - lo) as nat } else { 0 }
    }

    proof fn range_properties(lo: Self, hi: Self) {
    }
}

} // verus!
