// False claims next to generic_capture_ok.rs: the callee's `T` at the caller's `PointsTo<T>`
// says what the callee promises, no more.
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
            self.v.is_none(),
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

pub struct Typed<T> {
    pub p: Frac<PointsTo<T>>,
}

impl<T> Typed<T> {
    proof fn extract_keeps(tracked &mut self) -> (tracked ret: PointsTo<T>)
        requires
            old(self).p.v.is_some(),
        ensures
            self.p.v == old(self).p.v, //~ ERROR postcondition not satisfied
    {
        self.p.take()
    }

    proof fn extract_no_pre(tracked &mut self) -> (tracked ret: PointsTo<T>) {
        self.p.take() //~ ERROR precondition not satisfied
    }

    proof fn split_same(tracked &mut self) -> (tracked ret: Frac<PointsTo<T>>)
        ensures
            ret.n == old(self).p.n, //~ ERROR postcondition not satisfied
    {
        self.p.split()
    }

    proof fn extract_other(tracked &mut self, other: PointsTo<T>) -> (tracked ret: PointsTo<T>)
        requires
            old(self).p.v.is_some(),
    {
        let tracked r = self.p.take();
        assert(r == other); //~ ERROR assertion failed
        r
    }

    proof fn extract_pair_keeps(tracked self) -> (tracked ret: (PointsTo<T>, Frac<PointsTo<T>>))
        requires
            self.p.v.is_some(),
        ensures
            ret.1.v == self.p.v, //~ ERROR postcondition not satisfied
    {
        let tracked Typed { p } = self;
        p.extract()
    }

    fn n_exact(&self) -> (r: u64)
        ensures
            r == self.p.n, //~ ERROR postcondition not satisfied
    {
        self.p.get_n()
    }
}

fn main() {}

} // verus!
