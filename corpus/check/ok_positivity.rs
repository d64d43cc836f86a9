//@ no-verify
// Recursive datatypes Verus's positivity rule accepts: the type occurs only in strictly
// positive positions. No error is reported for any of these.
use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

pub enum List {
    Nil,
    Cons(int, Box<List>),
}

pub struct Tree {
    pub children: Seq<Tree>,
    pub index: Map<int, Tree>,
    pub lazy: spec_fn(int) -> Option<Tree>,
}

pub struct Wrap<T> {
    pub inner: Option<T>,
}

// PointsTo<T> says accept_recursive_types(T) (a linked list of tracked permissions)
pub struct Node {
    pub next: Option<Box<Wrap<Node>>>,
    pub perm: Option<Tracked<PointsTo<Node>>>,
}

pub enum Expr {
    Lit(int),
    Neg(Box<Expr>),
    Call(Stmt),
}

pub enum Stmt {
    Skip,
    Eval(Box<Expr>),
}

#[verifier::external_body]
#[verifier::accept_recursive_types(T)]
pub struct Cell<T> {
    dummy: Option<T>,
}

pub struct ThroughCell {
    pub c: Cell<ThroughCell>,
}

// not recursive: a negative position is fine
pub struct Pred {
    pub p: spec_fn(List) -> bool,
    pub s: Set<Tree>,
}

} // verus!
