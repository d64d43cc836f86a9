// A generic impl's methods called on a field of type `Frac<PointsTo<T>>` from a caller that
// has its own `T`: the callee's `T` is the caller's `PointsTo<T>`, once. The call's result,
// its `&mut` place and the places its clauses read are the caller's, of the caller's types
// (`PointsTo<T>`, not `PointsTo<PointsTo<T>>`).
use vstd::prelude::*;
use vstd::raw_ptr::PointsTo;

verus! {

pub struct Frac<T> {
    pub v: Option<T>,
    pub n: nat,
}

impl<T> Frac<T> {
    pub closed spec fn view(self) -> Option<T> {
        self.v
    }

    #[verifier::external_body]
    pub proof fn take(tracked &mut self) -> (tracked ret: T)
        requires
            old(self).v.is_some(),
        ensures
            Some(ret) == old(self)@,
            old(self).v == Some(ret),
            self.v.is_none(),
            self.n == old(self).n,
    {
        unimplemented!()
    }

    #[verifier::external_body]
    pub proof fn split(tracked &mut self) -> (tracked ret: Self)
        ensures
            ret@ == old(self)@,
            ret.n + self.n == old(self).n,
    {
        unimplemented!()
    }
}

impl<T> Frac<PointsTo<T>> {
    pub open spec fn addr(&self) -> int {
        self.v.unwrap().ptr()@.addr as int
    }
}

pub struct Typed<T> {
    pub p: Frac<PointsTo<T>>,
    pub k: nat,
}

impl<T> Typed<T> {
    proof fn extract(tracked &mut self) -> (tracked ret: PointsTo<T>)
        requires
            old(self).p.v.is_some(),
        ensures
            Some(ret) == old(self).p@,
            ret.ptr()@.addr as int == old(self).p.addr(),
            self.p.v.is_none(),
            self.p.n == old(self).p.n,
            self.k == old(self).k,
    {
        self.p.take()
    }

    proof fn split(tracked &mut self) -> (tracked ret: Frac<PointsTo<T>>)
        ensures
            ret@ == old(self).p@,
            ret.n + self.p.n == old(self).p.n,
    {
        self.p.split()
    }
}

fn main() {}

} // verus!
