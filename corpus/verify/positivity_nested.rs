// Recursive datatypes Verus's positivity rule accepts beyond Box/Seq/Map: recursion through
// a spec_fn result, through a generic datatype instantiated at the type, through a
// PointsTo (an opaque type: a sort per instance), through an external_body type that
// accepts recursive types, and between two datatypes. Each group of mutually recursive
// instances is one solver datatype declaration. True claims verify; false ones fail.
use vstd::prelude::*;
use vstd::raw_ptr::*;

verus! {

pub struct Tree {
    pub children: Seq<Tree>,
    pub lazy: spec_fn(int) -> Option<Tree>,
}

pub struct Wrap<T> {
    pub inner: Option<T>,
}

pub struct Node {
    pub v: int,
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
    pub v: int,
    pub c: Cell<ThroughCell>,
}

proof fn tree_lazy(t: Tree, u: Tree)
    requires
        (t.lazy)(0) == Some(u),
        u.children.len() == 2,
    ensures
        (t.lazy)(0).unwrap().children.len() == 2,
{
}

proof fn tree_lazy_false(t: Tree, u: Tree)
    requires
        (t.lazy)(0) == Some(u),
    ensures
        (t.lazy)(1) is Some, //~ ERROR postcondition not satisfied
{
}

proof fn node_next(n: Node, m: Node)
    requires
        n.next == Some(Box::new(Wrap { inner: Some(m) })),
        m.v == 5,
    ensures
        n.next.unwrap().inner.unwrap().v == 5,
{
}

proof fn node_next_false(n: Node, m: Node)
    requires
        n.next == Some(Box::new(Wrap { inner: Some(m) })),
    ensures
        m.next is None, //~ ERROR postcondition not satisfied
{
}

proof fn node_perm(n: Node, m: Node)
    requires
        n.perm is Some,
        m == (Node { v: 1, next: None, perm: n.perm }),
    ensures
        m.perm is Some,
        m.v == 1,
{
}

proof fn node_perm_false(n: Node)
    requires
        n.v == 1,
    ensures
        n.perm is Some, //~ ERROR postcondition not satisfied
{
}

proof fn expr_call(e: Expr)
    requires
        e == Expr::Call(Stmt::Eval(Box::new(Expr::Lit(3)))),
    ensures
        e is Call,
        e->Call_0 is Eval,
        e->Call_0->Eval_0 == Box::new(Expr::Lit(3)),
{
}

proof fn expr_call_false(e: Expr)
    requires
        e == Expr::Call(Stmt::Eval(Box::new(Expr::Lit(3)))),
    ensures
        e->Call_0 is Skip, //~ ERROR postcondition not satisfied
{
}

proof fn expr_distinct(s: Stmt)
    ensures
        Expr::Call(s) != Expr::Neg(Box::new(Expr::Call(s))),
{
}

proof fn through_cell(a: ThroughCell, b: ThroughCell)
    requires
        a.v == b.v,
        a.c == b.c,
    ensures
        a == b,
{
}

proof fn through_cell_false(a: ThroughCell, b: ThroughCell)
    requires
        a.v == b.v,
    ensures
        a == b, //~ ERROR postcondition not satisfied
{
}

} // verus!
