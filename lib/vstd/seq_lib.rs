//! Lemmas about sequences (`Seq<A>`).
verus! {

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
