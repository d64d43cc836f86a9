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

    #[verifier::external_body]
    pub proof fn extract(tracked self) -> (tracked ret: (T, Self))
        requires
            self.v.is_some(),
        ensures
            Some(ret.0) == self@,
            ret.1.n == self.n,
            ret.1.v.is_none(),
    {
        unimplemented!()
    }

    pub open spec fn count(&self) -> nat {
        self.n
    }

    #[verifier::external_body]
    pub fn get_n(&self) -> (r: u64)
        returns
            self.n as u64,
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

    // a by-value call whose result (a tuple over the callee's `T` and `Self`) is the caller's
    proof fn extract_pair(tracked self) -> (tracked ret: (PointsTo<T>, Frac<PointsTo<T>>))
        requires
            self.p.v.is_some(),
        ensures
            Some(ret.0) == self.p@,
            ret.1.n == self.p.count(),
            ret.1.v.is_none(),
    {
        let tracked Typed { p, k } = self;
        p.extract()
    }

    // an exec call with `returns`
    fn n(&self) -> (r: u64)
        ensures
            r == self.p.n as u64,
    {
        self.p.get_n()
    }
}

fn main() {}

} // verus!
