// Structural termination, as Verus's: `decreases x` with x a datatype value (struct or
// enum) decreases when the recursive call's argument is a field of a variant of x
// (reached through `match`, `->` or a field), also through Box, Option and between two
// mutually recursive datatypes. A call on x itself, or on a value not below it, fails.
use vstd::prelude::*;

verus! {

pub enum List {
    Nil,
    Cons(int, Box<List>),
}

pub struct Link {
    pub v: int,
    pub next: Option<Box<Link>>,
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

spec fn len(l: List) -> nat
    decreases l,
{
    match l {
        List::Nil => 0,
        List::Cons(_, tl) => 1 + len(*tl),
    }
}

spec fn len_arrow(l: List) -> nat
    decreases l,
{
    if l is Cons {
        1 + len_arrow(*l->Cons_1)
    } else {
        0
    }
}

spec fn link_len(l: Link) -> nat
    decreases l,
{
    match l.next {
        Some(n) => 1 + link_len(*n),
        None => 1,
    }
}

spec fn expr_size(e: Expr) -> nat
    decreases e,
{
    match e {
        Expr::Lit(_) => 1,
        Expr::Neg(x) => 1 + expr_size(*x),
        Expr::Call(s) => 1 + stmt_size(s),
    }
}

spec fn stmt_size(s: Stmt) -> nat
    decreases s,
{
    match s {
        Stmt::Skip => 1,
        Stmt::Eval(e) => 1 + expr_size(*e),
    }
}

// lexicographic: the list, then a counter
spec fn sum_twice(l: List, k: nat) -> int
    decreases l, k,
{
    if k > 0 {
        sum_twice(l, (k - 1) as nat)
    } else {
        match l {
            List::Nil => 0,
            List::Cons(x, tl) => x + sum_twice(*tl, 1),
        }
    }
}

proof fn len_nonneg(l: List)
    ensures
        len(l) >= 0,
    decreases l,
{
    match l {
        List::Nil => {},
        List::Cons(_, tl) => len_nonneg(*tl),
    }
}

proof fn len_cons(x: int, tl: List)
    ensures
        len(List::Cons(x, Box::new(tl))) == len(tl) + 1,
{
}

proof fn len_cons_false(x: int, tl: List)
    ensures
        len(List::Cons(x, Box::new(tl))) == len(tl), //~ ERROR postcondition not satisfied
{
}

spec fn loops(l: List) -> nat
    decreases l,
{
    loops(l) //~ ERROR could not prove termination
}

spec fn grows(l: List) -> nat
    decreases l,
{
    match l {
        List::Nil => 0,
        List::Cons(x, tl) => grows(List::Cons(x, Box::new(l))), //~ ERROR could not prove termination
    }
}

spec fn stmt_loops(s: Stmt) -> nat
    decreases s,
{
    match s {
        Stmt::Skip => 0,
        Stmt::Eval(e) => 1 + stmt_loops(Stmt::Eval(e)), //~ ERROR could not prove termination
    }
}

proof fn lemma_loops(l: List)
    ensures
        len(l) >= 0,
    decreases l,
{
    lemma_loops(l); //~ ERROR could not prove termination
}

spec fn seq_measure(s: Seq<int>) -> int
    decreases s, //~ ERROR not supported: `decreases` on a value of this type
{
    if s.len() == 0 {
        0
    } else {
        seq_measure(s.drop_last())
    }
}

proof fn walk(l: List) {
    let mut cur = l;
    while cur is Cons
        decreases cur,
    {
        cur = *cur->Cons_1;
    }
}

proof fn walk_stuck(l: List) {
    let mut cur = l;
    while cur is Cons //~ ERROR decreases not satisfied at end of loop
        decreases cur,
    {
        cur = List::Cons(0, Box::new(cur));
    }
}

} // verus!
