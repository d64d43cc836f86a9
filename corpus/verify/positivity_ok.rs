// Recursive datatypes Verus's positivity rule accepts: the type only in positive positions
// (a Box, a Seq element, a Map value). They verify as usual; the false claims beside the
// true ones fail. (Recursion through a spec_fn result, a generic datatype's parameter, a
// PointsTo, or between two datatypes: corpus/verify/positivity_nested.rs.)
use vstd::prelude::*;

verus! {

pub enum List {
    Nil,
    Cons(int, Box<List>),
}

pub struct Tree {
    pub children: Seq<Tree>,
    pub index: Map<int, Tree>,
}

proof fn cons(x: List)
    requires
        x == List::Cons(1, Box::new(List::Nil)),
    ensures
        x is Cons,
{
}

proof fn cons_false(x: List)
    requires
        x == List::Cons(1, Box::new(List::Nil)),
    ensures
        x is Nil, //~ ERROR postcondition not satisfied
{
}

proof fn tree_children(t: Tree)
    requires
        t.children.len() == 1,
        t.children[0].children.len() == 2,
    ensures
        t.children[0].children.len() > t.children.len(),
{
}

proof fn tree_claim_false(t: Tree)
    requires
        t.index.dom().contains(0),
    ensures
        t.index[0].index.dom().contains(0), //~ ERROR postcondition not satisfied
{
}

} // verus!
