//! Lemmas about sequences (`Seq<A>`).
verus! {

impl<A> Seq<A> {
    /// The sequence with `a` inserted at index `i` (for `0 <= i <= len`).
    pub open spec fn insert(self, i: int, a: A) -> Seq<A> {
        self.subrange(0, i).push(a) + self.subrange(i, self.len() as int)
    }

    /// The sequence without its element at index `i` (for `0 <= i < len`).
    pub open spec fn remove(self, i: int) -> Seq<A> {
        self.subrange(0, i) + self.subrange(i + 1, self.len() as int)
    }

    /// No two indices hold the same element.
    pub open spec fn no_duplicates(self) -> bool {
        forall|i: int, j: int|
            (0 <= i < self.len() && 0 <= j < self.len() && i != j) ==> #[trigger] self[i] != #[trigger] self[j]
    }

    /// `self` is the first `self.len()` elements of `other`.
    pub open spec fn is_prefix_of(self, other: Seq<A>) -> bool {
        self.len() <= other.len() && self =~= other.subrange(0, self.len() as int)
    }

    /// `self` is the last `self.len()` elements of `other`.
    pub open spec fn is_suffix_of(self, other: Seq<A>) -> bool {
        self.len() <= other.len() && self =~= other.subrange(other.len() - self.len(), other.len() as int)
    }

    /// The sequence without its first element.
    pub open spec fn drop_first(self) -> Seq<A> {
        self.subrange(1, self.len() as int)
    }

    /// The elements in the opposite order.
    pub open spec fn reverse(self) -> Seq<A>
        decreases self.len(),
    {
        if self.len() == 0 {
            Seq::empty()
        } else {
            self.drop_first().reverse().push(self[0])
        }
    }

    /// An index at which `needle` occurs (any one, when it occurs more than once).
    pub open spec fn index_of(self, needle: A) -> int {
        choose|i: int| 0 <= i < self.len() && self[i] == needle
    }
}

/// Reversing keeps the length and mirrors the indices.
pub proof fn lemma_reverse_properties<A>(s: Seq<A>)
    ensures
        s.reverse().len() == s.len(),
        forall|i: int| 0 <= i < s.len() ==> #[trigger] s.reverse()[i] == s[s.len() - 1 - i],
    decreases s.len(),
{
    if s.len() > 0 {
        lemma_reverse_properties(s.drop_first());
    }
}

/// `index_of` finds an element the sequence contains.
pub proof fn lemma_index_of<A>(s: Seq<A>, needle: A)
    requires
        s.contains(needle),
    ensures
        0 <= s.index_of(needle) < s.len(),
        s[s.index_of(needle)] == needle,
{
}

/// Inserting at `i` makes the sequence one longer, puts `a` at `i` and shifts what follows.
pub proof fn lemma_insert_properties<A>(s: Seq<A>, i: int, a: A)
    requires
        0 <= i <= s.len(),
    ensures
        s.insert(i, a).len() == s.len() + 1,
        s.insert(i, a)[i] == a,
        forall|j: int| 0 <= j < i ==> #[trigger] s.insert(i, a)[j] == s[j],
        forall|j: int| i < j <= s.len() ==> #[trigger] s.insert(i, a)[j] == s[j - 1],
{
}

/// Removing at `i` makes the sequence one shorter and shifts what follows `i`.
pub proof fn lemma_remove_properties<A>(s: Seq<A>, i: int)
    requires
        0 <= i < s.len(),
    ensures
        s.remove(i).len() == s.len() - 1,
        forall|j: int| 0 <= j < i ==> #[trigger] s.remove(i)[j] == s[j],
        forall|j: int| i <= j < s.len() - 1 ==> #[trigger] s.remove(i)[j] == s[j + 1],
{
}

/// Appending an element and taking the prefix before it gives the sequence back.
pub proof fn lemma_push_drop_last<A>(s: Seq<A>, a: A)
    ensures
        s.push(a).drop_last() =~= s,
{
}

/// A subrange of a subrange is a subrange of the original sequence.
pub proof fn lemma_subrange_of_subrange<A>(s: Seq<A>, i: int, j: int, k: int, l: int)
    requires
        0 <= i <= j <= s.len(),
        0 <= k <= l <= j - i,
    ensures
        s.subrange(i, j).subrange(k, l) =~= s.subrange(i + k, i + l),
{
}

/// Concatenation is associative.
pub proof fn lemma_seq_add_assoc<A>(a: Seq<A>, b: Seq<A>, c: Seq<A>)
    ensures
        (a + b) + c =~= a + (b + c),
{
}

/// The two halves of a split sequence concatenate back to it.
pub proof fn lemma_split_at<A>(s: Seq<A>, i: int)
    requires
        0 <= i <= s.len(),
    ensures
        s.subrange(0, i) + s.subrange(i, s.len() as int) =~= s,
{
}

/// Every element at an index of the sequence is contained in it.
pub proof fn lemma_index_contains<A>(s: Seq<A>, i: int)
    requires
        0 <= i < s.len(),
    ensures
        s.contains(s[i]),
{
}

} // verus!
